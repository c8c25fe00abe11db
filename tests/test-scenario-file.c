/* test-scenario-file.c — scenario files: round trips, numbers, versions, saving
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <float.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "cw-params.h"
#include "cw-scenario-file.h"
#include "cw-scenario-file-private.h"
#include "cw-templates.h"

#define HEADER "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

static GPtrArray *
new_problems (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  if (!g_bytes_equal (a, b))
    {
      g_test_message ("first:\n%.*s", (int) g_bytes_get_size (a), (const char *) g_bytes_get_data (a, NULL));
      g_test_message ("second:\n%.*s", (int) g_bytes_get_size (b), (const char *) g_bytes_get_data (b, NULL));
      g_test_fail ();
    }
}

/* Loads @bytes, which must give no error; returns the scenario. */
static CwScenario *
load_ok (GBytes *bytes, GPtrArray *problems)
{
  g_autoptr(GError) error = NULL;
  CwScenario *scenario = cw_scenario_load_bytes (bytes, "test.cluster", problems, &error);

  if (scenario == NULL)
    for (guint i = 0; i < problems->len; i++)
      g_test_message ("%s", cw_file_problem_format (g_ptr_array_index (problems, i)));
  g_assert_no_error (error);
  g_assert_nonnull (scenario);
  return scenario;
}

/* load → save → load gives an equal scenario, and the second save the same bytes. */
static void
assert_round_trip (const CwScenario *scenario)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GBytes) first = cw_scenario_to_bytes (scenario);
  g_autoptr(CwScenario) again = load_ok (first, problems);
  g_autoptr(GBytes) second = cw_scenario_to_bytes (again);

  g_assert_true (cw_scenario_equal (scenario, again));
  assert_bytes_equal (first, second);
}

static void
test_examples (void)
{
  g_auto(GStrv) names = cw_scenario_list_examples ();

  g_assert_cmpuint (g_strv_length (names), ==, 7);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) problems = new_problems ();
      g_autoptr(GError) error = NULL;
      g_autoptr(CwScenario) scenario = cw_scenario_load_example (names[i], problems, &error);

      g_test_message ("%s", names[i]);
      g_assert_no_error (error);
      g_assert_nonnull (scenario);
      /* Examples open without a single warning. */
      for (guint p = 0; p < problems->len; p++)
        g_test_message ("%s", cw_file_problem_format (g_ptr_array_index (problems, p)));
      g_assert_cmpuint (problems->len, ==, 0);
      g_assert_true (g_str_has_suffix (names[i], CW_SCENARIO_EXTENSION));
      g_assert_nonnull (scenario->meta.title);
      g_assert_true (strstr (scenario->meta.description, "Case:") != NULL);
      g_assert_cmpuint (scenario->stages->len, >=, 2);
      assert_round_trip (scenario);
    }
}

/* What File > New makes must survive a save too. */
static void
test_templates (void)
{
  for (int t = 0; t < CW_N_TEMPLATES; t++)
    {
      g_autoptr(CwScenario) scenario = cw_template_new (t);

      assert_round_trip (scenario);
    }
}

static void
test_example_missing (void)
{
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GError) error = NULL;

  g_assert_null (cw_scenario_load_example ("atlantis.cluster", problems, &error));
  g_assert_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_FILE);
}

/* Text with everything that needs care in XML: markup, quotes, blanks that
 * parsers normalise, characters beyond the BMP. */
static char *
random_text (GRand *rand)
{
  static const char *pieces[] = {
    "a", "Z", "7", " ", "\t", "\n", "\r", "\r\n", "&", "<", ">", "\"", "'", "]]>",
    "ä", "€", "\xF0\x9D\x84\x9E", "-", "_", "&amp;", "\xC2\x9B",
  };
  GString *text = g_string_new (NULL);
  int n = g_rand_int_range (rand, 0, 12);

  for (int i = 0; i < n; i++)
    g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
  return g_string_free (text, FALSE);
}

/* A double with a random number of significant digits, sometimes an edge case. */
static double
random_double (GRand *rand, double min, double max)
{
  static const double specials[] = { 0.0, -0.0, 1e-300, 5e-324, 0.1, 1.0 / 3.0 };
  double value;

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      value = specials[g_rand_int_range (rand, 0, G_N_ELEMENTS (specials))];
      break;
    case 1:
      value = round (g_rand_double_range (rand, min, max) * 100) / 100;
      break;
    default:
      value = g_rand_double_range (rand, min, max);
    }
  return CLAMP (value, min, max) == value ? value : min;
}

static void
random_levers (GRand *rand, guint32 *held, double *values)
{
  for (int l = 0; l < CW_N_LEVERS; l++)
    if (g_rand_boolean (rand))
      {
        *held |= 1u << l;
        values[l] = random_double (rand, cw_lever_info (l)->min, cw_lever_info (l)->max);
      }
}

static void
random_meta (GRand *rand, CwMeta *meta)
{
  char **fields[] = { &meta->title, &meta->description, &meta->author,
                      &meta->created, &meta->modified, &meta->language };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    *fields[i] = g_rand_boolean (rand) ? random_text (rand) : NULL;
}

static void
random_cycle (GRand *rand, CwScenario *sc)
{
  int n_stages = g_rand_int_range (rand, 0, 8);

  for (int i = 0; i < n_stages; i++)
    {
      g_autofree char *text = random_text (rand);
      g_autofree char *base = g_strdup_printf ("%s%d", text, i);
      CwStage *stage = cw_scenario_add_stage (sc, base, NULL, g_rand_int_range (rand, 0, CW_N_STAGE_KINDS));

      g_free (stage->name);
      stage->name = random_text (rand);
      stage->min_quarters = g_rand_int_range (rand, 0, CW_MAX_QUARTERS + 1);
      stage->max_quarters = g_rand_int_range (rand, stage->min_quarters, CW_MAX_QUARTERS + 1);
      stage->x = random_double (rand, -1e6, 1e6);
      stage->y = random_double (rand, -1e6, 1e6);
      random_levers (rand, &stage->held, stage->levers);
    }
  for (int i = 0; n_stages > 0 && i < g_rand_int_range (rand, 0, 12); i++)
    {
      const CwStage *from = g_ptr_array_index (sc->stages, g_rand_int_range (rand, 0, n_stages));
      const CwStage *to = g_ptr_array_index (sc->stages, g_rand_int_range (rand, 0, n_stages));
      CwEdge *edge = cw_scenario_add_edge (sc, from->id, to->id);

      if (g_rand_boolean (rand))
        {
          edge->conditional = TRUE;
          do
            edge->indicator = g_rand_int_range (rand, 0, CW_N_OUTPUTS);
          while (cw_output_info (edge->indicator)->kind == CW_OUTPUT_KIND_CATEGORY);
          edge->op = g_rand_int_range (rand, 0, CW_N_COMPARE);
          edge->threshold = random_double (rand, -1e300, 1e300);
        }
    }
  if (n_stages > 0)
    {
      g_free (sc->start);
      sc->start = g_strdup (((CwStage *) g_ptr_array_index (sc->stages, g_rand_int_range (rand, 0, n_stages)))->id);
    }
}

/* A random scenario that passes cw_scenario_check(). */
static CwScenario *
random_scenario (GRand *rand)
{
  CwScenario *sc = cw_scenario_new ();

  random_meta (rand, &sc->meta);
  for (int i = 0; i < CW_N_PROFILE; i++)
    {
      const CwProfileInfo *info = cw_profile_info (i);

      if (info->integer)
        sc->profile[i] = g_rand_int_range (rand, info->min, info->max + 1);
      else
        do
          sc->profile[i] = random_double (rand, info->min, info->max);
        while (!cw_profile_in_range (i, sc->profile[i]));
    }
  sc->profile[CW_PROFILE_LEAD_FIRMS] = MIN (sc->profile[CW_PROFILE_LEAD_FIRMS], sc->profile[CW_PROFILE_FIRMS]);
  random_levers (rand, &sc->standing_held, sc->standing);
  random_cycle (rand, sc);
  for (guint p = 0; p < cw_params_count (); p++)
    if (g_rand_boolean (rand))
      cw_scenario_set_override (sc, p, random_double (rand, cw_param_info (p)->min, cw_param_info (p)->max));
  sc->seed = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
  sc->years = g_rand_int_range (rand, 1, CW_MAX_YEARS + 1);
  sc->runs = g_rand_int_range (rand, 1, CW_MAX_RUNS + 1);
  if (g_rand_boolean (rand))
    sc->focus = g_rand_int (rand) & ((1u << CW_N_LEVERS) - 1);
  return sc;
}

static void
test_random_round_trip (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);

  for (int i = 0; i < 300; i++)
    {
      g_autoptr(CwScenario) sc = random_scenario (rand);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_problem_free);

      g_assert_true (cw_scenario_check (sc, problems));
      assert_round_trip (sc);
    }
}

/* An independent validator agrees that what we write follows the schema. */
static void
test_xmllint (void)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "resources", "cw-scenario.rng", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  if (xmllint == NULL)
    {
      g_test_skip ("xmllint is not installed");
      return;
    }
  dir = g_dir_make_tmp ("cw-xmllint-XXXXXX", &error);
  g_assert_no_error (error);
  for (int i = 0; i < 20; i++)
    {
      g_autoptr(CwScenario) sc = random_scenario (rand);
      g_autoptr(GBytes) bytes = cw_scenario_to_bytes (sc);
      g_autofree char *path = g_build_filename (dir, "random.cluster", NULL);
      const char *argv[] = { xmllint, "--noout", "--relaxng", schema, path, NULL };
      int status;

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, NULL, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_empty_scenario (void)
{
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  g_autoptr(GBytes) bytes = cw_scenario_to_bytes (sc);
  const char *text = g_bytes_get_data (bytes, NULL);

  g_assert_true (g_str_has_prefix (text, HEADER "<scenario xmlns=\"" CW_SCENARIO_NAMESPACE "\" version=\"1\""));
  g_assert_nonnull (strstr (text, "\n  <meta/>\n  <profile>\n    <property id=\"firms\" value=\"120\"/>\n"));
  g_assert_nonnull (strstr (text, "\n  <levers/>\n  <cycle/>\n  <parameters/>\n  <run seed=\"1\" years=\"15\" runs=\"100\"/>\n</scenario>\n"));
  assert_round_trip (sc);
}

static void
assert_formats (double value, const char *expected)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double back;

  cw_format_double (buffer, sizeof buffer, value);
  g_assert_cmpstr (buffer, ==, expected);
  g_assert_true (cw_parse_double (buffer, &back));
  g_assert_true (memcmp (&back, &value, sizeof value) == 0 || (isnan (back) && isnan (value)));
}

static void
test_numbers (void)
{
  double value = 0;

  assert_formats (0.1, "0.1");
  assert_formats (0.25, "0.25");
  assert_formats (120, "120");
  assert_formats (-0.0, "-0");
  assert_formats (1e21, "1e+21");
  assert_formats (0.1 + 0.2, "0.30000000000000004");
  assert_formats (1.0 / 3.0, "0.3333333333333333");
  assert_formats (DBL_MAX, "1.7976931348623157e+308");
  assert_formats (5e-324, "4.94065645841247e-324");
  assert_formats (NAN, "NaN");
  assert_formats (-INFINITY, "-INF");

  g_assert_true (cw_parse_double (" 2.5e-3 ", &value));
  g_assert_cmpfloat (value, ==, 2.5e-3);
  g_assert_true (cw_parse_double ("+.5", &value));
  g_assert_cmpfloat (value, ==, 0.5);
  g_assert_true (cw_parse_double ("1e999", &value));
  g_assert_true (isinf (value));
  for (guint i = 0; i < 8; i++)
    {
      static const char *bad[] = { "", ".", "1e", "0x10", "inf", "nan", "1,5", "2 3" };

      g_assert_false (cw_parse_double (bad[i], &value));
    }
}

/* Numbers are written the same whatever the user's locale. */
static void
test_locale (void)
{
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  g_autoptr(GBytes) bytes = NULL;
  const char *locales[] = { "de_DE.UTF-8", "pl_PL.UTF-8", "fr_FR.UTF-8" };
  const char *found = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (locales) && found == NULL; i++)
    if (setlocale (LC_NUMERIC, locales[i]) != NULL)
      found = locales[i];
  if (found == NULL)
    {
      g_test_skip ("no locale with a decimal comma is installed");
      return;
    }
  sc->profile[CW_PROFILE_TRUST] = 0.35;
  bytes = cw_scenario_to_bytes (sc);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "<property id=\"trust\" value=\"0.35\"/>"));
  assert_round_trip (sc);
  setlocale (LC_NUMERIC, "C");
}

static const char newer_minor[] =
  HEADER
  "<scenario xmlns=\"" CW_SCENARIO_NAMESPACE "\" xmlns:x=\"urn:example:x\" version=\"1.3\">\n"
  "  <run seed=\"7\" years=\"10\" runs=\"20\"/>\n"
  "  <tags>\n"
  "    <tag x:weight=\"2\">digital &amp; green</tag>\n"
  "  </tags>\n"
  "  <x:note/>\n"
  "</scenario>\n";

/* Elements a newer minor version adds are warned about and kept. */
static void
test_newer_minor (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (newer_minor, strlen (newer_minor));
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(CwScenario) sc = load_ok (bytes, problems);
  g_autoptr(GBytes) saved = NULL;
  const CwFileProblem *warning;

  g_assert_cmpuint (problems->len, ==, 2);
  warning = g_ptr_array_index (problems, 0);
  g_assert_cmpint (warning->severity, ==, CW_PROBLEM_WARNING);
  g_assert_cmpint (warning->line, ==, 4);
  g_assert_nonnull (strstr (warning->message, "“tags”"));
  g_assert_nonnull (strstr (warning->message, "1.3"));
  g_assert_cmpint (((CwFileProblem *) g_ptr_array_index (problems, 1))->line, ==, 7);
  g_assert_cmpuint (sc->foreign->len, ==, 2);
  g_assert_cmpuint (sc->foreign_minor, ==, 3);
  g_assert_cmpuint (sc->seed, ==, 7);

  saved = cw_scenario_to_bytes (sc);
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "version=\"1.3\""));
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "digital &amp; green</tag>"));
  assert_round_trip (sc);
}

/* The same elements in a file of this version are errors: typos, not news. */
static void
test_unknown_element (void)
{
  g_autofree char *text = g_strdup (newer_minor);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GError) error = NULL;

  memcpy (strstr (text, "\"1.3\""), "\"1\"  ", 5);
  bytes = g_bytes_new (text, strlen (text));
  g_assert_null (cw_scenario_load_bytes (bytes, "typo.cluster", problems, &error));
  g_assert_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (((CwFileProblem *) g_ptr_array_index (problems, 0))->message, ==,
                   "The element “tags” is not part of the scenario format.");
  g_assert_true (g_str_has_prefix (error->message, "typo.cluster:4: The element “tags”"));
}

/* Format 1.1: levers in focus. A file without them stays version 1 with no
 * <focus>; with them it says 1.1 and reads back the same. */
static void
test_focus (void)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  g_autoptr(GBytes) plain = cw_scenario_to_bytes (sc);
  g_autoptr(GBytes) marked = NULL;
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(CwScenario) again = NULL;
  const char *text;

  text = g_bytes_get_data (plain, NULL);
  g_assert_nonnull (strstr (text, " version=\"1\" "));
  g_assert_null (strstr (text, "<focus"));
  again = load_ok (plain, problems);
  g_assert_cmpuint (again->focus, ==, 0);
  g_clear_pointer (&again, cw_scenario_free);

  sc->focus = (1u << CW_LEVER_EDUCATION) | (1u << CW_LEVER_MISSION);
  marked = cw_scenario_to_bytes (sc);
  text = g_bytes_get_data (marked, NULL);
  g_assert_nonnull (strstr (text, " version=\"1.1\" "));
  g_assert_nonnull (strstr (text, "  <focus>\n    <lever id=\"education\"/>\n    <lever id=\"mission\"/>\n  </focus>\n</scenario>"));
  again = load_ok (marked, problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (again->focus, ==, sc->focus);
  g_assert_true (cw_scenario_equal (sc, again));
  /* The flag changes no run. */
  again->focus = 0;
  g_assert_false (cw_scenario_equal (sc, again));
  {
    g_autofree char *a = cw_scenario_hash (sc);
    g_autofree char *b = cw_scenario_hash (again);

    g_assert_cmpstr (a, ==, b);
  }
  assert_round_trip (sc);
}

/* Wrong focus elements are refused like any other wrong element. */
static void
test_focus_hostile (void)
{
  static const struct {
    const char *focus;
    const char *message;
  } cases[] = {
    { "<focus><lever id=\"nothing\"/></focus>", "There is no lever called “nothing”." },
    { "<focus><lever id=\"mission\"/><lever id=\"mission\"/></focus>", "is set twice here" },
    { "<focus><lever id=\"mission\" intensity=\"1\"/></focus>", "" },
    { "<focus><stage id=\"a\"/></focus>", "" },
    { "<focus/><focus/>", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                               "<scenario xmlns=\"%s\" version=\"1.1\">\n"
                                               "  <run seed=\"1\"/>\n  %s\n</scenario>\n",
                                               CW_SCENARIO_NAMESPACE, cases[i].focus);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GPtrArray) problems = new_problems ();
      g_autoptr(GError) error = NULL;
      const CwFileProblem *problem;

      g_assert_null (cw_scenario_load_bytes (bytes, "focus.cluster", problems, &error));
      g_assert_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_INVALID);
      g_assert_cmpuint (problems->len, >, 0);
      problem = g_ptr_array_index (problems, 0);
      g_assert_cmpint (problem->line, ==, 4);
      g_assert_nonnull (strstr (problem->message, cases[i].message));
    }
}

static void
test_save_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-save-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "a.cluster", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_build_filename (dir, "missing", "b.cluster", NULL);
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  g_autoptr(CwScenario) back = NULL;
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GDir) listing = NULL;
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  g_assert_true (cw_scenario_save_file (sc, file, &error));
  g_assert_no_error (error);
  sc->years = 30;
  g_assert_true (cw_scenario_save_file (sc, file, &error));
  back = cw_scenario_load_file (file, problems, &error);
  g_assert_no_error (error);
  g_assert_cmpint (back->years, ==, 30);
  g_assert_true (cw_scenario_equal (sc, back));

  /* No temporary file is left next to it. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "a.cluster");
  g_assert_null (g_dir_read_name (listing));

  /* A failed save reports why and leaves the old file as it was. */
  g_assert_false (cw_scenario_save_file (back, nowhere, &error));
  g_assert_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_FILE);
  g_assert_nonnull (strstr (error->message, "b.cluster"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "years=\"30\""));

  g_unlink (path);
  g_rmdir (dir);
}

/* @n times '>', which a file may hold as it is and saving writes as "&gt;". */
static char *
many_gt (gsize n)
{
  char *text = g_malloc (n + 1);

  memset (text, '>', n);
  text[n] = '\0';
  return text;
}

/* Whatever opens can be saved and opened again: elements of a newer
 * version that would make the saved file too large are left out, with a
 * warning; a scenario too large once saved is refused. */
static void
test_saved_size_cap (void)
{
  g_autofree char *gt = many_gt (CW_SCENARIO_MAX_BYTES / 3);
  g_autofree char *newer = g_strdup_printf (HEADER "<scenario xmlns=\"" CW_SCENARIO_NAMESPACE "\" "
                                            "version=\"1.3\">\n  <run seed=\"7\"/>\n"
                                            "  <tags>%s</tags>\n</scenario>\n", gt);
  g_autofree char *same = g_strdup_printf (HEADER "<scenario xmlns=\"" CW_SCENARIO_NAMESPACE "\" "
                                           "version=\"1\">\n  <meta>\n    <description>%s</description>\n"
                                           "  </meta>\n</scenario>\n", gt);
  g_autoptr(GBytes) newer_bytes = g_bytes_new_static (newer, strlen (newer));
  g_autoptr(GBytes) same_bytes = g_bytes_new_static (same, strlen (same));
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CwScenario) sc = load_ok (newer_bytes, problems);
  const CwFileProblem *first = g_ptr_array_index (problems, 0);
  g_autoptr(GBytes) saved = cw_scenario_to_bytes (sc);

  g_assert_cmpuint (g_bytes_get_size (newer_bytes), <=, CW_SCENARIO_MAX_BYTES);
  g_assert_cmpint (first->severity, ==, CW_PROBLEM_WARNING);
  g_assert_nonnull (strstr (first->message, "left out"));
  g_assert_cmpuint (sc->foreign->len, ==, 0);
  g_assert_cmpuint (sc->seed, ==, 7);
  g_assert_cmpuint (g_bytes_get_size (saved), <=, CW_SCENARIO_MAX_BYTES);
  assert_round_trip (sc);

  g_ptr_array_set_size (problems, 0);
  g_assert_null (cw_scenario_load_bytes (same_bytes, "big.cluster", problems, &error));
  g_assert_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Saved again, this scenario would be larger than"));
}

/* A scenario grown too large in the window is not saved: it could not be opened. */
static void
test_save_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-save-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "a.cluster", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  g_autofree char *contents = NULL;

  g_assert_true (cw_scenario_save_file (sc, file, &error));
  sc->meta.description = many_gt (CW_SCENARIO_MAX_BYTES / 3);
  g_assert_false (cw_scenario_save_file (sc, file, &error));
  g_assert_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_FILE);
  g_assert_nonnull (strstr (error->message, "would be larger than"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "&gt;"));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_problem_format (void)
{
  CwFileProblem error = { CW_PROBLEM_ERROR, "a.cluster", 12, "Bad." };
  CwFileProblem warning = { CW_PROBLEM_WARNING, "a.cluster", 0, "Odd." };
  g_autofree char *e = cw_file_problem_format (&error);
  g_autofree char *w = cw_file_problem_format (&warning);

  g_assert_cmpstr (e, ==, "a.cluster:12: Bad.");
  g_assert_cmpstr (w, ==, "a.cluster: warning: Odd.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario-file/examples", test_examples);
  g_test_add_func ("/scenario-file/example-missing", test_example_missing);
  g_test_add_func ("/scenario-file/templates", test_templates);
  g_test_add_func ("/scenario-file/random-round-trip", test_random_round_trip);
  g_test_add_func ("/scenario-file/xmllint", test_xmllint);
  g_test_add_func ("/scenario-file/empty-scenario", test_empty_scenario);
  g_test_add_func ("/scenario-file/numbers", test_numbers);
  g_test_add_func ("/scenario-file/locale", test_locale);
  g_test_add_func ("/scenario-file/newer-minor", test_newer_minor);
  g_test_add_func ("/scenario-file/unknown-element", test_unknown_element);
  g_test_add_func ("/scenario-file/focus", test_focus);
  g_test_add_func ("/scenario-file/focus-hostile", test_focus_hostile);
  g_test_add_func ("/scenario-file/save-file", test_save_file);
  g_test_add_func ("/scenario-file/saved-size-cap", test_saved_size_cap);
  g_test_add_func ("/scenario-file/save-too-large", test_save_too_large);
  g_test_add_func ("/scenario-file/problem-format", test_problem_format);

  return g_test_run ();
}

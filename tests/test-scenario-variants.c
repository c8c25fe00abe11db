/* test-scenario-variants.c — pinned variants in scenario files (format 1.1)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "cw-scenario-file.h"
#include "cw-templates.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scenario xmlns=\"" CW_SCENARIO_NAMESPACE "\" version=\"1.1\">\n"

static GPtrArray *
new_problems (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
}

/* The digital-era template with two variants, more R&D and a longer run,
 * and R&D in focus: both additions of format 1.1 in one file. */
static CwScenario *
scenario_with_variants (void)
{
  CwScenario *sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  g_autoptr(CwScenario) more = NULL;

  /* Pinned variants leave the focus to the document. */
  sc->focus = 1u << CW_LEVER_RD_SUBSIDY;
  more = cw_scenario_copy (sc);
  cw_scenario_set_standing (more, CW_LEVER_RD_SUBSIDY, 0.75);
  g_ptr_array_add (sc->variants, cw_variant_new ("A", more));
  more->years = 20;
  g_free (more->start);
  more->start = g_strdup (((CwStage *) g_ptr_array_index (more->stages, 1))->id);
  /* A name that needs escaping, and a stage name across lines. */
  g_free (((CwStage *) g_ptr_array_index (more->stages, 0))->name);
  ((CwStage *) g_ptr_array_index (more->stages, 0))->name = g_strdup ("two\nlines & <more>");
  g_ptr_array_add (sc->variants, cw_variant_new ("Longer \"run\" & more", more));
  return sc;
}

static void
test_round_trip (void)
{
  g_autoptr(CwScenario) sc = scenario_with_variants ();
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) first = cw_scenario_to_bytes (sc);
  g_autoptr(CwScenario) again = cw_scenario_load_bytes (first, "v.cluster", problems, &error);
  g_autoptr(GBytes) second = NULL;
  const CwVariant *b;

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_nonnull (strstr (g_bytes_get_data (first, NULL), "version=\"1.1\""));
  /* The focus comes before the variants, as the schema orders them. */
  g_assert_true (strstr (g_bytes_get_data (first, NULL), "<focus>") <
                 strstr (g_bytes_get_data (first, NULL), "<variants>"));
  g_assert_cmpuint (again->focus, ==, 1u << CW_LEVER_RD_SUBSIDY);
  g_assert_cmpuint (again->variants->len, ==, 2);
  g_assert_true (cw_scenario_equal (sc, again));
  b = cw_scenario_find_variant (again, "Longer \"run\" & more");
  g_assert_nonnull (b);
  g_assert_cmpint (b->scenario->years, ==, 20);
  g_assert_cmpuint (b->scenario->variants->len, ==, 0);
  g_assert_cmpfloat (cw_scenario_find_variant (again, "A")->scenario->standing[CW_LEVER_RD_SUBSIDY], ==, 0.75);
  second = cw_scenario_to_bytes (again);
  g_assert_true (g_bytes_equal (first, second));

  /* A variant changes the document, not its run. */
  g_ptr_array_set_size (again->variants, 1);
  g_assert_false (cw_scenario_equal (sc, again));
  g_assert_true (cw_scenario_same_run (sc, again));
}

/* Without variants a file stays format 1, byte for byte as before. */
static void
test_without_variants (void)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  g_autoptr(GBytes) bytes = cw_scenario_to_bytes (sc);
  const char *text = g_bytes_get_data (bytes, NULL);

  g_assert_nonnull (strstr (text, "version=\"1\""));
  g_assert_null (strstr (text, "variant"));
}

/* An independent validator agrees with the schema the program embeds. */
static void
test_xmllint (void)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "resources", "cw-scenario.rng", NULL);
  g_autoptr(CwScenario) sc = scenario_with_variants ();
  g_autoptr(GBytes) bytes = cw_scenario_to_bytes (sc);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *path = NULL;
  int status;

  if (xmllint == NULL)
    {
      g_test_skip ("xmllint is not installed");
      return;
    }
  dir = g_dir_make_tmp ("cw-variants-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "variants.cluster", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  {
    const char *argv[] = { xmllint, "--noout", "--relaxng", schema, path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, NULL, NULL, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);
  g_rmdir (dir);
}

/* Hostile and broken variants: each refused with a problem at its line. */
static void
test_bad_variants (void)
{
  static const struct {
    const char *body;
    int         line;
    const char *says;
  } cases[] = {
    { "<variants>\n<variant name=\"\"/>\n</variants>\n", 5, "needs a name" },
    { "<variants>\n<variant name=\"A\"/>\n<variant name=\" A \"/>\n</variants>\n", 6, "two variants called “A”" },
    { "<variants>\n<variant name=\"A\"><levers><lever id=\"nothing\" intensity=\"1\"/></levers></variant>\n</variants>\n",
      5, "nothing" },
    { "<variants>\n<variant name=\"A\"><run years=\"900\"/></variant>\n</variants>\n", 5, "Variant “A”" },
    /* Variants do not nest, and every variant has a name: the schema. */
    { "<variants>\n<variant name=\"A\"><variants><variant name=\"B\"/></variants></variant>\n</variants>\n", 0, NULL },
    { "<variants>\n<variant/>\n</variants>\n", 0, NULL },
    { "<variants/>\n", 0, NULL },
    { "<variants>\n<variant name=\"1\"/><variant name=\"2\"/><variant name=\"3\"/><variant name=\"4\"/>"
      "<variant name=\"5\"/><variant name=\"6\"/>\n<variant name=\"7\"/>\n</variants>\n", 6, "at most 6 variants" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (HEAD, "<run/>\n", cases[i].body, "</scenario>\n", NULL);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GPtrArray) problems = new_problems ();
      g_autoptr(GError) error = NULL;
      g_autoptr(CwScenario) sc = cw_scenario_load_bytes (bytes, "bad.cluster", problems, &error);
      gboolean found = cases[i].says == NULL;

      g_test_message ("case %u", i);
      g_assert_null (sc);
      g_assert_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_INVALID);
      for (guint p = 0; p < problems->len; p++)
        {
          const CwFileProblem *problem = g_ptr_array_index (problems, p);

          g_test_message ("%s", problem->message);
          if (cases[i].says != NULL && strstr (problem->message, cases[i].says) != NULL)
            {
              g_assert_cmpint (problem->line, ==, cases[i].line);
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
}

/* A file of format 1.0 opens with no variants; one of 1.1 in a reader of
 * 1.0 would keep them as foreign elements, which the save writes back. */
static void
test_older_file (void)
{
  const char *text = HEAD "<run years=\"3\"/>\n</scenario>\n";
  g_autofree char *old = g_strdup (text);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CwScenario) sc = NULL;

  memcpy (strstr (old, "version=\"1.1\""), "version=\"1\"  ", strlen ("version=\"1\"  "));
  bytes = g_bytes_new (old, strlen (old));
  sc = cw_scenario_load_bytes (bytes, "old.cluster", problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sc->variants->len, ==, 0);
  g_assert_cmpint (sc->years, ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scenario-variants/round-trip", test_round_trip);
  g_test_add_func ("/scenario-variants/without-variants", test_without_variants);
  g_test_add_func ("/scenario-variants/xmllint", test_xmllint);
  g_test_add_func ("/scenario-variants/bad", test_bad_variants);
  g_test_add_func ("/scenario-variants/older-file", test_older_file);
  return g_test_run ();
}

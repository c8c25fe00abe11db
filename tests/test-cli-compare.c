/* test-cli-compare.c — the key-outcome table: cw_compare_table and `cluster-workbench-cli compare`
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/wait.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "cw-compare.h"
#include "decimal-comma.h"
#include "cw-run.h"
#include "cw-scenario-file.h"

#define HAMBURG "/resources/scenarios/hamburg-aviation.cluster"
#define POLAND "/resources/scenarios/poland-ict.cluster"

/* Runs the CLI with @args; returns its exit status, its output and its errors. */
static int
compare_cli (const char *const *args,
             char              **out,
             char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, g_strdup (g_getenv ("CW_CLI")));
  g_ptr_array_add (argv, g_strdup ("compare"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, args[i][0] == '/' && g_str_has_prefix (args[i], "/resources/")
                     ? g_test_build_filename (G_TEST_DIST, "..", args[i] + 1, NULL) : g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* The table reads the outcomes at its year from each series and its baseline. */
static void
test_table (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", HAMBURG + 1, NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwScenario) sc = cw_scenario_load_path (path, problems, &error);
  g_autoptr(CwSeries) series = NULL;
  g_autoptr(CwSeries) baseline = NULL;
  g_autoptr(CwCompareTable) table = NULL;
  g_autoptr(GString) text = NULL;
  const CwCompareColumn *column;
  CwRunOptions opts;
  int step = 6 * CW_STEPS_PER_YEAR;

  g_assert_no_error (error);
  sc->years = 8;
  cw_run_options_init (&opts);
  series = cw_run (sc, &opts, NULL, &error);
  g_assert_no_error (error);
  opts.baseline = TRUE;
  baseline = cw_run (sc, &opts, NULL, &error);
  g_assert_no_error (error);

  table = cw_compare_table_new (6);
  cw_compare_table_add (table, "Hamburg", series, baseline);
  cw_compare_table_add (table, "Alone", series, NULL);
  g_assert_cmpuint (table->columns->len, ==, 2);
  column = cw_compare_table_get (table, 0);
  g_assert_cmpstr (column->name, ==, "Hamburg");
  g_assert_cmpint (cw_compare_row_outcome (0), ==, CW_OUTCOME_UPGRADING);
  g_assert_cmpfloat (column->value[0], ==, cw_series_get (series, CW_OUT_UPGRADING, CW_STAT_MEAN)[step]);
  g_assert_cmpfloat (column->baseline[0], ==, cw_series_get (baseline, CW_OUT_UPGRADING, CW_STAT_MEAN)[step]);
  g_assert_cmpstr (cw_compare_row_id (CW_COMPARE_N_ROWS - 1), ==, "gain_per_meur");
  /* Upgrading gained per M€: the gain over the money spent. */
  g_assert_cmpfloat_with_epsilon (column->value[CW_COMPARE_N_ROWS - 1],
                                  (column->value[0] - column->baseline[0]) /
                                  (column->value[7] - column->baseline[7]), 1e-12);
  g_assert_true (isnan (cw_compare_table_get (table, 1)->baseline[0]));

  text = cw_compare_table_to_text (table);
  g_assert_true (g_str_has_prefix (text->str, "After 6 years"));
  g_assert_nonnull (strstr (text->str, "Upgrading gained per M€"));
  g_assert_nonnull (strstr (text->str, "Hamburg"));
}

static void
test_csv (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (compare_cli ((const char *[]) { HAMBURG, POLAND, "--years", "4", "--format", "csv", NULL },
                                &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  lines = g_strsplit (out, "\n", -1);
  /* A header, the no-policy run and two scenarios of 9 rows, a final newline. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 3 * CW_COMPARE_N_ROWS + 1);
  g_assert_cmpstr (lines[0], ==, "scenario,outcome,value,baseline,difference");
  g_assert_true (g_str_has_prefix (lines[1], "no-policy,upgrading,"));
  g_assert_true (g_str_has_prefix (lines[1 + CW_COMPARE_N_ROWS], "hamburg-aviation,upgrading,"));
  g_assert_true (g_str_has_prefix (lines[1 + 2 * CW_COMPARE_N_ROWS], "poland-ict,upgrading,"));
  for (guint i = 1; lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], ",", -1);

      g_assert_cmpuint (g_strv_length (f), ==, 5);
      /* Every difference is the value less its no-policy value, in the C locale. */
      if (f[4][0] != '\0')
        g_assert_cmpfloat_with_epsilon (g_ascii_strtod (f[4], NULL),
                                        g_ascii_strtod (f[2], NULL) - g_ascii_strtod (f[3], NULL), 1e-4);
      if (g_str_equal (f[1], "governance"))
        g_assert_true (g_ascii_isalpha (f[2][0]));
    }
  /* Hamburg's programmes cost money, and buy upgrading. */
  g_assert_true (g_str_has_prefix (lines[1 + CW_COMPARE_N_ROWS + 7], "hamburg-aviation,spend_cumulative,"));
  g_assert_cmpfloat (g_ascii_strtod (strrchr (lines[1 + CW_COMPARE_N_ROWS + 7], ',') + 1, NULL), >, 0);
  g_assert_cmpfloat (g_ascii_strtod (strrchr (lines[1 + CW_COMPARE_N_ROWS], ',') + 1, NULL), >, 0);
}

static void
test_text_and_json (void)
{
  g_autofree char *text = NULL, *json = NULL, *err = NULL;
  g_autofree char *old = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-cli-compare-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "table.json", NULL);
  g_autofree char *written = NULL;

  g_assert_cmpint (compare_cli ((const char *[]) { HAMBURG, "--years", "3", NULL }, &text, &err), ==, 0);
  g_assert_true (g_str_has_prefix (text, "After 3 years"));
  g_assert_nonnull (strstr (text, "No policy"));
  g_assert_nonnull (strstr (text, "hamburg-aviation"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (compare_cli ((const char *[]) { HAMBURG, "--years", "3", "--format", "json",
                                                   "--output", path, NULL }, &json, &err), ==, 0);
  g_assert_cmpstr (json, ==, "");
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_true (g_str_has_prefix (written, "{\n  \"year\": 3,\n  \"scenarios\": [\n    {\"name\": \"no-policy\""));
  g_assert_nonnull (strstr (written, "{\"name\": \"hamburg-aviation\", \"outcomes\": {\"upgrading\": {\"value\": 0."));
  g_assert_nonnull (strstr (written, "\"gain_per_meur\": {\"value\": null"));
  g_assert_true (g_str_has_suffix (written, "}}\n  ]\n}\n"));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_usage (void)
{
  const char *const bad[][9] = {
    { NULL },
    { HAMBURG, "--format", "xml", NULL },
    { HAMBURG, HAMBURG, HAMBURG, HAMBURG, HAMBURG, HAMBURG, HAMBURG, HAMBURG, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *out = NULL, *err = NULL;

      g_assert_cmpint (compare_cli (bad[i], &out, &err), ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_cmpstr (err, !=, "");
    }
}

/* A file that is not there, and an output that is an input: bad input. */
static void
test_bad_input (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *hamburg = g_test_build_filename (G_TEST_DIST, "..", HAMBURG + 1, NULL);

  g_assert_cmpint (compare_cli ((const char *[]) { "/nonexistent/x.cluster", NULL }, &out, &err), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (compare_cli ((const char *[]) { hamburg, "--years", "1", "-o", hamburg, NULL }, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "is an input"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (compare_cli ((const char *[]) { hamburg, "--years", "0", NULL }, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
}

/* Pixels within a small distance of the colour 0xRRGGBB. */
static guint
count_colour (const char *png,
              guint32     rgb)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (png);
  int w = cairo_image_surface_get_width (image), h = cairo_image_surface_get_height (image);
  int stride = cairo_image_surface_get_stride (image);
  const guint8 *data = cairo_image_surface_get_data (image);
  guint n = 0;

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 p = *(const guint32 *) (data + y * stride + 4 * x);
        int d = ABS ((int) (p >> 16 & 0xff) - (int) (rgb >> 16 & 0xff)) +
                ABS ((int) (p >> 8 & 0xff) - (int) (rgb >> 8 & 0xff)) + ABS ((int) (p & 0xff) - (int) (rgb & 0xff));

        n += d < 24;
      }
  cairo_surface_destroy (image);
  return n;
}

/* chart --compare overlays each file in the next comparison colour. */
static void
test_chart_compare (void)
{
  g_autofree char *old = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-cli-compare-XXXXXX", NULL);
  g_autofree char *alone = g_build_filename (dir, "alone.png", NULL);
  g_autofree char *both = g_build_filename (dir, "both.png", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *chart_out = NULL, *chart_err = NULL;
  const char *many[] = { "chart", "--kind", "upgrading", "-o", both, "--compare", "a", "--compare", "b",
                         "--compare", "c", "--compare", "d", "--compare", "e", "--compare", "f",
                         "--compare", "g", NULL };
  int status;

  for (int with = 0; with < 2; with++)
    {
      g_autofree char *hamburg = g_test_build_filename (G_TEST_DIST, "..", HAMBURG + 1, NULL);
      g_autofree char *poland = g_test_build_filename (G_TEST_DIST, "..", POLAND + 1, NULL);
      const char *args[] = { g_getenv ("CW_CLI"), "chart", hamburg, "--kind", "upgrading", "--years", "5",
                             "-o", with ? both : alone, with ? "--compare" : NULL, poland, NULL };

      g_clear_pointer (&chart_out, g_free);
      g_clear_pointer (&chart_err, g_free);
      g_assert_true (g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_DEFAULT, NULL, NULL, &chart_out, &chart_err,
                                   &status, NULL));
      g_assert_cmpstr (chart_err, ==, "");
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }
  /* The first comparison colour (vermillion) only where a comparison is drawn. */
  g_assert_cmpuint (count_colour (alone, 0xD55E00), <, 5);
  g_assert_cmpuint (count_colour (both, 0xD55E00), >, 100);

  /* Seven overlays are a usage error, before anything runs. */
  {
    const char *args[G_N_ELEMENTS (many) + 1];

    args[0] = g_getenv ("CW_CLI");
    for (guint i = 0; i < G_N_ELEMENTS (many); i++)
      args[i + 1] = many[i];
    g_assert_true (g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, NULL));
    g_assert_cmpint (WEXITSTATUS (status), ==, 2);
    g_assert_nonnull (strstr (err, "--compare"));
  }
  g_unlink (alone);
  g_unlink (both);
  g_rmdir (dir);
}

/* The text table is for people: in German its decimals have a comma; CSV
 * keeps the C locale's point. */
static void
test_text_locale (void)
{
  const char *text_args[] = { POLAND, "--years", "3", NULL };
  const char *csv_args[] = { POLAND, "--years", "3", "--format", "csv", NULL };
  g_autofree char *old = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-compare-XXXXXX", NULL);
  g_autofree char *text = NULL, *csv = NULL, *err = NULL, *csv_err = NULL;
  g_autoptr(GRegex) comma = g_regex_new ("[0-9],[0-9]{3}\\b", 0, 0, NULL);
  g_autoptr(GRegex) point = g_regex_new ("[0-9]\\.[0-9]", 0, 0, NULL);

  if (!use_decimal_comma (dir))
    {
      g_test_skip ("no German locale, and localedef could not make one");
      return;
    }
  old = g_strdup (g_getenv ("LC_ALL"));
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  g_assert_cmpint (compare_cli (text_args, &text, &err), ==, 0);
  g_assert_cmpint (compare_cli (csv_args, &csv, &csv_err), ==, 0);
  if (old != NULL)
    g_setenv ("LC_ALL", old, TRUE);
  else
    g_unsetenv ("LC_ALL");
  setlocale (LC_NUMERIC, "C");
  g_assert_true (g_regex_match (comma, text, 0, NULL));
  g_assert_false (g_regex_match (point, text, 0, NULL));
  g_assert_true (g_regex_match (point, csv, 0, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/compare/table", test_table);
  g_test_add_func ("/compare/cli/csv", test_csv);
  g_test_add_func ("/compare/cli/text-and-json", test_text_and_json);
  g_test_add_func ("/compare/cli/usage", test_usage);
  g_test_add_func ("/compare/cli/bad-input", test_bad_input);
  g_test_add_func ("/compare/cli/chart-compare", test_chart_compare);
  g_test_add_func ("/compare/cli/text-locale", test_text_locale);
  return g_test_run ();
}

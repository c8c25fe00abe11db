/* test-report.c — the PDF report and the outcomes table, read back with poppler
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "cw-local-number.h"
#include "cw-outcomes.h"
#include "cw-report.h"
#include "cw-run.h"
#include "cw-templates.h"
#include "decimal-comma.h"
#include "pdf-text.h"

typedef struct {
  CwScenario *scenario;
  CwSeries   *series;
  CwSeries   *baseline;
} Runs;

static void
runs_clear (Runs *runs)
{
  g_clear_pointer (&runs->scenario, cw_scenario_free);
  g_clear_pointer (&runs->series, cw_series_free);
  g_clear_pointer (&runs->baseline, cw_series_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Runs, runs_clear)

/* Runs @scenario (taking it) for @years and its baseline with the same seed. */
static void
run_both (Runs       *runs,
          CwScenario *scenario,
          int         years)
{
  g_autoptr(GError) error = NULL;
  CwRunOptions opts;

  cw_run_options_init (&opts);
  opts.years = years;
  runs->scenario = scenario;
  runs->series = cw_run (scenario, &opts, NULL, &error);
  g_assert_no_error (error);
  opts.baseline = TRUE;
  runs->baseline = cw_run (scenario, &opts, NULL, &error);
  g_assert_no_error (error);
}

/* Runs @argv (a NULL-terminated program and arguments); returns its exit status. */
static int
spawn (const char *const *argv,
       char             **out,
       char             **err)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static int
pdf_pages (const char *pdf)
{
  g_autofree char *out = NULL, *err = NULL;
  const char *line;

  g_assert_cmpint (spawn ((const char *[]) { "pdfinfo", pdf, NULL }, &out, &err), ==, 0);
  line = strstr (out, "\nPages:");
  g_assert_nonnull (line);
  return atoi (line + strlen ("\nPages:"));
}

/* The share of pixels of @png that are not white. */
static double
ink_share (const char *png)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (png);
  int width, height, stride, inked = 0;
  const guint8 *data;

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (image);
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  stride = cairo_image_surface_get_stride (image);
  data = cairo_image_surface_get_data (image);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + 4 * x);

        if ((pixel & 0xffffff) != 0xffffff)
          inked++;
      }
  cairo_surface_destroy (image);
  return (double) inked / (width * height);
}

/* Renders every page with pdftoppm and checks that each carries a drawing. */
static void
assert_pages_inked (const char *dir,
                    const char *pdf,
                    int         n_pages)
{
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);

  g_assert_cmpint (spawn ((const char *[]) { "pdftoppm", "-r", "24", "-png", pdf, prefix, NULL }, NULL, NULL), ==, 0);
  for (int i = 1; i <= n_pages; i++)
    {
      g_autofree char *name = g_strdup_printf ("page-%d.png", i);
      g_autofree char *png = g_build_filename (dir, name, NULL);

      /* Even the sparsest page, a table, inks more than 2 % at this size. */
      g_assert_cmpfloat (ink_share (png), >, 0.02);
      g_unlink (png);
    }
}

static void
test_pages (void)
{
  g_auto(Runs) runs = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 5, 4, 12, 0, 0);
  g_autofree char *dir = g_dir_make_tmp ("cw-report-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "minutes.pdf", NULL);
  g_autofree char *text = NULL;
  const char *headings[] = {
    "Digital-era cluster policy", "Policy cycle", "Levers and costs", "Standing levers",
    "Outcomes over time", "Outcomes against no policy", "After 5 years", "After 10 years",
    "After 15 years", "2026-05-04", "Page 1 of 6", "Page 6 of 6", "Scenario hash",
  };

  g_assert_no_error (error);
  run_both (&runs, cw_template_new (CW_TEMPLATE_DIGITAL_ERA), 15);
  g_assert_true (cw_report_write (runs.scenario, runs.series, runs.baseline, date, pdf, &error));
  g_assert_no_error (error);

  /* Title and diagram, levers, three pages of two charts, outcomes. */
  g_assert_cmpint (pdf_pages (pdf), ==, 6);
  assert_pages_inked (dir, pdf, 6);
  text = pdf_text (pdf);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    if (strstr (text, headings[i]) == NULL)
      g_error ("“%s” is not in the report:\n%s", headings[i], text);
  g_assert_nonnull (strstr (text, runs.series->scenario_hash));

  g_unlink (pdf);
  g_rmdir (dir);
}

/* Stages beyond a page of levers continue on the next one. */
static void
test_long_levers_table (void)
{
  g_auto(Runs) runs = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-report-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "long.pdf", NULL);
  g_autofree char *text = NULL;
  CwScenario *scenario = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);

  g_assert_no_error (error);
  for (int s = 0; s < 8; s++)
    {
      g_autofree char *id = g_strdup_printf ("extra%d", s);
      CwStage *stage = cw_scenario_add_stage (scenario, id, id, CW_STAGE_CUSTOM);

      stage->min_quarters = stage->max_quarters = 4;
      for (int l = 0; l < 6; l++)
        cw_scenario_set_stage_lever (stage, (s * 3 + l) % CW_N_LEVERS, 0.5);
    }
  run_both (&runs, scenario, 3);
  g_assert_true (cw_report_write (runs.scenario, runs.series, runs.baseline, NULL, pdf, &error));
  g_assert_no_error (error);
  /* Three pages of levers, each stage whole on one of them. */
  g_assert_cmpint (pdf_pages (pdf), ==, 8);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Levers and costs (continued)"));
  g_assert_nonnull (strstr (text, "extra7 (Custom)"));
  /* A 3-year horizon: one column, after 3 years. */
  g_assert_nonnull (strstr (text, "After 3 years"));
  g_assert_null (strstr (text, "After 5 years"));

  g_unlink (pdf);
  g_rmdir (dir);
}

/* Without stages, title or description: the standing levers alone. */
static void
test_no_cycle (void)
{
  g_auto(Runs) runs = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-report-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "standing.pdf", NULL);
  g_autofree char *text = NULL;
  CwScenario *scenario = cw_scenario_new ();

  g_assert_no_error (error);
  cw_scenario_set_standing (scenario, CW_LEVER_EDUCATION, 0.5);
  run_both (&runs, scenario, 2);
  g_assert_true (cw_report_write (runs.scenario, runs.series, runs.baseline, NULL, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_pages (pdf), ==, 6);
  assert_pages_inked (dir, pdf, 6);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Untitled scenario"));
  g_assert_nonnull (strstr (text, "No policy cycle is drawn"));
  g_assert_nonnull (strstr (text, "Education and training"));
  g_assert_nonnull (strstr (text, "After 2 years"));

  g_unlink (pdf);
  g_rmdir (dir);
}

/* A long row of stages gets a landscape page rather than shrinking. */
static void
test_landscape_diagram (void)
{
  g_auto(Runs) runs = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-report-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "row.pdf", NULL);
  g_autofree char *out = NULL, *err = NULL;
  CwScenario *scenario = cw_scenario_new ();

  g_assert_no_error (error);
  for (int s = 0; s < 5; s++)
    {
      g_autofree char *id = g_strdup_printf ("s%d", s);
      CwStage *stage = cw_scenario_add_stage (scenario, id, id, CW_STAGE_CUSTOM);

      stage->x = s * 240;
      stage->min_quarters = stage->max_quarters = 2;
      if (s > 0)
        {
          g_autofree char *from = g_strdup_printf ("s%d", s - 1);

          cw_scenario_add_edge (scenario, from, id);
        }
    }
  run_both (&runs, scenario, 2);
  g_assert_true (cw_report_write (runs.scenario, runs.series, runs.baseline, NULL, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_pages (pdf), ==, 7);
  assert_pages_inked (dir, pdf, 7);
  g_assert_cmpint (spawn ((const char *[]) { "pdfinfo", "-f", "1", "-l", "3", pdf, NULL }, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Page    1 size:  595.276 x 841.89"));
  g_assert_nonnull (strstr (out, "Page    2 size:  841.89 x 595.276"));
  g_assert_nonnull (strstr (out, "Page    3 size:  595.276 x 841.89"));

  g_unlink (pdf);
  g_rmdir (dir);
}

static double
at_year (const CwSeries *series,
         CwOutput        output,
         int             year)
{
  return cw_series_get (series, output, CW_STAT_MEAN)[year * CW_STEPS_PER_YEAR];
}

static void
test_outcomes_table (void)
{
  g_auto(Runs) runs = { 0 };
  g_autofree CwOutcomesTable *table = NULL;
  const int years[] = { 2, 4, 6 };

  run_both (&runs, cw_template_new (CW_TEMPLATE_DIGITAL_ERA), 6);
  table = cw_outcomes_table (runs.series, runs.baseline, years, G_N_ELEMENTS (years));
  g_assert_cmpuint (table->n_years, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      int y = years[i];
      double gain = at_year (runs.series, CW_OUT_UPGRADING, y) - at_year (runs.baseline, CW_OUT_UPGRADING, y);
      double spent = at_year (runs.series, CW_OUT_SPEND_CUMULATIVE, y) - at_year (runs.baseline, CW_OUT_SPEND_CUMULATIVE, y);

      g_assert_cmpint (table->years[i], ==, y);
      g_assert_cmpfloat (table->scenario[CW_OUTCOME_UPGRADING][i], ==, at_year (runs.series, CW_OUT_UPGRADING, y));
      g_assert_cmpfloat (table->baseline[CW_OUTCOME_UPGRADING][i], ==, at_year (runs.baseline, CW_OUT_UPGRADING, y));
      g_assert_cmpfloat (table->scenario[CW_OUTCOME_CAPABILITY][i], ==, at_year (runs.series, CW_OUT_CAPABILITY_MEAN, y));
      g_assert_cmpfloat (table->scenario[CW_OUTCOME_VALUE_ADDED][i], ==, at_year (runs.series, CW_OUT_VALUE_ADDED, y));
      g_assert_cmpfloat (table->scenario[CW_OUTCOME_FIRMS][i], ==, at_year (runs.series, CW_OUT_FIRMS, y));
      g_assert_cmpfloat (table->scenario[CW_OUTCOME_MEMBERSHIP][i], ==, at_year (runs.series, CW_OUT_MEMBERSHIP_SHARE, y));
      g_assert_cmpfloat (table->scenario[CW_OUTCOME_LEADING][i], ==,
                         at_year (runs.series, CW_OUT_COOPERATORS_4, y) + at_year (runs.series, CW_OUT_LOCOMOTIVES, y));
      g_assert_cmpfloat (table->scenario[CW_OUTCOME_INTERNATIONALISED][i], ==, at_year (runs.series, CW_OUT_INTERNATIONALISED, y));
      g_assert_cmpfloat (table->scenario[CW_OUTCOME_DIGITAL][i], ==, at_year (runs.series, CW_OUT_DIGITAL_ADOPTERS, y));
      g_assert_cmpfloat (table->scenario[CW_OUTCOME_GOVERNANCE][i], ==, at_year (runs.series, CW_OUT_GOVERNANCE, y));
      g_assert_cmpfloat (table->baseline[CW_OUTCOME_LIFECYCLE][i], ==, at_year (runs.baseline, CW_OUT_LIFECYCLE, y));
      g_assert_cmpfloat (table->scenario[CW_OUTCOME_SPEND][i], ==, at_year (runs.series, CW_OUT_SPEND_CUMULATIVE, y));
      /* The default scenario spends from the first quarter on. */
      g_assert_cmpfloat (spent, >, 0);
      g_assert_cmpfloat_with_epsilon (table->scenario[CW_OUTCOME_GAIN_PER_MEUR][i], gain / spent, 1e-12);
    }
  /* Nothing spent: no ratio. */
  g_clear_pointer (&table, g_free);
  table = cw_outcomes_table (runs.baseline, runs.baseline, years, 1);
  g_assert_true (isnan (table->scenario[CW_OUTCOME_GAIN_PER_MEUR][0]));
  /* Past the horizon and without a baseline: no values. */
  g_clear_pointer (&table, g_free);
  table = cw_outcomes_table (runs.series, NULL, (const int[]) { 7 }, 1);
  g_assert_true (isnan (table->scenario[CW_OUTCOME_UPGRADING][0]));
  g_assert_true (isnan (table->baseline[CW_OUTCOME_FIRMS][0]));
}

static void
test_default_years (void)
{
  int years[3];

  g_assert_cmpuint (cw_outcomes_default_years (20, years), ==, 3);
  g_assert_cmpint (years[2], ==, 15);
  g_assert_cmpuint (cw_outcomes_default_years (15, years), ==, 3);
  g_assert_cmpuint (cw_outcomes_default_years (12, years), ==, 3);
  g_assert_cmpint (years[0], ==, 5);
  g_assert_cmpint (years[1], ==, 10);
  g_assert_cmpint (years[2], ==, 12);
  g_assert_cmpuint (cw_outcomes_default_years (10, years), ==, 2);
  g_assert_cmpint (years[1], ==, 10);
  g_assert_cmpuint (cw_outcomes_default_years (3, years), ==, 1);
  g_assert_cmpint (years[0], ==, 3);
}

static void
test_format (void)
{
  g_autofree char *share = cw_outcome_format (CW_OUTCOME_UPGRADING, 0.41234);
  g_autofree char *firms = cw_outcome_format (CW_OUTCOME_FIRMS, 119.6);
  g_autofree char *mode = cw_outcome_format (CW_OUTCOME_GOVERNANCE, CW_GOVERNANCE_RELATIONAL);
  g_autofree char *missing = cw_outcome_format (CW_OUTCOME_UPGRADING, NAN);
  g_autofree char *up = cw_outcome_format_change (CW_OUTCOME_UPGRADING, 0.5, 0.4);
  g_autofree char *down = cw_outcome_format_change (CW_OUTCOME_FIRMS, 100, 103);
  g_autofree char *same = cw_outcome_format_change (CW_OUTCOME_FIRMS, 100, 100.2);
  g_autofree char *category = cw_outcome_format_change (CW_OUTCOME_LIFECYCLE, 1, 0);

  g_assert_cmpstr (share, ==, "0.412");
  g_assert_cmpstr (firms, ==, "120");
  g_assert_cmpstr (mode, ==, "Relational");
  g_assert_cmpstr (missing, ==, "–");
  g_assert_cmpstr (up, ==, "+0.100");
  g_assert_cmpstr (down, ==, "−3");
  g_assert_cmpstr (same, ==, "0");
  g_assert_cmpstr (category, ==, "");
}

static void
test_cli_unwritable (void)
{
  g_autofree char *out = NULL, *err = NULL;
  const char *path = "/nonexistent-cw-dir/minutes.pdf";

  /* meson test names the command-line tool. */
  g_assert_nonnull (g_getenv ("CW_CLI"));
  g_assert_cmpint (spawn ((const char *[]) { g_getenv ("CW_CLI"), "report", "--years", "2", "--output", path, NULL },
                          &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, path));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (spawn ((const char *[]) { g_getenv ("CW_CLI"), "report", "--years", "2", NULL }, &out, &err), ==, 2);
}

static void
test_cli_summary (void)
{
  g_autofree char *out = NULL, *err = NULL, *band_out = NULL;
  g_auto(GStrv) lines = NULL, band = NULL;

  g_assert_nonnull (g_getenv ("CW_CLI"));
  g_assert_cmpint (spawn ((const char *[]) { g_getenv ("CW_CLI"), "run", "--format", "summary", "--years", "6",
                                             "--seed", "7", "--runs", "1", NULL }, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  lines = g_strsplit (out, "\n", -1);
  /* Two blocks of a heading and 12 rows, a blank line between them. */
  g_assert_cmpuint (g_strv_length (lines), ==, 2 * (1 + CW_N_OUTCOMES) + 1 + 1);
  g_assert_true (g_str_has_prefix (lines[0], "After 5 years"));
  g_assert_true (g_str_has_suffix (lines[0], "Change"));
  g_assert_null (strstr (lines[0], "5–95 %"));
  g_assert_true (g_str_has_prefix (lines[1], "Upgrading index"));
  g_assert_true (g_str_has_prefix (lines[2 + CW_N_OUTCOMES], "After 6 years"));
  /* Aligned: every row of a block as wide as its heading. */
  for (guint i = 1; i <= CW_N_OUTCOMES; i++)
    g_assert_cmpint (g_utf8_strlen (lines[i], -1), ==, g_utf8_strlen (lines[0], -1));
  g_clear_pointer (&err, g_free);

  /* An ensemble: the run count, the 5–95 % range, every 5 years to the horizon. */
  g_assert_cmpint (spawn ((const char *[]) { g_getenv ("CW_CLI"), "run", "--format", "summary", "--years", "22",
                                             "--seed", "7", "--runs", "4", NULL }, &band_out, &err), ==, 0);
  band = g_strsplit (band_out, "\n", -1);
  g_assert_true (g_str_has_prefix (band[0], "Means of 4 runs"));
  g_assert_true (g_str_has_prefix (band[2], "After 5 years"));
  g_assert_nonnull (strstr (band[2], "5–95 %"));
  g_assert_nonnull (strstr (band_out, "After 20 years"));
  g_assert_nonnull (strstr (band_out, "After 22 years"));
  for (guint i = 3; i < 3 + CW_N_OUTCOMES; i++)
    g_assert_cmpint (g_utf8_strlen (band[i], -1), ==, g_utf8_strlen (band[2], -1));
  /* The upgrading row's range holds its mean. */
  {
    double mean, low, high;

    g_assert_cmpint (sscanf (band[3] + strlen ("Upgrading index"), "%lf %lf–%lf", &mean, &low, &high), ==, 3);
    g_assert_cmpfloat (low, <=, mean);
    g_assert_cmpfloat (mean, <=, high);
  }
}

/* The report is read by people: its tables have the user's decimal
 * separator, like the chart axes (files keep the point). */
static void
test_local_numbers (void)
{
  g_auto(Runs) runs = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-report-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "minutes.pdf", NULL);
  g_autofree char *text = NULL;
  /* A decimal number with a point; not a version such as 0.1.0. */
  g_autoptr(GRegex) point = g_regex_new ("(?<![0-9.])[0-9]+\\.[0-9]+(?![0-9.])", 0, 0, NULL);
  const char *outcomes;

  g_assert_no_error (error);
  if (!use_decimal_comma (dir))
    {
      g_test_skip ("no German locale, and localedef cannot make one");
      g_assert_cmpint (spawn ((const char *[]) { "rm", "-r", dir, NULL }, NULL, NULL), ==, 0);
      return;
    }
  {
    g_autofree char *share = cw_local_number (g_strdup ("0.412"));
    g_autofree char *change = cw_local_number (g_strdup ("+0.03"));
    g_autofree char *range = cw_local_number (g_strdup ("0.30–0.35"));
    g_autofree char *name = cw_local_number (g_strdup ("Phase 1. Start v.2"));

    g_assert_cmpstr (share, ==, "0,412");
    g_assert_cmpstr (change, ==, "+0,03");
    g_assert_cmpstr (range, ==, "0,30–0,35");
    g_assert_cmpstr (name, ==, "Phase 1. Start v.2");
  }
  run_both (&runs, cw_template_new (CW_TEMPLATE_DIGITAL_ERA), 6);
  g_assert_true (cw_report_write (runs.scenario, runs.series, runs.baseline, NULL, pdf, &error));
  setlocale (LC_NUMERIC, "C");
  g_assert_no_error (error);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Annual budget: 5,0 M€"));
  outcomes = strstr (text, "Outcomes against no policy");
  g_assert_nonnull (outcomes);
  g_assert_true (g_regex_match_simple ("Upgrading index +0,[0-9]{3} +0,[0-9]{3}", outcomes, 0, 0));
  if (g_regex_match (point, outcomes, 0, NULL))
    g_error ("a number with a point in the outcomes table:\n%s", outcomes);

  /* So is the command line's summary table (its CSV keeps the point). */
  {
    g_autofree char *previous = g_strdup (g_getenv ("LC_ALL"));
    g_autofree char *out = NULL, *err = NULL;

    g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
    g_assert_cmpint (spawn ((const char *[]) { g_getenv ("CW_CLI"), "run", "--format", "summary", "--years", "5",
                                               "--runs", "1", NULL }, &out, &err), ==, 0);
    if (previous != NULL)
      g_setenv ("LC_ALL", previous, TRUE);
    else
      g_unsetenv ("LC_ALL");
    g_assert_true (g_regex_match_simple ("0,[0-9]{3}", out, 0, 0));
    if (g_regex_match (point, out, 0, NULL))
      g_error ("a number with a point in the summary:\n%s", out);
  }
  g_unsetenv ("LOCPATH");
  g_assert_cmpint (spawn ((const char *[]) { "rm", "-r", dir, NULL }, NULL, NULL), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report/pages", test_pages);
  g_test_add_func ("/report/long-levers-table", test_long_levers_table);
  g_test_add_func ("/report/no-cycle", test_no_cycle);
  g_test_add_func ("/report/landscape-diagram", test_landscape_diagram);
  g_test_add_func ("/report/outcomes-table", test_outcomes_table);
  g_test_add_func ("/report/default-years", test_default_years);
  g_test_add_func ("/report/format", test_format);
  g_test_add_func ("/report/cli-unwritable", test_cli_unwritable);
  g_test_add_func ("/report/cli-summary", test_cli_summary);
  g_test_add_func ("/report/local-numbers", test_local_numbers);
  return g_test_run ();
}

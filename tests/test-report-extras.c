/* test-report-extras.c — the minutes with variants, the explain waterfall and the session history
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "cw-ensemble.h"
#include "cw-report.h"
#include "cw-scenario-file.h"
#include "cw-waterfall.h"
#include "pdf-text.h"

static void
assert_contains (const char *text, const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” is not in the report:\n%s", expected, text);
}

static void
test_extras (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(CwScenario) sc = cw_scenario_load_example ("hamburg-aviation.cluster", problems, NULL);
  g_autoptr(CwScenario) variant = NULL;
  g_autoptr(CwSeries) series = NULL, baseline = NULL, variant_series = NULL;
  g_autoptr(CwExplanation) explanation = NULL;
  g_autoptr(CwAttribution) a = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-report-extras-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "minutes.pdf", NULL);
  g_autofree char *text = NULL, *first = NULL;
  CwRunOptions opts;
  const CwReportHistoryEntry history[] = {
    { "14:05", "Opened “Hamburg aviation”", "Upgrading index 0.61" },
    { "14:07", "Education and training set to 0.90", "Upgrading index 0.64" },
  };
  const char *table[] = {
    "Outcome", "A", "B",
    "Upgrading index", "0.612", "0.640",
  };
  CwReportVariant variants[1];
  CwReportExtras extras = { 0 };

  sc->profile[CW_PROFILE_FIRMS] = 60;
  sc->years = 5;
  cw_run_options_init (&opts);
  series = cw_run (sc, &opts, NULL, &error);
  opts.baseline = TRUE;
  baseline = cw_run (sc, &opts, NULL, &error);
  variant = cw_scenario_copy (sc);
  cw_scenario_set_standing (variant, CW_LEVER_EDUCATION, 0.9);
  opts.baseline = FALSE;
  variant_series = cw_run (variant, &opts, NULL, &error);
  explanation = cw_explanation_compute (sc, -1, 2, 0, NULL, &error);
  g_assert_no_error (error);
  variants[0] = (CwReportVariant) { "B: more education", variant_series };
  extras = (CwReportExtras) {
    .explanation = explanation,
    .explain_output = CW_OUT_UPGRADING,
    .explain_step = cw_explanation_get_n_steps (explanation) - 1,
    .variants = variants, .n_variants = 1,
    .table = table, .table_columns = 3, .table_rows = 1,
    .history = history, .n_history = G_N_ELEMENTS (history),
  };
  g_assert_true (cw_report_write_with (sc, series, baseline, &extras, NULL, path, &error));
  g_assert_no_error (error);

  text = pdf_text (path);
  a = cw_explanation_attribute (explanation, CW_OUT_UPGRADING, extras.explain_step);
  first = cw_waterfall_value (a, &g_array_index (a->groups, CwExplainPart, 0));
  assert_contains (text, "Variants compared");
  assert_contains (text, "B: more education");
  assert_contains (text, "0.640");
  assert_contains (text, "Why the outcome moved");
  assert_contains (text, "Upgrading index in");
  assert_contains (text, g_array_index (a->groups, CwExplainPart, 0).name);
  assert_contains (text, first);
  assert_contains (text, "Sources:");
  assert_contains (text, "Session history");
  assert_contains (text, "Education and training set to 0.90");
  assert_contains (text, "Upgrading index 0.64");

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report/extras", test_extras);
  return g_test_run ();
}

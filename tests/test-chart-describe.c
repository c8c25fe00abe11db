/* test-chart-describe.c — the text alternative and the table of a chart
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "chart-fixture.h"
#include "cw-chart-describe.h"

/* The fixture's upgrading index climbs from 0.20 to 0.70 over 2025–2035; the
 * baseline lies 0.1 lower. */
static void
test_describe_upgrading (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);
  g_autoptr(CwSeries) baseline = chart_fixture_series (-0.1);
  g_autofree char *text = NULL, *at_cursor = NULL, *alone = NULL;
  CwChartSpec spec;

  cw_chart_spec_init (&spec, CW_CHART_UPGRADING, series);
  spec.baseline = baseline;
  text = cw_chart_describe (&spec);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Upgrading index rises from 0.20 to 0.70 by 2035"));
  g_assert_nonnull (strstr (text, "; without policy 0.60; effect +0.10"));
  g_assert_nonnull (strstr (text, "90 % of runs end between"));
  g_assert_nonnull (strstr (text, "In 2035: Upgrading index 0.70"));

  /* The cursor year's figures; the trend stays. */
  spec.cursor_year = 2030;
  at_cursor = cw_chart_describe (&spec);
  g_assert_nonnull (strstr (at_cursor, "In 2030: Upgrading index 0.45"));
  g_assert_nonnull (strstr (at_cursor, "rises from 0.20 to 0.70"));

  /* Without baseline and band, neither is claimed. */
  spec.baseline = NULL;
  spec.show_band = FALSE;
  alone = cw_chart_describe (&spec);
  g_assert_null (strstr (alone, "without policy"));
  g_assert_null (strstr (alone, "90 %"));
}

/* An effect chart: the fixture's upgrading index moved down to run from
 * −0.25 to +0.25, read as policy − no policy. Text, readout, table and
 * frame speak of effects, the axis reaches below 0, and every kind draws. */
static void
test_describe_effect (void)
{
  g_autoptr(CwSeries) effect = chart_fixture_series (-0.45);
  g_autofree char *text = NULL;
  g_auto(GStrv) readout = NULL;
  g_auto(GStrv) legend = NULL;
  g_autoptr(GPtrArray) table = NULL;
  CwChartFrame frame;
  CwChartSpec spec;

  cw_chart_spec_init (&spec, CW_CHART_UPGRADING, effect);
  spec.effect = TRUE;
  text = cw_chart_describe (&spec);
  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "Effect of the policy on Upgrading index: +0.25 by 2035; "
                                         "90 % of paired runs between +0.20 and +0.30."));
  readout = cw_chart_readout (&spec);
  g_assert_cmpstr (readout[1], ==, "Upgrading index: +0.25 (5–95 %: +0.20 to +0.30)");
  legend = cw_chart_legend_labels (&spec);
  g_assert_true (g_strv_contains ((const char *const *) legend, "5–95 % of paired runs"));
  table = cw_chart_table (&spec);
  g_assert_cmpstr (((char **) g_ptr_array_index (table, 0))[1], ==, "Effect on Upgrading index");
  g_assert_true (cw_chart_get_frame (&spec, 800, 400, 0, &frame));
  g_assert_cmpfloat (frame.y_min, <=, -0.3);
  g_assert_cmpfloat (frame.y_max, >=, 0.3);

  for (CwChartKind kind = 0; kind < CW_N_CHART_KINDS; kind++)
    {
      cairo_surface_t *image;

      if (kind == CW_CHART_PHASE)
        continue;
      cw_chart_spec_init (&spec, kind, effect);
      spec.effect = TRUE;
      image = chart_fixture_render (&spec, 800, 400);
      g_assert_cmpuint (chart_fixture_count_ink (image), >, 1000);
      cairo_surface_destroy (image);
    }
  /* A stacked chart draws its effects as lines: no layers in the legend to sum. */
  cw_chart_spec_init (&spec, CW_CHART_COMMUNITIES, effect);
  spec.effect = TRUE;
  g_clear_pointer (&legend, g_strfreev);
  legend = cw_chart_legend_labels (&spec);
  g_assert_true (g_strv_contains ((const char *const *) legend, "5–95 % of paired runs"));
}

static void
test_describe_every_kind (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);

  for (CwChartKind kind = 0; kind < CW_N_CHART_KINDS; kind++)
    {
      g_autofree char *text = NULL;
      CwChartSpec spec;

      cw_chart_spec_init (&spec, kind, series);
      text = cw_chart_describe (&spec);
      g_assert_true (g_regex_match_simple ("[0-9]", text, 0, 0));
      g_assert_nonnull (strstr (text, "In 2035: "));
    }
}

/* One heading row, then a row per quarter with the year first, as in the CSV. */
static void
test_table (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);
  g_autoptr(GPtrArray) rows = NULL;
  CwChartSpec spec;
  GStrv heading, first, last;

  cw_chart_spec_init (&spec, CW_CHART_UPGRADING, series);
  rows = cw_chart_table (&spec);
  g_assert_cmpuint (rows->len, ==, 1 + CHART_FIXTURE_STEPS);
  heading = g_ptr_array_index (rows, 0);
  first = g_ptr_array_index (rows, 1);
  last = g_ptr_array_index (rows, rows->len - 1);
  g_assert_cmpstr (heading[0], ==, "Year");
  g_assert_cmpstr (heading[1], ==, "Upgrading index");
  g_assert_cmpstr (first[1], ==, "0.20");
  g_assert_cmpstr (last[1], ==, "0.70");
  for (guint r = 0; r < rows->len; r++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, r)), ==, g_strv_length (heading));
  /* The policy stage column names the stage, not its code. */
  g_assert_cmpstr (last[g_strv_length (last) - 1], ==, "ownership");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-describe/upgrading", test_describe_upgrading);
  g_test_add_func ("/chart-describe/effect", test_describe_effect);
  g_test_add_func ("/chart-describe/every-kind", test_describe_every_kind);
  g_test_add_func ("/chart-describe/table", test_table);
  return g_test_run ();
}

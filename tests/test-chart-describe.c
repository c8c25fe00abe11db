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
  g_test_add_func ("/chart-describe/every-kind", test_describe_every_kind);
  g_test_add_func ("/chart-describe/table", test_table);
  return g_test_run ();
}

/* test-replay.c — the series between two states and the pace of a replay
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cw-replay.h"

static CwSeries *
series_at (double value,
           int    steps)
{
  CwSeries *series = cw_series_new (steps, 1);

  for (int o = 0; o < CW_N_OUTPUTS; o++)
    for (int s = 0; s < CW_N_STATS; s++)
      for (int i = 0; i < steps; i++)
        cw_series_get (series, o, s)[i] = cw_output_info (o)->kind == CW_OUTPUT_KIND_CATEGORY ? value > 0.5 : value;
  series->start_year = 2025;
  return series;
}

static void
test_series (void)
{
  g_autoptr(CwSeries) from = series_at (0.2, 5);
  g_autoptr(CwSeries) to = series_at (0.6, 9);
  g_autoptr(CwSeries) start = cw_replay_series (from, to, 0);
  g_autoptr(CwSeries) mid = cw_replay_series (from, to, 0.5);
  g_autoptr(CwSeries) end = cw_replay_series (from, to, 1);

  g_assert_cmpint (mid->n_steps, ==, 9);
  g_assert_cmpint (mid->start_year, ==, 2025);
  g_assert_cmpfloat_with_epsilon (cw_series_get (start, CW_OUT_UPGRADING, CW_STAT_MEAN)[2], 0.2, 1e-12);
  g_assert_cmpfloat_with_epsilon (cw_series_get (mid, CW_OUT_UPGRADING, CW_STAT_P95)[2], 0.4, 1e-12);
  g_assert_cmpfloat_with_epsilon (cw_series_get (end, CW_OUT_UPGRADING, CW_STAT_MEAN)[2], 0.6, 1e-12);
  /* Steps the earlier run did not reach, and categories, are the new run's. */
  g_assert_cmpfloat (cw_series_get (mid, CW_OUT_UPGRADING, CW_STAT_MEAN)[7], ==, 0.6);
  g_assert_cmpfloat (cw_series_get (mid, CW_OUT_GOVERNANCE, CW_STAT_MEAN)[2], ==, 1);
}

static void
test_progress (void)
{
  g_assert_cmpfloat (cw_replay_progress (-1), ==, 0);
  g_assert_cmpfloat (cw_replay_progress (0), ==, 0);
  g_assert_cmpfloat_with_epsilon (cw_replay_progress (CW_REPLAY_SECONDS / 2), 0.5, 1e-12);
  g_assert_cmpfloat (cw_replay_progress (CW_REPLAY_SECONDS / 4), <, 0.25);
  g_assert_cmpfloat (cw_replay_progress (CW_REPLAY_SECONDS), ==, 1);
  g_assert_cmpfloat (cw_replay_progress (10), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/replay/series", test_series);
  g_test_add_func ("/replay/progress", test_progress);
  return g_test_run ();
}

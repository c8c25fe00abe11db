/* test-walker.c — the policy-cycle walker: durations, conditions, loops,
 * zero-length stages and stages it cannot reach
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cw-cycle-walker.h"

static double indicators[CW_N_OUTPUTS];

/* Steps the walker as the model does: advance, then the quarter passes. */
static int
step (CwWalker *w)
{
  cw_walker_advance (w, indicators);
  cw_walker_tick (w);
  return cw_walker_stage (w);
}

static CwScenario *
ring (int min_quarters, int max_quarters)
{
  CwScenario *sc = cw_scenario_new ();
  const char *ids[] = { "a", "b", "c" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      CwStage *stage = cw_scenario_add_stage (sc, ids[i], NULL, CW_STAGE_CUSTOM);

      stage->min_quarters = min_quarters;
      stage->max_quarters = max_quarters;
      cw_scenario_set_stage_lever (stage, CW_LEVER_EDUCATION, 0.1 * (i + 1));
    }
  cw_scenario_add_edge (sc, "a", "b");
  cw_scenario_add_edge (sc, "b", "c");
  cw_scenario_add_edge (sc, "c", "a");
  return sc;
}

/* Unconditional arrows are taken at the maximum duration; the ring loops. */
static void
test_durations_and_loops (void)
{
  g_autoptr(CwScenario) sc = ring (2, 4);
  g_autoptr(CwWalker) w = cw_walker_new (sc);
  int expected[] = { 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 0, 0 };

  g_assert_cmpint (cw_walker_stage (w), ==, 0);
  g_assert_cmpfloat (cw_walker_levers (w)[CW_LEVER_EDUCATION], ==, 0.1);
  for (guint t = 0; t < G_N_ELEMENTS (expected); t++)
    g_assert_cmpint (step (w), ==, expected[t]);
  g_assert_cmpfloat (cw_walker_levers (w)[CW_LEVER_EDUCATION], ==, 0.1);
}

/* A condition moves the walker once the minimum has passed, not before. */
static void
test_conditions (void)
{
  g_autoptr(CwScenario) sc = ring (2, 8);
  g_autoptr(CwWalker) w = NULL;
  CwEdge *jump = cw_scenario_add_edge (sc, "a", "c");

  jump->conditional = TRUE;
  jump->indicator = CW_OUT_MEMBERSHIP_SHARE;
  jump->op = CW_COMPARE_GE;
  jump->threshold = 0.4;
  /* Conditions are tried before the deadline arrow: put it first. */
  g_ptr_array_insert (sc->edges, 0, g_ptr_array_steal_index (sc->edges, sc->edges->len - 1));
  w = cw_walker_new (sc);
  indicators[CW_OUT_MEMBERSHIP_SHARE] = 0.5;
  g_assert_cmpint (step (w), ==, 0);
  g_assert_cmpint (step (w), ==, 0);
  g_assert_cmpint (step (w), ==, 2);   /* two quarters in a: the condition holds */
  indicators[CW_OUT_MEMBERSHIP_SHARE] = 0.1;
  for (int t = 0; t < 7; t++)
    g_assert_cmpint (step (w), ==, 2);
  g_assert_cmpint (step (w), ==, 0);   /* c's deadline arrow */
  for (int t = 0; t < 7; t++)
    g_assert_cmpint (step (w), ==, 0);
  g_assert_cmpint (step (w), ==, 1);   /* condition false: a's deadline */
}

/* Without an unconditional arrow the walker stays past the maximum until a
 * condition holds; zero-length stages are passed in the same step. */
static void
test_stay_and_skip (void)
{
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  g_autoptr(CwWalker) w = NULL;
  CwStage *a = cw_scenario_add_stage (sc, "a", NULL, CW_STAGE_CUSTOM);
  CwStage *zero = cw_scenario_add_stage (sc, "zero", NULL, CW_STAGE_CUSTOM);
  CwEdge *edge;

  a->min_quarters = 1;
  a->max_quarters = 2;
  zero->min_quarters = zero->max_quarters = 0;
  edge = cw_scenario_add_edge (sc, "a", "zero");
  edge->conditional = TRUE;
  edge->indicator = CW_OUT_FIRMS;
  edge->op = CW_COMPARE_GT;
  edge->threshold = 100;
  cw_scenario_add_edge (sc, "zero", "a");
  w = cw_walker_new (sc);
  indicators[CW_OUT_FIRMS] = 50;
  for (int t = 0; t < 10; t++)
    g_assert_cmpint (step (w), ==, 0);
  indicators[CW_OUT_FIRMS] = 150;
  /* a → zero → a within one step: the zero-length stage never holds levers. */
  g_assert_true (cw_walker_advance (w, indicators));
  g_assert_cmpint (cw_walker_stage (w), ==, 0);
  g_assert_cmpint (cw_walker_elapsed (w), ==, 0);
}

/* Stages the cycle cannot reach are reported and never entered. */
static void
test_unreachable (void)
{
  g_autoptr(CwScenario) sc = ring (1, 1);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_problem_free);
  g_autoptr(CwWalker) w = NULL;
  gboolean warned = FALSE;

  cw_scenario_add_stage (sc, "island", NULL, CW_STAGE_CUSTOM);
  g_assert_true (cw_scenario_check (sc, problems));
  for (guint i = 0; i < problems->len; i++)
    warned |= ((CwProblem *) g_ptr_array_index (problems, i))->severity == CW_PROBLEM_WARNING;
  g_assert_true (warned);
  w = cw_walker_new (sc);
  for (int t = 0; t < 50; t++)
    g_assert_cmpint (step (w), !=, 3);
}

static void
test_empty (void)
{
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  g_autoptr(CwWalker) w = cw_walker_new (sc);

  g_assert_cmpint (step (w), ==, -1);
  for (int l = 0; l < CW_N_LEVERS; l++)
    g_assert_cmpfloat (cw_walker_levers (w)[l], ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/walker/durations-and-loops", test_durations_and_loops);
  g_test_add_func ("/walker/conditions", test_conditions);
  g_test_add_func ("/walker/stay-and-skip", test_stay_and_skip);
  g_test_add_func ("/walker/unreachable", test_unreachable);
  g_test_add_func ("/walker/empty", test_empty);
  return g_test_run ();
}

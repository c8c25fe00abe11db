/* test-evaluator.c — evaluation on workers: order, cancellation, caching, band
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "cw-ensemble.h"
#include "cw-evaluator.h"
#include "cw-templates.h"

typedef struct {
  int   central;
  int   baseline;
  int   band;
  int   last_done;
  int   last_total;
  char *failure;
} Counts;

static void
central_cb (CwEvaluator *ev, Counts *c)
{
  c->central++;
  c->last_done = 0;   /* the band of the new scenario starts afresh */
}

static void
baseline_cb (CwEvaluator *ev, Counts *c)
{
  c->baseline++;
}

static void
band_cb (CwEvaluator *ev, int done, int total, Counts *c)
{
  g_assert_cmpint (done, >, c->last_done);
  c->band++;
  c->last_done = done;
  c->last_total = total;
}

static void
failed_cb (CwEvaluator *ev, const char *message, Counts *c)
{
  g_free (c->failure);
  c->failure = g_strdup (message);
}

static CwEvaluator *
new_evaluator (Counts *c)
{
  CwEvaluator *ev = cw_evaluator_new ();

  memset (c, 0, sizeof *c);
  g_signal_connect (ev, "central-ready", G_CALLBACK (central_cb), c);
  g_signal_connect (ev, "baseline-ready", G_CALLBACK (baseline_cb), c);
  g_signal_connect (ev, "band-progress", G_CALLBACK (band_cb), c);
  g_signal_connect (ev, "failed", G_CALLBACK (failed_cb), c);
  return ev;
}

/* Iterates the main context until the evaluator is idle (at most 60 s). */
static void
wait_idle (CwEvaluator *ev)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (cw_evaluator_get_busy (ev))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Iterates the main context until every worker task has come back. */
static void
wait_tasks (CwEvaluator *ev)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (cw_evaluator_get_pending (ev) > 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Blocks the main context until the worker's run has finished and its
 * result waits there to be delivered (call with nothing else pending). */
static void
wait_worker_returned (void)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!g_main_context_pending (NULL))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (G_USEC_PER_SEC / 100);
    }
}

static CwScenario *
small_scenario (void)
{
  CwScenario *sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);

  sc->profile[CW_PROFILE_FIRMS] = 60;
  sc->years = 4;
  sc->runs = 20;
  return sc;
}

/* The band, grown in chunks, equals the ensemble run in one go. */
static void
test_band_equals_ensemble (void)
{
  g_autoptr(CwScenario) sc = small_scenario ();
  Counts c;
  g_autoptr(CwEvaluator) ev = new_evaluator (&c);
  g_autoptr(CwSeries) whole = NULL;
  g_autoptr(GError) error = NULL;
  CwRunOptions opts;
  const CwSeries *band, *central, *shown;
  CwResult *result;
  gsize block;

  cw_evaluator_submit (ev, sc);
  g_assert_true (cw_evaluator_get_busy (ev));
  wait_idle (ev);
  g_assert_null (c.failure);
  g_assert_cmpint (c.central, ==, 1);
  g_assert_cmpint (c.baseline, ==, 1);
  g_assert_cmpint (c.band, >=, 2);
  g_assert_cmpint (c.last_done, ==, 20);
  g_assert_cmpint (c.last_total, ==, 20);

  cw_run_options_init (&opts);
  whole = cw_ensemble_run (sc, &opts, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  result = cw_evaluator_get_result (ev);
  band = cw_result_get_band (result);
  g_assert_cmpint (band->runs, ==, 20);
  g_assert_cmpint (cw_result_get_band_runs (result), ==, 20);
  g_assert_cmpint (cw_result_get_band_total (result), ==, 20);
  g_assert_cmpint (band->n_steps, ==, whole->n_steps);
  g_assert_cmpmem (band->data, sizeof (double) * CW_N_STATS * CW_N_OUTPUTS * band->n_steps,
                   whole->data, sizeof (double) * CW_N_STATS * CW_N_OUTPUTS * whole->n_steps);
  central = cw_result_get_central (result);
  g_assert_cmpint (central->runs, ==, 1);
  g_assert_true (cw_scenario_equal (cw_result_get_scenario (result), sc));

  /* The chart shows the central run's line in the band's 5–95 %. */
  shown = cw_result_get_shown (result);
  block = sizeof (double) * CW_N_OUTPUTS * central->n_steps;
  g_assert_cmpint (shown->runs, ==, 20);
  g_assert_cmpmem (cw_series_get (shown, 0, CW_STAT_MEAN), block,
                   cw_series_get (central, 0, CW_STAT_MEAN), block);
  g_assert_cmpmem (cw_series_get (shown, 0, CW_STAT_P05), 2 * block,
                   cw_series_get (band, 0, CW_STAT_P05), 2 * block);
}

/* Every numeric output of @a and @b, all three statistics, bit for bit. */
static void
assert_same_series (const CwSeries *a,
                    const CwSeries *b)
{
  g_assert_cmpint (a->runs, ==, b->runs);
  g_assert_cmpint (a->n_steps, ==, b->n_steps);
  g_assert_cmpmem (a->data, sizeof (double) * CW_N_STATS * CW_N_OUTPUTS * a->n_steps,
                   b->data, sizeof (double) * CW_N_STATS * CW_N_OUTPUTS * b->n_steps);
}

/* The published effect: the central run against the baseline first, then,
 * once the band is complete, what `run --effect` gives (paired replicates),
 * with the band around its mean. After a lever change the no-policy
 * replicates are taken over and the effect is still the paired one. */
static void
test_effect_paired (void)
{
  g_autoptr(CwScenario) sc = small_scenario ();
  Counts c;
  g_autoptr(CwEvaluator) ev = new_evaluator (&c);
  g_autoptr(GError) error = NULL;
  CwRunOptions opts;

  cw_run_options_init (&opts);
  for (int round = 0; round < 2; round++)
    {
      g_autoptr(CwSeries) expected = NULL;
      const CwSeries *effect;
      CwResult *result;
      CwChartSpec spec;

      if (round == 1)
        cw_scenario_set_standing (sc, CW_LEVER_EDUCATION, 0.9);
      cw_evaluator_submit (ev, sc);
      while (cw_evaluator_get_result (ev) == NULL ||
             cw_result_get_baseline (cw_evaluator_get_result (ev)) == NULL ||
             !cw_scenario_equal (cw_result_get_scenario (cw_evaluator_get_result (ev)), sc))
        g_main_context_iteration (NULL, TRUE);
      result = cw_evaluator_get_result (ev);
      effect = cw_result_get_effect (result);
      if (cw_result_get_band_runs (result) <= 1)
        {
          const double *central = cw_series_get (cw_result_get_central (result), CW_OUT_UPGRADING, CW_STAT_MEAN);
          const double *baseline = cw_series_get (cw_result_get_baseline (result), CW_OUT_UPGRADING, CW_STAT_MEAN);

          g_assert_cmpint (effect->runs, ==, 1);
          for (int t = 0; t < effect->n_steps; t++)
            g_assert_cmpfloat (cw_series_get (effect, CW_OUT_UPGRADING, CW_STAT_MEAN)[t], ==,
                               central[t] - baseline[t]);
        }
      wait_idle (ev);
      g_assert_null (c.failure);
      result = cw_evaluator_get_result (ev);
      expected = cw_ensemble_effect (sc, &opts, NULL, &error);
      g_assert_no_error (error);
      effect = cw_result_get_effect (result);
      assert_same_series (effect, expected);
      for (int t = 0; t < effect->n_steps; t++)
        {
          double mean = cw_series_get (effect, CW_OUT_UPGRADING, CW_STAT_MEAN)[t];

          g_assert_cmpfloat (cw_series_get (effect, CW_OUT_UPGRADING, CW_STAT_P05)[t], <=, mean);
          g_assert_cmpfloat (cw_series_get (effect, CW_OUT_UPGRADING, CW_STAT_P95)[t], >=, mean);
        }
      /* The policy does something here, or the test would prove nothing. */
      g_assert_cmpfloat (fabs (cw_series_get (effect, CW_OUT_UPGRADING, CW_STAT_MEAN)[effect->n_steps - 1]), >, 1e-3);

      g_assert_true (cw_result_effect_chart_spec (result, CW_CHART_UPGRADING, &spec));
      g_assert_true (spec.effect && spec.series == effect && spec.show_band && spec.baseline == NULL);
    }
  g_assert_cmpint (c.baseline, ==, 1);
}

/* Without any lever the policy changes nothing: the effect and its band are 0. */
static void
test_effect_zero_without_levers (void)
{
  g_autoptr(CwScenario) sc = small_scenario ();
  Counts c;
  g_autoptr(CwEvaluator) ev = new_evaluator (&c);
  const CwSeries *effect;

  sc->standing_held = 0;
  g_ptr_array_set_size (sc->stages, 0);
  g_ptr_array_set_size (sc->edges, 0);
  g_clear_pointer (&sc->start, g_free);
  cw_evaluator_submit (ev, sc);
  wait_idle (ev);
  g_assert_null (c.failure);
  effect = cw_result_get_effect (cw_evaluator_get_result (ev));
  g_assert_cmpint (effect->runs, ==, 20);
  for (int o = 0; o < CW_N_OUTPUTS; o++)
    {
      if (cw_output_info (o)->kind == CW_OUTPUT_KIND_CATEGORY || o == CW_OUT_STEP || o == CW_OUT_YEAR)
        continue;
      for (int t = 0; t < effect->n_steps; t++)
        for (int stat = 0; stat < CW_N_STATS; stat++)
          g_assert_cmpfloat (cw_series_get (effect, o, stat)[t], ==, 0);
    }
}

/* A newer scenario replaces an older one; only the newer one is reported. */
static void
test_stale_cancelled (void)
{
  g_autoptr(CwScenario) a = small_scenario ();
  g_autoptr(CwScenario) b = small_scenario ();
  g_autofree char *hash_b = NULL;
  Counts c;
  g_autoptr(CwEvaluator) ev = new_evaluator (&c);
  CwResult *result;

  cw_scenario_set_standing (b, CW_LEVER_EDUCATION, 0.9);
  hash_b = cw_scenario_hash (b);
  cw_evaluator_submit (ev, a);
  cw_evaluator_submit (ev, b);
  wait_idle (ev);
  g_assert_cmpint (c.central, ==, 1);
  result = cw_evaluator_get_result (ev);
  g_assert_true (cw_scenario_equal (cw_result_get_scenario (result), b));
  g_assert_cmpstr (cw_result_get_central (result)->scenario_hash, ==, hash_b);
  g_assert_cmpstr (cw_result_get_band (result)->scenario_hash, ==, hash_b);
  g_assert_cmpint (c.last_done, ==, 20);
}

/* Levers reuse the cached baseline; the profile does not. */
static void
test_baseline_cached (void)
{
  g_autoptr(CwScenario) sc = small_scenario ();
  Counts c;
  g_autoptr(CwEvaluator) ev = new_evaluator (&c);
  g_autoptr(CwResult) first = NULL;   /* keeps its baseline alive to compare with */

  cw_evaluator_submit (ev, sc);
  wait_idle (ev);
  first = cw_result_ref (cw_evaluator_get_result (ev));
  g_assert_cmpint (c.baseline, ==, 1);

  cw_scenario_set_standing (sc, CW_LEVER_MANAGEMENT, 0.7);
  cw_evaluator_submit (ev, sc);
  wait_idle (ev);
  g_assert_cmpint (c.central, ==, 2);
  g_assert_cmpint (c.baseline, ==, 1);
  g_assert_true (cw_result_get_baseline (cw_evaluator_get_result (ev)) ==
                 cw_result_get_baseline (first));

  sc->profile[CW_PROFILE_TRUST] = 0.6;
  cw_evaluator_submit (ev, sc);
  /* Until the new baseline is in, the result has none: never the old one. */
  while (c.central < 3)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (cw_result_get_baseline (cw_evaluator_get_result (ev)));
  wait_idle (ev);
  g_assert_cmpint (c.baseline, ==, 2);
  g_assert_nonnull (cw_result_get_baseline (cw_evaluator_get_result (ev)));
}

/* Seeds above 2^53 are told apart: a double would take 2^53 + 1 for 2^53. */
static void
test_identity_above_2_53 (void)
{
  g_autoptr(CwScenario) sc = small_scenario ();
  g_autoptr(CwScenario) next = NULL;
  Counts c;
  g_autoptr(CwEvaluator) ev = new_evaluator (&c);
  g_autoptr(CwResult) first = NULL;   /* keeps its baseline alive to compare with */

  sc->seed = G_GUINT64_CONSTANT (9007199254740992);
  cw_evaluator_submit (ev, sc);
  wait_idle (ev);
  first = cw_result_ref (cw_evaluator_get_result (ev));

  next = cw_scenario_copy (sc);
  g_assert_true (cw_evaluator_update (ev, next));
  next->seed++;
  g_assert_false (cw_evaluator_update (ev, next));
  cw_evaluator_submit (ev, next);
  wait_idle (ev);
  g_assert_cmpint (c.central, ==, 2);
  /* The baseline runs the same random numbers: a new seed needs a new one. */
  g_assert_cmpint (c.baseline, ==, 2);
  g_assert_true (cw_result_get_baseline (cw_evaluator_get_result (ev)) !=
                 cw_result_get_baseline (first));
  g_assert_cmpuint (cw_result_get_scenario (cw_evaluator_get_result (ev))->seed, ==,
                    G_GUINT64_CONSTANT (9007199254740993));
}

/* A change that does not alter the run (a stage renamed) runs nothing: the
 * result is published again with the new names, sharing the runs; the one
 * published before keeps its names. */
static void
test_update_relabels (void)
{
  g_autoptr(CwScenario) sc = small_scenario ();
  Counts c;
  g_autoptr(CwEvaluator) ev = new_evaluator (&c);
  g_autoptr(CwResult) before = NULL;
  CwResult *after;
  CwStage *stage;
  const char *const *names;
  guint index;

  cw_evaluator_submit (ev, sc);
  wait_idle (ev);
  before = cw_result_ref (cw_evaluator_get_result (ev));
  names = cw_result_get_stage_names (before);
  g_assert_nonnull (names[0]);
  stage = cw_scenario_find_stage (sc, cw_result_get_central (before)->stage_ids[0], &index);
  g_assert_nonnull (stage);
  g_assert_cmpstr (names[0], ==, stage->name);

  g_free (stage->name);
  stage->name = g_strdup ("Renamed");
  g_assert_true (cw_evaluator_update (ev, sc));
  g_assert_false (cw_evaluator_get_busy (ev));
  g_assert_cmpuint (cw_evaluator_get_pending (ev), ==, 0);
  after = cw_evaluator_get_result (ev);
  g_assert_true (after != before);
  g_assert_cmpstr (cw_result_get_stage_names (after)[0], ==, "Renamed");
  g_assert_cmpstr (cw_result_get_stage_names (before)[0], !=, "Renamed");
  g_assert_true (cw_result_get_central (after) == cw_result_get_central (before));
  g_assert_true (cw_result_get_band (after) == cw_result_get_band (before));
  g_assert_true (cw_result_get_baseline (after) == cw_result_get_baseline (before));
  g_assert_cmpint (c.central, ==, 1);

  /* The budget changes the run: update refuses, the result stays. */
  sc->profile[CW_PROFILE_BUDGET] += 1;
  g_assert_false (cw_evaluator_update (ev, sc));
  g_assert_true (cw_evaluator_get_result (ev) == after);
  g_assert_cmpfloat (cw_result_get_budget (after), ==, sc->profile[CW_PROFILE_BUDGET] - 1);
}

static void
test_failure_reported (void)
{
  g_autoptr(CwScenario) sc = small_scenario ();
  Counts c;
  g_autoptr(CwEvaluator) ev = new_evaluator (&c);

  sc->profile[CW_PROFILE_LEAD_FIRMS] = 500;
  cw_evaluator_submit (ev, sc);
  wait_idle (ev);
  g_assert_cmpint (c.central, ==, 0);
  g_assert_nonnull (c.failure);
  g_assert_nonnull (strstr (c.failure, "lead firms"));
  g_free (c.failure);
}

/* A cancelled run never delivers, even when its worker finished it: the
 * series comes back to the main context and is dropped there. */
static void
test_cancel (void)
{
  g_autoptr(CwScenario) sc = small_scenario ();
  Counts c;
  g_autoptr(CwEvaluator) ev = new_evaluator (&c);

  g_assert_false (g_main_context_pending (NULL));
  cw_evaluator_submit (ev, sc);
  g_assert_cmpuint (cw_evaluator_get_pending (ev), ==, 1);
  wait_worker_returned ();
  cw_evaluator_cancel (ev);
  g_assert_false (cw_evaluator_get_busy (ev));
  wait_tasks (ev);
  g_assert_cmpint (c.central + c.baseline + c.band, ==, 0);
  g_assert_null (c.failure);
  g_assert_null (cw_evaluator_get_result (ev));
  /* After a cancel the scenario is no longer taken as evaluated. */
  g_assert_false (cw_evaluator_update (ev, sc));
}

/* A run that finished for a scenario since replaced is dropped; the newer
 * scenario's runs are the only ones delivered. */
static void
test_superseded_dropped (void)
{
  g_autoptr(CwScenario) a = small_scenario ();
  g_autoptr(CwScenario) b = small_scenario ();
  Counts c;
  g_autoptr(CwEvaluator) ev = new_evaluator (&c);

  b->seed = a->seed + 1;
  g_assert_false (g_main_context_pending (NULL));
  cw_evaluator_submit (ev, a);
  wait_worker_returned ();
  cw_evaluator_submit (ev, b);
  g_assert_cmpuint (cw_evaluator_get_pending (ev), ==, 2);
  wait_idle (ev);
  wait_tasks (ev);
  g_assert_cmpint (c.central, ==, 1);
  g_assert_cmpint (c.baseline, ==, 1);
  g_assert_true (cw_scenario_equal (cw_result_get_scenario (cw_evaluator_get_result (ev)), b));
  g_assert_cmpuint (cw_result_get_central (cw_evaluator_get_result (ev))->seed, ==, b->seed);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/evaluator/band-equals-ensemble", test_band_equals_ensemble);
  g_test_add_func ("/evaluator/effect-paired", test_effect_paired);
  g_test_add_func ("/evaluator/effect-zero-without-levers", test_effect_zero_without_levers);
  g_test_add_func ("/evaluator/stale-cancelled", test_stale_cancelled);
  g_test_add_func ("/evaluator/baseline-cached", test_baseline_cached);
  g_test_add_func ("/evaluator/failure-reported", test_failure_reported);
  g_test_add_func ("/evaluator/identity-above-2^53", test_identity_above_2_53);
  g_test_add_func ("/evaluator/update-relabels", test_update_relabels);
  g_test_add_func ("/evaluator/cancel", test_cancel);
  g_test_add_func ("/evaluator/superseded-dropped", test_superseded_dropped);
  return g_test_run ();
}

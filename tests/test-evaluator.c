/* test-evaluator.c — evaluation on workers: order, cancellation, caching, band
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
  const CwSeries *band;

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
  band = cw_evaluator_get_band (ev);
  g_assert_cmpint (band->runs, ==, 20);
  g_assert_cmpint (band->n_steps, ==, whole->n_steps);
  g_assert_cmpmem (band->data, sizeof (double) * CW_N_STATS * CW_N_OUTPUTS * band->n_steps,
                   whole->data, sizeof (double) * CW_N_STATS * CW_N_OUTPUTS * whole->n_steps);
  g_assert_nonnull (cw_evaluator_get_central (ev));
  g_assert_cmpint (cw_evaluator_get_central (ev)->runs, ==, 1);
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

  cw_scenario_set_standing (b, CW_LEVER_EDUCATION, 0.9);
  hash_b = cw_scenario_hash (b);
  cw_evaluator_submit (ev, a);
  cw_evaluator_submit (ev, b);
  wait_idle (ev);
  g_assert_cmpint (c.central, ==, 1);
  g_assert_cmpstr (cw_evaluator_get_central (ev)->scenario_hash, ==, hash_b);
  g_assert_cmpstr (cw_evaluator_get_band (ev)->scenario_hash, ==, hash_b);
  g_assert_cmpint (c.last_done, ==, 20);
}

/* Levers reuse the cached baseline; the profile does not. */
static void
test_baseline_cached (void)
{
  g_autoptr(CwScenario) sc = small_scenario ();
  Counts c;
  g_autoptr(CwEvaluator) ev = new_evaluator (&c);
  const CwSeries *baseline;

  cw_evaluator_submit (ev, sc);
  wait_idle (ev);
  baseline = cw_evaluator_get_baseline (ev);
  g_assert_cmpint (c.baseline, ==, 1);

  cw_scenario_set_standing (sc, CW_LEVER_MANAGEMENT, 0.7);
  cw_evaluator_submit (ev, sc);
  wait_idle (ev);
  g_assert_cmpint (c.central, ==, 2);
  g_assert_cmpint (c.baseline, ==, 1);
  g_assert_true (cw_evaluator_get_baseline (ev) == baseline);

  sc->profile[CW_PROFILE_TRUST] = 0.6;
  cw_evaluator_submit (ev, sc);
  wait_idle (ev);
  g_assert_cmpint (c.baseline, ==, 2);
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

static void
test_cancel (void)
{
  g_autoptr(CwScenario) sc = small_scenario ();
  Counts c;
  g_autoptr(CwEvaluator) ev = new_evaluator (&c);
  gint64 until;

  cw_evaluator_submit (ev, sc);
  cw_evaluator_cancel (ev);
  g_assert_false (cw_evaluator_get_busy (ev));
  /* Let the cancelled task come back: nothing may be reported. */
  until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (c.central + c.baseline + c.band, ==, 0);
  g_assert_null (c.failure);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/evaluator/band-equals-ensemble", test_band_equals_ensemble);
  g_test_add_func ("/evaluator/stale-cancelled", test_stale_cancelled);
  g_test_add_func ("/evaluator/baseline-cached", test_baseline_cached);
  g_test_add_func ("/evaluator/failure-reported", test_failure_reported);
  g_test_add_func ("/evaluator/cancel", test_cancel);
  return g_test_run ();
}

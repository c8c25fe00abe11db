/* facts-common.h — helpers the stylised-fact tests share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "cw-ensemble.h"
#include "cw-templates.h"

/* Every fact is judged on the mean of this many seeds (docs/model.md 12: ≥ 50). */
#define SEEDS 50

/* The default cluster, no policy. CW_FACTS_SEED sets another master seed, to
 * check that the facts hold beyond the seeds the suite uses. */
static inline CwScenario *
facts_scenario (int years)
{
  CwScenario *sc = cw_template_new (CW_TEMPLATE_EMPTY);

  sc->years = years;
  sc->runs = SEEDS;
  sc->seed = g_getenv ("CW_FACTS_SEED") ? g_ascii_strtoull (g_getenv ("CW_FACTS_SEED"), NULL, 10) : 1;
  sc->profile[CW_PROFILE_FIRMS] = 80;
  return sc;
}

static inline void
facts_param (CwScenario *sc, const char *id, double value)
{
  int index = cw_param_from_id (id);

  g_assert_cmpint (index, >=, 0);
  cw_scenario_set_override (sc, index, value);
}

static inline CwSeries *
facts_ensemble (const CwScenario *sc)
{
  g_autoptr(GError) error = NULL;
  CwRunOptions opts;
  CwSeries *series;

  cw_run_options_init (&opts);
  series = cw_ensemble_run (sc, &opts, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return series;
}

/* One run of @sc with master seed @seed. */
static inline CwSeries *
facts_run_seed (const CwScenario *sc, guint64 seed)
{
  g_autoptr(GError) error = NULL;
  CwRunOptions opts;
  CwSeries *series;

  cw_run_options_init (&opts);
  opts.seed_set = TRUE;
  opts.seed = seed;
  series = cw_run (sc, &opts, NULL, &error);
  g_assert_no_error (error);
  return series;
}

static inline double
facts_at (const CwSeries *series, CwOutput output, int step)
{
  return cw_series_get (series, output, CW_STAT_MEAN)[step < 0 ? series->n_steps + step : step];
}

/* The mean over seeds of @output at the last step. */
static inline double
facts_final (const CwScenario *sc, CwOutput output)
{
  g_autoptr(CwSeries) series = facts_ensemble (sc);

  return facts_at (series, output, -1);
}

/* Profiles that put a cluster in each life-cycle stage, in CwLifecycle order.
 * Renewal: a cluster after decline that opens up again. */
static const struct {
  double firms, leads, heterogeneity, density, openness, carrying;
} facts_starts[CW_N_LIFECYCLE] = {
  { 15, 0, 0.8, 0.15, 0.35, 1.2 },   /* emergence: few firms, no anchor yet, varied, loosely tied */
  { 80, 2, 0.5, 0.3, 0.6, 2.0 },     /* growth: room to grow, open */
  { 80, 2, 0.5, 0.3, 0.35, 1.0 },    /* sustainment: at capacity, half open */
  { 80, 2, 0.15, 0.6, 0.15, 0.7 },   /* decline: shrinking, homogeneous, closed */
  { 80, 2, 0.3, 0.4, 0.6, 1.5 },     /* renewal: still homogeneous, open again */
};

/* The default cluster with the profile of @stage, for @years. */
static inline CwScenario *
facts_start_in (CwLifecycle stage, int years)
{
  CwScenario *sc = facts_scenario (years);

  sc->profile[CW_PROFILE_FIRMS] = facts_starts[stage].firms;
  sc->profile[CW_PROFILE_LEAD_FIRMS] = facts_starts[stage].leads;
  sc->profile[CW_PROFILE_HETEROGENEITY] = facts_starts[stage].heterogeneity;
  sc->profile[CW_PROFILE_DENSITY] = facts_starts[stage].density;
  sc->profile[CW_PROFILE_OPENNESS] = facts_starts[stage].openness;
  facts_param (sc, "carrying_capacity", facts_starts[stage].carrying);
  return sc;
}

/* The digital-era stages, in the drawn order or reversed, run once each
 * (15 years in all) without looping back. */
static inline CwScenario *
cycle_in_order (gboolean reversed)
{
  g_autoptr(CwScenario) era = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  static const int quarters[] = { 8, 8, 16, 16, 12 };
  CwScenario *sc = facts_scenario (15);
  guint n = era->stages->len;

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (quarters));
  for (guint i = 0; i < n; i++)
    {
      const CwStage *from = g_ptr_array_index (era->stages, reversed ? n - 1 - i : i);
      CwStage *stage = cw_scenario_add_stage (sc, from->id, from->name, from->kind);

      memcpy (stage->levers, from->levers, sizeof stage->levers);
      stage->held = from->held;
      stage->min_quarters = stage->max_quarters = quarters[reversed ? n - 1 - i : i];
      if (i > 0)
        cw_scenario_add_edge (sc, ((CwStage *) g_ptr_array_index (sc->stages, i - 1))->id, stage->id);
    }
  sc->standing_held = era->standing_held;
  memcpy (sc->standing, era->standing, sizeof sc->standing);
  return sc;
}

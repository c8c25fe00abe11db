/* cw-result.h — what the evaluator published for one scenario, immutable
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A result belongs to exactly one scenario (it keeps a private copy): its
 * central run, the no-policy baseline, the 5–95 % band as far as it has grown,
 * the paired effect of the policy, the series a chart shows, the budget and
 * the stage names. Every chart, the
 * latency command and the views that compare or explain read results, never
 * the evaluator's working state, so nothing can mix one scenario's budget or
 * names with another's runs. A result never changes: the evaluator publishes a
 * new one as the baseline and the band arrive; the parts they share are not
 * copied. Results are reference counted and may be passed between threads.
 */
#pragma once

#include <glib-object.h>

#include "cw-chart.h"
#include "cw-scenario.h"
#include "cw-series.h"

G_BEGIN_DECLS

#define CW_TYPE_RESULT (cw_result_get_type ())

typedef struct _CwResult CwResult;

GType              cw_result_get_type          (void) G_GNUC_CONST;

/* The result of @scenario (copied) with its central run @central (taken). */
CwResult          *cw_result_new               (const CwScenario *scenario,
                                                CwSeries         *central);
/* @self with the no-policy run @baseline (taken). */
CwResult          *cw_result_new_with_baseline (const CwResult   *self,
                                                CwSeries         *baseline);
/* @self with the baseline of @other, which must run the same baseline. */
CwResult          *cw_result_new_sharing_baseline (const CwResult *self,
                                                   const CwResult *other);
/* @self with the band grown to @band (taken; its runs field says how far)
 * and @effect (taken; NULL: none), the paired effect over the same
 * replicates (cw_ensemble_summarise_effect()). */
CwResult          *cw_result_new_with_band     (const CwResult   *self,
                                                CwSeries         *band,
                                                CwSeries         *effect);
/* @self for @scenario, which runs the same (cw_scenario_same_run()) but may
 * name its stages differently: the runs are shared, the labels are new. */
CwResult          *cw_result_new_relabelled    (const CwResult   *self,
                                                const CwScenario *scenario);

CwResult          *cw_result_ref               (CwResult         *self);
void               cw_result_unref             (CwResult         *self);

const CwScenario  *cw_result_get_scenario      (const CwResult   *self);
const CwSeries    *cw_result_get_central       (const CwResult   *self);
/* NULL until the baseline has arrived. */
const CwSeries    *cw_result_get_baseline      (const CwResult   *self);
/* NULL until the first part of the band has arrived. */
const CwSeries    *cw_result_get_band          (const CwResult   *self);
/* Replicates in the band so far (0: none yet) and when it is complete. */
int                cw_result_get_band_runs     (const CwResult   *self);
int                cw_result_get_band_total    (const CwResult   *self);
/* What a chart draws: the central run, with the band's 5–95 % around it once
 * the band holds more than one run. */
const CwSeries    *cw_result_get_shown         (const CwResult   *self);
/* The paired effect of the policy: policy − no policy of every numeric
 * output (categorical outputs are the scenario's). The central run against
 * the baseline (runs 1) until the band holds more than one replicate; then
 * the mean and the 5th and 95th percentile of the per-replicate differences
 * over the band's replicates, each run with and without the policy on the
 * same seed and parameters (common random numbers), as `run --effect` gives
 * them. NULL until the baseline has arrived. */
const CwSeries    *cw_result_get_effect        (const CwResult   *self);
/* Million € per year: the scenario's budget line. */
double             cw_result_get_budget        (const CwResult   *self);
/* The stage names, parallel to the central run's stage ids (the id where a
 * stage has no name), NULL-terminated. Their colours follow that order. */
const char *const *cw_result_get_stage_names   (const CwResult   *self);

/* A chart of @kind showing @self: series, baseline, band, budget and stage
 * names set, the rest as cw_chart_spec_init() leaves it. The pointers in
 * @spec stay valid while @self lives. */
void               cw_result_chart_spec        (const CwResult   *self,
                                                CwChartKind       kind,
                                                CwChartSpec      *spec);

/* A chart of @kind showing the effect of @self (cw_result_get_effect()),
 * with its band once there is one; FALSE (and @spec unset) before the
 * baseline has arrived and for the phase plot. */
gboolean           cw_result_effect_chart_spec (const CwResult   *self,
                                                CwChartKind       kind,
                                                CwChartSpec      *spec);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwResult, cw_result_unref)

G_END_DECLS

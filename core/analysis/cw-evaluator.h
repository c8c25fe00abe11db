/* cw-evaluator.h — evaluates the latest scenario on worker threads
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window hands every changed scenario to an evaluator and listens to its
 * signals; it never waits. A newer scenario cancels the evaluation of an older
 * one. For each scenario the evaluator runs, in this order: the central run
 * (one deterministic replicate), the no-policy baseline with the same random
 * numbers (cached until the profile, parameters, seed or horizon change), and
 * the ensemble band in growing chunks, so the 5–95 % band fills in while the
 * user watches. Signals are emitted on the main context of the thread that
 * created the evaluator.
 */
#pragma once

#include <gio/gio.h>

#include "cw-scenario.h"
#include "cw-series.h"

G_BEGIN_DECLS

#define CW_TYPE_EVALUATOR (cw_evaluator_get_type ())

G_DECLARE_FINAL_TYPE (CwEvaluator, cw_evaluator, CW, EVALUATOR, GObject)

CwEvaluator    *cw_evaluator_new            (void);
/* Copies @scenario and evaluates the copy; cancels what was under way. */
void            cw_evaluator_submit         (CwEvaluator      *self,
                                             const CwScenario *scenario);
void            cw_evaluator_cancel         (CwEvaluator      *self);
gboolean        cw_evaluator_get_busy       (CwEvaluator      *self);
/* The results of the latest scenario that got that far, or NULL. */
const CwSeries *cw_evaluator_get_central    (CwEvaluator      *self);
const CwSeries *cw_evaluator_get_baseline   (CwEvaluator      *self);
/* The band so far: its runs field says how many replicates it summarises. */
const CwSeries *cw_evaluator_get_band       (CwEvaluator      *self);
/* Replicates wanted for the band (the scenario's runs), and done so far. */
int             cw_evaluator_get_band_total (CwEvaluator      *self);
/* Ensemble worker threads; 0 (the default) uses every core. */
void            cw_evaluator_set_threads    (CwEvaluator      *self,
                                             int               threads);

G_END_DECLS

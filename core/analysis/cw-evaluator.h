/* cw-evaluator.h — evaluates the latest scenario on worker threads
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window hands every changed scenario to an evaluator and listens to its
 * signals; it never waits. A newer scenario cancels the evaluation of an older
 * one. For each scenario the evaluator runs, in this order: the central run
 * (one deterministic replicate), the no-policy baseline with the same random
 * numbers (kept while the scenario without its policy stays the same), and
 * the ensemble band in growing chunks, so the 5–95 % band fills in while the
 * user watches; each band replicate also runs without the policy for the
 * paired effect (those are kept, too, while the no-policy scenario stays). Each step publishes a new CwResult (the "result" property)
 * before its signal; readers draw from the result, never from anything else.
 * It is a CwWorker ("busy", "failed").
 */
#pragma once

#include <gio/gio.h>

#include "cw-result.h"
#include "cw-scenario.h"
#include "cw-worker.h"

G_BEGIN_DECLS

#define CW_TYPE_EVALUATOR (cw_evaluator_get_type ())

G_DECLARE_FINAL_TYPE (CwEvaluator, cw_evaluator, CW, EVALUATOR, CwWorker)

CwEvaluator    *cw_evaluator_new            (void);
/* Copies @scenario and evaluates the copy; cancels what was under way. */
void            cw_evaluator_submit         (CwEvaluator      *self,
                                             const CwScenario *scenario);
/* When @scenario runs exactly like the scenario last submitted, takes over
 * its names (the result is published again with them; nothing runs) and
 * returns TRUE. Otherwise returns FALSE: @scenario needs a submit. */
gboolean        cw_evaluator_update         (CwEvaluator      *self,
                                             const CwScenario *scenario);
/* Stops the evaluation under way: nothing of it is published any more. */
void            cw_evaluator_cancel         (CwEvaluator      *self);
gboolean        cw_evaluator_get_busy       (CwEvaluator      *self);
/* Tasks handed to workers that have not come back to the main context yet,
 * cancelled ones included. */
guint           cw_evaluator_get_pending    (CwEvaluator      *self);
/* The latest published result, or NULL before the first central run. */
CwResult       *cw_evaluator_get_result     (CwEvaluator      *self);
/* Ensemble worker threads; 0 (the default) uses every core. */
void            cw_evaluator_set_threads    (CwEvaluator      *self,
                                             int               threads);

G_END_DECLS

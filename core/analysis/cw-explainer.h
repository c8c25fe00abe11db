/* cw-explainer.h — why an outcome moved: Shapley parts by lever group, on worker threads
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An explainer runs the coalitions of a scenario's lever groups (each group
 * on or off, with common random numbers) for every output at every step, so
 * any outcome at any year can be attributed without running again. It works
 * like the evaluator (both are CwWorkers): the window submits the scenario;
 * a newer scenario cancels the older; results arrive progressively — one
 * replicate per coalition first, then more, up to the requested runs — each
 * published as an immutable CwExplanation (the "explanation" property).
 * Complete explanations are cached per scenario (cw_scenario_same_run()), so
 * going back to a scenario shows its explanation at once, and after a lever
 * change only the coalitions that hold the lever run again.
 *
 * The groups are attributed exactly (2^n coalitions; there are at most seven
 * groups). One group may be expanded to its levers: their parts are Owen
 * values (the group's part shared among its levers, the other groups kept
 * whole), exact up to CW_SHAPLEY_EXACT_MAX players, else sampled from
 * CW_EXPLAIN_PERMUTATIONS orderings with the standard error given and the
 * levers' parts adjusted to add up to their group's. The standing levers and
 * the drawn cycle are also split against each other (two players). Every
 * split adds up exactly to the total effect: policy − no policy.
 */
#pragma once

#include <gio/gio.h>

#include "cw-scenario.h"
#include "cw-series.h"
#include "cw-worker.h"

G_BEGIN_DECLS

/* Replicates per coalition the window asks for (as `explain` does). */
#define CW_EXPLAIN_RUNS 20
/* Orderings drawn when an expanded group has too many players to be exact. */
#define CW_EXPLAIN_PERMUTATIONS 32

#define CW_TYPE_EXPLANATION (cw_explanation_get_type ())

typedef struct _CwExplanation CwExplanation;

/* One bar of the waterfall: a lever group, or a lever of the expanded group. */
typedef struct {
  const char *id;         /* group or lever id (static) */
  const char *name;       /* translated (static) */
  int         group;      /* CwLeverGroup */
  int         lever;      /* CwLever, or -1 for a group */
  double      value;      /* its part of the total effect */
  double      error;      /* standard error of a sampled part; 0 when exact */
} CwExplainPart;

/* An outcome at one step, attributed. */
typedef struct {
  CwOutput  output;
  int       step;
  double    year;
  double    baseline;     /* no policy: every lever off */
  double    policy;       /* every lever on */
  double    total;        /* policy − baseline: what the parts add up to */
  GArray   *groups;       /* CwExplainPart, in the order of CwLeverGroup */
  GArray   *levers;       /* CwExplainPart of the expanded group; empty if none */
  gboolean  levers_exact;
  double    standing;     /* the standing levers' part of total */
  double    cycle;        /* the drawn cycle's part of total */
  int       runs;         /* replicates behind each value so far */
  int       total_runs;   /* … when complete */
} CwAttribution;

GType                 cw_explanation_get_type      (void) G_GNUC_CONST;
CwExplanation        *cw_explanation_ref           (CwExplanation       *self);
void                  cw_explanation_unref         (CwExplanation       *self);
const CwScenario     *cw_explanation_get_scenario  (const CwExplanation *self);
/* The group expanded to its levers, or -1. */
int                   cw_explanation_get_expanded  (const CwExplanation *self);
int                   cw_explanation_get_runs      (const CwExplanation *self);
int                   cw_explanation_get_total_runs (const CwExplanation *self);
gboolean              cw_explanation_is_complete   (const CwExplanation *self);
int                   cw_explanation_get_n_steps   (const CwExplanation *self);
int                   cw_explanation_get_start_year (const CwExplanation *self);
/* The step nearest to @year, clamped to the run. */
int                   cw_explanation_step_at       (const CwExplanation *self,
                                                    double               year);
/* @output (a number, not a category) at @step, split. Free with
 * cw_attribution_free(). */
CwAttribution        *cw_explanation_attribute     (const CwExplanation *self,
                                                    CwOutput             output,
                                                    int                  step);
void                  cw_attribution_free          (CwAttribution       *self);

/* What a group stands for in the theory (docs/model.md 1 and 4.1), translated. */
const char           *cw_explain_group_note        (int                  group);
/* The sources of the levers of @group that @sc uses (from the lever table),
 * one per line, each once. */
char                 *cw_explain_group_sources     (const CwScenario    *sc,
                                                    int                  group);

/* Computes an explanation in the calling thread, to the end: for the CLI and
 * tests. @runs > 0 replicates per coalition; @threads 0: every core. */
CwExplanation        *cw_explanation_compute       (const CwScenario    *sc,
                                                    int                  expanded,
                                                    int                  runs,
                                                    int                  threads,
                                                    GCancellable        *cancellable,
                                                    GError             **error);

#define CW_TYPE_EXPLAINER (cw_explainer_get_type ())

G_DECLARE_FINAL_TYPE (CwExplainer, cw_explainer, CW, EXPLAINER, CwWorker)

CwExplainer          *cw_explainer_new             (void);
/* Explains @scenario (copied) with group @expanded (-1: none) opened into its
 * levers, @runs replicates per coalition. Cancels work on another scenario;
 * a cached complete explanation is published at once, without running. */
void                  cw_explainer_submit          (CwExplainer         *self,
                                                    const CwScenario    *scenario,
                                                    int                  expanded,
                                                    int                  runs);
/* Stops the work under way: nothing more of it is published. */
void                  cw_explainer_cancel          (CwExplainer         *self);
gboolean              cw_explainer_get_busy        (CwExplainer         *self);
/* The latest published explanation, or NULL. */
CwExplanation        *cw_explainer_get_explanation (CwExplainer         *self);
void                  cw_explainer_set_threads     (CwExplainer         *self,
                                                    int                  threads);
/* Replicate runs done since the explainer was made (cached ones do not run). */
guint64               cw_explainer_get_runs_done   (CwExplainer         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwExplanation, cw_explanation_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwAttribution, cw_attribution_free)

G_END_DECLS

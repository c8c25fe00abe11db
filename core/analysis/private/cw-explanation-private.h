/* cw-explanation-private.h — the coalitions behind an explanation, for the explainer
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-explainer.h"
#include "cw-levers.h"

G_BEGIN_DECLS

/* A coalition key: the levers on (low 32 bits), and whether the drawn cycle
 * or the standing levers are dropped (for the split between them). */
#define CW_COALITION_NO_CYCLE    (G_GUINT64_CONSTANT (1) << 32)
#define CW_COALITION_NO_STANDING (G_GUINT64_CONSTANT (1) << 33)

typedef struct {
  guint64     key;
  CwScenario *run;      /* what the coalition runs: its scenario with the levers it
                         * leaves off held at nothing, so that coalitions of two
                         * scenarios that run alike (cw_scenario_same_run()) are known */
  int         done;     /* replicates summed */
  double     *sum;      /* [CW_N_OUTPUTS][n_steps], summed over replicates in order */
} CwCoalition;

struct _CwExplanation {
  CwScenario  *scenario;
  CwScenario  *cycle_only;          /* the scenario without its standing levers */
  guint64      seed;
  int          n_steps;
  int          total_runs;
  int          expanded;            /* CwLeverGroup or -1 */

  int          n_groups;            /* the groups the scenario uses, in order */
  int          groups[CW_N_LEVER_GROUPS];
  guint32      group_masks[CW_N_LEVER_GROUPS];
  gboolean     split;               /* standing levers and a cycle both act */

  int          n_levers;            /* the used levers of the expanded group */
  int          levers[CW_N_LEVERS];
  gboolean     levers_exact;
  int          n_orderings;         /* sampled: the orderings drawn */
  guint32     *ordering_before;     /* the levers of the groups before the expanded one */
  int         *ordering_levers;     /* [n_orderings][n_levers]: indexes into levers */

  GArray      *coalitions;          /* CwCoalition */
  GHashTable  *index;               /* key → position + 1 */
};

/* The coalitions @sc needs, none run yet; NULL if @sc cannot run. */
CwExplanation *cw_explanation_plan       (const CwScenario    *sc,
                                          int                  expanded,
                                          int                  runs,
                                          GError             **error);
/* A copy to publish while the work goes on. */
CwExplanation *cw_explanation_copy       (const CwExplanation *self);
/* Takes the values of the coalitions that run alike in @done (of this or
 * another scenario: a lever moved leaves the coalitions without it as they
 * were), as far as @self needs them. */
void           cw_explanation_adopt      (CwExplanation       *self,
                                          const CwExplanation *done);
/* The replicates the next progressive step reaches: 1, a quarter, all. */
int            cw_explanation_next_end   (const CwExplanation *self);
/* Runs every coalition to @end replicates on @threads threads (0: every
 * core); the replicate runs it made are added to @runs_done. */
gboolean       cw_explanation_advance    (CwExplanation       *self,
                                          int                  end,
                                          int                  threads,
                                          guint64             *runs_done,
                                          GCancellable        *cancellable,
                                          GError             **error);

G_END_DECLS

/* cw-shapley.h — why did upgrading change? Shapley attribution (docs/model.md 10)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-ensemble.h"

G_BEGIN_DECLS

/* The outcomes attributed: their values at the last step. */
typedef enum {
  CW_SHAPLEY_UPGRADING,
  CW_SHAPLEY_CAPABILITY,
  CW_N_SHAPLEY_TARGETS
} CwShapleyTarget;

/* Up to this many players are attributed exactly (2^n coalitions). */
#define CW_SHAPLEY_EXACT_MAX 8

typedef struct {
  int       n_players;
  GStrv     names;                          /* player ids: groups, levers, "other" */
  guint32  *masks;                          /* levers of each player */
  double   *phi[CW_N_SHAPLEY_TARGETS];      /* per player */
  double   *error[CW_N_SHAPLEY_TARGETS];    /* standard error: over the runs when
                                               exact, over the permutations when sampled */
  double    baseline[CW_N_SHAPLEY_TARGETS]; /* no levers */
  double    policy[CW_N_SHAPLEY_TARGETS];   /* all levers */
  gboolean  exact;
  int       permutations;                   /* sampled: how many */
  guint64   seed;                           /* sampled: the seed of the permutations */
  int       runs;                           /* replicates behind each value */
} CwShapley;

/* Players: @masks[i] is the set of levers of player i (disjoint). Levers the
 * scenario uses that no player holds are gathered into one more player,
 * "other". Each coalition's value is the mean over opts->runs replicates with
 * common random numbers (same seeds); exact when there are at most
 * CW_SHAPLEY_EXACT_MAX players, otherwise @permutations sampled permutations
 * drawn with the scenario's seed. The parts sum to policy − baseline. */
CwShapley *cw_shapley_run          (const CwScenario   *sc,
                                    const CwRunOptions *opts,
                                    const guint32      *masks,
                                    const char * const *names,
                                    int                 n_players,
                                    int                 permutations,
                                    GCancellable       *cancellable,
                                    GError            **error);
/* Players = the lever groups the scenario uses. */
CwShapley *cw_shapley_run_groups   (const CwScenario   *sc,
                                    const CwRunOptions *opts,
                                    GCancellable       *cancellable,
                                    GError            **error);
/* The levers the scenario sets anywhere (standing or in a stage), non-zero. */
guint32    cw_scenario_used_levers (const CwScenario   *sc);
void       cw_shapley_free         (CwShapley          *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwShapley, cw_shapley_free)

G_END_DECLS

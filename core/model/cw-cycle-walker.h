/* cw-cycle-walker.h — walks the policy cycle the user drew (docs/model.md 6)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rules: the walker is in one stage at a time. Once a stage has lasted its
 * minimum number of quarters, the first conditional arrow out of it whose
 * condition holds is followed; once it has lasted its maximum, the first
 * unconditional arrow is followed (if there is none, it stays and keeps testing
 * the conditions). Arrows are tried in the scenario's order, and may loop back.
 */
#pragma once

#include <glib.h>

#include "cw-scenario.h"

G_BEGIN_DECLS

typedef struct _CwWalker CwWalker;

/* Compiles the cycle of @sc, which must have passed cw_scenario_check(). */
CwWalker     *cw_walker_new      (const CwScenario *sc);
void          cw_walker_free     (CwWalker         *self);
/* The stage in force (index into sc->stages), or -1 when there are none. */
int           cw_walker_stage    (const CwWalker   *self);
/* Quarters the current stage has lasted. */
int           cw_walker_elapsed  (const CwWalker   *self);
/* The longest the current stage lasts when no condition ends it earlier
 * (quarters), or 0 when there are no stages. */
int           cw_walker_max_quarters (const CwWalker *self);
/* The intensities the current stage sets (0 where it holds no lever). */
const double *cw_walker_levers   (const CwWalker   *self);
/* Follows an arrow if the rules say so, testing conditions on @indicators
 * (CW_N_OUTPUTS values: the outputs of the previous step). Returns TRUE when
 * the stage changed. Call once per step, before the step's levers are used. */
gboolean      cw_walker_advance  (CwWalker         *self,
                                  const double     *indicators);
/* Counts the quarter the current stage has just been in force. */
void          cw_walker_tick     (CwWalker         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwWalker, cw_walker_free)

G_END_DECLS

/* cw-classify.h — GVC governance and cluster life-cycle stage (docs/model.md 5)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cw-outputs.h"

G_BEGIN_DECLS

/* The dominant governance mode with its hysteresis. */
typedef struct {
  CwGovernance mode;
  CwGovernance candidate;   /* the mode leading the current one, if any */
  int          streak;      /* steps the candidate has led */
} CwGovernanceState;

/* Smooth memberships of the six modes for complexity @cx, codifiability @cd
 * and supplier capability @s: products of σ((u − threshold)/width) columns.
 * They sum to 1; "unlikely" combinations (low cx, low cd) count as market. */
void         cw_governance_memberships (double        cx,
                                        double        cd,
                                        double        s,
                                        double        threshold,
                                        double        width,
                                        double        memberships[CW_N_GOVERNANCE]);
/* The membership of the combination GHS 2005 find unlikely to occur (low
 * complexity, low codifiability), which the memberships count as market. */
double       cw_governance_unlikely    (double        cx,
                                        double        cd,
                                        double        threshold,
                                        double        width);
/* The largest membership. */
CwGovernance cw_governance_leader      (const double  memberships[CW_N_GOVERNANCE]);
void         cw_governance_init        (CwGovernanceState *state,
                                        const double  memberships[CW_N_GOVERNANCE]);
/* Changes the mode when another leads by @lead at once, or has led for
 * @persist consecutive steps. Returns the mode in force. */
CwGovernance cw_governance_update      (CwGovernanceState *state,
                                        const double  memberships[CW_N_GOVERNANCE],
                                        double        lead,
                                        int           persist);

/* What the life-cycle classifier looks at. */
typedef struct {
  double firms;
  double growth;        /* yearly growth rate of firms over the last 3 years */
  double h;             /* heterogeneity */
  double dh3;           /* change of h over the last 3 years */
  double density;
  double openness;
} CwLifecycleInput;

typedef struct {
  CwLifecycle stage;
  CwLifecycle candidate;
  int         streak;         /* steps the candidate's condition has held */
  gboolean    after_decline;  /* decline, or sustainment that followed decline */
} CwLifecycleState;

/* The stage whose condition @in meets, given the state (renewal needs a
 * decline before); the current stage when none does. @p: the parameters. */
CwLifecycle  cw_lifecycle_condition    (const CwLifecycleInput *in,
                                        const CwLifecycleState *state,
                                        const double           *p);
void         cw_lifecycle_init         (CwLifecycleState       *state,
                                        const CwLifecycleInput *in,
                                        const double           *p);
/* Takes a new stage once its condition held for lc_persist steps. */
CwLifecycle  cw_lifecycle_update       (CwLifecycleState       *state,
                                        const CwLifecycleInput *in,
                                        const double           *p);

G_END_DECLS

/* cw-budget.h — what the levers cost per year (docs/model.md 4.2)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cw-scenario.h"

G_BEGIN_DECLS

/* Whom a lever serves: a per-firm instrument costs a fixed part plus a part
 * per firm served; a cluster-wide one only the fixed part. */
typedef enum {
  CW_SERVED_CLUSTER,        /* cluster-wide: fixed cost only */
  CW_SERVED_FIRMS,          /* every firm (training places, R&D projects) */
  CW_SERVED_SMALL,          /* micro and small firms (test-lab places) */
  CW_SERVED_SMALL_MEMBERS,  /* small members of the organisation (fees) */
  CW_SERVED_PROGRAMME,      /* firms in the internationalisation programme */
  CW_SERVED_PROJECTS,       /* firms in projects and consortia (level IV) */
  CW_N_SERVED
} CwServed;

CwServed cw_lever_served         (CwLever           lever);
/* The parameter of @lever's cost per firm served (k€/firm/yr), or -1 for a
 * cluster-wide lever. */
int      cw_lever_per_firm_param (CwLever           lever);
/* Cost per year (M€/yr) of @lever at @intensity under parameters @p when
 * @served[s] firms are in each group CwServed s: intensity × (fixed part +
 * part per firm × firms served). A negative intensity (a lead firm moving
 * functions out) is a shock, not something bought: it costs nothing. This
 * is the one cost rule; the model bills it every step. */
double   cw_lever_cost           (const double     *p,
                                  CwLever           lever,
                                  double            intensity,
                                  const double     *served);
/* The firms each lever could serve in @scenario's cluster at the start (an
 * upper bound: every eligible firm takes part), into @served[CW_N_SERVED]. */
void     cw_budget_served_at_start (const CwScenario *scenario,
                                    double           *served);
/* Cost per year of @lever at @intensity in @scenario (M€/yr), with the
 * parameters in force there and the firms of cw_budget_served_at_start(). */
double   cw_budget_lever_cost    (const CwScenario *scenario,
                                  CwLever           lever,
                                  double            intensity);
/* Cost per year while @stage runs: the standing levers plus the stage's own,
 * intensities added and clipped as the model does. @stage may be NULL (only
 * the standing levers run). */
double   cw_budget_stage_cost    (const CwScenario *scenario,
                                  const CwStage    *stage);
/* The most expensive year of the plan: the largest stage cost (or the standing
 * cost when there are no stages). @stage_index receives the stage, or -1. */
double   cw_budget_peak_cost     (const CwScenario *scenario,
                                  int              *stage_index);

G_END_DECLS

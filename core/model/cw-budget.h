/* cw-budget.h — what the levers of a scenario cost per year
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cw-scenario.h"

G_BEGIN_DECLS

/* Cost per year of @lever at @intensity (M€/yr): the parameter cost_<lever id>
 * in force in @scenario times the size of the intensity. */
double cw_budget_lever_cost (const CwScenario *scenario,
                             CwLever           lever,
                             double            intensity);
/* Cost per year while @stage runs: the standing levers plus the stage's own,
 * intensities added and clipped as the model does. @stage may be NULL (only
 * the standing levers run). */
double cw_budget_stage_cost (const CwScenario *scenario,
                             const CwStage    *stage);
/* The most expensive year of the plan: the largest stage cost (or the standing
 * cost when there are no stages). @stage_index receives the stage, or -1. */
double cw_budget_peak_cost  (const CwScenario *scenario,
                             int              *stage_index);

G_END_DECLS

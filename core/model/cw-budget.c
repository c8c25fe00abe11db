/* cw-budget.c — what the levers of a scenario cost per year
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-budget"

#include "config.h"

#include <math.h>

#include "cw-budget.h"
#include "cw-params.h"

double
cw_budget_lever_cost (const CwScenario *sc,
                      CwLever           lever,
                      double            intensity)
{
  g_autofree char *id = NULL;
  int param;

  g_return_val_if_fail (sc != NULL, 0);
  g_return_val_if_fail (lever >= 0 && lever < CW_N_LEVERS, 0);

  id = g_strconcat ("cost_", cw_lever_info (lever)->id, NULL);
  param = cw_param_from_id (id);
  g_return_val_if_fail (param >= 0, 0);
  return cw_scenario_param (sc, param) * fabs (intensity);
}

double
cw_budget_stage_cost (const CwScenario *sc,
                      const CwStage    *stage)
{
  double total = 0;

  g_return_val_if_fail (sc != NULL, 0);

  for (int l = 0; l < CW_N_LEVERS; l++)
    {
      double value = 0;
      gboolean held = FALSE;

      if (sc->standing_held & (1u << l))
        {
          value += sc->standing[l];
          held = TRUE;
        }
      if (stage != NULL && (stage->held & (1u << l)))
        {
          value += stage->levers[l];
          held = TRUE;
        }
      if (held)
        total += cw_budget_lever_cost (sc, l, cw_lever_clamp (l, value));
    }
  return total;
}

double
cw_budget_peak_cost (const CwScenario *sc,
                     int              *stage_index)
{
  double peak;
  int worst = -1;

  g_return_val_if_fail (sc != NULL, 0);

  peak = cw_budget_stage_cost (sc, NULL);
  for (guint i = 0; i < sc->stages->len; i++)
    {
      double cost = cw_budget_stage_cost (sc, g_ptr_array_index (sc->stages, i));

      if (worst < 0 || cost > peak)
        {
          peak = cost;
          worst = i;
        }
    }
  if (stage_index != NULL)
    *stage_index = worst;
  return peak;
}

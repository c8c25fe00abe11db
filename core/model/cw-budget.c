/* cw-budget.c — what the levers of a scenario cost per year
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-budget"

#include "config.h"

#include <math.h>

#include "cw-budget.h"
#include "cw-params.h"

/* Per lever: whom it serves and the parameter of its part per firm (-1:
 * none). Lead-firm strategies are the firms' own spending. */
static const struct {
  CwServed served;
  int      per_firm;
} rules[CW_N_LEVERS] = {
  [CW_LEVER_EDUCATION] = { CW_SERVED_FIRMS, CW_PARAM_COST_FIRM_EDUCATION },
  [CW_LEVER_RD_SUBSIDY] = { CW_SERVED_FIRMS, CW_PARAM_COST_FIRM_RD_SUBSIDY },
  [CW_LEVER_VENTURE_FUND] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_TEST_LAB] = { CW_SERVED_SMALL, CW_PARAM_COST_FIRM_TEST_LAB },
  [CW_LEVER_FDI_ATTRACTION] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_FDI_EMBEDDING] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_STANDARDS] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_TECH_PARK] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_PLATFORMS] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_CROSS_CLUSTERING] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_SMART_SPECIALISATION] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_LEAD_INTERNATIONALISATION] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_LEAD_RELOCATION] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_MANAGEMENT] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_FEE_SUBSIDY] = { CW_SERVED_SMALL_MEMBERS, CW_PARAM_COST_FIRM_FEE_SUBSIDY },
  [CW_LEVER_PROJECT_CONSORTIA] = { CW_SERVED_PROJECTS, CW_PARAM_COST_FIRM_PROJECT_CONSORTIA },
  [CW_LEVER_TRUST_BUILDING] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_COACHING] = { CW_SERVED_PROGRAMME, CW_PARAM_COST_FIRM_COACHING },
  [CW_LEVER_WORKSHOPS] = { CW_SERVED_PROGRAMME, CW_PARAM_COST_FIRM_WORKSHOPS },
  [CW_LEVER_CONSULTANT_HOURS] = { CW_SERVED_PROGRAMME, CW_PARAM_COST_FIRM_CONSULTANT_HOURS },
  [CW_LEVER_TRIPS] = { CW_SERVED_PROGRAMME, CW_PARAM_COST_FIRM_TRIPS },
  [CW_LEVER_EXPORT_LAB] = { CW_SERVED_PROGRAMME, CW_PARAM_COST_FIRM_EXPORT_LAB },
  [CW_LEVER_BUREAUCRACY] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_AWARENESS_CAMPAIGN] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_CO_DESIGN] = { CW_SERVED_CLUSTER, -1 },
  [CW_LEVER_MISSION] = { CW_SERVED_CLUSTER, -1 },
};

/* The model finds the fixed cost of lever l at CW_PARAM_COST_EDUCATION + l. */
G_STATIC_ASSERT (CW_PARAM_COST_MISSION - CW_PARAM_COST_EDUCATION == CW_N_LEVERS - 1);

CwServed
cw_lever_served (CwLever lever)
{
  g_return_val_if_fail (lever >= 0 && lever < CW_N_LEVERS, CW_SERVED_CLUSTER);
  return rules[lever].served;
}

int
cw_lever_per_firm_param (CwLever lever)
{
  g_return_val_if_fail (lever >= 0 && lever < CW_N_LEVERS, -1);
  return rules[lever].per_firm;
}

double
cw_lever_cost (const double *p,
               CwLever       lever,
               double        intensity,
               const double *served)
{
  double unit = p[CW_PARAM_COST_EDUCATION + lever];

  if (intensity <= 0)
    return 0;
  if (rules[lever].per_firm >= 0)
    unit += p[rules[lever].per_firm] / 1000 * served[rules[lever].served];   /* k€ → M€ */
  return unit * intensity;
}

void
cw_budget_served_at_start (const CwScenario *sc,
                           double           *served)
{
  const double *pr = sc->profile;
  double firms = pr[CW_PROFILE_FIRMS], members = firms * pr[CW_PROFILE_MEMBERSHIP_SHARE];

  served[CW_SERVED_CLUSTER] = 0;
  served[CW_SERVED_FIRMS] = firms;
  served[CW_SERVED_SMALL] = firms * pr[CW_PROFILE_SMALL_SHARE];
  served[CW_SERVED_SMALL_MEMBERS] = members * pr[CW_PROFILE_SMALL_SHARE];
  served[CW_SERVED_PROGRAMME] = ceil (cw_scenario_param (sc, CW_PARAM_PROG_CAPACITY) * firms);
  served[CW_SERVED_PROJECTS] = members;
}

double
cw_budget_lever_cost (const CwScenario *sc,
                      CwLever           lever,
                      double            intensity)
{
  double p[CW_N_PARAMS], served[CW_N_SERVED];

  g_return_val_if_fail (sc != NULL, 0);
  g_return_val_if_fail (lever >= 0 && lever < CW_N_LEVERS, 0);

  for (guint i = 0; i < CW_N_PARAMS; i++)
    p[i] = cw_scenario_param (sc, i);
  cw_budget_served_at_start (sc, served);
  return cw_lever_cost (p, lever, intensity, served);
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

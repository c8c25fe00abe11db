/* cw-templates.c — the built-in scenarios
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-templates"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-templates.h"

typedef struct {
  CwLever lever;
  double  value;
} LeverSetting;

typedef struct {
  const char   *id;
  const char   *name;        /* marked with N_() */
  CwStageKind   kind;
  int           min_quarters;
  int           max_quarters;
  LeverSetting  levers[5];   /* ends at the first zero value */
} StageTemplate;

static const struct {
  const char *id;
  const char *name;
  const char *description;
} templates[CW_N_TEMPLATES] = {
  { "digital_era", N_("Digital-era cluster policy"),
    N_("Raising awareness, ownership and legitimacy, co-learning, sustainability and "
       "mission-oriented value creation, then back to awareness (Hamburg clusters).") },
  { "policy_cycle", N_("Classic policy cycle"),
    N_("Agenda setting, formulation, implementation and evaluation; a weak evaluation "
       "sends the policy back to formulation.") },
  { "empty", N_("Empty scenario"),
    N_("The default cluster with no policy: draw your own cycle.") },
};

/* Intensities are sized so that no stage exceeds the default budget of 5 M€/yr. */
static const StageTemplate digital_era[] = {
  { "awareness", N_("Raising awareness"), CW_STAGE_AWARENESS, 4, 6,
    { { CW_LEVER_AWARENESS_CAMPAIGN, 0.8 }, { CW_LEVER_PLATFORMS, 0.6 } } },
  { "ownership", N_("Ownership and legitimacy"), CW_STAGE_OWNERSHIP, 4, 8,
    { { CW_LEVER_CO_DESIGN, 0.8 }, { CW_LEVER_TRUST_BUILDING, 0.5 }, { CW_LEVER_FEE_SUBSIDY, 0.5 } } },
  { "co_learning", N_("Co-learning and cross-bridging"), CW_STAGE_CO_LEARNING, 8, 12,
    { { CW_LEVER_PROJECT_CONSORTIA, 0.6 }, { CW_LEVER_TEST_LAB, 0.6 },
      { CW_LEVER_CROSS_CLUSTERING, 0.5 }, { CW_LEVER_WORKSHOPS, 0.4 } } },
  { "sustainability", N_("Upgrading core competencies"), CW_STAGE_SUSTAINABILITY, 8, 12,
    { { CW_LEVER_EDUCATION, 0.5 }, { CW_LEVER_RD_SUBSIDY, 0.4 },
      { CW_LEVER_FDI_EMBEDDING, 0.4 }, { CW_LEVER_STANDARDS, 0.5 } } },
  { "mission", N_("Mission-oriented value creation"), CW_STAGE_MISSION, 8, 12,
    { { CW_LEVER_MISSION, 0.8 }, { CW_LEVER_SMART_SPECIALISATION, 0.5 },
      { CW_LEVER_LEAD_INTERNATIONALISATION, 0.5 }, { CW_LEVER_EXPORT_LAB, 0.4 } } },
};

static const StageTemplate policy_cycle[] = {
  { "agenda", N_("Agenda setting"), CW_STAGE_CUSTOM, 2, 4,
    { { CW_LEVER_AWARENESS_CAMPAIGN, 0.6 }, { CW_LEVER_PLATFORMS, 0.4 } } },
  { "formulation", N_("Formulation"), CW_STAGE_CUSTOM, 2, 4,
    { { CW_LEVER_CO_DESIGN, 0.6 }, { CW_LEVER_MANAGEMENT, 0.4 } } },
  { "implementation", N_("Implementation"), CW_STAGE_CUSTOM, 8, 16,
    { { CW_LEVER_EDUCATION, 0.4 }, { CW_LEVER_RD_SUBSIDY, 0.4 },
      { CW_LEVER_PROJECT_CONSORTIA, 0.4 }, { CW_LEVER_MANAGEMENT, 0.5 } } },
  { "evaluation", N_("Evaluation"), CW_STAGE_CUSTOM, 2, 4,
    { { CW_LEVER_MANAGEMENT, 0.3 } } },
};

/* Adds @n stages on a ring, each with an arrow to the next and the last back
 * to the first. */
static void
add_ring (CwScenario          *sc,
          const StageTemplate *stages,
          guint                n)
{
  for (guint i = 0; i < n; i++)
    {
      CwStage *stage = cw_scenario_add_stage (sc, stages[i].id, _(stages[i].name), stages[i].kind);
      double angle = -G_PI / 2 + 2 * G_PI * i / n;

      stage->min_quarters = stages[i].min_quarters;
      stage->max_quarters = stages[i].max_quarters;
      stage->x = round (CW_TEMPLATE_RADIUS_X * cos (angle));
      stage->y = round (CW_TEMPLATE_RADIUS_Y * sin (angle));
      for (guint l = 0; l < G_N_ELEMENTS (stages[i].levers) && stages[i].levers[l].value != 0; l++)
        cw_scenario_set_stage_lever (stage, stages[i].levers[l].lever, stages[i].levers[l].value);
    }
  for (guint i = 0; i < n; i++)
    cw_scenario_add_edge (sc, stages[i].id, stages[(i + 1) % n].id);
}

CwScenario *
cw_template_new (CwTemplate template)
{
  CwScenario *sc;

  g_return_val_if_fail (template >= 0 && template < CW_N_TEMPLATES, NULL);

  sc = cw_scenario_new ();
  sc->meta.title = g_strdup (_(templates[template].name));
  sc->meta.description = g_strdup (_(templates[template].description));
  switch (template)
    {
    case CW_TEMPLATE_DIGITAL_ERA:
      add_ring (sc, digital_era, G_N_ELEMENTS (digital_era));
      cw_scenario_set_standing (sc, CW_LEVER_MANAGEMENT, 0.5);
      break;
    case CW_TEMPLATE_POLICY_CYCLE:
      {
        CwEdge *back;

        add_ring (sc, policy_cycle, G_N_ELEMENTS (policy_cycle));
        /* Checked before the unconditional arrow back to the agenda. */
        back = cw_scenario_add_edge (sc, "evaluation", "formulation");
        back->conditional = TRUE;
        back->indicator = CW_OUT_MEMBERSHIP_SHARE;
        back->op = CW_COMPARE_LT;
        back->threshold = 0.5;
        back = g_ptr_array_steal_index (sc->edges, sc->edges->len - 1);
        g_ptr_array_insert (sc->edges, sc->edges->len - 1, back);
      }
      break;
    case CW_TEMPLATE_EMPTY:
    case CW_N_TEMPLATES:
    default:
      break;
    }
  return sc;
}

const char *
cw_template_id (CwTemplate template)
{
  g_return_val_if_fail (template >= 0 && template < CW_N_TEMPLATES, NULL);
  return templates[template].id;
}

const char *
cw_template_name (CwTemplate template)
{
  g_return_val_if_fail (template >= 0 && template < CW_N_TEMPLATES, NULL);
  return _(templates[template].name);
}

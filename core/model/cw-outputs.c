/* cw-outputs.c — names, kinds and ranges of the outputs
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-outputs"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-ids.h"
#include "cw-outputs.h"

#define SHARE(id, name) { id, CW_OUTPUT_KIND_NUMBER, 0, 1, "", name }
#define COUNT(id, name) { id, CW_OUTPUT_KIND_COUNT, 0, -1, N_("firms"), name }
/* Mean capability a community gains per year through cooperation. */
#define LEARNING(id, name) { id, CW_OUTPUT_KIND_NUMBER, 0, -1, N_("capability/year"), name }

static const CwOutputInfo outputs[CW_N_OUTPUTS] = {
  { "step", CW_OUTPUT_KIND_COUNT, 0, -1, N_("quarters"), N_("Step") },
  { "year", CW_OUTPUT_KIND_NUMBER, 0, -1, N_("year"), N_("Year") },
  { "policy_stage", CW_OUTPUT_KIND_CATEGORY, 0, -1, "", N_("Policy stage") },
  { "governance", CW_OUTPUT_KIND_CATEGORY, 0, CW_N_GOVERNANCE - 1, "", N_("Dominant governance") },
  { "lifecycle", CW_OUTPUT_KIND_CATEGORY, 0, CW_N_LIFECYCLE - 1, "", N_("Life-cycle stage") },
  SHARE ("upgrading", N_("Upgrading index")),
  SHARE ("upgrading_process_product", N_("Process and product upgrading")),
  SHARE ("upgrading_functional", N_("Functional upgrading")),
  SHARE ("upgrading_chain", N_("Chain upgrading")),
  SHARE ("upgrading_prospects", N_("Upgrading prospects")),
  SHARE ("capability_mean", N_("Mean capability")),
  SHARE ("capability_p10", N_("Capability, 10th percentile")),
  SHARE ("capability_p90", N_("Capability, 90th percentile")),
  SHARE ("absorptive_mean", N_("Mean absorptive capacity")),
  SHARE ("effort_mean", N_("Mean effort")),
  SHARE ("value_added", N_("Value added (functional position)")),
  SHARE ("heterogeneity", N_("Technological heterogeneity")),
  SHARE ("density", N_("Internal density")),
  SHARE ("openness", N_("External openness")),
  SHARE ("trust", N_("Trust")),
  SHARE ("management", N_("Management proficiency")),
  SHARE ("awareness", N_("Awareness")),
  SHARE ("legitimacy", N_("Legitimacy")),
  SHARE ("mission", N_("Mission orientation")),
  SHARE ("complexity", N_("Transaction complexity")),
  SHARE ("codifiability", N_("Codifiability")),
  SHARE ("supplier_capability", N_("Supplier capability")),
  SHARE ("governance_market", N_("Market")),
  SHARE ("governance_modular", N_("Modular")),
  SHARE ("governance_relational", N_("Relational")),
  SHARE ("governance_captive", N_("Captive")),
  SHARE ("governance_hierarchy", N_("Hierarchy")),
  SHARE ("governance_excluded", N_("Excluded")),
  COUNT ("firms", N_("Firms")),
  COUNT ("outside", N_("Outside the organisation")),
  COUNT ("dead_souls", N_("Dead souls")),
  COUNT ("participants", N_("Participants")),
  COUNT ("cooperators_2", N_("Cooperators, level II")),
  COUNT ("cooperators_3", N_("Cooperators, level III")),
  COUNT ("cooperators_4", N_("Cooperators, level IV")),
  COUNT ("locomotives", N_("Locomotives")),
  SHARE ("membership_share", N_("Membership share")),
  COUNT ("digital_adopters", N_("Digital adopters")),
  COUNT ("internationalised", N_("Internationalised firms")),
  COUNT ("programme_enrolled", N_("Enrolled in the programme")),
  COUNT ("programme_dropouts", N_("Programme dropouts")),
  COUNT ("prototypes", N_("Prototypes")),
  { "spend", CW_OUTPUT_KIND_NUMBER, 0, -1, N_("M€/year"), N_("Spend") },
  { "spend_cumulative", CW_OUTPUT_KIND_NUMBER, 0, -1, N_("M€"), N_("Cumulative spend") },
  SHARE ("budget_binding", N_("Budget binding")),
  LEARNING ("learning_dead_souls", N_("Learning of Dead souls")),
  LEARNING ("learning_participants", N_("Learning of Participants")),
  LEARNING ("learning_cooperators_2_3", N_("Learning of Cooperators, levels II–III")),
  LEARNING ("learning_cooperators_4", N_("Learning of Cooperators, level IV")),
  LEARNING ("learning_locomotives", N_("Learning of Locomotives")),
  SHARE ("governance_unlikely", N_("Governance unlikely to occur")),
  COUNT ("programme_partners", N_("Supported firms with partners abroad")),
};

static const struct {
  const char *id;
  const char *name;
} governance[CW_N_GOVERNANCE] = {
  { "market", N_("Market") },
  { "modular", N_("Modular") },
  { "relational", N_("Relational") },
  { "captive", N_("Captive") },
  { "hierarchy", N_("Hierarchy") },
  { "excluded", N_("Excluded") },
};

static const struct {
  const char *id;
  const char *name;
} lifecycle[CW_N_LIFECYCLE] = {
  { "emergence", N_("Emergence") },
  { "growth", N_("Growth") },
  { "sustainment", N_("Sustainment") },
  { "decline", N_("Decline") },
  { "renewal", N_("Renewal") },
};

const CwOutputInfo *
cw_output_info (CwOutput output)
{
  g_return_val_if_fail (output >= 0 && output < CW_N_OUTPUTS, NULL);
  return &outputs[output];
}

/* Returns the output with @id, or -1. */
int
cw_output_from_id (const char *id)
{
  return CW_ID_LOOKUP (outputs, id);
}

const char *
cw_governance_id (CwGovernance mode)
{
  g_return_val_if_fail (mode >= 0 && mode < CW_N_GOVERNANCE, NULL);
  return governance[mode].id;
}

const char *
cw_governance_name (CwGovernance mode)
{
  g_return_val_if_fail (mode >= 0 && mode < CW_N_GOVERNANCE, NULL);
  return _(governance[mode].name);
}

const char *
cw_lifecycle_id (CwLifecycle stage)
{
  g_return_val_if_fail (stage >= 0 && stage < CW_N_LIFECYCLE, NULL);
  return lifecycle[stage].id;
}

const char *
cw_lifecycle_name (CwLifecycle stage)
{
  g_return_val_if_fail (stage >= 0 && stage < CW_N_LIFECYCLE, NULL);
  return _(lifecycle[stage].name);
}

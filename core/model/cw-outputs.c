/* cw-outputs.c — names, kinds and ranges of the outputs
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-outputs"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-ids.h"
#include "cw-outputs.h"

#define ENTRY(id, kind, scale, min, max, unit, name, meaning) \
  { id, CW_OUTPUT_KIND_##kind, CW_OUTPUT_SCALE_##scale, min, max, unit, name, meaning }
#define INDEX(id, name, meaning) ENTRY (id, NUMBER, INDEX, 0, 1, "", name, meaning)
#define SHARE(id, name, meaning) ENTRY (id, NUMBER, SHARE, 0, 1, "", name, meaning)
#define COUNT(id, name, meaning) ENTRY (id, COUNT, COUNT, 0, -1, N_("firms"), name, meaning)
/* Mean capability a community gains per year through cooperation. */
#define LEARNING(id, name, meaning) \
  ENTRY (id, NUMBER, AMOUNT, 0, -1, N_("capability/year"), name, meaning)
#define MODE(id, name, meaning) SHARE (id, name, meaning)

static const CwOutputInfo outputs[CW_N_OUTPUTS] = {
  ENTRY ("step", COUNT, COUNT, 0, -1, N_("quarters"), N_("Step"),
         N_("Quarters since the start of the run (step 0 is the starting state).")),
  ENTRY ("year", NUMBER, AMOUNT, 0, -1, N_("year"), N_("Year"),
         N_("Calendar year of the step: the start year plus a quarter per step.")),
  ENTRY ("policy_stage", CATEGORY, CATEGORY, 0, -1, "", N_("Policy stage"),
         N_("The stage of the policy cycle in force, by its place in the file (0 the first stage, −1 no cycle).")),
  ENTRY ("governance", CATEGORY, CATEGORY, 0, CW_N_GOVERNANCE - 1, "", N_("Dominant governance"),
         N_("The value-chain governance mode the cluster is in: 0 market, 1 modular, 2 relational, 3 captive, 4 hierarchy, 5 excluded.")),
  ENTRY ("lifecycle", CATEGORY, CATEGORY, 0, CW_N_LIFECYCLE - 1, "", N_("Life-cycle stage"),
         N_("The cluster's life-cycle stage: 0 emergence, 1 growth, 2 sustainment, 3 decline, 4 renewal.")),
  INDEX ("upgrading", N_("Upgrading index"),
         N_("0.4 × process and product upgrading + 0.4 × functional upgrading + 0.2 × chain upgrading.")),
  INDEX ("upgrading_process_product", N_("Process and product upgrading"),
         N_("Mean technological capability of the firms, weighted by firm size.")),
  INDEX ("upgrading_functional", N_("Functional upgrading"),
         N_("Mean functional position of the firms, weighted by size: 0 assembly only, 1 design, R&D and marketing.")),
  INDEX ("upgrading_chain", N_("Chain upgrading"),
         N_("Share of firms with partners abroad, times 0.5 + 0.5 × 4h(1 − h) for the technological variety h.")),
  INDEX ("upgrading_prospects", N_("Upgrading prospects"),
         N_("How good the life-cycle stage is for upgrading: one parameter for each life-cycle stage (prospects_*).")),
  INDEX ("capability_mean", N_("Mean capability"),
         N_("Mean technological capability of all firms, unweighted.")),
  INDEX ("capability_p10", N_("Capability, 10th percentile"),
         N_("Capability below which a tenth of the firms lie: the laggards.")),
  INDEX ("capability_p90", N_("Capability, 90th percentile"),
         N_("Capability above which a tenth of the firms lie: the technological frontier of the cluster.")),
  INDEX ("absorptive_mean", N_("Mean absorptive capacity"),
         N_("Mean share of outside knowledge a firm can take in, given its capability and effort.")),
  INDEX ("effort_mean", N_("Mean effort"),
         N_("Mean share of resources firms commit to searching for and developing knowledge.")),
  INDEX ("value_added", N_("Functional position"),
         N_("The same number as upgrading_functional, kept under its old id; a position on the value chain, not gross value added in euros.")),
  INDEX ("heterogeneity", N_("Technological variety"),
         N_("How spread out the firms are in technology space: 0 all alike, 1 evenly spread.")),
  INDEX ("density", N_("Internal density"),
         N_("Strength of the network among the cluster's firms.")),
  INDEX ("openness", N_("External openness"),
         N_("Strength of the cluster's ties to partners outside it.")),
  INDEX ("trust", N_("Trust"),
         N_("Trust among the members of the cluster organisation.")),
  INDEX ("management", N_("Management proficiency"),
         N_("How proficient the cluster management is.")),
  INDEX ("awareness", N_("Awareness"),
         N_("How aware firms are of the cluster organisation and what it offers.")),
  INDEX ("legitimacy", N_("Legitimacy"),
         N_("How much the stakeholders own the cluster policy; it scales how well every lever works.")),
  INDEX ("mission", N_("Mission orientation"),
         N_("How strongly a mission for value creation guides the cluster.")),
  INDEX ("complexity", N_("Transaction complexity"),
         N_("How complex the information exchanged with buyers is.")),
  INDEX ("codifiability", N_("Codifiability"),
         N_("How easily that information can be written down and passed on.")),
  INDEX ("supplier_capability", N_("Supplier capability"),
         N_("Mean capability of the firms supplying into the dominant value chain, lead firms left out.")),
  MODE ("governance_market", N_("Market"),
        N_("Degree (0–1) to which the chain's complexity, codifiability and supplier capability fit market governance; not a share of firms.")),
  MODE ("governance_modular", N_("Modular"),
        N_("Degree (0–1) to which the chain fits modular governance; not a share of firms.")),
  MODE ("governance_relational", N_("Relational"),
        N_("Degree (0–1) to which the chain fits relational governance; not a share of firms.")),
  MODE ("governance_captive", N_("Captive"),
        N_("Degree (0–1) to which the chain fits captive governance; not a share of firms.")),
  MODE ("governance_hierarchy", N_("Hierarchy"),
        N_("Degree (0–1) to which the chain fits hierarchy (vertical integration); not a share of firms.")),
  MODE ("governance_excluded", N_("Excluded"),
        N_("Degree (0–1) to which the suppliers are too weak to take part in the chain at all.")),
  COUNT ("firms", N_("Firms"),
         N_("Firms in the cluster.")),
  COUNT ("outside", N_("Outside the organisation"),
         N_("Firms that are not members of the cluster organisation.")),
  COUNT ("dead_souls", N_("Dead souls"),
         N_("Members that pay the fee but take part in nothing.")),
  COUNT ("participants", N_("Participants"),
         N_("Members at cooperation level I: they attend events and use the information.")),
  COUNT ("cooperators_2", N_("Cooperators, level II"),
         N_("Members at level II: they meet informally and build trust.")),
  COUNT ("cooperators_3", N_("Cooperators, level III"),
         N_("Members at level III: they exchange knowledge with other members.")),
  COUNT ("cooperators_4", N_("Cooperators, level IV"),
         N_("Members at level IV: they work in joint projects and consortia (Locomotives not counted).")),
  COUNT ("locomotives", N_("Locomotives"),
         N_("Level-IV members that initiate the projects and pull the others along.")),
  SHARE ("membership_share", N_("Membership share"),
         N_("Share of the cluster's firms that are members of the cluster organisation.")),
  COUNT ("digital_adopters", N_("Digital adopters"),
         N_("Firms that have adopted digital technologies.")),
  COUNT ("internationalised", N_("Internationalised firms"),
         N_("Firms with at least one partner abroad.")),
  COUNT ("programme_enrolled", N_("Enrolled in the programme"),
         N_("Firms the internationalisation programme took in that have not dropped out.")),
  COUNT ("programme_dropouts", N_("Programme dropouts"),
         N_("Firms that left the internationalisation programme early.")),
  ENTRY ("prototypes", COUNT, COUNT, 0, -1, N_("prototypes"), N_("Prototypes"),
         N_("Programme firms that developed a prototype with a foreign customer in the export lab.")),
  ENTRY ("spend", NUMBER, AMOUNT, 0, -1, N_("M€/year"), N_("Spend"),
         N_("Public spending on the levers in force, in million euros a year, at most the budget.")),
  ENTRY ("spend_cumulative", NUMBER, AMOUNT, 0, -1, N_("M€"), N_("Cumulative spend"),
         N_("Public spending since the start, in million euros.")),
  SHARE ("budget_binding", N_("Budget binding"),
         N_("1 when the levers would cost more than the budget and were scaled down, else 0; an ensemble gives the share of runs.")),
  LEARNING ("learning_dead_souls", N_("Learning of Dead souls"),
            N_("Capability the Dead souls gained per year through cooperation, on average.")),
  LEARNING ("learning_participants", N_("Learning of Participants"),
            N_("Capability the Participants (level I) gained per year through cooperation, on average.")),
  LEARNING ("learning_cooperators_2_3", N_("Learning of Cooperators, levels II–III"),
            N_("Capability the Cooperators at levels II and III gained per year through cooperation, on average.")),
  LEARNING ("learning_cooperators_4", N_("Learning of Cooperators, level IV"),
            N_("Capability the Cooperators at level IV gained per year through cooperation, on average.")),
  LEARNING ("learning_locomotives", N_("Learning of Locomotives"),
            N_("Capability the Locomotives gained per year through cooperation, on average.")),
  SHARE ("governance_unlikely", N_("Governance unlikely to occur"),
         N_("1 when the market mode stands for a combination the governance theory calls unlikely to occur, else 0.")),
  COUNT ("programme_partners", N_("Supported firms with partners abroad"),
         N_("Firms the programme supported (dropouts included) that found a partner abroad.")),
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

/* The id @id was most likely meant to be, or NULL (cw_id_suggest()). */
const char *
cw_output_suggest (const char *id)
{
  return CW_ID_SUGGEST (outputs, id);
}

/* The id of @scale in listings: index, share, count, category or amount. */
const char *
cw_output_scale_id (CwOutputScale scale)
{
  static const char *const ids[CW_N_OUTPUT_SCALES] = { "index", "share", "count", "category", "amount" };

  g_return_val_if_fail (scale >= 0 && scale < CW_N_OUTPUT_SCALES, NULL);
  return ids[scale];
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

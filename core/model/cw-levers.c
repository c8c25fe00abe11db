/* cw-levers.c — the table of policy levers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-levers"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-ids.h"
#include "cw-levers.h"

static const CwLeverInfo levers[CW_N_LEVERS] = {
  { "education", CW_LEVER_GROUP_CAPABILITIES, 0, 1, N_("Education and training"),
    N_("Raises the capability of firms, most for the least capable ones; acts slowly."),
    "Resource-based view; Cohen & Levinthal 1990 (absorptive capacity)" },
  { "rd_subsidy", CW_LEVER_GROUP_CAPABILITIES, 0, 1, N_("R&D subsidy"),
    N_("Pays part of the cost of research, so firms commit more effort to developing knowledge."),
    "Technological effort as an antecedent of upgrading (Lall 1992)" },
  { "venture_fund", CW_LEVER_GROUP_CAPABILITIES, 0, 1, N_("Venture fund"),
    N_("Finances young firms and spin-offs, which raises their effort and brings new variety."),
    "Spin-off dynamics in cluster evolution (Menzel & Fornahl 2010)" },
  { "test_lab", CW_LEVER_GROUP_CAPABILITIES, 0, 1, N_("Test lab"),
    N_("A shared lab where small firms try digital technologies and learn together."),
    "Co-learning spaces in the Hamburg clusters' digital-era policy cycle" },
  { "fdi_attraction", CW_LEVER_GROUP_GOVERNANCE, 0, 1, N_("FDI attraction"),
    N_("Brings in foreign-owned firms; without embedding it makes chains more complex and captive."),
    "Gereffi, Humphrey & Sturgeon 2005 (GVC governance)" },
  { "fdi_embedding", CW_LEVER_GROUP_GOVERNANCE, 0, 1, N_("FDI embedding"),
    N_("Long-term supply contracts with foreign firms: suppliers learn, the cluster opens up."),
    "Humphrey & Schmitz 2002 (upgrading in global value chains)" },
  { "standards", CW_LEVER_GROUP_GOVERNANCE, 0, 1, N_("Standards and IP counselling"),
    N_("Harmonised standards and advice on intellectual property and data make transactions easier to codify."),
    "Gereffi, Humphrey & Sturgeon 2005 (codifiability)" },
  { "tech_park", CW_LEVER_GROUP_GOVERNANCE, 0, 1, N_("Technology park"),
    N_("Co-locates firms: denser internal networks, room for more firms, some capability."),
    "Cluster policy instruments (OECD 2007)" },
  { "platforms", CW_LEVER_GROUP_LIFE_CYCLE, 0, 1, N_("Platforms and events"),
    N_("Fairs, events and online sites that raise awareness and bring outside firms to level I."),
    "Rozkwitalska & Lis 2022 (cooperation level I)" },
  { "cross_clustering", CW_LEVER_GROUP_LIFE_CYCLE, 0, 1, N_("Cross-clustering"),
    N_("Bridges to other clusters keep technological variety moderate and open the networks."),
    "Menzel & Fornahl 2010; Ter Wal & Boschma 2011 (cluster life cycle)" },
  { "smart_specialisation", CW_LEVER_GROUP_LIFE_CYCLE, 0, 1, N_("Smart specialisation"),
    N_("Related diversification: pulls firms toward a chosen focus while adding related variety."),
    "Foray 2015 (smart specialisation)" },
  { "lead_internationalisation", CW_LEVER_GROUP_LEAD_FIRMS, 0, 1, N_("Lead-firm internationalisation"),
    N_("Lead firms open international doors for the suppliers linked to them; their own strategy, not public spending."),
    "Swedish geo-IT cluster case (leader-follower pattern)" },
  { "lead_relocation", CW_LEVER_GROUP_LEAD_FIRMS, -1, 1, N_("Lead-firm relocation"),
    N_("Positive: lead firms bring higher-value functions in; negative: they move them out (a shock that costs the budget nothing)."),
    "Humphrey & Schmitz 2002 (functional upgrading)" },
  { "management", CW_LEVER_GROUP_CLUSTER_ORGANISATION, 0, 1, N_("Cluster management"),
    N_("Funds a professional cluster management, a driver of co-creation."),
    "Norwegian digitalisation clusters (proficient cluster management)" },
  { "fee_subsidy", CW_LEVER_GROUP_CLUSTER_ORGANISATION, 0, 1, N_("Fee subsidy"),
    N_("Lowers the cost of membership, the barrier that keeps small firms out."),
    "Norwegian digitalisation clusters (cost of taking part)" },
  { "project_consortia", CW_LEVER_GROUP_CLUSTER_ORGANISATION, 0, 1, N_("Project consortia"),
    N_("Funds project groups and consortia, where firms reach level IV and Locomotives form."),
    "Rozkwitalska & Lis 2022 (cooperation level IV)" },
  { "trust_building", CW_LEVER_GROUP_CLUSTER_ORGANISATION, 0, 1, N_("Trust building"),
    N_("Informal meetings and joint trips that build trust among members."),
    "Rozkwitalska & Lis 2022 (cooperation level II)" },
  { "coaching", CW_LEVER_GROUP_INTERNATIONALISATION, 0, 1, N_("Business coaching"),
    N_("Business coaching for firms in the internationalisation programme: they commit more effort and fewer drop out."),
    "Swedish geo-IT cluster internationalisation project" },
  { "workshops", CW_LEVER_GROUP_INTERNATIONALISATION, 0, 1, N_("Workshops"),
    N_("Workshops for firms in the programme: they learn from each other and adopt digital tools sooner."),
    "Swedish geo-IT cluster internationalisation project" },
  { "consultant_hours", CW_LEVER_GROUP_INTERNATIONALISATION, 0, 1, N_("Consultant hours"),
    N_("A bank of consultant hours firms in the programme draw on to find partners abroad."),
    "Swedish geo-IT cluster internationalisation project" },
  { "trips", CW_LEVER_GROUP_INTERNATIONALISATION, 0, 1, N_("Trips to fairs"),
    N_("Trips to international fairs: firms in the programme see the leaders abroad, and the cluster opens up."),
    "Swedish geo-IT cluster internationalisation project" },
  { "export_lab", CW_LEVER_GROUP_INTERNATIONALISATION, 0, 1, N_("Export lab"),
    N_("Firms in the programme develop prototypes with foreign customers and move up to design and sales."),
    "Swedish geo-IT cluster internationalisation project" },
  { "bureaucracy", CW_LEVER_GROUP_INTERNATIONALISATION, 0, 1, N_("Bureaucracy"),
    N_("Paperwork the programme demands; it makes firms drop out (a negative lever)."),
    "Swedish geo-IT cluster case (dropouts from bureaucracy and lack of time)" },
  { "awareness_campaign", CW_LEVER_GROUP_POLICY_CYCLE, 0, 1, N_("Awareness campaign"),
    N_("Makes firms aware of the cluster and what it offers; the first stage of the cycle."),
    "Hamburg clusters' digital-era policy cycle (raising awareness)" },
  { "co_design", CW_LEVER_GROUP_POLICY_CYCLE, 0, 1, N_("Co-design"),
    N_("Stakeholders shape the policy together, which builds ownership and legitimacy."),
    "Hamburg clusters' digital-era policy cycle (ownership and legitimacy)" },
  { "mission", CW_LEVER_GROUP_POLICY_CYCLE, 0, 1, N_("Mission"),
    N_("A mission for value creation that gives emerging industries legitimacy."),
    "Hamburg clusters' digital-era policy cycle (mission-oriented value creation)" },
};

static const struct {
  const char *id;
  const char *name;
} groups[CW_N_LEVER_GROUPS] = {
  { "capabilities", N_("Capabilities") },
  { "governance", N_("Value-chain governance") },
  { "life_cycle", N_("Life cycle") },
  { "lead_firms", N_("Lead firms") },
  { "cluster_organisation", N_("Cluster organisation") },
  { "internationalisation", N_("Internationalisation") },
  { "policy_cycle", N_("Policy cycle") },
};

const CwLeverInfo *
cw_lever_info (CwLever lever)
{
  g_return_val_if_fail (lever >= 0 && lever < CW_N_LEVERS, NULL);
  return &levers[lever];
}

/* Returns the lever for @id, or -1 when no lever has that id. */
int
cw_lever_from_id (const char *id)
{
  return CW_ID_LOOKUP (levers, id);
}

/* The id @id was most likely meant to be, or NULL (cw_id_suggest()). */
const char *
cw_lever_suggest (const char *id)
{
  return CW_ID_SUGGEST (levers, id);
}

const char *
cw_lever_group_id (CwLeverGroup group)
{
  g_return_val_if_fail (group >= 0 && group < CW_N_LEVER_GROUPS, NULL);
  return groups[group].id;
}

/* The translated, human-readable name of @group. */
const char *
cw_lever_group_name (CwLeverGroup group)
{
  g_return_val_if_fail (group >= 0 && group < CW_N_LEVER_GROUPS, NULL);
  return _(groups[group].name);
}

double
cw_lever_clamp (CwLever lever,
                double  value)
{
  const CwLeverInfo *info = cw_lever_info (lever);
  return CLAMP (value, info->min, info->max);
}

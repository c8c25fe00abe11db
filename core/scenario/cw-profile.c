/* cw-profile.c — the table of profile values
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-profile"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-ids.h"
#include "cw-profile.h"

static const CwProfileInfo profile[CW_N_PROFILE] = {
  { "firms", 1, 20000, FALSE, TRUE, 120, N_("firms"), N_("Firms"),
    N_("Firms in the cluster at the start.") },
  { "lead_firms", 0, 20000, FALSE, TRUE, 2, N_("firms"), N_("Lead firms"),
    N_("Large anchor firms with high capability that lead the dominant value chain.") },
  { "small_share", 0, 1, FALSE, FALSE, 0.7, "", N_("Share of small firms"),
    N_("Share of micro and small firms.") },
  { "capability_mean", 0, 1, FALSE, FALSE, 0.4, "", N_("Mean capability"),
    N_("Average technological capability of the firms at the start.") },
  { "capability_spread", 0, 1, FALSE, FALSE, 0.15, "", N_("Capability spread"),
    N_("Standard deviation of the firms' capability at the start.") },
  { "effort_mean", 0, 1, FALSE, FALSE, 0.3, "", N_("Mean effort"),
    N_("Average share of resources firms commit to searching for and developing knowledge.") },
  { "heterogeneity", 0, 1, FALSE, FALSE, 0.5, "", N_("Technological variety"),
    N_("How spread out the firms are in technology space (0: all alike, 1: all different).") },
  { "density", 0, 1, FALSE, FALSE, 0.3, "", N_("Internal density"),
    N_("How dense the network inside the cluster is.") },
  { "openness", 0, 1, FALSE, FALSE, 0.4, "", N_("Openness"),
    N_("How open the cluster is to partners outside it.") },
  { "complexity", 0, 1, FALSE, FALSE, 0.6, "", N_("Transaction complexity"),
    N_("How complex the information exchanged with buyers is.") },
  { "codifiability", 0, 1, FALSE, FALSE, 0.6, "", N_("Codifiability"),
    N_("How easily that information can be written down and passed on.") },
  { "linked_share", 0, 1, FALSE, FALSE, 0.5, "", N_("Linked share"),
    N_("Share of firms supplying into the cluster's dominant value chain.") },
  { "membership_share", 0, 1, FALSE, FALSE, 0.4, "", N_("Membership share"),
    N_("Share of firms in the cluster organisation at the start.") },
  { "trust", 0, 1, FALSE, FALSE, 0.3, "", N_("Trust"),
    N_("Trust among the members of the cluster organisation.") },
  { "management", 0, 1, FALSE, FALSE, 0.4, "", N_("Management proficiency"),
    N_("How proficient the cluster management is.") },
  { "awareness", 0, 1, FALSE, FALSE, 0.3, "", N_("Awareness"),
    N_("How aware firms are of the cluster and what it offers.") },
  { "legitimacy", 0, 1, FALSE, FALSE, 0.3, "", N_("Legitimacy"),
    N_("How much the stakeholders own the cluster policy.") },
  { "competition", 0, 1, FALSE, FALSE, 0.4, "", N_("Competition"),
    N_("How much the members' markets overlap, a barrier to sharing knowledge.") },
  { "focus", 0, 1, TRUE, FALSE, 0.5, "", N_("Specialisation focus"),
    N_("Where in technology space smart specialisation pulls the firms.") },
  { "budget", 0, 100000, FALSE, FALSE, 5, N_("M€/year"), N_("Budget"),
    N_("Policy budget in million euros per year.") },
  { "start_year", 1900, 2200, FALSE, TRUE, 2025, "", N_("Start year"),
    N_("Calendar year of the first step.") },
};

const CwProfileInfo *
cw_profile_info (CwProfileId id)
{
  g_return_val_if_fail (id >= 0 && id < CW_N_PROFILE, NULL);
  return &profile[id];
}

/* Returns the profile entry for @id, or -1 when there is none. */
int
cw_profile_from_id (const char *id)
{
  return CW_ID_LOOKUP (profile, id);
}

/* The id @id was most likely meant to be, or NULL (cw_id_suggest()). */
const char *
cw_profile_suggest (const char *id)
{
  return CW_ID_SUGGEST (profile, id);
}

/* Whether @value is finite, within the range and whole where it must be. The
 * relation between lead_firms and firms is checked with the whole scenario. */
gboolean
cw_profile_in_range (CwProfileId id,
                     double      value)
{
  const CwProfileInfo *info = cw_profile_info (id);

  if (!isfinite (value) || value < info->min || value > info->max)
    return FALSE;
  if (info->max_open && value >= info->max)
    return FALSE;
  if (info->integer && value != floor (value))
    return FALSE;
  return TRUE;
}

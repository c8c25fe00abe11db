/* cw-levers.h — the policy levers of the model (docs/model.md, section 4)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The antecedent of upgrading a lever mainly targets. */
typedef enum {
  CW_LEVER_GROUP_CAPABILITIES,
  CW_LEVER_GROUP_GOVERNANCE,
  CW_LEVER_GROUP_LIFE_CYCLE,
  CW_LEVER_GROUP_LEAD_FIRMS,
  CW_LEVER_GROUP_CLUSTER_ORGANISATION,
  CW_LEVER_GROUP_INTERNATIONALISATION,
  CW_LEVER_GROUP_POLICY_CYCLE,
  CW_N_LEVER_GROUPS
} CwLeverGroup;

/* Stable order: the order of the table in docs/model.md. Files and the CLI use the ids. */
typedef enum {
  CW_LEVER_EDUCATION,
  CW_LEVER_RD_SUBSIDY,
  CW_LEVER_VENTURE_FUND,
  CW_LEVER_TEST_LAB,
  CW_LEVER_FDI_ATTRACTION,
  CW_LEVER_FDI_EMBEDDING,
  CW_LEVER_STANDARDS,
  CW_LEVER_TECH_PARK,
  CW_LEVER_PLATFORMS,
  CW_LEVER_CROSS_CLUSTERING,
  CW_LEVER_SMART_SPECIALISATION,
  CW_LEVER_LEAD_INTERNATIONALISATION,
  CW_LEVER_LEAD_RELOCATION,
  CW_LEVER_MANAGEMENT,
  CW_LEVER_FEE_SUBSIDY,
  CW_LEVER_PROJECT_CONSORTIA,
  CW_LEVER_TRUST_BUILDING,
  CW_LEVER_COACHING,
  CW_LEVER_WORKSHOPS,
  CW_LEVER_CONSULTANT_HOURS,
  CW_LEVER_TRIPS,
  CW_LEVER_EXPORT_LAB,
  CW_LEVER_BUREAUCRACY,
  CW_LEVER_AWARENESS_CAMPAIGN,
  CW_LEVER_CO_DESIGN,
  CW_LEVER_MISSION,
  CW_N_LEVERS
} CwLever;

typedef struct {
  const char   *id;          /* stable id used by files and the CLI */
  CwLeverGroup  group;
  double        min;         /* 0, or -1 for lead_relocation */
  double        max;         /* 1 */
  const char   *name;        /* short title, marked with N_() */
  const char   *explanation; /* one sentence: what it does, marked with N_() */
  const char   *source;      /* where the idea comes from (citation, not translated) */
} CwLeverInfo;

const CwLeverInfo *cw_lever_info        (CwLever lever);
int                cw_lever_from_id     (const char *id);
const char *cw_lever_suggest (const char *id);
const char        *cw_lever_group_id    (CwLeverGroup group);
const char        *cw_lever_group_name  (CwLeverGroup group);
double             cw_lever_clamp       (CwLever lever,
                                         double  value);

G_END_DECLS

/* cw-profile.h — the cluster at the start of a run (docs/model.md, section 11)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The profile ids of files and of `--set profile.ID=VALUE`. The run settings
 * (years, seed) live in CwScenario itself. */
typedef enum {
  CW_PROFILE_FIRMS,
  CW_PROFILE_LEAD_FIRMS,
  CW_PROFILE_SMALL_SHARE,
  CW_PROFILE_CAPABILITY_MEAN,
  CW_PROFILE_CAPABILITY_SPREAD,
  CW_PROFILE_EFFORT_MEAN,
  CW_PROFILE_HETEROGENEITY,
  CW_PROFILE_DENSITY,
  CW_PROFILE_OPENNESS,
  CW_PROFILE_COMPLEXITY,
  CW_PROFILE_CODIFIABILITY,
  CW_PROFILE_LINKED_SHARE,
  CW_PROFILE_MEMBERSHIP_SHARE,
  CW_PROFILE_TRUST,
  CW_PROFILE_MANAGEMENT,
  CW_PROFILE_AWARENESS,
  CW_PROFILE_LEGITIMACY,
  CW_PROFILE_COMPETITION,
  CW_PROFILE_FOCUS,
  CW_PROFILE_BUDGET,
  CW_PROFILE_START_YEAR,
  CW_N_PROFILE
} CwProfileId;

typedef struct {
  const char *id;
  double      min;
  double      max;         /* inclusive unless max_open */
  gboolean    max_open;    /* focus lives on a circle: [0,1) */
  gboolean    integer;     /* firms, lead_firms, start_year */
  double      fallback;    /* the default of docs/model.md */
  const char *unit;        /* marked with N_(); "" for shares */
  const char *name;        /* marked with N_() */
  const char *description; /* marked with N_() */
} CwProfileInfo;

const CwProfileInfo *cw_profile_info     (CwProfileId id);
int                  cw_profile_from_id  (const char *id);
const char *cw_profile_suggest (const char *id);
gboolean             cw_profile_in_range (CwProfileId id,
                                          double      value);

G_END_DECLS

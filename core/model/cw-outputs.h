/* cw-outputs.h — what a run reports per step (docs/model.md, section 8)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Columns of the CLI's CSV and the series of the charts, in this exact order. */
typedef enum {
  CW_OUT_STEP,
  CW_OUT_YEAR,
  CW_OUT_POLICY_STAGE,
  CW_OUT_GOVERNANCE,
  CW_OUT_LIFECYCLE,
  CW_OUT_UPGRADING,
  CW_OUT_UPGRADING_PROCESS_PRODUCT,
  CW_OUT_UPGRADING_FUNCTIONAL,
  CW_OUT_UPGRADING_CHAIN,
  CW_OUT_UPGRADING_PROSPECTS,
  CW_OUT_CAPABILITY_MEAN,
  CW_OUT_CAPABILITY_P10,
  CW_OUT_CAPABILITY_P90,
  CW_OUT_ABSORPTIVE_MEAN,
  CW_OUT_EFFORT_MEAN,
  CW_OUT_VALUE_ADDED,
  CW_OUT_HETEROGENEITY,
  CW_OUT_DENSITY,
  CW_OUT_OPENNESS,
  CW_OUT_TRUST,
  CW_OUT_MANAGEMENT,
  CW_OUT_AWARENESS,
  CW_OUT_LEGITIMACY,
  CW_OUT_MISSION,
  CW_OUT_COMPLEXITY,
  CW_OUT_CODIFIABILITY,
  CW_OUT_SUPPLIER_CAPABILITY,
  CW_OUT_GOVERNANCE_MARKET,
  CW_OUT_GOVERNANCE_MODULAR,
  CW_OUT_GOVERNANCE_RELATIONAL,
  CW_OUT_GOVERNANCE_CAPTIVE,
  CW_OUT_GOVERNANCE_HIERARCHY,
  CW_OUT_GOVERNANCE_EXCLUDED,
  CW_OUT_FIRMS,
  CW_OUT_OUTSIDE,
  CW_OUT_DEAD_SOULS,
  CW_OUT_PARTICIPANTS,
  CW_OUT_COOPERATORS_2,
  CW_OUT_COOPERATORS_3,
  CW_OUT_COOPERATORS_4,
  CW_OUT_LOCOMOTIVES,
  CW_OUT_MEMBERSHIP_SHARE,
  CW_OUT_DIGITAL_ADOPTERS,
  CW_OUT_INTERNATIONALISED,
  CW_OUT_PROGRAMME_ENROLLED,
  CW_OUT_PROGRAMME_DROPOUTS,
  CW_OUT_PROTOTYPES,
  CW_OUT_SPEND,
  CW_OUT_SPEND_CUMULATIVE,
  CW_OUT_BUDGET_BINDING,
  /* model version 2: appended, so the columns before keep their places */
  CW_OUT_LEARNING_DEAD_SOULS,
  CW_OUT_LEARNING_PARTICIPANTS,
  CW_OUT_LEARNING_COOPERATORS_2_3,
  CW_OUT_LEARNING_COOPERATORS_4,
  CW_OUT_LEARNING_LOCOMOTIVES,
  CW_OUT_GOVERNANCE_UNLIKELY,
  CW_OUT_PROGRAMME_PARTNERS,
  CW_N_OUTPUTS
} CwOutput;

typedef enum {
  CW_OUTPUT_KIND_NUMBER,      /* a real value, usually a share in [0,1] */
  CW_OUTPUT_KIND_COUNT,       /* a whole number of firms */
  CW_OUTPUT_KIND_CATEGORY,    /* a code: see CwGovernance, CwLifecycle, stage index */
} CwOutputKind;

/* How to read an output's number: the kind column of `outcomes` and the
 * glossary (docs/glossary.md). */
typedef enum {
  CW_OUTPUT_SCALE_INDEX,     /* a composite or latent level in [0,1], no unit */
  CW_OUTPUT_SCALE_SHARE,     /* a share of firms or a degree of membership in [0,1] */
  CW_OUTPUT_SCALE_COUNT,     /* a whole number of firms */
  CW_OUTPUT_SCALE_CATEGORY,  /* a code with a name per value */
  CW_OUTPUT_SCALE_AMOUNT,    /* a quantity in the unit given (M€, year, capability/year) */
  CW_N_OUTPUT_SCALES
} CwOutputScale;

typedef struct {
  const char   *id;
  CwOutputKind  kind;
  CwOutputScale scale;
  double        min;     /* plausible axis range; max < min means "open" */
  double        max;
  const char   *unit;    /* marked with N_(), "" for none */
  const char   *name;    /* marked with N_() */
  const char   *meaning; /* one sentence: what it measures, marked with N_() */
} CwOutputInfo;

/* GVC governance modes (Gereffi, Humphrey & Sturgeon 2005). */
typedef enum {
  CW_GOVERNANCE_MARKET,
  CW_GOVERNANCE_MODULAR,
  CW_GOVERNANCE_RELATIONAL,
  CW_GOVERNANCE_CAPTIVE,
  CW_GOVERNANCE_HIERARCHY,
  CW_GOVERNANCE_EXCLUDED,
  CW_N_GOVERNANCE
} CwGovernance;

/* Cluster life-cycle stages (Menzel & Fornahl 2010). */
typedef enum {
  CW_LIFECYCLE_EMERGENCE,
  CW_LIFECYCLE_GROWTH,
  CW_LIFECYCLE_SUSTAINMENT,
  CW_LIFECYCLE_DECLINE,
  CW_LIFECYCLE_RENEWAL,
  CW_N_LIFECYCLE
} CwLifecycle;

const CwOutputInfo *cw_output_info          (CwOutput     output);
int                 cw_output_from_id       (const char  *id);
const char *cw_output_suggest (const char *id);
const char         *cw_output_scale_id      (CwOutputScale scale);
const char         *cw_governance_id        (CwGovernance mode);
const char         *cw_governance_name      (CwGovernance mode);
const char         *cw_lifecycle_id         (CwLifecycle  stage);
const char         *cw_lifecycle_name       (CwLifecycle  stage);

G_END_DECLS

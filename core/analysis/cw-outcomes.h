/* cw-outcomes.h — the outcomes table: a scenario against the no-policy run
 * after a few years
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the report, the compare view and the headless launcher show: a handful
 * of outcomes a policymaker asks about, read from the series at whole years.
 */
#pragma once

#include <glib.h>

#include "cw-series.h"

G_BEGIN_DECLS

typedef enum {
  CW_OUTCOME_UPGRADING,
  CW_OUTCOME_CAPABILITY,
  CW_OUTCOME_VALUE_ADDED,
  CW_OUTCOME_FIRMS,
  CW_OUTCOME_MEMBERSHIP,
  CW_OUTCOME_LEADING,          /* cooperators at level IV + locomotives */
  CW_OUTCOME_INTERNATIONALISED,
  CW_OUTCOME_DIGITAL,
  CW_OUTCOME_GOVERNANCE,
  CW_OUTCOME_LIFECYCLE,
  CW_OUTCOME_SPEND,
  CW_OUTCOME_GAIN_PER_MEUR,
  CW_N_OUTCOMES
} CwOutcome;

/* At most this many years in a table: every 5 years of the longest horizon
 * (CW_MAX_YEARS), and the horizon. */
#define CW_OUTCOMES_MAX_YEARS 11

typedef struct {
  guint   n_years;
  int     years[CW_OUTCOMES_MAX_YEARS];   /* years since the start */
  /* Means over the runs. A category holds its code (CwGovernance,
   * CwLifecycle). NAN where there is no value: past the horizon, no baseline,
   * or no money spent for the gain per M€. */
  double  scenario[CW_N_OUTCOMES][CW_OUTCOMES_MAX_YEARS];
  double  baseline[CW_N_OUTCOMES][CW_OUTCOMES_MAX_YEARS];
  /* The scenario's 5th and 95th percentiles over its runs; NAN for one run,
   * a category or a derived outcome. */
  double  low[CW_N_OUTCOMES][CW_OUTCOMES_MAX_YEARS];
  double  high[CW_N_OUTCOMES][CW_OUTCOMES_MAX_YEARS];
  int     runs;                           /* of the scenario */
} CwOutcomesTable;

/* The outcomes of @series (and of @baseline, which may be NULL) after each of
 * @years (years since the start, n_years ≤ CW_OUTCOMES_MAX_YEARS). The gain
 * per M€ is (upgrading − baseline upgrading) / (spend − baseline spend). */
CwOutcomesTable *cw_outcomes_table          (const CwSeries *series,
                                             const CwSeries *baseline,
                                             const int      *years,
                                             guint           n_years);
/* 5, 10 and 15 years, those within @horizon, and @horizon itself when it is
 * shorter than 15 years; returns how many (1 ... 3). */
guint            cw_outcomes_default_years  (int             horizon,
                                             int             years[3]);
/* Every 5 years up to @horizon, and @horizon itself when it is not a multiple
 * of 5; returns how many (1 ... CW_OUTCOMES_MAX_YEARS). */
guint            cw_outcomes_five_year_steps (int            horizon,
                                              int            years[CW_OUTCOMES_MAX_YEARS]);
/* The translated row label, e.g. "Upgrading index". */
const char      *cw_outcome_name            (CwOutcome       outcome);
/* A cell: a number with as many decimals as it deserves (C locale), a
 * governance or life-cycle name, or "–" for NAN. */
char            *cw_outcome_format          (CwOutcome       outcome,
                                             double          value);
/* The difference scenario − baseline as a cell ("+0.042"), or "" where a
 * difference says nothing (categories, the gain per M€, a missing value). */
char            *cw_outcome_format_change   (CwOutcome       outcome,
                                             double          scenario,
                                             double          baseline);
/* The table as aligned plain text for a terminal: a block per year with the
 * columns outcome, scenario, no policy, change, and for more than one run a
 * first line with the run count and the scenario's 5–95 % range. */
GString         *cw_outcomes_to_text        (const CwOutcomesTable *table);
/* Appends @text padded with spaces to @width characters (not bytes), on the
 * left when @right: the columns of a terminal table. */
void             cw_outcomes_append_padded  (GString        *out,
                                             const char     *text,
                                             glong           width,
                                             gboolean        right);

G_END_DECLS

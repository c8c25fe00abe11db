/* cw-series.h — the outputs of a run or an ensemble, step by step
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cw-outputs.h"

G_BEGIN_DECLS

/* A step is a quarter of a year. */
#define CW_STEPS_PER_YEAR 4
/* The steps a run of @years records: step 0 is the start. */
#define CW_STEPS_FOR_YEARS(years) ((years) * CW_STEPS_PER_YEAR + 1)

/* Which statistic of an ensemble. A single run has all three equal. For the
 * categorical outputs CW_STAT_MEAN holds the most frequent category. */
typedef enum {
  CW_STAT_MEAN,
  CW_STAT_P05,
  CW_STAT_P95,
  CW_N_STATS
} CwStat;

typedef struct {
  int      n_steps;       /* CW_STEPS_FOR_YEARS (years) */
  int      runs;          /* replicates behind the statistics */
  guint64  seed;
  int      start_year;
  char    *model_version;
  char    *scenario_hash;
  double   wall_ms;
  GStrv    stage_ids;     /* policy_stage codes index this; -1: no stage */
  double  *data;          /* [CW_N_STATS][CW_N_OUTPUTS][n_steps] */
} CwSeries;

CwSeries     *cw_series_new   (int             n_steps,
                               int             runs);
void          cw_series_free  (CwSeries       *self);
double       *cw_series_get   (const CwSeries *self,
                               CwOutput        output,
                               CwStat          stat);
/* The whole years @self covers. */
int           cw_series_years (const CwSeries *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwSeries, cw_series_free)

G_END_DECLS

/* cw-run.h — running a scenario: single runs and the pieces ensembles share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-model.h"

G_BEGIN_DECLS

/* Why a run did not finish. */
#define CW_RUN_ERROR (cw_run_error_quark ())

typedef enum {
  CW_RUN_ERROR_INVALID,     /* a scenario that cannot run, or a value that is not a number */
  CW_RUN_ERROR_CANCELLED,   /* a run stopped because a newer one replaced it */
} CwRunError;

GQuark    cw_run_error_quark (void);

/* TRUE when @sc has no errors; else @error names the first one. */
gboolean  cw_run_validate   (const CwScenario    *sc,
                             GError             **error);
/* Steps a run of @sc under @opts records, step 0 included. */
int       cw_run_steps      (const CwScenario    *sc,
                             const CwRunOptions  *opts);
/* Runs one replicate with @seed and parameters @p into @values
 * ([CW_N_OUTPUTS][steps], the layout of one statistic of a CwSeries).
 * Checks @cancellable every step. @sc must have been validated. */
gboolean  cw_run_replicate  (const CwScenario    *sc,
                             const CwRunOptions  *opts,
                             guint64              seed,
                             const double        *p,
                             double              *values,
                             GCancellable        *cancellable,
                             GError             **error);
/* Fills the metadata of @series: seed, start year, hash, stage ids. */
void      cw_run_describe   (CwSeries            *series,
                             const CwScenario    *sc,
                             const CwRunOptions  *opts);
/* Validates @sc and runs it once with the scenario's (or @opts') seed;
 * the three statistics of the result are equal. */
CwSeries *cw_run            (const CwScenario    *sc,
                             const CwRunOptions  *opts,
                             GCancellable        *cancellable,
                             GError             **error);

G_END_DECLS

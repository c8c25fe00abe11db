/* cw-model.h — the agent-based model of cluster upgrading (docs/model.md 2–8)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Firms are plain structs in one array; a run owns its state and reads the
 * scenario only while it is created, so a copy of a scenario can run on any
 * thread.
 */
#pragma once

#include <gio/gio.h>

#include "cw-params.h"
#include "cw-scenario.h"
#include "cw-series.h"

G_BEGIN_DECLS

/* The length of a step in years. */
#define CW_DT (1.0 / CW_STEPS_PER_YEAR)
/* Bins of technology space for heterogeneity and neighbourhoods. */
#define CW_N_TECH_BINS 16
/* Uniform draws each firm takes per step: cooperation 2, learning 2,
 * adoption 1, internationalisation 4, exit 1 (tests check it). */
#define CW_DRAWS_PER_FIRM_STEP 10
/* No run grows beyond this many firms. */
#define CW_MAX_FIRMS 100000

/* How a scenario is run. Zero-initialised fields mean "as the scenario says". */
typedef struct {
  gboolean  baseline;      /* every lever at 0: the no-policy run */
  gboolean  no_cycle;      /* drop the drawn cycle, keep the standing levers */
  guint32   levers_off;    /* bit per CwLever forced to 0 (attribution) */
  int       years;         /* > 0: overrides sc->years */
  int       runs;          /* > 0: overrides sc->runs (ensembles only) */
  int       threads;       /* > 0: worker threads; 0: all cores */
  gboolean  seed_set;
  guint64   seed;          /* overrides sc->seed when seed_set */
  gboolean  uncertainty;   /* ensembles draw parameters from their ranges */
} CwRunOptions;

/* A run in progress; its state is private to core/model. */
typedef struct _CwModel CwModel;

void      cw_run_options_init   (CwRunOptions       *opts);
/* Resolves the parameters of a run: defaults, then the scenario's overrides. */
void      cw_model_params       (const CwScenario   *sc,
                                 double             *p);
/* A run of @sc at step 0 with seed @seed and parameters @p (CW_N_PARAMS). */
CwModel  *cw_model_new          (const CwScenario   *sc,
                                 const CwRunOptions *opts,
                                 guint64             seed,
                                 const double       *p);
void      cw_model_free         (CwModel            *self);
/* One quarter: the 13 sub-steps of docs/model.md 7, then the outputs. */
void      cw_model_step         (CwModel            *self);
/* FALSE, with @error naming the output and step, if an output of the
 * current step is not finite. */
gboolean  cw_model_check_finite (const CwModel      *self,
                                 GError            **error);

/* The memory a run holds per firm: its state, its pool entry and scratch. */
gsize     cw_model_bytes_per_firm (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwModel, cw_model_free)

G_END_DECLS

/* cw-model.h — the agent-based model of cluster upgrading (model.md 2–8)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Firms are plain structs in one array; a run owns its state and reads the
 * scenario only while it is created, so a copy of a scenario can run on any
 * thread.
 */
#pragma once

#include <gio/gio.h>

#include "cw-classify.h"
#include "cw-cycle-walker.h"
#include "cw-params.h"
#include "cw-pool.h"
#include "cw-rng.h"
#include "cw-scenario.h"
#include "cw-series.h"

G_BEGIN_DECLS

/* One step is a quarter. */
#define CW_DT 0.25
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

/* The random-number processes: each has its own stream. */
typedef enum {
  CW_STREAM_INIT,
  CW_STREAM_SHOCK,
  CW_STREAM_COOPERATION,
  CW_STREAM_LEARNING,
  CW_STREAM_ADOPTION,
  CW_STREAM_INTERNATIONALISATION,
  CW_STREAM_ENTRY,
  CW_STREAM_EXIT,
  CW_N_STREAMS
} CwStream;

/* Cooperation levels (model.md 3). */
enum {
  CW_LEVEL_OUTSIDE,
  CW_LEVEL_DEAD_SOUL,
  CW_LEVEL_I,
  CW_LEVEL_II,
  CW_LEVEL_III,
  CW_LEVEL_IV,
  CW_N_LEVELS
};

typedef struct {
  double  k;            /* technological capability */
  double  e;            /* technological effort */
  double  e0;           /* the firm's own effort, before levers */
  double  gamma;        /* absorptive capacity */
  double  x;            /* position in technology space, [0, 1) */
  double  v;            /* functional position on the smile curve */
  double  size_w;       /* size weight: micro .5, small 1, medium 2, large 4 */
  double  learn;        /* capability gained through cooperation, last step (1/yr) */
  double  alignment;    /* m_i of the last cooperation move */
  guint32 id;           /* never reused */
  gint32  birth_step;
  guint8  level;        /* CW_LEVEL_* */
  guint8  small;        /* micro or small */
  guint8  locomotive;
  guint8  lead;
  guint8  digital;
  guint8  intl;
  guint8  enrolled;
  guint8  dropped;
  guint8  prototype;
  guint8  linked;
  guint8  effort_frozen; /* tests: effort held at 0 */
} CwFirm;

typedef struct _CwModel CwModel;

struct _CwModel {
  double             p[CW_N_PARAMS];
  double             profile[CW_N_PROFILE];
  double             standing[CW_N_LEVERS];
  guint32            levers_off;
  CwWalker          *walker;
  CwRng              rng[CW_N_STREAMS];

  CwFirm            *firms;
  guint              n;
  guint              capacity;
  guint32            next_id;
  int                step;
  int                n_steps;

  /* cluster state (model.md 3) */
  double D, cx, cd, cx0, cd0, s, M, T, A, L, Q, w_in, w_ex, h;
  double governance[CW_N_GOVERNANCE];
  CwGovernanceState  gov;
  CwLifecycleState   lc;
  double             firms_history[13];  /* ring by step: the last 3 years */
  double             h_history[13];
  double             frontier;           /* p90 of k */
  guint              programme_active;   /* firms in the programme, not yet out */

  /* this step's levers: after the budget, then gated by legitimacy */
  double             active[CW_N_LEVERS];
  double             gated[CW_N_LEVERS];
  double             spend;
  double             spend_cumulative;
  gboolean           budget_binding;

  double             out[CW_N_OUTPUTS];  /* the outputs of the last recorded step */

  /* aggregates of the last recorded step that the sub-steps share */
  double             share_engaged;      /* share of firms at levels III–IV */
  double             benefit;            /* members' mean learning weight, [0, 1] */
  double             competition;        /* (1 − H) × the members' market overlap */
  double             lockin;             /* degree of lock-in, [0, 1] */
  double             focus;              /* smart-specialisation focus */
  double             domain;             /* the locomotives' mean position, or the focus */
  double             centre;             /* engagement-weighted mean position */
  double             kappa[CW_N_LEVELS]; /* learning weight by level (model.md 7.6) */
  double             engaged_bins[CW_N_TECH_BINS]; /* share at levels III–IV per bin */
  double             intl_bins[CW_N_TECH_BINS];    /* internationalised share per bin */
  /* the means of those shares over each bin and its two neighbours */
  double             engaged_near[CW_N_TECH_BINS];
  double             intl_near[CW_N_TECH_BINS];

  /* scratch, sized to capacity */
  guint32           *order;              /* firms by falling k, from the last record */
  guint32           *sort_scratch;
  CwPoolFirm        *pool_in;
  double            *pool;
};

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
/* One quarter: the 13 sub-steps of model.md 7, then the outputs. */
void      cw_model_step         (CwModel            *self);
/* FALSE, with @error naming the output and step, if an output of the
 * current step is not finite. */
gboolean  cw_model_check_finite (const CwModel      *self,
                                 GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwModel, cw_model_free)

G_END_DECLS

/* cw-model-private.h — what the model's source files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>
#include <string.h>

#include "cw-budget.h"
#include "cw-classify.h"
#include "cw-cycle-walker.h"
#include "cw-model.h"
#include "cw-pool.h"
#include "cw-rng.h"

G_BEGIN_DECLS

/* The ring of recent steps that growth and the change of heterogeneity look
 * back over: three years and the step itself. */
#define CW_HISTORY_STEPS (3 * CW_STEPS_PER_YEAR + 1)

/* The random-number processes of the cluster: each has its own stream. A
 * firm's own processes (cooperation, learning, adoption, internationalisation,
 * exit) draw from the firm's own sequence instead (CwFirm.draws), which
 * CW_STREAM_FIRMS seeds. */
typedef enum {
  CW_STREAM_INIT,
  CW_STREAM_SHOCK,
  CW_STREAM_ENTRY,
  CW_STREAM_FIRMS,
  CW_N_STREAMS
} CwStream;

/* Cooperation levels (docs/model.md 3). */
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
  double  size_w;       /* size weight: micro .5, small 1, medium 2, large 4 (a power of two) */
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
  guint64 draws;        /* the firm's own random sequence: a splitmix64 state */
} CwFirm;

/* The firm's next uniform in [0, 1) from its own sequence (docs/model.md 2). */
static inline double
cw_firm_uniform (CwFirm *f)
{
  return cw_rng_bits_uniform (cw_splitmix64 (&f->draws));
}

/* A firm's process takes its fixed count @n of numbers from the firm's
 * sequence (docs/model.md 2): the sequence moves on by @n, and the numbers
 * are cw_firm_draw (@base, 1 … n) of the base returned. splitmix64 counts
 * its states, so each number can be computed where it is read, and one a
 * process does not need costs nothing: the sequence is the same as if every
 * number had been drawn. */
static inline guint64
cw_firm_take (CwFirm *f,
              guint   n)
{
  guint64 base = f->draws;

  f->draws += n * CW_SPLITMIX64_GAMMA;
  return base;
}

/* The base cw_firm_take (@f, @n) returned, after it. */
static inline guint64
cw_firm_taken (const CwFirm *f,
               guint         n)
{
  return f->draws - n * CW_SPLITMIX64_GAMMA;
}

/* The base of the numbers after the first @n of those taken at @base. */
static inline guint64
cw_firm_skip (guint64 base,
              guint   n)
{
  return base + n * CW_SPLITMIX64_GAMMA;
}

/* Number @i (from 1) of those taken at @base, as 64 random bits. */
static inline guint64
cw_firm_draw (guint64 base,
              guint   i)
{
  return cw_splitmix64_mix (base + i * CW_SPLITMIX64_GAMMA);
}

static inline double
cw_firm_draw_uniform (guint64 base,
                      guint   i)
{
  return cw_rng_bits_uniform (cw_firm_draw (base, i));
}

/* 1 / f->size_w without a division. A size weight is a power of two (micro
 * 0.5, small 1, medium 2, large 4): its reciprocal has the mirrored exponent
 * and the same zero mantissa. x · 2⁻ⁿ and x / 2ⁿ round the same real number,
 * so a product with it has the quotient's bits, and it is ready in a few
 * cycles where a division takes about fifteen (docs/model.md 16). */
static inline double
cw_firm_size_inverse (const CwFirm *f)
{
  guint64 bits;
  double inverse;

  memcpy (&bits, &f->size_w, sizeof bits);
  bits = G_GUINT64_CONSTANT (0x7FE0000000000000) - bits;
  memcpy (&inverse, &bits, sizeof inverse);
  return inverse;
}

/* A firm with a cooperation move opportunity and the number that gave it. */
typedef struct {
  double  u;
  guint32 firm;
} CwMover;

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
  guint64            firm_key;   /* seeds each firm's sequence with its slot */
  guint64            entry_key;  /* seeds each step's count of entrants */
  int                step;
  int                n_steps;

  /* cluster state (docs/model.md 3) */
  double D, cx, cd, cx0, cd0, s, M, T, A, L, Q, w_in, w_ex, h;
  double governance[CW_N_GOVERNANCE];
  CwGovernanceState  gov;
  CwLifecycleState   lc;
  double             firms_history[CW_HISTORY_STEPS];  /* rings by step */
  double             h_history[CW_HISTORY_STEPS];
  double             frontier;           /* p90 of k */
  guint              level_firms[CW_N_LEVELS]; /* firms by level, locomotives at IV: the movers' blocks */
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
  double             served[CW_N_SERVED]; /* firms each kind of lever serves */
  double             benefit;            /* members' mean learning weight, [0, 1] */
  double             competition;        /* (1 − H) × the members' market overlap */
  double             lockin;             /* degree of lock-in, [0, 1] */
  double             focus;              /* smart-specialisation focus */
  double             domain;             /* the locomotives' mean position, or the focus */
  double             centre;             /* engagement-weighted mean position */
  double             kappa[CW_N_LEVELS]; /* learning weight by level (docs/model.md 7.6); 0 outside */
  double             engaged_bins[CW_N_TECH_BINS]; /* share at levels III–IV per bin */
  double             intl_bins[CW_N_TECH_BINS];    /* internationalised share per bin */
  /* the means of those shares over each bin and its two neighbours */
  double             engaged_near[CW_N_TECH_BINS];
  double             intl_near[CW_N_TECH_BINS];

  /* scratch, sized to capacity */
  guint32           *order;              /* firms by falling k, from the last record */
  guint64           *sort_scratch;
  CwMover           *movers;             /* firms with a cooperation move opportunity */
  CwPoolFirm        *pool_in;
  double            *pool;
};


/* Where entrants come from (docs/model.md 7.13). */
typedef enum {
  CW_ENTRY_LOGISTIC,
  CW_ENTRY_SPINOFF,
  CW_ENTRY_VENTURE,
  CW_ENTRY_FDI,
  CW_ENTRY_MISSION,
  CW_N_ENTRY
} CwEntry;

void   cw_model_lifecycle_input (const CwModel    *m,
                                 CwLifecycleInput *in);
void   cw_model_apply_levers    (CwModel          *m);
void   cw_model_absorptive      (CwModel          *m);
void   cw_model_add_entrants    (CwModel          *m,
                                 guint             count,
                                 const double     *rates,
                                 guint             capable);
void   cw_model_record          (CwModel          *m);

/* Learning weight of a firm's level without and with its alignment. */
static inline double
cw_model_kappa_raw (const CwModel *m,
                    const CwFirm  *f)
{
  return f->locomotive ? m->p[CW_PARAM_KAPPA_LOCOMOTIVE] : m->kappa[f->level];
}

static inline double
cw_model_kappa (const CwModel *m,
                const CwFirm  *f)
{
  double kap = cw_model_kappa_raw (m, f);

  /* kap · 1 is kap: a factor from a table, not a branch. */
  const double factor[2] = { 1, f->alignment };

  return kap * factor[f->level >= CW_LEVEL_II];
}

/* What firm @f brings to the spillover pool (docs/model.md 7.6). */
static inline CwPoolFirm
cw_model_pool_firm (const CwModel *m,
                    const CwFirm  *f)
{
  return (CwPoolFirm) { f->x, f->k, m->p[CW_PARAM_POOL_OUTSIDER_WEIGHT] + cw_model_kappa_raw (m, f),
                        m->p[CW_PARAM_DISTANCE_D0] + m->p[CW_PARAM_DISTANCE_D1] * f->gamma };
}

static inline guint
cw_model_tech_bin (double x)
{
  guint b = (guint) (x * CW_N_TECH_BINS);

  return MIN (b, CW_N_TECH_BINS - 1);
}

/* What the next step's neighbourhoods (cw_model_neighbourhoods()) need,
 * gathered while the outputs of a step are recorded. Counts in integers:
 * exact, and without a chain of floating-point adds. */
typedef struct {
  guint  firms[CW_N_TECH_BINS];
  guint  engaged[CW_N_TECH_BINS];
  guint  intl[CW_N_TECH_BINS];
  double weight[CW_POOL_BINS];
  double loco_c;
  double loco_s;
} CwNeighbourhoods;

static inline void
cw_neighbourhoods_add (CwNeighbourhoods *nb,
                       const CwModel    *m,
                       const CwFirm     *f)
{
  guint b = cw_model_tech_bin (f->x);

  nb->firms[b]++;
  nb->engaged[b] += f->level >= CW_LEVEL_III;
  nb->intl[b] += f->intl;
  nb->weight[MIN ((guint) (f->x * CW_POOL_BINS), CW_POOL_BINS - 1)] += cw_model_kappa_raw (m, f) + m->w_in;
  if (f->locomotive)
    {
      nb->loco_c += cos (2 * G_PI * f->x);
      nb->loco_s += sin (2 * G_PI * f->x);
    }
}

void   cw_model_neighbourhoods  (CwModel                *m,
                                 const CwNeighbourhoods *nb);

/* A power of two above e^@z for −700 < z < 700: 2^n with n > z·log₂e + 10⁻⁶,
 * which leaves room for the rounding of the product and of exp(). Cheap, so
 * rare events can be ruled out without calling exp(). */
static inline double
cw_model_exp_bound (double z)
{
  int n = (int) (z * 1.4426950408889634 + 1e-6 + 1024.0) - 1024 + 1;
  guint64 bits = (guint64) (n + 1023) << 52;
  double bound;

  memcpy (&bound, &bits, sizeof bound);
  return bound;
}

/* e^@z within a relative 10⁻⁴ for −700 < z < 700, without exp(): with
 * t = z·log₂e = n + f, n the integer nearest t, e^z = 2ⁿ·e^y, y = f·ln 2 in
 * [−0.347, 0.347], and e^y by its Taylor polynomial to y⁴. The remainder is
 * below e^0.347·0.347⁵/120 < 6·10⁻⁵, less than 8.5·10⁻⁵ of e^y ≥ e^−0.347;
 * the rounding of t adds below 2·10⁻¹³. For decisions whose margins cover
 * that error (docs/model.md 16). */
static inline double
cw_model_exp_near (double z)
{
  double t = z * 1.4426950408889634;
  int n = (int) (t + 1024.5) - 1024;
  double y = (t - n) * 0.6931471805599453;
  guint64 bits = (guint64) (n + 1023) << 52;
  double power;

  memcpy (&power, &bits, sizeof power);
  return power * (1 + y * (1 + y * (0.5 + y * (1.0 / 6 + y * (1.0 / 24)))));
}

/* The value of @near (per tech bin) at position @x. */
static inline double
cw_model_near (const double *near,
               double        x)
{
  return near[cw_model_tech_bin (x)];
}

G_END_DECLS

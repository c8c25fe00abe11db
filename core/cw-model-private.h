/* cw-model-private.h — what the model's source files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>
#include <string.h>

#include "cw-model.h"

G_BEGIN_DECLS

/* Where entrants come from (model.md 7.13). */
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

  return f->level >= CW_LEVEL_II ? kap * f->alignment : kap;
}

/* What firm @f brings to the spillover pool (model.md 7.6). */
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

/* The value of @near (per tech bin) at position @x. */
static inline double
cw_model_near (const double *near,
               double        x)
{
  return near[cw_model_tech_bin (x)];
}

G_END_DECLS

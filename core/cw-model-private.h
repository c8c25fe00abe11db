/* cw-model-private.h — what the model's source files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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
void   cw_model_neighbourhoods  (CwModel          *m);
void   cw_model_absorptive      (CwModel          *m);
void   cw_model_pool            (CwModel          *m);
void   cw_model_add_entrants    (CwModel          *m,
                                 guint             count,
                                 const double     *rates);
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

static inline guint
cw_model_tech_bin (double x)
{
  guint b = (guint) (x * CW_N_TECH_BINS);

  return MIN (b, CW_N_TECH_BINS - 1);
}

/* Mean of @bins over the bin of @x and its two neighbours. */
static inline double
cw_model_near_share (const CwModel *m,
                     const double  *bins,
                     double         x)
{
  guint b = cw_model_tech_bin (x);

  return (bins[(b + CW_N_TECH_BINS - 1) % CW_N_TECH_BINS] + bins[b] +
          bins[(b + 1) % CW_N_TECH_BINS]) / 3;
}

G_END_DECLS

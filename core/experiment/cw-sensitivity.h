/* cw-sensitivity.h — Sobol indices and Morris elementary effects
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sobol: first-order by Saltelli's (2010) estimator, total-order by
 * Jansen's, with bootstrap percentile intervals; the layout of the runs is
 * cw-design.h's. Morris: μ* (mean absolute elementary effect), μ and σ,
 * effects per full range of each factor.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct {
  double first, first_lo, first_hi;   /* S_i and its 95 % interval */
  double total, total_lo, total_hi;   /* S_Ti and its 95 % interval */
} CwSobolIndex;

typedef struct {
  double mu_star;
  double mu;
  double sigma;
} CwMorrisEffect;

/* @y holds @n blocks of k + 2 model values (A, AB_1 … AB_k, B); fills
 * @out[k]. @resamples bootstrap resamples (0: no intervals, they equal the
 * estimate), drawn from @seed. */
void cw_sobol_indices (const double   *y,
                       guint           n,
                       guint           k,
                       guint           resamples,
                       guint64         seed,
                       CwSobolIndex   *out);
/* @x holds @r trajectories of k + 1 points (k columns each), @y their
 * values; @range[j] the span of factor j the effects are measured in.
 * Fills @out[k]. */
void cw_morris_effects (const double  *x,
                        const double  *y,
                        guint          r,
                        guint          k,
                        const double  *range,
                        CwMorrisEffect *out);

/* An experiment's CSV reduced to one value per design point: the mean over
 * replicates of one output in one year. */
typedef struct {
  char     **factors;    /* the factor columns' ids */
  guint      k;
  char      *output;     /* the output column analysed */
  int        year;       /* the year analysed */
  guint      n_points;
  double    *x;          /* n_points × k */
  double    *y;          /* n_points */
} CwPointTable;

/* Reads @in: @output (NULL: the first output column) at @year (0: the last
 * year recorded). Points must be numbered 0, 1, … without gaps. */
CwPointTable *cw_point_table_read (GInputStream  *in,
                                   const char    *output,
                                   int            year,
                                   GError       **error);
void          cw_point_table_free (CwPointTable  *self);

typedef enum {
  CW_SENSITIVITY_NONE,
  CW_SENSITIVITY_SOBOL,    /* Saltelli's layout */
  CW_SENSITIVITY_MORRIS,   /* Morris trajectories */
} CwSensitivityKind;

/* Which analysis the points' layout allows: each Saltelli block's AB_j
 * equals A but for column j, taken from B; each step of a Morris trajectory
 * moves one factor. */
CwSensitivityKind cw_point_table_layout (const CwPointTable *self);

/* Bootstrap resamples and their seed unless asked otherwise: the window and
 * `sensitivity` give the same intervals for the same runs. */
#define CW_SENSITIVITY_RESAMPLES 1000
#define CW_SENSITIVITY_SEED 1

/* One factor's result: Sobol indices or Morris effects, whichever the
 * analysis computed. */
typedef struct {
  guint          factor;   /* its column of the point table */
  CwSobolIndex   sobol;
  CwMorrisEffect morris;
} CwSensitivityRow;

/* Analyses @self as its layout allows (Sobol indices with @resamples
 * bootstrap resamples drawn from @seed, or Morris effects per full range
 * of each factor) into @rows[k], the most influential factor first (by
 * total order or μ*). Returns the analysis done; for CW_SENSITIVITY_NONE
 * @rows is left alone. */
CwSensitivityKind cw_sensitivity_analyse (const CwPointTable *self,
                                          guint               resamples,
                                          guint64             seed,
                                          CwSensitivityRow   *rows);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwPointTable, cw_point_table_free)

G_END_DECLS

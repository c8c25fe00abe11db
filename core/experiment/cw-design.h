/* cw-design.h — the points of an experiment's design
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Unit designs live in [0, 1]^k and are mapped onto the factors: a range
 * linearly (whole numbers rounded), a list of values by equal slices.
 * Layouts the analysis relies on (cw-sensitivity.h):
 *  - Saltelli: for each base sample i a block of k + 2 points, A_i, then
 *    AB_i^j (A_i with column j from B_i) for j = 1 … k, then B_i;
 *  - Morris: for each trajectory a block of k + 1 points, each differing
 *    from the one before in exactly one factor, by ±Δ = levels / (2 (levels − 1)).
 */
#pragma once

#include "cw-experiment-file.h"

G_BEGIN_DECLS

/* A design computes its points when asked, so that it takes no memory per
 * point (a Latin hypercube keeps its strata: 4 bytes per factor and point). */
typedef struct {
  guint               n_points;
  guint               k;            /* factors: columns */
  CwDesignKind        kind;
  int                 levels;
  guint64             seed;
  const CwExperiment *experiment;   /* NULL for a unit design */
  guint32            *strata;       /* Latin hypercube: n_points × k */
} CwDesign;

/* A unit design of @kind over @k factors: @samples points (Latin hypercube),
 * base samples (Saltelli) or trajectories (Morris, on @levels levels),
 * drawn from @seed. Not for CW_DESIGN_FACTORIAL. */
CwDesign     *cw_design_unit     (CwDesignKind        kind,
                                  guint               k,
                                  int                 samples,
                                  int                 levels,
                                  guint64             seed);
/* The design of @experiment in the factors' own values; @experiment must
 * outlive it. */
CwDesign     *cw_design_new      (const CwExperiment *experiment);
void          cw_design_free     (CwDesign           *self);
/* Point @point into @x (k values). */
void          cw_design_point    (const CwDesign     *self,
                                  guint               point,
                                  double             *x);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwDesign, cw_design_free)

G_END_DECLS

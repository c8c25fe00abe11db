/* cw-point-grid.h — an experiment's outcome over the values of two of its factors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-sensitivity.h"

G_BEGIN_DECLS

typedef struct {
  guint   nx, ny;
  double *xs;       /* the distinct values of the factor across, ascending */
  double *ys;       /* … of the factor up */
  double *values;   /* ny rows of nx: the mean over the points there; NAN where none */
} CwPointGrid;

/* The grid of @table's values over its factors @x and @y (columns), each
 * value averaged over the points that share the pair (over the other
 * factors, for a full factorial); NULL when either factor takes more than
 * @max_values distinct values (a sampled design, not a grid). */
CwPointGrid *cw_point_grid_new  (const CwPointTable *table,
                                 guint               x,
                                 guint               y,
                                 guint               max_values);
void         cw_point_grid_free (CwPointGrid        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwPointGrid, cw_point_grid_free)

G_END_DECLS

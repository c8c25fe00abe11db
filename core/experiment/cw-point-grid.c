/* cw-point-grid.c — an experiment's outcome over the values of two of its factors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-experiment"

#include "config.h"

#include <math.h>

#include "cw-ensemble.h"
#include "cw-point-grid.h"

/* The distinct values of column @j, ascending; NULL past @max_values. */
static GArray *
distinct (const CwPointTable *table,
          guint               j,
          guint               max_values)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < table->n_points; i++)
    {
      double v = table->x[(gsize) i * table->k + j];
      gboolean seen = FALSE;

      for (guint n = 0; n < values->len && !seen; n++)
        seen = g_array_index (values, double, n) == v;
      if (seen)
        continue;
      if (values->len == max_values)
        return NULL;
      g_array_append_val (values, v);
    }
  g_array_sort (values, cw_compare_doubles);
  return g_steal_pointer (&values);
}

static guint
position (const GArray *values,
          double        v)
{
  guint lo = 0, hi = values->len;

  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (values, double, mid) <= v)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

CwPointGrid *
cw_point_grid_new (const CwPointTable *table,
                   guint               x,
                   guint               y,
                   guint               max_values)
{
  g_autoptr(GArray) xs = NULL, ys = NULL;
  g_autofree guint *counts = NULL;
  CwPointGrid *self;

  g_return_val_if_fail (table != NULL && x < table->k && y < table->k && x != y, NULL);

  if ((xs = distinct (table, x, max_values)) == NULL || (ys = distinct (table, y, max_values)) == NULL ||
      xs->len == 0)
    return NULL;
  self = g_new0 (CwPointGrid, 1);
  self->nx = xs->len;
  self->ny = ys->len;
  self->values = g_new0 (double, (gsize) self->nx * self->ny);
  counts = g_new0 (guint, (gsize) self->nx * self->ny);
  for (guint i = 0; i < table->n_points; i++)
    {
      gsize at = (gsize) position (ys, table->x[(gsize) i * table->k + y]) * self->nx +
                 position (xs, table->x[(gsize) i * table->k + x]);

      self->values[at] += table->y[i];
      counts[at]++;
    }
  for (gsize at = 0; at < (gsize) self->nx * self->ny; at++)
    self->values[at] = counts[at] > 0 ? self->values[at] / counts[at] : NAN;
  self->xs = (double *) g_array_free (g_steal_pointer (&xs), FALSE);
  self->ys = (double *) g_array_free (g_steal_pointer (&ys), FALSE);
  return self;
}

void
cw_point_grid_free (CwPointGrid *self)
{
  if (self == NULL)
    return;
  g_free (self->xs);
  g_free (self->ys);
  g_free (self->values);
  g_free (self);
}

/* cw-design.c — full factorial, Latin hypercube, Saltelli and Morris designs
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-experiment"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cw-design.h"
#include "cw-rng.h"

/* The design's draws, apart from every run's. */
#define DESIGN_STREAM 2000

static CwDesign *
design_new (guint n_points,
            guint k)
{
  CwDesign *self = g_new0 (CwDesign, 1);

  self->n_points = n_points;
  self->k = k;
  self->values = g_new0 (double, (gsize) n_points * MAX (k, 1));
  return self;
}

void
cw_design_free (CwDesign *self)
{
  if (self == NULL)
    return;
  g_free (self->values);
  g_free (self);
}

/* A uniformly random permutation of 0 … n − 1 (Fisher–Yates). */
static void
shuffle (CwRng *rng,
         guint *order,
         guint  n)
{
  for (guint i = 0; i < n; i++)
    order[i] = i;
  for (guint i = n; i > 1; i--)
    {
      guint j = (guint) (cw_rng_uniform (rng) * i);
      guint t = order[i - 1];

      order[i - 1] = order[j];
      order[j] = t;
    }
}

/* Each column has one point in each of the n strata [s/n, (s+1)/n). */
static CwDesign *
latin_hypercube (CwRng *rng,
                 guint  k,
                 guint  n)
{
  CwDesign *self = design_new (n, k);
  g_autofree guint *order = g_new (guint, n);

  for (guint j = 0; j < k; j++)
    {
      shuffle (rng, order, n);
      for (guint i = 0; i < n; i++)
        self->values[(gsize) i * k + j] = (order[i] + cw_rng_uniform (rng)) / n;
    }
  return self;
}

static CwDesign *
saltelli (CwRng *rng,
          guint  k,
          guint  n)
{
  CwDesign *self = design_new (n * (k + 2), k);
  g_autofree double *a = g_new (double, k);
  g_autofree double *b = g_new (double, k);

  for (guint i = 0; i < n; i++)
    {
      double *block = self->values + (gsize) i * (k + 2) * k;

      for (guint j = 0; j < k; j++)
        a[j] = cw_rng_uniform (rng);
      for (guint j = 0; j < k; j++)
        b[j] = cw_rng_uniform (rng);
      for (guint row = 0; row < k + 2; row++)
        for (guint j = 0; j < k; j++)
          block[row * k + j] = row == k + 1 || row == j + 1 ? b[j] : a[j];
    }
  return self;
}

static CwDesign *
morris (CwRng *rng,
        guint  k,
        guint  trajectories,
        guint  levels)
{
  CwDesign *self = design_new (trajectories * (k + 1), k);
  double delta = levels / (2.0 * (levels - 1));
  g_autofree guint *order = g_new (guint, k);

  for (guint t = 0; t < trajectories; t++)
    {
      double *row = self->values + (gsize) t * (k + 1) * k;

      for (guint j = 0; j < k; j++)
        row[j] = (guint) (cw_rng_uniform (rng) * levels) / (double) (levels - 1);
      shuffle (rng, order, k);
      for (guint step = 0; step < k; step++)
        {
          double *next = row + k;
          guint j = order[step];

          memcpy (next, row, k * sizeof (double));
          next[j] = row[j] + delta <= 1 + 1e-12 ? row[j] + delta : row[j] - delta;
          row = next;
        }
    }
  return self;
}

CwDesign *
cw_design_unit (CwDesignKind kind,
                guint        k,
                int          samples,
                int          levels,
                guint64      seed)
{
  CwRng rng;

  g_return_val_if_fail (samples > 0 && k > 0, NULL);

  cw_rng_seed (&rng, seed, DESIGN_STREAM);
  switch (kind)
    {
    case CW_DESIGN_LHS:
      return latin_hypercube (&rng, k, samples);
    case CW_DESIGN_SALTELLI:
      return saltelli (&rng, k, samples);
    case CW_DESIGN_MORRIS:
      g_return_val_if_fail (levels >= 2, NULL);
      return morris (&rng, k, samples, levels);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The value of @factor at the unit coordinate @u. */
static double
factor_value (const CwFactor *factor,
              double          u)
{
  double value;

  if (factor->values != NULL)
    return factor->values[MIN ((guint) (u * factor->n_values), factor->n_values - 1)];
  value = factor->min + u * (factor->max - factor->min);
  return factor->integer ? round (value) : CLAMP (value, factor->min, factor->max);
}

/* Value number @i of @factor in a full factorial. */
static double
level_value (const CwFactor *factor,
             guint           i)
{
  if (factor->values != NULL)
    return factor->values[i];
  return factor_value (factor, i / (double) (factor->steps - 1));
}

static guint
level_count (const CwFactor *factor)
{
  return factor->values != NULL ? factor->n_values : (guint) factor->steps;
}

/* Every combination, the last factor changing fastest. */
static CwDesign *
factorial (const CwExperiment *experiment)
{
  guint k = experiment->factors->len;
  guint n = 1;
  CwDesign *self;

  for (guint j = 0; j < k; j++)
    n *= level_count (g_ptr_array_index (experiment->factors, j));
  self = design_new (n, k);
  for (guint i = 0; i < n; i++)
    for (guint j = k, rest = i; j-- > 0;)
      {
        const CwFactor *factor = g_ptr_array_index (experiment->factors, j);
        guint levels = level_count (factor);

        self->values[(gsize) i * k + j] = level_value (factor, rest % levels);
        rest /= levels;
      }
  return self;
}

CwDesign *
cw_design_new (const CwExperiment *experiment)
{
  CwDesign *self;

  g_return_val_if_fail (experiment != NULL, NULL);

  if (experiment->design == CW_DESIGN_FACTORIAL)
    return factorial (experiment);
  self = cw_design_unit (experiment->design, experiment->factors->len, experiment->samples,
                         experiment->levels, experiment->seed);
  for (guint i = 0; i < self->n_points; i++)
    for (guint j = 0; j < self->k; j++)
      {
        double *value = self->values + (gsize) i * self->k + j;

        *value = factor_value (g_ptr_array_index (experiment->factors, j), *value);
      }
  return self;
}

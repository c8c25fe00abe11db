/* cw-design.c — full factorial, Latin hypercube, Saltelli and Morris designs
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every Saltelli block, Morris trajectory and hypercube point draws from its
 * own generator, seeded from the design's seed and its number: a point can
 * be computed alone, on any shard, without the others.
 */
#define G_LOG_DOMAIN "cw-experiment"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cw-design.h"
#include "cw-rng.h"

/* The design's draws, apart from every run's. */
#define DESIGN_STREAM 2000

void
cw_design_free (CwDesign *self)
{
  if (self == NULL)
    return;
  g_free (self->strata);
  g_free (self);
}

/* The generator of block, trajectory or point @number. */
static void
seed_for (CwRng         *rng,
          const CwDesign *self,
          guint          number)
{
  cw_rng_seed (rng, cw_replicate_seed (self->seed, number), DESIGN_STREAM);
}

/* A uniformly random permutation of 0 … n − 1 (Fisher–Yates). */
static void
shuffle (CwRng   *rng,
         guint32 *order,
         guint    n,
         gsize    stride)
{
  for (guint i = 0; i < n; i++)
    order[i * stride] = i;
  for (guint i = n; i > 1; i--)
    {
      guint j = (guint) (cw_rng_uniform (rng) * i);
      guint32 t = order[(i - 1) * stride];

      order[(i - 1) * stride] = order[j * stride];
      order[j * stride] = t;
    }
}

/* Each column has one point in each of the n strata [s/n, (s+1)/n); the
 * strata are shuffled once, the place inside a stratum is the point's own. */
static void
latin_hypercube_point (const CwDesign *self,
                       guint           point,
                       double         *x)
{
  CwRng rng;

  seed_for (&rng, self, point);
  for (guint j = 0; j < self->k; j++)
    x[j] = (self->strata[(gsize) point * self->k + j] + cw_rng_uniform (&rng)) / self->n_points;
}

static void
saltelli_point (const CwDesign *self,
                guint           point,
                double         *x)
{
  guint k = self->k, row = point % (k + 2);
  g_autofree double *a = g_new (double, k);
  g_autofree double *b = g_new (double, k);
  CwRng rng;

  seed_for (&rng, self, point / (k + 2));
  for (guint j = 0; j < k; j++)
    a[j] = cw_rng_uniform (&rng);
  for (guint j = 0; j < k; j++)
    b[j] = cw_rng_uniform (&rng);
  for (guint j = 0; j < k; j++)
    x[j] = row == k + 1 || row == j + 1 ? b[j] : a[j];
}

static void
morris_point (const CwDesign *self,
              guint           point,
              double         *x)
{
  guint k = self->k, steps = point % (k + 1);
  double delta = self->levels / (2.0 * (self->levels - 1));
  g_autofree guint32 *order = g_new (guint32, k);
  CwRng rng;

  seed_for (&rng, self, point / (k + 1));
  for (guint j = 0; j < k; j++)
    x[j] = (guint) (cw_rng_uniform (&rng) * self->levels) / (double) (self->levels - 1);
  shuffle (&rng, order, k, 1);
  for (guint s = 0; s < steps; s++)
    {
      guint j = order[s];

      x[j] = x[j] + delta <= 1 + 1e-12 ? x[j] + delta : x[j] - delta;
    }
}

static CwDesign *
design_new (CwDesignKind kind,
            guint        k,
            int          samples,
            int          levels,
            guint64      seed)
{
  CwDesign *self = g_new0 (CwDesign, 1);

  self->kind = kind;
  self->k = k;
  self->levels = levels;
  self->seed = seed;
  switch (kind)
    {
    case CW_DESIGN_LHS:
      {
        CwRng rng;

        self->n_points = samples;
        self->strata = g_new (guint32, (gsize) samples * k);
        cw_rng_seed (&rng, seed, DESIGN_STREAM + 1);
        for (guint j = 0; j < k; j++)
          shuffle (&rng, self->strata + j, samples, k);
      }
      break;
    case CW_DESIGN_SALTELLI:
      self->n_points = samples * (k + 2);
      break;
    case CW_DESIGN_MORRIS:
      self->n_points = samples * (k + 1);
      break;
    case CW_DESIGN_FACTORIAL:
    case CW_N_DESIGNS:
    default:
      g_assert_not_reached ();
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
  g_return_val_if_fail (samples > 0 && k > 0, NULL);
  g_return_val_if_fail (kind != CW_DESIGN_FACTORIAL && kind < CW_N_DESIGNS, NULL);
  g_return_val_if_fail (kind != CW_DESIGN_MORRIS || levels >= 2, NULL);

  return design_new (kind, k, samples, levels, seed);
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

static guint
level_count (const CwFactor *factor)
{
  return factor->values != NULL ? factor->n_values : (guint) factor->steps;
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

/* Every combination, the last factor changing fastest. */
static void
factorial_point (const CwDesign *self,
                 guint           point,
                 double         *x)
{
  for (guint j = self->k, rest = point; j-- > 0;)
    {
      const CwFactor *factor = g_ptr_array_index (self->experiment->factors, j);
      guint levels = level_count (factor);

      x[j] = level_value (factor, rest % levels);
      rest /= levels;
    }
}

CwDesign *
cw_design_new (const CwExperiment *experiment)
{
  guint k = experiment->factors->len;
  CwDesign *self;

  g_return_val_if_fail (experiment != NULL, NULL);

  if (experiment->design != CW_DESIGN_FACTORIAL)
    self = design_new (experiment->design, k, experiment->samples, experiment->levels, experiment->seed);
  else
    {
      self = g_new0 (CwDesign, 1);
      self->kind = CW_DESIGN_FACTORIAL;
      self->k = k;
      self->n_points = 1;
      for (guint j = 0; j < k; j++)
        self->n_points *= level_count (g_ptr_array_index (experiment->factors, j));
    }
  self->experiment = experiment;
  return self;
}

void
cw_design_point (const CwDesign *self,
                 guint           point,
                 double         *x)
{
  g_return_if_fail (point < self->n_points);

  switch (self->kind)
    {
    case CW_DESIGN_FACTORIAL:
      factorial_point (self, point, x);
      return;
    case CW_DESIGN_LHS:
      latin_hypercube_point (self, point, x);
      break;
    case CW_DESIGN_SALTELLI:
      saltelli_point (self, point, x);
      break;
    case CW_DESIGN_MORRIS:
      morris_point (self, point, x);
      break;
    case CW_N_DESIGNS:
    default:
      g_assert_not_reached ();
    }
  if (self->experiment != NULL)
    for (guint j = 0; j < self->k; j++)
      x[j] = factor_value (g_ptr_array_index (self->experiment->factors, j), x[j]);
}

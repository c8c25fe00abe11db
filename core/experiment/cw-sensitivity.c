/* cw-sensitivity.c — Sobol indices (Saltelli, Jansen, bootstrap) and Morris effects
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-experiment"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-ensemble.h"
#include "cw-experiment-run.h"
#include "cw-rng.h"
#include "cw-sensitivity.h"

/* The bootstrap's draws. */
#define BOOTSTRAP_STREAM 3000

/* The estimates from the base samples @rows[0 … n) (an index per sample). */
static void
sobol_estimate (const double *y,
                const guint  *rows,
                guint         n,
                guint         k,
                double       *first,
                double       *total)
{
  double sum = 0, sum2 = 0, mean, variance;

  for (guint i = 0; i < n; i++)
    {
      const double *block = y + (gsize) rows[i] * (k + 2);

      sum += block[0] + block[k + 1];
      sum2 += block[0] * block[0] + block[k + 1] * block[k + 1];
    }
  mean = sum / (2.0 * n);
  variance = sum2 / (2.0 * n) - mean * mean;
  for (guint j = 0; j < k; j++)
    {
      double s = 0, t = 0;

      for (guint i = 0; i < n; i++)
        {
          const double *block = y + (gsize) rows[i] * (k + 2);
          double a = block[0], ab = block[j + 1], b = block[k + 1];

          /* Centred: the estimator's variance does not grow with the mean. */
          s += (b - mean) * (ab - a);
          t += (a - ab) * (a - ab);
        }
      first[j] = variance > 0 ? s / n / variance : 0;
      total[j] = variance > 0 ? t / (2.0 * n) / variance : 0;
    }
}

/* The 2.5th and 97.5th percentiles of @values (sorted in place). */
static void
interval (double *values,
          guint   n,
          double *lo,
          double *hi)
{
  qsort (values, n, sizeof (double), cw_compare_doubles);
  *lo = values[(guint) floor (0.025 * (n - 1))];
  *hi = values[(guint) ceil (0.975 * (n - 1))];
}

void
cw_sobol_indices (const double *y,
                  guint         n,
                  guint         k,
                  guint         resamples,
                  guint64       seed,
                  CwSobolIndex *out)
{
  g_autofree guint *rows = g_new (guint, n);
  g_autofree double *first = g_new (double, k);
  g_autofree double *total = g_new (double, k);
  g_autofree double *boot_first = g_new (double, (gsize) k * MAX (resamples, 1));
  g_autofree double *boot_total = g_new (double, (gsize) k * MAX (resamples, 1));
  CwRng rng;

  g_return_if_fail (n > 0 && k > 0);

  for (guint i = 0; i < n; i++)
    rows[i] = i;
  sobol_estimate (y, rows, n, k, first, total);
  for (guint j = 0; j < k; j++)
    out[j] = (CwSobolIndex) { first[j], first[j], first[j], total[j], total[j], total[j] };
  if (resamples == 0)
    return;
  cw_rng_seed (&rng, seed, BOOTSTRAP_STREAM);
  for (guint b = 0; b < resamples; b++)
    {
      for (guint i = 0; i < n; i++)
        rows[i] = (guint) (cw_rng_uniform (&rng) * n);
      sobol_estimate (y, rows, n, k, first, total);
      for (guint j = 0; j < k; j++)
        {
          boot_first[(gsize) j * resamples + b] = first[j];
          boot_total[(gsize) j * resamples + b] = total[j];
        }
    }
  for (guint j = 0; j < k; j++)
    {
      interval (boot_first + (gsize) j * resamples, resamples, &out[j].first_lo, &out[j].first_hi);
      interval (boot_total + (gsize) j * resamples, resamples, &out[j].total_lo, &out[j].total_hi);
    }
}

/* The one column in which @a and @b differ, or -1. */
static int
moved_column (const double *a,
              const double *b,
              guint         k)
{
  int moved = -1;

  for (guint j = 0; j < k; j++)
    if (a[j] != b[j])
      {
        if (moved >= 0)
          return -1;
        moved = j;
      }
  return moved;
}

/* The elementary effect of step @s of trajectory @t, scaled to the factor's
 * range; its factor in *@column, or −1 when the step moves no single factor
 * with a range. */
static double
elementary_effect (const double *x,
                   const double *y,
                   guint         t,
                   guint         s,
                   guint         k,
                   const double *range,
                   int          *column)
{
  gsize point = (gsize) t * (k + 1) + s;
  const double *a = x + point * k, *b = a + k;
  int j = moved_column (a, b, k);

  if (j < 0 || range[j] <= 0)
    {
      *column = -1;
      return 0;
    }
  *column = j;
  return (y[point + 1] - y[point]) / ((b[j] - a[j]) / range[j]);
}

void
cw_morris_effects (const double   *x,
                   const double   *y,
                   guint           r,
                   guint           k,
                   const double   *range,
                   CwMorrisEffect *out)
{
  g_autofree guint *count = g_new0 (guint, k);
  int j;

  for (guint i = 0; i < k; i++)
    out[i] = (CwMorrisEffect) { 0, 0, 0 };
  for (guint t = 0; t < r; t++)
    for (guint s = 0; s < k; s++)
      {
        double effect = elementary_effect (x, y, t, s, k, range, &j);

        if (j < 0)
          continue;
        out[j].mu_star += fabs (effect);
        out[j].mu += effect;
        count[j]++;
      }
  for (guint i = 0; i < k; i++)
    {
      double c = MAX (count[i], 1);

      out[i].mu_star /= c;
      out[i].mu /= c;
    }
  /* σ from the deviations around μ (a second pass): Σe² − cμ² would cancel
   * to rounding noise of order √ε·|μ| where every effect is the same. */
  for (guint t = 0; t < r; t++)
    for (guint s = 0; s < k; s++)
      {
        double effect = elementary_effect (x, y, t, s, k, range, &j);

        if (j >= 0)
          out[j].sigma += (effect - out[j].mu) * (effect - out[j].mu);
      }
  for (guint i = 0; i < k; i++)
    out[i].sigma = count[i] > 1 ? sqrt (out[i].sigma / (count[i] - 1)) : 0;
}

void
cw_point_table_free (CwPointTable *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->factors);
  g_free (self->output);
  g_free (self->x);
  g_free (self->y);
  g_free (self);
}

static gboolean
table_error (GError     **error,
             guint        line,
             const char  *message)
{
  g_set_error (error, CW_EXPERIMENT_ERROR, CW_EXPERIMENT_ERROR_OUTPUT,
               /* Translators: %u: a line number; %s: what is wrong there */
               _("Line %u of the experiment’s output: %s"), line, message);
  return FALSE;
}

typedef struct {
  guint  point;
  int    year;
  double value;
} Row;

/* Reads the rows: one per point, replicate and year. */
static gboolean
read_rows (GDataInputStream *in,
           CwPointTable     *table,
           guint             column,
           guint             n_columns,
           GArray           *rows,
           GArray           *x,
           GError          **error)
{
  char *line;
  gsize length;
  guint number = 1;

  while ((line = g_data_input_stream_read_line (in, &length, NULL, error)) != NULL)
    {
      g_auto(GStrv) fields = g_strsplit (line, ",", -1);
      Row row;
      char *end;

      g_free (line);
      number++;
      if (g_strv_length (fields) != n_columns)
        return table_error (error, number, _("it does not have as many columns as the header."));
      row.point = (guint) g_ascii_strtoull (fields[0], &end, 10);
      row.year = (int) g_ascii_strtoll (fields[3 + table->k], NULL, 10);
      row.value = g_ascii_strtod (fields[column], NULL);
      if (*end != '\0' || row.point > table->n_points || !isfinite (row.value))
        return table_error (error, number, _("the points are not numbered 0, 1, … in order."));
      if (row.point == table->n_points)
        {
          table->n_points++;
          for (guint j = 0; j < table->k; j++)
            g_array_append_val (x, (double) { g_ascii_strtod (fields[3 + j], NULL) });
        }
      g_array_append_val (rows, row);
    }
  return error == NULL || *error == NULL;
}

CwPointTable *
cw_point_table_read (GInputStream  *in,
                     const char    *output,
                     int            year,
                     GError       **error)
{
  g_autoptr(GDataInputStream) data = g_data_input_stream_new (in);
  g_autoptr(CwPointTable) table = g_new0 (CwPointTable, 1);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(GArray) x = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *header = g_data_input_stream_read_line (data, NULL, NULL, error);
  g_auto(GStrv) columns = NULL;
  g_autofree guint *count = NULL;
  guint n_columns, year_column = 0, column = 0;

  if (header == NULL)
    {
      if (error == NULL || *error == NULL)
        table_error (error, 1, _("the file is empty."));
      return NULL;
    }
  columns = g_strsplit (header, ",", -1);
  n_columns = g_strv_length (columns);
  for (guint c = 3; c < n_columns && year_column == 0; c++)
    if (g_str_equal (columns[c], "year"))
      year_column = c;
  if (n_columns < 5 || !g_str_equal (columns[0], "point") || !g_str_equal (columns[2], "seed") ||
      year_column < 4 || year_column + 1 >= n_columns)
    {
      table_error (error, 1, _("this is not the output of “cluster-workbench-cli experiment”."));
      return NULL;
    }
  for (guint c = year_column + 1; c < n_columns && column == 0; c++)
    if (output == NULL || g_str_equal (columns[c], output))
      column = c;
  if (column == 0)
    {
      g_set_error (error, CW_EXPERIMENT_ERROR, CW_EXPERIMENT_ERROR_OUTPUT,
                   _("The experiment did not record the output “%s”."), output);
      return NULL;
    }
  table->k = year_column - 3;
  table->output = g_strdup (columns[column]);
  table->factors = g_new0 (char *, table->k + 1);
  for (guint j = 0; j < table->k; j++)
    table->factors[j] = g_strdup (columns[3 + j]);
  if (!read_rows (data, table, column, n_columns, rows, x, error))
    return NULL;
  if (year <= 0)
    for (guint i = 0; i < rows->len && g_array_index (rows, Row, i).point == 0; i++)
      year = MAX (year, g_array_index (rows, Row, i).year);
  table->year = year;
  table->x = (double *) g_array_free (g_steal_pointer (&x), FALSE);
  table->y = g_new0 (double, MAX (table->n_points, 1));
  count = g_new0 (guint, MAX (table->n_points, 1));
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);

      if (row->year == year)
        {
          table->y[row->point] += row->value;
          count[row->point]++;
        }
    }
  for (guint i = 0; i < table->n_points; i++)
    {
      if (count[i] == 0)
        {
          g_set_error (error, CW_EXPERIMENT_ERROR, CW_EXPERIMENT_ERROR_OUTPUT,
                       _("Point %u has no row for the year %d."), i, year);
          return NULL;
        }
      table->y[i] /= count[i];
    }
  return g_steal_pointer (&table);
}

static gboolean
is_saltelli (const CwPointTable *self)
{
  guint k = self->k;

  if (self->n_points == 0 || self->n_points % (k + 2) != 0)
    return FALSE;
  for (guint i = 0; i < self->n_points; i += k + 2)
    {
      const double *a = self->x + (gsize) i * k, *b = a + (gsize) (k + 1) * k;

      for (guint j = 0; j < k; j++)
        for (guint m = 0; m < k; m++)
          if (a[(j + 1) * k + m] != (m == j ? b[m] : a[m]))
            return FALSE;
    }
  return TRUE;
}

/* Each trajectory moves every factor once, one per step: a full factorial,
 * whose blocks of k + 1 points also move one factor per step, moves its
 * last factor again and again. */
static gboolean
is_morris (const CwPointTable *self)
{
  guint k = self->k;
  g_autofree gboolean *moved = g_new (gboolean, MAX (k, 1));

  if (self->n_points == 0 || self->n_points % (k + 1) != 0)
    return FALSE;
  for (guint i = 0; i < self->n_points; i += k + 1)
    {
      memset (moved, 0, k * sizeof (gboolean));
      for (guint s = 0; s < k; s++)
        {
          int j = moved_column (self->x + (gsize) (i + s) * k, self->x + (gsize) (i + s + 1) * k, k);

          if (j < 0 || moved[j])
            return FALSE;
          moved[j] = TRUE;
        }
    }
  return TRUE;
}

CwSensitivityKind
cw_point_table_layout (const CwPointTable *self)
{
  if (is_saltelli (self))
    return CW_SENSITIVITY_SOBOL;
  if (is_morris (self))
    return CW_SENSITIVITY_MORRIS;
  return CW_SENSITIVITY_NONE;
}

static int
compare_sobol (const void *a,
               const void *b)
{
  double x = ((const CwSensitivityRow *) a)->sobol.total, y = ((const CwSensitivityRow *) b)->sobol.total;

  return (x < y) - (x > y);
}

static int
compare_morris (const void *a,
                const void *b)
{
  double x = ((const CwSensitivityRow *) a)->morris.mu_star, y = ((const CwSensitivityRow *) b)->morris.mu_star;

  return (x < y) - (x > y);
}

/* The span of each factor's column: Morris effects are per full range. */
static void
column_ranges (const CwPointTable *table,
               double             *range)
{
  for (guint j = 0; j < table->k; j++)
    {
      double lo = INFINITY, hi = -INFINITY;

      for (guint i = 0; i < table->n_points; i++)
        {
          lo = MIN (lo, table->x[(gsize) i * table->k + j]);
          hi = MAX (hi, table->x[(gsize) i * table->k + j]);
        }
      range[j] = hi - lo;
    }
}

CwSensitivityKind
cw_sensitivity_analyse (const CwPointTable *self,
                        guint               resamples,
                        guint64             seed,
                        CwSensitivityRow   *rows)
{
  CwSensitivityKind kind = cw_point_table_layout (self);
  g_autofree CwSobolIndex *indices = NULL;
  g_autofree CwMorrisEffect *effects = NULL;
  g_autofree double *range = NULL;

  g_return_val_if_fail (rows != NULL, CW_SENSITIVITY_NONE);

  if (kind == CW_SENSITIVITY_SOBOL)
    {
      indices = g_new (CwSobolIndex, self->k);
      cw_sobol_indices (self->y, self->n_points / (self->k + 2), self->k, resamples, seed, indices);
    }
  else if (kind == CW_SENSITIVITY_MORRIS)
    {
      effects = g_new (CwMorrisEffect, self->k);
      range = g_new (double, self->k);
      column_ranges (self, range);
      cw_morris_effects (self->x, self->y, self->n_points / (self->k + 1), self->k, range, effects);
    }
  else
    return kind;
  for (guint j = 0; j < self->k; j++)
    {
      rows[j] = (CwSensitivityRow) { j };
      if (indices != NULL)
        rows[j].sobol = indices[j];
      else
        rows[j].morris = effects[j];
    }
  qsort (rows, self->k, sizeof (CwSensitivityRow), kind == CW_SENSITIVITY_SOBOL ? compare_sobol : compare_morris);
  return kind;
}

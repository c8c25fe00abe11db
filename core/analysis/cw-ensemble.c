/* cw-ensemble.c — replicates on a pool of threads, summarised per step
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-ensemble"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "cw-ensemble.h"
#include "cw-parallel.h"
#include "cw-rng.h"

/* Stream of the parameter draws, apart from the model's processes. */
#define UNCERTAINTY_STREAM 1000

typedef struct {
  const CwScenario   *sc;
  const CwRunOptions *opts;
  guint64             seed;
  gsize               block;
  double             *values;
  GCancellable       *cancellable;
} Job;

void
cw_ensemble_params (const CwScenario   *sc,
                    const CwRunOptions *opts,
                    guint64             seed,
                    int                 r,
                    double             *p)
{
  CwRng rng;

  cw_model_params (sc, p);
  if (!opts->uncertainty)
    return;
  cw_rng_seed (&rng, cw_replicate_seed (seed, r), UNCERTAINTY_STREAM);
  for (guint i = 0; i < CW_N_PARAMS; i++)
    {
      double u = cw_rng_uniform (&rng);   /* drawn for every parameter: stable streams */
      gboolean overridden = FALSE;

      for (guint o = 0; o < sc->overrides->len && !overridden; o++)
        overridden = g_array_index (sc->overrides, CwParamOverride, o).index == i;
      if (!overridden)
        p[i] = cw_param_draw (i, u);
    }
}

/* Replicate @r into its block. */
static gboolean
run_replicate (int       r,
               double   *scratch,
               gpointer  data,
               GError  **error)
{
  Job *job = data;
  double p[CW_N_PARAMS];

  cw_ensemble_params (job->sc, job->opts, job->seed, r, p);
  return cw_run_replicate (job->sc, job->opts, cw_replicate_seed (job->seed, r), p,
                           job->values + job->block * r, job->cancellable, error);
}

int
cw_compare_doubles (const void *a,
                    const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Linear interpolation between order statistics (type 7). */
static double
quantile (const double *sorted, int n, double q)
{
  double pos = q * (n - 1);
  int lo = (int) floor (pos);
  int hi = MIN (lo + 1, n - 1);

  return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
}

void
cw_ensemble_summarise (CwSeries     *series,
                       const double *values,
                       int           runs)
{
  int n_steps = series->n_steps;
  gsize block = (gsize) CW_N_OUTPUTS * n_steps;
  g_autofree double *column = g_new (double, runs);

  for (int o = 0; o < CW_N_OUTPUTS; o++)
    {
      gboolean category = cw_output_info (o)->kind == CW_OUTPUT_KIND_CATEGORY;
      double *mean = cw_series_get (series, o, CW_STAT_MEAN);
      double *p05 = cw_series_get (series, o, CW_STAT_P05);
      double *p95 = cw_series_get (series, o, CW_STAT_P95);

      for (int t = 0; t < n_steps; t++)
        {
          double sum = 0;

          for (int r = 0; r < runs; r++)
            {
              column[r] = values[block * r + (gsize) o * n_steps + t];
              sum += column[r];
            }
          qsort (column, runs, sizeof *column, cw_compare_doubles);
          if (category)
            {
              /* The most frequent code; the smallest on a tie. */
              double best = column[0];
              int best_count = 0;

              for (int r = 0; r < runs;)
                {
                  int s = r;

                  while (r < runs && column[r] == column[s])
                    r++;
                  if (r - s > best_count)
                    {
                      best_count = r - s;
                      best = column[s];
                    }
                }
              mean[t] = p05[t] = p95[t] = best;
              continue;
            }
          mean[t] = sum / runs;
          p05[t] = quantile (column, runs, 0.05);
          p95[t] = quantile (column, runs, 0.95);
        }
    }
}

void
cw_ensemble_summarise_effect (CwSeries     *series,
                              const double *policy,
                              const double *baseline,
                              int           runs)
{
  gsize block = (gsize) CW_N_OUTPUTS * series->n_steps;
  g_autofree double *effect = g_memdup2 (policy, block * runs * sizeof (double));

  for (int r = 0; r < runs; r++)
    for (int o = 0; o < CW_N_OUTPUTS; o++)
      {
        gsize at = block * r + (gsize) o * series->n_steps;

        if (cw_output_info (o)->kind == CW_OUTPUT_KIND_CATEGORY || o == CW_OUT_STEP || o == CW_OUT_YEAR)
          continue;
        for (int t = 0; t < series->n_steps; t++)
          effect[at + t] -= baseline[at + t];
      }
  cw_ensemble_summarise (series, effect, runs);
}

gboolean
cw_ensemble_fill (const CwScenario   *sc,
                  const CwRunOptions *opts,
                  guint64             seed,
                  int                 n_steps,
                  double             *values,
                  int                 first,
                  int                 last,
                  CwProgressFunc      progress,
                  gpointer            user_data,
                  GCancellable       *cancellable,
                  GError            **error)
{
  Job job = { sc, opts, seed, (gsize) CW_N_OUTPUTS * n_steps, values, cancellable };

  g_return_val_if_fail (sc != NULL && opts != NULL && values != NULL, FALSE);
  g_return_val_if_fail (0 <= first && first <= last, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return cw_parallel_run (first, last, opts->threads, 0, run_replicate, &job, progress, user_data, error);
}

/* The series an ensemble of @sc fills, described; NULL when @sc is invalid. */
static CwSeries *
ensemble_series (const CwScenario   *sc,
                 const CwRunOptions *opts,
                 GError            **error)
{
  CwSeries *series;

  if (!cw_run_validate (sc, error))
    return NULL;
  series = cw_series_new (cw_run_steps (sc, opts), opts->runs > 0 ? opts->runs : sc->runs);
  cw_run_describe (series, sc, opts);
  return series;
}

/* Every replicate of @series under @opts, one block after the other; NULL
 * on cancellation or failure. */
static double *
ensemble_values (const CwScenario   *sc,
                 const CwRunOptions *opts,
                 const CwSeries     *series,
                 CwProgressFunc      progress,
                 gpointer            user_data,
                 GCancellable       *cancellable,
                 GError            **error)
{
  g_autofree double *values = g_new (double, (gsize) CW_N_OUTPUTS * series->n_steps * series->runs);

  if (!cw_ensemble_fill (sc, opts, series->seed, series->n_steps, values, 0, series->runs,
                         progress, user_data, cancellable, error))
    return NULL;
  return g_steal_pointer (&values);
}

CwSeries *
cw_ensemble_effect (const CwScenario   *sc,
                    const CwRunOptions *opts,
                    GCancellable       *cancellable,
                    GError            **error)
{
  g_autoptr(CwSeries) series = NULL;
  g_autofree double *policy = NULL, *baseline = NULL;
  CwRunOptions base_opts;
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (sc != NULL && opts != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((series = ensemble_series (sc, opts, error)) == NULL)
    return NULL;
  base_opts = *opts;
  base_opts.baseline = TRUE;
  /* The same replicate seeds and parameter draws in both arms. */
  if ((policy = ensemble_values (sc, opts, series, NULL, NULL, cancellable, error)) == NULL ||
      (baseline = ensemble_values (sc, &base_opts, series, NULL, NULL, cancellable, error)) == NULL)
    return NULL;
  cw_ensemble_summarise_effect (series, policy, baseline, series->runs);
  series->wall_ms = (g_get_monotonic_time () - start) / 1000.0;
  return g_steal_pointer (&series);
}

CwSeries *
cw_ensemble_run (const CwScenario   *sc,
                 const CwRunOptions *opts,
                 CwProgressFunc      progress,
                 gpointer            user_data,
                 GCancellable       *cancellable,
                 GError            **error)
{
  g_autoptr(CwSeries) series = NULL;
  g_autofree double *values = NULL;
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (sc != NULL && opts != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((series = ensemble_series (sc, opts, error)) == NULL ||
      (values = ensemble_values (sc, opts, series, progress, user_data, cancellable, error)) == NULL)
    return NULL;
  cw_ensemble_summarise (series, values, series->runs);
  series->wall_ms = (g_get_monotonic_time () - start) / 1000.0;
  return g_steal_pointer (&series);
}

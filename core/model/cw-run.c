/* cw-run.c — running a scenario once, from checks to the series
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-model"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-model-private.h"
#include "cw-run.h"

G_DEFINE_QUARK (cw-run-error-quark, cw_run_error)

gboolean
cw_run_validate (const CwScenario  *sc,
                 GError           **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_problem_free);

  if (cw_scenario_check (sc, problems))
    return TRUE;
  for (guint i = 0; i < problems->len; i++)
    {
      const CwProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == CW_PROBLEM_ERROR)
        {
          g_set_error (error, CW_RUN_ERROR, CW_RUN_ERROR_INVALID,
                       _("The scenario cannot run: %s"), problem->message);
          break;
        }
    }
  return FALSE;
}

int
cw_run_steps (const CwScenario   *sc,
              const CwRunOptions *opts)
{
  return CW_STEPS_FOR_YEARS (opts->years > 0 ? opts->years : sc->years);
}

gboolean
cw_run_replicate (const CwScenario    *sc,
                  const CwRunOptions  *opts,
                  guint64              seed,
                  const double        *p,
                  double              *values,
                  GCancellable        *cancellable,
                  GError             **error)
{
  g_autoptr(CwModel) m = cw_model_new (sc, opts, seed, p);
  int n_steps = m->n_steps;

  for (;;)
    {
      if (!cw_model_check_finite (m, error))
        return FALSE;
      for (int o = 0; o < CW_N_OUTPUTS; o++)
        values[(gsize) o * n_steps + m->step] = m->out[o];
      if (m->step + 1 >= n_steps)
        return TRUE;
      if (g_cancellable_is_cancelled (cancellable))
        {
          g_set_error (error, CW_RUN_ERROR, CW_RUN_ERROR_CANCELLED, _("The run was cancelled."));
          return FALSE;
        }
      cw_model_step (m);
    }
}

void
cw_run_describe (CwSeries           *series,
                 const CwScenario   *sc,
                 const CwRunOptions *opts)
{
  series->seed = opts->seed_set ? opts->seed : sc->seed;
  series->start_year = (int) sc->profile[CW_PROFILE_START_YEAR];
  series->scenario_hash = cw_scenario_hash (sc);
  series->stage_ids = g_new0 (char *, sc->stages->len + 1);
  for (guint i = 0; i < sc->stages->len; i++)
    series->stage_ids[i] = g_strdup (((CwStage *) g_ptr_array_index (sc->stages, i))->id);
}

CwSeries *
cw_run (const CwScenario   *sc,
        const CwRunOptions *opts,
        GCancellable       *cancellable,
        GError            **error)
{
  g_autoptr(CwSeries) series = NULL;
  double p[CW_N_PARAMS];
  gint64 start = g_get_monotonic_time ();
  gsize block;

  g_return_val_if_fail (sc != NULL && opts != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!cw_run_validate (sc, error))
    return NULL;
  series = cw_series_new (cw_run_steps (sc, opts), 1);
  cw_run_describe (series, sc, opts);
  cw_model_params (sc, p);
  if (!cw_run_replicate (sc, opts, series->seed, p, cw_series_get (series, 0, CW_STAT_MEAN),
                         cancellable, error))
    return NULL;
  block = (gsize) CW_N_OUTPUTS * series->n_steps * sizeof (double);
  memcpy (cw_series_get (series, 0, CW_STAT_P05), cw_series_get (series, 0, CW_STAT_MEAN), block);
  memcpy (cw_series_get (series, 0, CW_STAT_P95), cw_series_get (series, 0, CW_STAT_MEAN), block);
  series->wall_ms = (g_get_monotonic_time () - start) / 1000.0;
  return g_steal_pointer (&series);
}

/* cw-explanation-run.c — running the coalitions of an explanation on a pool of threads
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-explainer"

#include "config.h"

#include "cw-ensemble.h"
#include "cw-explanation-private.h"
#include "cw-parallel.h"
#include "cw-rng.h"

typedef struct {
  CwExplanation *self;
  int            end;
  GCancellable  *cancellable;
  int            runs;        /* atomic: replicate runs made */
} Job;

/* Runs replicates done … end − 1 of coalition @i, in order, so its sum does
 * not depend on the threads. */
static gboolean
run_coalition (int       i,
               double   *scratch,
               gpointer  data,
               GError  **error)
{
  Job *job = data;
  CwExplanation *self = job->self;
  CwCoalition *c = &g_array_index (self->coalitions, CwCoalition, i);
  gsize block = (gsize) CW_N_OUTPUTS * self->n_steps;
  const CwScenario *sc = c->run;
  CwRunOptions opts;

  cw_run_options_init (&opts);
  opts.levers_off = ~(guint32) (c->key & 0xffffffffu);
  opts.no_cycle = (c->key & CW_COALITION_NO_CYCLE) != 0;
  for (int r = c->done; r < job->end; r++)
    {
      double p[CW_N_PARAMS];

      cw_ensemble_params (sc, &opts, self->seed, r, p);
      if (!cw_run_replicate (sc, &opts, cw_replicate_seed (self->seed, r), p, scratch,
                             job->cancellable, error))
        return FALSE;
      for (gsize k = 0; k < block; k++)
        c->sum[k] += scratch[k];
      c->done = r + 1;
      g_atomic_int_inc (&job->runs);
    }
  return TRUE;
}

gboolean
cw_explanation_advance (CwExplanation *self,
                        int            end,
                        int            threads,
                        guint64       *runs_done,
                        GCancellable  *cancellable,
                        GError       **error)
{
  Job job = { self, MIN (end, self->total_runs), cancellable, 0 };
  gboolean ok = cw_parallel_run (0, (int) self->coalitions->len, threads,
                                 (gsize) CW_N_OUTPUTS * self->n_steps, run_coalition, &job,
                                 NULL, NULL, error);

  if (runs_done != NULL)
    *runs_done += job.runs;
  return ok;
}

CwExplanation *
cw_explanation_compute (const CwScenario *sc,
                        int               expanded,
                        int               runs,
                        int               threads,
                        GCancellable     *cancellable,
                        GError          **error)
{
  g_autoptr(CwExplanation) self = NULL;

  g_return_val_if_fail (sc != NULL && runs > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((self = cw_explanation_plan (sc, expanded, runs, error)) == NULL ||
      !cw_explanation_advance (self, self->total_runs, threads, NULL, cancellable, error))
    return NULL;
  return g_steal_pointer (&self);
}

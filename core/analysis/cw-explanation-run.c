/* cw-explanation-run.c — running the coalitions of an explanation on a pool of threads
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-explainer"

#include "config.h"

#include "cw-ensemble.h"
#include "cw-explanation-private.h"
#include "cw-rng.h"

typedef struct {
  CwExplanation *self;
  int            end;
  GCancellable  *cancellable;
  int            next;        /* atomic: the next coalition to take */
  int            failed;      /* atomic */
  int            runs;        /* atomic: replicate runs made */
  GMutex         lock;
  GError        *error;       /* the first, under lock */
} Job;

/* Runs replicates done … end − 1 of @c, in order, so its sum does not depend
 * on the threads. */
static gboolean
run_coalition (Job         *job,
               CwCoalition *c,
               double      *scratch,
               GError     **error)
{
  CwExplanation *self = job->self;
  gsize block = (gsize) CW_N_OUTPUTS * self->n_steps;
  const CwScenario *sc = (c->key & CW_COALITION_NO_STANDING) ? self->cycle_only : self->scenario;
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
      for (gsize i = 0; i < block; i++)
        c->sum[i] += scratch[i];
      c->done = r + 1;
      g_atomic_int_inc (&job->runs);
    }
  return TRUE;
}

static gpointer
worker (gpointer data)
{
  Job *job = data;
  g_autofree double *scratch = g_new (double, (gsize) CW_N_OUTPUTS * job->self->n_steps);

  for (;;)
    {
      int i = g_atomic_int_add (&job->next, 1);
      GError *error = NULL;

      if (i >= (int) job->self->coalitions->len || g_atomic_int_get (&job->failed))
        return NULL;
      if (!run_coalition (job, &g_array_index (job->self->coalitions, CwCoalition, i), scratch, &error))
        {
          g_atomic_int_set (&job->failed, 1);
          g_mutex_lock (&job->lock);
          if (job->error == NULL)
            job->error = error;
          else
            g_error_free (error);
          g_mutex_unlock (&job->lock);
          return NULL;
        }
    }
}

gboolean
cw_explanation_advance (CwExplanation *self,
                        int            end,
                        int            threads,
                        guint64       *runs_done,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autofree GThread **pool = NULL;
  Job job = { self, MIN (end, self->total_runs), cancellable };
  int n_threads = CLAMP (threads > 0 ? threads : (int) g_get_num_processors (), 1,
                         (int) MAX (self->coalitions->len, 1));

  g_mutex_init (&job.lock);
  pool = g_new0 (GThread *, n_threads);
  for (int i = 1; i < n_threads; i++)
    pool[i] = g_thread_new ("cw-explainer", worker, &job);
  worker (&job);
  for (int i = 1; i < n_threads; i++)
    g_thread_join (pool[i]);
  g_mutex_clear (&job.lock);
  if (runs_done != NULL)
    *runs_done += job.runs;
  if (job.error != NULL)
    {
      g_propagate_error (error, job.error);
      return FALSE;
    }
  return TRUE;
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

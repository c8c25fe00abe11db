/* cw-parallel.c — items on a few threads, the first error kept
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-parallel"

#include "config.h"

#include "cw-parallel.h"

typedef struct {
  int             last;
  gsize           scratch_doubles;
  CwParallelFunc  func;
  gpointer        data;
  CwProgressFunc  progress;
  gpointer        user_data;
  int             next;        /* atomic: the next item to take */
  int             failed;      /* atomic: stop taking items */
  GMutex          lock;
  int             done;        /* under lock */
  GError         *error;       /* the first error, under lock */
} Job;

static gpointer
worker (gpointer data)
{
  Job *job = data;
  g_autofree double *scratch = job->scratch_doubles > 0 ? g_new (double, job->scratch_doubles) : NULL;

  for (;;)
    {
      int i = g_atomic_int_add (&job->next, 1);
      GError *error = NULL;
      gboolean ok;

      if (i >= job->last || g_atomic_int_get (&job->failed))
        return NULL;
      ok = job->func (i, scratch, job->data, &error);
      g_mutex_lock (&job->lock);
      if (!ok)
        {
          g_atomic_int_set (&job->failed, 1);
          if (job->error == NULL)
            job->error = error;
          else
            g_error_free (error);
        }
      else if (job->progress != NULL)
        job->progress (++job->done, job->last, job->user_data);
      g_mutex_unlock (&job->lock);
      if (!ok)
        return NULL;
    }
}

gboolean
cw_parallel_run (int             first,
                 int             last,
                 int             threads,
                 gsize           scratch_doubles,
                 CwParallelFunc  func,
                 gpointer        data,
                 CwProgressFunc  progress,
                 gpointer        user_data,
                 GError        **error)
{
  Job job = { last, scratch_doubles, func, data, progress, user_data, first, 0 };
  g_autofree GThread **pool = NULL;
  int n_threads;

  g_return_val_if_fail (func != NULL && first <= last, FALSE);

  job.done = first;
  g_mutex_init (&job.lock);
  n_threads = CLAMP (threads > 0 ? threads : (int) g_get_num_processors (), 1, MAX (last - first, 1));
  pool = g_new0 (GThread *, n_threads);
  for (int i = 1; i < n_threads; i++)
    pool[i] = g_thread_new ("cw-parallel", worker, &job);
  worker (&job);
  for (int i = 1; i < n_threads; i++)
    g_thread_join (pool[i]);
  g_mutex_clear (&job.lock);
  if (job.error != NULL)
    {
      g_propagate_error (error, job.error);
      return FALSE;
    }
  return TRUE;
}

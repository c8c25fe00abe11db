/* cw-worker.c — one job at a time on worker threads: generations, busy, failures
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-worker"

#include "config.h"

#include "cw-worker-private.h"

typedef struct {
  int          threads;
  guint        generation;
  CwWorkerJob *current;     /* shared with the step working on it */
  gboolean     busy;
  guint        pending;     /* steps not back from their thread yet */
} CwWorkerPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CwWorker, cw_worker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

enum {
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

gpointer
cw_worker_job_new (gsize          size,
                   GDestroyNotify clear)
{
  CwWorkerJob *job;

  g_return_val_if_fail (size >= sizeof (CwWorkerJob), NULL);
  job = g_atomic_rc_box_alloc0 (size);
  job->cancellable = g_cancellable_new ();
  job->clear = clear;
  return job;
}

gpointer
cw_worker_job_ref (gpointer job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
job_clear (CwWorkerJob *job)
{
  if (job->clear != NULL)
    job->clear (job);
  g_clear_object (&job->cancellable);
}

void
cw_worker_job_unref (gpointer job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify) job_clear);
}

static void
set_busy (CwWorker *self,
          gboolean  busy)
{
  CwWorkerPrivate *priv = cw_worker_get_instance_private (self);

  if (priv->busy == busy)
    return;
  priv->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

void
cw_worker_cancel (CwWorker *self)
{
  CwWorkerPrivate *priv;

  g_return_if_fail (CW_IS_WORKER (self));

  priv = cw_worker_get_instance_private (self);
  if (priv->current == NULL)
    return;
  g_cancellable_cancel (priv->current->cancellable);
  g_clear_pointer (&priv->current, cw_worker_job_unref);
  priv->generation++;
  set_busy (self, FALSE);
}

void
cw_worker_begin (CwWorker *self,
                 gpointer  job)
{
  CwWorkerPrivate *priv = cw_worker_get_instance_private (self);

  cw_worker_cancel (self);
  priv->current = job;
  priv->current->generation = ++priv->generation;
  set_busy (self, TRUE);
}

gpointer
cw_worker_get_current (CwWorker *self)
{
  CwWorkerPrivate *priv = cw_worker_get_instance_private (self);

  return priv->current;
}

void
cw_worker_run (CwWorker           *self,
               gpointer            job,
               GTaskThreadFunc     func,
               GAsyncReadyCallback callback)
{
  CwWorkerPrivate *priv = cw_worker_get_instance_private (self);
  g_autoptr(GTask) task = g_task_new (self, ((CwWorkerJob *) job)->cancellable, callback,
                                      cw_worker_job_ref (job));

  g_task_set_task_data (task, cw_worker_job_ref (job), cw_worker_job_unref);
  priv->pending++;
  g_task_run_in_thread (task, func);
}

gpointer
cw_worker_finish (CwWorker       *self,
                  GAsyncResult   *result,
                  gpointer        job,
                  GDestroyNotify  value_free)
{
  CwWorkerPrivate *priv = cw_worker_get_instance_private (self);
  CwWorkerJob *head = job;
  g_autoptr(GError) error = NULL;
  gpointer value = g_task_propagate_pointer (G_TASK (result), &error);

  g_assert (priv->pending > 0);
  priv->pending--;
  if (head->generation != priv->generation)
    {
      if (value != NULL)
        value_free (value);
      return NULL;
    }
  if (value == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          !g_cancellable_is_cancelled (head->cancellable))
        g_signal_emit (self, signals[FAILED], 0, error->message);
      cw_worker_done (self, TRUE);
    }
  return value;
}

void
cw_worker_done (CwWorker *self,
                gboolean  forget)
{
  CwWorkerPrivate *priv = cw_worker_get_instance_private (self);

  if (forget)
    g_clear_pointer (&priv->current, cw_worker_job_unref);
  set_busy (self, FALSE);
}

gboolean
cw_worker_get_busy (CwWorker *self)
{
  CwWorkerPrivate *priv;

  g_return_val_if_fail (CW_IS_WORKER (self), FALSE);
  priv = cw_worker_get_instance_private (self);
  return priv->busy;
}

guint
cw_worker_get_pending (CwWorker *self)
{
  CwWorkerPrivate *priv;

  g_return_val_if_fail (CW_IS_WORKER (self), 0);
  priv = cw_worker_get_instance_private (self);
  return priv->pending;
}

void
cw_worker_set_threads (CwWorker *self,
                       int       threads)
{
  CwWorkerPrivate *priv;

  g_return_if_fail (CW_IS_WORKER (self));
  priv = cw_worker_get_instance_private (self);
  priv->threads = MAX (threads, 0);
}

int
cw_worker_get_threads (CwWorker *self)
{
  CwWorkerPrivate *priv;

  g_return_val_if_fail (CW_IS_WORKER (self), 0);
  priv = cw_worker_get_instance_private (self);
  return priv->threads;
}

static void
cw_worker_dispose (GObject *object)
{
  CwWorkerPrivate *priv = cw_worker_get_instance_private (CW_WORKER (object));

  if (priv->current != NULL)
    {
      g_cancellable_cancel (priv->current->cancellable);
      g_clear_pointer (&priv->current, cw_worker_job_unref);
    }
  G_OBJECT_CLASS (cw_worker_parent_class)->dispose (object);
}

static void
cw_worker_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, cw_worker_get_busy (CW_WORKER (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_worker_class_init (CwWorkerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cw_worker_dispose;
  object_class->get_property = cw_worker_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The latest request cannot be worked on: the message says why. */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
cw_worker_init (CwWorker *self)
{
}

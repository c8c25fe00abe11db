/* cw-explainer.c — explanations on worker threads, progressive, cancelled, cached
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-explainer"

#include "config.h"

#include "cw-explanation-private.h"
#include "cw-worker-private.h"

/* Complete explanations kept for scenarios the user may go back to. */
#define CACHE_SIZE 8

/* One submitted scenario's work: only one task works on it at a time. */
typedef struct {
  CwWorkerJob    job;
  CwExplanation *work;
  int            threads;
  guint64        runs;         /* replicate runs of the last step */
} Work;

struct _CwExplainer
{
  CwWorker       parent_instance;

  guint64        runs_done;
  CwExplanation *explanation;   /* the latest published */
  GPtrArray     *cache;         /* complete CwExplanation, the latest last */
};

G_DEFINE_FINAL_TYPE (CwExplainer, cw_explainer, CW_TYPE_WORKER)

enum {
  PROP_0,
  PROP_EXPLANATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
work_clear (Work *work)
{
  cw_explanation_unref (work->work);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Work, cw_worker_job_unref)

/* Replaces the published explanation with @explanation (taken). */
static void
publish (CwExplainer   *self,
         CwExplanation *explanation)
{
  g_clear_pointer (&self->explanation, cw_explanation_unref);
  self->explanation = explanation;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPLANATION]);
}

static gboolean
same_request (const CwExplanation *explanation,
              const CwScenario    *scenario,
              int                  expanded,
              int                  runs)
{
  return cw_explanation_get_expanded (explanation) == expanded &&
         cw_explanation_get_total_runs (explanation) == runs &&
         cw_scenario_same_run (cw_explanation_get_scenario (explanation), scenario);
}

static void
advance_thread_cb (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  Work *work = data;
  GError *error = NULL;

  work->runs = 0;
  if (!cw_explanation_advance (work->work, cw_explanation_next_end (work->work), work->threads,
                               &work->runs, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, cw_explanation_copy (work->work), (GDestroyNotify) cw_explanation_unref);
}

static void start_step (CwExplainer *self, Work *work);

static void
advance_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CwExplainer *self = CW_EXPLAINER (source);
  g_autoptr(Work) work = user_data;
  CwExplanation *explanation = cw_worker_finish (CW_WORKER (self), result, work,
                                                 (GDestroyNotify) cw_explanation_unref);

  self->runs_done += work->runs;
  if (explanation == NULL)
    return;
  publish (self, explanation);
  if (!cw_explanation_is_complete (explanation))
    {
      start_step (self, work);
      return;
    }
  g_ptr_array_add (self->cache, cw_explanation_ref (explanation));
  if (self->cache->len > CACHE_SIZE)
    g_ptr_array_remove_index (self->cache, 0);
  cw_worker_done (CW_WORKER (self), TRUE);
}

static void
start_step (CwExplainer *self,
            Work        *work)
{
  cw_worker_run (CW_WORKER (self), work, advance_thread_cb, advance_done_cb);
}

void
cw_explainer_submit (CwExplainer      *self,
                     const CwScenario *scenario,
                     int               expanded,
                     int               runs)
{
  g_autoptr(GError) error = NULL;
  CwExplanation *plan;
  Work *work;

  g_return_if_fail (CW_IS_EXPLAINER (self));
  g_return_if_fail (scenario != NULL && runs > 0);

  work = cw_worker_get_current (CW_WORKER (self));
  if (work != NULL && same_request (work->work, scenario, expanded, runs))
    return;
  cw_worker_cancel (CW_WORKER (self));
  for (guint i = self->cache->len; i-- > 0;)
    {
      CwExplanation *cached = g_ptr_array_index (self->cache, i);

      if (same_request (cached, scenario, expanded, runs))
        {
          if (cached != self->explanation)
            publish (self, cw_explanation_ref (cached));
          return;
        }
    }
  if ((plan = cw_explanation_plan (scenario, expanded, runs, &error)) == NULL)
    {
      g_signal_emit_by_name (self, "failed", error->message);
      return;
    }
  /* Coalitions already run, for this scenario with another group open or
   * for one a lever ago (the coalitions without that lever), are not run again. */
  for (guint i = self->cache->len; i-- > 0;)
    cw_explanation_adopt (plan, g_ptr_array_index (self->cache, i));
  work = cw_worker_job_new (sizeof (Work), (GDestroyNotify) work_clear);
  work->work = plan;
  work->threads = cw_worker_get_threads (CW_WORKER (self));
  cw_worker_begin (CW_WORKER (self), work);
  start_step (self, work);
}

void
cw_explainer_cancel (CwExplainer *self)
{
  cw_worker_cancel (CW_WORKER (self));
}

gboolean
cw_explainer_get_busy (CwExplainer *self)
{
  return cw_worker_get_busy (CW_WORKER (self));
}

CwExplanation *
cw_explainer_get_explanation (CwExplainer *self)
{
  g_return_val_if_fail (CW_IS_EXPLAINER (self), NULL);
  return self->explanation;
}

void
cw_explainer_set_threads (CwExplainer *self,
                          int          threads)
{
  cw_worker_set_threads (CW_WORKER (self), threads);
}

guint64
cw_explainer_get_runs_done (CwExplainer *self)
{
  g_return_val_if_fail (CW_IS_EXPLAINER (self), 0);
  return self->runs_done;
}

CwExplainer *
cw_explainer_new (void)
{
  return g_object_new (CW_TYPE_EXPLAINER, NULL);
}

static void
cw_explainer_finalize (GObject *object)
{
  CwExplainer *self = CW_EXPLAINER (object);

  g_clear_pointer (&self->explanation, cw_explanation_unref);
  g_ptr_array_unref (self->cache);
  G_OBJECT_CLASS (cw_explainer_parent_class)->finalize (object);
}

static void
cw_explainer_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CwExplainer *self = CW_EXPLAINER (object);

  switch (prop_id)
    {
    case PROP_EXPLANATION:
      g_value_set_boxed (value, self->explanation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_explainer_class_init (CwExplainerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_explainer_finalize;
  object_class->get_property = cw_explainer_get_property;

  /* The latest CwExplanation: each progressive step publishes a new one. */
  properties[PROP_EXPLANATION] =
    g_param_spec_boxed ("explanation", NULL, NULL, CW_TYPE_EXPLANATION,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cw_explainer_init (CwExplainer *self)
{
  self->cache = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_explanation_unref);
}

/* cw-explainer.c — explanations on worker threads, progressive, cancelled, cached
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-explainer"

#include "config.h"

#include "cw-explanation-private.h"

/* Complete explanations kept for scenarios the user may go back to. */
#define CACHE_SIZE 8

/* One submitted scenario's work: only one task works on it at a time. */
typedef struct {
  guint          generation;
  CwExplanation *work;
  int            threads;
  guint64        runs;         /* replicate runs of the last step */
  GCancellable  *cancellable;
} Work;

struct _CwExplainer
{
  GObject        parent_instance;

  int            threads;
  guint          generation;
  Work          *current;
  gboolean       busy;
  guint64        runs_done;
  CwExplanation *explanation;   /* the latest published */
  GPtrArray     *cache;         /* complete CwExplanation, the latest last */
};

G_DEFINE_FINAL_TYPE (CwExplainer, cw_explainer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_EXPLANATION,
  N_PROPS
};

enum {
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static Work *
work_ref (Work *work)
{
  return g_atomic_rc_box_acquire (work);
}

static void
work_clear (Work *work)
{
  cw_explanation_unref (work->work);
  g_clear_object (&work->cancellable);
}

static void
work_unref (Work *work)
{
  g_atomic_rc_box_release_full (work, (GDestroyNotify) work_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Work, work_unref)

static void
set_busy (CwExplainer *self,
          gboolean     busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

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
  g_autoptr(GError) error = NULL;
  CwExplanation *explanation = g_task_propagate_pointer (G_TASK (result), &error);

  self->runs_done += work->runs;
  if (work->generation != self->generation)
    {
      g_clear_pointer (&explanation, cw_explanation_unref);
      return;
    }
  if (explanation == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          !g_cancellable_is_cancelled (work->cancellable))
        g_signal_emit (self, signals[FAILED], 0, error->message);
      g_clear_pointer (&self->current, work_unref);
      set_busy (self, FALSE);
      return;
    }
  publish (self, explanation);
  if (!cw_explanation_is_complete (explanation))
    {
      start_step (self, work);
      return;
    }
  g_ptr_array_add (self->cache, cw_explanation_ref (explanation));
  if (self->cache->len > CACHE_SIZE)
    g_ptr_array_remove_index (self->cache, 0);
  g_clear_pointer (&self->current, work_unref);
  set_busy (self, FALSE);
}

static void
start_step (CwExplainer *self,
            Work        *work)
{
  g_autoptr(GTask) task = g_task_new (self, work->cancellable, advance_done_cb, work_ref (work));

  g_task_set_task_data (task, work_ref (work), (GDestroyNotify) work_unref);
  g_task_run_in_thread (task, advance_thread_cb);
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

  if (self->current != NULL && same_request (self->current->work, scenario, expanded, runs))
    return;
  cw_explainer_cancel (self);
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
      g_signal_emit (self, signals[FAILED], 0, error->message);
      return;
    }
  /* Coalitions already run, for this scenario with another group open or
   * for one a lever ago (the coalitions without that lever), are not run again. */
  for (guint i = self->cache->len; i-- > 0;)
    cw_explanation_adopt (plan, g_ptr_array_index (self->cache, i));
  work = g_atomic_rc_box_new0 (Work);
  work->generation = ++self->generation;
  work->work = plan;
  work->threads = self->threads;
  work->cancellable = g_cancellable_new ();
  self->current = work;
  set_busy (self, TRUE);
  start_step (self, work);
}

void
cw_explainer_cancel (CwExplainer *self)
{
  g_return_if_fail (CW_IS_EXPLAINER (self));

  if (self->current == NULL)
    return;
  g_cancellable_cancel (self->current->cancellable);
  g_clear_pointer (&self->current, work_unref);
  self->generation++;
  set_busy (self, FALSE);
}

gboolean
cw_explainer_get_busy (CwExplainer *self)
{
  g_return_val_if_fail (CW_IS_EXPLAINER (self), FALSE);
  return self->busy;
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
  g_return_if_fail (CW_IS_EXPLAINER (self));
  self->threads = MAX (threads, 0);
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
cw_explainer_dispose (GObject *object)
{
  CwExplainer *self = CW_EXPLAINER (object);

  if (self->current != NULL)
    {
      g_cancellable_cancel (self->current->cancellable);
      g_clear_pointer (&self->current, work_unref);
    }
  G_OBJECT_CLASS (cw_explainer_parent_class)->dispose (object);
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
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
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

  object_class->dispose = cw_explainer_dispose;
  object_class->finalize = cw_explainer_finalize;
  object_class->get_property = cw_explainer_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The latest CwExplanation: each progressive step publishes a new one. */
  properties[PROP_EXPLANATION] =
    g_param_spec_boxed ("explanation", NULL, NULL, CW_TYPE_EXPLANATION,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The scenario cannot run: the message says why. */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
cw_explainer_init (CwExplainer *self)
{
  self->cache = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_explanation_unref);
}

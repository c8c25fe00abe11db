/* cw-evaluator.c — central run, baseline and band on worker threads
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-evaluator"

#include "config.h"

#include "cw-ensemble.h"
#include "cw-evaluator.h"

/* One submitted scenario and the band replicates computed for it so far.
 * Only one task works on it at a time, so it needs no lock. */
typedef struct {
  guint          generation;
  CwScenario    *scenario;
  CwRunOptions   opts;
  int            n_steps;
  int            total;      /* replicates of the full band */
  int            done;       /* replicates in values so far */
  double        *values;
  GCancellable  *cancellable;
} Evaluation;

struct _CwEvaluator
{
  GObject      parent_instance;

  int          threads;
  guint        generation;
  Evaluation  *current;        /* shared with the task working on it */
  gboolean     busy;

  CwSeries    *central;
  CwSeries    *baseline;
  char        *baseline_key;   /* what the cached baseline was run for */
  CwSeries    *band;
};

G_DEFINE_FINAL_TYPE (CwEvaluator, cw_evaluator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

enum {
  CENTRAL_READY,
  BASELINE_READY,
  BAND_PROGRESS,
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];


static Evaluation *
evaluation_ref (Evaluation *ev)
{
  return g_atomic_rc_box_acquire (ev);
}

static void
evaluation_clear (Evaluation *ev)
{
  cw_scenario_free (ev->scenario);
  g_free (ev->values);
  g_clear_object (&ev->cancellable);
}

static void
evaluation_unref (Evaluation *ev)
{
  g_atomic_rc_box_release_full (ev, (GDestroyNotify) evaluation_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Evaluation, evaluation_unref)

/* Runs @thread_func on a worker for @ev; @callback gets @ev back. */
static void
start_task (CwEvaluator         *self,
            Evaluation          *ev,
            GTaskThreadFunc      thread_func,
            GAsyncReadyCallback  callback)
{
  g_autoptr(GTask) task = g_task_new (self, ev->cancellable, callback, evaluation_ref (ev));

  g_task_set_task_data (task, evaluation_ref (ev), (GDestroyNotify) evaluation_unref);
  g_task_run_in_thread (task, thread_func);
}

static void
set_busy (CwEvaluator *self,
          gboolean     busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* What the baseline depends on: the scenario without any policy. */
static char *
baseline_key (const CwScenario *sc)
{
  g_autoptr(CwScenario) plain = cw_scenario_copy (sc);

  plain->standing_held = 0;
  g_ptr_array_set_size (plain->stages, 0);
  g_ptr_array_set_size (plain->edges, 0);
  g_clear_pointer (&plain->start, g_free);
  plain->runs = 1;
  return cw_scenario_hash (plain);
}

/* The next size the band grows to: a tenth, a quarter, a half, all of it. */
static int
next_chunk_end (int done,
                int total)
{
  static const int parts[] = { 10, 4, 2, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      int end = MAX (total / parts[i], 1);

      if (end > done)
        return end;
    }
  return total;
}

/* Stores the result of @result in @slot if it belongs to the current
 * evaluation and returns TRUE; reports any real failure otherwise. */
static gboolean
take_result (CwEvaluator   *self,
             GAsyncResult  *result,
             Evaluation    *ev,
             CwSeries     **slot)
{
  g_autoptr(GError) error = NULL;
  CwSeries *series = g_task_propagate_pointer (G_TASK (result), &error);

  if (ev->generation != self->generation)
    {
      g_clear_pointer (&series, cw_series_free);
      return FALSE;
    }
  if (series == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          !g_cancellable_is_cancelled (ev->cancellable))
        g_signal_emit (self, signals[FAILED], 0, error->message);
      set_busy (self, FALSE);
      return FALSE;
    }
  g_clear_pointer (slot, cw_series_free);
  *slot = series;
  return TRUE;
}

static void
band_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Evaluation *ev = data;
  int end = next_chunk_end (ev->done, ev->total);
  g_autoptr(CwSeries) series = cw_series_new (ev->n_steps, end);
  GError *error = NULL;

  cw_run_describe (series, ev->scenario, &ev->opts);
  if (!cw_ensemble_fill (ev->scenario, &ev->opts, series->seed, ev->n_steps, ev->values,
                         ev->done, end, NULL, NULL, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  cw_ensemble_summarise (series, ev->values, end);
  g_task_return_pointer (task, g_steal_pointer (&series), (GDestroyNotify) cw_series_free);
}

static void
band_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  CwEvaluator *self = CW_EVALUATOR (source);
  g_autoptr(Evaluation) ev = user_data;

  if (!take_result (self, result, ev, &self->band))
    return;
  ev->done = self->band->runs;
  g_signal_emit (self, signals[BAND_PROGRESS], 0, ev->done, ev->total);
  if (ev->done < ev->total)
    start_task (self, ev, band_thread, band_done_cb);
  else
    set_busy (self, FALSE);
}

/* Runs one replicate of the scenario, with or without its policy. */
static void
return_single_run (GTask        *task,
                   Evaluation   *ev,
                   gboolean      baseline,
                   GCancellable *cancellable)
{
  CwRunOptions opts = ev->opts;
  GError *error = NULL;
  CwSeries *series;

  opts.baseline = baseline;
  series = cw_run (ev->scenario, &opts, cancellable, &error);
  if (series == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, series, (GDestroyNotify) cw_series_free);
}

static void
central_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  return_single_run (task, data, FALSE, cancellable);
}

static void
baseline_thread (GTask        *task,
                 gpointer      source,
                 gpointer      data,
                 GCancellable *cancellable)
{
  return_single_run (task, data, TRUE, cancellable);
}

static void
baseline_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  CwEvaluator *self = CW_EVALUATOR (source);
  g_autoptr(Evaluation) ev = user_data;

  if (!take_result (self, result, ev, &self->baseline))
    return;
  g_free (self->baseline_key);
  self->baseline_key = baseline_key (ev->scenario);
  g_signal_emit (self, signals[BASELINE_READY], 0);
  start_task (self, ev, band_thread, band_done_cb);
}

static void
central_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CwEvaluator *self = CW_EVALUATOR (source);
  g_autoptr(Evaluation) ev = user_data;
  g_autofree char *key = NULL;

  if (!take_result (self, result, ev, &self->central))
    return;
  g_signal_emit (self, signals[CENTRAL_READY], 0);

  key = baseline_key (ev->scenario);
  if (self->baseline == NULL || g_strcmp0 (key, self->baseline_key) != 0)
    start_task (self, ev, baseline_thread, baseline_done_cb);
  else
    start_task (self, ev, band_thread, band_done_cb);
}

void
cw_evaluator_submit (CwEvaluator      *self,
                     const CwScenario *scenario)
{
  Evaluation *ev;

  g_return_if_fail (CW_IS_EVALUATOR (self));
  g_return_if_fail (scenario != NULL);

  cw_evaluator_cancel (self);
  ev = g_atomic_rc_box_new0 (Evaluation);
  ev->generation = ++self->generation;
  ev->scenario = cw_scenario_copy (scenario);
  cw_run_options_init (&ev->opts);
  ev->opts.threads = self->threads;
  ev->n_steps = cw_run_steps (ev->scenario, &ev->opts);
  ev->total = CLAMP (ev->scenario->runs, 1, CW_MAX_RUNS);
  ev->values = g_new (double, (gsize) CW_N_OUTPUTS * ev->n_steps * ev->total);
  ev->cancellable = g_cancellable_new ();
  self->current = ev;

  set_busy (self, TRUE);
  start_task (self, ev, central_thread, central_done_cb);
}

void
cw_evaluator_cancel (CwEvaluator *self)
{
  g_return_if_fail (CW_IS_EVALUATOR (self));

  if (self->current == NULL)
    return;
  g_cancellable_cancel (self->current->cancellable);
  g_clear_pointer (&self->current, evaluation_unref);
  self->generation++;
  set_busy (self, FALSE);
}

gboolean
cw_evaluator_get_busy (CwEvaluator *self)
{
  g_return_val_if_fail (CW_IS_EVALUATOR (self), FALSE);
  return self->busy;
}

const CwSeries *
cw_evaluator_get_central (CwEvaluator *self)
{
  g_return_val_if_fail (CW_IS_EVALUATOR (self), NULL);
  return self->central;
}

const CwSeries *
cw_evaluator_get_baseline (CwEvaluator *self)
{
  g_return_val_if_fail (CW_IS_EVALUATOR (self), NULL);
  return self->baseline;
}

const CwSeries *
cw_evaluator_get_band (CwEvaluator *self)
{
  g_return_val_if_fail (CW_IS_EVALUATOR (self), NULL);
  return self->band;
}

int
cw_evaluator_get_band_total (CwEvaluator *self)
{
  g_return_val_if_fail (CW_IS_EVALUATOR (self), 0);
  return self->current ? self->current->total : 0;
}

void
cw_evaluator_set_threads (CwEvaluator *self,
                          int          threads)
{
  g_return_if_fail (CW_IS_EVALUATOR (self));
  self->threads = MAX (threads, 0);
}

CwEvaluator *
cw_evaluator_new (void)
{
  return g_object_new (CW_TYPE_EVALUATOR, NULL);
}

static void
cw_evaluator_dispose (GObject *object)
{
  CwEvaluator *self = CW_EVALUATOR (object);

  if (self->current != NULL)
    {
      g_cancellable_cancel (self->current->cancellable);
      g_clear_pointer (&self->current, evaluation_unref);
    }
  G_OBJECT_CLASS (cw_evaluator_parent_class)->dispose (object);
}

static void
cw_evaluator_finalize (GObject *object)
{
  CwEvaluator *self = CW_EVALUATOR (object);

  g_clear_pointer (&self->central, cw_series_free);
  g_clear_pointer (&self->baseline, cw_series_free);
  g_clear_pointer (&self->band, cw_series_free);
  g_free (self->baseline_key);
  G_OBJECT_CLASS (cw_evaluator_parent_class)->finalize (object);
}

static void
cw_evaluator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CwEvaluator *self = CW_EVALUATOR (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_evaluator_class_init (CwEvaluatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cw_evaluator_dispose;
  object_class->finalize = cw_evaluator_finalize;
  object_class->get_property = cw_evaluator_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The central run of the latest scenario is ready. */
  signals[CENTRAL_READY] =
    g_signal_new ("central-ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A new no-policy baseline is ready (the profile or parameters changed). */
  signals[BASELINE_READY] =
    g_signal_new ("baseline-ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The band grew to @done of @total replicates. */
  signals[BAND_PROGRESS] =
    g_signal_new ("band-progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);
  /* The latest scenario cannot run: the message says why. */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
cw_evaluator_init (CwEvaluator *self)
{
}

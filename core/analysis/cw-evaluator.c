/* cw-evaluator.c — central run, baseline and band on worker threads
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-evaluator"

#include "config.h"

#include <string.h>

#include "cw-ensemble.h"
#include "cw-evaluator.h"
#include "cw-worker-private.h"

/* What a task of an evaluation computes, in this order. */
typedef enum {
  STEP_CENTRAL,
  STEP_BASELINE,
  STEP_BAND,
} Step;

/* Band replicates without the policy, shared by the evaluations of scenarios
 * whose no-policy runs are the same (a lever moved): they run once. A task
 * of a superseded evaluation may still be filling them when the next one
 * starts, hence the lock. */
typedef struct {
  GMutex   lock;
  int      capacity;   /* replicates values holds */
  int      done;       /* replicates in values so far, under lock */
  double  *values;
} BaselineRuns;

/* One submitted scenario and the band replicates computed for it so far.
 * Only one task works on it at a time, so it needs no lock. */
typedef struct {
  CwWorkerJob    job;
  CwScenario    *scenario;
  CwRunOptions   opts;
  int            n_steps;
  int            total;      /* replicates of the full band */
  int            done;       /* replicates in values so far */
  double        *values;
  BaselineRuns  *base;       /* the same replicates without the policy */
  Step           step;       /* of the task under way */
} Evaluation;

/* What a band task returns: the band and the paired effect, both over the
 * first @band->runs replicates. */
typedef struct {
  CwSeries *band;
  CwSeries *effect;
} Chunk;

struct _CwEvaluator
{
  CwWorker     parent_instance;

  /* The scenario last submitted, with the latest names; NULL after a cancel. */
  CwScenario  *submitted;
  CwResult    *result;         /* the latest published */
};

G_DEFINE_FINAL_TYPE (CwEvaluator, cw_evaluator, CW_TYPE_WORKER)

enum {
  PROP_0,
  PROP_RESULT,
  N_PROPS
};

enum {
  CENTRAL_READY,
  BASELINE_READY,
  BAND_PROGRESS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static BaselineRuns *
baseline_runs_new (int capacity,
                   int n_steps)
{
  BaselineRuns *base = g_atomic_rc_box_new0 (BaselineRuns);

  g_mutex_init (&base->lock);
  base->capacity = capacity;
  base->values = g_new (double, (gsize) CW_N_OUTPUTS * n_steps * capacity);
  return base;
}

static void
baseline_runs_clear (BaselineRuns *base)
{
  g_mutex_clear (&base->lock);
  g_free (base->values);
}

static void
evaluation_clear (Evaluation *ev)
{
  cw_scenario_free (ev->scenario);
  g_free (ev->values);
  g_atomic_rc_box_release_full (ev->base, (GDestroyNotify) baseline_runs_clear);
}

static void
chunk_free (Chunk *chunk)
{
  cw_series_free (chunk->band);
  cw_series_free (chunk->effect);
  g_free (chunk);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Evaluation, cw_worker_job_unref)

/* Replaces the published result with @result (taken). */
static void
publish (CwEvaluator *self,
         CwResult    *result)
{
  g_clear_pointer (&self->result, cw_result_unref);
  self->result = result;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

/* The scenario without any policy: what the baseline runs. */
static CwScenario *
without_policy (const CwScenario *sc)
{
  CwScenario *plain = cw_scenario_copy (sc);

  plain->standing_held = 0;
  g_ptr_array_set_size (plain->stages, 0);
  g_ptr_array_set_size (plain->edges, 0);
  g_clear_pointer (&plain->start, g_free);
  plain->runs = 1;
  return plain;
}

static gboolean
same_baseline (const CwScenario *a,
               const CwScenario *b)
{
  g_autoptr(CwScenario) plain_a = without_policy (a);
  g_autoptr(CwScenario) plain_b = without_policy (b);

  return cw_scenario_same_run (plain_a, plain_b);
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

/* Band replicates 0 … @end − 1 without the policy, those not run yet run
 * now, and the paired effect over them into @effect; FALSE on cancellation
 * or failure. */
static gboolean
paired_effect (Evaluation    *ev,
               CwSeries      *effect,
               int            end,
               GCancellable  *cancellable,
               GError       **error)
{
  BaselineRuns *base = ev->base;
  CwRunOptions opts = ev->opts;
  gboolean ok = TRUE;

  opts.baseline = TRUE;
  g_mutex_lock (&base->lock);
  if (base->done < end)
    {
      ok = cw_ensemble_fill (ev->scenario, &opts, effect->seed, ev->n_steps, base->values,
                             base->done, end, NULL, NULL, cancellable, error);
      if (ok)
        base->done = end;
    }
  if (ok)
    cw_ensemble_summarise_effect (effect, ev->values, base->values, end);
  g_mutex_unlock (&base->lock);
  return ok;
}

/* The band grown by a chunk, with the paired effect over the same replicates. */
static Chunk *
grow_band (Evaluation    *ev,
           GCancellable  *cancellable,
           GError       **error)
{
  int end = next_chunk_end (ev->done, ev->total);
  g_autoptr(CwSeries) band = cw_series_new (ev->n_steps, end);
  g_autoptr(CwSeries) effect = cw_series_new (ev->n_steps, end);
  Chunk *chunk;

  cw_run_describe (band, ev->scenario, &ev->opts);
  cw_run_describe (effect, ev->scenario, &ev->opts);
  if (!cw_ensemble_fill (ev->scenario, &ev->opts, band->seed, ev->n_steps, ev->values,
                         ev->done, end, NULL, NULL, cancellable, error) ||
      !paired_effect (ev, effect, end, cancellable, error))
    return NULL;
  cw_ensemble_summarise (band, ev->values, end);
  chunk = g_new0 (Chunk, 1);
  chunk->band = g_steal_pointer (&band);
  chunk->effect = g_steal_pointer (&effect);
  return chunk;
}

/* The step of @ev under way: one replicate of the scenario with or without
 * its policy, or a chunk of the band. */
static void
step_thread_cb (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Evaluation *ev = data;
  CwRunOptions opts = ev->opts;
  GError *error = NULL;
  gpointer value;

  opts.baseline = ev->step == STEP_BASELINE;
  value = ev->step == STEP_BAND ? (gpointer) grow_band (ev, cancellable, &error)
                                : (gpointer) cw_run (ev->scenario, &opts, cancellable, &error);
  if (value == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, value, ev->step == STEP_BAND ? (GDestroyNotify) chunk_free
                                                              : (GDestroyNotify) cw_series_free);
}

static void step_done_cb (GObject *source, GAsyncResult *result, gpointer user_data);

/* Runs @step of @ev on a worker; step_done_cb() gets @ev back. */
static void
start_step (CwEvaluator *self,
            Evaluation  *ev,
            Step         step)
{
  ev->step = step;
  cw_worker_run (CW_WORKER (self), ev, step_thread_cb, step_done_cb);
}

/* What a worker returned for @ev, if @ev is still the evaluation under way;
 * NULL for a cancelled or superseded one (its value is dropped, never
 * published) and after a failure (cw_worker_finish()). */
static gpointer
take_value (CwEvaluator  *self,
            GAsyncResult *result,
            Evaluation   *ev)
{
  gpointer value = cw_worker_finish (CW_WORKER (self), result, ev,
                                     ev->step == STEP_BAND ? (GDestroyNotify) chunk_free
                                                           : (GDestroyNotify) cw_series_free);

  /* The published result and the names to publish belong to @ev. */
  g_assert (value == NULL || cw_scenario_same_run (self->submitted, ev->scenario));
  return value;
}

/* Publishes the central run; the baseline of the result before still holds
 * if the scenario without its policy is the same (compared in full, not by
 * hash). Returns the next step. */
static Step
central_done (CwEvaluator *self,
              Evaluation  *ev,
              CwSeries    *central)
{
  g_autoptr(CwResult) fresh = cw_result_new (self->submitted, central);
  gboolean keep_baseline = self->result != NULL && cw_result_get_baseline (self->result) != NULL &&
                           same_baseline (cw_result_get_scenario (self->result), ev->scenario);

  publish (self, keep_baseline ? cw_result_new_sharing_baseline (fresh, self->result)
                               : g_steal_pointer (&fresh));
  g_signal_emit (self, signals[CENTRAL_READY], 0);
  return keep_baseline ? STEP_BAND : STEP_BASELINE;
}

static void
step_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  CwEvaluator *self = CW_EVALUATOR (source);
  g_autoptr(Evaluation) ev = user_data;
  gpointer value = take_value (self, result, ev);
  Chunk *chunk = value;

  if (value == NULL)
    return;
  switch (ev->step)
    {
    case STEP_CENTRAL:
      start_step (self, ev, central_done (self, ev, value));
      break;
    case STEP_BASELINE:
      publish (self, cw_result_new_with_baseline (self->result, value));
      g_signal_emit (self, signals[BASELINE_READY], 0);
      start_step (self, ev, STEP_BAND);
      break;
    case STEP_BAND:
      ev->done = chunk->band->runs;
      publish (self, cw_result_new_with_band (self->result, chunk->band, chunk->effect));
      g_free (chunk);
      g_signal_emit (self, signals[BAND_PROGRESS], 0, ev->done, ev->total);
      if (ev->done < ev->total)
        start_step (self, ev, STEP_BAND);
      else
        cw_worker_done (CW_WORKER (self), FALSE);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
cw_evaluator_submit (CwEvaluator      *self,
                     const CwScenario *scenario)
{
  Evaluation *ev, *current;

  g_return_if_fail (CW_IS_EVALUATOR (self));
  g_return_if_fail (scenario != NULL);

  ev = cw_worker_job_new (sizeof (Evaluation), (GDestroyNotify) evaluation_clear);
  ev->scenario = cw_scenario_copy (scenario);
  cw_run_options_init (&ev->opts);
  ev->opts.threads = cw_worker_get_threads (CW_WORKER (self));
  ev->n_steps = cw_run_steps (ev->scenario, &ev->opts);
  ev->total = CLAMP (ev->scenario->runs, 1, CW_MAX_RUNS);
  ev->values = g_new (double, (gsize) CW_N_OUTPUTS * ev->n_steps * ev->total);
  /* The no-policy replicates of the evaluation before still hold when the
   * scenario without its policy is the same. */
  current = cw_worker_get_current (CW_WORKER (self));
  if (current != NULL && current->base->capacity >= ev->total && same_baseline (current->scenario, scenario))
    ev->base = g_atomic_rc_box_acquire (current->base);
  else
    ev->base = baseline_runs_new (ev->total, ev->n_steps);
  cw_worker_begin (CW_WORKER (self), ev);
  g_clear_pointer (&self->submitted, cw_scenario_free);
  self->submitted = cw_scenario_copy (scenario);
  start_step (self, ev, STEP_CENTRAL);
}

gboolean
cw_evaluator_update (CwEvaluator      *self,
                     const CwScenario *scenario)
{
  g_return_val_if_fail (CW_IS_EVALUATOR (self), FALSE);
  g_return_val_if_fail (scenario != NULL, FALSE);

  if (self->submitted == NULL || !cw_scenario_same_run (self->submitted, scenario))
    return FALSE;
  if (cw_scenario_equal (self->submitted, scenario))
    return TRUE;
  cw_scenario_free (self->submitted);
  self->submitted = cw_scenario_copy (scenario);
  /* The result shown may still be of an earlier scenario: that one keeps its names. */
  if (self->result != NULL && cw_scenario_same_run (cw_result_get_scenario (self->result), scenario))
    publish (self, cw_result_new_relabelled (self->result, scenario));
  return TRUE;
}

void
cw_evaluator_cancel (CwEvaluator *self)
{
  g_return_if_fail (CW_IS_EVALUATOR (self));

  g_clear_pointer (&self->submitted, cw_scenario_free);
  cw_worker_cancel (CW_WORKER (self));
}

gboolean
cw_evaluator_get_busy (CwEvaluator *self)
{
  return cw_worker_get_busy (CW_WORKER (self));
}

guint
cw_evaluator_get_pending (CwEvaluator *self)
{
  return cw_worker_get_pending (CW_WORKER (self));
}

CwResult *
cw_evaluator_get_result (CwEvaluator *self)
{
  g_return_val_if_fail (CW_IS_EVALUATOR (self), NULL);
  return self->result;
}

void
cw_evaluator_set_threads (CwEvaluator *self,
                          int          threads)
{
  cw_worker_set_threads (CW_WORKER (self), threads);
}

CwEvaluator *
cw_evaluator_new (void)
{
  return g_object_new (CW_TYPE_EVALUATOR, NULL);
}

static void
cw_evaluator_finalize (GObject *object)
{
  CwEvaluator *self = CW_EVALUATOR (object);

  g_clear_pointer (&self->submitted, cw_scenario_free);
  g_clear_pointer (&self->result, cw_result_unref);
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
    case PROP_RESULT:
      g_value_set_boxed (value, self->result);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_evaluator_class_init (CwEvaluatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_evaluator_finalize;
  object_class->get_property = cw_evaluator_get_property;

  /* The latest CwResult: every step of an evaluation publishes a new one. */
  properties[PROP_RESULT] =
    g_param_spec_boxed ("result", NULL, NULL, CW_TYPE_RESULT,
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
}

static void
cw_evaluator_init (CwEvaluator *self)
{
}

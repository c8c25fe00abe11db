/* cw-experiment-run.c — the runs of a design on a pool of threads, streamed as CSV
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-experiment"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-experiment-run.h"
#include "cw-factor.h"
#include "cw-outputs.h"
#include "cw-rng.h"
#include "cw-run.h"

/* Runs per batch and thread: enough that the threads rarely wait for each
 * other at the end of a batch, few enough that memory stays small. */
#define RUNS_PER_THREAD 64

G_DEFINE_QUARK (cw-experiment-error-quark, cw_experiment_error)

typedef struct {
  const CwExperiment *experiment;
  const CwDesign     *design;
  CwRunOptions        opts;
  int                 n_steps;
  guint64             first;     /* run index: point × replicates + replicate */
  guint64             last;
  double             *results;   /* (last − first) × years × outputs */
  GCancellable       *cancellable;
  gssize              next;      /* atomic, relative to first */
  int                 failed;    /* atomic */
  GMutex              lock;
  GError             *error;     /* the first, under lock */
} Batch;

char *
cw_experiment_csv_header (const CwExperiment *experiment)
{
  GString *header = g_string_new ("point,replicate,seed");

  for (guint j = 0; j < experiment->factors->len; j++)
    g_string_append_printf (header, ",%s", ((CwFactor *) g_ptr_array_index (experiment->factors, j))->id);
  g_string_append (header, ",year");
  for (guint o = 0; o < experiment->outputs->len; o++)
    g_string_append_printf (header, ",%s", cw_output_info (g_array_index (experiment->outputs, int, o))->id);
  g_string_append_c (header, '\n');
  return g_string_free (header, FALSE);
}

guint64
cw_experiment_run_seed (const CwExperiment *experiment,
                        guint               point,
                        guint               replicate)
{
  guint k = experiment->factors->len;
  guint group = point;

  /* The points whose differences the estimators take share their seeds. */
  if (experiment->design == CW_DESIGN_SALTELLI)
    group = point / (k + 2);
  else if (experiment->design == CW_DESIGN_MORRIS)
    group = point / (k + 1);
  return cw_replicate_seed (cw_replicate_seed (experiment->seed, group), replicate);
}

void
cw_experiment_shard (guint  n_points,
                     guint  k,
                     guint  n,
                     guint *first,
                     guint *last)
{
  g_return_if_fail (k >= 1 && k <= n);

  *first = (guint) ((guint64) n_points * (k - 1) / n);
  *last = (guint) ((guint64) n_points * k / n);
}

CwScenario *
cw_experiment_point_scenario (const CwExperiment *experiment,
                              const CwDesign     *design,
                              guint               point,
                              GError            **error)
{
  g_autoptr(CwScenario) sc = cw_scenario_copy (experiment->base);
  g_autofree double *x = g_new (double, MAX (design->k, 1));
  g_autoptr(GError) local_error = NULL;

  cw_design_point (design, point, x);
  for (guint j = 0; j < design->k; j++)
    if (!cw_factor_set (sc, ((CwFactor *) g_ptr_array_index (experiment->factors, j))->id, x[j],
                        &local_error))
      break;
  if (local_error == NULL)
    cw_run_validate (sc, &local_error);
  if (local_error != NULL)
    {
      g_set_error (error, CW_EXPERIMENT_ERROR, CW_EXPERIMENT_ERROR_RUN,
                   /* Translators: %u: a design point's number; %s: why it cannot run */
                   _("Point %u of the design cannot run: %s"), point, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&sc);
}

static void
fail (Batch  *batch,
      GError *error)
{
  g_atomic_int_set (&batch->failed, 1);
  g_mutex_lock (&batch->lock);
  if (batch->error == NULL)
    batch->error = error;
  else
    g_error_free (error);
  g_mutex_unlock (&batch->lock);
}

static gpointer
worker (gpointer data)
{
  Batch *batch = data;
  const CwExperiment *experiment = batch->experiment;
  guint n_years = experiment->years->len, n_outputs = experiment->outputs->len;
  g_autofree double *values = g_new (double, (gsize) CW_N_OUTPUTS * batch->n_steps);
  g_autoptr(CwScenario) sc = NULL;
  guint sc_point = G_MAXUINT;

  for (;;)
    {
      gssize i = g_atomic_pointer_add (&batch->next, 1);
      guint64 run = batch->first + i;
      guint point = run / experiment->replicates, replicate = run % experiment->replicates;
      double p[CW_N_PARAMS];
      double *row = batch->results + (gsize) i * n_years * n_outputs;
      GError *error = NULL;

      if (run >= batch->last || g_atomic_int_get (&batch->failed))
        return NULL;
      if (point != sc_point)
        {
          g_clear_pointer (&sc, cw_scenario_free);
          sc_point = point;
          if ((sc = cw_experiment_point_scenario (experiment, batch->design, point, &error)) == NULL)
            {
              fail (batch, error);
              return NULL;
            }
        }
      cw_model_params (sc, p);
      if (!cw_run_replicate (sc, &batch->opts, cw_experiment_run_seed (experiment, point, replicate),
                             p, values, batch->cancellable, &error))
        {
          fail (batch, error);
          return NULL;
        }
      for (guint y = 0; y < n_years; y++)
        for (guint o = 0; o < n_outputs; o++)
          row[y * n_outputs + o] =
            values[(gsize) g_array_index (experiment->outputs, int, o) * batch->n_steps +
                   g_array_index (experiment->years, int, y) * CW_STEPS_PER_YEAR];
    }
}

static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_c (out, ',');
  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.10g", value));
}

/* The rows of the batch's runs, in order. */
static void
format_rows (const Batch *batch,
             GString     *out)
{
  const CwExperiment *experiment = batch->experiment;
  guint n_years = experiment->years->len, n_outputs = experiment->outputs->len;
  g_autofree double *x = g_new (double, MAX (batch->design->k, 1));

  for (guint64 run = batch->first; run < batch->last; run++)
    {
      guint point = run / experiment->replicates, replicate = run % experiment->replicates;
      const double *row = batch->results + (gsize) (run - batch->first) * n_years * n_outputs;
      guint64 seed = cw_experiment_run_seed (experiment, point, replicate);

      cw_design_point (batch->design, point, x);
      for (guint y = 0; y < n_years; y++)
        {
          g_string_append_printf (out, "%u,%u,%" G_GUINT64_FORMAT, point, replicate, seed);
          for (guint j = 0; j < batch->design->k; j++)
            append_number (out, x[j]);
          g_string_append_printf (out, ",%d", g_array_index (experiment->years, int, y));
          for (guint o = 0; o < n_outputs; o++)
            append_number (out, row[y * n_outputs + o]);
          g_string_append_c (out, '\n');
        }
    }
}

gboolean
cw_experiment_run (const CwExperiment   *experiment,
                   const CwDesign       *design,
                   guint                 first,
                   guint                 last,
                   int                   threads,
                   GOutputStream        *out,
                   CwExperimentProgress  progress,
                   gpointer              user_data,
                   GCancellable         *cancellable,
                   GError              **error)
{
  guint64 replicates = experiment->replicates;
  guint64 total = (guint64) (last - first) * replicates;
  guint64 batch_runs;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree GThread **workers = NULL;
  g_autofree double *results = NULL;
  Batch batch = { experiment, design };

  g_return_val_if_fail (first <= last && last <= design->n_points, FALSE);

  if (threads <= 0)
    threads = (int) g_get_num_processors ();
  batch_runs = (guint64) RUNS_PER_THREAD * threads;
  workers = g_new (GThread *, threads);
  results = g_new (double, batch_runs * experiment->years->len * experiment->outputs->len);
  cw_run_options_init (&batch.opts);
  batch.opts.years = cw_experiment_run_years (experiment);
  batch.n_steps = cw_run_steps (experiment->base, &batch.opts);
  batch.results = results;
  batch.cancellable = cancellable;
  g_mutex_init (&batch.lock);
  for (guint64 done = 0; done < total && batch.error == NULL;)
    {
      batch.first = first * replicates + done;
      batch.last = batch.first + MIN (batch_runs, total - done);
      batch.next = 0;
      for (int t = 0; t < threads; t++)
        workers[t] = g_thread_new ("cw-experiment", worker, &batch);
      for (int t = 0; t < threads; t++)
        g_thread_join (workers[t]);
      if (batch.error != NULL)
        break;
      g_string_truncate (text, 0);
      format_rows (&batch, text);
      if (!g_output_stream_write_all (out, text->str, text->len, NULL, cancellable, &batch.error))
        break;
      done += batch.last - batch.first;
      if (progress != NULL)
        progress (done, total, user_data);
    }
  g_mutex_clear (&batch.lock);
  if (batch.error != NULL)
    {
      if (g_error_matches (batch.error, CW_RUN_ERROR, CW_RUN_ERROR_CANCELLED) ||
          g_error_matches (batch.error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_clear_error (&batch.error);
          g_set_error_literal (&batch.error, CW_EXPERIMENT_ERROR, CW_EXPERIMENT_ERROR_CANCELLED,
                               _("The experiment was cancelled."));
        }
      g_propagate_error (error, batch.error);
      return FALSE;
    }
  return TRUE;
}

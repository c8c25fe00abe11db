/* cw-experiment-dialog.c — Experiments: running a sweep or a search in the background, with progress
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A job runs on a GTask thread (cw_experiment_run() or cw_optimise(), which
 * spread their runs over the cores themselves) and counts what it has done
 * in two atomics that a timeout shows: done/total, runs per second, time
 * left. Cancel cancels the job's GCancellable; the UI thread never waits.
 */
#define G_LOG_DOMAIN "cw-experiment"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-a11y-names.h"
#include "cw-experiment-private.h"
#include "cw-experiment-run.h"
#include "cw-outputs.h"
#include "cw-run.h"

/* How often the progress bar moves, in ms. */
#define PROGRESS_INTERVAL 250
/* The most runs a sweep in the window has: their rows are kept in memory
 * (about 100 bytes per run and year); larger studies go to the CLI. */
#define WINDOW_RUNS 500000

G_DEFINE_FINAL_TYPE (CwExperimentDialog, cw_experiment_dialog, ADW_TYPE_WINDOW)

gboolean
_cw_experiment_is_numeric (int output)
{
  return output >= 0 && output < CW_N_OUTPUTS && output != CW_OUT_STEP && output != CW_OUT_YEAR &&
         cw_output_info (output)->kind != CW_OUTPUT_KIND_CATEGORY;
}

void
_cw_experiment_toast (CwExperimentDialog *self,
                      const char         *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

gboolean
cw_experiment_dialog_get_running (CwExperimentDialog *self)
{
  g_return_val_if_fail (CW_IS_EXPERIMENT_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}

const CwSensitivityRow *
cw_experiment_dialog_get_rows (CwExperimentDialog *self,
                               guint              *n_rows)
{
  g_return_val_if_fail (CW_IS_EXPERIMENT_DIALOG (self), NULL);

  *n_rows = self->rows != NULL ? self->table->k : 0;
  return self->rows;
}

const CwPointTable *
cw_experiment_dialog_get_table (CwExperimentDialog *self)
{
  g_return_val_if_fail (CW_IS_EXPERIMENT_DIALOG (self), NULL);
  return self->table;
}

const CwPointGrid *
cw_experiment_dialog_get_grid (CwExperimentDialog *self,
                               guint              *x,
                               guint              *y)
{
  g_return_val_if_fail (CW_IS_EXPERIMENT_DIALOG (self), NULL);

  *x = self->grid_x;
  *y = self->grid_y;
  return self->grid;
}

/* "1,234 of 5,000 runs · 640 runs/s · 6 s left", in the user's locale. */
static char *
progress_text (CwExperimentDialog *self,
               int                 done,
               int                 total)
{
  double elapsed = g_timer_elapsed (self->timer, NULL);
  double rate = done / MAX (elapsed, 1e-3);
  double left = done > 0 ? (total - done) / rate : -1;
  g_autofree char *count = NULL, *speed = NULL, *remaining = NULL;

  if (self->searching)
    /* Translators: the optimiser's progress: allocations judged of at most so many */
    count = g_strdup_printf (ngettext ("%'d of at most %'d allocation", "%'d of at most %'d allocations", total),
                             done, total);
  else
    /* Translators: an experiment's progress: runs done of all runs */
    count = g_strdup_printf (ngettext ("%'d of %'d run", "%'d of %'d runs", total), done, total);
  /* Translators: runs or allocations per second */
  speed = g_strdup_printf (_("%.1f per second"), rate);
  if (left < 0)
    remaining = g_strdup (_("time left not known yet"));
  else if (left < 90)
    remaining = g_strdup_printf (ngettext ("%d second left", "%d seconds left", (int) left), (int) left);
  else
    remaining = g_strdup_printf (ngettext ("%d minute left", "%d minutes left", (int) (left / 60 + 0.5)),
                                 (int) (left / 60 + 0.5));
  return g_strdup_printf ("%s · %s · %s", count, speed, remaining);
}

static gboolean
progress_cb (gpointer user_data)
{
  CwExperimentDialog *self = user_data;
  int done = g_atomic_int_get (&self->done), total = g_atomic_int_get (&self->total);
  g_autofree char *text = progress_text (self, done, total);

  gtk_progress_bar_set_fraction (self->progress, total > 0 ? (double) done / total : 0);
  gtk_progress_bar_set_text (self->progress, text);
  return G_SOURCE_CONTINUE;
}

static void
set_running (CwExperimentDialog *self,
             gboolean            running)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experiment.run", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experiment.cancel", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experiment.open", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experiment.follow-window", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experiment.apply",
                                 !running && self->optima != NULL && self->search_applies);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experiment.export-csv", !running && self->csv != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experiment.export-chart",
                                 !running && (self->rows != NULL || self->grid != NULL ||
                                              (self->optima != NULL && self->budgets->len > 1)));
  if (running)
    {
      g_atomic_int_set (&self->done, 0);
      g_timer_start (self->timer);
      gtk_progress_bar_set_fraction (self->progress, 0);
      self->progress_id = g_timeout_add (PROGRESS_INTERVAL, progress_cb, self);
      progress_cb (self);
    }
  else
    {
      g_clear_handle_id (&self->progress_id, g_source_remove);
      g_clear_object (&self->cancellable);
    }
}

/* The job ended: @error is NULL, a cancellation or a failure. */
static gboolean
job_ended (CwExperimentDialog *self,
           GError             *error)
{
  int done = g_atomic_int_get (&self->done), total = g_atomic_int_get (&self->total);
  g_autofree char *text = progress_text (self, done, total);
  double elapsed = g_timer_elapsed (self->timer, NULL);

  set_running (self, FALSE);
  gtk_progress_bar_set_fraction (self->progress, total > 0 ? (double) done / total : 0);
  gtk_progress_bar_set_text (self->progress, text);
  /* GTask reports a cancelled job as cancelled, whatever it returned. */
  if (error != NULL && (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
                        g_error_matches (error, CW_EXPERIMENT_ERROR, CW_EXPERIMENT_ERROR_CANCELLED) ||
                        g_error_matches (error, CW_RUN_ERROR, CW_RUN_ERROR_CANCELLED)))
    {
      g_autofree char *message = NULL;

      /* Translators: %'d: runs or allocations done; %'d: all of them */
      message = g_strdup_printf (_("Cancelled after %'d of %'d."), done, total);
      gtk_label_set_text (self->status_label, message);
      return FALSE;
    }
  if (error != NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return FALSE;
    }
  {
    /* Translators: seconds, with one decimal */
    g_autofree char *message = g_strdup_printf (_("Finished after %.1f s."), elapsed);

    gtk_label_set_text (self->status_label, message);
  }
  return TRUE;
}

static void
sweep_progress_cb (guint64  done,
                   guint64  total,
                   gpointer user_data)
{
  CwExperimentDialog *self = user_data;

  g_atomic_int_set (&self->done, (gint) done);
}

static void
sweep_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CwExperimentDialog *self = source_object;
  const CwExperiment *experiment = self->experiment;
  g_autoptr(CwDesign) design = cw_design_new (experiment);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autofree char *header = cw_experiment_csv_header (experiment);
  GError *error = NULL;

  if (!g_output_stream_write_all (out, header, strlen (header), NULL, cancellable, &error) ||
      !cw_experiment_run (experiment, design, 0, design->n_points, 0, out, sweep_progress_cb, self,
                          cancellable, &error) ||
      !g_output_stream_close (out, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out)),
                           (GDestroyNotify) g_bytes_unref);
}

static void
sweep_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  CwExperimentDialog *self = CW_EXPERIMENT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) csv = g_task_propagate_pointer (G_TASK (result), &error);

  if (self->disposed || !job_ended (self, error))
    return;
  self->csv = g_steal_pointer (&csv);
  _cw_experiment_results_sweep (self);
  set_running (self, FALSE);
}

static void
search_progress_cb (int      done,
                    int      most,
                    gpointer user_data)
{
  CwExperimentDialog *self = user_data;

  g_atomic_int_set (&self->total, most);
  g_atomic_int_set (&self->done, done);
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CwExperimentDialog *self = source_object;
  CwOptimum *optima = g_new0 (CwOptimum, self->budgets->len);
  GError *error = NULL;

  if (!cw_optimise_frontier (self->search_base, &self->problem, (const double *) self->budgets->data,
                             self->budgets->len, optima, &error))
    {
      g_free (optima);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, optima, NULL);
}

static void
search_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  CwExperimentDialog *self = CW_EXPERIMENT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  CwOptimum *optima = g_task_propagate_pointer (G_TASK (result), &error);

  if (optima != NULL)
    {
      self->optima = optima;
      /* All judged: the search may stop before its allowance. */
      g_atomic_int_set (&self->total, g_atomic_int_get (&self->done));
    }
  if (self->disposed || !job_ended (self, error))
    return;
  _cw_experiment_results_search (self);
  set_running (self, FALSE);
}

static void
run_sweep (CwExperimentDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  CwExperiment *experiment = _cw_experiment_setup_build (self, &error);
  g_autoptr(CwDesign) design = NULL;
  guint64 runs;

  if (experiment == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }
  design = cw_design_new (experiment);
  runs = (guint64) design->n_points * experiment->replicates;
  if (runs > WINDOW_RUNS)
    {
      g_autofree char *message = NULL;

      /* Translators: %'lu: runs of the design; %'d: the most the window runs */
      message = g_strdup_printf (_("This design has %'lu runs; the window runs at most %'d. Save the experiment "
                                   "and run it with “cluster-workbench-cli experiment”, on this machine or "
                                   "as shards on a cluster."), (gulong) runs, WINDOW_RUNS);
      gtk_label_set_text (self->status_label, message);
      g_clear_pointer (&design, cw_design_free);
      cw_experiment_free (experiment);
      return;
    }
  _cw_experiment_forget_results (self);
  self->experiment = experiment;
  self->searching = FALSE;
  g_atomic_int_set (&self->total, (gint) runs);
  self->cancellable = g_cancellable_new ();
  gtk_label_set_text (self->status_label, _("Running the experiment…"));
  set_running (self, TRUE);
  task = g_task_new (self, self->cancellable, sweep_done_cb, NULL);
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, sweep_thread);
}

static void
run_search (CwExperimentDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  _cw_experiment_forget_results (self);
  if (!_cw_experiment_setup_problem (self, &error))
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }
  g_clear_pointer (&self->search_base, cw_scenario_free);
  self->search_base = cw_scenario_copy (self->base);
  /* Its allocation goes into the window's scenario: not one of another. */
  self->search_applies = !self->base_from_file ||
                         cw_scenario_same_run (self->base, cw_document_get_scenario (self->document));
  self->searching = TRUE;
  self->cancellable = g_cancellable_new ();
  self->problem.cancellable = self->cancellable;
  self->problem.progress = search_progress_cb;
  self->problem.user_data = self;
  g_atomic_int_set (&self->total, 0);
  gtk_label_set_text (self->status_label, _("Searching for the best allocation…"));
  set_running (self, TRUE);
  task = g_task_new (self, self->cancellable, search_done_cb, NULL);
  /* A search that ended before Stop counts: its result is not lost. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, search_thread);
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CwExperimentDialog *self = CW_EXPERIMENT_DIALOG (widget);

  if (self->cancellable != NULL)
    return;
  if (g_str_equal (adw_view_stack_get_visible_child_name (self->setup_stack), "budget"))
    run_search (self);
  else
    run_sweep (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CwExperimentDialog *self = CW_EXPERIMENT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _cw_experiment_results_apply (CW_EXPERIMENT_DIALOG (widget));
}

static void
add_factor_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CwExperimentDialog *self = CW_EXPERIMENT_DIALOG (widget);
  guint chosen = gtk_drop_down_get_selected (self->factor_choice);

  if (chosen < self->factor_ids->len)
    _cw_experiment_setup_add_factor (self, g_ptr_array_index (self->factor_ids, chosen));
}

void
_cw_experiment_forget_results (CwExperimentDialog *self)
{
  _cw_experiment_results_clear (self);
  gtk_stack_set_visible_child_name (self->results_stack, "empty");
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_progress_bar_set_text (self->progress, _("Not started"));
  set_running (self, FALSE);
}

/* A scenario's title, as the main window names it. */
static const char *
scenario_title (const CwScenario *sc)
{
  return sc->meta.title != NULL && sc->meta.title[0] != '\0' ? sc->meta.title : _("Untitled scenario");
}

/* Going back to the window's scenario is offered while the base is a
 * file's and the window's scenario runs otherwise. */
static void
show_follow (CwExperimentDialog *self)
{
  gtk_widget_set_visible (self->follow_button,
                          self->base_from_file && self->document != NULL &&
                          !cw_scenario_same_run (self->base, cw_document_get_scenario (self->document)));
}

void
_cw_experiment_set_base (CwExperimentDialog *self,
                         const CwScenario   *base,
                         gboolean            from_file)
{
  const char *title = scenario_title (base);
  g_autofree char *text = NULL;

  g_clear_pointer (&self->base, cw_scenario_free);
  self->base = cw_scenario_copy (base);
  self->base_from_file = from_file;
  adw_view_switcher_title_set_subtitle (self->switcher_title, title);
  /* Translators: above the Run button; %s: the title of the scenario that experiments vary */
  text = g_strdup_printf (_("Base scenario: %s"), title);
  gtk_label_set_text (self->base_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->base_label), text);
  show_follow (self);
}

/* The scenario changed: an experiment not opened from a file follows it. */
static void
document_changed_cb (CwExperimentDialog *self)
{
  if (!self->base_from_file)
    _cw_experiment_set_base (self, cw_document_get_scenario (self->document), FALSE);
  else
    show_follow (self);
}

/* The base was an experiment file's: it follows the window's scenario
 * again and the design stays. Results on the file's base are not this
 * base's: they go, and the status line says so (a saved experiment holds
 * only its design). */
static void
follow_window_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CwExperimentDialog *self = CW_EXPERIMENT_DIALOG (widget);
  const CwScenario *window_scenario = cw_document_get_scenario (self->document);
  gboolean had_results = self->csv != NULL || self->optima != NULL;
  g_autofree char *old = NULL, *message = NULL;

  if (self->cancellable != NULL || !self->base_from_file)
    return;
  old = g_strdup (scenario_title (self->base));
  /* The button goes: keyboard focus goes on to Run, not nowhere. */
  if (gtk_widget_is_focus (self->follow_button))
    gtk_widget_grab_focus (GTK_WIDGET (gtk_widget_get_template_child (widget, CW_TYPE_EXPERIMENT_DIALOG,
                                                                      "run_button")));
  _cw_experiment_forget_results (self);
  _cw_experiment_set_base (self, window_scenario, FALSE);
  _cw_experiment_setup_budget (self);
  if (had_results)
    /* Translators: %s: the window's scenario, now the base; %s: the experiment file's scenario */
    message = g_strdup_printf (_("The base is now this window’s scenario, “%s”. The results on “%s” were cleared, "
                                 "as they belong to that scenario; runs and charts exported before stay in "
                                 "their files."), scenario_title (window_scenario), old);
  else
    /* Translators: %s: the window's scenario, now the base of the experiment */
    message = g_strdup_printf (_("The base is now this window’s scenario, “%s”."), scenario_title (window_scenario));
  gtk_label_set_text (self->status_label, message);
}

CwExperimentDialog *
cw_experiment_dialog_present (GtkWindow  *parent,
                              CwDocument *document)
{
  CwExperimentDialog *self = g_object_get_data (G_OBJECT (parent), "cw-experiment-dialog");

  g_return_val_if_fail (CW_IS_DOCUMENT (document), NULL);

  if (self == NULL)
    {
      self = g_object_new (CW_TYPE_EXPERIMENT_DIALOG, "transient-for", parent, "destroy-with-parent", TRUE, NULL);
      self->document = g_object_ref (document);
      self->changed_id = g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), self);
      document_changed_cb (self);
      _cw_experiment_setup_reset (self);
      g_object_set_data (G_OBJECT (parent), "cw-experiment-dialog", self);
    }
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

static void
cw_experiment_dialog_dispose (GObject *object)
{
  CwExperimentDialog *self = CW_EXPERIMENT_DIALOG (object);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent != NULL && g_object_get_data (G_OBJECT (parent), "cw-experiment-dialog") == self)
    g_object_set_data (G_OBJECT (parent), "cw-experiment-dialog", NULL);
  self->disposed = TRUE;
  /* A job under way holds the dialog until its thread ends. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->analysis_cancellable != NULL)
    g_cancellable_cancel (self->analysis_cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_EXPERIMENT_DIALOG);
  G_OBJECT_CLASS (cw_experiment_dialog_parent_class)->dispose (object);
}

/* What a job's thread reads goes only when no job can run any more. */
static void
cw_experiment_dialog_finalize (GObject *object)
{
  CwExperimentDialog *self = CW_EXPERIMENT_DIALOG (object);

  _cw_experiment_results_clear (self);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->timer, g_timer_destroy);
  g_clear_pointer (&self->base, cw_scenario_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->factor_ids, g_ptr_array_unref);
  g_clear_pointer (&self->output_checks, g_ptr_array_unref);
  g_clear_pointer (&self->lever_checks, g_ptr_array_unref);
  G_OBJECT_CLASS (cw_experiment_dialog_parent_class)->finalize (object);
}

static void
cw_experiment_dialog_class_init (CwExperimentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_experiment_dialog_dispose;
  object_class->finalize = cw_experiment_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cw-experiment-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, CwExperimentDialog, name)
  BIND (toast_overlay);
  BIND (switcher_title);
  BIND (setup_stack);
  BIND (factor_list);
  BIND (factor_choice);
  BIND (design_row);
  BIND (samples_row);
  BIND (samples);
  BIND (replicates);
  BIND (years_row);
  BIND (outputs_row);
  BIND (budget);
  BIND (objective_row);
  BIND (objective_year);
  BIND (optimise_runs);
  BIND (lever_list);
  BIND (base_label);
  BIND (follow_button);
  BIND (size_label);
  BIND (progress);
  BIND (status_label);
  BIND (results_stack);
  BIND (analyse_output);
  BIND (analyse_year);
  BIND (tornado);
  BIND (heatmap);
  BIND (heatmap_axes);
  BIND (heatmap_across);
  BIND (heatmap_up);
  BIND (heatmap_note);
  BIND (sensitivity_table);
  BIND (frontier_row);
  BIND (frontier);
  BIND (optimum_label);
  BIND (allocation_table);
#undef BIND
  /* For the tests: Run is off while a job runs. */
  gtk_widget_class_bind_template_child_full (widget_class, "run_button", FALSE, 0);
  gtk_widget_class_install_action (widget_class, "experiment.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "experiment.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "experiment.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "experiment.add-factor", NULL, add_factor_action);
  gtk_widget_class_install_action (widget_class, "experiment.follow-window", NULL, follow_window_action);
  _cw_experiment_files_class_init (widget_class);
}

static void
cw_experiment_dialog_init (CwExperimentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->timer = g_timer_new ();
  self->levels = 4;
  _cw_experiment_setup_init (self);
  _cw_experiment_results_init (self);
  cw_a11y_name_buttons_by_label (GTK_WIDGET (self));
  _cw_experiment_forget_results (self);
}

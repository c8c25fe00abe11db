/* cw-window-report.c — Report…: the workshop minutes written from the window
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The runs come from the scenario (its replicates and seed), the text in the
 * language of the window; the runs, the explanation and the pages are made
 * on a worker while a toast says how far it got, and a toast with Open says
 * where the PDF went.
 */
#define G_LOG_DOMAIN "cw-window"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "cw-compare.h"
#include "cw-ensemble.h"
#include "cw-history-panel.h"
#include "cw-report.h"
#include "cw-save-target.h"
#include "cw-window-private.h"

typedef struct {
  CwScenario  *scenario;
  char        *path;
  CwOutput     output;     /* what the explain page attributes */
  double       year;       /* … at this year; NAN: the last */
  AdwToast    *progress;   /* touched on the main thread only */
  /* What the window adds: the pinned variants that have run, their key
   * outcomes table and the session's history. */
  GArray      *variants;   /* CwReportVariant */
  GPtrArray   *results;    /* CwResult*, holding the variants' series */
  char       **table;      /* cw_compare_table_to_cells (), or NULL */
  guint        table_columns;
  GArray      *history;    /* CwReportHistoryEntry */
  GPtrArray   *strings;    /* owns the names and texts the arrays point to */
} ReportJob;

static void
report_job_free (ReportJob *job)
{
  cw_scenario_free (job->scenario);
  g_free (job->path);
  g_clear_object (&job->progress);
  g_clear_pointer (&job->variants, g_array_unref);
  g_clear_pointer (&job->results, g_ptr_array_unref);
  g_strfreev (job->table);
  g_clear_pointer (&job->history, g_array_unref);
  g_clear_pointer (&job->strings, g_ptr_array_unref);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReportJob, report_job_free)

typedef struct {
  AdwToast *toast;
  char     *title;
} ProgressUpdate;

static gboolean
set_progress_cb (gpointer data)
{
  ProgressUpdate *update = data;

  adw_toast_set_title (update->toast, update->title);
  g_object_unref (update->toast);
  g_free (update->title);
  g_free (update);
  return G_SOURCE_REMOVE;
}

/* From the worker: the toast says @title. */
static void
say_progress (ReportJob  *job,
              const char *title)
{
  ProgressUpdate *update = g_new (ProgressUpdate, 1);

  update->toast = g_object_ref (job->progress);
  update->title = g_strdup (title);
  g_main_context_invoke (NULL, set_progress_cb, update);
}

static CwSeries *
run_series (const CwScenario *sc,
            gboolean          baseline,
            GCancellable     *cancellable,
            GError          **error)
{
  CwRunOptions opts;

  cw_run_options_init (&opts);
  opts.baseline = baseline;
  if (sc->runs > 1)
    return cw_ensemble_run (sc, &opts, NULL, NULL, cancellable, error);
  return cw_run (sc, &opts, cancellable, error);
}

static void
report_thread_cb (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  ReportJob *job = data;
  g_autoptr(CwSeries) series = NULL, baseline = NULL;
  g_autoptr(CwExplanation) explanation = NULL;
  g_autofree char *running = NULL;
  CwReportExtras extras = { 0 };
  GError *error = NULL;
  int step;

  running = g_strdup_printf (ngettext ("Writing the report: running the scenario (%d run)…",
                                       "Writing the report: running the scenario (%d runs)…",
                                       job->scenario->runs), job->scenario->runs);
  say_progress (job, running);
  if ((series = run_series (job->scenario, FALSE, cancellable, &error)) == NULL ||
      (baseline = run_series (job->scenario, TRUE, cancellable, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  say_progress (job, _("Writing the report: explaining the outcome…"));
  if ((explanation = cw_explanation_compute (job->scenario, -1, CW_EXPLAIN_RUNS, 0, cancellable, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  say_progress (job, _("Writing the report: drawing the pages…"));
  step = isnan (job->year) ? cw_explanation_get_n_steps (explanation) - 1
                           : cw_explanation_step_at (explanation, job->year);
  extras.explanation = explanation;
  extras.explain_output = job->output;
  extras.explain_step = step;
  extras.variants = (const CwReportVariant *) (gpointer) job->variants->data;
  extras.n_variants = job->variants->len;
  extras.table = (const char *const *) job->table;
  extras.table_columns = job->table != NULL ? job->table_columns : 0;
  extras.table_rows = job->table != NULL ? CW_COMPARE_N_ROWS : 0;
  extras.history = (const CwReportHistoryEntry *) (gpointer) job->history->data;
  extras.n_history = job->history->len;
  if (!cw_report_write_with (job->scenario, series, baseline, &extras, NULL, job->path, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
report_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  CwWindow *self = CW_WINDOW (source);
  ReportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  adw_toast_dismiss (job->progress);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.report", TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *title = g_strdup_printf (_("The report could not be written: %s"), error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
    }
  else
    {
      g_autofree char *name = g_path_get_basename (job->path);
      g_autofree char *title = g_strdup_printf (_("Saved the report “%s”"), name);
      g_autofree char *uri = g_filename_to_uri (job->path, NULL, NULL);
      AdwToast *toast = adw_toast_new (title);

      /* Translators: the button of the toast that opens the report just written; its
       * access key differs from those of the main window (Open is Alt+O there) */
      adw_toast_set_button_label (toast, _("_View"));
      adw_toast_set_action_name (toast, "win.open-report");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  g_signal_emit_by_name (self, "report-written", error == NULL);
}

/* A string the job keeps for as long as it runs. */
static const char *
job_keep (ReportJob *job,
          char      *text)
{
  g_ptr_array_add (job->strings, text);
  return text;
}

/* The variants, their key outcomes and the history, as the window shows them now. */
static void
collect_compare (ReportJob *job,
                 CwWindow  *self)
{
  CwCompareController *compare = cw_outcomes_pane_get_compare (self->outcomes);
  CwCompareVariants *variants = cw_compare_controller_get_variants (compare);
  GtkWidget *panel = cw_compare_controller_get_panel (compare);
  const CwCompareTable *table = cw_compare_panel_get_table (CW_COMPARE_PANEL (panel));
  const CwHistory *history =
    cw_history_panel_get_history (CW_HISTORY_PANEL (cw_compare_controller_get_history (compare)));

  for (guint i = 0; i < cw_compare_variants_get_n (variants); i++)
    {
      CwResult *result = cw_compare_variants_get_result (variants, i);
      CwReportVariant variant;

      if (result == NULL)
        continue;
      g_ptr_array_add (job->results, cw_result_ref (result));
      variant.name = job_keep (job, g_strdup (cw_compare_variants_get_name (variants, i)));
      variant.series = cw_result_get_central (result);
      g_array_append_val (job->variants, variant);
    }
  /* The table once a variant has run: "This scenario" alone compares nothing. */
  if (table != NULL && table->columns->len > 1)
    job->table = cw_compare_table_to_cells (table, &job->table_columns);
  for (guint i = 0; i < cw_history_get_n (history); i++)
    {
      const CwHistoryEntry *entry = cw_history_get (history, i);
      CwReportHistoryEntry row;

      row.time = job_keep (job, g_date_time_format (entry->time, "%X"));
      row.change = job_keep (job, g_strdup (entry->change));
      row.headline = job_keep (job, cw_history_entry_headline (entry));
      g_array_append_val (job->history, row);
    }
}

void
cw_window_write_report (CwWindow *self,
                        GFile    *file)
{
  g_autoptr(ReportJob) job = g_new0 (ReportJob, 1);
  g_autoptr(GTask) task = NULL;
  CwChartView *view = cw_outcomes_pane_get_visible_view (self->outcomes);

  g_return_if_fail (CW_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  job->path = g_file_get_path (file);
  if (job->path == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Reports can only be saved to local folders.")));
      return;
    }
  job->scenario = cw_scenario_copy (cw_document_get_scenario (self->document));
  job->variants = g_array_new (FALSE, FALSE, sizeof (CwReportVariant));
  job->results = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_result_unref);
  job->history = g_array_new (FALSE, FALSE, sizeof (CwReportHistoryEntry));
  job->strings = g_ptr_array_new_with_free_func (g_free);
  collect_compare (job, self);
  job->output = cw_chart_kind_headline (view != NULL ? cw_chart_view_get_kind (view) : CW_CHART_UPGRADING);
  job->year = view != NULL ? cw_chart_view_get_cursor (view) : NAN;
  job->progress = g_object_ref_sink (adw_toast_new (_("Writing the report…")));
  adw_toast_set_timeout (job->progress, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (job->progress));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.report", FALSE);

  task = g_task_new (self, NULL, report_done_cb, NULL);
  g_task_set_task_data (task, g_steal_pointer (&job), (GDestroyNotify) report_job_free);
  g_task_run_in_thread (task, report_thread_cb);
}

static void
report_chosen (GObject *owner,
               GFile   *file,
               GObject *chooser)
{
  cw_window_write_report (CW_WINDOW (owner), file);
}

static void
report_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    CwWindow        *self)
{
  static const char * const extensions[] = { ".pdf", NULL };

  cw_save_target_respond (chooser, response, extensions, G_OBJECT (self), report_chosen);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CwWindow *self = CW_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *suggested = g_strdup_printf ("%s.pdf", cw_document_get_title (self->document));
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Write the Report"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Write"), _("_Cancel"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* A title may hold a slash; a file name may not. */
  g_strdelimit (suggested, G_DIR_SEPARATOR_S, '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  g_signal_connect (chooser, "response", G_CALLBACK (report_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CwWindow *self = CW_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (g_variant_get_string (parameter, NULL), NULL, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

void
cw_window_report_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.open-report", "s", open_report_action);
  /* The report was written (TRUE) or could not be (FALSE). */
  g_signal_new ("report-written", G_TYPE_FROM_CLASS (widget_class), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

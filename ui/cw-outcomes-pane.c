/* cw-outcomes-pane.c — the charts of what the scenario does, kept up to date
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-outcomes"

#include "config.h"

#include <math.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-a11y-names.h"
#include "cw-chart-export.h"
#include "cw-chart-table.h"
#include "cw-chart-view.h"
#include "cw-outcomes-pane.h"
#include "cw-compare-controller.h"
#include "cw-run-record.h"
#include "cw-save-target.h"

#define EXPORT_WIDTH 1600
#define EXPORT_HEIGHT 900

struct _CwOutcomesPane
{
  GtkBox            parent_instance;

  GtkStack         *stack;
  GtkWidget        *switcher;
  GtkLabel         *status_label;
  GtkCheckButton   *baseline_check;
  GtkCheckButton   *band_check;
  GtkCheckButton   *effect_check;
  GtkSwitch        *live_switch;

  CwDocument       *document;
  GSignalGroup     *document_signals;
  CwEvaluator      *evaluator;
  GSignalGroup     *evaluator_signals;
  GPtrArray        *views;            /* CwChartView*, not owned */
  CwCompareController *compare;
  double            cursor_year;
};

G_DEFINE_FINAL_TYPE (CwOutcomesPane, cw_outcomes_pane, GTK_TYPE_BOX)

enum {
  CURSOR_STAGE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_status (CwOutcomesPane *self,
            const char     *text,
            gboolean        error)
{
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), text);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

static void
submit (CwOutcomesPane *self)
{
  set_status (self, _("Running the model…"), FALSE);
  cw_evaluator_submit (self->evaluator, cw_document_get_scenario (self->document));
}

void
cw_outcomes_pane_run (CwOutcomesPane *self)
{
  g_return_if_fail (CW_IS_OUTCOMES_PANE (self));
  if (self->document != NULL)
    submit (self);
}

/* The policy stage running at the cursor, or NULL. */
static const char *
stage_at_cursor (CwOutcomesPane *self)
{
  CwResult *result = cw_evaluator_get_result (self->evaluator);
  const CwSeries *central = result ? cw_result_get_central (result) : NULL;
  int step, code;

  if (central == NULL || isnan (self->cursor_year) || central->stage_ids == NULL)
    return NULL;
  step = (int) lround ((self->cursor_year - central->start_year) * CW_STEPS_PER_YEAR);
  if (step < 0 || step >= central->n_steps)
    return NULL;
  code = (int) cw_series_get (central, CW_OUT_POLICY_STAGE, CW_STAT_MEAN)[step];
  if (code < 0 || code >= (int) g_strv_length (central->stage_ids))
    return NULL;
  return central->stage_ids[code];
}

/* With Live on, runs the document's scenario unless it runs like the one
 * submitted last (then only its names are taken over); @anew runs it anyway. */
static void
follow_document (CwOutcomesPane *self,
                 gboolean        anew)
{
  if (!anew && cw_evaluator_update (self->evaluator, cw_document_get_scenario (self->document)))
    return;
  if (gtk_switch_get_active (self->live_switch))
    submit (self);
  else
    set_status (self, _("Changed: press Run to see the outcomes"), FALSE);
}

static void
document_changed_cb (CwOutcomesPane *self)
{
  follow_document (self, FALSE);
}

/* Pin, Compare and the key-outcome table for the document's variants (a
 * tab while Compare is on), the session's history (a tab), the actions
 * "compare.*". */
static void
attach_compare (CwOutcomesPane *self)
{
  if (self->compare != NULL)
    {
      gtk_stack_remove (self->stack, cw_compare_controller_get_panel (self->compare));
      gtk_stack_remove (self->stack, cw_compare_controller_get_history (self->compare));
    }
  g_clear_object (&self->compare);
  self->compare = cw_compare_controller_new (self->document, self->evaluator, self->views);
  gtk_stack_add_titled (self->stack, cw_compare_controller_get_panel (self->compare), "compare",
                        _("Key Outcomes"));
  /* The stack shows what it is given: the table waits for Compare. */
  gtk_stack_page_set_visible (gtk_stack_get_page (self->stack, cw_compare_controller_get_panel (self->compare)),
                              FALSE);
  gtk_stack_add_titled (self->stack, cw_compare_controller_get_history (self->compare), "history",
                        _("History"));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "compare",
                                  cw_compare_controller_get_actions (self->compare));
}

void
cw_outcomes_pane_set_document (CwOutcomesPane *self,
                               CwDocument     *document)
{
  g_return_if_fail (CW_IS_OUTCOMES_PANE (self));
  g_return_if_fail (CW_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  g_signal_group_set_target (self->document_signals, document);
  attach_compare (self);
  follow_document (self, TRUE);
}

CwCompareController *
cw_outcomes_pane_get_compare (CwOutcomesPane *self)
{
  g_return_val_if_fail (CW_IS_OUTCOMES_PANE (self), NULL);
  return self->compare;
}

CwEvaluator *
cw_outcomes_pane_get_evaluator (CwOutcomesPane *self)
{
  g_return_val_if_fail (CW_IS_OUTCOMES_PANE (self), NULL);
  return self->evaluator;
}

GtkCheckButton *
cw_outcomes_pane_get_effect_switch (CwOutcomesPane *self)
{
  g_return_val_if_fail (CW_IS_OUTCOMES_PANE (self), NULL);
  return self->effect_check;
}

static void
central_ready_cb (CwOutcomesPane *self)
{
  set_status (self, _("Running the ensemble…"), FALSE);
  g_signal_emit (self, signals[CURSOR_STAGE_CHANGED], 0, stage_at_cursor (self));
}

static void
band_progress_cb (CwOutcomesPane *self,
                  int             done,
                  int             total)
{
  g_autofree char *text = NULL;

  if (done < total)
    /* Translators: the 5–95 % band is being computed from @done of @total simulated runs */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Band: %d of %d run", "Band: %d of %d runs", total),
                            done, total);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Band of %d run", "Band of %d runs", total),
                            total);
  set_status (self, text, FALSE);
}

static void
failed_cb (CwOutcomesPane *self,
           const char     *message)
{
  set_status (self, message, TRUE);
}

static void
set_cursor (CwOutcomesPane *self,
            double          year)
{
  self->cursor_year = year;
  for (guint i = 0; i < self->views->len; i++)
    cw_chart_view_set_cursor (g_ptr_array_index (self->views, i), year);
  g_signal_emit (self, signals[CURSOR_STAGE_CHANGED], 0, stage_at_cursor (self));
}

static void
year_activated_cb (CwOutcomesPane *self,
                   double          year)
{
  set_cursor (self, year);
}

/* A new scenario starts without a cursor: the old one's year means nothing. */
static void
document_replaced_cb (CwOutcomesPane *self)
{
  set_cursor (self, NAN);
}

static void
live_toggled_cb (CwOutcomesPane *self)
{
  if (gtk_switch_get_active (self->live_switch) && self->document != NULL)
    follow_document (self, FALSE);
}

static void
collect_views (CwOutcomesPane *self,
               GtkWidget      *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (CW_IS_CHART_VIEW (child))
        g_ptr_array_add (self->views, child);
      else
        collect_views (self, child);
    }
}

/* The chart of the visible page that has the focus, else its first. */
CwChartView *
cw_outcomes_pane_get_visible_view (CwOutcomesPane *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);
  CwChartView *first = NULL;

  for (guint i = 0; i < self->views->len; i++)
    {
      GtkWidget *view = g_ptr_array_index (self->views, i);

      if (view != page && !gtk_widget_is_ancestor (view, page))
        continue;
      if (gtk_widget_has_focus (view))
        return CW_CHART_VIEW (view);
      if (first == NULL)
        first = CW_CHART_VIEW (view);
    }
  return first;
}

static void
show_toast (CwOutcomesPane *self,
            const char     *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

/* The settings of the run @spec shows, for the record that heads its CSV:
 * the lines are the central run's (`cluster-workbench-cli chart --runs 1`),
 * the 5–95 % band the ensemble's around it. */
static char *
record_settings (CwOutcomesPane    *self,
                 const CwChartSpec *spec)
{
  CwResult *result = cw_evaluator_get_result (self->evaluator);
  GFile *file = cw_document_get_file (self->document);
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  CwRunOptions opts;

  cw_run_options_init (&opts);
  opts.runs = 1;
  return cw_run_record_settings (path, cw_result_get_scenario (result), &opts, NULL, spec->effect,
                                 spec->series->runs > 1 ? spec->series->runs : 0);
}

void
cw_outcomes_pane_export (CwOutcomesPane *self,
                         CwChartFormat   format,
                         GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *settings = NULL;
  CwChartView *view;
  CwChartSpec spec;

  g_return_if_fail (CW_IS_OUTCOMES_PANE (self));
  g_return_if_fail (G_IS_FILE (file));

  view = cw_outcomes_pane_get_visible_view (self);
  path = g_file_get_path (file);
  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Charts can only be saved to local folders."));
  else if (view == NULL || !cw_chart_view_get_spec (view, &spec))
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("There is no chart to export yet: wait until the model has run."));
  else
    {
      spec.cursor_year = NAN;
      spec.title = cw_document_get_title (self->document);
      if (format == CW_CHART_FORMAT_CSV)
        spec.settings = settings = record_settings (self, &spec);
      cw_chart_export (&spec, format, EXPORT_WIDTH, EXPORT_HEIGHT, path, &error);
    }

  if (error != NULL)
    {
      GtkWidget *alert = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                 _("The chart could not be exported"),
                                                 error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
      cw_a11y_present_question (GTK_WIDGET (alert));
    }
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *title = g_strdup_printf (_("Saved “%s”"), name);

      show_toast (self, title);
    }
}

/* The file's name without its extension, else the scenario's title. */
char *
cw_outcomes_pane_export_name (CwOutcomesPane *self,
                              CwChartFormat   format)
{
  CwChartView *view;
  g_autofree char *base = NULL;

  g_return_val_if_fail (CW_IS_OUTCOMES_PANE (self), NULL);

  view = cw_outcomes_pane_get_visible_view (self);
  base = cw_document_get_export_base (self->document);
  return cw_chart_export_name (base, view != NULL ? cw_chart_view_get_kind (view) : CW_CHART_UPGRADING, format);
}

static void
export_chosen (GObject *owner,
               GFile   *file,
               GObject *dialog)
{
  cw_outcomes_pane_export (CW_OUTCOMES_PANE (owner), GPOINTER_TO_INT (g_object_get_data (dialog, "format")), file);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    CwOutcomesPane  *self)
{
  CwChartFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "format"));
  g_autofree char *extension = g_strconcat (".", cw_chart_format_id (format), NULL);
  const char * const extensions[] = { extension, NULL };

  cw_save_target_respond (dialog, response, extensions, G_OBJECT (self), export_chosen);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwOutcomesPane *self = CW_OUTCOMES_PANE (widget);
  int format = cw_chart_format_from_id (g_variant_get_string (parameter, NULL));
  CwChartView *view = cw_outcomes_pane_get_visible_view (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = NULL;
  g_autofree char *suggested = NULL;
  GtkFileChooserNative *dialog;

  g_return_if_fail (format >= 0 && view != NULL);

  dialog = gtk_file_chooser_native_new (_("Export the Chart"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  pattern = g_strdup_printf ("*.%s", cw_chart_format_id (format));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  suggested = cw_outcomes_pane_export_name (self, format);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
  g_object_set_data (G_OBJECT (dialog), "format", GINT_TO_POINTER (format));
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
run_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cw_outcomes_pane_run (CW_OUTCOMES_PANE (widget));
}

static void
cw_outcomes_pane_dispose (GObject *object)
{
  CwOutcomesPane *self = CW_OUTCOMES_PANE (object);

  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->evaluator_signals);
  if (self->evaluator != NULL)
    cw_evaluator_cancel (self->evaluator);
  g_clear_object (&self->evaluator);
  g_clear_pointer (&self->views, g_ptr_array_unref);
  g_clear_object (&self->compare);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_OUTCOMES_PANE);
  G_OBJECT_CLASS (cw_outcomes_pane_parent_class)->dispose (object);
}

static void
cw_outcomes_pane_class_init (CwOutcomesPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_outcomes_pane_dispose;

  /* The stage running at the chart cursor changed (NULL: none or no cursor). */
  signals[CURSOR_STAGE_CHANGED] =
    g_signal_new ("cursor-stage-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (CW_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/cw-outcomes-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, CwOutcomesPane, stack);
  gtk_widget_class_bind_template_child (widget_class, CwOutcomesPane, switcher);
  gtk_widget_class_bind_template_child (widget_class, CwOutcomesPane, status_label);
  gtk_widget_class_bind_template_child (widget_class, CwOutcomesPane, baseline_check);
  gtk_widget_class_bind_template_child (widget_class, CwOutcomesPane, band_check);
  gtk_widget_class_bind_template_child (widget_class, CwOutcomesPane, effect_check);
  gtk_widget_class_bind_template_child (widget_class, CwOutcomesPane, live_switch);
  gtk_widget_class_bind_template_child_full (widget_class, "controls", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, live_toggled_cb);

  gtk_widget_class_install_action (widget_class, "outcomes.run", NULL, run_action_cb);
  gtk_widget_class_install_action (widget_class, "outcomes.export", "s", export_action_cb);
}

static void
cw_outcomes_pane_init (CwOutcomesPane *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tabs as wide as their labels: seven equal tabs sized for the longest one
   * do not fit beside the controls on a 1280-pixel screen. */
  gtk_box_layout_set_homogeneous (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (self->switcher)),
                                  FALSE);
  gtk_box_append (GTK_BOX (gtk_widget_get_template_child (GTK_WIDGET (self), CW_TYPE_OUTCOMES_PANE, "controls")),
                  cw_chart_table_button_new (self->stack));
  self->cursor_year = NAN;
  self->views = g_ptr_array_new ();
  self->evaluator = cw_evaluator_new ();
  collect_views (self, GTK_WIDGET (self->stack));
  for (guint i = 0; i < self->views->len; i++)
    {
      CwChartView *view = g_ptr_array_index (self->views, i);

      cw_chart_view_set_evaluator (view, self->evaluator);
      g_object_bind_property (self->baseline_check, "active", view, "show-baseline",
                              G_BINDING_SYNC_CREATE);
      g_object_bind_property (self->band_check, "active", view, "show-band",
                              G_BINDING_SYNC_CREATE);
      g_object_bind_property (self->effect_check, "active", view, "show-effect",
                              G_BINDING_SYNC_CREATE);
      g_signal_connect_swapped (view, "year-activated", G_CALLBACK (year_activated_cb), self);
    }
  /* An effect chart has no no-policy line to show. */
  g_object_bind_property (self->effect_check, "active", self->baseline_check, "sensitive",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  self->evaluator_signals = g_signal_group_new (CW_TYPE_EVALUATOR);
  g_signal_group_connect_swapped (self->evaluator_signals, "central-ready",
                                  G_CALLBACK (central_ready_cb), self);
  g_signal_group_connect_swapped (self->evaluator_signals, "band-progress",
                                  G_CALLBACK (band_progress_cb), self);
  g_signal_group_connect_swapped (self->evaluator_signals, "failed", G_CALLBACK (failed_cb), self);
  g_signal_group_set_target (self->evaluator_signals, self->evaluator);
  self->document_signals = g_signal_group_new (CW_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "replaced",
                                  G_CALLBACK (document_replaced_cb), self);

  /* F5 runs from anywhere in the window, not only with the focus here. */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("F5"),
                                                          gtk_named_action_new ("outcomes.run")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

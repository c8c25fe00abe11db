/* cw-window.c — the main window: header bar, canvas, inspector, undo
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-window"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "cw-a11y-names.h"
#include "cw-assumptions.h"
#include "cw-experiment-dialog.h"
#include "cw-present-window.h"
#include "cw-templates.h"
#include "cw-window-private.h"

G_DEFINE_FINAL_TYPE (CwWindow, cw_window, ADW_TYPE_APPLICATION_WINDOW)

CwWindow *
cw_window_new (CwApplication *application)
{
  return g_object_new (CW_TYPE_WINDOW, "application", application, NULL);
}

CwDocument *
cw_window_get_document (CwWindow *self)
{
  g_return_val_if_fail (CW_IS_WINDOW (self), NULL);
  return self->document;
}

static GSettings *
window_settings (CwWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app ? cw_application_get_settings (CW_APPLICATION (app)) : NULL;
}

static void
restore_size (CwWindow *self)
{
  GSettings *settings = window_settings (self);

  if (settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Title: the scenario's; subtitle: the file and whether it has unsaved edits. */
static void
title_changed_cb (CwWindow *self)
{
  GFile *file = cw_document_get_file (self->document);
  gboolean modified = cw_document_get_modified (self->document);
  const char *title = cw_document_get_title (self->document);
  g_autofree char *name = file ? g_file_get_basename (file) : g_strdup (_("Not saved yet"));
  g_autofree char *subtitle = NULL, *window_title = NULL;

  /* Translators: the window subtitle: a file name and a mark of unsaved changes */
  subtitle = modified && file ? g_strdup_printf (_("%s — edited"), name) : g_strdup (name);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  window_title = modified ? g_strdup_printf ("• %s", title) : g_strdup (title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.revert", modified && file != NULL);
}

/* "Undo Move Stage": the button says what it will take back. */
static void
set_step_tooltip (GtkWidget  *button,
                  const char *format,
                  const char *plain,
                  const char *action)
{
  g_autofree char *text = action != NULL ? g_strdup_printf (format, action) : NULL;

  gtk_widget_set_tooltip_text (button, text != NULL ? text : plain);
}

static void
undo_changed_cb (CwWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", cw_document_get_can_undo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", cw_document_get_can_redo (self->document));
  /* Translators: the Undo button's tooltip; %s is a change such as "Move Stage" */
  set_step_tooltip (self->undo_button, _("Undo %s"), _("Undo"), cw_document_get_undo_action (self->document));
  /* Translators: the Redo button's tooltip; %s is a change such as "Move Stage" */
  set_step_tooltip (self->redo_button, _("Redo %s"), _("Redo"), cw_document_get_redo_action (self->document));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cw_document_undo (CW_WINDOW (widget)->document);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cw_document_redo (CW_WINDOW (widget)->document);
}

static void
new_from_template (CwWindow *self,
                   gpointer  data)
{
  cw_document_replace (self->document, cw_template_new (GPOINTER_TO_INT (data)), NULL);
  cw_recovery_discard (self->recovery);
  cw_cycle_canvas_queue_fit (self->canvas);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  const char *id = g_variant_get_string (parameter, NULL);

  for (int t = 0; t < CW_N_TEMPLATES; t++)
    if (g_str_equal (id, cw_template_id (t)))
      cw_window_settle_changes (CW_WINDOW (widget), new_from_template, GINT_TO_POINTER (t), NULL);
}

/* Explain the headline outcome of the chart shown, at its cursor year. */
static void
explain_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwWindow *self = CW_WINDOW (widget);
  CwChartView *view = cw_outcomes_pane_get_visible_view (self->outcomes);
  CwChartKind kind = view != NULL ? cw_chart_view_get_kind (view) : CW_CHART_UPGRADING;
  double year = view != NULL ? cw_chart_view_get_cursor (view) : NAN;

  if (self->explain_dialog != NULL)
    cw_explain_dialog_set_chart (self->explain_dialog, kind, year);
  else
    {
      self->explain_dialog = cw_explain_dialog_new (GTK_WINDOW (self), self->document, kind, year);
      g_object_add_weak_pointer (G_OBJECT (self->explain_dialog), (gpointer *) &self->explain_dialog);
    }
  gtk_window_present (GTK_WINDOW (self->explain_dialog));
}

static void
close_now (CwWindow *self,
           gpointer  data)
{
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
cw_window_close_request (GtkWindow *window)
{
  CwWindow *self = CW_WINDOW (window);
  GSettings *settings = window_settings (self);
  int width, height;

  if (!self->closing && cw_document_get_modified (self->document))
    {
      cw_window_settle_changes (self, close_now, NULL, NULL);
      return TRUE;
    }
  /* Saved or deliberately discarded: nothing to recover. */
  cw_recovery_discard (self->recovery);
  if (settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
    }
  return GTK_WINDOW_CLASS (cw_window_parent_class)->close_request (window);
}

/* "application" is set after construction: only then are there settings to
 * restore the size from and recent files to list. */
static void
application_set_cb (CwWindow *self)
{
  if (gtk_window_get_application (GTK_WINDOW (self)) == NULL)
    return;
  restore_size (self);
  cw_window_files_attach_settings (self);
}

/* Full screen on the window's monitor, with the window's document and results. */
static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwWindow *self = CW_WINDOW (widget);

  if (self->present_window == NULL)
    {
      CwPresentWindow *present = cw_present_window_new (GTK_WINDOW (self), self->document,
                                                        cw_outcomes_pane_get_evaluator (self->outcomes));

      /* One Policy effect switch, here and in present mode's header. */
      g_object_bind_property (cw_outcomes_pane_get_effect_switch (self->outcomes), "active",
                              present, "show-effect", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
      cw_window_lessons_present (self, present);
      self->present_window = GTK_WINDOW (present);
      g_object_add_weak_pointer (G_OBJECT (self->present_window), (gpointer *) &self->present_window);
      gtk_window_fullscreen (self->present_window);
    }
  gtk_window_present (self->present_window);
}

static void
cw_window_dispose (GObject *object)
{
  CwWindow *self = CW_WINDOW (object);

  if (self->present_window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->present_window), (gpointer *) &self->present_window);
      gtk_window_destroy (g_steal_pointer (&self->present_window));
    }
  g_clear_pointer (&self->recovery, cw_recovery_free);
  if (self->explain_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->explain_dialog));
  g_clear_object (&self->document_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_WINDOW);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (cw_window_parent_class)->dispose (object);
}

static void
assumptions_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CwWindow *self = CW_WINDOW (widget);

  cw_assumptions_present (GTK_WINDOW (self), self->document);
}

static void
experiments_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CwWindow *self = CW_WINDOW (widget);

  cw_experiment_dialog_present (GTK_WINDOW (self), self->document);
}

static void
cw_window_class_init (CwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cw_window_dispose;
  window_class->close_request = cw_window_close_request;

  g_type_ensure (CW_TYPE_CYCLE_CANVAS);
  g_type_ensure (CW_TYPE_INSPECTOR);
  g_type_ensure (CW_TYPE_LESSON_PANE);
  g_type_ensure (CW_TYPE_OUTCOMES_PANE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, status_label);
  gtk_widget_class_bind_template_child_full (widget_class, "open_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, outcomes);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, examples_menu);

  gtk_widget_class_install_action (widget_class, "win.new", "s", new_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.assumptions", NULL, assumptions_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.explain", NULL, explain_action);
  gtk_widget_class_install_action (widget_class, "win.experiments", NULL, experiments_action);
  cw_window_files_class_init (widget_class);
  cw_window_report_class_init (widget_class);
  cw_window_lessons_class_init (widget_class);
}

/* The drop-down of the Open split button has no text of its own. */
static void
name_open_menu (CwWindow *self)
{
  GtkWidget *open = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), CW_TYPE_WINDOW, "open_button"));

  for (GtkWidget *part = gtk_widget_get_first_child (open); part; part = gtk_widget_get_next_sibling (part))
    if (GTK_IS_MENU_BUTTON (part))
      gtk_accessible_update_property (GTK_ACCESSIBLE (part), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Recent Files and Examples"), -1);
}

static void
cw_window_init (CwWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cw_a11y_name_buttons_by_label (GTK_WIDGET (self));
  name_open_menu (self);

  self->document = cw_document_new (cw_template_new (CW_TEMPLATE_DIGITAL_ERA));
  cw_cycle_canvas_set_document (self->canvas, self->document);
  cw_inspector_set_document (self->inspector, self->document);
  cw_outcomes_pane_set_document (self->outcomes, self->document);
  g_signal_connect_swapped (self->outcomes, "cursor-stage-changed",
                            G_CALLBACK (cw_cycle_canvas_set_active_stage), self->canvas);
  /* The canvas toolbar and the window's accelerators reach the canvas's actions. */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "canvas",
                                  cw_cycle_canvas_get_actions (self->canvas));
  /* The header bar's Pin and Compare reach the outcomes pane's variants. */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "compare",
                                  cw_compare_controller_get_actions (cw_outcomes_pane_get_compare (self->outcomes)));
  self->document_signals = g_signal_group_new (CW_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::title",
                                  G_CALLBACK (title_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::modified",
                                  G_CALLBACK (title_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::file",
                                  G_CALLBACK (title_changed_cb), self);
  /* Every change may name another step to undo. */
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (undo_changed_cb), self);
  g_signal_group_set_target (self->document_signals, self->document);
  self->recovery = cw_recovery_new (self->document);
  cw_window_files_init (self);
  cw_window_lessons_init (self);
  g_signal_connect (self, "notify::application", G_CALLBACK (application_set_cb), NULL);
  title_changed_cb (self);
  undo_changed_cb (self);
}

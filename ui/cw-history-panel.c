/* cw-history-panel.c — the states the room tried, each restorable or pinnable
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-history"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-history-panel.h"

struct _CwHistoryPanel
{
  GtkBox       parent_instance;

  CwEvaluator *evaluator;
  CwHistory   *history;
  GtkListBox  *list;
};

G_DEFINE_FINAL_TYPE (CwHistoryPanel, cw_history_panel, GTK_TYPE_BOX)

static GtkWidget *
row_button (const char *label,
            const char *action,
            guint       index,
            const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static GtkWidget *
entry_row (const CwHistoryEntry *entry,
           guint                 index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *time = g_date_time_format (entry->time, "%X");
  g_autofree char *headline = cw_history_entry_headline (entry);
  GtkWidget *when = gtk_label_new (time);
  GtkWidget *what = gtk_label_new (entry->change);
  GtkWidget *outcome = gtk_label_new (headline);
  g_autofree char *name = NULL;
  GtkWidget *row;

  gtk_widget_add_css_class (when, "dim-label");
  gtk_widget_add_css_class (when, "numeric");
  gtk_label_set_xalign (GTK_LABEL (what), 0);
  gtk_label_set_ellipsize (GTK_LABEL (what), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (what, entry->change);
  gtk_widget_set_hexpand (what, TRUE);
  gtk_box_append (GTK_BOX (box), when);
  gtk_box_append (GTK_BOX (box), what);
  gtk_box_append (GTK_BOX (box), outcome);
  gtk_box_append (GTK_BOX (box), row_button (_("Restore"), "compare.restore-state", index,
                                             _("Make the scenario run like this again (undoable)")));
  gtk_box_append (GTK_BOX (box), row_button (_("Pin"), "compare.pin-state", index,
                                             _("Pin this state as a variant to compare")));
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* Translators: how a screen reader names a row of the session history:
   * time, what changed, the headline outcome */
  name = g_strdup_printf (_("%s: %s; %s"), time, entry->change, headline);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return row;
}

static double
last_value (const CwSeries *series)
{
  return cw_series_get (series, CW_OUT_UPGRADING, CW_STAT_MEAN)[series->n_steps - 1];
}

static void
result_cb (CwHistoryPanel *self)
{
  CwResult *result = cw_evaluator_get_result (self->evaluator);
  guint n;

  if (result == NULL || cw_result_get_baseline (result) == NULL)
    return;
  if (!cw_history_add (self->history, cw_result_get_scenario (result), last_value (cw_result_get_central (result)),
                       last_value (cw_result_get_baseline (result))))
    return;
  n = cw_history_get_n (self->history);
  gtk_list_box_prepend (self->list, entry_row (cw_history_get (self->history, n - 1), n - 1));
}

GtkWidget *
cw_history_panel_new (CwEvaluator *evaluator)
{
  CwHistoryPanel *self = g_object_new (CW_TYPE_HISTORY_PANEL, "orientation", GTK_ORIENTATION_VERTICAL, NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->evaluator = g_object_ref (evaluator);
  self->history = cw_history_new ();
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("States tried in this session, newest first"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (self), scrolled);
  g_signal_connect_object (evaluator, "notify::result", G_CALLBACK (result_cb), self, G_CONNECT_SWAPPED);
  result_cb (self);
  return GTK_WIDGET (self);
}

const CwHistory *
cw_history_panel_get_history (CwHistoryPanel *self)
{
  g_return_val_if_fail (CW_IS_HISTORY_PANEL (self), NULL);
  return self->history;
}

static void
cw_history_panel_dispose (GObject *object)
{
  CwHistoryPanel *self = CW_HISTORY_PANEL (object);

  g_clear_pointer (&self->history, cw_history_free);
  g_clear_object (&self->evaluator);
  G_OBJECT_CLASS (cw_history_panel_parent_class)->dispose (object);
}

static void
cw_history_panel_class_init (CwHistoryPanelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cw_history_panel_dispose;
}

static void
cw_history_panel_init (CwHistoryPanel *self)
{
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);
}

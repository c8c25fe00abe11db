/* cw-inspector.c — what is selected, to edit: a stage, an arrow, or the scenario
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-inspector-private.h"
#include "cw-lever-list.h"

G_DEFINE_FINAL_TYPE (CwInspector, cw_inspector, GTK_TYPE_WIDGET)

/* Shows the page for what is selected, with the document's values: on every
 * change of the scenario or of the selection. */
static void
document_changed_cb (CwInspector *self)
{
  guint selected = g_hash_table_size (cw_document_get_selected_stages (self->document));
  int edge = cw_document_get_selected_edge (self->document);
  const CwStage *stage = cw_document_get_selected_stage (self->document);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  self->updating = TRUE;
  if (stage != NULL)
    {
      _cw_inspector_stage_show (self, stage);
      gtk_stack_set_visible_child_name (self->stack, "stage");
    }
  else if (selected > 1)
    {
      g_autofree char *title = g_strdup_printf (ngettext ("%u stage selected", "%u stages selected",
                                                          selected), selected);

      adw_status_page_set_title (self->many_page, title);
      gtk_stack_set_visible_child_name (self->stack, "many");
    }
  else if (edge >= 0)
    {
      _cw_inspector_edge_show (self, edge);
      gtk_stack_set_visible_child_name (self->stack, "edge");
    }
  else
    {
      _cw_inspector_scenario_show (self);
      gtk_stack_set_visible_child_name (self->stack, "scenario");
    }
  /* A new page starts at its top. */
  if (g_strcmp0 (page, gtk_stack_get_visible_child_name (self->stack)) != 0)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  self->updating = FALSE;
}

void
cw_inspector_set_document (CwInspector *self,
                           CwDocument  *document)
{
  g_return_if_fail (CW_IS_INSPECTOR (self));
  g_return_if_fail (CW_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->document_signals, document);
  cw_lever_list_set_target (CW_LEVER_LIST (self->standing_levers), document, NULL);
  document_changed_cb (self);
}

static void
cw_inspector_dispose (GObject *object)
{
  CwInspector *self = CW_INSPECTOR (object);

  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_INSPECTOR);
  G_OBJECT_CLASS (cw_inspector_parent_class)->dispose (object);
}

static void
cw_inspector_finalize (GObject *object)
{
  CwInspector *self = CW_INSPECTOR (object);

  g_free (self->stage_id);
  g_free (self->shown_name);
  g_free (self->shown_title);
  g_array_unref (self->indicators);
  g_ptr_array_unref (self->arrow_rows);
  G_OBJECT_CLASS (cw_inspector_parent_class)->finalize (object);
}

static void
cw_inspector_class_init (CwInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_inspector_dispose;
  object_class->finalize = cw_inspector_finalize;

  g_type_ensure (CW_TYPE_LEVER_LIST);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "inspector");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cw-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, CwInspector, scroller);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, stack);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, many_page);
  _cw_inspector_scenario_class_init (widget_class);
  _cw_inspector_stage_class_init (widget_class);
  _cw_inspector_edge_class_init (widget_class);
}

static void
cw_inspector_init (CwInspector *self)
{
  /* No edits until there is a document to edit. */
  self->updating = TRUE;
  self->edge = -1;
  self->indicators = g_array_new (FALSE, FALSE, sizeof (CwOutput));
  self->arrow_rows = g_ptr_array_new ();
  self->document_signals = g_signal_group_new (CW_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "selection-changed",
                                  G_CALLBACK (document_changed_cb), self);
  gtk_widget_init_template (GTK_WIDGET (self));
  _cw_inspector_scenario_init (self);
  _cw_inspector_stage_init (self);
  _cw_inspector_edge_init (self);
}

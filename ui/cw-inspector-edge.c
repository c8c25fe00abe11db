/* cw-inspector-edge.c — the inspector's page for one arrow and its condition
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-describe.h"
#include "cw-document-edits.h"
#include "cw-inspector-private.h"
#include "cw-wheel.h"

static void
set_threshold_range (CwInspector *self,
                     CwOutput     indicator)
{
  const CwOutputInfo *info = cw_output_info (indicator);
  gboolean count = info->kind == CW_OUTPUT_KIND_COUNT;
  double max = info->max >= info->min ? info->max : 20000;
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->edge_threshold);

  gtk_spin_button_set_digits (self->edge_threshold, count ? 0 : 2);
  gtk_adjustment_configure (adjustment, gtk_adjustment_get_value (adjustment), info->min, max,
                            count ? 1 : 0.05, count ? 10 : 0.1, 0);
}

static void
edge_condition_cb (CwInspector *self)
{
  guint indicator = adw_combo_row_get_selected (self->edge_indicator);
  guint op = adw_combo_row_get_selected (self->edge_op);
  const CwScenario *sc;
  CwOutput output;

  if (self->updating)
    return;
  sc = cw_document_get_scenario (self->document);
  if (self->edge < 0 || self->edge >= (int) sc->edges->len ||
      indicator >= self->indicators->len || op >= CW_N_COMPARE)
    return;
  output = g_array_index (self->indicators, CwOutput, indicator);
  /* A threshold meant for another indicator may lie outside this one's range. */
  set_threshold_range (self, output);
  cw_document_set_edge_condition (self->document, self->edge, gtk_switch_get_active (self->edge_conditional),
                                  output, op, gtk_spin_button_get_value (self->edge_threshold));
  _cw_inspector_edge_show (self, self->edge);
}

/* The index of the first arrow leaving the same stage as arrow @index. */
static int
first_sibling (const CwScenario *sc,
               int               index)
{
  const CwEdge *edge = g_ptr_array_index (sc->edges, index);

  for (int i = 0; i < index; i++)
    if (g_str_equal (((CwEdge *) g_ptr_array_index (sc->edges, i))->from, edge->from))
      return i;
  return index;
}

/* Moves the arrow before the other arrows of its stage: the model checks it first. */
static void
edge_first_cb (CwInspector *self)
{
  const CwScenario *sc = cw_document_get_scenario (self->document);
  int first;

  if (self->updating || self->edge < 0 || self->edge >= (int) sc->edges->len)
    return;
  first = first_sibling (sc, self->edge);
  if (cw_document_move_edge (self->document, self->edge, first))
    cw_document_select_edge (self->document, first);
}

void
_cw_inspector_edge_show (CwInspector *self,
                         int          index)
{
  const CwScenario *sc = cw_document_get_scenario (self->document);
  const CwEdge *edge = g_ptr_array_index (sc->edges, index);
  g_autofree char *description = cw_describe_arrow (sc, edge);
  gboolean updating = self->updating;

  self->updating = TRUE;
  self->edge = index;
  adw_preferences_group_set_description (self->edge_group, description);
  gtk_switch_set_active (self->edge_conditional, edge->conditional);
  for (guint i = 0; i < self->indicators->len; i++)
    if (g_array_index (self->indicators, CwOutput, i) == edge->indicator)
      adw_combo_row_set_selected (self->edge_indicator, i);
  adw_combo_row_set_selected (self->edge_op, edge->op);
  set_threshold_range (self, edge->indicator);
  gtk_spin_button_set_value (self->edge_threshold, edge->threshold);
  gtk_widget_set_sensitive (GTK_WIDGET (self->edge_indicator), edge->conditional);
  gtk_widget_set_sensitive (GTK_WIDGET (self->edge_op), edge->conditional);
  gtk_widget_set_sensitive (gtk_widget_get_ancestor (GTK_WIDGET (self->edge_threshold), ADW_TYPE_ACTION_ROW),
                            edge->conditional);
  gtk_widget_set_visible (self->edge_first, first_sibling (sc, index) != index);
  self->updating = updating;
}

void
_cw_inspector_edge_init (CwInspector *self)
{
  g_autoptr(GtkStringList) indicators = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) ops = gtk_string_list_new (NULL);

  /* Only numbers can be compared with a threshold. */
  for (CwOutput o = 0; o < CW_N_OUTPUTS; o++)
    {
      const CwOutputInfo *info = cw_output_info (o);

      if (info->kind == CW_OUTPUT_KIND_CATEGORY || o == CW_OUT_STEP || o == CW_OUT_YEAR)
        continue;
      g_array_append_val (self->indicators, o);
      gtk_string_list_append (indicators, _(info->name));
    }
  for (int op = 0; op < CW_N_COMPARE; op++)
    gtk_string_list_append (ops, cw_describe_compare (op));
  adw_combo_row_set_model (self->edge_indicator, G_LIST_MODEL (indicators));
  adw_combo_row_set_model (self->edge_op, G_LIST_MODEL (ops));
  cw_wheel_only_when_focused (GTK_WIDGET (self->edge_threshold));
}

void
_cw_inspector_edge_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CwInspector, edge_group);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, edge_conditional);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, edge_indicator);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, edge_op);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, edge_threshold);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, edge_first);
  gtk_widget_class_bind_template_callback (widget_class, edge_first_cb);
  gtk_widget_class_bind_template_callback (widget_class, edge_condition_cb);
}

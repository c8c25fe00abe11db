/* cw-inspector-stage.c — the inspector's page for one stage
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-budget.h"
#include "cw-describe.h"
#include "cw-document-edits.h"
#include "cw-inspector-private.h"
#include "cw-lever-list.h"
#include "cw-wheel.h"

static void
stage_name_apply_cb (CwInspector *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->stage_name))));

  if (!self->updating)
    cw_document_rename_stage (self->document, self->stage_id, name);
}

static void
stage_kind_cb (CwInspector *self)
{
  guint kind = adw_combo_row_get_selected (self->stage_kind);

  if (!self->updating && kind < CW_N_STAGE_KINDS)
    cw_document_set_stage_kind (self->document, self->stage_id, kind);
}

/* The longest stay is never shorter than the shortest: moving one moves the other. */
static void
stage_duration_cb (CwInspector *self)
{
  int min = gtk_spin_button_get_value_as_int (self->stage_min);
  int max = gtk_spin_button_get_value_as_int (self->stage_max);
  const CwStage *stage;

  if (self->updating)
    return;
  stage = cw_scenario_find_stage (cw_document_get_scenario (self->document), self->stage_id, NULL);
  if (stage == NULL)
    return;
  if (min != stage->min_quarters && max < min)
    max = min;
  else if (max < min)
    min = max;
  cw_document_set_stage_stay (self->document, self->stage_id, min, max);
}

static void
show_cost (CwInspector   *self,
           const CwStage *stage)
{
  const CwScenario *sc = cw_document_get_scenario (self->document);
  double cost = cw_budget_stage_cost (sc, stage);
  double budget = sc->profile[CW_PROFILE_BUDGET];
  /* On screen: the user's decimal mark. */
  g_autofree char *cost_text = g_strdup_printf ("%.2f", cost);
  g_autofree char *budget_text = g_strdup_printf ("%.2f", budget);
  g_autofree char *text = NULL;

  if (cost > budget)
    /* Translators: costs and budget in million euros a year */
    text = g_strdup_printf (_("While this stage runs, its levers and the standing levers cost %s M€ a "
                              "year: more than the budget of %s M€. The model scales every lever "
                              "down to fit."), cost_text, budget_text);
  else
    text = g_strdup_printf (_("While this stage runs, its levers and the standing levers cost %s M€ a "
                              "year, within the budget of %s M€."), cost_text, budget_text);
  gtk_label_set_text (self->stage_cost, text);
  if (cost > budget)
    gtk_widget_add_css_class (GTK_WIDGET (self->stage_cost), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->stage_cost), "warning");
}

static void
arrow_activated_cb (AdwActionRow *row,
                    CwInspector  *self)
{
  cw_document_select_edge (self->document,
                           GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "edge")));
}

/* The arrows leaving the stage, in the order the model checks them. */
static void
show_arrows (CwInspector   *self,
             const CwStage *stage)
{
  const CwScenario *sc = cw_document_get_scenario (self->document);

  for (guint i = 0; i < self->arrow_rows->len; i++)
    adw_preferences_group_remove (self->stage_arrows, g_ptr_array_index (self->arrow_rows, i));
  g_ptr_array_set_size (self->arrow_rows, 0);
  for (guint i = 0; i < sc->edges->len; i++)
    {
      const CwEdge *edge = g_ptr_array_index (sc->edges, i);
      const CwStage *to;
      g_autofree char *title = NULL, *condition = NULL;
      GtkWidget *row;

      if (!g_str_equal (edge->from, stage->id))
        continue;
      to = cw_scenario_find_stage (sc, edge->to, NULL);
      /* Translators: an arrow to a stage, in a list of arrows */
      title = g_strdup_printf (_("To “%s”"), to ? to->name : edge->to);
      condition = cw_describe_condition (edge);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), condition);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "edge", GINT_TO_POINTER (i));
      g_signal_connect (row, "activated", G_CALLBACK (arrow_activated_cb), self);
      adw_preferences_group_add (self->stage_arrows, row);
      g_ptr_array_add (self->arrow_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->stage_arrows), self->arrow_rows->len > 0);
}

void
_cw_inspector_stage_show (CwInspector   *self,
                          const CwStage *stage)
{
  gboolean other = g_strcmp0 (self->stage_id, stage->id) != 0;

  if (other || g_strcmp0 (self->shown_name, stage->name) != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->stage_name), stage->name);
      g_free (self->shown_name);
      self->shown_name = g_strdup (stage->name);
    }
  adw_combo_row_set_selected (self->stage_kind, stage->kind);
  gtk_spin_button_set_value (self->stage_min, stage->min_quarters);
  gtk_spin_button_set_value (self->stage_max, stage->max_quarters);
  show_cost (self, stage);
  show_arrows (self, stage);
  if (other)
    {
      g_free (self->stage_id);
      self->stage_id = g_strdup (stage->id);
      cw_lever_list_set_target (CW_LEVER_LIST (self->stage_levers), self->document, stage->id);
    }
}

void
_cw_inspector_stage_init (CwInspector *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (int k = 0; k < CW_N_STAGE_KINDS; k++)
    gtk_string_list_append (kinds, cw_stage_kind_name (k));
  adw_combo_row_set_model (self->stage_kind, G_LIST_MODEL (kinds));
  cw_wheel_only_when_focused (GTK_WIDGET (self->stage_min));
  cw_wheel_only_when_focused (GTK_WIDGET (self->stage_max));
}

void
_cw_inspector_stage_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CwInspector, stage_name);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, stage_kind);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, stage_min);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, stage_max);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, stage_cost);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, stage_arrows);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, stage_levers);
  gtk_widget_class_bind_template_callback (widget_class, stage_name_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, stage_kind_cb);
  gtk_widget_class_bind_template_callback (widget_class, stage_duration_cb);
}

/* cw-inspector-scenario.c — the inspector's page when nothing is selected:
 * the title, the budget and its meter, the standing levers, the profile
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-budget.h"
#include "cw-describe.h"
#include "cw-document-edits.h"
#include "cw-inspector-private.h"
#include "cw-wheel.h"

static void
scenario_title_apply_cb (CwInspector *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->scenario_title))));

  if (!self->updating)
    cw_document_set_title (self->document, title);
}

static void
years_changed_cb (CwInspector *self)
{
  if (!self->updating)
    cw_document_set_years (self->document, gtk_spin_button_get_value_as_int (self->years_spin));
}

static void
profile_changed_cb (GtkSpinButton *spin,
                    CwInspector   *self)
{
  CwProfileId id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "profile-id"));

  if (!self->updating)
    cw_document_set_profile (self->document, id, gtk_spin_button_get_value (spin));
}

static void
show_budget (CwInspector *self)
{
  const CwScenario *sc = cw_document_get_scenario (self->document);
  double budget = sc->profile[CW_PROFILE_BUDGET];
  int worst;
  double peak = cw_budget_peak_cost (sc, &worst);
  /* On screen: the user's decimal mark. */
  g_autofree char *peak_text = g_strdup_printf ("%.2f", peak);
  g_autofree char *budget_text = g_strdup_printf ("%.2f", budget);
  g_autofree char *text = NULL;
  const char *stage = worst >= 0 ? ((CwStage *) g_ptr_array_index (sc->stages, worst))->name : NULL;

  gtk_level_bar_set_max_value (self->budget_meter, MAX (MAX (budget, peak), 0.01));
  gtk_level_bar_set_value (self->budget_meter, peak);
  if (peak > budget)
    {
      /* Translators: amounts in million euros a year; the last %s is a stage name */
      text = stage ? g_strdup_printf (_("Over budget: the levers cost up to %s M€ a year (while “%s” "
                                        "runs), more than the %s M€ available. The model scales every "
                                        "lever down in those years."), peak_text, stage, budget_text)
                   : g_strdup_printf (_("Over budget: the standing levers cost %s M€ a year, more than "
                                        "the %s M€ available. The model scales every lever down."),
                                      peak_text, budget_text);
      gtk_widget_add_css_class (GTK_WIDGET (self->budget_meter), "over-budget");
      gtk_widget_add_css_class (GTK_WIDGET (self->budget_label), "warning");
    }
  else
    {
      text = g_strdup_printf (_("The most expensive year costs %s M€ of the %s M€ budget."),
                              peak_text, budget_text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->budget_meter), "over-budget");
      gtk_widget_remove_css_class (GTK_WIDGET (self->budget_label), "warning");
    }
  gtk_label_set_text (self->budget_label, text);
}

/* How many of the model's parameters the scenario overrides. */
static void
show_assumptions (CwInspector      *self,
                  const CwScenario *sc)
{
  g_autofree char *text = cw_describe_overrides (sc);

  adw_action_row_set_subtitle (self->assumptions_row,
                               text != NULL ? text
                                            : _("The model's defaults: every parameter with its value, "
                                                "range and source"));
}

void
_cw_inspector_scenario_show (CwInspector *self)
{
  const CwScenario *sc = cw_document_get_scenario (self->document);
  const char *title = sc->meta.title ? sc->meta.title : "";

  if (g_strcmp0 (self->shown_title, title) != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->scenario_title), title);
      g_free (self->shown_title);
      self->shown_title = g_strdup (title);
    }
  gtk_spin_button_set_value (self->years_spin, sc->years);
  show_assumptions (self, sc);
  for (int p = 0; p < CW_N_PROFILE; p++)
    gtk_spin_button_set_value (self->profile_spins[p], sc->profile[p]);
  show_budget (self);
}

/* A row with a spin button for each profile value, with its range. */
static GtkWidget *
profile_row (CwInspector *self,
             CwProfileId  id)
{
  const CwProfileInfo *info = cw_profile_info (id);
  double max = info->max_open ? info->max - 0.01 : info->max;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin;

  spin = gtk_spin_button_new_with_range (info->min, max, info->integer ? 1 : 0.05);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), info->integer ? 0 : 2);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (spin), "profile-id", GINT_TO_POINTER (id));
  g_signal_connect (spin, "value-changed", G_CALLBACK (profile_changed_cb), self);
  cw_wheel_only_when_focused (spin);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(info->name));
  /* The descriptions name their units. */
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(info->description));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  self->profile_spins[id] = GTK_SPIN_BUTTON (spin);
  return row;
}

void
_cw_inspector_scenario_init (CwInspector *self)
{
  cw_wheel_only_when_focused (GTK_WIDGET (self->years_spin));
  for (int p = 0; p < CW_N_PROFILE; p++)
    {
      GtkWidget *row = profile_row (self, p);

      /* The budget sits with its meter. */
      if (p == CW_PROFILE_BUDGET)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (self->budget_meter),
                                                                                   ADW_TYPE_PREFERENCES_GROUP)),
                                   row);
      else
        adw_preferences_group_add (self->profile_group, row);
    }
}

void
_cw_inspector_scenario_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CwInspector, scenario_title);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, years_spin);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, budget_meter);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, budget_label);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, assumptions_row);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, standing_levers);
  gtk_widget_class_bind_template_child (widget_class, CwInspector, profile_group);
  gtk_widget_class_bind_template_callback (widget_class, scenario_title_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, years_changed_cb);
}

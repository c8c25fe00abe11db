/* test-inspector.c — the inspector's scenario and arrow pages, in a real window
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "cw-budget.h"
#include "cw-document.h"
#include "cw-inspector-private.h"
#include "cw-lever-slot.h"
#include "cw-lever-row.h"
#include "cw-window.h"
#include "decimal-comma.h"
#include "ui-helpers.h"

typedef struct {
  CwWindow    *window;
  CwDocument  *doc;
  CwInspector *inspector;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = ui_new_window ();
  f->doc = cw_window_get_document (f->window);
  f->inspector = CW_INSPECTOR (ui_find_widget (GTK_WIDGET (f->window), CW_TYPE_INSPECTOR));
  g_assert_nonnull (f->inspector);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_destroy_window (f->window);
}

static const char *
page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (f->inspector->stack);
}

/* Nothing selected: the scenario page. Its title, horizon and profile values
 * edit the scenario, one undo step each, and follow undo. */
static void
test_scenario_page (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CwScenario) start = cw_scenario_copy (cw_document_get_scenario (f->doc));
  GtkSpinButton *firms = f->inspector->profile_spins[CW_PROFILE_FIRMS];

  g_assert_cmpstr (page (f), ==, "scenario");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->inspector->scenario_title)), ==,
                   start->meta.title);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (f->inspector->years_spin), ==, start->years);
  g_assert_cmpfloat (gtk_spin_button_get_value (firms), ==, start->profile[CW_PROFILE_FIRMS]);

  gtk_editable_set_text (GTK_EDITABLE (f->inspector->scenario_title), "  Tested title ");
  g_signal_emit_by_name (f->inspector->scenario_title, "apply");
  ui_flush ();
  g_assert_cmpstr (cw_document_get_scenario (f->doc)->meta.title, ==, "Tested title");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "• Tested title");

  gtk_spin_button_set_value (f->inspector->years_spin, 7);
  ui_flush ();
  g_assert_cmpint (cw_document_get_scenario (f->doc)->years, ==, 7);
  gtk_spin_button_set_value (firms, 321);
  ui_flush ();
  g_assert_cmpfloat (cw_document_get_scenario (f->doc)->profile[CW_PROFILE_FIRMS], ==, 321);

  /* Three edits, three steps; the page shows each undone value. */
  cw_document_undo (f->doc);
  ui_flush ();
  g_assert_cmpfloat (gtk_spin_button_get_value (firms), ==, start->profile[CW_PROFILE_FIRMS]);
  g_assert_cmpint (cw_document_get_scenario (f->doc)->years, ==, 7);
  cw_document_undo (f->doc);
  ui_flush ();
  g_assert_cmpint (gtk_spin_button_get_value_as_int (f->inspector->years_spin), ==, start->years);
  cw_document_undo (f->doc);
  ui_flush ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->inspector->scenario_title)), ==,
                   start->meta.title);
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (f->doc), start));
  g_assert_false (cw_document_get_can_undo (f->doc));
  /* Showing the document made no edit. */
  g_assert_false (cw_document_get_modified (f->doc));
}

/* The budget row and its meter: within budget a plain sentence, over budget
 * a warning naming the costliest stage. */
static void
test_budget (Fixture       *f,
             gconstpointer  data)
{
  GtkSpinButton *budget = f->inspector->profile_spins[CW_PROFILE_BUDGET];
  int worst;
  double peak = cw_budget_peak_cost (cw_document_get_scenario (f->doc), &worst);
  const char *text;

  g_assert_cmpfloat (peak, >, 0.5);
  gtk_spin_button_set_value (budget, peak + 1);
  ui_flush ();
  text = gtk_label_get_text (f->inspector->budget_label);
  g_assert_true (g_str_has_prefix (text, "The most expensive year costs"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->inspector->budget_label), "warning"));
  g_assert_cmpfloat (gtk_level_bar_get_value (f->inspector->budget_meter), ==, peak);

  gtk_spin_button_set_value (budget, 0.5);
  ui_flush ();
  g_assert_cmpfloat (cw_document_get_scenario (f->doc)->profile[CW_PROFILE_BUDGET], ==, 0.5);
  text = gtk_label_get_text (f->inspector->budget_label);
  g_assert_true (g_str_has_prefix (text, "Over budget"));
  g_assert_nonnull (strstr (text, ((CwStage *) g_ptr_array_index (cw_document_get_scenario (f->doc)->stages,
                                                                  worst))->name));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->inspector->budget_label), "warning"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->inspector->budget_meter), "over-budget"));
}

static gboolean
is_lever_row (GtkWidget  *row,
              const char *id)
{
  return g_str_equal (cw_lever_info (cw_lever_row_get_lever (CW_LEVER_ROW (row)))->id, id);
}

/* The standing levers: Add Lever holds one at half strength with a row for
 * it; "−" takes it away again. */
static void
test_standing_levers (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *list = f->inspector->standing_levers;
  GtkWidget *row, *remove;
  double value;

  g_assert_false (cw_document_get_scenario (f->doc)->standing_held & (1u << CW_LEVER_EDUCATION));
  g_assert_true (gtk_widget_activate_action (list, "levers.add", "s", "education"));
  ui_flush ();
  g_assert_true (cw_lever_slot_get (cw_document_get_scenario (f->doc), NULL, CW_LEVER_EDUCATION, &value));
  g_assert_cmpfloat (value, ==, 0.5);
  row = ui_find_widget_where (list, CW_TYPE_LEVER_ROW, is_lever_row, "education");
  g_assert_nonnull (row);
  remove = ui_find_widget_where (row, GTK_TYPE_BUTTON, ui_has_tooltip, "Remove This Lever");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  ui_flush ();
  g_assert_false (cw_lever_slot_get (cw_document_get_scenario (f->doc), NULL, CW_LEVER_EDUCATION, NULL));
  g_assert_null (ui_find_widget_where (list, CW_TYPE_LEVER_ROW, is_lever_row, "education"));
  cw_document_undo (f->doc);
  ui_flush ();
  g_assert_nonnull (ui_find_widget_where (list, CW_TYPE_LEVER_ROW, is_lever_row, "education"));
}

/* One stage selected: its page edits its name, kind and stay; the longest
 * stay never falls below the shortest, whichever of the two moves. */
static void
test_stage_page (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CwScenario) start = cw_scenario_copy (cw_document_get_scenario (f->doc));
  const CwStage *stage = cw_scenario_find_stage (start, "awareness", NULL);

  cw_document_select_stage (f->doc, "awareness", FALSE);
  ui_flush ();
  g_assert_cmpstr (page (f), ==, "stage");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->inspector->stage_name)), ==, stage->name);
  g_assert_cmpuint (adw_combo_row_get_selected (f->inspector->stage_kind), ==, stage->kind);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (f->inspector->stage_min), ==, stage->min_quarters);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (f->inspector->stage_max), ==, stage->max_quarters);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (f->inspector->stage_cost), "While this stage runs"));

  gtk_editable_set_text (GTK_EDITABLE (f->inspector->stage_name), " Renamed ");
  g_signal_emit_by_name (f->inspector->stage_name, "apply");
  ui_flush ();
  stage = cw_document_get_selected_stage (f->doc);
  g_assert_cmpstr (stage->name, ==, "Renamed");
  /* An empty name is no name: the stage keeps its own. */
  gtk_editable_set_text (GTK_EDITABLE (f->inspector->stage_name), "  ");
  g_signal_emit_by_name (f->inspector->stage_name, "apply");
  ui_flush ();
  g_assert_cmpstr (cw_document_get_selected_stage (f->doc)->name, ==, "Renamed");

  adw_combo_row_set_selected (f->inspector->stage_kind, CW_STAGE_MISSION);
  ui_flush ();
  g_assert_cmpint (cw_document_get_selected_stage (f->doc)->kind, ==, CW_STAGE_MISSION);

  gtk_spin_button_set_value (f->inspector->stage_min, stage->max_quarters + 3);
  ui_flush ();
  stage = cw_document_get_selected_stage (f->doc);
  g_assert_cmpint (stage->min_quarters, ==, stage->max_quarters);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (f->inspector->stage_max), ==, stage->max_quarters);
  gtk_spin_button_set_value (f->inspector->stage_max, 2);
  ui_flush ();
  stage = cw_document_get_selected_stage (f->doc);
  g_assert_cmpint (stage->min_quarters, ==, 2);
  g_assert_cmpint (stage->max_quarters, ==, 2);

  /* Name, kind, and the stay as one step. */
  for (int i = 0; i < 3; i++)
    cw_document_undo (f->doc);
  ui_flush ();
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (f->doc), start));
  g_assert_false (cw_document_get_can_undo (f->doc));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->inspector->stage_name)), ==, "Raising awareness");
}

/* An arrow selected: its page shows the condition; switching it on and
 * choosing indicator, comparison and threshold edit the arrow. */
static void
test_edge_page (Fixture       *f,
                gconstpointer  data)
{
  const CwScenario *sc = cw_document_get_scenario (f->doc);
  const CwEdge *edge;
  int index = -1;
  guint membership = G_MAXUINT;

  for (guint i = 0; i < sc->edges->len && index < 0; i++)
    if (!((CwEdge *) g_ptr_array_index (sc->edges, i))->conditional)
      index = i;
  g_assert_cmpint (index, >=, 0);
  for (guint i = 0; i < f->inspector->indicators->len; i++)
    if (g_array_index (f->inspector->indicators, CwOutput, i) == CW_OUT_MEMBERSHIP_SHARE)
      membership = i;
  g_assert_cmpuint (membership, <, f->inspector->indicators->len);

  cw_document_select_edge (f->doc, index);
  ui_flush ();
  g_assert_cmpstr (page (f), ==, "edge");
  g_assert_false (gtk_switch_get_active (f->inspector->edge_conditional));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->inspector->edge_op)));
  g_assert_nonnull (adw_preferences_group_get_description (f->inspector->edge_group));

  gtk_switch_set_active (f->inspector->edge_conditional, TRUE);
  ui_flush ();
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (f->inspector->edge_op)));
  adw_combo_row_set_selected (f->inspector->edge_indicator, membership);
  adw_combo_row_set_selected (f->inspector->edge_op, CW_COMPARE_GE);
  gtk_spin_button_set_value (f->inspector->edge_threshold, 0.35);
  ui_flush ();
  edge = g_ptr_array_index (cw_document_get_scenario (f->doc)->edges, index);
  g_assert_true (edge->conditional);
  g_assert_cmpint (edge->indicator, ==, CW_OUT_MEMBERSHIP_SHARE);
  g_assert_cmpint (edge->op, ==, CW_COMPARE_GE);
  g_assert_cmpfloat_with_epsilon (edge->threshold, 0.35, 1e-9);
  g_assert_true (cw_document_get_modified (f->doc));

  /* The condition's changes merge into one step. */
  cw_document_undo (f->doc);
  ui_flush ();
  edge = g_ptr_array_index (cw_document_get_scenario (f->doc)->edges, index);
  g_assert_false (edge->conditional);
  g_assert_false (gtk_switch_get_active (f->inspector->edge_conditional));
  g_assert_false (cw_document_get_modified (f->doc));
  g_assert_cmpstr (page (f), ==, "edge");

  /* Several stages: a page that says how many. */
  cw_document_select_stage (f->doc, ((CwStage *) g_ptr_array_index (sc->stages, 0))->id, FALSE);
  cw_document_toggle_stage (f->doc, ((CwStage *) g_ptr_array_index (sc->stages, 1))->id);
  ui_flush ();
  g_assert_cmpstr (page (f), ==, "many");
  g_assert_cmpstr (adw_status_page_get_title (f->inspector->many_page), ==, "2 stages selected");
}

/* Amounts on screen follow the user's locale: a German decimal comma in the
 * budget sentence and a stage's cost. */
static void
test_budget_locale (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("cw-inspector-XXXXXX", NULL);
  const CwScenario *sc = cw_document_get_scenario (f->doc);
  const char *budget, *stage;

  if (!use_decimal_comma (dir))
    {
      g_test_skip ("no German locale, and localedef could not make one");
      return;
    }
  gtk_spin_button_set_value (f->inspector->profile_spins[CW_PROFILE_BUDGET], 7.25);
  cw_document_toggle_stage (f->doc, ((CwStage *) g_ptr_array_index (sc->stages, 0))->id);
  ui_flush ();
  budget = gtk_label_get_text (f->inspector->budget_label);
  stage = gtk_label_get_text (f->inspector->stage_cost);
  setlocale (LC_NUMERIC, "C");
  g_assert_true (g_regex_match_simple ("of the 7,25 M€ budget", budget, 0, 0));
  g_assert_true (g_regex_match_simple ("cost [0-9]+,[0-9]{2} M€ a year", stage, 0, 0));
  g_assert_false (g_regex_match_simple ("[0-9]\\.[0-9]", budget, 0, 0));
  g_assert_false (g_regex_match_simple ("[0-9]\\.[0-9]", stage, 0, 0));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/inspector/scenario-page", test_scenario_page);
  ADD ("/inspector/budget", test_budget);
  ADD ("/inspector/budget-locale", test_budget_locale);
  ADD ("/inspector/standing-levers", test_standing_levers);
  ADD ("/inspector/stage-page", test_stage_page);
  ADD ("/inspector/edge-page", test_edge_page);
#undef ADD
  return ui_test_run ();
}

/* test-window-details.c — defects found by trying the window: Undo's tooltip, a small screen
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with GSK_RENDERER=cairo, recovery copies in a private
 * data directory (ui_test_init).
 */
#include "config.h"

#include <adwaita.h>

#include "cw-document-edits.h"
#include "cw-window.h"
#include "ui-helpers.h"

static gboolean
has_action (GtkWidget  *widget,
            const char *action)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static const char *
tooltip (GtkWidget *widget)
{
  ui_flush ();
  return gtk_widget_get_tooltip_text (widget);
}

/* The Undo and Redo buttons say what they take back or do again. */
static void
test_undo_tooltip (void)
{
  CwWindow *window = ui_new_window ();
  CwDocument *doc = cw_window_get_document (window);
  GtkWidget *undo = ui_find_widget_where (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_action, "win.undo");
  GtkWidget *redo = ui_find_widget_where (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_action, "win.redo");
  const CwStage *first = g_ptr_array_index (cw_document_get_scenario (doc)->stages, 0);
  CwStagePlace place = { first->id, first->x + 50, first->y };
  g_autofree char *id = NULL;

  g_assert_nonnull (undo);
  g_assert_nonnull (redo);
  g_assert_cmpstr (tooltip (undo), ==, "Undo");
  g_assert_true (cw_document_place_stages (doc, &place, 1));
  g_assert_cmpstr (tooltip (undo), ==, "Undo Move Stage");
  id = cw_document_add_stage (doc, "New stage", 0, 600);
  g_assert_cmpstr (tooltip (undo), ==, "Undo Add Stage");
  g_assert_true (cw_document_rename_stage (doc, id, "Evaluation"));
  g_assert_cmpstr (tooltip (undo), ==, "Undo Rename Stage");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (tooltip (undo), ==, "Undo Add Stage");
  g_assert_cmpstr (tooltip (redo), ==, "Redo Rename Stage");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (tooltip (undo), ==, "Undo");
  g_assert_cmpstr (tooltip (redo), ==, "Redo Move Stage");
  ui_destroy_window (window);
}

/* At 1024 × 700 every chart tab is within the window, and a stage's kind is
 * shown in full under its title in the inspector (it was cut with "…"). */
static void
test_small_screen (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  CwWindow *window = CW_WINDOW (g_object_new (CW_TYPE_WINDOW, NULL));
  CwDocument *doc = cw_window_get_document (window);
  GtkWidget *tabs, *strip, *kind;
  const CwStage *stage;
  int natural;

  /* The application's style sheet, as AdwApplication loads it. */
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
  gtk_window_present (GTK_WINDOW (window));
  ui_flush ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1024);
  tabs = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK_SWITCHER);
  strip = gtk_widget_get_ancestor (tabs, GTK_TYPE_SCROLLED_WINDOW);
  gtk_widget_measure (tabs, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpint (natural, <=, gtk_widget_get_width (strip));

  stage = g_ptr_array_index (cw_document_get_scenario (doc)->stages, 1);
  g_assert_cmpint (stage->kind, !=, CW_STAGE_CUSTOM);
  cw_document_select_stage (doc, stage->id, FALSE);
  ui_flush ();
  kind = ui_find_widget (GTK_WIDGET (window), ADW_TYPE_COMBO_ROW);
  g_assert_nonnull (kind);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (kind)), ==, cw_stage_kind_name (stage->kind));
  ui_destroy_window (window);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/window-details/undo-tooltip", test_undo_tooltip);
  g_test_add_func ("/window-details/small-screen", test_small_screen);
  return ui_test_run ();
}

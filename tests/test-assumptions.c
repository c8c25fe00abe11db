/* test-assumptions.c — the Assumptions view in a real window: every parameter
 * shown, search, override, undo, save, reopen, reset one and all, live runs
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "cw-assumptions.h"
#include "cw-document-edits.h"
#include "cw-evaluator.h"
#include "cw-outcomes-pane.h"
#include "cw-params.h"
#include "cw-window.h"
#include "ui-helpers.h"

static const char *
central_hash (CwWindow *window)
{
  CwOutcomesPane *pane = CW_OUTCOMES_PANE (ui_find_widget (GTK_WIDGET (window), CW_TYPE_OUTCOMES_PANE));

  return cw_result_get_central (cw_evaluator_get_result (cw_outcomes_pane_get_evaluator (pane)))->scenario_hash;
}

static CwAssumptions *
open_view (CwWindow *window)
{
  CwAssumptions *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.assumptions", NULL));
  ui_flush ();
  view = g_object_get_data (G_OBJECT (window), "cw-assumptions");
  g_assert_true (CW_IS_ASSUMPTIONS (view));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view)));
  return view;
}

/* Every parameter has a row with its default; the search narrows them. */
static void
test_lists_and_searches (void)
{
  CwWindow *window = ui_new_window ();
  CwAssumptions *view = open_view (window);
  guint shown = 0;

  for (guint i = 0; i < cw_params_count (); i++)
    {
      g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (cw_assumptions_get_spin (view, i)),
                                      cw_param_info (i)->value, 1e-9);
      g_assert_true (cw_assumptions_row_visible (view, i));
      g_assert_false (cw_assumptions_row_changed (view, i));
    }
  /* Opening it again shows the same view. */
  g_assert_true (open_view (window) == view);

  cw_assumptions_search (view, "bass_");
  for (guint i = 0; i < cw_params_count (); i++)
    shown += cw_assumptions_row_visible (view, i);
  g_assert_cmpuint (shown, ==, 2);
  g_assert_true (cw_assumptions_row_visible (view, CW_PARAM_BASS_Q0));
  /* Sources and sub-models are searched too, whatever the case. */
  cw_assumptions_search (view, "rozkwitalska");
  g_assert_true (cw_assumptions_row_visible (view, CW_PARAM_LOCO_COCREATE));
  g_assert_false (cw_assumptions_row_visible (view, CW_PARAM_BASS_Q0));
  cw_assumptions_search (view, "VALUE-CHAIN GOVERNANCE");
  g_assert_true (cw_assumptions_row_visible (view, CW_PARAM_GOV_THRESHOLD));
  g_assert_false (cw_assumptions_row_visible (view, CW_PARAM_LAMBDA0));
  cw_assumptions_search (view, "");
  g_assert_true (cw_assumptions_row_visible (view, CW_PARAM_LAMBDA0));
  ui_destroy_window (window);
}

/* A value typed in the view overrides the parameter: one undo step, marked,
 * run again live, saved in <parameters>, shown again after reopening, reset
 * one by one and all at once. */
static void
test_override_round_trip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cw-assumptions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "assumed.cluster", NULL);
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "..", "resources", "scenarios",
                                                    "poland-ict.cluster", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (example);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *contents = NULL;
  CwWindow *window = ui_new_window (), *again;
  CwDocument *doc = cw_window_get_document (window);
  CwAssumptions *view;
  GtkSpinButton *lambda, *gov;
  const CwScenario *sc;

  g_assert_true (g_file_copy (source, file, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  cw_window_open (window, file);
  ui_flush ();
  g_assert_cmpuint (cw_document_get_scenario (doc)->overrides->len, ==, 0);
  view = open_view (window);
  lambda = cw_assumptions_get_spin (view, CW_PARAM_LAMBDA0);
  gov = cw_assumptions_get_spin (view, CW_PARAM_GOV_THRESHOLD);
  ui_wait_window (window);
  before = g_strdup (central_hash (window));

  gtk_spin_button_set_value (lambda, 0.5);
  ui_flush ();
  sc = cw_document_get_scenario (doc);
  g_assert_true (cw_scenario_has_override (sc, CW_PARAM_LAMBDA0));
  g_assert_cmpfloat (cw_scenario_param (sc, CW_PARAM_LAMBDA0), ==, 0.5);
  g_assert_true (cw_assumptions_row_changed (view, CW_PARAM_LAMBDA0));
  g_assert_true (cw_document_get_modified (doc));
  /* The charts follow, as with a lever. */
  ui_wait_window (window);
  g_assert_cmpstr (central_hash (window), !=, before);

  /* Undo takes the override away and the view shows the default again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  ui_flush ();
  g_assert_false (cw_scenario_has_override (cw_document_get_scenario (doc), CW_PARAM_LAMBDA0));
  g_assert_cmpfloat (gtk_spin_button_get_value (lambda), ==, cw_param_info (CW_PARAM_LAMBDA0)->value);
  g_assert_false (cw_assumptions_row_changed (view, CW_PARAM_LAMBDA0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  ui_flush ();
  g_assert_cmpfloat (gtk_spin_button_get_value (lambda), ==, 0.5);
  gtk_spin_button_set_value (gov, 0.45);
  ui_flush ();

  /* Saved in the file's <parameters>, and there again after reopening. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  ui_flush ();
  g_assert_false (cw_document_get_modified (doc));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<parameter id=\"lambda0\" value=\"0.5\"/>"));
  g_assert_nonnull (strstr (contents, "<parameter id=\"gov_threshold\" value=\"0.45\"/>"));
  again = ui_new_window ();
  cw_window_open (again, file);
  ui_flush ();
  view = open_view (again);
  g_assert_true (cw_assumptions_row_changed (view, CW_PARAM_LAMBDA0));
  g_assert_true (cw_assumptions_row_changed (view, CW_PARAM_GOV_THRESHOLD));
  g_assert_false (cw_assumptions_row_changed (view, CW_PARAM_BASS_Q0));
  g_assert_cmpfloat (gtk_spin_button_get_value (cw_assumptions_get_spin (view, CW_PARAM_GOV_THRESHOLD)), ==, 0.45);

  /* Reset one, then all; each is one undo step. */
  doc = cw_window_get_document (again);
  g_assert_true (cw_document_reset_param (doc, CW_PARAM_GOV_THRESHOLD));
  g_assert_false (cw_document_reset_param (doc, CW_PARAM_GOV_THRESHOLD));
  ui_flush ();
  g_assert_false (cw_assumptions_row_changed (view, CW_PARAM_GOV_THRESHOLD));
  g_assert_true (cw_assumptions_row_changed (view, CW_PARAM_LAMBDA0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "assumptions.reset-all", NULL));
  ui_flush ();
  g_assert_cmpuint (cw_document_get_scenario (doc)->overrides->len, ==, 0);
  g_assert_false (cw_assumptions_row_changed (view, CW_PARAM_LAMBDA0));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (view), "assumptions.reset-all", NULL) &&
                  cw_document_get_scenario (doc)->overrides->len != 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (again), "win.undo", NULL));
  ui_flush ();
  g_assert_cmpuint (cw_document_get_scenario (doc)->overrides->len, ==, 1);
  g_assert_true (cw_assumptions_row_changed (view, CW_PARAM_LAMBDA0));

  ui_destroy_window (again);
  ui_destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/assumptions/lists-and-searches", test_lists_and_searches);
  g_test_add_func ("/assumptions/override-round-trip", test_override_round_trip);
  return ui_test_run ();
}

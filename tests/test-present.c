/* test-present.c — present mode: enter, reveal, go back, live levers, leave
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with GSK_RENDERER=cairo, on the real window with the
 * Hamburg example, whose cycle has five stages.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <adwaita.h>

#include "cw-chart-view.h"
#include "cw-document-edits.h"
#include "cw-evaluator.h"
#include "cw-lever-row.h"
#include "cw-lever-slot.h"
#include "cw-outcomes-pane.h"
#include "cw-present-window.h"
#include "cw-window.h"
#include "ui-helpers.h"

typedef struct {
  CwWindow        *window;
  CwDocument      *doc;
  CwEvaluator     *evaluator;
  int              centrals;
} Fixture;

static void
central_cb (CwEvaluator *evaluator,
            Fixture     *f)
{
  f->centrals++;
}

static void
wait_idle (Fixture *f)
{
  ui_wait_evaluator (f->evaluator);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "scenarios",
                                                 "hamburg-aviation.cluster", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CwOutcomesPane *pane;

  f->window = ui_new_window ();
  cw_window_open (f->window, file);
  ui_flush ();
  f->doc = cw_window_get_document (f->window);
  g_assert_cmpstr (cw_document_get_scenario (f->doc)->start, ==, "awareness");
  pane = CW_OUTCOMES_PANE (ui_find_widget (GTK_WIDGET (f->window), CW_TYPE_OUTCOMES_PANE));
  f->evaluator = cw_outcomes_pane_get_evaluator (pane);
  g_signal_connect (f->evaluator, "central-ready", G_CALLBACK (central_cb), f);
  wait_idle (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (f->evaluator, f);
  ui_destroy_window (f->window);
}

static CwPresentWindow *
find_present (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  CwPresentWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (CW_IS_PRESENT_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        found = CW_PRESENT_WINDOW (window);
    }
  return found;
}

static CwPresentWindow *
enter (Fixture *f)
{
  CwPresentWindow *present;

  g_assert_null (find_present ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL));
  ui_flush ();
  present = find_present ();
  g_assert_nonnull (present);
  return present;
}

/* A key as a presenter's clicker sends it, through the window's key handler. */
static void
press (CwPresentWindow *present,
       guint            keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (present));
  gboolean sent = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !sent; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
        continue;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
      g_assert_true (handled);
      sent = TRUE;
    }
  g_assert_true (sent);
  ui_flush ();
}

static gboolean
is_row_of (GtkWidget  *widget,
           const char *lever_id)
{
  return (int) cw_lever_row_get_lever (CW_LEVER_ROW (widget)) == cw_lever_from_id (lever_id);
}

/* The row of @lever under @root, or NULL. */
static GtkWidget *
row_of (gpointer root,
        CwLever  lever)
{
  return ui_find_widget_where (GTK_WIDGET (root), CW_TYPE_LEVER_ROW, is_row_of, cw_lever_info (lever)->id);
}

/* The toggle that marks a row's lever in focus. */
static GtkWidget *
star (GtkWidget *row)
{
  GtkWidget *button = ui_find_widget_where (row, GTK_TYPE_TOGGLE_BUTTON, ui_has_tooltip,
                                            "Show This Lever in Present Mode");

  g_assert_nonnull (button);
  return button;
}

static const char *
readout (CwPresentWindow *present)
{
  GtkWidget *label = gtk_widget_get_next_sibling (ui_find_widget (GTK_WIDGET (present), CW_TYPE_CHART_VIEW));

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

/* Enter with F11's action; Page Down, Space and Right reveal a stage each with
 * the chart's years up to it; Page Up and Left go back; the end stays the end. */
static void
test_reveal (Fixture       *f,
             gconstpointer  data)
{
  CwPresentWindow *present = enter (f);
  guint n = 0;
  double first;

  g_assert_cmpuint (cw_present_window_get_revealed (present, &n), ==, 1);
  g_assert_cmpuint (n, ==, 5);
  /* Only the first stage's years: the run moves on to "ownership" later. */
  first = cw_present_window_get_until (present);
  g_assert_true (isfinite (first));
  g_assert_cmpfloat (first, >, cw_document_get_scenario (f->doc)->profile[CW_PROFILE_START_YEAR]);

  press (present, GDK_KEY_Page_Down);
  g_assert_cmpuint (cw_present_window_get_revealed (present, NULL), ==, 2);
  g_assert_cmpfloat (cw_present_window_get_until (present), >, first);
  press (present, GDK_KEY_space);
  press (present, GDK_KEY_Right);
  press (present, GDK_KEY_Page_Down);
  g_assert_cmpuint (cw_present_window_get_revealed (present, NULL), ==, 5);
  /* Everything revealed: the chart shows every year. */
  g_assert_true (isnan (cw_present_window_get_until (present)));
  press (present, GDK_KEY_Page_Down);
  g_assert_cmpuint (cw_present_window_get_revealed (present, NULL), ==, 5);

  press (present, GDK_KEY_Page_Up);
  g_assert_cmpuint (cw_present_window_get_revealed (present, NULL), ==, 4);
  g_assert_true (isfinite (cw_present_window_get_until (present)));
  press (present, GDK_KEY_Left);
  press (present, GDK_KEY_Page_Up);
  press (present, GDK_KEY_Page_Up);
  press (present, GDK_KEY_Page_Up);
  g_assert_cmpuint (cw_present_window_get_revealed (present, NULL), ==, 1);
  g_assert_cmpfloat (cw_present_window_get_until (present), ==, first);

  /* Escape leaves; the main window stays with its document. */
  press (present, GDK_KEY_Escape);
  g_assert_null (find_present ());
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
}

/* The levers in focus of the revealed stages are live sliders: a move
 * re-evaluates as in the window, and the readout follows. */
static void
test_live_levers (Fixture       *f,
                  gconstpointer  data)
{
  CwLever campaign = cw_lever_from_id ("awareness_campaign");
  CwLever co_design = cw_lever_from_id ("co_design");
  CwPresentWindow *present;
  GtkWidget *scale, *row;
  g_autofree char *before = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *shown = NULL;
  const CwSeries *central;
  double value;

  /* The star of the lever's row in the inspector marks it, undoably. */
  cw_document_select_stage (f->doc, "awareness", FALSE);
  ui_flush ();
  row = row_of (GTK_WIDGET (f->window), campaign);
  g_assert_nonnull (row);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (star (row)), TRUE);
  g_assert_cmpuint (cw_document_get_scenario (f->doc)->focus, ==, 1u << campaign);
  cw_document_undo (f->doc);
  g_assert_cmpuint (cw_document_get_scenario (f->doc)->focus, ==, 0);
  ui_flush ();
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (star (row_of (f->window, campaign)))));
  cw_document_redo (f->doc);
  g_assert_true (cw_document_set_lever_focus (f->doc, co_design, TRUE));
  wait_idle (f);
  present = enter (f);
  /* "co_design" belongs to the second stage, not revealed yet. */
  g_assert_nonnull (row_of (present, campaign));
  g_assert_null (row_of (present, co_design));
  press (present, GDK_KEY_Page_Down);
  g_assert_nonnull (row_of (present, co_design));
  /* The readout at the end of the horizon, where the lever has acted longest. */
  for (int i = 0; i < 3; i++)
    press (present, GDK_KEY_Page_Down);

  before = g_strdup (readout (present));
  g_assert_nonnull (strstr (before, "without"));
  hash = g_strdup (cw_result_get_central (cw_evaluator_get_result (f->evaluator))->scenario_hash);
  f->centrals = 0;
  scale = ui_find_widget (row_of (present, campaign), GTK_TYPE_SCALE);
  g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_START);
  g_assert_true (cw_evaluator_get_busy (f->evaluator));
  wait_idle (f);
  g_assert_cmpint (f->centrals, ==, 1);
  g_assert_cmpstr (cw_result_get_central (cw_evaluator_get_result (f->evaluator))->scenario_hash, !=, hash);
  g_assert_true (cw_lever_slot_get (cw_document_get_scenario (f->doc), "awareness", campaign, &value));
  g_assert_cmpfloat (value, ==, 0);
  /* The readout shows the new central run. (Not "a different text": under
   * common random numbers the campaign's few quarters move upgrading by less
   * than the readout's 0.01.) */
  central = cw_result_get_central (cw_evaluator_get_result (f->evaluator));
  shown = g_strdup_printf ("%.2f with the policy",
                           cw_series_get (central, CW_OUT_UPGRADING, CW_STAT_MEAN)[central->n_steps - 1]);
  g_assert_nonnull (strstr (readout (present), shown));
  /* Still every stage revealed, and the same rows. */
  g_assert_cmpuint (cw_present_window_get_revealed (present, NULL), ==, 5);
  g_assert_nonnull (row_of (present, campaign));

  /* Out of focus (in the main window, undoably): the row goes. */
  g_assert_true (cw_document_set_lever_focus (f->doc, campaign, FALSE));
  ui_flush ();
  g_assert_null (row_of (present, campaign));
  gtk_widget_activate_action (GTK_WIDGET (present), "present.leave", NULL);
  ui_flush ();
  g_assert_null (find_present ());
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);
  g_test_add ("/present/reveal", Fixture, NULL, fixture_set_up, test_reveal, fixture_tear_down);
  g_test_add ("/present/live-levers", Fixture, NULL, fixture_set_up, test_live_levers, fixture_tear_down);
  return ui_test_run ();
}

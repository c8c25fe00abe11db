/* test-outcomes.c — the charts follow the levers, off the UI thread
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with GSK_RENDERER=cairo, on the real window.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <adwaita.h>

#include "cw-chart-view.h"
#include "cw-document.h"
#include "cw-lever-row.h"
#include "cw-outcomes-pane.h"
#include "cw-window.h"
#include "ui-helpers.h"

typedef struct {
  CwWindow       *window;
  CwDocument     *doc;
  CwOutcomesPane *pane;
  CwEvaluator    *evaluator;
  int             centrals;
  char           *cursor_stage;
} Fixture;

static void
central_cb (CwEvaluator *evaluator,
            Fixture     *f)
{
  f->centrals++;
}

static void
cursor_stage_cb (CwOutcomesPane *pane,
                 const char     *id,
                 Fixture        *f)
{
  g_free (f->cursor_stage);
  f->cursor_stage = g_strdup (id);
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
  f->window = CW_WINDOW (g_object_new (CW_TYPE_WINDOW, NULL));
  gtk_window_present (GTK_WINDOW (f->window));
  ui_flush ();
  f->doc = cw_window_get_document (f->window);
  f->pane = CW_OUTCOMES_PANE (ui_find_widget (GTK_WIDGET (f->window), CW_TYPE_OUTCOMES_PANE));
  g_assert_nonnull (f->pane);
  f->evaluator = cw_outcomes_pane_get_evaluator (f->pane);
  g_signal_connect (f->evaluator, "central-ready", G_CALLBACK (central_cb), f);
  g_signal_connect (f->pane, "cursor-stage-changed", G_CALLBACK (cursor_stage_cb), f);
  wait_idle (f);
  /* The first run may have come before or after the handlers were connected. */
  f->centrals = 0;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (f->evaluator, f);
  g_free (f->cursor_stage);
  gtk_window_destroy (GTK_WINDOW (f->window));
  ui_flush ();
}

static gboolean
has_class (GtkWidget  *widget,
           const char *name)
{
  return gtk_widget_has_css_class (widget, name);
}

/* The label that says what the model is doing: the only one with numbers. */
static GtkWidget *
status_label (Fixture *f)
{
  return ui_find_widget_where (GTK_WIDGET (f->pane), GTK_TYPE_LABEL, has_class, "numeric");
}

static const char *
status_text (Fixture *f)
{
  return gtk_label_get_text (GTK_LABEL (status_label (f)));
}

/* The scale of the first lever of the stage "awareness". */
static GtkWidget *
awareness_scale (Fixture *f)
{
  GtkWidget *row;

  cw_document_select_stage (f->doc, "awareness", FALSE);
  ui_flush ();
  row = ui_find_widget (GTK_WIDGET (f->window), CW_TYPE_LEVER_ROW);
  g_assert_nonnull (row);
  return ui_find_widget (row, GTK_TYPE_SCALE);
}

static void
assert_charts_show_document (Fixture *f)
{
  g_autofree char *hash = cw_scenario_hash (cw_document_get_scenario (f->doc));
  CwChartView *view = CW_CHART_VIEW (ui_find_widget (GTK_WIDGET (f->pane), CW_TYPE_CHART_VIEW));
  CwChartSpec spec;

  g_assert_cmpstr (cw_evaluator_get_central (f->evaluator)->scenario_hash, ==, hash);
  g_assert_true (cw_chart_view_get_spec (view, &spec));
  g_assert_cmpstr (spec.series->scenario_hash, ==, hash);
  g_assert_cmpint (spec.series->runs, ==, cw_document_get_scenario (f->doc)->runs);
  g_assert_true (spec.show_band);
  g_assert_true (spec.show_baseline);
  g_assert_nonnull (spec.baseline);
}

/* The first results arrive without any action, band included. */
static void
test_first_results (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *expected = g_strdup_printf ("Band of %d runs",
                                               cw_document_get_scenario (f->doc)->runs);

  g_assert_nonnull (cw_evaluator_get_central (f->evaluator));
  assert_charts_show_document (f);
  g_assert_cmpstr (status_text (f), ==, expected);
}

typedef struct {
  gint64 started;
  gint64 longest;
  int    count;
} Frames;

static void
frame_started_cb (GdkFrameClock *clock,
                  Frames        *frames)
{
  frames->started = g_get_monotonic_time ();
}

static void
frame_ended_cb (GdkFrameClock *clock,
                Frames        *frames)
{
  frames->longest = MAX (frames->longest, g_get_monotonic_time () - frames->started);
  frames->count++;
}

/* Moving a slider re-runs; moves faster than runs cancel the stale ones. */
static void
test_slider_updates_charts (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *scale = awareness_scale (f);
  Frames frames = { 0 };
  GdkFrameClock *clock;
  g_autofree char *before = g_strdup (cw_evaluator_get_central (f->evaluator)->scenario_hash);

  g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_STEP_LEFT);
  /* The move went to a worker at once. */
  g_assert_true (cw_evaluator_get_busy (f->evaluator));
  wait_idle (f);
  g_assert_cmpint (f->centrals, ==, 1);
  g_assert_cmpstr (cw_evaluator_get_central (f->evaluator)->scenario_hash, !=, before);
  assert_charts_show_document (f);

  /* Moves faster than the runs: each one cancels the run of the one before,
   * and only the last is reported. */
  f->centrals = 0;
  for (int i = 0; i < 3; i++)
    g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_STEP_RIGHT);
  wait_idle (f);
  g_assert_cmpint (f->centrals, ==, 1);
  assert_charts_show_document (f);

  /* A drag: a move per frame, the main loop turning in between. The frame
   * times are reported, not asserted: they depend on the machine. */
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (frame_started_cb), &frames);
  g_signal_connect (clock, "after-paint", G_CALLBACK (frame_ended_cb), &frames);
  for (int i = 0; i < 8; i++)
    {
      g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_STEP_LEFT);
      ui_spin (16);
    }
  g_signal_handlers_disconnect_by_data (clock, &frames);
  g_test_message ("drag: %d frames, the longest %.1f ms", frames.count, frames.longest / 1000.0);
  wait_idle (f);
  assert_charts_show_document (f);
}

/* With Live off a change waits for Run. */
static void
test_live_off (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *live = ui_find_widget_where (GTK_WIDGET (f->pane), GTK_TYPE_TOGGLE_BUTTON, ui_has_tooltip,
                                         "Live: run the model again after every change");
  GtkWidget *scale = awareness_scale (f);
  g_autofree char *stale = NULL;

  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (live)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (live), FALSE);
  stale = g_strdup (cw_evaluator_get_central (f->evaluator)->scenario_hash);
  g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_END);
  ui_flush ();
  g_assert_false (cw_evaluator_get_busy (f->evaluator));
  g_assert_cmpstr (cw_evaluator_get_central (f->evaluator)->scenario_hash, ==, stale);
  g_assert_cmpstr (status_text (f), ==, "Changed: press Run to see the outcomes");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "outcomes.run", NULL));
  wait_idle (f);
  assert_charts_show_document (f);

  /* Turning Live on again with nothing changed runs nothing. */
  f->centrals = 0;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (live), TRUE);
  wait_idle (f);
  g_assert_cmpint (f->centrals, ==, 0);
}

/* A year picked on a chart names the stage running then. */
static void
test_cursor_stage (Fixture       *f,
                   gconstpointer  data)
{
  CwChartView *view = CW_CHART_VIEW (ui_find_widget (GTK_WIDGET (f->pane), CW_TYPE_CHART_VIEW));
  const CwSeries *central = cw_evaluator_get_central (f->evaluator);

  g_signal_emit_by_name (view, "year-activated", central->start_year + 0.25);
  g_assert_cmpstr (f->cursor_stage, ==, cw_document_get_scenario (f->doc)->start);
  g_signal_emit_by_name (view, "year-activated", NAN);
  g_assert_null (f->cursor_stage);
}

/* A scenario that cannot run says why, in the pane. */
static void
test_failure_shown (Fixture       *f,
                    gconstpointer  data)
{
  CwScenario *sc = cw_document_begin_edit (f->doc, NULL);

  sc->profile[CW_PROFILE_LEAD_FIRMS] = sc->profile[CW_PROFILE_FIRMS] + 1;
  cw_document_end_edit (f->doc);
  wait_idle (f);
  g_assert_true (gtk_widget_has_css_class (status_label (f), "error"));
  g_assert_nonnull (strstr (status_text (f), "lead firms"));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add ("/outcomes/first-results", Fixture, NULL, fixture_set_up, test_first_results, fixture_tear_down);
  g_test_add ("/outcomes/slider-updates-charts", Fixture, NULL, fixture_set_up, test_slider_updates_charts, fixture_tear_down);
  g_test_add ("/outcomes/live-off", Fixture, NULL, fixture_set_up, test_live_off, fixture_tear_down);
  g_test_add ("/outcomes/cursor-stage", Fixture, NULL, fixture_set_up, test_cursor_stage, fixture_tear_down);
  g_test_add ("/outcomes/failure-shown", Fixture, NULL, fixture_set_up, test_failure_shown, fixture_tear_down);
  return g_test_run ();
}

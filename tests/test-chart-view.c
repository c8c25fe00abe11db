/* test-chart-view.c — one chart: its result, the year cursor by click and keys, hover
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with GSK_RENDERER=cairo. GTK 4.8 cannot synthesise pointer
 * or key events, so the tests emit the signals of the view's own controllers
 * with the coordinates and keys a user would produce.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <adwaita.h>

#include "cw-chart-describe.h"
#include "cw-chart-view.h"
#include "cw-templates.h"
#include "ui-helpers.h"

typedef struct {
  GtkWindow   *window;
  CwChartView *view;
  CwEvaluator *evaluator;
  CwScenario  *scenario;
  GArray      *activated;   /* double: the years the view reported */
} Fixture;

static void
year_activated_cb (CwChartView *view,
                   double       year,
                   Fixture     *f)
{
  g_array_append_val (f->activated, year);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  f->view = g_object_new (CW_TYPE_CHART_VIEW, "kind", CW_CHART_UPGRADING, NULL);
  gtk_window_set_default_size (f->window, 800, 420);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  f->activated = g_array_new (FALSE, FALSE, sizeof (double));
  g_signal_connect (f->view, "year-activated", G_CALLBACK (year_activated_cb), f);
  f->evaluator = cw_evaluator_new ();
  /* Small, so that the band is there in a moment. */
  f->scenario = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  f->scenario->profile[CW_PROFILE_FIRMS] = 60;
  f->scenario->years = 4;
  f->scenario->runs = 10;
  cw_chart_view_set_evaluator (f->view, f->evaluator);
  gtk_window_present (f->window);
  cw_evaluator_submit (f->evaluator, f->scenario);
  ui_wait_evaluator (f->evaluator);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  ui_flush ();
  g_object_unref (f->evaluator);
  cw_scenario_free (f->scenario);
  g_array_unref (f->activated);
}

/* The view's controller of @type. */
static GtkEventController *
controller (Fixture *f,
            GType    type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->view));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;
    }
  g_assert_not_reached ();
}

/* Where @year lies on the plot, half way up. */
static void
point_of_year (Fixture *f,
               double   year,
               double  *x,
               double  *y)
{
  CwChartSpec spec;
  CwChartFrame frame;

  g_assert_true (cw_chart_view_get_spec (f->view, &spec));
  g_assert_true (cw_chart_get_frame (&spec, gtk_widget_get_width (GTK_WIDGET (f->view)),
                                     gtk_widget_get_height (GTK_WIDGET (f->view)), 0, &frame));
  *x = frame.x + (year - frame.x_min) / (frame.x_max - frame.x_min) * frame.width;
  *y = frame.y + frame.height / 2;
}

static void
click (Fixture *f,
       double   x,
       double   y)
{
  g_signal_emit_by_name (controller (f, GTK_TYPE_GESTURE_CLICK), "pressed", 1, x, y);
}

static gboolean
press (Fixture         *f,
       guint            keyval,
       GdkModifierType  state)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (controller (f, GTK_TYPE_EVENT_CONTROLLER_KEY), "key-pressed",
                         keyval, 0, state, &handled);
  return handled;
}

static double
last_activated (Fixture *f)
{
  g_assert_cmpuint (f->activated->len, >, 0);
  return g_array_index (f->activated, double, f->activated->len - 1);
}

/* The view draws what the evaluator published, and only that. */
static void
test_draws_result (Fixture       *f,
                   gconstpointer  data)
{
  CwResult *result = cw_evaluator_get_result (f->evaluator);
  g_autoptr(CwEvaluator) other = cw_evaluator_new ();
  CwChartSpec spec;

  g_assert_nonnull (result);
  g_assert_true (cw_chart_view_get_result (f->view) == result);
  g_assert_true (cw_chart_view_get_spec (f->view, &spec));
  g_assert_true (spec.series == cw_result_get_shown (result));
  g_assert_true (spec.baseline == cw_result_get_baseline (result));
  g_assert_cmpfloat (spec.budget, ==, f->scenario->profile[CW_PROFILE_BUDGET]);
  g_assert_true (spec.show_band && spec.show_baseline);
  g_object_set (f->view, "show-band", FALSE, "show-baseline", FALSE, NULL);
  g_assert_true (cw_chart_view_get_spec (f->view, &spec));
  g_assert_false (spec.show_band || spec.show_baseline);

  /* Another evaluator: nothing to draw until it publishes; the first is no
   * longer followed. */
  cw_chart_view_set_evaluator (f->view, other);
  g_assert_null (cw_chart_view_get_result (f->view));
  g_assert_false (cw_chart_view_get_spec (f->view, &spec));
  f->scenario->seed++;
  cw_evaluator_submit (f->evaluator, f->scenario);
  ui_wait_evaluator (f->evaluator);
  g_assert_null (cw_chart_view_get_result (f->view));
  cw_evaluator_submit (other, f->scenario);
  ui_wait_evaluator (other);
  g_assert_true (cw_chart_view_get_result (f->view) == cw_evaluator_get_result (other));
  cw_chart_view_set_evaluator (f->view, NULL);
  g_assert_null (cw_chart_view_get_result (f->view));
}

/* With show-effect the chart draws the published effect with its paired
 * band, says so in its description, hover and readout, and goes back to
 * levels when it is off; the phase plot keeps its path. */
static void
test_effect (Fixture       *f,
             gconstpointer  data)
{
  CwResult *result = cw_evaluator_get_result (f->evaluator);
  g_autoptr(CwChartView) phase = g_object_ref_sink (g_object_new (CW_TYPE_CHART_VIEW, "kind", CW_CHART_PHASE,
                                                                  "show-effect", TRUE, NULL));
  g_autofree char *description = NULL;
  g_autofree char *markup = NULL;
  g_auto(GStrv) readout = NULL;
  CwChartSpec spec;
  double x, y;

  g_object_set (f->view, "show-effect", TRUE, NULL);
  g_assert_true (cw_chart_view_get_spec (f->view, &spec));
  g_assert_true (spec.effect);
  g_assert_true (spec.series == cw_result_get_effect (result));
  g_assert_cmpint (spec.series->runs, ==, 10);
  g_assert_true (spec.show_band);
  g_assert_null (spec.baseline);
  g_assert_false (isfinite (spec.budget));
  description = cw_chart_describe (&spec);
  g_assert_true (g_str_has_prefix (description, "Effect of the policy on Upgrading index: "));
  g_assert_nonnull (strstr (description, "90 % of paired runs between"));
  readout = cw_chart_readout (&spec);
  g_assert_nonnull (strstr (readout[1], "Upgrading index: "));
  g_assert_nonnull (strstr (readout[1], "(5–95 %: "));
  point_of_year (f, spec.series->start_year + 1, &x, &y);
  markup = cw_chart_view_hover_markup (f->view, x, y);
  g_assert_nonnull (strstr (markup, "Effect on Upgrading index: "));

  cw_chart_view_set_evaluator (phase, f->evaluator);
  g_assert_true (cw_chart_view_get_spec (phase, &spec));
  g_assert_false (spec.effect);
  g_assert_true (spec.series == cw_result_get_shown (result));
  cw_chart_view_set_evaluator (phase, NULL);

  g_object_set (f->view, "show-effect", FALSE, NULL);
  g_assert_true (cw_chart_view_get_spec (f->view, &spec));
  g_assert_false (spec.effect);
  g_assert_true (spec.series == cw_result_get_shown (result));
  g_assert_true (spec.baseline == cw_result_get_baseline (result));
}

/* A click on the plot puts the cursor on the year there and reports it; a
 * click off the data does nothing. */
static void
test_click (Fixture       *f,
            gconstpointer  data)
{
  const CwSeries *central = cw_result_get_central (cw_evaluator_get_result (f->evaluator));
  double year = central->start_year + 2.25;
  double x, y;

  g_assert_true (isnan (cw_chart_view_get_cursor (f->view)));
  point_of_year (f, year, &x, &y);
  click (f, x, y);
  g_assert_cmpfloat (cw_chart_view_get_cursor (f->view), ==, year);
  g_assert_cmpuint (f->activated->len, ==, 1);
  g_assert_cmpfloat (last_activated (f), ==, year);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->view)));

  click (f, 1, 1);
  g_assert_cmpfloat (cw_chart_view_get_cursor (f->view), ==, year);
  g_assert_cmpuint (f->activated->len, ==, 1);

  /* Set from outside, the cursor moves without a report. */
  cw_chart_view_set_cursor (f->view, central->start_year);
  g_assert_cmpfloat (cw_chart_view_get_cursor (f->view), ==, central->start_year);
  g_assert_cmpuint (f->activated->len, ==, 1);
}

/* Arrows move the cursor by a year (with Shift a quarter), Home and End jump
 * to the ends, Escape clears it; every move is reported. */
static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  const CwSeries *central = cw_result_get_central (cw_evaluator_get_result (f->evaluator));
  double first = central->start_year;
  double last = first + (central->n_steps - 1) / 4.0;

  g_assert_true (press (f, GDK_KEY_Right, 0));
  g_assert_cmpfloat (cw_chart_view_get_cursor (f->view), ==, first);
  g_assert_true (press (f, GDK_KEY_Right, 0));
  g_assert_cmpfloat (cw_chart_view_get_cursor (f->view), ==, first + 1);
  g_assert_true (press (f, GDK_KEY_Left, GDK_SHIFT_MASK));
  g_assert_cmpfloat (cw_chart_view_get_cursor (f->view), ==, first + 0.75);
  g_assert_true (press (f, GDK_KEY_Left, 0));
  g_assert_cmpfloat (cw_chart_view_get_cursor (f->view), ==, first);
  g_assert_true (press (f, GDK_KEY_End, 0));
  g_assert_cmpfloat (cw_chart_view_get_cursor (f->view), ==, last);
  g_assert_true (press (f, GDK_KEY_KP_Right, 0));
  g_assert_cmpfloat (cw_chart_view_get_cursor (f->view), ==, last);
  g_assert_true (press (f, GDK_KEY_Home, 0));
  g_assert_cmpfloat (cw_chart_view_get_cursor (f->view), ==, first);
  g_assert_cmpuint (f->activated->len, ==, 7);
  g_assert_cmpfloat (last_activated (f), ==, first);

  g_assert_true (press (f, GDK_KEY_Escape, 0));
  g_assert_true (isnan (cw_chart_view_get_cursor (f->view)));
  g_assert_true (isnan (last_activated (f)));
  /* Nothing left to clear: Escape goes on to the window; other keys too. */
  g_assert_false (press (f, GDK_KEY_Escape, 0));
  g_assert_false (press (f, GDK_KEY_a, 0));
  g_assert_cmpuint (f->activated->len, ==, 8);
}

/* The tooltip names the time under the pointer and the value of every series. */
static void
test_hover (Fixture       *f,
            gconstpointer  data)
{
  const CwSeries *central = cw_result_get_central (cw_evaluator_get_result (f->evaluator));
  double year = central->start_year + 1;
  g_autofree char *markup = NULL;
  g_autofree char *heading = g_strdup_printf ("<b>%d, quarter 1</b>", (int) year);
  g_autoptr(GPtrArray) values = NULL;
  CwChartSpec spec;
  double x, y;

  point_of_year (f, year, &x, &y);
  markup = cw_chart_view_hover_markup (f->view, x, y);
  g_assert_nonnull (markup);
  g_assert_true (g_str_has_prefix (markup, heading));
  g_assert_true (cw_chart_view_get_spec (f->view, &spec));
  values = cw_chart_values_at (&spec, year);
  g_assert_cmpuint (values->len, >, 0);
  for (guint i = 0; i < values->len; i++)
    {
      const CwChartValue *value = g_ptr_array_index (values, i);
      g_autofree char *line = g_markup_printf_escaped ("\n%s: %s", value->label, value->text);

      g_assert_nonnull (strstr (markup, line));
    }
  g_assert_null (cw_chart_view_hover_markup (f->view, 1, 1));
  /* Hovering moves nothing. */
  g_assert_true (isnan (cw_chart_view_get_cursor (f->view)));
  g_assert_cmpuint (f->activated->len, ==, 0);
}

/* Before any result there is nothing to hover, click or move through. */
static void
test_empty (void)
{
  CwChartView *view = g_object_ref_sink (g_object_new (CW_TYPE_CHART_VIEW, NULL));
  CwChartSpec spec;

  g_assert_false (cw_chart_view_get_spec (view, &spec));
  g_assert_null (cw_chart_view_hover_markup (view, 100, 100));
  g_assert_null (cw_chart_view_get_result (view));
  g_object_unref (view);
}

/* .ui files name the kind; the names are the chart ids. */
static void
test_kind_by_name (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GEnumClass) kinds = g_type_class_ref (CW_TYPE_CHART_KIND);
  CwChartView *view;

  gtk_builder_add_from_string (builder,
                               "<interface><object class='CwChartView' id='view'>"
                               "<property name='kind'>governance</property>"
                               "</object></interface>", -1, &error);
  g_assert_no_error (error);
  view = CW_CHART_VIEW (gtk_builder_get_object (builder, "view"));
  g_assert_cmpint (cw_chart_view_get_kind (view), ==, CW_CHART_GOVERNANCE);
  g_object_ref_sink (view);
  g_object_unref (view);

  g_assert_cmpuint (kinds->n_values, ==, CW_N_CHART_KINDS);
  for (int k = 0; k < CW_N_CHART_KINDS; k++)
    g_assert_cmpstr (g_enum_get_value (kinds, k)->value_nick, ==, cw_chart_kind_id (k));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_type_ensure (CW_TYPE_CHART_VIEW);
  g_test_add ("/chart-view/draws-result", Fixture, NULL, fixture_set_up, test_draws_result, fixture_tear_down);
  g_test_add ("/chart-view/effect", Fixture, NULL, fixture_set_up, test_effect, fixture_tear_down);
  g_test_add ("/chart-view/click", Fixture, NULL, fixture_set_up, test_click, fixture_tear_down);
  g_test_add ("/chart-view/keys", Fixture, NULL, fixture_set_up, test_keys, fixture_tear_down);
  g_test_add ("/chart-view/hover", Fixture, NULL, fixture_set_up, test_hover, fixture_tear_down);
  g_test_add_func ("/chart-view/empty", test_empty);
  g_test_add_func ("/chart-view/kind-by-name", test_kind_by_name);
  return g_test_run ();
}

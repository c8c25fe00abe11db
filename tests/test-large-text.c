/* test-large-text.c — the canvas and the charts follow large text and high contrast
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GNOME's text-scaling-factor reaches GTK as gtk-xft-dpi, and the
 * high-contrast switch as org.gnome.desktop.a11y.interface high-contrast,
 * which AdwStyleManager reads: the test sets both as the desktop would and
 * looks at what the real window's canvas and chart then draw.
 */
#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "cw-chart-view.h"
#include "cw-cycle-canvas.h"
#include "cw-document.h"
#include "cw-outcomes-pane.h"
#include "cw-templates.h"
#include "ui-helpers.h"

#define NORMAL_XFT_DPI (96 * 1024)

typedef struct {
  CwWindow      *window;
  CwCycleCanvas *canvas;
  CwChartView   *view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  CwOutcomesPane *pane;
  CwScenario *sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);

  sc->profile[CW_PROFILE_FIRMS] = 60;
  sc->years = 4;
  sc->runs = 4;
  f->window = ui_new_window ();
  cw_document_replace (cw_window_get_document (f->window), sc, NULL);
  f->canvas = CW_CYCLE_CANVAS (ui_find_widget (GTK_WIDGET (f->window), CW_TYPE_CYCLE_CANVAS));
  pane = CW_OUTCOMES_PANE (ui_find_widget (GTK_WIDGET (f->window), CW_TYPE_OUTCOMES_PANE));
  cw_outcomes_pane_run (pane);
  ui_wait_evaluator (cw_outcomes_pane_get_evaluator (pane));
  f->view = cw_outcomes_pane_get_visible_view (pane);
  cw_cycle_canvas_queue_fit (f->canvas);
  ui_flush ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", NORMAL_XFT_DPI, NULL);
  ui_destroy_window (f->window);
}

/* Widget pixels per model unit on the canvas. */
static double
canvas_zoom (Fixture *f)
{
  double x0, y0, x1, y1;

  cw_cycle_canvas_to_widget (f->canvas, 0, 0, &x0, &y0);
  cw_cycle_canvas_to_widget (f->canvas, 100, 0, &x1, &y1);
  return (x1 - x0) / 100;
}

static void
chart_frame (Fixture      *f,
             CwChartSpec  *spec,
             CwChartFrame *frame)
{
  g_assert_true (cw_chart_view_get_spec (f->view, spec));
  g_assert_true (cw_chart_get_frame (spec, gtk_widget_get_width (GTK_WIDGET (f->view)),
                                     gtk_widget_get_height (GTK_WIDGET (f->view)), 0, frame));
}

/* The canvas refits on its next allocation after the text size changes:
 * waits (up to 2 s) until its zoom passes @done. */
static void
wait_zoom (Fixture *f,
           gboolean (*done) (double zoom, double target),
           double   target)
{
  for (int i = 0; i < 200 && !done (canvas_zoom (f), target); i++)
    ui_spin (10);
}

static gboolean
at_least (double zoom,
          double target)
{
  return zoom >= target - 1e-9;
}

static gboolean
equal (double zoom,
       double target)
{
  return fabs (zoom - target) <= 1e-9;
}

/* Text at 1.5 times: the chart's type grows (its plot starts lower, under a
 * taller title and legend), the canvas is fitted at a zoom that keeps stage
 * names at 1.5 times their least size; back at 1, both return. */
static void
test_large_text (Fixture       *f,
                 gconstpointer  data)
{
  CwChartSpec spec;
  CwChartFrame normal, large;
  double zoom;

  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", NORMAL_XFT_DPI, NULL);
  ui_flush ();
  chart_frame (f, &spec, &normal);
  g_assert_cmpfloat_with_epsilon (spec.font_scale, 1, 1e-9);
  zoom = canvas_zoom (f);

  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", NORMAL_XFT_DPI * 3 / 2, NULL);
  ui_flush ();
  chart_frame (f, &spec, &large);
  g_assert_cmpfloat_with_epsilon (spec.font_scale, 1.5, 1e-9);
  g_assert_cmpfloat (large.y, >, normal.y);
  /* The plot keeps room for its data. */
  g_assert_cmpfloat (large.height, >=, 60);
  wait_zoom (f, at_least, 0.7 * 1.5);
  g_assert_cmpfloat (canvas_zoom (f), >=, 0.7 * 1.5 - 1e-9);
  g_assert_cmpfloat (canvas_zoom (f), >=, zoom);

  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", NORMAL_XFT_DPI, NULL);
  ui_flush ();
  chart_frame (f, &spec, &large);
  g_assert_cmpfloat (large.y, ==, normal.y);
  wait_zoom (f, equal, zoom);
  g_assert_cmpfloat_with_epsilon (canvas_zoom (f), zoom, 1e-9);
}

/* The desktop's high-contrast switch: the chart asks for the high-contrast
 * style and both the chart and the canvas are drawn again, differently;
 * off again, as before. */
static void
test_high_contrast (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GBytes) chart_normal = NULL, canvas_normal = NULL, chart_high = NULL, canvas_high = NULL;
  g_autoptr(GBytes) chart_again = NULL;
  CwChartSpec spec;

  ui_set_high_contrast (FALSE);
  chart_normal = ui_settled_pixels (GTK_WIDGET (f->view));
  canvas_normal = ui_settled_pixels (GTK_WIDGET (f->canvas));
  g_assert_true (cw_chart_view_get_spec (f->view, &spec));
  g_assert_false (spec.look.high_contrast);

  ui_set_high_contrast (TRUE);
  g_assert_true (cw_chart_view_get_spec (f->view, &spec));
  g_assert_true (spec.look.high_contrast);
  chart_high = ui_wait_shown (GTK_WIDGET (f->view), chart_normal, TRUE);
  canvas_high = ui_wait_shown (GTK_WIDGET (f->canvas), canvas_normal, TRUE);
  g_assert_false (g_bytes_equal (chart_normal, chart_high));
  g_assert_false (g_bytes_equal (canvas_normal, canvas_high));

  ui_set_high_contrast (FALSE);
  chart_again = ui_wait_shown (GTK_WIDGET (f->view), chart_normal, FALSE);
  g_assert_true (g_bytes_equal (chart_normal, chart_again));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);
  g_test_add ("/large-text/scales-type", Fixture, NULL, fixture_set_up, test_large_text, fixture_tear_down);
  g_test_add ("/large-text/high-contrast", Fixture, NULL, fixture_set_up, test_high_contrast,
              fixture_tear_down);
  return ui_test_run ();
}

/* test-canvas.c — the canvas and the pointer: press, drag, release, click,
 * hover and scroll at widget coordinates
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 cannot synthesise pointer events, so these tests call what the
 * gesture callbacks call, with the coordinates and buttons a user would
 * produce, on the canvas of a real window under Xvfb.
 */
#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "cw-cycle-canvas-private.h"
#include "cw-diagram.h"
#include "cw-document.h"
#include "cw-scenario-file.h"
#include "cw-window.h"
#include "ui-helpers.h"

typedef struct {
  CwWindow      *window;
  CwDocument    *doc;
  CwCycleCanvas *canvas;
} Fixture;

/* Three stages: a and b side by side with an arrow a → b, c below a. */
static CwScenario *
three_stages (void)
{
  CwScenario *sc = cw_scenario_new ();
  CwStage *stage;

  stage = cw_scenario_add_stage (sc, "a", "A", CW_STAGE_CUSTOM);
  stage->x = 0, stage->y = 0;
  stage = cw_scenario_add_stage (sc, "b", "B", CW_STAGE_CUSTOM);
  stage->x = 400, stage->y = 0;
  stage = cw_scenario_add_stage (sc, "c", "C", CW_STAGE_CUSTOM);
  stage->x = 0, stage->y = 300;
  cw_scenario_add_edge (sc, "a", "b");
  return sc;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = ui_new_window ();
  f->doc = cw_window_get_document (f->window);
  f->canvas = CW_CYCLE_CANVAS (ui_find_widget (GTK_WIDGET (f->window), CW_TYPE_CYCLE_CANVAS));
  cw_document_replace (f->doc, three_stages (), NULL);
  /* The first results change the panes' sizes: fit the canvas after them,
   * at once (a queued fit waits for the next frame). */
  ui_wait_window (f->window);
  _cw_cycle_canvas_fit (f->canvas);
  ui_flush ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->canvas)), >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_destroy_window (f->window);
}

/* Widget coordinates of the point (@ox, @oy) away from a stage's centre. */
static void
at_stage (Fixture    *f,
          const char *id,
          double      ox,
          double      oy,
          double     *wx,
          double     *wy)
{
  const CwStage *stage = cw_scenario_find_stage (cw_document_get_scenario (f->doc), id, NULL);

  g_assert_nonnull (stage);
  cw_cycle_canvas_to_widget (f->canvas, stage->x + ox, stage->y + oy, wx, wy);
}

static gboolean
is_selected (Fixture    *f,
             const char *id)
{
  return g_hash_table_contains (cw_document_get_selected_stages (f->doc), id);
}

static guint
n_selected (Fixture *f)
{
  return g_hash_table_size (cw_document_get_selected_stages (f->doc));
}

/* A press and release without moving. */
static void
click_at (Fixture         *f,
          GdkModifierType  state,
          double           x,
          double           y)
{
  g_assert_true (_cw_cycle_canvas_press (f->canvas, GDK_BUTTON_PRIMARY, state, x, y));
  _cw_cycle_canvas_release (f->canvas, state, 0, 0);
}

/* A press, a drag in small steps to (@dx, @dy) away, and a release. */
static void
drag_from (Fixture         *f,
           GdkModifierType  state,
           double           x,
           double           y,
           double           dx,
           double           dy)
{
  g_assert_true (_cw_cycle_canvas_press (f->canvas, GDK_BUTTON_PRIMARY, state, x, y));
  for (int i = 1; i <= 10; i++)
    _cw_cycle_canvas_drag_to (f->canvas, dx * i / 10, dy * i / 10);
  _cw_cycle_canvas_release (f->canvas, state, dx, dy);
}

/* A click selects the stage; Ctrl-click adds and removes; a plain click on
 * one of several selected stages selects just it; empty space unselects. */
static void
test_click_selects (Fixture       *f,
                    gconstpointer  data)
{
  double x, y;

  at_stage (f, "a", 0, 0, &x, &y);
  click_at (f, 0, x, y);
  g_assert_cmpstr (cw_document_get_selected_stage (f->doc)->id, ==, "a");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->canvas)));
  at_stage (f, "b", -60, 20, &x, &y);
  click_at (f, GDK_CONTROL_MASK, x, y);
  g_assert_cmpuint (n_selected (f), ==, 2);
  g_assert_true (is_selected (f, "a") && is_selected (f, "b"));
  at_stage (f, "c", 0, 0, &x, &y);
  click_at (f, GDK_SHIFT_MASK, x, y);
  g_assert_cmpuint (n_selected (f), ==, 3);
  click_at (f, GDK_CONTROL_MASK, x, y);
  g_assert_cmpuint (n_selected (f), ==, 2);
  g_assert_false (is_selected (f, "c"));

  /* The press keeps both for a move; the release without a move picks one. */
  at_stage (f, "b", 0, 0, &x, &y);
  g_assert_true (_cw_cycle_canvas_press (f->canvas, GDK_BUTTON_PRIMARY, 0, x, y));
  g_assert_cmpuint (n_selected (f), ==, 2);
  _cw_cycle_canvas_release (f->canvas, 0, 1, 1);
  g_assert_cmpstr (cw_document_get_selected_stage (f->doc)->id, ==, "b");

  at_stage (f, "a", 0, -200, &x, &y);
  click_at (f, 0, x, y);
  g_assert_cmpuint (n_selected (f), ==, 0);
  g_assert_cmpint (cw_document_get_selected_edge (f->doc), ==, -1);
  /* Selecting is no edit. */
  g_assert_false (cw_document_get_can_undo (f->doc));
}

/* A click on an arrow selects it. */
static void
test_click_edge (Fixture       *f,
                 gconstpointer  data)
{
  const CwScenario *sc = cw_document_get_scenario (f->doc);
  double mx = NAN, my = 0, x, y;
  guint index;

  /* Somewhere between a and b the arrow is under the pointer. */
  for (double px = 100; px < 300 && isnan (mx); px += 4)
    for (double py = -60; py <= 60 && isnan (mx); py += 2)
      if (cw_diagram_hit (sc, FALSE, px, py, &index) == CW_DIAGRAM_HIT_EDGE)
        mx = px, my = py;
  g_assert_false (isnan (mx));
  cw_cycle_canvas_to_widget (f->canvas, mx, my, &x, &y);
  click_at (f, 0, x, y);
  g_assert_cmpint (cw_document_get_selected_edge (f->doc), ==, 0);
  g_assert_cmpuint (n_selected (f), ==, 0);
}

/* Dragging a selected stage moves the whole selection by the pointer's
 * travel in model units, as one undo step; a twitch below the threshold
 * moves nothing. */
static void
test_drag_moves (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CwScenario) start = cw_scenario_copy (cw_document_get_scenario (f->doc));
  double zoom = f->canvas->view.zoom;
  const CwScenario *sc;
  double x, y;

  cw_document_select_stage (f->doc, "a", FALSE);
  cw_document_toggle_stage (f->doc, "c");
  at_stage (f, "c", 10, 10, &x, &y);
  drag_from (f, 0, x, y, 2, 1);
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (f->doc), start));
  g_assert_false (cw_document_get_can_undo (f->doc));
  g_assert_cmpuint (n_selected (f), ==, 1);

  cw_document_toggle_stage (f->doc, "a");
  drag_from (f, 0, x, y, 80, -40);
  sc = cw_document_get_scenario (f->doc);
  g_assert_cmpfloat (cw_scenario_find_stage (sc, "a", NULL)->x, ==, round (80 / zoom));
  g_assert_cmpfloat (cw_scenario_find_stage (sc, "a", NULL)->y, ==, round (-40 / zoom));
  g_assert_cmpfloat (cw_scenario_find_stage (sc, "c", NULL)->x, ==, round (80 / zoom));
  g_assert_cmpfloat (cw_scenario_find_stage (sc, "c", NULL)->y, ==, 300 + round (-40 / zoom));
  g_assert_cmpfloat (cw_scenario_find_stage (sc, "b", NULL)->x, ==, 400);
  g_assert_cmpuint (n_selected (f), ==, 2);

  cw_document_undo (f->doc);
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (f->doc), start));
  g_assert_false (cw_document_get_can_undo (f->doc));
}

/* Dragging from a stage's handle onto another stage draws an arrow; onto
 * empty space, or onto an existing arrow's target, nothing new. */
static void
test_drag_connects (Fixture       *f,
                    gconstpointer  data)
{
  const CwScenario *sc;
  const CwEdge *edge;
  double x, y, tx, ty;

  at_stage (f, "c", CW_DIAGRAM_STAGE_WIDTH / 2, 0, &x, &y);
  at_stage (f, "b", 0, 10, &tx, &ty);
  drag_from (f, 0, x, y, tx - x, ty - y);
  sc = cw_document_get_scenario (f->doc);
  g_assert_cmpuint (sc->edges->len, ==, 2);
  edge = g_ptr_array_index (sc->edges, 1);
  g_assert_cmpstr (edge->from, ==, "c");
  g_assert_cmpstr (edge->to, ==, "b");
  g_assert_cmpint (cw_document_get_selected_edge (f->doc), ==, 1);
  /* The stages did not move. */
  g_assert_cmpfloat (cw_scenario_find_stage (sc, "c", NULL)->x, ==, 0);

  /* Onto nothing. */
  drag_from (f, 0, x, y, 0, 400);
  g_assert_cmpuint (cw_document_get_scenario (f->doc)->edges->len, ==, 2);
  /* The same arrow again selects the one there. */
  cw_document_unselect_all (f->doc);
  at_stage (f, "a", CW_DIAGRAM_STAGE_WIDTH / 2, 0, &x, &y);
  drag_from (f, 0, x, y, tx - x, ty - y);
  g_assert_cmpuint (cw_document_get_scenario (f->doc)->edges->len, ==, 2);
  g_assert_cmpint (cw_document_get_selected_edge (f->doc), ==, 0);
  /* One undo step takes the new arrow away. */
  cw_document_undo (f->doc);
  g_assert_cmpuint (cw_document_get_scenario (f->doc)->edges->len, ==, 1);
}

/* A rectangle dragged over empty space selects the stages it touches; with
 * Ctrl it adds them to the selection. */
static void
test_rubber_band (Fixture       *f,
                  gconstpointer  data)
{
  double x, y, x1, y1;

  /* Above a and b, down to their middle: both, not c. */
  at_stage (f, "a", -150, -100, &x, &y);
  at_stage (f, "b", 150, 0, &x1, &y1);
  drag_from (f, 0, x, y, x1 - x, y1 - y);
  g_assert_cmpuint (n_selected (f), ==, 2);
  g_assert_true (is_selected (f, "a") && is_selected (f, "b"));

  /* Left of c, with Ctrl: c joins. */
  at_stage (f, "c", -200, -20, &x, &y);
  at_stage (f, "c", -60, 20, &x1, &y1);
  drag_from (f, GDK_CONTROL_MASK, x, y, x1 - x, y1 - y);
  g_assert_cmpuint (n_selected (f), ==, 3);

  /* Without Ctrl the press on empty space starts afresh. */
  drag_from (f, 0, x, y, x1 - x, y1 - y);
  g_assert_cmpuint (n_selected (f), ==, 1);
  g_assert_true (is_selected (f, "c"));
  /* A twitch is a click: nothing selected. */
  drag_from (f, 0, x, y, 1, 1);
  g_assert_cmpuint (n_selected (f), ==, 0);
}

/* Double click: on empty space adds a stage there and offers to name it, on
 * a stage renames it. The secondary button selects and opens the menu. */
static void
test_clicks (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *focus;
  const CwStage *stage;
  double x, y;

  /* A view with room around the cycle, whatever the window's panes left the
   * canvas (a point out of view would be moved in): the middle of the three
   * stages at the centre, half size. */
  f->canvas->user_zoomed = TRUE;
  f->canvas->view.zoom = 0.5;
  f->canvas->view.tx = gtk_widget_get_width (GTK_WIDGET (f->canvas)) / 2.0 - 200 * 0.5;
  f->canvas->view.ty = gtk_widget_get_height (GTK_WIDGET (f->canvas)) / 2.0 - 150 * 0.5;
  at_stage (f, "b", 0, 300, &x, &y);
  _cw_cycle_canvas_click (f->canvas, GDK_BUTTON_PRIMARY, 1, x, y);
  g_assert_cmpuint (cw_document_get_scenario (f->doc)->stages->len, ==, 3);
  _cw_cycle_canvas_click (f->canvas, GDK_BUTTON_PRIMARY, 2, x, y);
  ui_flush ();
  g_assert_cmpuint (cw_document_get_scenario (f->doc)->stages->len, ==, 4);
  stage = cw_document_get_selected_stage (f->doc);
  g_assert_nonnull (stage);
  g_assert_cmpfloat (fabs (stage->x - 400), <=, 1);
  g_assert_cmpfloat (fabs (stage->y - 300), <=, 1);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (GTK_IS_EDITABLE (focus));
  gtk_editable_set_text (GTK_EDITABLE (focus), "Double-clicked");
  g_signal_emit_by_name (focus, "activate");
  ui_flush ();
  g_assert_cmpstr (cw_document_get_selected_stage (f->doc)->name, ==, "Double-clicked");

  at_stage (f, "a", 0, 0, &x, &y);
  _cw_cycle_canvas_click (f->canvas, GDK_BUTTON_PRIMARY, 2, x, y);
  ui_flush ();
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (GTK_IS_EDITABLE (focus));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (focus)), ==, "A");
  gtk_popover_popdown (GTK_POPOVER (f->canvas->rename_popover));
  ui_flush ();

  at_stage (f, "c", 0, 0, &x, &y);
  g_assert_false (_cw_cycle_canvas_press (f->canvas, GDK_BUTTON_SECONDARY, 0, x, y));
  _cw_cycle_canvas_click (f->canvas, GDK_BUTTON_SECONDARY, 1, x, y);
  ui_flush ();
  g_assert_cmpstr (cw_document_get_selected_stage (f->doc)->id, ==, "c");
  g_assert_true (gtk_widget_get_visible (f->canvas->menu));
  gtk_popover_popdown (GTK_POPOVER (f->canvas->menu));
  ui_flush ();
}

/* The pointer over a handle, a stage, an arrow or nothing sets the cursor
 * and the hovered stage. */
static void
test_hover (Fixture       *f,
            gconstpointer  data)
{
  GdkCursor *cursor;
  double x, y;

  at_stage (f, "a", CW_DIAGRAM_STAGE_WIDTH / 2, 0, &x, &y);
  _cw_cycle_canvas_hover (f->canvas, x, y);
  cursor = gtk_widget_get_cursor (GTK_WIDGET (f->canvas));
  g_assert_cmpstr (gdk_cursor_get_name (cursor), ==, "crosshair");
  g_assert_cmpstr (f->canvas->hover, ==, "a");
  at_stage (f, "b", 0, 0, &x, &y);
  _cw_cycle_canvas_hover (f->canvas, x, y);
  g_assert_cmpstr (gdk_cursor_get_name (gtk_widget_get_cursor (GTK_WIDGET (f->canvas))), ==, "move");
  g_assert_cmpstr (f->canvas->hover, ==, "b");
  at_stage (f, "b", 0, 300, &x, &y);
  _cw_cycle_canvas_hover (f->canvas, x, y);
  g_assert_null (gtk_widget_get_cursor (GTK_WIDGET (f->canvas)));
  g_assert_null (f->canvas->hover);
}

/* The wheel pans; with Ctrl it zooms and keeps the point under the pointer
 * in place, as a pinch does; the middle button drags the view. None of it is
 * an edit. */
static void
test_scroll_and_pan (Fixture       *f,
                     gconstpointer  data)
{
  double tx = f->canvas->view.tx, ty = f->canvas->view.ty, zoom = f->canvas->view.zoom;
  double x, y, mx, my, mx2, my2;

  _cw_cycle_canvas_scroll (f->canvas, 0, GDK_SCROLL_UNIT_WHEEL, 0, 1);
  g_assert_cmpfloat (f->canvas->view.tx, ==, tx);
  g_assert_cmpfloat (f->canvas->view.ty, ==, ty - 30);
  _cw_cycle_canvas_scroll (f->canvas, 0, GDK_SCROLL_UNIT_SURFACE, -5, 0);
  g_assert_cmpfloat (f->canvas->view.tx, ==, tx + 5);

  at_stage (f, "b", 0, 0, &x, &y);
  _cw_cycle_canvas_hover (f->canvas, x, y);
  _cw_cycle_canvas_to_model (f->canvas, x, y, &mx, &my);
  _cw_cycle_canvas_scroll (f->canvas, GDK_CONTROL_MASK, GDK_SCROLL_UNIT_WHEEL, 0, -1);
  g_assert_cmpfloat (f->canvas->view.zoom, >, zoom);
  _cw_cycle_canvas_to_model (f->canvas, x, y, &mx2, &my2);
  g_assert_cmpfloat (fabs (mx2 - mx), <, 1e-6);
  g_assert_cmpfloat (fabs (my2 - my), <, 1e-6);

  /* A pinch scales the zoom it started from, about the fingers' centre. */
  zoom = f->canvas->view.zoom;
  _cw_cycle_canvas_pinch_begin (f->canvas);
  _cw_cycle_canvas_pinch (f->canvas, 1.5, x, y);
  g_assert_cmpfloat (fabs (f->canvas->view.zoom - zoom * 1.5), <, 1e-9);
  _cw_cycle_canvas_pinch (f->canvas, 0.5, x, y);
  g_assert_cmpfloat (fabs (f->canvas->view.zoom - zoom * 0.5), <, 1e-9);
  _cw_cycle_canvas_to_model (f->canvas, x, y, &mx2, &my2);
  g_assert_cmpfloat (fabs (mx2 - mx), <, 1e-6);
  g_assert_cmpfloat (fabs (my2 - my), <, 1e-6);

  tx = f->canvas->view.tx;
  ty = f->canvas->view.ty;
  g_assert_true (_cw_cycle_canvas_press (f->canvas, GDK_BUTTON_MIDDLE, 0, x, y));
  _cw_cycle_canvas_drag_to (f->canvas, 10, 20);
  _cw_cycle_canvas_drag_to (f->canvas, 30, -15);
  _cw_cycle_canvas_release (f->canvas, 0, 30, -15);
  g_assert_cmpfloat (f->canvas->view.tx, ==, tx + 30);
  g_assert_cmpfloat (f->canvas->view.ty, ==, ty - 15);
  g_assert_cmpuint (n_selected (f), ==, 0);
  g_assert_false (cw_document_get_can_undo (f->doc));
}

static void
allocate (Fixture *f,
          int      width,
          int      height)
{
  gtk_widget_size_allocate (GTK_WIDGET (f->canvas), &(GtkAllocation) { 0, 0, width, height }, -1);
}

/* The view refits when the canvas grows or shrinks, until the user zooms;
 * fitting again (Ctrl+0) follows the size again. */
static void
test_refit (Fixture       *f,
            gconstpointer  data)
{
  GActionGroup *actions = cw_cycle_canvas_get_actions (f->canvas);
  int width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (f->canvas));
  double small, large, zoomed;

  /* The size the window gave may still be settling: start from a known one. */
  allocate (f, width, height);
  small = f->canvas->view.zoom;
  allocate (f, 2 * width, 2 * height);
  large = f->canvas->view.zoom;
  g_assert_cmpfloat (large, >, small);
  allocate (f, width, height);
  g_assert_cmpfloat (f->canvas->view.zoom, ==, small);

  g_action_group_activate_action (actions, "zoom-in", NULL);
  zoomed = f->canvas->view.zoom;
  g_assert_cmpfloat (zoomed, >, small);
  allocate (f, 2 * width, 2 * height);
  g_assert_cmpfloat (f->canvas->view.zoom, ==, zoomed);
  g_action_group_activate_action (actions, "zoom-fit", NULL);
  g_assert_cmpfloat (f->canvas->view.zoom, ==, large);
  allocate (f, width, height);
  g_assert_cmpfloat (f->canvas->view.zoom, ==, small);
}

/* A stage added by a double click close to the canvas's edge on an empty
 * canvas is moved in so that all of its box shows (it was half cut off). */
static void
test_double_click_at_edge (Fixture       *f,
                           gconstpointer  data)
{
  int width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (f->canvas));
  const double corners[][2] = { { 20, 5 }, { width - 3.0, height - 4.0 } };

  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      const CwStage *stage;
      double w, h, left, top, right, bottom;

      cw_document_replace (f->doc, cw_scenario_new (), NULL);
      cw_cycle_canvas_queue_fit (f->canvas);
      ui_flush ();
      _cw_cycle_canvas_click (f->canvas, GDK_BUTTON_PRIMARY, 2, corners[i][0], corners[i][1]);
      ui_flush ();
      stage = cw_document_get_selected_stage (f->doc);
      g_assert_nonnull (stage);
      cw_diagram_stage_size (stage, FALSE, &w, &h);
      cw_cycle_canvas_to_widget (f->canvas, stage->x - w / 2, stage->y - h / 2, &left, &top);
      cw_cycle_canvas_to_widget (f->canvas, stage->x + w / 2, stage->y + h / 2, &right, &bottom);
      g_assert_cmpfloat (left, >=, 0);
      g_assert_cmpfloat (top, >=, 0);
      g_assert_cmpfloat (right, <=, width);
      g_assert_cmpfloat (bottom, <=, height);
      gtk_popover_popdown (GTK_POPOVER (f->canvas->rename_popover));
      ui_flush ();
    }
}

/* Whether the whole box of stage @id is in the part of the canvas that
 * shows the diagram, clear of the legend. */
static gboolean
stage_shown (Fixture    *f,
             const char *id)
{
  const CwStage *stage = cw_scenario_find_stage (cw_document_get_scenario (f->doc), id, NULL);
  const CwDiagramView *view = &f->canvas->view;
  double w, h, left, top, right, bottom;

  cw_diagram_stage_size (stage, f->canvas->projector, &w, &h);
  cw_cycle_canvas_to_widget (f->canvas, stage->x - w / 2, stage->y - h / 2, &left, &top);
  cw_cycle_canvas_to_widget (f->canvas, stage->x + w / 2, stage->y + h / 2, &right, &bottom);
  return left >= view->x - 1 && top >= view->y - 1 && right <= view->x + view->width + 1 &&
         bottom <= view->y + view->height + 1 &&
         view->x + view->width <= gtk_widget_get_width (GTK_WIDGET (f->canvas)) &&
         view->y + view->height <= gtk_widget_get_height (GTK_WIDGET (f->canvas));
}

/* Lets a smooth pan end (it takes a third of a second). */
static void
wait_pan (Fixture *f)
{
  for (int i = 0; i < 100 && f->canvas->pan_tick != 0; i++)
    ui_spin (20);
  g_assert_cmpuint (f->canvas->pan_tick, ==, 0);
  ui_flush ();
}

/* Present mode's type on a canvas too small for the whole cycle at that
 * size: the canvas keeps the size (16 px, as at 1024 × 700) and brings each
 * stage into view as it is revealed; Tab goes to the revealed stages only
 * and brings each into view, so the keyboard pans too. */
static void
test_present_floor (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = NULL;
  const CwScenario *sc;
  guint panned = 0, animated = 0;
  gboolean animations;

  cw_document_replace (f->doc, cw_scenario_load_example ("hamburg-aviation.cluster", problems, NULL), NULL);
  sc = cw_document_get_scenario (f->doc);
  order = cw_diagram_cycle_order (sc);
  cw_cycle_canvas_set_projector (f->canvas, 16);
  cw_cycle_canvas_set_revealed (f->canvas, shown);
  for (guint n = 1; n <= order->len; n++)
    {
      const char *newest = ((CwStage *) g_ptr_array_index (order, n - 1))->id;
      double tx = f->canvas->view.tx, ty = f->canvas->view.ty;

      g_hash_table_add (shown, (char *) newest);
      if (n == 1)
        _cw_cycle_canvas_fit (f->canvas);
      cw_cycle_canvas_set_revealed (f->canvas, shown);
      animated += f->canvas->pan_tick != 0;
      wait_pan (f);
      g_test_message ("stage %u at zoom %.3f, offset %.0f, %.0f", n, f->canvas->view.zoom, f->canvas->view.tx,
                      f->canvas->view.ty);
      /* Every text is 17 model units on a projector. */
      g_assert_cmpfloat (17 * f->canvas->view.zoom, >=, 16 - 1e-9);
      g_assert_true (stage_shown (f, newest));
      panned += n > 1 && (f->canvas->view.tx != tx || f->canvas->view.ty != ty);
    }
  /* The cycle is larger than the canvas at that size: the view moved,
   * smoothly where animations are on. */
  g_assert_cmpuint (panned, >, 0);
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (f->canvas)), "gtk-enable-animations", &animations, NULL);
  g_assert_cmpuint (animated, ==, animations ? panned : 0);

  /* Back to the first two stages; Tab visits them, each in view. */
  g_hash_table_remove_all (shown);
  for (guint n = 0; n < 2; n++)
    g_hash_table_add (shown, ((CwStage *) g_ptr_array_index (order, n))->id);
  cw_cycle_canvas_set_revealed (f->canvas, shown);
  gtk_widget_grab_focus (GTK_WIDGET (f->window));
  for (guint visits = 0; visits < 2; visits++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->canvas), GTK_DIR_TAB_FORWARD));
      wait_pan (f);
      g_assert_nonnull (f->canvas->focus);
      g_assert_true (g_hash_table_contains (shown, f->canvas->focus));
      g_assert_true (stage_shown (f, f->canvas->focus));
    }
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (f->canvas), GTK_DIR_TAB_FORWARD));
  cw_cycle_canvas_set_revealed (f->canvas, NULL);
  cw_cycle_canvas_set_projector (f->canvas, 0);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/canvas/click-selects", test_click_selects);
  ADD ("/canvas/click-edge", test_click_edge);
  ADD ("/canvas/drag-moves", test_drag_moves);
  ADD ("/canvas/drag-connects", test_drag_connects);
  ADD ("/canvas/rubber-band", test_rubber_band);
  ADD ("/canvas/clicks", test_clicks);
  ADD ("/canvas/double-click-at-edge", test_double_click_at_edge);
  ADD ("/canvas/hover", test_hover);
  ADD ("/canvas/scroll-and-pan", test_scroll_and_pan);
  ADD ("/canvas/refit", test_refit);
  ADD ("/canvas/present-floor", test_present_floor);
#undef ADD
  return ui_test_run ();
}

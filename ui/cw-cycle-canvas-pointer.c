/* cw-cycle-canvas-pointer.c — the canvas and the pointer: select, move,
 * connect, rubber band, context menu, scroll, zoom and pinch
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The gesture callbacks only read the button and modifiers of the event; what
 * a press, drag, release, click, motion or scroll at widget coordinates does
 * is decided by the _cw_cycle_canvas_* functions, which tests call directly.
 */
#define G_LOG_DOMAIN "cw-cycle-canvas"

#include "config.h"

#include <math.h>

#include "cw-cycle-canvas-private.h"
#include "cw-diagram.h"
#include "cw-document-edits.h"

/* Pointer travel before a press becomes a drag. */
#define DRAG_THRESHOLD 4.0
/* Model units between a stage added by a double click and the canvas's edge. */
#define IN_VIEW_MARGIN 8.0

CwDiagramHit
_cw_cycle_canvas_hit_at (CwCycleCanvas  *self,
                         double          wx,
                         double          wy,
                         guint          *index)
{
  const CwScenario *sc = _cw_cycle_canvas_scenario (self);
  double mx, my;
  guint i;
  CwDiagramHit hit;

  /* The legend's band shows nothing of the diagram. */
  if (wx < self->view.x || wy < self->view.y || wx > self->view.x + self->view.width ||
      wy > self->view.y + self->view.height)
    return CW_DIAGRAM_HIT_NONE;
  _cw_cycle_canvas_to_model (self, wx, wy, &mx, &my);
  hit = cw_diagram_hit (sc, self->projector, mx, my, &i);
  /* What present mode has not revealed yet is not there to hit. */
  if ((hit == CW_DIAGRAM_HIT_STAGE || hit == CW_DIAGRAM_HIT_HANDLE) &&
      !_cw_cycle_canvas_revealed (self, ((CwStage *) g_ptr_array_index (sc->stages, i))->id))
    hit = CW_DIAGRAM_HIT_NONE;
  if (hit == CW_DIAGRAM_HIT_EDGE &&
      !(_cw_cycle_canvas_revealed (self, ((CwEdge *) g_ptr_array_index (sc->edges, i))->from) &&
        _cw_cycle_canvas_revealed (self, ((CwEdge *) g_ptr_array_index (sc->edges, i))->to)))
    hit = CW_DIAGRAM_HIT_NONE;
  if (index != NULL)
    *index = i;
  return hit;
}

static const char *
stage_id (CwCycleCanvas *self,
          guint          index)
{
  return ((CwStage *) g_ptr_array_index (_cw_cycle_canvas_scenario (self)->stages, index))->id;
}

static void
select_for_press (CwCycleCanvas   *self,
                  const char      *id,
                  GdkModifierType  state)
{
  GHashTable *selected = cw_document_get_selected_stages (self->document);

  if (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK))
    cw_document_toggle_stage (self->document, id);
  else if (!g_hash_table_contains (selected, id))
    cw_document_select_stage (self->document, id, FALSE);
  _cw_cycle_canvas_focus_stage (self, id);
}

gboolean
_cw_cycle_canvas_press (CwCycleCanvas   *self,
                        guint            button,
                        GdkModifierType  state,
                        double           x,
                        double           y)
{
  guint index;
  CwDiagramHit hit;

  if (self->document == NULL)
    return TRUE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->drag_x = x;
  self->drag_y = y;
  self->drag_dx = self->drag_dy = 0;
  g_clear_pointer (&self->drag_stage, g_free);

  if (button == GDK_BUTTON_MIDDLE)
    {
      self->drag = DRAG_PAN;
      return TRUE;
    }
  if (button != GDK_BUTTON_PRIMARY)
    return FALSE;

  hit = _cw_cycle_canvas_hit_at (self, x, y, &index);
  switch (hit)
    {
    case CW_DIAGRAM_HIT_HANDLE:
      self->drag = DRAG_CONNECT;
      self->drag_stage = g_strdup (stage_id (self, index));
      break;
    case CW_DIAGRAM_HIT_STAGE:
      self->drag = DRAG_MOVE;
      self->drag_stage = g_strdup (stage_id (self, index));
      select_for_press (self, self->drag_stage, state);
      break;
    case CW_DIAGRAM_HIT_EDGE:
      self->drag = DRAG_NONE;
      cw_document_select_edge (self->document, index);
      break;
    case CW_DIAGRAM_HIT_NONE:
    default:
      self->drag = DRAG_RUBBER;
      if (!(state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK)))
        cw_document_unselect_all (self->document);
      break;
    }
  return TRUE;
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               CwCycleCanvas  *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  if (!_cw_cycle_canvas_press (self, button, state, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

/* Records where every selected stage was when the move began. */
static void
remember_origins (CwCycleCanvas *self)
{
  GHashTable *selected = cw_document_get_selected_stages (self->document);
  const CwScenario *sc = _cw_cycle_canvas_scenario (self);

  g_array_set_size (self->drag_origins, 0);
  for (guint i = 0; i < sc->stages->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (sc->stages, i);
      graphene_point_t p = GRAPHENE_POINT_INIT (stage->x, stage->y);

      if (g_hash_table_contains (selected, stage->id))
        g_array_append_val (self->drag_origins, p);
      else
        g_array_append_val (self->drag_origins, ((graphene_point_t) { NAN, NAN }));
    }
}

static void
move_selection (CwCycleCanvas *self)
{
  const CwScenario *sc = _cw_cycle_canvas_scenario (self);
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (CwStagePlace));

  for (guint i = 0; i < sc->stages->len && i < self->drag_origins->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (sc->stages, i);
      graphene_point_t *p = &g_array_index (self->drag_origins, graphene_point_t, i);
      CwStagePlace place = { stage->id, round (p->x + self->drag_dx / self->view.zoom),
                             round (p->y + self->drag_dy / self->view.zoom) };

      if (!isnan (p->x))
        g_array_append_val (places, place);
    }
  cw_document_place_stages (self->document, (CwStagePlace *) places->data, places->len);
}

void
_cw_cycle_canvas_drag_to (CwCycleCanvas *self,
                          double         dx,
                          double         dy)
{
  gboolean started = hypot (self->drag_dx, self->drag_dy) >= DRAG_THRESHOLD;

  switch (self->drag)
    {
    case DRAG_MOVE:
      if (!started && hypot (dx, dy) >= DRAG_THRESHOLD)
        {
          cw_document_seal (self->document);
          remember_origins (self);
        }
      self->drag_dx = dx;
      self->drag_dy = dy;
      if (hypot (dx, dy) >= DRAG_THRESHOLD || started)
        move_selection (self);
      break;
    case DRAG_PAN:
      _cw_cycle_canvas_set_view (self, self->view.zoom, self->view.tx + dx - self->drag_dx,
                                 self->view.ty + dy - self->drag_dy);
      self->drag_dx = dx;
      self->drag_dy = dy;
      break;
    case DRAG_CONNECT:
    case DRAG_RUBBER:
      self->drag_dx = dx;
      self->drag_dy = dy;
      break;
    case DRAG_NONE:
    default:
      return;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                CwCycleCanvas  *self)
{
  _cw_cycle_canvas_drag_to (self, dx, dy);
}

static void
finish_rubber_band (CwCycleCanvas *self,
                    gboolean       extend)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  const CwScenario *sc = _cw_cycle_canvas_scenario (self);
  GHashTable *selected = cw_document_get_selected_stages (self->document);
  double x0, y0, x1, y1;

  _cw_cycle_canvas_to_model (self, self->drag_x, self->drag_y, &x0, &y0);
  _cw_cycle_canvas_to_model (self, self->drag_x + self->drag_dx, self->drag_y + self->drag_dy, &x1, &y1);
  for (guint i = 0; i < sc->stages->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (sc->stages, i);

      if ((extend && g_hash_table_contains (selected, stage->id)) ||
          cw_diagram_stage_in_rect (stage, self->projector, MIN (x0, x1), MIN (y0, y1), fabs (x1 - x0), fabs (y1 - y0)))
        g_ptr_array_add (ids, stage->id);
    }
  cw_document_select_stages (self->document, ids);
}

void
_cw_cycle_canvas_release (CwCycleCanvas   *self,
                          GdkModifierType  state,
                          double           dx,
                          double           dy)
{
  DragMode mode = self->drag;
  guint index;

  self->drag = DRAG_NONE;
  switch (mode)
    {
    case DRAG_MOVE:
      cw_document_seal (self->document);
      /* A plain click on one of several selected stages selects just it. */
      if (hypot (dx, dy) < DRAG_THRESHOLD && self->drag_stage != NULL &&
          !(state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK)))
        cw_document_select_stage (self->document, self->drag_stage, FALSE);
      break;
    case DRAG_CONNECT:
      if (_cw_cycle_canvas_hit_at (self, self->drag_x + dx, self->drag_y + dy, &index) == CW_DIAGRAM_HIT_STAGE &&
          self->drag_stage != NULL)
        _cw_cycle_canvas_connect (self, self->drag_stage, stage_id (self, index));
      break;
    case DRAG_RUBBER:
      if (hypot (dx, dy) >= DRAG_THRESHOLD)
        finish_rubber_band (self, (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK)) != 0);
      break;
    case DRAG_PAN:
    case DRAG_NONE:
    default:
      break;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             CwCycleCanvas  *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  _cw_cycle_canvas_release (self, state, dx, dy);
}

static void
popup_menu_at (CwCycleCanvas *self,
               double         x,
               double         y)
{
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { x, y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

/* Moves the centre (@mx, @my) of a new stage so that its whole box is on
 * screen, clear of the legend: a double click near an edge must not cut
 * the stage off. */
static void
keep_in_view (CwCycleCanvas *self,
              double        *mx,
              double        *my)
{
  double x0, y0, x1, y1;
  double half_w = CW_DIAGRAM_STAGE_WIDTH / 2 + IN_VIEW_MARGIN;
  double half_h = CW_DIAGRAM_STAGE_HEIGHT / 2 + IN_VIEW_MARGIN;

  _cw_cycle_canvas_to_model (self, self->view.x, self->view.y, &x0, &y0);
  _cw_cycle_canvas_to_model (self, self->view.x + self->view.width, self->view.y + self->view.height, &x1, &y1);
  if (x1 - x0 >= 2 * half_w)
    *mx = CLAMP (*mx, x0 + half_w, x1 - half_w);
  if (y1 - y0 >= 2 * half_h)
    *my = CLAMP (*my, y0 + half_h, y1 - half_h);
}

void
_cw_cycle_canvas_click (CwCycleCanvas *self,
                        guint          button,
                        int            n_press,
                        double         x,
                        double         y)
{
  guint index;
  CwDiagramHit hit;

  if (self->document == NULL)
    return;
  hit = _cw_cycle_canvas_hit_at (self, x, y, &index);
  if (button == GDK_BUTTON_SECONDARY)
    {
      if (hit == CW_DIAGRAM_HIT_STAGE || hit == CW_DIAGRAM_HIT_HANDLE)
        select_for_press (self, stage_id (self, index), 0);
      else if (hit == CW_DIAGRAM_HIT_EDGE)
        cw_document_select_edge (self->document, index);
      popup_menu_at (self, x, y);
      return;
    }
  if (button != GDK_BUTTON_PRIMARY || n_press != 2)
    return;
  if (hit == CW_DIAGRAM_HIT_STAGE)
    _cw_cycle_canvas_begin_rename (self, stage_id (self, index));
  else if (hit == CW_DIAGRAM_HIT_NONE)
    {
      double mx, my;

      _cw_cycle_canvas_to_model (self, x, y, &mx, &my);
      keep_in_view (self, &mx, &my);
      _cw_cycle_canvas_add_stage_at (self, mx, my);
    }
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            CwCycleCanvas   *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  _cw_cycle_canvas_click (self, button, n_press, x, y);
}

void
_cw_cycle_canvas_hover (CwCycleCanvas *self,
                        double         x,
                        double         y)
{
  const char *hover = NULL;
  guint index;

  self->pointer_x = x;
  self->pointer_y = y;
  if (self->document == NULL)
    return;
  switch (_cw_cycle_canvas_hit_at (self, x, y, &index))
    {
    case CW_DIAGRAM_HIT_HANDLE:
      hover = stage_id (self, index);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
      break;
    case CW_DIAGRAM_HIT_STAGE:
      hover = stage_id (self, index);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "move");
      break;
    case CW_DIAGRAM_HIT_EDGE:
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
      break;
    case CW_DIAGRAM_HIT_NONE:
    default:
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
      break;
    }
  _cw_cycle_canvas_mark (self, &self->hover, hover);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           CwCycleCanvas            *self)
{
  _cw_cycle_canvas_hover (self, x, y);
}

void
_cw_cycle_canvas_scroll (CwCycleCanvas   *self,
                         GdkModifierType  state,
                         GdkScrollUnit    unit,
                         double           dx,
                         double           dy)
{
  /* A wheel click moves in steps, a touchpad in pixels. */
  double step = unit == GDK_SCROLL_UNIT_WHEEL ? 30 : 1;

  if (state & GDK_CONTROL_MASK)
    _cw_cycle_canvas_zoom_at (self, self->view.zoom * pow (1.1, -dy * step / 30), self->pointer_x,
                              self->pointer_y);
  else
    _cw_cycle_canvas_set_view (self, self->view.zoom, self->view.tx - dx * step, self->view.ty - dy * step);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           CwCycleCanvas            *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  _cw_cycle_canvas_scroll (self, state, gtk_event_controller_scroll_get_unit (controller), dx, dy);
  return TRUE;
}

void
_cw_cycle_canvas_pinch_begin (CwCycleCanvas *self)
{
  self->pinch_zoom = self->view.zoom;
}

void
_cw_cycle_canvas_pinch (CwCycleCanvas *self,
                        double         scale,
                        double         x,
                        double         y)
{
  _cw_cycle_canvas_zoom_at (self, self->pinch_zoom * scale, x, y);
}

static void
pinch_begin_cb (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                CwCycleCanvas    *self)
{
  _cw_cycle_canvas_pinch_begin (self);
}

static void
pinch_scale_changed_cb (GtkGestureZoom *gesture,
                        double          scale,
                        CwCycleCanvas  *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  _cw_cycle_canvas_pinch (self, scale, x, y);
}

void
_cw_cycle_canvas_add_controllers (CwCycleCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *gesture;
  GtkEventController *controller;

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), 0);
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), 0);
  g_signal_connect (gesture, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (pinch_begin_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (pinch_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, controller);
}

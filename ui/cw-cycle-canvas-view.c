/* cw-cycle-canvas-view.c — the canvas's view: zoom, pan, fit and scrollbars
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cycle-canvas"

#include "config.h"

#include <math.h>

#include "cw-cycle-canvas-private.h"
#include "cw-diagram.h"

#define MIN_ZOOM 0.2
#define MAX_ZOOM 4.0
/* The largest zoom "fit" picks, so that a single stage does not fill a
 * screen; in present mode the diagram may fill the projector. */
#define MAX_FIT_ZOOM 1.4
#define MAX_PROJECTOR_ZOOM 3.0
/* The smallest zoom "fit" picks: stage names stay at 12 px, kinds and
 * conditions at 9 px or more, and the scrollbars reach what does not fit.
 * With large text, the fit's limits grow with the text-scaling factor:
 * names stay at 12 px times that factor. Present mode sets a least type
 * size of its own, which the fit keeps too. */
#define MIN_FIT_ZOOM 0.7
/* How long a smooth pan takes, µs. */
#define PAN_TIME 350000

void
_cw_cycle_canvas_to_model (CwCycleCanvas *self,
                           double         wx,
                           double         wy,
                           double        *mx,
                           double        *my)
{
  *mx = (wx - self->view.tx) / self->view.zoom;
  *my = (wy - self->view.ty) / self->view.zoom;
}

void
cw_cycle_canvas_to_widget (CwCycleCanvas *self,
                           double         mx,
                           double         my,
                           double        *wx,
                           double        *wy)
{
  g_return_if_fail (CW_IS_CYCLE_CANVAS (self));
  *wx = mx * self->view.zoom + self->view.tx;
  *wy = my * self->view.zoom + self->view.ty;
}

static void adjustment_changed_cb (GtkAdjustment *adjustment,
                                   CwCycleCanvas *self);

/* One scrollbar: the diagram and what is on screen, in zoomed pixels. */
static void
configure (CwCycleCanvas *self,
           GtkAdjustment *adjustment,
           double         lower,
           double         upper,
           double         offset,
           double         page)
{
  if (adjustment == NULL)
    return;
  g_signal_handlers_block_by_func (adjustment, adjustment_changed_cb, self);
  gtk_adjustment_configure (adjustment, -offset, MIN (lower, -offset), MAX (upper, -offset + page),
                            page * 0.1, page * 0.9, page);
  g_signal_handlers_unblock_by_func (adjustment, adjustment_changed_cb, self);
}

static void
update_scrolling_cb (gpointer data)
{
  CwCycleCanvas *self = data;

  self->scrolling_idle = 0;
  _cw_cycle_canvas_update_scrolling (self);
}

void
_cw_cycle_canvas_update_scrolling (CwCycleCanvas *self)
{
  double x, y, w, h;

  if (self->document == NULL)
    return;
  /* A scrollbar that appears or goes during the allocation would make the
   * scrolled window resize in the middle of it: set them just after. */
  if (self->allocating)
    {
      if (self->scrolling_idle == 0)
        self->scrolling_idle = g_idle_add_once (update_scrolling_cb, self);
      return;
    }
  cw_diagram_bounds (cw_document_get_scenario (self->document), self->projector, &x, &y, &w, &h);
  /* The scrollbars reach far enough that every part of the diagram can be
   * seen clear of the legend. */
  configure (self, self->hadjustment, x * self->view.zoom - self->view.legend_left, (x + w) * self->view.zoom,
             self->view.tx, gtk_widget_get_width (GTK_WIDGET (self)));
  configure (self, self->vadjustment, y * self->view.zoom, (y + h) * self->view.zoom + self->view.legend_bottom,
             self->view.ty, gtk_widget_get_height (GTK_WIDGET (self)));
}

void
_cw_cycle_canvas_set_view (CwCycleCanvas *self,
                           double         zoom,
                           double         tx,
                           double         ty)
{
  _cw_cycle_canvas_stop_pan (self);
  self->view.zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  self->view.tx = tx;
  self->view.ty = ty;
  _cw_cycle_canvas_update_scrolling (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_cw_cycle_canvas_zoom_at (CwCycleCanvas *self,
                          double         zoom,
                          double         wx,
                          double         wy)
{
  double mx, my;

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  self->user_zoomed = TRUE;
  _cw_cycle_canvas_to_model (self, wx, wy, &mx, &my);
  /* Keep the model point under (wx, wy) where it is. */
  _cw_cycle_canvas_set_view (self, zoom, wx - mx * zoom, wy - my * zoom);
}

/* The diagram as the canvas shows it: the selection and marks do not
 * matter to a view, what present mode reveals does. */
static void
view_state (CwCycleCanvas  *self,
            CwDiagramState *state)
{
  cw_diagram_state_init (state);
  state->projector = self->projector;
  state->revealed = self->revealed;
}

void
_cw_cycle_canvas_fit (CwCycleCanvas *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double scale = cw_text_scale_get ();
  CwDiagramState state;
  CwDiagramScreen screen = {
    .width = width,
    .height = height,
    .min_zoom = MIN_FIT_ZOOM * scale,
    .max_zoom = (self->projector ? MAX_PROJECTOR_ZOOM : MAX_FIT_ZOOM) * scale,
    .least_text = self->projector_text,
    .legend_scale = _cw_cycle_canvas_legend_scale (self),
    /* On a desktop the legend may take a seventh of the canvas (its area
     * grows with the square of the type); a room cannot hover over a badge
     * to ask what it means, so present mode always shows it. */
    .legend_room = self->projector ? 1 : scale * scale / 7.0,
  };

  if (width <= 1 || height <= 1 || self->document == NULL)
    {
      self->fit_pending = TRUE;
      return;
    }
  _cw_cycle_canvas_stop_pan (self);
  self->fit_pending = FALSE;
  self->user_zoomed = FALSE;
  self->fitted_width = width;
  self->fitted_height = height;
  view_state (self, &state);
  cw_diagram_view_fit (_cw_cycle_canvas_scenario (self), &state, &screen, &self->view);
  _cw_cycle_canvas_update_scrolling (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
pan_tick_cb (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  CwCycleCanvas *self = CW_CYCLE_CANVAS (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double t, eased;

  if (self->pan_start == 0)
    self->pan_start = now;
  t = MIN ((now - self->pan_start) / (double) PAN_TIME, 1);
  eased = 1 - pow (1 - t, 3);
  self->view.tx = self->pan_from_x + (self->pan_to_x - self->pan_from_x) * eased;
  self->view.ty = self->pan_from_y + (self->pan_to_y - self->pan_from_y) * eased;
  _cw_cycle_canvas_update_scrolling (self);
  gtk_widget_queue_draw (widget);
  if (t < 1)
    return G_SOURCE_CONTINUE;
  self->pan_tick = 0;
  return G_SOURCE_REMOVE;
}

void
_cw_cycle_canvas_stop_pan (CwCycleCanvas *self)
{
  if (self->pan_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->pan_tick);
  self->pan_tick = 0;
}

void
_cw_cycle_canvas_follow (CwCycleCanvas *self,
                         const char    *id)
{
  CwDiagramState state;
  double x, y;
  gboolean animate = FALSE;

  if (self->document == NULL || self->fit_pending)
    return;
  /* From where a pan under way has got to, to the new place. */
  _cw_cycle_canvas_stop_pan (self);
  x = self->view.tx;
  y = self->view.ty;
  view_state (self, &state);
  if (id != NULL)
    cw_diagram_view_show_stage (_cw_cycle_canvas_scenario (self), &state, id, &self->view);
  else
    cw_diagram_view_follow (_cw_cycle_canvas_scenario (self), &state, &self->view);
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animate, NULL);
  if (animate && gtk_widget_get_mapped (GTK_WIDGET (self)) && (x != self->view.tx || y != self->view.ty))
    {
      self->pan_from_x = x;
      self->pan_from_y = y;
      self->pan_to_x = self->view.tx;
      self->pan_to_y = self->view.ty;
      self->view.tx = x;
      self->view.ty = y;
      self->pan_start = 0;
      self->pan_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), pan_tick_cb, NULL, NULL);
      return;
    }
  _cw_cycle_canvas_update_scrolling (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
cw_cycle_canvas_queue_fit (CwCycleCanvas *self)
{
  g_return_if_fail (CW_IS_CYCLE_CANVAS (self));
  self->fit_pending = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
adjustment_changed_cb (GtkAdjustment *adjustment,
                       CwCycleCanvas *self)
{
  _cw_cycle_canvas_stop_pan (self);
  if (adjustment == self->hadjustment)
    self->view.tx = -gtk_adjustment_get_value (adjustment);
  else
    self->view.ty = -gtk_adjustment_get_value (adjustment);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_cw_cycle_canvas_set_adjustment (CwCycleCanvas  *self,
                                 GtkOrientation  orientation,
                                 GtkAdjustment  *adjustment)
{
  GtkAdjustment **slot = orientation == GTK_ORIENTATION_HORIZONTAL ? &self->hadjustment
                                                                   : &self->vadjustment;

  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, adjustment_changed_cb, self);
  g_set_object (slot, adjustment);
  if (adjustment != NULL)
    g_signal_connect (adjustment, "value-changed", G_CALLBACK (adjustment_changed_cb), self);
  _cw_cycle_canvas_update_scrolling (self);
}

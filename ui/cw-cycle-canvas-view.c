/* cw-cycle-canvas-view.c — the canvas's view: zoom, pan, fit and scrollbars
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cycle-canvas"

#include "config.h"

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
 * names stay at 12 px times that factor. */
#define MIN_FIT_ZOOM 0.7

void
_cw_cycle_canvas_to_model (CwCycleCanvas *self,
                           double         wx,
                           double         wy,
                           double        *mx,
                           double        *my)
{
  *mx = (wx - self->tx) / self->zoom;
  *my = (wy - self->ty) / self->zoom;
}

void
cw_cycle_canvas_to_widget (CwCycleCanvas *self,
                           double         mx,
                           double         my,
                           double        *wx,
                           double        *wy)
{
  g_return_if_fail (CW_IS_CYCLE_CANVAS (self));
  *wx = mx * self->zoom + self->tx;
  *wy = my * self->zoom + self->ty;
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
  configure (self, self->hadjustment, x * self->zoom - self->legend_left, (x + w) * self->zoom, self->tx,
             gtk_widget_get_width (GTK_WIDGET (self)));
  configure (self, self->vadjustment, y * self->zoom, (y + h) * self->zoom + self->legend_bottom, self->ty,
             gtk_widget_get_height (GTK_WIDGET (self)));
}

void
_cw_cycle_canvas_set_view (CwCycleCanvas *self,
                           double         zoom,
                           double         tx,
                           double         ty)
{
  self->zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  self->tx = tx;
  self->ty = ty;
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

static double
fit_zoom (CwCycleCanvas *self,
          double         w,
          double         h,
          double         width,
          double         height)
{
  double scale = cw_text_scale_get ();

  return CLAMP (MIN (width / w, height / h), MIN_FIT_ZOOM * scale,
                (self->projector ? MAX_PROJECTOR_ZOOM : MAX_FIT_ZOOM) * scale);
}

/* How far a @w × @h diagram at @zoom reaches beyond @width × @height. */
static double
overflow (double w,
          double h,
          double zoom,
          double width,
          double height)
{
  return MAX (0, w * zoom - width) + MAX (0, h * zoom - height);
}

void
_cw_cycle_canvas_fit (CwCycleCanvas *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double x, y, w, h, zoom, cw, ch, rw, rh, left = 0, bottom = 0, beside, below;
  double legend_scale = _cw_cycle_canvas_legend_scale (self), text_scale = cw_text_scale_get ();
  const CwScenario *sc;

  if (width <= 1 || height <= 1 || self->document == NULL)
    {
      self->fit_pending = TRUE;
      return;
    }
  self->fit_pending = FALSE;
  self->user_zoomed = FALSE;
  self->fitted_width = width;
  self->fitted_height = height;
  sc = cw_document_get_scenario (self->document);
  cw_diagram_bounds (sc, self->projector, &x, &y, &w, &h);
  self->legend_left = self->legend_bottom = 0;
  /* The legend sits in the bottom left corner, as a column beside the
   * diagram or in rows below it: whichever leaves less of the diagram to
   * scroll to, and then the diagram larger. On a canvas too small to spare
   * the room (a seventh of it, more with large text: the legend's area
   * grows with the square of the type) it is left out, except in present
   * mode: a room cannot hover over a badge to ask what it means. */
  self->legend_width = 0;
  if (cw_diagram_legend_size (sc, NULL, legend_scale, 1, &cw, &ch) &&
      cw_diagram_legend_size (sc, NULL, legend_scale, width - 24, &rw, &rh) &&
      (self->projector || MIN (cw * ch, rw * rh) <= width * height / 7.0 * text_scale * text_scale))
    {
      beside = fit_zoom (self, w, h, width - cw - 12, height);
      below = fit_zoom (self, w, h, width, height - rh - 12);
      if (overflow (w, h, beside, width - cw - 12, height) < overflow (w, h, below, width, height - rh - 12) ||
          (overflow (w, h, beside, width - cw - 12, height) == overflow (w, h, below, width, height - rh - 12) &&
           beside >= below))
        {
          left = self->legend_left = cw + 12;
          self->legend_width = 1;
        }
      else
        {
          bottom = self->legend_bottom = rh + 12;
          self->legend_width = width - 24;
        }
    }
  width -= left;
  height -= bottom;
  zoom = fit_zoom (self, w, h, width, height);
  /* A diagram too large to fit legibly starts at its top left corner. */
  _cw_cycle_canvas_set_view (self, zoom,
                             left + (w * zoom <= width ? width / 2.0 - (x + w / 2) * zoom : -x * zoom),
                             h * zoom <= height ? height / 2.0 - (y + h / 2) * zoom : -y * zoom);
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
  if (adjustment == self->hadjustment)
    self->tx = -gtk_adjustment_get_value (adjustment);
  else
    self->ty = -gtk_adjustment_get_value (adjustment);
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

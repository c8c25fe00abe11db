/* cw-diagram-view.c — the diagram on a screen: zoom, pan and the legend's place
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-diagram"

#include "config.h"

#include "cw-diagram-private.h"
#include "cw-diagram-view.h"

/* The legend's distance from the canvas's edges and from the diagram. */
#define INSET 12.0

/* The least zoom at which every text of the diagram is least_text or more. */
static double
least_zoom (const CwDiagramScreen *screen,
            gboolean               projector)
{
  const CwDiagramType *type = cw_diagram_type (projector);
  double smallest = MIN (type->name_size, MIN (type->caption_size, type->label_size));

  return MAX (screen->min_zoom, screen->least_text / smallest);
}

/* The zoom that fits @d into @width × @height, within the screen's limits. */
static double
fit_zoom (const CwDiagramRect *d,
          double               least,
          double               most,
          double               width,
          double               height)
{
  return CLAMP (MIN (width / d->w, height / d->h), least, MAX (least, most));
}

/* How far @d at @zoom reaches beyond @width × @height. */
static double
overflow (const CwDiagramRect *d,
          double               zoom,
          double               width,
          double               height)
{
  return MAX (0, d->w * zoom - width) + MAX (0, d->h * zoom - height);
}

void
cw_diagram_view_fit (const CwScenario      *sc,
                     const CwDiagramState  *state,
                     const CwDiagramScreen *screen,
                     CwDiagramView         *view)
{
  double width = screen->width, height = screen->height, cw, ch, rw, rh;
  double least = least_zoom (screen, state->projector), most = screen->max_zoom;
  CwDiagramRect d;

  g_return_if_fail (sc != NULL && state != NULL && screen != NULL && view != NULL);

  cw_diagram_bounds (sc, state->projector, &d.x, &d.y, &d.w, &d.h);
  *view = (CwDiagramView) { .legend_scale = screen->legend_scale };
  /* A column beside the diagram (where the canvas is tall enough for it)
   * or rows below it: whichever leaves less of the diagram to pan to, and
   * then the diagram larger. The legend gets its room when it takes no more
   * than its share of the canvas. */
  if (cw_diagram_legend_size (sc, NULL, screen->legend_scale, 1, &cw, &ch) &&
      cw_diagram_legend_size (sc, NULL, screen->legend_scale, width - 2 * INSET, &rw, &rh) &&
      MIN (cw * ch, rw * rh) <= width * height * screen->legend_room)
    {
      double beside_width = width - cw - 2 * INSET, below_height = height - rh - 2 * INSET;
      double beside = fit_zoom (&d, least, most, beside_width, height);
      double below = fit_zoom (&d, least, most, width, below_height);
      double over_beside = overflow (&d, beside, beside_width, height);
      double over_below = overflow (&d, below, width, below_height);

      if (beside_width > 0 && ch + 2 * INSET <= height &&
          (over_beside < over_below || (over_beside == over_below && beside >= below)))
        {
          view->legend_left = cw + 2 * INSET;
          view->legend_width = 1;
        }
      else
        {
          view->legend_bottom = rh + 2 * INSET;
          view->legend_width = width - 2 * INSET;
        }
    }
  view->x = view->legend_left;
  view->y = 0;
  view->width = MAX (1, width - view->legend_left);
  view->height = MAX (1, height - view->legend_bottom);
  view->zoom = fit_zoom (&d, least, most, view->width, view->height);
  /* Centred where it fits; else from its top left corner. */
  view->tx = view->x + (d.w * view->zoom <= view->width ? (view->width - d.w * view->zoom) / 2 : 0) -
             d.x * view->zoom;
  view->ty = view->y + (d.h * view->zoom <= view->height ? (view->height - d.h * view->zoom) / 2 : 0) -
             d.y * view->zoom;
  cw_diagram_view_follow (sc, state, view);
}

/* The offset along one axis that shows @a … @a + @extent (model units) in
 * @v0 … @v0 + @length (pixels), moved as little as possible from @t: its
 * start where it is too long. Where the diagram, @d0 … @d0 + @d_extent, is
 * longer than the view, the view stays on it. */
static double
pan (double t,
     double zoom,
     double v0,
     double length,
     double a,
     double extent,
     double d0,
     double d_extent)
{
  if (a * zoom + t < v0 || extent * zoom > length)
    t = v0 - a * zoom;
  else if ((a + extent) * zoom + t > v0 + length)
    t = v0 + length - (a + extent) * zoom;
  if (d_extent * zoom > length)
    t = CLAMP (t, v0 + length - (d0 + d_extent) * zoom, v0 - d0 * zoom);
  return t;
}

/* Pans @view to show @target of the diagram @all. */
static void
show (CwDiagramView       *view,
      const CwDiagramRect *all,
      const CwDiagramRect *target)
{
  view->tx = pan (view->tx, view->zoom, view->x, view->width, target->x, target->w, all->x, all->w);
  view->ty = pan (view->ty, view->zoom, view->y, view->height, target->y, target->h, all->y, all->h);
}

static gboolean
fits (const CwDiagramView *view,
      const CwDiagramRect *r)
{
  return r->w * view->zoom <= view->width && r->h * view->zoom <= view->height;
}

void
cw_diagram_view_follow (const CwScenario     *sc,
                        const CwDiagramState *state,
                        CwDiagramView        *view)
{
  g_autoptr(CwDiagramLayout) layout = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GHashTable) pair = NULL;
  const CwStage *newest = NULL, *before = NULL;
  CwDiagramRect all, target;

  g_return_if_fail (sc != NULL && state != NULL && view != NULL);

  if (state->revealed == NULL)
    return;
  order = cw_diagram_cycle_order (sc);
  for (guint i = 0; i < order->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (order, i);

      if (g_hash_table_contains (state->revealed, stage->id))
        {
          before = newest;
          newest = stage;
        }
    }
  if (newest == NULL)
    return;
  layout = cw_diagram_layout_new (sc, state->projector);
  cw_diagram_layout_bounds (layout, sc, NULL, &all);
  cw_diagram_layout_bounds (layout, sc, state->revealed, &target);
  if (!fits (view, &target))
    {
      pair = g_hash_table_new (g_str_hash, g_str_equal);
      if (before != NULL)
        g_hash_table_add (pair, before->id);
      g_hash_table_add (pair, newest->id);
      cw_diagram_layout_bounds (layout, sc, pair, &target);
      if (!fits (view, &target))
        {
          g_hash_table_remove_all (pair);
          g_hash_table_add (pair, newest->id);
          cw_diagram_layout_bounds (layout, sc, pair, &target);
        }
    }
  show (view, &all, &target);
}

void
cw_diagram_view_show_stage (const CwScenario     *sc,
                            const CwDiagramState *state,
                            const char           *id,
                            CwDiagramView        *view)
{
  g_autoptr(CwDiagramLayout) layout = NULL;
  g_autoptr(GHashTable) one = NULL;
  CwDiagramRect all, target;

  g_return_if_fail (sc != NULL && state != NULL && id != NULL && view != NULL);

  layout = cw_diagram_layout_new (sc, state->projector);
  one = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_add (one, (char *) id);
  if (cw_diagram_layout_bounds (layout, sc, NULL, &all) && cw_diagram_layout_bounds (layout, sc, one, &target))
    show (view, &all, &target);
}

gboolean
cw_diagram_view_legend (const CwScenario     *sc,
                        const CwDiagramState *state,
                        const CwDiagramView  *view,
                        double               *x,
                        double               *y,
                        double               *width,
                        double               *height)
{
  g_return_val_if_fail (sc != NULL && view != NULL, FALSE);

  *x = *y = *width = *height = 0;
  if (view->legend_width <= 0 ||
      !cw_diagram_legend_size (sc, state, view->legend_scale, view->legend_width, width, height))
    return FALSE;
  *x = INSET;
  *y = view->y + view->height + view->legend_bottom - INSET - *height;
  return TRUE;
}

void
cw_diagram_view_draw (cairo_t              *cr,
                      const CwScenario     *sc,
                      const CwDiagramState *state,
                      const CwDiagramView  *view)
{
  double x, y, width, height;

  g_return_if_fail (cr != NULL && sc != NULL && view != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, view->x, view->y, view->width, view->height);
  cairo_clip (cr);
  cairo_translate (cr, view->tx, view->ty);
  cairo_scale (cr, view->zoom, view->zoom);
  cw_diagram_draw (cr, sc, state);
  cairo_restore (cr);
  if (cw_diagram_view_legend (sc, state, view, &x, &y, &width, &height))
    cw_diagram_draw_legend (cr, sc, state, x, y + height, view->legend_scale, view->legend_width);
}

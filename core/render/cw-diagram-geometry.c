/* cw-diagram-geometry.c — where stages and arrows are: hit tests, bounds, layout
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-diagram"

#include "config.h"

#include <math.h>

#include "cw-diagram-private.h"

/* How close to an arrow a point must be to hit it. */
#define EDGE_SLOP 8.0
#define MARGIN 40.0
/* Room left for the wedge that marks the start stage. */
#define START_MARK 26.0

void
cw_diagram_stage_size (const CwStage *stage,
                       gboolean       projector,
                       double        *width,
                       double        *height)
{
  CwDiagramRect box;

  g_return_if_fail (stage != NULL);

  cw_diagram_stage_box (stage, cw_diagram_type (projector), &box, NULL, NULL);
  *width = box.w;
  *height = box.h;
}

static double
segment_distance (double px, double py,
                  double ax, double ay,
                  double bx, double by)
{
  double vx = bx - ax, vy = by - ay;
  double l2 = vx * vx + vy * vy;
  double t = l2 > 0 ? CLAMP (((px - ax) * vx + (py - ay) * vy) / l2, 0, 1) : 0;

  return hypot (px - (ax + t * vx), py - (ay + t * vy));
}

static gboolean
curve_near (const CwDiagramCurve *c,
            double                x,
            double                y)
{
  double px = c->x0, py = c->y0;

  for (int i = 1; i <= 24; i++)
    {
      double qx, qy;

      cw_diagram_curve_point (c, i / 24.0, &qx, &qy);
      if (segment_distance (x, y, px, py, qx, qy) <= EDGE_SLOP)
        return TRUE;
      px = qx;
      py = qy;
    }
  return FALSE;
}

gboolean
cw_diagram_stage_in_rect (const CwStage *stage,
                          gboolean       projector,
                          double         x,
                          double         y,
                          double         width,
                          double         height)
{
  CwDiagramRect box;

  g_return_val_if_fail (stage != NULL, FALSE);

  cw_diagram_stage_box (stage, cw_diagram_type (projector), &box, NULL, NULL);
  return box.x + box.w > x && box.x < x + width && box.y + box.h > y && box.y < y + height;
}

CwDiagramHit
cw_diagram_hit (const CwScenario *sc,
                gboolean          projector,
                double            x,
                double            y,
                guint            *index)
{
  g_autoptr(CwDiagramLayout) layout = NULL;

  g_return_val_if_fail (sc != NULL, CW_DIAGRAM_HIT_NONE);

  layout = cw_diagram_layout_new (sc, projector);
  /* Labels are drawn over everything else. */
  for (guint i = 0; i < layout->arrows->len; i++)
    {
      const CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, i);

      if (index != NULL)
        *index = i;
      if (arrow->valid && arrow->label != NULL && cw_diagram_rect_contains (&arrow->label_box, x, y, 0))
        return CW_DIAGRAM_HIT_EDGE;
    }
  for (guint i = sc->stages->len; i-- > 0;)
    {
      const CwDiagramRect *box = &g_array_index (layout->boxes, CwDiagramBox, i).box;

      if (index != NULL)
        *index = i;
      if (hypot (x - (box->x + box->w), y - (box->y + box->h / 2)) <= CW_DIAGRAM_HANDLE_RADIUS + 3)
        return CW_DIAGRAM_HIT_HANDLE;
      if (cw_diagram_rect_contains (box, x, y, 0))
        return CW_DIAGRAM_HIT_STAGE;
    }
  for (guint i = 0; i < layout->arrows->len; i++)
    {
      const CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, i);

      if (index != NULL)
        *index = i;
      if (arrow->valid && curve_near (&arrow->curve, x, y))
        return CW_DIAGRAM_HIT_EDGE;
    }
  return CW_DIAGRAM_HIT_NONE;
}

void
cw_diagram_curve_extend (const CwDiagramCurve *curve,
                         double               *x0,
                         double               *y0,
                         double               *x1,
                         double               *y1)
{
  for (int k = 0; k <= 16; k++)
    {
      double x, y;

      cw_diagram_curve_point (curve, k / 16.0, &x, &y);
      *x0 = MIN (*x0, x);
      *y0 = MIN (*y0, y);
      *x1 = MAX (*x1, x);
      *y1 = MAX (*y1, y);
    }
}

static gboolean
in_set (GHashTable *ids,
        const char *id)
{
  return ids == NULL || g_hash_table_contains (ids, id);
}

gboolean
cw_diagram_layout_bounds (const CwDiagramLayout *layout,
                          const CwScenario      *sc,
                          GHashTable            *ids,
                          CwDiagramRect         *rect)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < layout->boxes->len; i++)
    {
      const CwDiagramRect *box = &g_array_index (layout->boxes, CwDiagramBox, i).box;

      if (!in_set (ids, ((CwStage *) g_ptr_array_index (sc->stages, i))->id))
        continue;
      x0 = MIN (x0, box->x - START_MARK);
      x1 = MAX (x1, box->x + box->w + CW_DIAGRAM_HANDLE_RADIUS);
      y0 = MIN (y0, box->y);
      y1 = MAX (y1, box->y + box->h);
    }
  if (x0 > x1)
    return FALSE;
  for (guint i = 0; i < layout->arrows->len; i++)
    {
      const CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, i);
      const CwEdge *edge = g_ptr_array_index (sc->edges, i);

      if (!arrow->valid || !in_set (ids, edge->from) || !in_set (ids, edge->to))
        continue;
      cw_diagram_curve_extend (&arrow->curve, &x0, &y0, &x1, &y1);
      if (arrow->label != NULL)
        {
          x0 = MIN (x0, arrow->label_box.x);
          x1 = MAX (x1, arrow->label_box.x + arrow->label_box.w);
          y0 = MIN (y0, arrow->label_box.y);
          y1 = MAX (y1, arrow->label_box.y + arrow->label_box.h);
        }
    }
  *rect = (CwDiagramRect) { x0 - MARGIN, y0 - MARGIN, x1 - x0 + 2 * MARGIN, y1 - y0 + 2 * MARGIN };
  return TRUE;
}

gboolean
cw_diagram_bounds (const CwScenario *sc,
                   gboolean          projector,
                   double           *x,
                   double           *y,
                   double           *width,
                   double           *height)
{
  g_autoptr(CwDiagramLayout) layout = NULL;
  CwDiagramRect rect = {
    -CW_DIAGRAM_STAGE_WIDTH / 2 - MARGIN, -CW_DIAGRAM_STAGE_HEIGHT / 2 - MARGIN,
    CW_DIAGRAM_STAGE_WIDTH + 2 * MARGIN, CW_DIAGRAM_STAGE_HEIGHT + 2 * MARGIN,
  };
  gboolean any;

  g_return_val_if_fail (sc != NULL, FALSE);

  layout = cw_diagram_layout_new (sc, projector);
  any = cw_diagram_layout_bounds (layout, sc, NULL, &rect);
  *x = rect.x;
  *y = rect.y;
  *width = rect.w;
  *height = rect.h;
  return any;
}

/* The stages in the order a run would first visit them along first arrows,
 * then the ones never reached, in file order. */
GPtrArray *
cw_diagram_cycle_order (const CwScenario *sc)
{
  GPtrArray *order = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  CwStage *stage = sc->start ? cw_scenario_find_stage (sc, sc->start, NULL) : NULL;

  while (stage != NULL && !g_hash_table_contains (seen, stage->id))
    {
      CwStage *next = NULL;

      g_ptr_array_add (order, stage);
      g_hash_table_add (seen, stage->id);
      for (guint i = 0; i < sc->edges->len && next == NULL; i++)
        {
          const CwEdge *edge = g_ptr_array_index (sc->edges, i);
          CwStage *to;

          if (!g_str_equal (edge->from, stage->id))
            continue;
          to = cw_scenario_find_stage (sc, edge->to, NULL);
          if (to != NULL && !g_hash_table_contains (seen, to->id))
            next = to;
        }
      stage = next;
    }
  for (guint i = 0; i < sc->stages->len; i++)
    {
      CwStage *rest = g_ptr_array_index (sc->stages, i);

      if (!g_hash_table_contains (seen, rest->id))
        g_ptr_array_add (order, rest);
    }
  return order;
}

void
cw_diagram_arrange_ring (CwScenario *sc)
{
  g_autoptr(GPtrArray) order = NULL;
  double radius, around = 0;

  g_return_if_fail (sc != NULL);

  order = cw_diagram_cycle_order (sc);
  if (order->len == 1)
    {
      CwStage *stage = g_ptr_array_index (order, 0);

      stage->x = stage->y = 0;
      return;
    }
  /* Large enough that neighbouring boxes keep most of a box's width between
   * them, however wide their names make them. */
  for (guint i = 0; i < order->len; i++)
    {
      double w, h;

      cw_diagram_stage_size (g_ptr_array_index (order, i), FALSE, &w, &h);
      around += w + 0.7 * CW_DIAGRAM_STAGE_WIDTH;
    }
  radius = MAX (220.0, around / (2 * G_PI));
  for (guint i = 0; i < order->len; i++)
    {
      CwStage *stage = g_ptr_array_index (order, i);
      double angle = -G_PI / 2 + 2 * G_PI * i / order->len;

      stage->x = round (radius * cos (angle));
      stage->y = round (radius * sin (angle));
    }
}

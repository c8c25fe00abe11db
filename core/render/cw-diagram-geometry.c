/* cw-diagram-geometry.c — where stages and arrows are: hit tests, bounds, layout
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-diagram"

#include "config.h"

#include <math.h>

#include "cw-diagram-private.h"

#define HW (CW_DIAGRAM_STAGE_WIDTH / 2)
#define HH (CW_DIAGRAM_STAGE_HEIGHT / 2)
/* Room left between an arrow's ends and the boxes. */
#define ARROW_GAP 6.0
/* How close to an arrow a point must be to hit it. */
#define EDGE_SLOP 8.0
/* Half the size assumed for a condition label when computing bounds. */
#define LABEL_HALF_WIDTH 90.0
#define MARGIN 40.0

/* Distance from a box centre to its border along (@dx, @dy). */
static double
box_reach (double dx,
           double dy)
{
  double tx = fabs (dx) > 1e-9 ? HW / fabs (dx) : G_MAXDOUBLE;
  double ty = fabs (dy) > 1e-9 ? HH / fabs (dy) : G_MAXDOUBLE;

  return MIN (tx, ty) * hypot (dx, dy);
}

gboolean
cw_diagram_edge_curve (const CwScenario *sc,
                       const CwEdge     *edge,
                       CwDiagramCurve   *c)
{
  const CwStage *from = cw_scenario_find_stage (sc, edge->from, NULL);
  const CwStage *to = cw_scenario_find_stage (sc, edge->to, NULL);
  double dx, dy, len, bend, ux, uy;

  if (from == NULL || to == NULL)
    return FALSE;

  if (from == to)
    {
      /* A loop over the top of the box. */
      *c = (CwDiagramCurve) { from->x + 24, from->y - HH - 2, from->x, from->y - HH - 110,
                              from->x - 24, from->y - HH - 2 };
      return TRUE;
    }

  dx = to->x - from->x;
  dy = to->y - from->y;
  len = hypot (dx, dy);
  if (len < 1e-6)
    {
      dx = 1;
      len = 1;
    }
  /* Bend to the left of the direction of travel, so that the two arrows of a
   * pair of stages linked both ways do not overlap. */
  bend = CLAMP (0.18 * len, 20, 90);
  c->cx = (from->x + to->x) / 2 + dy / len * bend;
  c->cy = (from->y + to->y) / 2 - dx / len * bend;

  ux = c->cx - from->x;
  uy = c->cy - from->y;
  len = hypot (ux, uy);
  c->x0 = from->x + ux / len * (box_reach (ux, uy) + ARROW_GAP);
  c->y0 = from->y + uy / len * (box_reach (ux, uy) + ARROW_GAP);

  ux = c->cx - to->x;
  uy = c->cy - to->y;
  len = hypot (ux, uy);
  c->x1 = to->x + ux / len * (box_reach (ux, uy) + ARROW_GAP);
  c->y1 = to->y + uy / len * (box_reach (ux, uy) + ARROW_GAP);
  return TRUE;
}

void
cw_diagram_curve_point (const CwDiagramCurve *c,
                        double                t,
                        double               *x,
                        double               *y)
{
  double s = 1 - t;

  *x = s * s * c->x0 + 2 * s * t * c->cx + t * t * c->x1;
  *y = s * s * c->y0 + 2 * s * t * c->cy + t * t * c->y1;
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
                          double         x,
                          double         y,
                          double         width,
                          double         height)
{
  g_return_val_if_fail (stage != NULL, FALSE);

  return stage->x + HW > x && stage->x - HW < x + width &&
         stage->y + HH > y && stage->y - HH < y + height;
}

CwDiagramHit
cw_diagram_hit (const CwScenario *sc,
                double            x,
                double            y,
                guint            *index)
{
  g_return_val_if_fail (sc != NULL, CW_DIAGRAM_HIT_NONE);

  for (guint i = sc->stages->len; i-- > 0;)
    {
      const CwStage *stage = g_ptr_array_index (sc->stages, i);

      if (index != NULL)
        *index = i;
      if (hypot (x - (stage->x + HW), y - stage->y) <= CW_DIAGRAM_HANDLE_RADIUS + 3)
        return CW_DIAGRAM_HIT_HANDLE;
      if (fabs (x - stage->x) <= HW && fabs (y - stage->y) <= HH)
        return CW_DIAGRAM_HIT_STAGE;
    }
  for (guint i = 0; i < sc->edges->len; i++)
    {
      CwDiagramCurve c;

      if (index != NULL)
        *index = i;
      if (cw_diagram_edge_curve (sc, g_ptr_array_index (sc->edges, i), &c) && curve_near (&c, x, y))
        return CW_DIAGRAM_HIT_EDGE;
    }
  return CW_DIAGRAM_HIT_NONE;
}

gboolean
cw_diagram_bounds (const CwScenario *sc,
                   double           *x,
                   double           *y,
                   double           *width,
                   double           *height)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  g_return_val_if_fail (sc != NULL, FALSE);

  if (sc->stages->len == 0)
    {
      *x = -HW - MARGIN;
      *y = -HH - MARGIN;
      *width = 2 * (HW + MARGIN);
      *height = 2 * (HH + MARGIN);
      return FALSE;
    }
  for (guint i = 0; i < sc->stages->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (sc->stages, i);

      x0 = MIN (x0, stage->x - HW);
      x1 = MAX (x1, stage->x + HW);
      y0 = MIN (y0, stage->y - HH);
      y1 = MAX (y1, stage->y + HH);
    }
  for (guint i = 0; i < sc->edges->len; i++)
    {
      const CwEdge *edge = g_ptr_array_index (sc->edges, i);
      CwDiagramCurve c;
      double mx, my, half = edge->conditional ? LABEL_HALF_WIDTH : 0;

      if (!cw_diagram_edge_curve (sc, edge, &c))
        continue;
      cw_diagram_curve_point (&c, 0.5, &mx, &my);
      x0 = MIN (x0, mx - half);
      x1 = MAX (x1, mx + half);
      y0 = MIN (y0, my - 12);
      y1 = MAX (y1, my + 12);
    }
  *x = x0 - MARGIN;
  *y = y0 - MARGIN;
  *width = x1 - x0 + 2 * MARGIN;
  *height = y1 - y0 + 2 * MARGIN;
  return TRUE;
}

/* The stages in the order a run would first visit them along first arrows,
 * then the ones never reached, in file order. */
static GPtrArray *
cycle_order (const CwScenario *sc)
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
  double radius;

  g_return_if_fail (sc != NULL);

  order = cycle_order (sc);
  if (order->len == 1)
    {
      CwStage *stage = g_ptr_array_index (order, 0);

      stage->x = stage->y = 0;
      return;
    }
  /* Large enough that neighbouring boxes keep a box's width between them. */
  radius = MAX (220.0, order->len * CW_DIAGRAM_STAGE_WIDTH * 1.6 / (2 * G_PI));
  for (guint i = 0; i < order->len; i++)
    {
      CwStage *stage = g_ptr_array_index (order, i);
      double angle = -G_PI / 2 + 2 * G_PI * i / order->len;

      stage->x = round (radius * cos (angle));
      stage->y = round (radius * sin (angle));
    }
}

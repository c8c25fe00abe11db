/* cw-diagram-layout.c — the layout of a cycle diagram: boxes, arrow lanes, labels
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-diagram"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-diagram-private.h"

#define PAD 12.0
#define MAX_WIDTH 320.0
/* How far the projector type may move boxes apart from their centre. */
#define MAX_SPREAD 2.0
/* Room left between an arrow's ends and the boxes. */
#define ARROW_GAP 6.0
/* Boxes closer than this along the line between them get arcs around them. */
#define CRAMPED 80.0
/* How far an arc passes outside the boxes, and between two arcs. */
#define CLEARANCE 22.0
#define LANE 56.0
/* Half the least width of an arch between boxes on top of each other. */
#define SPREAD 60.0
#define LABEL_GAP 5.0
#define LABEL_PAD_X 7.0

const CwDiagramType *
cw_diagram_type (gboolean projector)
{
  static const CwDiagramType desktop = {
    CW_DIAGRAM_NAME_SIZE, CW_DIAGRAM_CAPTION_SIZE, CW_DIAGRAM_LABEL_SIZE,
    CW_DIAGRAM_NAME_LINE, CW_DIAGRAM_CAPTION_LINE, 24.0,
  };
  /* Kinds and conditions at the names' size, in rows grown alike. */
  static const CwDiagramType room = {
    CW_DIAGRAM_NAME_SIZE, CW_DIAGRAM_NAME_SIZE, CW_DIAGRAM_NAME_SIZE,
    CW_DIAGRAM_NAME_LINE, CW_DIAGRAM_CAPTION_LINE * CW_DIAGRAM_NAME_SIZE / CW_DIAGRAM_CAPTION_SIZE,
    24.0 * CW_DIAGRAM_NAME_SIZE / CW_DIAGRAM_LABEL_SIZE,
  };

  return projector ? &room : &desktop;
}

double
cw_diagram_widest_word (cairo_t    *cr,
                        const char *text)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", text, 0, 0);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    widest = MAX (widest, cw_render_text_width (cr, words[i]));
  return widest;
}

void
cw_diagram_stage_box (const CwStage        *stage,
                      const CwDiagramType  *type,
                      CwDiagramRect  *box,
                      GPtrArray     **lines_out,
                      char          **caption_out)
{
  g_autoptr(cairo_t) cr = cw_render_measure_context ();
  g_autoptr(GPtrArray) lines = NULL;
  const char *name = stage->name ? stage->name : "";
  char *caption = NULL;
  double w, h, widest;

  cw_render_font (cr, type->name_size, TRUE);
  /* Wide enough for the longest word, and wider for a long name, so that it
   * wraps to no more than three lines before the box grows downwards. */
  widest = cw_diagram_widest_word (cr, name);
  w = CLAMP (MAX (widest, cw_render_text_width (cr, name) / 3) + 2 * PAD,
             CW_DIAGRAM_STAGE_WIDTH, MAX_WIDTH);
  /* A single word longer than that widens the box: names are never cut. */
  w = MAX (w, ceil (widest) + 2 * PAD + 1);
  /* The kind, unless it is "custom" or the name already says it; the box
   * is wide enough for it too. */
  if (stage->kind != CW_STAGE_CUSTOM && g_strcmp0 (name, cw_stage_kind_name (stage->kind)) != 0)
    {
      caption = g_strdup (cw_stage_kind_name (stage->kind));
      cw_render_font (cr, type->caption_size, FALSE);
      w = MAX (w, ceil (cw_render_text_width (cr, caption)) + 2 * PAD + 1);
    }
  cw_render_font (cr, type->name_size, TRUE);
  lines = cw_render_wrap_text (cr, name, w - 2 * PAD, G_MAXUINT, NULL);
  h = PAD / 2 + (caption ? type->caption_line : 0) + MAX (lines->len, 1) * type->name_line +
      CW_DIAGRAM_BADGE_ROW + PAD / 2;
  h = MAX (h, CW_DIAGRAM_STAGE_HEIGHT);
  *box = (CwDiagramRect) { stage->x - w / 2, stage->y - h / 2, w, h };
  if (lines_out != NULL)
    *lines_out = g_steal_pointer (&lines);
  if (caption_out != NULL)
    *caption_out = caption;
  else
    g_free (caption);
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

double
cw_diagram_curve_length (const CwDiagramCurve *c)
{
  double length = 0, px = c->x0, py = c->y0;

  for (int i = 1; i <= 48; i++)
    {
      double x, y;

      cw_diagram_curve_point (c, i / 48.0, &x, &y);
      length += hypot (x - px, y - py);
      px = x;
      py = y;
    }
  return length;
}

gboolean
cw_diagram_rect_contains (const CwDiagramRect *r,
                          double               x,
                          double               y,
                          double               margin)
{
  return x > r->x - margin && x < r->x + r->w + margin &&
         y > r->y - margin && y < r->y + r->h + margin;
}

static gboolean
rects_meet (const CwDiagramRect *a,
            const CwDiagramRect *b,
            double               margin)
{
  return a->x < b->x + b->w + margin && b->x < a->x + a->w + margin &&
         a->y < b->y + b->h + margin && b->y < a->y + a->h + margin;
}

/* Distance from the centre of @box to its border along (@dx, @dy). */
static double
reach (const CwDiagramRect *box,
       double               dx,
       double               dy)
{
  double tx = fabs (dx) > 1e-9 ? box->w / 2 / fabs (dx) : G_MAXDOUBLE;
  double ty = fabs (dy) > 1e-9 ? box->h / 2 / fabs (dy) : G_MAXDOUBLE;

  return MIN (tx, ty) * hypot (dx, dy);
}

/* The point where the line from the centre of @box towards (@tx, @ty) leaves
 * it, @gap further out. */
static void
border_point (const CwDiagramRect *box,
              double               tx,
              double               ty,
              double              *x,
              double              *y)
{
  double cx = box->x + box->w / 2, cy = box->y + box->h / 2;
  double dx = tx - cx, dy = ty - cy, len = hypot (dx, dy);

  if (len < 1e-6)
    {
      dx = 0;
      dy = -1;
      len = 1;
    }
  *x = cx + dx / len * (reach (box, dx, dy) + ARROW_GAP);
  *y = cy + dy / len * (reach (box, dx, dy) + ARROW_GAP);
}

static const CwDiagramRect *
box_at (const CwDiagramLayout *layout,
        guint                  index)
{
  return &g_array_index (layout->boxes, CwDiagramBox, index).box;
}

/* The lane of arrow @e among the @n arrows between the same two stages
 * (@j-th of them): how far its control point lies from the straight line,
 * along the normal of the direction from the lower to the higher stage. */
static double
lane_offset (guint    j,
             guint    n,
             gboolean forward,
             double   length,
             gboolean cramped,
             double   clear)
{
  if (cramped)
    {
      /* Arcs over and under the boxes, alternately, each further out. */
      double out = clear + (j / 2) * LANE;

      return j % 2 == 0 ? out : -out;
    }
  if (n == 1)
    {
      /* One arrow bends to the left of its direction of travel, so that it
       * stays clear of an arrow drawn back later. */
      double bend = CLAMP (0.18 * length, 20, 90);

      return forward ? bend : -bend;
    }
  return (j - (n - 1) / 2.0) * MAX (2 * LANE, 0.3 * length);
}

static void
route (CwDiagramLayout  *layout,
       const CwScenario *sc,
       guint             e,
       guint             from,
       guint             to)
{
  CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, e);
  const CwDiagramRect *a = box_at (layout, MIN (from, to)), *b = box_at (layout, MAX (from, to));
  double ax = a->x + a->w / 2, ay = a->y + a->h / 2, bx = b->x + b->w / 2, by = b->y + b->h / 2;
  double dx = bx - ax, dy = by - ay, len = hypot (dx, dy), nx, ny, gap, clear, offset, spread;
  guint j = 0, n = 0;
  CwDiagramCurve *c = &arrow->curve;

  if (from == to)
    {
      /* A loop over the top of the box. */
      *c = (CwDiagramCurve) { ax + 24, a->y - 2, ax, a->y - 110, ax - 24, a->y - 2 };
      return;
    }
  for (guint i = 0; i < sc->edges->len; i++)
    {
      const CwEdge *other = g_ptr_array_index (sc->edges, i);
      const CwEdge *edge = g_ptr_array_index (sc->edges, e);

      if ((g_str_equal (other->from, edge->from) && g_str_equal (other->to, edge->to)) ||
          (g_str_equal (other->from, edge->to) && g_str_equal (other->to, edge->from)))
        {
          if (i == e)
            j = n;
          n++;
        }
    }
  if (len < 1e-6)
    {
      dx = 1;
      dy = 0;
      len = 1;
    }
  nx = dy / len;
  ny = -dx / len;
  gap = len - reach (a, dx, dy) - reach (b, dx, dy);
  clear = 2 * (MAX (fabs (nx) * a->w, fabs (ny) * a->h) / 2 + CLEARANCE);
  clear = MAX (clear, 2 * (MAX (fabs (nx) * b->w, fabs (ny) * b->h) / 2 + CLEARANCE));
  offset = lane_offset (j, n, from < to, len, gap < CRAMPED, clear);
  c->cx = (ax + bx) / 2 + nx * offset;
  c->cy = (ay + by) / 2 + ny * offset;
  /* An arc leaves its box towards the control point moved back along the
   * line, and enters the other moved forward: boxes close together or on top
   * of each other still get an arch, and arches further out are wider. */
  spread = gap < CRAMPED ? MAX (0, SPREAD - len / 2) + (j / 2) * LANE / 2 : 0;
  if (from > to)
    spread = -spread;
  border_point (box_at (layout, from), c->cx - dx / len * spread, c->cy - dy / len * spread, &c->x0, &c->y0);
  border_point (box_at (layout, to), c->cx + dx / len * spread, c->cy + dy / len * spread, &c->x1, &c->y1);
}

static char *
condition_text (const CwEdge *edge)
{
  const CwOutputInfo *info = cw_output_info (edge->indicator);
  /* A label people read, on the canvas, in exports and the report: the
   * user's decimal separator, as in the inspector's description. */
  g_autofree char *number = g_strdup_printf (info->kind == CW_OUTPUT_KIND_COUNT ? "%.0f" : "%.3g",
                                             edge->threshold);

  return g_strdup_printf ("%s %s %s", _(info->name), cw_compare_info (edge->op)->symbol, number);
}

static gboolean
has_conditional (const CwScenario *sc,
                 const char       *from)
{
  for (guint i = 0; i < sc->edges->len; i++)
    {
      const CwEdge *edge = g_ptr_array_index (sc->edges, i);

      if (edge->conditional && g_str_equal (edge->from, from))
        return TRUE;
    }
  return FALSE;
}

/* How badly @rect would sit: on a box worst, then on a label placed before,
 * then on the line of an arrow; 0 where it covers nothing. */
static int
label_cost (const CwDiagramLayout *layout,
            guint                  self,
            const CwDiagramRect   *rect)
{
  int cost = 0;

  for (guint i = 0; i < layout->boxes->len; i++)
    cost += rects_meet (rect, box_at (layout, i), 4) ? 1000 : 0;
  for (guint i = 0; i < layout->arrows->len; i++)
    {
      const CwDiagramArrow *other = &g_array_index (layout->arrows, CwDiagramArrow, i);

      if (!other->valid)
        continue;
      if (i < self && other->label != NULL && rects_meet (rect, &other->label_box, 3))
        cost += 100;
      for (int k = 0; k <= 24; k++)
        {
          double x, y;

          cw_diagram_curve_point (&other->curve, k / 24.0, &x, &y);
          cost += cw_diagram_rect_contains (rect, x, y, 2) ? 1 : 0;
        }
    }
  return cost;
}

/* Beside the line: at the middle if there is room, else further along or
 * further out, on the outside of the bend first; where every place covers
 * something, the place that covers least. */
static void
place_label (CwDiagramLayout *layout,
             cairo_t         *cr,
             guint            e)
{
  static const double along[] = { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8 };
  CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, e);
  const CwDiagramCurve *c = &arrow->curve;
  double w = cw_render_text_width (cr, arrow->label) + 2 * LABEL_PAD_X, h = layout->type->label_height;
  double mx = (c->x0 + c->x1) / 2, my = (c->y0 + c->y1) / 2;
  double outer = (c->cx - mx) * (c->y1 - c->y0) - (c->cy - my) * (c->x1 - c->x0) >= 0 ? 1 : -1;
  int best = G_MAXINT;

  for (guint out = 0; out < 3 && best > 0; out++)
    for (guint s = 0; s < 2 && best > 0; s++)
      for (guint k = 0; k < G_N_ELEMENTS (along) && best > 0; k++)
        {
          double t = along[k], side = s == 0 ? outer : -outer;
          double px, py, tx, ty, nx, ny, len, extent, gap = LABEL_GAP + out * h;
          CwDiagramRect rect;
          int cost;

          cw_diagram_curve_point (c, t, &px, &py);
          /* The tangent at t, turned a quarter to the chosen side. */
          tx = 2 * (1 - t) * (c->cx - c->x0) + 2 * t * (c->x1 - c->cx);
          ty = 2 * (1 - t) * (c->cy - c->y0) + 2 * t * (c->y1 - c->cy);
          len = MAX (hypot (tx, ty), 1e-6);
          nx = ty / len * side;
          ny = -tx / len * side;
          extent = fabs (nx) * w / 2 + fabs (ny) * h / 2;
          rect = (CwDiagramRect) { px + nx * (gap + extent) - w / 2,
                                   py + ny * (gap + extent) - h / 2, w, h };
          cost = label_cost (layout, e, &rect);
          if (cost < best)
            {
              best = cost;
              arrow->label_box = rect;
            }
        }
}

/* The projector type's boxes are larger than those the user placed on a
 * desktop and may run into each other (a long kind in Polish): moves the
 * boxes apart from their common centre, as little as keeps every two at
 * least a gap apart. */
static void
spread_boxes (CwDiagramLayout *layout)
{
  GArray *boxes = layout->boxes;
  double cx = 0, cy = 0, scale = 1;

  if (boxes->len < 2)
    return;
  for (guint i = 0; i < boxes->len; i++)
    {
      const CwDiagramRect *b = box_at (layout, i);

      cx += (b->x + b->w / 2) / boxes->len;
      cy += (b->y + b->h / 2) / boxes->len;
    }
  for (guint i = 0; i < boxes->len; i++)
    for (guint j = i + 1; j < boxes->len; j++)
      {
        const CwDiagramRect *a = box_at (layout, i), *b = box_at (layout, j);
        double dx = fabs ((a->x + a->w / 2) - (b->x + b->w / 2));
        double dy = fabs ((a->y + a->h / 2) - (b->y + b->h / 2));
        double need_x = dx > 1 ? ((a->w + b->w) / 2 + CLEARANCE) / dx : G_MAXDOUBLE;
        double need_y = dy > 1 ? ((a->h + b->h) / 2 + CLEARANCE) / dy : G_MAXDOUBLE;

        /* Boxes on the same spot stay there: the user stacked them. */
        if (MIN (need_x, need_y) < G_MAXDOUBLE)
          scale = MAX (scale, MIN (need_x, need_y));
      }
  scale = MIN (scale, MAX_SPREAD);
  for (guint i = 0; i < boxes->len; i++)
    {
      CwDiagramRect *b = &g_array_index (boxes, CwDiagramBox, i).box;

      b->x = cx + (b->x + b->w / 2 - cx) * scale - b->w / 2;
      b->y = cy + (b->y + b->h / 2 - cy) * scale - b->h / 2;
    }
}

static void
clear_box (gpointer data)
{
  CwDiagramBox *box = data;

  g_clear_pointer (&box->lines, g_ptr_array_unref);
  g_clear_pointer (&box->caption, g_free);
}

static void
clear_arrow (gpointer data)
{
  g_clear_pointer (&((CwDiagramArrow *) data)->label, g_free);
}

CwDiagramLayout *
cw_diagram_layout_new (const CwScenario *sc,
                       gboolean          projector)
{
  CwDiagramLayout *layout = g_new0 (CwDiagramLayout, 1);
  g_autoptr(cairo_t) cr = cw_render_measure_context ();

  layout->type = cw_diagram_type (projector);
  g_return_val_if_fail (sc != NULL, layout);

  layout->boxes = g_array_sized_new (FALSE, TRUE, sizeof (CwDiagramBox), sc->stages->len);
  g_array_set_clear_func (layout->boxes, clear_box);
  layout->arrows = g_array_sized_new (FALSE, TRUE, sizeof (CwDiagramArrow), sc->edges->len);
  g_array_set_clear_func (layout->arrows, clear_arrow);
  for (guint i = 0; i < sc->stages->len; i++)
    {
      CwDiagramBox box = { { 0 }, NULL, NULL };

      cw_diagram_stage_box (g_ptr_array_index (sc->stages, i), layout->type, &box.box, &box.lines,
                            &box.caption);
      g_array_append_val (layout->boxes, box);
    }
  if (projector)
    spread_boxes (layout);
  g_array_set_size (layout->arrows, sc->edges->len);
  for (guint e = 0; e < sc->edges->len; e++)
    {
      const CwEdge *edge = g_ptr_array_index (sc->edges, e);
      CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, e);
      guint from, to;

      if (cw_scenario_find_stage (sc, edge->from, &from) == NULL ||
          cw_scenario_find_stage (sc, edge->to, &to) == NULL)
        continue;
      arrow->valid = TRUE;
      arrow->fallback = !edge->conditional && has_conditional (sc, edge->from);
      if (edge->conditional)
        arrow->label = condition_text (edge);
      else if (arrow->fallback)
        /* Translators: the label of an arrow taken when no condition of the
         * other arrows from its stage holds */
        arrow->label = g_strdup (C_("arrow", "otherwise"));
      route (layout, sc, e, from, to);
    }
  /* Labels once every line is known, so that none covers another's line. */
  cw_render_font (cr, layout->type->label_size, FALSE);
  for (guint e = 0; e < layout->arrows->len; e++)
    if (g_array_index (layout->arrows, CwDiagramArrow, e).label != NULL)
      place_label (layout, cr, e);
  return layout;
}

void
cw_diagram_layout_free (CwDiagramLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->boxes);
  g_array_unref (layout->arrows);
  g_free (layout);
}

/* cw-diagram-labels.c — where an arrow's label goes: beside its own line
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A label sits beside its arrow where it covers no box, no other label and
 * no line, and lies plainly nearer its own arrow than any other, so that no
 * reader wonders whose condition it is. Where no such spot is left, labels
 * in each other's way are moved for each other.
 */
#define G_LOG_DOMAIN "cw-diagram"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cw-diagram-private.h"

#define LABEL_GAP 5.0
#define LABEL_PAD_X 7.0
/* How much nearer its own arrow than any other a label is: enough that no
 * reader wonders whose it is. */
#define OWN_CLEAR 14.0
/* How many of its good spots a label may be tried at to make room. */
#define MAX_SKIP 100

/* How far @rect lies from the line of @c, measured at 96 points along it;
 * 0 where it covers one. */
static double
rect_to_curve (const CwDiagramRect  *rect,
               const CwDiagramCurve *c)
{
  double least = G_MAXDOUBLE;

  for (int k = 0; k <= 96; k++)
    {
      double x, y, dx, dy;

      cw_diagram_curve_point (c, k / 96.0, &x, &y);
      dx = MAX (MAX (rect->x - x, x - (rect->x + rect->w)), 0);
      dy = MAX (MAX (rect->y - y, y - (rect->y + rect->h)), 0);
      least = MIN (least, hypot (dx, dy));
    }
  return least;
}

/* How badly @rect would sit as the label of arrow @self: on a box worst,
 * then on a label already @placed (NULL: none is), then where another
 * arrow's line comes nearly as close as its own (the reader could not tell
 * whose it is), then on the line of an arrow — but its own where it sits
 * @on that line —, then beyond the boxes and lines, where it would make the
 * diagram larger; 0 where it covers nothing, is plainly its own arrow's and
 * stays within. */
static int
label_cost (const CwDiagramLayout *layout,
            guint                  self,
            const CwDiagramRect   *rect,
            gboolean               on,
            const gboolean        *placed,
            int                    bound)
{
  const CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, self);
  const CwDiagramRect *r = &layout->frame;
  double beyond = MAX (MAX (r->x - rect->x, rect->x + rect->w - (r->x + r->w)),
                       MAX (r->y - rect->y, rect->y + rect->h - (r->y + r->h)));
  double own;
  int cost = 0;

  /* 1 for going beyond at all, up to 9 for far beyond. */
  if (beyond > 0)
    cost += MIN (1 + (int) (beyond / 16), 9);
  for (guint i = 0; i < layout->boxes->len; i++)
    cost += cw_diagram_rects_meet (rect, &g_array_index (layout->boxes, CwDiagramBox, i).box, 4) ? 1000 : 0;
  for (guint i = 0; i < layout->arrows->len && placed != NULL; i++)
    {
      const CwDiagramRect *other = &g_array_index (layout->arrows, CwDiagramArrow, i).label_box;

      cost += i != self && placed[i] && cw_diagram_rects_meet (rect, other, 3) ? 100 : 0;
    }
  if (cost >= bound)
    return cost;
  own = rect_to_curve (rect, &arrow->curve);
  for (guint i = 0; i < layout->arrows->len && cost < bound; i++)
    {
      const CwDiagramArrow *other = &g_array_index (layout->arrows, CwDiagramArrow, i);
      const CwDiagramCurve *c = &other->curve;
      /* The curve lies within the hull of its three points. */
      CwDiagramRect hull = { MIN (MIN (c->x0, c->cx), c->x1), MIN (MIN (c->y0, c->cy), c->y1), 0, 0 };

      hull.w = MAX (MAX (c->x0, c->cx), c->x1) - hull.x;
      hull.h = MAX (MAX (c->y0, c->cy), c->y1) - hull.y;
      if (!other->valid || (i != self && !cw_diagram_rects_meet (rect, &hull, own + OWN_CLEAR)))
        continue;
      if (i != self)
        {
          double nearer = rect_to_curve (rect, c) - own;

          /* Worse the less plainly its own arrow is the nearer. */
          cost += nearer < 0 ? 40 : nearer < OWN_CLEAR / 2 ? 25 : nearer < OWN_CLEAR ? 10 : 0;
        }
      for (int k = 0; k <= 24 && !(on && i == self); k++)
        {
          double x, y;

          cw_diagram_curve_point (c, k / 24.0, &x, &y);
          cost += cw_diagram_rect_contains (rect, x, y, 2) ? 1 : 0;
        }
    }
  return cost;
}

/* @text on two lines, broken at the blank that makes the longer line
 * shortest; NULL when it has no blank. */
static GPtrArray *
two_lines (cairo_t    *cr,
           const char *text)
{
  GPtrArray *lines = NULL;
  double best = G_MAXDOUBLE;

  for (const char *blank = strchr (text, ' '); blank != NULL; blank = strchr (blank + 1, ' '))
    {
      g_autofree char *first = g_strndup (text, blank - text);
      const char *second = blank + 1;
      double longer = MAX (cw_render_text_width (cr, first), cw_render_text_width (cr, second));

      if (longer < best)
        {
          best = longer;
          g_clear_pointer (&lines, g_ptr_array_unref);
          lines = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (lines, g_steal_pointer (&first));
          g_ptr_array_add (lines, g_strdup (second));
        }
    }
  return lines;
}

/* Where a label may go, best first: beside its line, on one line of text
 * or broken on two; on the line itself, which then runs into it; further
 * out beside it. */
static const struct {
  double   out;      /* how far beside, in label heights; < 0: on the line */
  gboolean broken;
} label_places[] = {
  { 0, FALSE }, { 0, TRUE }, { -1, FALSE }, { -1, TRUE }, { 1, FALSE }, { 1, TRUE }, { 2, FALSE }, { 2, TRUE },
};

/* Places the label of arrow @e at the first of those places where a spot
 * along the line, the middle first, on the outside of the bend first,
 * covers nothing (of the labels, those @placed) and is plainly the arrow's
 * own — passing over @skip such good spots; where there is none, at the
 * spot that does least harm. Returns how badly it sits. With @freedom, it
 * goes on through all the spots of that first place and says how free the
 * label is: the later the place, the less, and the fewer its good spots. */
static int
place_label (CwDiagramLayout *layout,
             cairo_t         *cr,
             guint            e,
             const gboolean  *placed,
             guint            skip,
             guint           *freedom)
{
  static const double along[] = { 0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85 };
  CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, e);
  const CwDiagramCurve *c = &arrow->curve;
  double mx = (c->x0 + c->x1) / 2, my = (c->y0 + c->y1) / 2;
  double outer = (c->cx - mx) * (c->y1 - c->y0) - (c->cy - my) * (c->x1 - c->x0) >= 0 ? 1 : -1;
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) two = two_lines (cr, arrow->label);
  int best = G_MAXINT;
  guint p, good = 0;

  g_ptr_array_add (one, g_strdup (arrow->label));
  for (p = 0; p < G_N_ELEMENTS (label_places) && best > 0; p++)
    {
      GPtrArray *lines = label_places[p].broken ? two : one;
      gboolean on = label_places[p].out < 0;
      double w = 0, h;

      if (lines == NULL)
        continue;
      for (guint i = 0; i < lines->len; i++)
        w = MAX (w, cw_render_text_width (cr, g_ptr_array_index (lines, i)) + 2 * LABEL_PAD_X);
      h = layout->type->label_height + (lines->len - 1) * layout->type->label_line;
      for (guint s = 0; s < (on ? 1 : 2) && (best > 0 || freedom != NULL); s++)
        for (guint k = 0; k < G_N_ELEMENTS (along) && (best > 0 || freedom != NULL); k++)
          {
            double t = along[k], side = s == 0 ? outer : -outer;
            double px, py, tx, ty, nx, ny, len, away;
            CwDiagramRect rect;
            int cost;

            cw_diagram_curve_point (c, t, &px, &py);
            /* The tangent at t, turned a quarter to the chosen side. */
            tx = 2 * (1 - t) * (c->cx - c->x0) + 2 * t * (c->x1 - c->cx);
            ty = 2 * (1 - t) * (c->cy - c->y0) + 2 * t * (c->y1 - c->cy);
            len = MAX (hypot (tx, ty), 1e-6);
            nx = ty / len * side;
            ny = -tx / len * side;
            away = on ? 0 : LABEL_GAP + label_places[p].out * h + fabs (nx) * w / 2 + fabs (ny) * h / 2;
            rect = (CwDiagramRect) { px + nx * away - w / 2, py + ny * away - h / 2, w, h };
            cost = label_cost (layout, e, &rect, on, placed, MAX (best, 1));
            good += cost == 0;
            if (cost == 0 && good <= skip)
              continue;
            if (cost < best)
              {
                best = cost;
                arrow->label_box = rect;
                g_clear_pointer (&arrow->label_lines, g_ptr_array_unref);
                arrow->label_lines = g_ptr_array_ref (lines);
              }
          }
    }
  if (freedom != NULL)
    *freedom = best == 0 ? (G_N_ELEMENTS (label_places) + 1 - p) * 1000 + good : 0;
  return best;
}

/* Sets the layout's frame: the rectangle around its boxes and lines. */
static void
frame_of (CwDiagramLayout *layout)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < layout->boxes->len; i++)
    {
      const CwDiagramRect *box = &g_array_index (layout->boxes, CwDiagramBox, i).box;

      x0 = MIN (x0, box->x);
      y0 = MIN (y0, box->y);
      x1 = MAX (x1, box->x + box->w);
      y1 = MAX (y1, box->y + box->h);
    }
  for (guint i = 0; i < layout->arrows->len; i++)
    {
      const CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, i);

      if (arrow->valid)
        cw_diagram_curve_extend (&arrow->curve, &x0, &y0, &x1, &y1);
    }
  layout->frame = (CwDiagramRect) { x0, y0, x1 - x0, y1 - y0 };
}

typedef struct {
  guint arrow;
  guint freedom;
} LabelTurn;

static int
compare_turns (gconstpointer a,
               gconstpointer b)
{
  const LabelTurn *x = a, *y = b;

  if (x->freedom != y->freedom)
    return x->freedom < y->freedom ? -1 : 1;
  return x->arrow < y->arrow ? -1 : x->arrow > y->arrow;
}

/* A label's place, to go back to. */
typedef struct {
  CwDiagramRect  box;
  GPtrArray     *lines;
} LabelPlace;

static LabelPlace
keep_place (const CwDiagramArrow *arrow)
{
  return (LabelPlace) { arrow->label_box, g_ptr_array_ref (arrow->label_lines) };
}

static void
go_back (CwDiagramArrow *arrow,
         LabelPlace     *place)
{
  arrow->label_box = place->box;
  g_clear_pointer (&arrow->label_lines, g_ptr_array_unref);
  arrow->label_lines = g_steal_pointer (&place->lines);
}

/* Where a label sits badly (@costs, of the labels all @placed), moves each
 * other label out of its way in turn: the one to each of its good spots as
 * if the other had no label, the other around it; keeps the first two
 * places where together they do less harm. */
static void
make_room (CwDiagramLayout *layout,
           cairo_t         *cr,
           int             *costs,
           gboolean        *placed)
{
  for (guint v = 0; v < layout->arrows->len; v++)
    for (guint x = 0; x < layout->arrows->len && costs[v] > 0; x++)
      {
        CwDiagramArrow *victim = &g_array_index (layout->arrows, CwDiagramArrow, v);
        CwDiagramArrow *other = &g_array_index (layout->arrows, CwDiagramArrow, x);
        LabelPlace was_victim, was_other;
        int victim_cost = 0, other_cost = 0;
        gboolean moved = FALSE;

        if (x == v || other->label == NULL)
          continue;
        was_victim = keep_place (victim);
        was_other = keep_place (other);
        for (guint skip = 0; skip < MAX_SKIP && !moved; skip++)
          {
            placed[v] = placed[x] = FALSE;
            victim_cost = place_label (layout, cr, v, placed, skip, NULL);
            placed[v] = TRUE;
            /* Past its last good spot. */
            if (skip > 0 && victim_cost > 0)
              {
                placed[x] = TRUE;
                break;
              }
            other_cost = place_label (layout, cr, x, placed, 0, NULL);
            placed[x] = TRUE;
            moved = victim_cost + other_cost < costs[v] + costs[x];
          }
        if (moved)
          {
            costs[v] = victim_cost;
            costs[x] = other_cost;
            g_ptr_array_unref (was_victim.lines);
            g_ptr_array_unref (was_other.lines);
          }
        else
          {
            go_back (victim, &was_victim);
            go_back (other, &was_other);
          }
      }
}

int
cw_diagram_place_labels (CwDiagramLayout *layout,
                         cairo_t         *cr)
{
  g_autoptr(GArray) turns = g_array_new (FALSE, FALSE, sizeof (LabelTurn));
  g_autofree gboolean *placed = g_new0 (gboolean, layout->arrows->len);
  g_autofree int *costs = g_new0 (int, layout->arrows->len);
  int cost = 0;

  frame_of (layout);
  /* The least free first, so that one with room to spare leaves another
   * its only good spot. */
  cw_render_font (cr, layout->type->label_size, FALSE);
  for (guint e = 0; e < layout->arrows->len; e++)
    if (g_array_index (layout->arrows, CwDiagramArrow, e).label != NULL)
      {
        LabelTurn turn = { e, 0 };

        place_label (layout, cr, e, NULL, 0, &turn.freedom);
        g_array_append_val (turns, turn);
      }
  g_array_sort (turns, compare_turns);
  for (guint i = 0; i < turns->len; i++)
    {
      guint e = g_array_index (turns, LabelTurn, i).arrow;

      costs[e] = place_label (layout, cr, e, placed, 0, NULL);
      placed[e] = TRUE;
    }
  make_room (layout, cr, costs, placed);
  for (guint e = 0; e < layout->arrows->len; e++)
    cost += costs[e];
  return cost;
}

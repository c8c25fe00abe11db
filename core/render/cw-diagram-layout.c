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
/* The step from one line of a label to the next. */
#define LABEL_LINE 17.0
/* How many bundles of labelled arrows may be tried either way round. */
#define MAX_CHOICES 3

const CwDiagramType *
cw_diagram_type (gboolean projector)
{
  static const CwDiagramType desktop = {
    CW_DIAGRAM_NAME_SIZE, CW_DIAGRAM_CAPTION_SIZE, CW_DIAGRAM_LABEL_SIZE,
    CW_DIAGRAM_NAME_LINE, CW_DIAGRAM_CAPTION_LINE, 24.0, LABEL_LINE,
  };
  /* Kinds and conditions at the names' size, in rows grown alike. */
  static const CwDiagramType room = {
    CW_DIAGRAM_NAME_SIZE, CW_DIAGRAM_NAME_SIZE, CW_DIAGRAM_NAME_SIZE,
    CW_DIAGRAM_NAME_LINE, CW_DIAGRAM_CAPTION_LINE * CW_DIAGRAM_NAME_SIZE / CW_DIAGRAM_CAPTION_SIZE,
    24.0 * CW_DIAGRAM_NAME_SIZE / CW_DIAGRAM_LABEL_SIZE, LABEL_LINE * CW_DIAGRAM_NAME_SIZE / CW_DIAGRAM_LABEL_SIZE,
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

gboolean
cw_diagram_rects_meet (const CwDiagramRect *a,
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
  return (j - (n - 1) / 2.0) * LANE * 0.8;
}

/* Whether edges @a and @b join the same two stages, either way. */
static gboolean
same_ends (const CwEdge *a,
           const CwEdge *b)
{
  return (g_str_equal (a->from, b->from) && g_str_equal (a->to, b->to)) ||
         (g_str_equal (a->from, b->to) && g_str_equal (a->to, b->from));
}

/* The lane @j of arrow @e among the @n arrows between the same two stages.
 * Arrows with a label take the outermost lanes — the first and last side by
 * side, the furthest out where they arc around @cramped boxes — so that each
 * label can sit outside the bundle, beside its own arrow alone; the others
 * fill the lanes within. Each group keeps the order of the file. */
static void
lane_of (const CwDiagramLayout *layout,
         const CwScenario      *sc,
         guint                  e,
         gboolean               cramped,
         guint                 *j,
         guint                 *n)
{
  const CwEdge *edge = g_ptr_array_index (sc->edges, e);
  guint rank = 0;

  *n = 0;
  for (int labelled = TRUE; labelled >= FALSE; labelled--)
    for (guint i = 0; i < sc->edges->len; i++)
      {
        const CwDiagramArrow *other = &g_array_index (layout->arrows, CwDiagramArrow, i);

        if (!same_ends (g_ptr_array_index (sc->edges, i), edge) || (other->label != NULL) != labelled)
          continue;
        if (i == e)
          rank = *n;
        (*n)++;
      }
  /* The rank-th lane from the outside: side by side 0, n-1, 1, n-2, …;
   * arcs n-1, n-2, …, 0. */
  if (cramped)
    *j = *n - 1 - rank;
  else
    *j = rank % 2 == 0 ? rank / 2 : *n - 1 - rank / 2;
}

/* Lays arrow @e from stage @from to @to in its lane; @flipped: with the
 * lanes of its bundle mirrored. */
static void
route (CwDiagramLayout  *layout,
       const CwScenario *sc,
       guint             e,
       guint             from,
       guint             to,
       gboolean          flipped)
{
  CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, e);
  const CwDiagramRect *a = box_at (layout, MIN (from, to)), *b = box_at (layout, MAX (from, to));
  double ax = a->x + a->w / 2, ay = a->y + a->h / 2, bx = b->x + b->w / 2, by = b->y + b->h / 2;
  double dx = bx - ax, dy = by - ay, len = hypot (dx, dy), nx, ny, gap, clear, offset, spread;
  guint j, n;
  CwDiagramCurve *c = &arrow->curve;

  if (from == to)
    {
      /* A loop over the top of the box. */
      *c = (CwDiagramCurve) { ax + 24, a->y - 2, ax, a->y - 110, ax - 24, a->y - 2 };
      return;
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

  lane_of (layout, sc, e, gap < CRAMPED, &j, &n);
  clear = 2 * (MAX (fabs (nx) * a->w, fabs (ny) * a->h) / 2 + CLEARANCE);
  clear = MAX (clear, 2 * (MAX (fabs (nx) * b->w, fabs (ny) * b->h) / 2 + CLEARANCE));
  offset = lane_offset (j, n, from < to, len, gap < CRAMPED, clear) * (flipped ? -1 : 1);
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

/* The label of an unconditional arrow from a stage with conditional ones:
 * it is taken at the stage's longest stay, said in years where they are
 * whole or halves, else in quarters; a stage of no length is passed
 * through in the step it is entered. */
static char *
fallback_text (const CwStage *stage)
{
  int quarters = stage->max_quarters;

  if (quarters == 0)
    /* Translators: the label of an arrow taken at once when no condition of
     * the other arrows from its stage holds (the stage lasts no time) */
    return g_strdup (_("otherwise, at once"));
  if (quarters >= 4 && quarters % 4 == 0)
    /* Translators: the label of an arrow taken when no condition of the
     * other arrows from its stage has held by the stage's longest stay */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "otherwise, after %d year", "otherwise, after %d years",
                                         quarters / 4),
                            quarters / 4);
  if (quarters >= 4 && quarters % 2 == 0)
    /* Translators: as "otherwise, after %d years", after a number of years
     * and a half, e.g. "otherwise, after 1½ years" for six quarters; write
     * the half as your language does (e.g. "%d,5") */
    return g_strdup_printf (_("otherwise, after %d½ years"), quarters / 4);
  /* Translators: as "otherwise, after %d years", in quarters of a year */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "otherwise, after %d quarter", "otherwise, after %d quarters",
                                       quarters),
                          quarters);
}

/* The bundles of arrows between the same two stages with labels on two or
 * more arrows, whose lanes may run either way round, each named by its
 * first edge in @firsts; at most MAX_CHOICES. Returns how many. */
static guint
choice_bundles (const CwScenario      *sc,
                const CwDiagramLayout *layout,
                guint                 *firsts)
{
  guint n = 0;

  for (guint e = 0; e < sc->edges->len && n < MAX_CHOICES; e++)
    {
      guint labelled = 0;
      gboolean first = TRUE;

      for (guint i = 0; i < sc->edges->len; i++)
        if (same_ends (g_ptr_array_index (sc->edges, i), g_ptr_array_index (sc->edges, e)))
          {
            first &= i >= e;
            labelled += g_array_index (layout->arrows, CwDiagramArrow, i).label != NULL;
          }
      if (first && labelled >= 2)
        firsts[n++] = e;
    }
  return n;
}

/* Routes every arrow, the bundles @firsts whose bit is set in @mask the
 * other way round. */
static void
route_all (CwDiagramLayout  *layout,
           const CwScenario *sc,
           const guint      *firsts,
           guint             choices,
           guint             mask)
{
  for (guint e = 0; e < sc->edges->len; e++)
    {
      const CwEdge *edge = g_ptr_array_index (sc->edges, e);
      gboolean flipped = FALSE;
      guint from, to;

      for (guint b = 0; b < choices; b++)
        flipped |= (mask >> b & 1) && same_ends (g_ptr_array_index (sc->edges, firsts[b]), edge);
      if (cw_scenario_find_stage (sc, edge->from, &from) != NULL &&
          cw_scenario_find_stage (sc, edge->to, &to) != NULL)
        route (layout, sc, e, from, to, flipped);
    }
}

/* The outcome of the last search for where labels sit: the canvas lays out
 * the same diagram for every frame it draws and every pointer motion, and
 * a crowded one takes milliseconds to search. */
typedef struct {
  char      *key;
  guint      mask;
  GPtrArray *boxes;   /* CwDiagramRect*, parallel to the arrows; NULL: none */
  GPtrArray *lines;   /* GPtrArray*, alike */
} LabelMemo;

G_LOCK_DEFINE_STATIC (memo);
static LabelMemo memo;

/* What the search depends on: the type, the stages' boxes and the arrows'
 * ends and labels. */
static char *
memo_key (const CwDiagramLayout *layout,
          const CwScenario      *sc)
{
  GString *key = g_string_new (layout->type == cw_diagram_type (TRUE) ? "room" : "desk");

  for (guint i = 0; i < layout->boxes->len; i++)
    {
      const CwDiagramRect *b = box_at (layout, i);

      g_string_append_printf (key, "|%s %a %a %a %a", ((CwStage *) g_ptr_array_index (sc->stages, i))->id, b->x, b->y,
                              b->w, b->h);
    }
  for (guint e = 0; e < sc->edges->len; e++)
    {
      const CwEdge *edge = g_ptr_array_index (sc->edges, e);
      const char *label = g_array_index (layout->arrows, CwDiagramArrow, e).label;

      g_string_append_printf (key, "|%s>%s:%s", edge->from, edge->to, label ? label : "");
    }
  return g_string_free (key, FALSE);
}

/* Routes the arrows and places the labels as the memo says, if it is of
 * @key. */
static gboolean
recall (CwDiagramLayout  *layout,
        const CwScenario *sc,
        const guint      *firsts,
        guint             choices,
        const char       *key)
{
  gboolean known;
  guint mask;

  G_LOCK (memo);
  known = memo.key != NULL && g_str_equal (memo.key, key);
  mask = memo.mask;
  for (guint e = 0; known && e < layout->arrows->len; e++)
    {
      CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, e);

      if (g_ptr_array_index (memo.boxes, e) == NULL)
        continue;
      arrow->label_box = *(CwDiagramRect *) g_ptr_array_index (memo.boxes, e);
      arrow->label_lines = g_ptr_array_ref (g_ptr_array_index (memo.lines, e));
    }
  G_UNLOCK (memo);
  if (known)
    route_all (layout, sc, firsts, choices, mask);
  return known;
}

static void
unref_lines (gpointer lines)
{
  if (lines != NULL)
    g_ptr_array_unref (lines);
}

static void
remember (const CwDiagramLayout *layout,
          char                  *key,
          guint                  mask)
{
  G_LOCK (memo);
  g_free (memo.key);
  g_clear_pointer (&memo.boxes, g_ptr_array_unref);
  g_clear_pointer (&memo.lines, g_ptr_array_unref);
  memo.key = key;
  memo.mask = mask;
  memo.boxes = g_ptr_array_new_with_free_func (g_free);
  memo.lines = g_ptr_array_new_with_free_func (unref_lines);
  for (guint e = 0; e < layout->arrows->len; e++)
    {
      const CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, e);
      gboolean placed = arrow->valid && arrow->label_lines != NULL;

      g_ptr_array_add (memo.boxes, placed ? g_memdup2 (&arrow->label_box, sizeof arrow->label_box) : NULL);
      g_ptr_array_add (memo.lines, placed ? g_ptr_array_ref (arrow->label_lines) : NULL);
    }
  G_UNLOCK (memo);
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
  CwDiagramArrow *arrow = data;

  g_clear_pointer (&arrow->label, g_free);
  g_clear_pointer (&arrow->label_lines, g_ptr_array_unref);
}

CwDiagramLayout *
cw_diagram_layout_new (const CwScenario *sc,
                       gboolean          projector)
{
  CwDiagramLayout *layout = g_new0 (CwDiagramLayout, 1);
  g_autoptr(cairo_t) cr = cw_render_measure_context ();
  g_autofree char *key = NULL;
  guint firsts[MAX_CHOICES], choices, mask, best_mask = 0;
  int best = G_MAXINT;

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
        arrow->label = fallback_text (g_ptr_array_index (sc->stages, from));
    }
  /* Lanes once every label is known, labelled arrows in the outer ones;
   * where bundles have labels on both sides, the way round their labels
   * sit best. */
  choices = choice_bundles (sc, layout, firsts);
  key = memo_key (layout, sc);
  if (recall (layout, sc, firsts, choices, key))
    return layout;
  for (mask = 0; mask < 1u << choices && best > 0; mask++)
    {
      int cost;

      route_all (layout, sc, firsts, choices, mask);
      cost = cw_diagram_place_labels (layout, cr);
      if (cost < best)
        {
          best = cost;
          best_mask = mask;
        }
    }
  if (mask - 1 != best_mask)
    {
      route_all (layout, sc, firsts, choices, best_mask);
      cw_diagram_place_labels (layout, cr);
    }
  remember (layout, g_steal_pointer (&key), best_mask);
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

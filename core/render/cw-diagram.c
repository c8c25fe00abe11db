/* cw-diagram.c — drawing the policy cycle: stage boxes, lever badges, arrows
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-diagram"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-diagram-private.h"

#define CORNER 12.0
#define BADGE_RADIUS 5.0
#define MAX_BADGES 12
#define LINE_WIDTH 2.5
#define LEGEND_LINE 19.0
/* The longest line of a legend's entry in a column, in the legend's type
 * size: "Value-chain governance" fits, a sentence explaining an arrow wraps. */
#define LEGEND_MEASURE (13 * CW_DIAGRAM_LEGEND_SIZE)

/* Each lever group has its colour and its shape, so that a badge does not
 * need its colour to be told apart. */
static const struct {
  CwColour colour;
  CwMarker shape;
} groups[CW_N_LEVER_GROUPS] = {
  { CW_COLOUR_BLUE, CW_MARKER_CIRCLE },              /* capabilities */
  { CW_COLOUR_ORANGE, CW_MARKER_SQUARE },            /* governance */
  { CW_COLOUR_GREEN, CW_MARKER_TRIANGLE },           /* life cycle */
  { CW_COLOUR_VERMILLION, CW_MARKER_DIAMOND },       /* lead firms */
  { CW_COLOUR_PURPLE, CW_MARKER_TRIANGLE_DOWN },     /* cluster organisation */
  { CW_COLOUR_SKY, CW_MARKER_CROSS },                /* internationalisation */
  { CW_COLOUR_YELLOW, CW_MARKER_PLUS },              /* policy cycle */
};

CwMarker
cw_diagram_group_shape (CwLeverGroup group)
{
  g_return_val_if_fail (group >= 0 && group < CW_N_LEVER_GROUPS, CW_MARKER_NONE);
  return groups[group].shape;
}

/* The hue of @colour. Boxes and badges mix it with the background
 * themselves, so they take the light palette's hues on either background. */
static CwRgb
hue (CwColour colour)
{
  return cw_render_style (FALSE)->colours[colour];
}

/* Arrows and the outlines of their labels: the text colour, faded to grey
 * by @t, unless the high-contrast style asks for full strength. */
static const CwRenderStyle *
style_of (const CwDiagramState *state)
{
  return cw_render_style_for (state->dark, state->high_contrast);
}

static CwRgb
faded_ink (const CwDiagramState *state,
           double                t)
{
  const CwRenderStyle *style = style_of (state);

  return state->high_contrast ? style->text : cw_render_mix (style->text, (CwRgb) { 0.5, 0.5, 0.5 }, t);
}

/* The stage's hue over the background, as strong as the text on it allows:
 * a light hue (yellow) on dark is mixed in less, so that the name keeps its
 * 4.5:1. */
CwRgb
cw_diagram_stage_fill (guint                 index,
                       const CwDiagramState *state)
{
  CwRgb base = hue (cw_render_stage_colour (index));
  CwRgb ground = state->dark ? (CwRgb) { 0.19, 0.19, 0.21 } : (CwRgb) { 1, 1, 1 };
  CwRgb text = style_of (state)->text;
  double t = state->dark ? (state->high_contrast ? 0.25 : 0.38) : (state->high_contrast ? 0.18 : 0.28);
  CwRgb fill = cw_render_mix (ground, base, t);

  while (t > 0 && cw_render_contrast (text, fill) < 4.6)
    {
      t = MAX (t - 0.02, 0);
      fill = cw_render_mix (ground, base, t);
    }
  return fill;
}

CwRgb
cw_diagram_label_fill (const CwDiagramState *state)
{
  return state->dark ? (CwRgb) { 0.24, 0.24, 0.26 } : (CwRgb) { 1, 1, 1 };
}

static gboolean
revealed (const CwDiagramState *state,
          const char           *id)
{
  return state->revealed == NULL || g_hash_table_contains (state->revealed, id);
}

void
cw_diagram_state_init (CwDiagramState *state)
{
  memset (state, 0, sizeof *state);
  state->selected_edge = -1;
}

/* @state, or @none set to the defaults when it is NULL. */
static const CwDiagramState *
state_or_none (const CwDiagramState *state,
               CwDiagramState       *none)
{
  if (state != NULL)
    return state;
  cw_diagram_state_init (none);
  return none;
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static int
count_held (guint32 held)
{
  int n = 0;

  for (int l = 0; l < CW_N_LEVERS; l++)
    n += (held >> l) & 1;
  return n;
}

/* A badge of lever group @group: its shape in its colour, outlined. */
static void
draw_badge (cairo_t              *cr,
            const CwDiagramState *state,
            int                   group,
            double                x,
            double                y,
            double                r)
{
  cairo_new_path (cr);
  cw_render_marker_path (cr, groups[group].shape, x, y, r);
  cw_render_set_colour (cr, hue (groups[group].colour), 1);
  cairo_fill_preserve (cr);
  cw_render_set_colour (cr, style_of (state)->text, 1);
  cairo_set_line_width (cr, state->high_contrast ? 1.2 : 0.8);
  cairo_stroke (cr);
}

/* One badge per lever the stage holds, of the group of the antecedent it
 * targets. */
static void
draw_badges (cairo_t              *cr,
             const CwStage        *stage,
             const CwDiagramRect  *box,
             const CwDiagramType  *type,
             const CwDiagramState *state)
{
  int n = count_held (stage->held), shown = MIN (n, MAX_BADGES), i = 0;
  double step = 2 * BADGE_RADIUS + 4;
  double x = box->x + box->w / 2 - (shown - 1) * step / 2, y = box->y + box->h - CW_DIAGRAM_BADGE_ROW / 2 - 3;

  for (int l = 0; l < CW_N_LEVERS && i < shown; l++)
    {
      if (!(stage->held & (1u << l)))
        continue;
      draw_badge (cr, state, cw_lever_info (l)->group, x + i * step, y, BADGE_RADIUS);
      i++;
    }
  if (n > shown)
    {
      g_autofree char *more = g_strdup_printf ("+%d", n - shown);

      cw_render_font (cr, type->caption_size, FALSE);
      cw_render_text (cr, more, x + shown * step - BADGE_RADIUS, y + 4, 0);
    }
}

static void
draw_stage (cairo_t              *cr,
            const CwScenario     *sc,
            guint                 index,
            const CwDiagramType  *type,
            const CwDiagramBox   *layout_box,
            const CwDiagramState *state)
{
  const CwStage *stage = g_ptr_array_index (sc->stages, index);
  const CwRenderStyle *style = style_of (state);
  const CwDiagramRect *b = &layout_box->box;
  CwRgb base = hue (cw_render_stage_colour (index));
  CwRgb fill = cw_diagram_stage_fill (index, state);
  CwRgb border = state->high_contrast ? style->text
                 : state->dark ? cw_render_mix (base, (CwRgb) { 1, 1, 1 }, 0.15)
                               : cw_render_mix (base, (CwRgb) { 0, 0, 0 }, 0.25);
  double x = b->x, y = b->y, text_y;
  /* The box's centre: the stage's place, or where the projector moved it. */
  double mid_x = b->x + b->w / 2, mid_y = b->y + b->h / 2;
  gboolean selected = state->selected && g_hash_table_contains (state->selected, stage->id);
  GPtrArray *lines = layout_box->lines;

  if (g_strcmp0 (state->active, stage->id) == 0)
    {
      rounded_rect (cr, x - 7, y - 7, b->w + 14, b->h + 14, CORNER + 7);
      cw_render_set_colour (cr, style->highlight, 1);
      cairo_fill (cr);
    }

  rounded_rect (cr, x, y, b->w, b->h, CORNER);
  cw_render_set_colour (cr, fill, 1);
  cairo_fill_preserve (cr);
  cw_render_set_colour (cr, border, 1);
  cairo_set_line_width (cr, state->high_contrast ? 3 : 2);
  cairo_stroke (cr);

  if (selected)
    {
      rounded_rect (cr, x - 3.5, y - 3.5, b->w + 7, b->h + 7, CORNER + 3.5);
      cw_render_set_colour (cr, style->accent, 1);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }
  if (g_strcmp0 (state->focus, stage->id) == 0)
    {
      static const double dash[] = { 4, 3 };

      rounded_rect (cr, x - 8, y - 8, b->w + 16, b->h + 16, CORNER + 8);
      cw_render_set_colour (cr, style->text, 1);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  /* The kind above the name, the name in as many lines as it needs, both
   * centred in the room above the badges. */
  cw_render_set_colour (cr, style->text, 1);
  text_y = y + (b->h - CW_DIAGRAM_BADGE_ROW - (layout_box->caption ? type->caption_line : 0) -
                lines->len * type->name_line) / 2;
  if (layout_box->caption != NULL)
    {
      cw_render_font (cr, type->caption_size, FALSE);
      cw_render_text (cr, layout_box->caption, mid_x, text_y + 0.8 * type->caption_line, 0.5);
      text_y += type->caption_line;
    }
  cw_render_font (cr, type->name_size, TRUE);
  for (guint i = 0; i < lines->len; i++)
    cw_render_text (cr, g_ptr_array_index (lines, i), mid_x,
                    text_y + (i + 0.8) * type->name_line, 0.5);
  draw_badges (cr, stage, b, type, state);

  if (g_strcmp0 (sc->start, stage->id) == 0)
    {
      /* A wedge pointing into the left edge marks where the cycle begins. */
      cairo_new_path (cr);
      cairo_move_to (cr, x - 9, mid_y);
      cairo_line_to (cr, x - 24, mid_y - 10);
      cairo_line_to (cr, x - 24, mid_y + 10);
      cairo_close_path (cr);
      cw_render_set_colour (cr, style->text, 1);
      cairo_fill (cr);
    }
  /* The handle that starts an arrow: on the stage under the pointer, or on
   * the one selected stage. */
  if (g_strcmp0 (state->hover, stage->id) == 0 || (selected && g_hash_table_size (state->selected) == 1))
    {
      cairo_new_path (cr);
      cairo_arc (cr, x + b->w, mid_y, CW_DIAGRAM_HANDLE_RADIUS, 0, 2 * G_PI);
      cw_render_set_colour (cr, style->accent, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
}

/* A filled head with its tip at the end of @c, along the curve's last
 * tangent; (@base_x, @base_y) receives where the line should stop. */
static void
arrow_head (cairo_t              *cr,
            const CwDiagramCurve *c,
            double               *base_x,
            double               *base_y)
{
  double angle = atan2 (c->y1 - c->cy, c->x1 - c->cx);
  double l = CW_DIAGRAM_HEAD_LENGTH;

  cairo_move_to (cr, c->x1, c->y1);
  cairo_line_to (cr, c->x1 - l * cos (angle - 0.42), c->y1 - l * sin (angle - 0.42));
  cairo_line_to (cr, c->x1 - l * cos (angle + 0.42), c->y1 - l * sin (angle + 0.42));
  cairo_close_path (cr);
  cairo_fill (cr);
  *base_x = c->x1 - 0.8 * l * cos (angle);
  *base_y = c->y1 - 0.8 * l * sin (angle);
}

/* The line stops under the head, so that its cap cannot blunt the tip; a
 * fallback arrow is dashed. */
static void
draw_curve (cairo_t              *cr,
            const CwDiagramCurve *c,
            CwRgb                 colour,
            double                width,
            gboolean              dashed)
{
  static const double dash[] = { 9, 6 };
  double bx, by;

  cw_render_set_colour (cr, colour, 1);
  arrow_head (cr, c, &bx, &by);
  cairo_set_line_width (cr, width);
  if (dashed)
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, c->x0, c->y0);
  cairo_curve_to (cr,
                  c->x0 + 2.0 / 3 * (c->cx - c->x0), c->y0 + 2.0 / 3 * (c->cy - c->y0),
                  bx + 2.0 / 3 * (c->cx - bx), by + 2.0 / 3 * (c->cy - by),
                  bx, by);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_label (cairo_t              *cr,
            const CwDiagramArrow *arrow,
            const CwDiagramType  *type,
            const CwDiagramState *state,
            gboolean              selected)
{
  const CwRenderStyle *style = style_of (state);
  const CwDiagramRect *r = &arrow->label_box;
  GPtrArray *lines = arrow->label_lines;
  double first = r->y + r->h / 2 + 0.35 * type->label_size - (lines->len - 1) * type->label_line / 2;

  cw_render_font (cr, type->label_size, FALSE);
  rounded_rect (cr, r->x, r->y, r->w, r->h, type->label_height / 2);
  cw_render_set_colour (cr, cw_diagram_label_fill (state), 1);
  cairo_fill_preserve (cr);
  cw_render_set_colour (cr, selected ? style->accent : faded_ink (state, 0.5), 1);
  cairo_set_line_width (cr, selected ? 2 : 1);
  cairo_stroke (cr);
  cw_render_set_colour (cr, style->text, 1);
  for (guint i = 0; i < lines->len; i++)
    cw_render_text (cr, g_ptr_array_index (lines, i), r->x + r->w / 2, first + i * type->label_line, 0.5);
}

static gboolean
arrow_shown (const CwScenario     *sc,
             const CwDiagramState *state,
             guint                 index)
{
  const CwEdge *edge = g_ptr_array_index (sc->edges, index);

  return revealed (state, edge->from) && revealed (state, edge->to);
}

void
cw_diagram_draw (cairo_t              *cr,
                 const CwScenario     *sc,
                 const CwDiagramState *state)
{
  g_autoptr(CwDiagramLayout) layout = NULL;
  const CwRenderStyle *style;
  CwDiagramState none;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (sc != NULL);

  state = state_or_none (state, &none);
  style = style_of (state);
  layout = cw_diagram_layout_new (sc, state->projector);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < layout->arrows->len; i++)
    {
      const CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, i);
      gboolean selected = state->selected_edge == (int) i;

      if (!arrow->valid || !arrow_shown (sc, state, i))
        continue;
      draw_curve (cr, &arrow->curve, selected ? style->accent : faded_ink (state, 0.3),
                  selected ? LINE_WIDTH + 1.5 : state->high_contrast ? LINE_WIDTH + 0.5 : LINE_WIDTH,
                  arrow->fallback);
    }
  for (guint i = 0; i < sc->stages->len; i++)
    if (revealed (state, ((CwStage *) g_ptr_array_index (sc->stages, i))->id))
      draw_stage (cr, sc, i, layout->type, &g_array_index (layout->boxes, CwDiagramBox, i), state);
  /* Labels last, so that a box never hides a condition. */
  for (guint i = 0; i < layout->arrows->len; i++)
    {
      const CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, i);

      if (arrow->valid && arrow->label != NULL && arrow_shown (sc, state, i))
        draw_label (cr, arrow, layout->type, state, state->selected_edge == (int) i);
    }
  cairo_restore (cr);
}

/* One entry of the legend: a badge of @group's colour, or a line (dashed for
 * a fallback) when @group is -1, then its text's @lines one under another;
 * (@x, @y) is the left middle of its first line. */
static void
legend_entry (cairo_t              *cr,
              const CwDiagramState *state,
              GPtrArray            *lines,
              int                   group,
              gboolean              dashed,
              double                x,
              double                y,
              double                scale)
{
  static const double dash[] = { 5, 3 };
  const CwRenderStyle *style = style_of (state);

  cairo_new_path (cr);
  if (group >= 0)
    draw_badge (cr, state, group, x + 16 * scale, y, BADGE_RADIUS * scale);
  else
    {
      cw_render_set_colour (cr, faded_ink (state, 0.3), 1);
      cairo_set_line_width (cr, (state->high_contrast ? LINE_WIDTH + 0.5 : 2) * scale);
      if (dashed)
        cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, x + 6 * scale, y);
      cairo_line_to (cr, x + 26 * scale, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  cw_render_set_colour (cr, style->text, 1);
  for (guint i = 0; i < lines->len; i++)
    cw_render_text (cr, g_ptr_array_index (lines, i), x + 32 * scale,
                    y + (i * LEGEND_LINE + 0.35 * CW_DIAGRAM_LEGEND_SIZE) * scale, 0);
}

typedef struct {
  int         group;      /* -1: an arrow */
  gboolean    dashed;
  GPtrArray  *lines;      /* char*: its text, wrapped */
  double      x, row;     /* where it goes, from the legend's top left */
} LegendEntry;

static void
clear_legend_entry (gpointer data)
{
  g_clear_pointer (&((LegendEntry *) data)->lines, g_ptr_array_unref);
}

/* What the legend lists — the antecedents the shown stages' levers target,
 * then the two kinds of arrow if a shown arrow has a condition — placed in
 * rows no wider than @max_width where they fit. An entry too wide for a row
 * of its own has its text wrapped to the legend's measure (or its longest
 * word), so that a legend in a column is no wider than that whatever the
 * language. Returns the entries; @width and @height receive the legend's
 * size. */
static GArray *
legend_layout (cairo_t              *cr,
               const CwScenario     *sc,
               const CwDiagramState *state,
               double                scale,
               double                max_width,
               double               *width,
               double               *height)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (LegendEntry));
  const char *texts[CW_N_LEVER_GROUPS + 2];
  guint32 groups = 0;
  gboolean conditions = FALSE;
  double x = 0, row = 0, row_lines = 1, pad = 6 * scale;

  g_array_set_clear_func (entries, clear_legend_entry);
  for (guint i = 0; i < sc->stages->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (sc->stages, i);

      for (int l = 0; l < CW_N_LEVERS && revealed (state, stage->id); l++)
        if (stage->held & (1u << l))
          groups |= 1u << cw_lever_info (l)->group;
    }
  for (guint i = 0; i < sc->edges->len; i++)
    conditions |= ((CwEdge *) g_ptr_array_index (sc->edges, i))->conditional && arrow_shown (sc, state, i);
  for (int g = 0; g < CW_N_LEVER_GROUPS; g++)
    if (groups & (1u << g))
      {
        texts[entries->len] = cw_lever_group_name (g);
        g_array_append_val (entries, ((LegendEntry) { g, FALSE, NULL }));
      }
  if (conditions)
    {
      texts[entries->len] = _("arrow taken when its condition holds");
      g_array_append_val (entries, ((LegendEntry) { -1, FALSE, NULL }));
      texts[entries->len] = _("arrow taken at the longest stay");
      g_array_append_val (entries, ((LegendEntry) { -1, TRUE, NULL }));
    }

  *width = *height = 0;
  cw_render_font (cr, CW_DIAGRAM_LEGEND_SIZE * scale, FALSE);
  for (guint i = 0; i < entries->len; i++)
    {
      LegendEntry *entry = &g_array_index (entries, LegendEntry, i);
      double text = cw_render_text_width (cr, texts[i]), w = 32 * scale + text + 12 * scale;

      if (x > 0 && pad + x + w > max_width)
        {
          x = 0;
          row += row_lines;
          row_lines = 1;
        }
      if (pad + w > max_width && text > LEGEND_MEASURE * scale)
        {
          double measure = MAX (LEGEND_MEASURE * scale, cw_diagram_widest_word (cr, texts[i]));

          entry->lines = cw_render_wrap_text (cr, texts[i], measure, G_MAXUINT, NULL);
          text = 0;
          for (guint k = 0; k < entry->lines->len; k++)
            text = MAX (text, cw_render_text_width (cr, g_ptr_array_index (entry->lines, k)));
          w = 32 * scale + text + 12 * scale;
        }
      else
        {
          entry->lines = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (entry->lines, g_strdup (texts[i]));
        }
      entry->x = pad + x;
      entry->row = row;
      row_lines = MAX (row_lines, entry->lines->len);
      x += w;
      *width = MAX (*width, pad + x);
    }
  if (entries->len > 0)
    *height = (row + row_lines) * LEGEND_LINE * scale + 2 * pad;
  return entries;
}

gboolean
cw_diagram_legend_size (const CwScenario     *sc,
                        const CwDiagramState *state,
                        double                scale,
                        double                max_width,
                        double               *width,
                        double               *height)
{
  g_autoptr(cairo_t) cr = cw_render_measure_context ();
  g_autoptr(GArray) entries = NULL;
  CwDiagramState none;

  g_return_val_if_fail (sc != NULL, FALSE);

  state = state_or_none (state, &none);
  entries = legend_layout (cr, sc, state, scale, max_width, width, height);
  return entries->len > 0;
}

void
cw_diagram_draw_legend (cairo_t              *cr,
                        const CwScenario     *sc,
                        const CwDiagramState *state,
                        double                x,
                        double                y,
                        double                scale,
                        double                max_width)
{
  g_autoptr(GArray) entries = NULL;
  CwDiagramState none;
  double width, height, top;

  g_return_if_fail (cr != NULL && sc != NULL);

  state = state_or_none (state, &none);
  cairo_save (cr);
  entries = legend_layout (cr, sc, state, scale, max_width, &width, &height);
  if (entries->len > 0)
    {
      top = y - height;
      rounded_rect (cr, x, top, width, height, 8 * scale);
      cw_render_set_colour (cr, style_of (state)->background, 0.92);
      cairo_fill_preserve (cr);
      cw_render_set_colour (cr, faded_ink (state, 0.6), 1);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      for (guint i = 0; i < entries->len; i++)
        {
          const LegendEntry *entry = &g_array_index (entries, LegendEntry, i);

          legend_entry (cr, state, entry->lines, entry->group, entry->dashed, x + entry->x - 6 * scale,
                        top + 6 * scale + (entry->row + 0.5) * LEGEND_LINE * scale, scale);
        }
    }
  cairo_restore (cr);
}

void
cw_diagram_draw_link (cairo_t  *cr,
                      double    x0,
                      double    y0,
                      double    x1,
                      double    y1)
{
  static const double dash[] = { 6, 4 };
  CwDiagramCurve c = { x0, y0, (x0 + x1) / 2, (y0 + y1) / 2, x1, y1 };

  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  draw_curve (cr, &c, cw_render_style (FALSE)->accent, LINE_WIDTH, FALSE);
  cairo_restore (cr);
}

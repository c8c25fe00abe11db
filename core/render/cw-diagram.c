/* cw-diagram.c — drawing the policy cycle: stage boxes, lever badges, arrows
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-diagram"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-diagram-private.h"

#define HW (CW_DIAGRAM_STAGE_WIDTH / 2)
#define HH (CW_DIAGRAM_STAGE_HEIGHT / 2)
#define CORNER 12.0
#define PAD 12.0
#define CAPTION_SIZE 10.0
static const double name_sizes[] = { 13.0, 11.5, 10.5 };
#define BADGE_RADIUS 4.5
#define MAX_BADGES 12

/* Okabe–Ito colours: told apart by people with colour-vision deficiencies. */
static const CwColour kind_colours[CW_N_STAGE_KINDS] = {
  CW_COLOUR_SKY,          /* awareness */
  CW_COLOUR_PURPLE,       /* ownership */
  CW_COLOUR_GREEN,        /* co-learning */
  CW_COLOUR_ORANGE,       /* sustainability */
  CW_COLOUR_VERMILLION,   /* mission */
  CW_COLOUR_NEUTRAL,      /* custom */
};

static const CwColour group_colours[CW_N_LEVER_GROUPS] = {
  CW_COLOUR_BLUE,         /* capabilities */
  CW_COLOUR_ORANGE,       /* governance */
  CW_COLOUR_GREEN,        /* life cycle */
  CW_COLOUR_VERMILLION,   /* lead firms */
  CW_COLOUR_PURPLE,       /* cluster organisation */
  CW_COLOUR_SKY,          /* internationalisation */
  CW_COLOUR_YELLOW,       /* policy cycle */
};

/* The hue of @colour. Boxes and badges mix it with the background
 * themselves, so they take the light palette's hues on either background. */
static CwRgb
hue (CwColour colour)
{
  return cw_render_style (FALSE)->colours[colour];
}

/* Arrows and the outlines of their labels: the text colour, faded to grey by @t. */
static CwRgb
faded_ink (const CwRenderStyle *style,
           double               t)
{
  return cw_render_mix (style->text, (CwRgb) { 0.5, 0.5, 0.5 }, t);
}

void
cw_diagram_state_init (CwDiagramState *state)
{
  memset (state, 0, sizeof *state);
  state->selected_edge = -1;
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

/* One dot per lever the stage holds, coloured by the antecedent it targets. */
static void
draw_badges (cairo_t       *cr,
             const CwStage *stage,
             gboolean       dark)
{
  int n = count_held (stage->held), shown = MIN (n, MAX_BADGES), i = 0;
  double step = 2 * BADGE_RADIUS + 4;
  double x = stage->x - (shown - 1) * step / 2, y = stage->y + HH - 11;

  for (int l = 0; l < CW_N_LEVERS && i < shown; l++)
    {
      if (!(stage->held & (1u << l)))
        continue;
      cairo_new_path (cr);
      cairo_arc (cr, x + i * step, y, BADGE_RADIUS, 0, 2 * G_PI);
      cw_render_set_colour (cr, hue (group_colours[cw_lever_info (l)->group]), 1);
      cairo_fill_preserve (cr);
      cw_render_set_colour (cr, cw_render_style (dark)->text, 1);
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);
      i++;
    }
  if (n > shown)
    {
      g_autofree char *more = g_strdup_printf ("+%d", n - shown);

      cw_render_font (cr, CAPTION_SIZE, FALSE);
      cw_render_text (cr, more, x + shown * step - BADGE_RADIUS, y + 3.5, 0);
    }
}

static void
draw_stage (cairo_t              *cr,
            const CwScenario     *sc,
            const CwStage        *stage,
            const CwDiagramState *state)
{
  const CwRenderStyle *style = cw_render_style (state->dark);
  CwRgb base = hue (kind_colours[stage->kind]);
  CwRgb fill = state->dark ? cw_render_mix ((CwRgb) { 0.19, 0.19, 0.21 }, base, 0.38)
                           : cw_render_mix ((CwRgb) { 1, 1, 1 }, base, 0.28);
  CwRgb border = state->dark ? cw_render_mix (base, (CwRgb) { 1, 1, 1 }, 0.15)
                             : cw_render_mix (base, (CwRgb) { 0, 0, 0 }, 0.25);
  double x = stage->x - HW, y = stage->y - HH;
  gboolean selected = state->selected && g_hash_table_contains (state->selected, stage->id);
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *caption = NULL;

  if (g_strcmp0 (state->active, stage->id) == 0)
    {
      rounded_rect (cr, x - 7, y - 7, CW_DIAGRAM_STAGE_WIDTH + 14, CW_DIAGRAM_STAGE_HEIGHT + 14, CORNER + 7);
      cw_render_set_colour (cr, style->highlight, 1);
      cairo_fill (cr);
    }

  rounded_rect (cr, x, y, CW_DIAGRAM_STAGE_WIDTH, CW_DIAGRAM_STAGE_HEIGHT, CORNER);
  cw_render_set_colour (cr, fill, 1);
  cairo_fill_preserve (cr);
  cw_render_set_colour (cr, border, 1);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);

  if (selected)
    {
      rounded_rect (cr, x - 3.5, y - 3.5, CW_DIAGRAM_STAGE_WIDTH + 7, CW_DIAGRAM_STAGE_HEIGHT + 7, CORNER + 3.5);
      cw_render_set_colour (cr, style->accent, 1);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }
  if (g_strcmp0 (state->focus, stage->id) == 0)
    {
      static const double dash[] = { 4, 3 };

      rounded_rect (cr, x - 8, y - 8, CW_DIAGRAM_STAGE_WIDTH + 16, CW_DIAGRAM_STAGE_HEIGHT + 16, CORNER + 8);
      cw_render_set_colour (cr, style->text, 1);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  cw_render_set_colour (cr, style->text, 1);
  cw_render_font (cr, CAPTION_SIZE, FALSE);
  /* The kind, unless it is "custom" or the name already says it. */
  if (stage->kind != CW_STAGE_CUSTOM && g_strcmp0 (stage->name, cw_stage_kind_name (stage->kind)) != 0)
    caption = cw_render_fit_text (cr, cw_stage_kind_name (stage->kind), CW_DIAGRAM_STAGE_WIDTH - 2 * PAD);
  if (caption != NULL)
    cw_render_text (cr, caption, stage->x, y + 15, 0.5);

  /* Long names get smaller type before they get cut to two lines. */
  for (guint i = 0; i < G_N_ELEMENTS (name_sizes); i++)
    {
      gboolean cut;

      g_clear_pointer (&lines, g_ptr_array_unref);
      cw_render_font (cr, name_sizes[i], TRUE);
      lines = cw_render_wrap_text (cr, stage->name ? stage->name : "", CW_DIAGRAM_STAGE_WIDTH - 2 * PAD,
                                   2, &cut);
      if (!cut)
        break;
    }
  if (lines->len == 1)
    cw_render_text (cr, g_ptr_array_index (lines, 0), stage->x, y + 40, 0.5);
  else
    {
      cw_render_text (cr, g_ptr_array_index (lines, 0), stage->x, y + 32, 0.5);
      cw_render_text (cr, g_ptr_array_index (lines, 1), stage->x, y + 47, 0.5);
    }
  draw_badges (cr, stage, state->dark);

  if (g_strcmp0 (sc->start, stage->id) == 0)
    {
      /* A wedge pointing into the left edge marks where the cycle begins. */
      cairo_new_path (cr);
      cairo_move_to (cr, x - 11, stage->y);
      cairo_line_to (cr, x - 25, stage->y - 9);
      cairo_line_to (cr, x - 25, stage->y + 9);
      cairo_close_path (cr);
      cw_render_set_colour (cr, style->text, 1);
      cairo_fill (cr);
    }
  /* The handle that starts an arrow: on the stage under the pointer, or on
   * the one selected stage. */
  if (g_strcmp0 (state->hover, stage->id) == 0 || (selected && g_hash_table_size (state->selected) == 1))
    {
      cairo_new_path (cr);
      cairo_arc (cr, x + CW_DIAGRAM_STAGE_WIDTH, stage->y, CW_DIAGRAM_HANDLE_RADIUS, 0, 2 * G_PI);
      cw_render_set_colour (cr, style->accent, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
}

static void
arrow_head (cairo_t *cr,
            double   x,
            double   y,
            double   from_x,
            double   from_y)
{
  double angle = atan2 (y - from_y, x - from_x);

  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x - 12 * cos (angle - 0.4), y - 12 * sin (angle - 0.4));
  cairo_line_to (cr, x - 12 * cos (angle + 0.4), y - 12 * sin (angle + 0.4));
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_curve (cairo_t              *cr,
            const CwDiagramCurve *c,
            CwRgb                 colour,
            double                width)
{
  cw_render_set_colour (cr, colour, 1);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, c->x0, c->y0);
  cairo_curve_to (cr,
                  c->x0 + 2.0 / 3 * (c->cx - c->x0), c->y0 + 2.0 / 3 * (c->cy - c->y0),
                  c->x1 + 2.0 / 3 * (c->cx - c->x1), c->y1 + 2.0 / 3 * (c->cy - c->y1),
                  c->x1, c->y1);
  cairo_stroke (cr);
  arrow_head (cr, c->x1, c->y1, c->cx, c->cy);
}

static char *
condition_text (const CwEdge *edge)
{
  const CwOutputInfo *info = cw_output_info (edge->indicator);
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (number, sizeof number, info->kind == CW_OUTPUT_KIND_COUNT ? "%.0f" : "%.3g",
                   edge->threshold);
  return g_strdup_printf ("%s %s %s", _(info->name), cw_compare_info (edge->op)->symbol, number);
}

static void
draw_condition (cairo_t              *cr,
                const CwEdge         *edge,
                const CwDiagramCurve *c,
                const CwDiagramState *state,
                gboolean              selected)
{
  const CwRenderStyle *style = cw_render_style (state->dark);
  g_autofree char *text = condition_text (edge);
  double mx, my, w;

  cw_render_font (cr, 11, FALSE);
  w = cw_render_text_width (cr, text) + 12;
  cw_diagram_curve_point (c, 0.5, &mx, &my);
  rounded_rect (cr, mx - w / 2, my - 10, w, 20, 10);
  cw_render_set_colour (cr, state->dark ? (CwRgb) { 0.24, 0.24, 0.26 } : (CwRgb) { 1, 1, 1 }, 1);
  cairo_fill_preserve (cr);
  cw_render_set_colour (cr, selected ? style->accent : faded_ink (style, 0.5), 1);
  cairo_set_line_width (cr, selected ? 2 : 1);
  cairo_stroke (cr);
  cw_render_set_colour (cr, style->text, 1);
  cw_render_text (cr, text, mx, my + 4, 0.5);
}

void
cw_diagram_draw (cairo_t              *cr,
                 const CwScenario     *sc,
                 const CwDiagramState *state)
{
  const CwRenderStyle *style;
  CwDiagramState none;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (sc != NULL);

  if (state == NULL)
    {
      cw_diagram_state_init (&none);
      state = &none;
    }
  style = cw_render_style (state->dark);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < sc->edges->len; i++)
    {
      const CwEdge *edge = g_ptr_array_index (sc->edges, i);
      gboolean selected = state->selected_edge == (int) i;
      CwDiagramCurve c;

      if (!cw_diagram_edge_curve (sc, edge, &c))
        continue;
      draw_curve (cr, &c, selected ? style->accent : faded_ink (style, 0.35), selected ? 3.5 : 2);
    }
  for (guint i = 0; i < sc->stages->len; i++)
    draw_stage (cr, sc, g_ptr_array_index (sc->stages, i), state);
  /* Labels last, so that a box never hides a condition. */
  for (guint i = 0; i < sc->edges->len; i++)
    {
      const CwEdge *edge = g_ptr_array_index (sc->edges, i);
      CwDiagramCurve c;

      if (edge->conditional && cw_diagram_edge_curve (sc, edge, &c))
        draw_condition (cr, edge, &c, state, state->selected_edge == (int) i);
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
  draw_curve (cr, &c, cw_render_style (FALSE)->accent, 2.5);
  cairo_restore (cr);
}

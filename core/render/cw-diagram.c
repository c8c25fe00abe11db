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
#define FONT "Sans"
#define CAPTION_SIZE 10.0
static const double name_sizes[] = { 13.0, 11.5, 10.5 };
#define BADGE_RADIUS 4.5
#define MAX_BADGES 12

typedef struct {
  double r, g, b;
} Rgb;

/* Okabe–Ito colours: told apart by people with colour-vision deficiencies. */
static const Rgb kind_colors[CW_N_STAGE_KINDS] = {
  { 0.337, 0.706, 0.914 },  /* awareness: sky blue */
  { 0.800, 0.475, 0.655 },  /* ownership: reddish purple */
  { 0.000, 0.620, 0.451 },  /* co-learning: bluish green */
  { 0.902, 0.624, 0.000 },  /* sustainability: orange */
  { 0.835, 0.369, 0.000 },  /* mission: vermilion */
  { 0.550, 0.550, 0.550 },  /* custom: grey */
};

static const Rgb group_colors[CW_N_LEVER_GROUPS] = {
  { 0.000, 0.447, 0.698 },  /* capabilities: blue */
  { 0.902, 0.624, 0.000 },  /* governance: orange */
  { 0.000, 0.620, 0.451 },  /* life cycle: bluish green */
  { 0.835, 0.369, 0.000 },  /* lead firms: vermilion */
  { 0.800, 0.475, 0.655 },  /* cluster organisation: reddish purple */
  { 0.337, 0.706, 0.914 },  /* internationalisation: sky blue */
  { 0.941, 0.894, 0.259 },  /* policy cycle: yellow */
};

static const Rgb accent = { 0.208, 0.518, 0.894 };
static const Rgb highlight = { 0.965, 0.827, 0.176 };

void
cw_diagram_state_init (CwDiagramState *state)
{
  memset (state, 0, sizeof *state);
  state->selected_edge = -1;
}

static Rgb
mix (Rgb    a,
     Rgb    b,
     double t)
{
  return (Rgb) { a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t };
}

static void
set_rgb (cairo_t *cr,
         Rgb      c)
{
  cairo_set_source_rgb (cr, c.r, c.g, c.b);
}

static Rgb
ink (gboolean dark)
{
  return dark ? (Rgb) { 0.94, 0.94, 0.94 } : (Rgb) { 0.13, 0.13, 0.15 };
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

static double
text_width (cairo_t    *cr,
            const char *text)
{
  cairo_text_extents_t ext;

  cairo_text_extents (cr, text, &ext);
  return ext.x_advance;
}

/* @text cut to fit @width, with an ellipsis when cut. */
static char *
fit_text (cairo_t    *cr,
          const char *text,
          double      width)
{
  g_autoptr(GString) s = g_string_new (text);

  if (text_width (cr, text) <= width)
    return g_string_free (g_steal_pointer (&s), FALSE);
  while (s->len > 0)
    {
      g_autofree char *candidate = NULL;
      const char *prev = g_utf8_find_prev_char (s->str, s->str + s->len);

      g_string_truncate (s, prev ? (gsize) (prev - s->str) : 0);
      candidate = g_strconcat (s->str, "…", NULL);
      if (text_width (cr, candidate) <= width)
        return g_steal_pointer (&candidate);
    }
  return g_strdup ("…");
}

/* Breaks @text into at most two lines of @width, the second ellipsised.
 * Returns FALSE when it had to cut. */
static gboolean
wrap_two_lines (cairo_t    *cr,
                const char *text,
                double      width,
                char      **first,
                char      **second)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr(GString) line = g_string_new (NULL);
  guint i = 0;

  for (; words[i] != NULL; i++)
    {
      g_autofree char *attempt = line->len ? g_strconcat (line->str, " ", words[i], NULL)
                                           : g_strdup (words[i]);

      if (line->len > 0 && text_width (cr, attempt) > width)
        break;
      g_string_assign (line, attempt);
    }
  *first = fit_text (cr, line->str, width);
  if (words[i] == NULL)
    {
      *second = NULL;
      return g_str_equal (*first, line->str);
    }
  {
    g_autofree char *rest = g_strjoinv (" ", words + i);

    *second = fit_text (cr, rest, width);
    return g_str_equal (*first, line->str) && g_str_equal (*second, rest);
  }
}

static void
draw_text (cairo_t    *cr,
           const char *text,
           double      cx,
           double      baseline)
{
  cairo_move_to (cr, cx - text_width (cr, text) / 2, baseline);
  cairo_show_text (cr, text);
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
      set_rgb (cr, group_colors[cw_lever_info (l)->group]);
      cairo_fill_preserve (cr);
      set_rgb (cr, ink (dark));
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);
      i++;
    }
  if (n > shown)
    {
      g_autofree char *more = g_strdup_printf ("+%d", n - shown);

      cairo_set_font_size (cr, CAPTION_SIZE);
      cairo_move_to (cr, x + shown * step - BADGE_RADIUS, y + 3.5);
      cairo_show_text (cr, more);
    }
}

static void
draw_stage (cairo_t              *cr,
            const CwScenario     *sc,
            const CwStage        *stage,
            const CwDiagramState *state)
{
  Rgb base = kind_colors[stage->kind];
  Rgb fill = state->dark ? mix ((Rgb) { 0.19, 0.19, 0.21 }, base, 0.38) : mix ((Rgb) { 1, 1, 1 }, base, 0.28);
  Rgb border = state->dark ? mix (base, (Rgb) { 1, 1, 1 }, 0.15) : mix (base, (Rgb) { 0, 0, 0 }, 0.25);
  double x = stage->x - HW, y = stage->y - HH;
  gboolean selected = state->selected && g_hash_table_contains (state->selected, stage->id);
  g_autofree char *first = NULL, *second = NULL, *caption = NULL;

  if (g_strcmp0 (state->active, stage->id) == 0)
    {
      rounded_rect (cr, x - 7, y - 7, CW_DIAGRAM_STAGE_WIDTH + 14, CW_DIAGRAM_STAGE_HEIGHT + 14, CORNER + 7);
      set_rgb (cr, highlight);
      cairo_fill (cr);
    }

  rounded_rect (cr, x, y, CW_DIAGRAM_STAGE_WIDTH, CW_DIAGRAM_STAGE_HEIGHT, CORNER);
  set_rgb (cr, fill);
  cairo_fill_preserve (cr);
  set_rgb (cr, border);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);

  if (selected)
    {
      rounded_rect (cr, x - 3.5, y - 3.5, CW_DIAGRAM_STAGE_WIDTH + 7, CW_DIAGRAM_STAGE_HEIGHT + 7, CORNER + 3.5);
      set_rgb (cr, accent);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }
  if (g_strcmp0 (state->focus, stage->id) == 0)
    {
      static const double dash[] = { 4, 3 };

      rounded_rect (cr, x - 8, y - 8, CW_DIAGRAM_STAGE_WIDTH + 16, CW_DIAGRAM_STAGE_HEIGHT + 16, CORNER + 8);
      set_rgb (cr, ink (state->dark));
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  set_rgb (cr, ink (state->dark));
  cairo_select_font_face (cr, FONT, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, CAPTION_SIZE);
  /* The kind, unless it is "custom" or the name already says it. */
  if (stage->kind != CW_STAGE_CUSTOM && g_strcmp0 (stage->name, cw_stage_kind_name (stage->kind)) != 0)
    {
      caption = fit_text (cr, cw_stage_kind_name (stage->kind), CW_DIAGRAM_STAGE_WIDTH - 2 * PAD);
      draw_text (cr, caption, stage->x, y + 15);
    }

  /* Long names get smaller type before they get cut. */
  cairo_select_font_face (cr, FONT, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  for (guint i = 0; i < G_N_ELEMENTS (name_sizes); i++)
    {
      g_clear_pointer (&first, g_free);
      g_clear_pointer (&second, g_free);
      cairo_set_font_size (cr, name_sizes[i]);
      if (wrap_two_lines (cr, stage->name ? stage->name : "", CW_DIAGRAM_STAGE_WIDTH - 2 * PAD, &first, &second))
        break;
    }
  if (second == NULL)
    draw_text (cr, first, stage->x, y + 40);
  else
    {
      draw_text (cr, first, stage->x, y + 32);
      draw_text (cr, second, stage->x, y + 47);
    }
  cairo_select_font_face (cr, FONT, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  draw_badges (cr, stage, state->dark);

  if (g_strcmp0 (sc->start, stage->id) == 0)
    {
      /* A wedge pointing into the left edge marks where the cycle begins. */
      cairo_new_path (cr);
      cairo_move_to (cr, x - 11, stage->y);
      cairo_line_to (cr, x - 25, stage->y - 9);
      cairo_line_to (cr, x - 25, stage->y + 9);
      cairo_close_path (cr);
      set_rgb (cr, ink (state->dark));
      cairo_fill (cr);
    }
  /* The handle that starts an arrow: on the stage under the pointer, or on
   * the one selected stage. */
  if (g_strcmp0 (state->hover, stage->id) == 0 || (selected && g_hash_table_size (state->selected) == 1))
    {
      cairo_new_path (cr);
      cairo_arc (cr, x + CW_DIAGRAM_STAGE_WIDTH, stage->y, CW_DIAGRAM_HANDLE_RADIUS, 0, 2 * G_PI);
      set_rgb (cr, accent);
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
            Rgb                   color,
            double                width)
{
  set_rgb (cr, color);
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
  g_autofree char *text = condition_text (edge);
  double mx, my, w;

  cairo_select_font_face (cr, FONT, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 11);
  w = text_width (cr, text) + 12;
  cw_diagram_curve_point (c, 0.5, &mx, &my);
  rounded_rect (cr, mx - w / 2, my - 10, w, 20, 10);
  set_rgb (cr, state->dark ? (Rgb) { 0.24, 0.24, 0.26 } : (Rgb) { 1, 1, 1 });
  cairo_fill_preserve (cr);
  set_rgb (cr, selected ? accent : mix (ink (state->dark), (Rgb) { 0.5, 0.5, 0.5 }, 0.5));
  cairo_set_line_width (cr, selected ? 2 : 1);
  cairo_stroke (cr);
  set_rgb (cr, ink (state->dark));
  draw_text (cr, text, mx, my + 4);
}

void
cw_diagram_draw (cairo_t              *cr,
                 const CwScenario     *sc,
                 const CwDiagramState *state)
{
  CwDiagramState none;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (sc != NULL);

  if (state == NULL)
    {
      cw_diagram_state_init (&none);
      state = &none;
    }

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
      draw_curve (cr, &c, selected ? accent : mix (ink (state->dark), (Rgb) { 0.5, 0.5, 0.5 }, 0.35),
                  selected ? 3.5 : 2);
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
  draw_curve (cr, &c, accent, 2.5);
  cairo_restore (cr);
}

/* cw-chart-waterfall.c — the explain waterfall, laid out in rows and drawn with cairo
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"
#include "cw-waterfall.h"

typedef enum {
  ROW_LEVEL,      /* a value: no policy, with the policy */
  ROW_PART,       /* a group's part, floating */
  ROW_LEVER,      /* a lever's part under its group */
  ROW_HEADING,    /* text only */
} RowKind;

typedef struct {
  RowKind  kind;
  char    *label;
  double   from, to;
  double   error;
  char    *text;
  gboolean accent;  /* the level with the policy */
} Row;

typedef struct {
  double   em;
  double   row_height;
  double   top;         /* of the first row */
  double   label_width;
  double   plot_x, plot_width;
  double   value_x;     /* right edge of the values */
  double   lo, hi;
  CwTicks  ticks;
  gboolean strong;      /* high contrast: the levers' bars and the steps at full strength */
} Layout;

static void
row_clear (Row *row)
{
  g_free (row->label);
  g_free (row->text);
}

/* Decimals that tell the parts apart at the size of the whole effect. */
static int
decimals_for (const CwAttribution *a)
{
  double span = MAX (fabs (a->total), 1e-3 * MAX (fabs (a->policy), fabs (a->baseline)));

  if (!(span > 0) || !isfinite (span))
    return 2;
  return CLAMP (2 - (int) floor (log10 (span)), 0, 4);
}

static char *
signed_number (double v,
               int    decimals)
{
  g_autofree char *number = cw_chart_format_number (fabs (v), decimals);

  /* U+2212 MINUS SIGN, as typeset numbers have it. */
  return g_strconcat (v < 0 ? "−" : "+", number, NULL);
}

char *
cw_waterfall_value (const CwAttribution *a,
                    const CwExplainPart *part)
{
  int decimals = decimals_for (a);
  g_autofree char *value = signed_number (part->value, decimals);
  g_autofree char *error = NULL;

  if (part->error <= 0)
    return g_steal_pointer (&value);
  error = cw_chart_format_number (part->error, decimals);
  /* TRANSLATORS: a sampled part and its standard error, e.g. "+0.012 ± 0.003" */
  return g_strdup_printf (_("%s ± %s"), value, error);
}

char *
cw_waterfall_title (const CwAttribution *a)
{
  g_autofree char *year = cw_chart_format_year (a->year);

  /* TRANSLATORS: e.g. "Upgrading index in 2031: what each lever group added" */
  return g_strdup_printf (_("%s in %s: what each lever group added"),
                          _(cw_output_info (a->output)->name), year);
}

char *
cw_waterfall_method (const CwAttribution *a)
{
  if (a->runs < a->total_runs)
    return g_strdup_printf (ngettext ("First estimate: %d of %d run per combination of groups, refining…",
                                      "First estimate: %d of %d runs per combination of groups, refining…",
                                      a->total_runs),
                            a->runs, a->total_runs);
  if (a->levers->len > 0 && !a->levers_exact)
    return g_strdup_printf (ngettext ("Exact Shapley values over %d run per combination; the levers "
                                      "sampled from %d orderings, ± one standard error.",
                                      "Exact Shapley values over %d runs per combination; the levers "
                                      "sampled from %d orderings, ± one standard error.",
                                      a->runs),
                            a->runs, CW_EXPLAIN_PERMUTATIONS);
  return g_strdup_printf (ngettext ("Exact Shapley values over %d run per combination of lever groups.",
                                    "Exact Shapley values over %d runs per combination of lever groups.",
                                    a->runs),
                          a->runs);
}

static void
add_row (GArray     *rows,
         RowKind     kind,
         const char *label,
         double      from,
         double      to,
         double      error,
         char       *text)
{
  Row row = { kind, g_strdup (label), from, to, error, text, FALSE };

  g_array_append_val (rows, row);
}

static GArray *
build_rows (const CwAttribution *a)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (Row));
  int decimals = decimals_for (a);
  double at = a->baseline;
  g_autofree char *policy = NULL, *total = NULL;

  g_array_set_clear_func (rows, (GDestroyNotify) row_clear);
  add_row (rows, ROW_LEVEL, _("No policy"), NAN, a->baseline, 0, cw_chart_format_number (a->baseline, decimals));
  for (guint i = 0; i < a->groups->len; i++)
    {
      const CwExplainPart *group = &g_array_index (a->groups, CwExplainPart, i);
      double lever_at = at;

      add_row (rows, ROW_PART, group->name, at, at + group->value, 0, cw_waterfall_value (a, group));
      for (guint j = 0; j < a->levers->len; j++)
        {
          const CwExplainPart *lever = &g_array_index (a->levers, CwExplainPart, j);

          if (lever->group != group->group)
            continue;
          add_row (rows, ROW_LEVER, lever->name, lever_at, lever_at + lever->value, lever->error,
                   cw_waterfall_value (a, lever));
          lever_at += lever->value;
        }
      at += group->value;
    }
  policy = cw_chart_format_number (a->policy, decimals);
  total = signed_number (a->total, decimals);
  add_row (rows, ROW_LEVEL, _("With the policy"), NAN, a->policy, 0, g_strdup_printf ("%s (%s)", policy, total));
  g_array_index (rows, Row, rows->len - 1).accent = TRUE;
  add_row (rows, ROW_HEADING, _("Standing levers and the cycle"), NAN, NAN, 0, NULL);
  add_row (rows, ROW_PART, _("Standing levers"), a->baseline, a->baseline + a->standing, 0,
           signed_number (a->standing, decimals));
  add_row (rows, ROW_PART, _("Policy cycle stages"), a->baseline + a->standing,
           a->baseline + a->standing + a->cycle, 0, signed_number (a->cycle, decimals));
  return rows;
}

static double
em_for (const CwWaterfallSpec *spec,
        double                 width)
{
  double scale = spec->font_scale > 0 && isfinite (spec->font_scale) ? spec->font_scale : 1;

  return CLAMP (width / 70, 11, 16) * CLAMP (scale, 0.5, 4);
}

double
cw_waterfall_height (const CwWaterfallSpec *spec,
                     double                 width)
{
  g_autoptr(GArray) rows = build_rows (spec->attribution);

  double em = em_for (spec, width);

  return em * (4.2 + 1.9 * rows->len + 2.6) + cw_chart_heading_height (spec->title, em);
}

static void
extend (double *lo,
        double *hi,
        double  v)
{
  if (!isfinite (v))
    return;
  *lo = MIN (*lo, v);
  *hi = MAX (*hi, v);
}

static void
layout_rows (Layout                *layout,
             cairo_t               *cr,
             const CwWaterfallSpec *spec,
             GArray                *rows,
             double                 width,
             double                 height)
{
  double em = em_for (spec, width), label_width = 0, value_width = 0;
  double lo = INFINITY, hi = -INFINITY;

  layout->em = em;
  /* High contrast keeps every colour at the strength that reads 4.5:1. */
  layout->strong = spec->look.high_contrast;
  layout->top = 4.2 * em;
  layout->row_height = MIN (1.9 * em, (height - 6.8 * em) / MAX (rows->len, 1));
  cw_render_font (cr, em, FALSE);
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);

      if (row->kind != ROW_HEADING)
        label_width = MAX (label_width, cw_render_text_width (cr, row->label) + (row->kind == ROW_LEVER ? 1.2 * em : 0));
      if (row->text != NULL)
        value_width = MAX (value_width, cw_render_text_width (cr, row->text));
      extend (&lo, &hi, row->from);
      extend (&lo, &hi, row->to - row->error);
      extend (&lo, &hi, row->to + row->error);
    }
  if (!(hi > lo))
    {
      double pad = isfinite (lo) && lo != 0 ? fabs (lo) * 0.05 : 0.05;

      lo = (isfinite (lo) ? lo : 0) - pad;
      hi = (isfinite (hi) ? hi : 0) + pad;
    }
  /* Room on either side so that the shortest bar is not at the edge. */
  lo -= 0.04 * (hi - lo);
  hi += 0.04 * (hi - lo);
  cw_ticks_extend (&lo, &hi, 6, &layout->ticks);
  layout->lo = lo;
  layout->hi = hi;
  layout->label_width = MIN (label_width + em, 0.38 * width);
  value_width = MIN (value_width + em, 0.3 * width);
  layout->plot_x = layout->label_width + em;
  layout->value_x = width - 0.8 * em;
  layout->plot_width = MAX (layout->value_x - value_width - layout->plot_x, em);
}

static double
x_of (const Layout *layout,
      double        v)
{
  return layout->plot_x + (v - layout->lo) / (layout->hi - layout->lo) * layout->plot_width;
}

static void
draw_axis (cairo_t             *cr,
           const CwRenderStyle *style,
           const Layout        *layout,
           double               bottom)
{
  int decimals = cw_ticks_decimals (&layout->ticks);

  cairo_set_line_width (cr, 1);
  for (int i = 0; i < layout->ticks.n; i++)
    {
      double v = cw_ticks_value (&layout->ticks, i), x = round (x_of (layout, v)) + 0.5;
      g_autofree char *label = cw_chart_format_number (v, decimals);

      cw_render_set_colour (cr, style->grid, 1);
      cairo_move_to (cr, x, layout->top - 0.3 * layout->em);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      cw_render_set_colour (cr, style->muted, 1);
      cw_render_font (cr, 0.85 * layout->em, FALSE);
      cw_render_text (cr, label, x, bottom + 1.2 * layout->em, 0.5);
    }
}

static void
draw_row (cairo_t             *cr,
          const CwRenderStyle *style,
          const Layout        *layout,
          const Row           *row,
          double               y)
{
  double em = layout->em, mid = y + layout->row_height / 2, baseline = mid + 0.35 * em;
  double indent = row->kind == ROW_LEVER ? 1.2 * em : 0;
  double bar = layout->row_height * (row->kind == ROW_LEVER ? 0.45 : 0.62);
  g_autofree char *label = NULL;
  double x0, x1;
  CwRgb fill;

  cw_render_font (cr, row->kind == ROW_LEVER ? 0.9 * em : em, row->kind == ROW_HEADING || row->accent);
  /* A heading has no bar: it may run across the plot. */
  label = cw_render_fit_text (cr, row->label, row->kind == ROW_HEADING ? layout->value_x : layout->label_width - indent);
  cw_render_set_colour (cr, row->kind == ROW_LEVER ? style->muted : style->text, 1);
  if (label != NULL)
    cw_render_text (cr, label, indent, baseline, 0);
  if (row->kind == ROW_HEADING)
    return;

  x0 = x_of (layout, isfinite (row->from) ? row->from : layout->lo);
  x1 = x_of (layout, row->to);
  if (row->kind == ROW_LEVEL)
    fill = style->colours[row->accent ? CW_COLOUR_BLUE : CW_COLOUR_NEUTRAL];
  else
    fill = style->colours[row->to >= row->from ? CW_COLOUR_GREEN : CW_COLOUR_VERMILLION];
  cw_render_set_colour (cr, fill, row->kind == ROW_LEVER && !layout->strong ? 0.6 : 1);
  /* At least a hairline, so a part of zero still shows where it stands. */
  cairo_rectangle (cr, MIN (x0, x1), mid - bar / 2, MAX (fabs (x1 - x0), 1.5), bar);
  cairo_fill (cr);
  if (row->error > 0)
    {
      double e0 = x_of (layout, row->to - row->error), e1 = x_of (layout, row->to + row->error);

      cw_render_set_colour (cr, style->text, 1);
      cairo_set_line_width (cr, 1.2 * style->line_scale);
      cairo_move_to (cr, e0, mid);
      cairo_line_to (cr, e1, mid);
      cairo_move_to (cr, e0, mid - bar / 2);
      cairo_line_to (cr, e0, mid + bar / 2);
      cairo_move_to (cr, e1, mid - bar / 2);
      cairo_line_to (cr, e1, mid + bar / 2);
      cairo_stroke (cr);
    }
  cw_render_font (cr, row->kind == ROW_LEVER ? 0.9 * em : em, row->accent);
  cw_render_set_colour (cr, row->kind == ROW_LEVER ? style->muted : style->text, 1);
  cw_render_text (cr, row->text, layout->value_x, baseline, 1);
}

void
cw_waterfall_draw (cairo_t               *cr,
                   double                 width,
                   double                 height,
                   const CwWaterfallSpec *spec)
{
  const CwRenderStyle *style;
  g_autoptr(GArray) rows = NULL;
  g_autofree char *title = NULL, *method = NULL, *fitted_title = NULL, *fitted_method = NULL;
  Layout layout;
  double bottom;

  g_return_if_fail (cr != NULL && spec != NULL && spec->attribution != NULL);

  style = cw_render_style_of (spec->look);
  rows = build_rows (spec->attribution);
  cairo_save (cr);
  /* Only its own rectangle: a report page holds more than the waterfall. */
  cw_render_set_colour (cr, style->background, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  layout_rows (&layout, cr, spec, rows, width, height);
  bottom = layout.top + rows->len * layout.row_height;

  title = cw_waterfall_title (spec->attribution);
  method = cw_waterfall_method (spec->attribution);
  cw_render_set_colour (cr, style->text, 1);
  cw_render_font (cr, 1.15 * layout.em, TRUE);
  fitted_title = cw_render_fit_text (cr, title, width - layout.em);
  if (fitted_title != NULL)
    cw_render_text (cr, fitted_title, 0.5 * layout.em, 1.6 * layout.em, 0);
  cw_render_set_colour (cr, style->muted, 1);
  cw_render_font (cr, 0.85 * layout.em, FALSE);
  fitted_method = cw_render_fit_text (cr, method, width - layout.em);
  if (fitted_method != NULL)
    cw_render_text (cr, fitted_method, 0.5 * layout.em, 3.0 * layout.em, 0);

  draw_axis (cr, style, &layout, bottom);
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      double y = layout.top + i * layout.row_height;

      draw_row (cr, style, &layout, row, y);
      /* The step from one bar to the next. */
      if (i + 1 < rows->len && row->kind != ROW_HEADING &&
          g_array_index (rows, Row, i + 1).kind != ROW_HEADING)
        {
          double x = round (x_of (&layout, row->to)) + 0.5;

          cw_render_set_colour (cr, style->muted, layout.strong ? 1 : 0.7);
          cairo_set_line_width (cr, style->line_scale);
          cairo_set_dash (cr, (double[]) { 2, 2 }, 2, 0);
          cairo_move_to (cr, x, y + layout.row_height * 0.81);
          cairo_line_to (cr, x, y + layout.row_height * 1.19);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
    }
  cairo_restore (cr);
}

/* The scenario's title, then the waterfall. */
static void
draw_waterfall_cb (cairo_t       *cr,
                   double         width,
                   double         height,
                   gconstpointer  data)
{
  const CwWaterfallSpec *spec = data;
  double top = cw_chart_draw_heading (cr, spec->title, spec->look, em_for (spec, width), width);

  cairo_save (cr);
  cairo_translate (cr, 0, top);
  cw_waterfall_draw (cr, width, height - top, spec);
  cairo_restore (cr);
}

gboolean
cw_waterfall_export (const CwWaterfallSpec *spec,
                     CwChartFormat          format,
                     double                 width,
                     double                 height,
                     const char            *path,
                     GError               **error)
{
  g_return_val_if_fail (spec != NULL && spec->attribution != NULL, FALSE);
  g_return_val_if_fail (format >= 0 && format < CW_CHART_FORMAT_CSV, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return cw_chart_export_figure (draw_waterfall_cb, spec, format, width, height, path, error);
}

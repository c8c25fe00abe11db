/* cw-chart-panel.c — the data of a time panel: lines, bands, stacks, budget
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"

typedef struct {
  cairo_t             *cr;
  const CwChartSpec   *spec;
  const CwChartLayout *layout;
  const CwRenderStyle *style;
  guint                panel;
} Painter;

static double
px (const Painter  *p,
    const CwSeries *series,
    int             step)
{
  return cw_chart_layout_x (p->layout, cw_chart_year_of_step (series, step));
}

static double
py (const Painter *p,
    double         v)
{
  return cw_chart_layout_y (p->layout, p->panel, v);
}

/* A path through @v; a missing value (NAN) leaves a gap. */
static void
trace_line (const Painter  *p,
            const CwSeries *series,
            const double   *v)
{
  gboolean drawing = FALSE;

  for (int s = 0; s < series->n_steps; s++)
    {
      double y = py (p, v[s]);

      if (isnan (y))
        {
          drawing = FALSE;
          continue;
        }
      if (drawing)
        cairo_line_to (p->cr, px (p, series, s), y);
      else
        cairo_move_to (p->cr, px (p, series, s), y);
      drawing = TRUE;
    }
  /* A lone point still shows. */
  if (series->n_steps == 1 && drawing)
    cairo_rel_line_to (p->cr, 0.5, 0);
}

/* @marker at every few steps of @v, far enough apart to read as a line of
 * marks; lines of other @index start at other steps, so that marks of lines
 * that run together do not cover each other. */
static void
mark_line (const Painter  *p,
           const CwSeries *series,
           const double   *v,
           CwRgb           rgb,
           CwMarker        marker,
           guint           index)
{
  double em = p->layout->em;
  double step_x = series->n_steps > 1 ? fabs (px (p, series, 1) - px (p, series, 0)) : em;
  int every = MAX (1, (int) ceil (4.5 * em / MAX (step_x, 0.01)));
  int first = (int) (index * every / (double) CW_N_MARKERS);

  if (marker == CW_MARKER_NONE)
    return;
  for (int s = first; s < series->n_steps; s += every)
    {
      double y = py (p, v[s]);

      if (!isnan (y))
        cw_render_marker_path (p->cr, marker, px (p, series, s), y, 0.3 * em);
    }
  cw_chart_fill_markers (p->cr, p->style, rgb, em);
}

static void
stroke_line (const Painter  *p,
             const CwSeries *series,
             const double   *v,
             CwColour        colour,
             double          width,
             gboolean        dashed)
{
  double em = p->layout->em;

  trace_line (p, series, v);
  cw_render_set_colour (p->cr, p->style->colours[colour], 1);
  cairo_set_line_width (p->cr, width * em * p->style->line_scale);
  cairo_set_line_join (p->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (p->cr, CAIRO_LINE_CAP_ROUND);
  if (dashed)
    cairo_set_dash (p->cr, (double[]) { 0.5 * em, 0.35 * em }, 2, 0);
  cairo_stroke (p->cr);
  cairo_set_dash (p->cr, NULL, 0, 0);
}

/* Line @index of a panel or of the runs compared: a line, then its markers. */
static void
draw_series (const Painter  *p,
             const CwSeries *series,
             const double   *v,
             CwColour        colour,
             double          width,
             guint           index)
{
  stroke_line (p, series, v, colour, width, FALSE);
  mark_line (p, series, v, p->style->colours[colour], cw_chart_line_marker (index), index);
}

/* The area between @lo and @hi, one piece per run of steps where both exist. */
static void
fill_between (const Painter  *p,
              const CwSeries *series,
              const double   *lo,
              const double   *hi,
              CwRgb           rgb,
              double          alpha,
              CwPattern       pattern)
{
  int s = 0;

  while (s < series->n_steps)
    {
      int end;

      if (isnan (py (p, lo[s])) || isnan (py (p, hi[s])))
        {
          s++;
          continue;
        }
      for (end = s; end + 1 < series->n_steps && !isnan (py (p, lo[end + 1]))
                    && !isnan (py (p, hi[end + 1])); end++)
        ;
      cairo_move_to (p->cr, px (p, series, s), py (p, hi[s]));
      for (int i = s + 1; i <= end; i++)
        cairo_line_to (p->cr, px (p, series, i), py (p, hi[i]));
      for (int i = end; i >= s; i--)
        cairo_line_to (p->cr, px (p, series, i), py (p, lo[i]));
      cairo_close_path (p->cr);
      s = end + 1;
    }
  cw_render_set_colour (p->cr, rgb, alpha);
  cairo_fill_preserve (p->cr);
  cw_chart_hatch_area (p->cr, pattern, rgb, alpha, p->layout->em);
}

/* Names a layer inside its right end when it is thick enough there, so that
 * nobody has to match colours with the legend. */
static void
label_layer (const Painter  *p,
             const CwSeries *series,
             const double   *base,
             const double   *top,
             const char     *name,
             CwRgb           fill)
{
  const CwRect *r = &p->layout->panels[p->panel].rect;
  double em = p->layout->em;
  double half = 0.5 * em;
  double right = r->x + r->w - 0.4 * em;
  double left = right - cw_render_text_width (p->cr, name);
  double sum = 0, mid;
  int first = series->n_steps, n = 0;

  for (int s = series->n_steps - 1; s >= 0 && px (p, series, s) >= left - 0.2 * em; s--)
    {
      sum += (py (p, base[s]) + py (p, top[s])) / 2;
      first = s;
      n++;
    }
  if (n == 0 || left < r->x)
    return;
  mid = sum / n;
  for (int s = first; s < series->n_steps; s++)
    if (mid - half < py (p, top[s]) || mid + half > py (p, base[s]))
      return;
  /* A halo of the fill keeps the name clear of the layer's hatching. */
  cw_render_text_halo (p->cr, name, left, mid + 0.35 * p->layout->ascent * 0.85, cw_render_text_on (fill), fill);
}

static void
draw_stack (const Painter         *p,
            const CwChartPanelDef *def)
{
  const CwSeries *series = p->spec->series;
  g_autofree double *base = g_new0 (double, series->n_steps);
  g_autofree double *top = g_new0 (double, series->n_steps);

  cairo_set_line_width (p->cr, 1);
  cw_render_font (p->cr, p->layout->small, FALSE);
  for (guint l = 0; l < def->n_lines; l++)
    {
      const double *v = cw_series_get (series, def->lines[l].output, CW_STAT_MEAN);

      for (int s = 0; s < series->n_steps; s++)
        {
          double add = cw_chart_clean (v[s]);

          top[s] = base[s] + (isfinite (add) && add > 0 ? add : 0);
        }
      fill_between (p, series, base, top, p->style->colours[def->lines[l].colour], CW_ALPHA_LAYER,
                    cw_chart_pattern (l));
      /* A hairline in the background colour keeps neighbouring layers apart. */
      trace_line (p, series, top);
      cw_render_set_colour (p->cr, p->style->background, 0.6);
      cairo_stroke (p->cr);
      label_layer (p, series, base, top, _(cw_output_info (def->lines[l].output)->name),
                   p->style->colours[def->lines[l].colour]);
      memcpy (base, top, sizeof (double) * series->n_steps);
    }
}

/* Quarters in which the budget bound, shaded by the share of runs. */
static void
draw_shade (const Painter *p,
            CwOutput       output)
{
  const CwSeries *series = p->spec->series;
  const double *v = cw_series_get (series, output, CW_STAT_MEAN);
  const CwRect *r = &p->layout->panels[p->panel].rect;

  for (int s = 0; s < series->n_steps; s++)
    {
      double share = cw_chart_clean (v[s]);
      double x0 = MAX (cw_chart_layout_x (p->layout, cw_chart_year_of_step (series, s) - 0.125), r->x);
      double x1 = MIN (cw_chart_layout_x (p->layout, cw_chart_year_of_step (series, s) + 0.125), r->x + r->w);

      if (!(share > 0))
        continue;
      cairo_rectangle (p->cr, x0, r->y, x1 - x0, r->h);
      cw_render_set_colour (p->cr, p->style->colours[CW_COLOUR_ORANGE], CW_ALPHA_BINDING * MIN (share, 1));
      cairo_fill_preserve (p->cr);
      cw_chart_hatch_area (p->cr, CW_PATTERN_BINDING, p->style->colours[CW_COLOUR_ORANGE],
                           CW_ALPHA_BINDING * MIN (share, 1), p->layout->em);
    }
}

static void
draw_budget (const Painter *p,
             CwBudgetLine   kind)
{
  const CwChartLayout *layout = p->layout;
  double budget = p->spec->budget;
  double years = layout->x_max - layout->x_min;

  cairo_move_to (p->cr, cw_chart_layout_x (layout, layout->x_min),
                 py (p, kind == CW_BUDGET_LINE_RATE ? budget : 0));
  cairo_line_to (p->cr, cw_chart_layout_x (layout, layout->x_max),
                 py (p, kind == CW_BUDGET_LINE_RATE ? budget : budget * years));
  cw_render_set_colour (p->cr, p->style->colours[CW_COLOUR_INK], 0.8);
  cairo_set_line_width (p->cr, 0.14 * layout->em * p->style->line_scale);
  cairo_set_dash (p->cr, CW_CHART_RULE_DASH (layout->em), 4, 0);
  cairo_stroke (p->cr);
  cairo_set_dash (p->cr, NULL, 0, 0);
}

/* The no-policy run, dashed with a halo in the background colour: drawn on
 * top of the scenario, where the policy changed nothing it lies on the
 * scenario's line and must still be seen there. */
static void
draw_baseline (const Painter  *p,
               const CwSeries *baseline,
               CwOutput        output,
               CwColour        colour)
{
  double em = p->layout->em;
  const double *v = cw_series_get (baseline, output, CW_STAT_MEAN);

  trace_line (p, baseline, v);
  cw_render_set_colour (p->cr, p->style->background, 0.9);
  cairo_set_line_width (p->cr, 0.34 * em * p->style->line_scale);
  cairo_set_line_cap (p->cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_dash (p->cr, (double[]) { 0.5 * em, 0.35 * em }, 2, 0);
  cairo_stroke (p->cr);
  cairo_set_dash (p->cr, NULL, 0, 0);
  stroke_line (p, baseline, v, colour, 0.16, TRUE);
}

/* Where the policy changes nothing: the rule effects are read against. */
static void
draw_zero (const Painter *p)
{
  const CwRect *r = &p->layout->panels[p->panel].rect;
  double y = round (py (p, 0)) + 0.5;

  cairo_move_to (p->cr, r->x, y);
  cairo_line_to (p->cr, r->x + r->w, y);
  cw_render_set_colour (p->cr, p->style->colours[CW_COLOUR_INK], 0.8);
  cairo_set_line_width (p->cr, 0.1 * p->layout->em);
  cairo_stroke (p->cr);
}

static void
draw_lines (const Painter         *p,
            const CwChartPanelDef *def)
{
  const CwChartSpec *spec = p->spec;
  const CwSeries *series = spec->series;
  CwOutput main_output = def->lines[0].output;
  CwRgb main_rgb = p->style->colours[def->lines[0].colour];

  if (spec->effect)
    draw_zero (p);
  if (def->shade >= 0 && !spec->effect)
    draw_shade (p, def->shade);
  if (def->range_low >= 0 && spec->n_compare == 0 && !spec->effect && !cw_chart_is_lean (spec))
    fill_between (p, series, cw_series_get (series, def->range_low, CW_STAT_MEAN),
                  cw_series_get (series, def->range_high, CW_STAT_MEAN), main_rgb, CW_ALPHA_RANGE,
                  CW_PATTERN_RANGE);
  if (cw_chart_has_band (spec))
    fill_between (p, series, cw_series_get (series, main_output, CW_STAT_P05),
                  cw_series_get (series, main_output, CW_STAT_P95), main_rgb, CW_ALPHA_BAND,
                  CW_PATTERN_NONE);
  if (def->budget != CW_BUDGET_LINE_NONE && cw_chart_has_budget (spec))
    draw_budget (p, def->budget);
  if (spec->n_compare > 0)
    {
      /* Under the comparisons, which may run where it runs. */
      if (cw_chart_has_baseline (spec))
        draw_baseline (p, spec->baseline, main_output, def->lines[0].colour);
      /* The scenario last, on top of its comparisons. */
      for (guint run = cw_chart_n_runs (spec) - 1; run > 0; run--)
        draw_series (p, cw_chart_run (spec, run),
                     cw_series_get (cw_chart_run (spec, run), main_output, CW_STAT_MEAN),
                     cw_chart_compare_colour (run - 1), 0.2, run);
      draw_series (p, series, cw_series_get (series, main_output, CW_STAT_MEAN),
                   def->lines[0].colour, 0.22, 0);
      return;
    }
  /* The main series last, on top. */
  for (guint l = cw_chart_n_lines (spec, def); l-- > 0;)
    draw_series (p, series, cw_series_get (series, def->lines[l].output, CW_STAT_MEAN),
                 def->lines[l].colour, l == 0 ? 0.22 : 0.14, l);
  if (cw_chart_has_baseline (spec))
    draw_baseline (p, spec->baseline, main_output, def->lines[0].colour);
}

void
cw_chart_draw_panel (cairo_t             *cr,
                     const CwChartSpec   *spec,
                     const CwChartLayout *layout,
                     guint                panel)
{
  const CwChartPanelDef *def = cw_chart_panel_def (spec, panel);
  const CwRect *r = &layout->panels[panel].rect;
  Painter p = { cr, spec, layout, cw_render_style_of (spec->look), panel };

  cairo_save (cr);
  /* Lines may reach a little beyond the frame, not into the labels. */
  cairo_rectangle (cr, r->x - 0.2 * layout->em, r->y - 0.2 * layout->em,
                   r->w + 0.4 * layout->em, r->h + 0.2 * layout->em);
  cairo_clip (cr);
  if (cw_chart_stacked (spec, def))
    draw_stack (&p, def);
  else
    draw_lines (&p, def);
  cairo_restore (cr);
}

/* cw-chart-phase.c — the life-cycle path: heterogeneity against openness
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Menzel & Fornahl: a cluster with little variety and little openness is
 * locked in (docs/model.md 5.2); its path shows whether a policy leads it out.
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"

/* The lock-in corner of docs/model.md 5.2: H < 0.35 and openness < 0.3. */
#define LOCK_IN_HETEROGENEITY 0.35
#define LOCK_IN_OPENNESS 0.3

static double
point_x (const CwChartLayout *layout,
         const CwSeries      *series,
         int                  step)
{
  return cw_chart_layout_x (layout, cw_series_get (series, CW_OUT_HETEROGENEITY, CW_STAT_MEAN)[step]);
}

static double
point_y (const CwChartLayout *layout,
         const CwSeries      *series,
         int                  step)
{
  return cw_chart_layout_y (layout, 0, cw_series_get (series, CW_OUT_OPENNESS, CW_STAT_MEAN)[step]);
}

static void
trace_path (cairo_t             *cr,
            const CwChartLayout *layout,
            const CwSeries      *series)
{
  gboolean drawing = FALSE;

  for (int s = 0; s < series->n_steps; s++)
    {
      double x = point_x (layout, series, s), y = point_y (layout, series, s);

      if (isnan (x) || isnan (y))
        {
          drawing = FALSE;
          continue;
        }
      if (drawing)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
    }
}

static void
draw_lock_in (cairo_t             *cr,
              const CwRenderStyle *style,
              const CwChartLayout *layout)
{
  double x0 = cw_chart_layout_x (layout, 0), x1 = cw_chart_layout_x (layout, LOCK_IN_HETEROGENEITY);
  double y0 = cw_chart_layout_y (layout, 0, 0), y1 = cw_chart_layout_y (layout, 0, LOCK_IN_OPENNESS);
  g_autofree char *label = NULL;

  cairo_rectangle (cr, x0, y1, x1 - x0, y0 - y1);
  cw_render_set_colour (cr, style->colours[CW_COLOUR_VERMILLION], 0.08);
  cairo_fill (cr);
  cw_render_font (cr, layout->small, FALSE);
  label = cw_render_fit_text (cr, _("Lock-in"), x1 - x0 - 0.8 * layout->em);
  if (label != NULL)
    {
      cw_render_set_colour (cr, style->muted, 1);
      cw_render_text (cr, label, x0 + 0.4 * layout->em, y1 + 1.2 * layout->em, 0);
    }
}

/* @marker at each year, hollow and larger at the start. */
static void
draw_year_dots (cairo_t             *cr,
                const CwRenderStyle *style,
                const CwChartLayout *layout,
                const CwSeries      *series,
                CwRgb                rgb,
                CwMarker             marker)
{
  for (int s = 0; s < series->n_steps; s += CW_STEPS_PER_YEAR)
    {
      double x = point_x (layout, series, s), y = point_y (layout, series, s);

      if (isnan (x) || isnan (y))
        continue;
      cairo_new_path (cr);
      cw_render_marker_path (cr, marker, x, y, (s == 0 ? 0.32 : 0.22) * layout->em);
      cw_render_set_colour (cr, s == 0 ? style->background : rgb, 1);
      cairo_fill_preserve (cr);
      cw_render_set_colour (cr, rgb, 1);
      cairo_set_line_width (cr, 0.12 * layout->em);
      cairo_stroke (cr);
    }
}

/* The first and last year, then every fifth (tenth on long runs) where it
 * does not crowd a label already placed. */
static void
draw_year_labels (cairo_t             *cr,
                  const CwRenderStyle *style,
                  const CwChartLayout *layout,
                  const CwSeries      *series)
{
  double em = layout->em;
  int last = cw_series_years (series) * CW_STEPS_PER_YEAR;
  /* A label every 5 years, every 10 on horizons over 20 years. */
  int every = cw_series_years (series) >= 20 ? 10 * CW_STEPS_PER_YEAR : 5 * CW_STEPS_PER_YEAR;
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (double));

  g_array_append_val (steps, (int) { 0 });
  if (last > 0)
    g_array_append_val (steps, last);
  for (int s = every; s < last; s += every)
    g_array_append_val (steps, s);

  cw_render_font (cr, layout->small, FALSE);
  for (guint i = 0; i < steps->len; i++)
    {
      int s = g_array_index (steps, int, i);
      double x = point_x (layout, series, s), y = point_y (layout, series, s);
      gboolean crowded = FALSE;
      g_autofree char *text = NULL;

      if (isnan (x) || isnan (y))
        continue;
      for (guint j = 0; j < placed->len; j += 2)
        crowded |= hypot (x - g_array_index (placed, double, j),
                          y - g_array_index (placed, double, j + 1)) < 2.5 * em;
      if (crowded)
        continue;
      text = g_strdup_printf ("%d", series->start_year + s / CW_STEPS_PER_YEAR);
      cw_render_text_halo (cr, text, x + 0.45 * em, y - 0.45 * em, style->text, style->background);
      g_array_append_val (placed, x);
      g_array_append_val (placed, y);
    }
}

static void
draw_cursor_point (cairo_t             *cr,
                   const CwChartSpec   *spec,
                   const CwChartLayout *layout)
{
  const CwSeries *series = spec->series;
  double step = round ((spec->cursor_year - series->start_year) * CW_STEPS_PER_YEAR);
  double x, y;

  if (!(step >= 0 && step < series->n_steps))
    return;
  x = point_x (layout, series, (int) step);
  y = point_y (layout, series, (int) step);
  if (isnan (x) || isnan (y))
    return;
  cairo_arc (cr, x, y, 0.55 * layout->em, 0, 2 * G_PI);
  cw_render_set_colour (cr, cw_render_style_of (spec->look)->text, 1);
  cairo_set_line_width (cr, 0.15 * layout->em);
  cairo_stroke (cr);
}

void
cw_chart_draw_phase (cairo_t             *cr,
                     const CwChartSpec   *spec,
                     const CwChartLayout *layout)
{
  const CwRenderStyle *style = cw_render_style_of (spec->look);
  const CwChartPanelDef *def = &cw_chart_kind_def (spec->kind)->panels[0];
  const CwRect *r = &layout->panels[0].rect;
  double em = layout->em;

  cairo_save (cr);
  cairo_rectangle (cr, r->x - em, r->y - em, r->w + 2 * em, r->h + 2 * em);
  cairo_clip (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  draw_lock_in (cr, style, layout);

  if (cw_chart_has_baseline (spec))
    {
      trace_path (cr, layout, spec->baseline);
      cw_render_set_colour (cr, style->colours[def->lines[0].colour], 0.9);
      cairo_set_line_width (cr, 0.16 * em * style->line_scale);
      cairo_set_dash (cr, (double[]) { 0.5 * em, 0.35 * em }, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  for (guint run = cw_chart_n_runs (spec); run-- > 0;)
    {
      const CwSeries *series = cw_chart_run (spec, run);
      CwRgb rgb = style->colours[run == 0 ? def->lines[0].colour : cw_chart_compare_colour (run - 1)];

      trace_path (cr, layout, series);
      cw_render_set_colour (cr, rgb, 1);
      cairo_set_line_width (cr, 0.2 * em * style->line_scale);
      cairo_stroke (cr);
      draw_year_dots (cr, style, layout, series, rgb, cw_chart_phase_marker (run));
    }
  draw_year_labels (cr, style, layout, spec->series);
  draw_cursor_point (cr, spec, layout);
  cairo_restore (cr);
}

/* cw-chart-ribbons.c — categories over time as coloured ribbons under the time axis
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"

static int
code_at (const double *v,
         int           step)
{
  return isfinite (v[step]) ? (int) lround (v[step]) : -1;
}

/* One run of equal codes, steps @first … @last, as a labelled box. */
static void
draw_segment (cairo_t             *cr,
              const CwChartSpec   *spec,
              const CwChartLayout *layout,
              const CwRect        *row,
              CwOutput             output,
              int                  code,
              int                  first,
              int                  last)
{
  const CwRenderStyle *style = cw_render_style_of (spec->look);
  const CwSeries *series = spec->series;
  const char *name = cw_chart_category_name (spec, output, code);
  CwRgb fill;
  double x0, x1, cursor = spec->cursor_year;
  g_autofree char *label = NULL;

  if (name == NULL)
    return;
  fill = style->colours[cw_chart_category_colour (output, code)];
  /* Each quarter owns the half steps either side of its point. */
  x0 = MAX (cw_chart_layout_x (layout, cw_chart_year_of_step (series, first) - 0.125), row->x);
  x1 = MIN (cw_chart_layout_x (layout, cw_chart_year_of_step (series, last) + 0.125), row->x + row->w);
  cairo_rectangle (cr, x0, row->y, x1 - x0, row->h);
  cw_render_set_colour (cr, fill, 1);
  cairo_fill_preserve (cr);
  cw_chart_hatch_area (cr, cw_chart_pattern (code), fill, 1, layout->em);

  /* The stage under the cursor is outlined, as on the canvas. */
  if (cursor >= cw_chart_year_of_step (series, first) - 0.125
      && cursor < cw_chart_year_of_step (series, last) + 0.125)
    {
      cairo_rectangle (cr, x0 + 1, row->y + 1, x1 - x0 - 2, row->h - 2);
      cw_render_set_colour (cr, style->text, 1);
      cairo_set_line_width (cr, 2 * style->line_scale);
      cairo_stroke (cr);
    }

  label = cw_render_fit_text (cr, name, x1 - x0 - 0.6 * layout->em);
  if (label != NULL)
    {
      cw_render_text_halo (cr, label, (x0 + x1 - cw_render_text_width (cr, label)) / 2,
                           row->y + row->h / 2 + 0.35 * layout->ascent, cw_render_text_on (fill), fill);
    }
}

void
cw_chart_draw_ribbons (cairo_t             *cr,
                       const CwChartSpec   *spec,
                       const CwChartLayout *layout)
{
  const CwRenderStyle *style = cw_render_style_of (spec->look);
  const CwSeries *series = spec->series;

  cairo_save (cr);
  for (guint r = 0; r < layout->n_ribbons; r++)
    {
      const CwRect *row = &layout->ribbons[r];
      CwOutput output = layout->ribbon_outputs[r];
      const double *v = cw_series_get (series, output, CW_STAT_MEAN);
      int first = 0;

      cw_render_font (cr, layout->small, FALSE);
      for (int s = 1; s <= series->n_steps; s++)
        if (s == series->n_steps || code_at (v, s) != code_at (v, first))
          {
            draw_segment (cr, spec, layout, row, output, code_at (v, first), first, s - 1);
            first = s;
          }
      cw_render_font (cr, layout->em, FALSE);
      cw_render_set_colour (cr, style->muted, 1);
      cw_render_text (cr, _(cw_output_info (output)->name), row->x - 0.5 * layout->em,
                      row->y + row->h / 2 + 0.35 * layout->ascent, 1);
    }
  cairo_restore (cr);
}

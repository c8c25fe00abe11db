/* cw-chart-axes.c — grid, tick labels and axis titles
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"

static void
draw_y_axis (cairo_t             *cr,
             const CwRenderStyle *style,
             const CwChartLayout *layout,
             guint                panel,
             const char          *title)
{
  const CwPanelLayout *pl = &layout->panels[panel];
  const CwTicks *t = &pl->y_ticks;
  double em = layout->em;

  cairo_set_line_width (cr, 1);
  for (int i = 0; i < t->n; i++)
    {
      double v = cw_ticks_value (t, i);
      /* Half-pixel offsets keep one-pixel lines sharp on image surfaces. */
      double y = round (cw_chart_layout_y (layout, panel, v)) + 0.5;
      g_autofree char *label = cw_chart_format_number (v, cw_ticks_decimals (t));

      cw_render_set_colour (cr, style->grid, 1);
      cairo_move_to (cr, pl->rect.x, y);
      cairo_line_to (cr, pl->rect.x + pl->rect.w, y);
      cairo_stroke (cr);
      cw_render_set_colour (cr, style->muted, 1);
      cw_render_text (cr, label, pl->rect.x - 0.5 * em, y + 0.35 * layout->ascent, 1);
    }
  cw_render_set_colour (cr, style->muted, 1);
  cw_render_text (cr, title, pl->title_x, pl->title_y, 0);
}

static void
draw_x_axis (cairo_t             *cr,
             const CwRenderStyle *style,
             const CwChartLayout *layout,
             gboolean             years)
{
  const CwTicks *t = &layout->x_ticks;
  const CwRect *first = &layout->panels[0].rect;
  const CwRect *last = &layout->panels[layout->n_panels - 1].rect;
  double bottom = round (last->y + last->h) + 0.5;

  cairo_set_line_width (cr, 1);
  for (int i = 0; i < t->n; i++)
    {
      double v = cw_ticks_value (t, i);
      double x = round (cw_chart_layout_x (layout, v)) + 0.5;
      g_autofree char *label = years ? g_strdup_printf ("%d", (int) round (v))
                                     : cw_chart_format_number (v, cw_ticks_decimals (t));

      cw_render_set_colour (cr, style->grid, 1);
      cairo_move_to (cr, x, first->y);
      cairo_line_to (cr, x, last->y + last->h);
      cairo_stroke (cr);
      cw_render_set_colour (cr, style->axis, 1);
      cairo_move_to (cr, x, bottom);
      cairo_line_to (cr, x, bottom + 0.3 * layout->em);
      cairo_stroke (cr);
      cw_render_set_colour (cr, style->muted, 1);
      cw_render_text (cr, label, x, layout->x_labels_y, 0.5);
    }
  /* Every panel gets a baseline; the time axis of the last carries the labels. */
  cw_render_set_colour (cr, style->axis, 1);
  for (guint p = 0; p < layout->n_panels; p++)
    {
      const CwRect *r = &layout->panels[p].rect;
      double y = round (r->y + r->h) + 0.5;

      cairo_move_to (cr, r->x, y);
      cairo_line_to (cr, r->x + r->w, y);
      cairo_stroke (cr);
    }
}

void
cw_chart_draw_axes (cairo_t             *cr,
                    const CwChartSpec   *spec,
                    const CwChartLayout *layout)
{
  const CwChartKindDef *def = cw_chart_kind_def (spec->kind);
  const CwRenderStyle *style = cw_render_style_of (spec->look);

  cairo_save (cr);
  cw_render_font (cr, layout->em, FALSE);
  for (guint p = 0; p < layout->n_panels; p++)
    draw_y_axis (cr, style, layout, p, cw_chart_axis_label (spec, p));
  draw_x_axis (cr, style, layout, !def->phase);
  if (def->phase)
    {
      const CwRect *r = &layout->panels[0].rect;

      cw_render_set_colour (cr, style->muted, 1);
      cw_render_text (cr, _(cw_output_info (CW_OUT_HETEROGENEITY)->name), r->x + r->w / 2,
                      layout->x_title_y, 0.5);
    }
  cairo_restore (cr);
}

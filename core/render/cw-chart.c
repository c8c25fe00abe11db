/* cw-chart.c — draws a chart: background, title, legend, panels, axes, cursor
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"

static void
draw_cursor (cairo_t             *cr,
             const CwChartSpec   *spec,
             const CwChartLayout *layout)
{
  const CwRenderStyle *style = cw_render_style_of (spec->look);
  const CwRect *first = &layout->panels[0].rect;
  const CwRect *last = &layout->panels[layout->n_panels - 1].rect;
  double x, w, left, top, title_end;
  g_autofree char *label = NULL;

  if (!(spec->cursor_year >= layout->x_min && spec->cursor_year <= layout->x_max))
    return;
  x = cw_chart_layout_x (layout, spec->cursor_year);
  cairo_save (cr);
  cw_render_set_colour (cr, style->text, 0.75);
  cairo_set_line_width (cr, 0.12 * layout->em);
  cairo_move_to (cr, x, first->y);
  cairo_line_to (cr, x, last->y + last->h);
  cairo_stroke (cr);

  /* The axis title's right end: the tab must not hide it. */
  cw_render_font (cr, layout->em, FALSE);
  title_end = 0.8 * layout->em + cw_render_text_width (cr, cw_chart_axis_label (spec, 0));

  /* The year on a tab above the plot, so it reads against any line; inside
   * the plot's top when it would cover the axis title or, in the lean
   * layout, the legend. */
  label = cw_chart_format_year (spec->cursor_year);
  cw_render_font (cr, MAX (0.9 * layout->em, layout->small), TRUE);
  w = cw_render_text_width (cr, label) + 0.6 * layout->em;
  left = CLAMP (x - w / 2, first->x, first->x + first->w - w);
  top = left < title_end + 0.3 * layout->em || layout->lean ? first->y + 0.1 * layout->em
                                                             : first->y - 1.3 * layout->em;
  cairo_rectangle (cr, left, top, w, 1.2 * layout->em);
  cw_render_set_colour (cr, style->text, 0.85);
  cairo_fill (cr);
  cw_render_set_colour (cr, style->background, 1);
  cw_render_text (cr, label, left + w / 2, top + 0.9 * layout->em, 0.5);
  cairo_restore (cr);
}

static void
draw_title (cairo_t             *cr,
            const CwChartSpec   *spec,
            const CwChartLayout *layout)
{
  const CwRenderStyle *style = cw_render_style_of (spec->look);

  cw_render_font (cr, layout->title_size, TRUE);
  cw_render_set_colour (cr, style->text, 1);
  for (guint i = 0; i < layout->title_lines->len; i++)
    cw_render_text (cr, g_ptr_array_index (layout->title_lines, i), 0.8 * layout->em,
                    layout->title_y + i * layout->title_line_height, 0);
}

/* Leaves what lies right of @year on the time axis undrawn. */
static void
clip_before (cairo_t             *cr,
             const CwChartLayout *layout,
             double               year,
             double               height)
{
  cairo_rectangle (cr, 0, 0, cw_chart_layout_x (layout, year), height);
  cairo_clip (cr);
}

/**
 * cw_chart_draw:
 * @cr: any cairo context: a widget's snapshot, an image, SVG or PDF surface
 *
 * Draws the chart @spec describes into the rectangle (0, 0, @width, @height).
 * The state of @cr is restored afterwards.
 */
void
cw_chart_draw (cairo_t           *cr,
               double             width,
               double             height,
               const CwChartSpec *spec)
{
  const CwChartKindDef *def;
  const CwRenderStyle *style;
  CwChartLayout layout;
  gboolean cut;
  int last;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (spec != NULL && spec->series != NULL);
  g_return_if_fail (spec->kind >= 0 && spec->kind < CW_N_CHART_KINDS);
  g_return_if_fail (spec->n_compare <= CW_CHART_MAX_COMPARE);

  def = cw_chart_kind_def (spec->kind);
  style = cw_render_style_of (spec->look);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cw_render_set_colour (cr, style->background, 1);
  cairo_paint (cr);

  cw_chart_layout_init (&layout, cr, spec, width, height);
  draw_title (cr, spec, &layout);
  cw_chart_draw_legend (cr, spec, &layout);
  cw_chart_draw_readout (cr, spec, &layout);
  cw_chart_draw_axes (cr, spec, &layout);
  /* Data up to the last quarter before until_year, on the whole time axis;
   * the ribbons to where that quarter's stage ends, half a step on, and no
   * further: nothing of the next stage shows. */
  last = cw_chart_last_shown_step (spec);
  cut = !def->phase && last < spec->series->n_steps - 1;
  cairo_save (cr);
  if (cut)
    clip_before (cr, &layout, cw_chart_year_of_step (spec->series, last), height);
  if (def->phase)
    cw_chart_draw_phase (cr, spec, &layout);
  else
    for (guint p = 0; p < layout.n_panels; p++)
      cw_chart_draw_panel (cr, spec, &layout, p);
  cairo_restore (cr);
  cairo_save (cr);
  if (cut)
    clip_before (cr, &layout, cw_chart_year_of_step (spec->series, last) + 0.5 / CW_STEPS_PER_YEAR, height);
  cw_chart_draw_ribbons (cr, spec, &layout);
  cairo_restore (cr);
  if (!def->phase)
    draw_cursor (cr, spec, &layout);
  cw_chart_layout_clear (&layout);
  cairo_restore (cr);
}

guint
cw_chart_n_panels (const CwChartSpec *spec)
{
  g_return_val_if_fail (spec != NULL, 0);
  return cw_chart_is_lean (spec) ? 1 : cw_chart_kind_def (spec->kind)->n_panels;
}

/**
 * cw_chart_get_frame:
 *
 * Where panel @panel of the chart drawn at @width × @height puts its data,
 * for placing a cursor or a tooltip. Returns FALSE when there is no such panel.
 */
gboolean
cw_chart_get_frame (const CwChartSpec *spec,
                    double             width,
                    double             height,
                    guint              panel,
                    CwChartFrame      *frame)
{
  g_autoptr(cairo_t) cr = NULL;
  CwChartLayout layout;
  const CwPanelLayout *pl;

  g_return_val_if_fail (spec != NULL && spec->series != NULL, FALSE);
  g_return_val_if_fail (frame != NULL, FALSE);

  if (panel >= cw_chart_n_panels (spec))
    return FALSE;
  cr = cw_render_measure_context ();
  cw_chart_layout_init (&layout, cr, spec, width, height);
  pl = &layout.panels[panel];
  *frame = (CwChartFrame) {
    pl->rect.x, pl->rect.y, pl->rect.w, pl->rect.h,
    layout.x_min, layout.x_max, pl->y_min, pl->y_max,
  };
  cw_chart_layout_clear (&layout);
  return TRUE;
}

GPtrArray *
cw_chart_stage_names (const CwScenario *scenario,
                      const CwSeries   *series)
{
  GPtrArray *names = g_ptr_array_new ();

  g_return_val_if_fail (scenario != NULL && series != NULL, names);

  for (guint i = 0; series->stage_ids != NULL && series->stage_ids[i] != NULL; i++)
    {
      const CwStage *stage = cw_scenario_find_stage (scenario, series->stage_ids[i], NULL);

      g_ptr_array_add (names, stage != NULL ? stage->name : series->stage_ids[i]);
    }
  g_ptr_array_add (names, NULL);
  return names;
}

/* cw-chart-layout.c — where title, legend, panels, axes and ribbons go
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"

/* Device coordinates stay far inside cairo's fixed-point range. */
#define MAX_COORD 1e5
/* The share of a chart's height its plot keeps before the readout gives way,
 * and the least height of a panel, in ems (large type on a low chart). */
#define MIN_PLOT_SHARE 0.45
#define MIN_PANEL_EMS 6.0
/* A legend beside the plot: lines apart, in ems. */
#define LEGEND_COLUMN_STEP 1.3

static void
grow (double *hi,
      double  v)
{
  v = cw_chart_clean (v);
  if (isfinite (v) && v > *hi)
    *hi = v;
}

static void
grow_by_output (double         *hi,
                const CwSeries *series,
                CwOutput        output,
                CwStat          stat)
{
  const double *v = cw_series_get (series, output, stat);

  for (int s = 0; s < series->n_steps; s++)
    grow (hi, v[s]);
}

/* The largest value a panel shows; its axis starts at 0. */
static double
panel_max (const CwChartSpec     *spec,
           const CwChartPanelDef *panel)
{
  const CwSeries *series = spec->series;
  double hi = 0;

  if (cw_chart_stacked (spec, panel))
    {
      for (int s = 0; s < series->n_steps; s++)
        {
          double total = 0;

          for (guint l = 0; l < panel->n_lines; l++)
            {
              double v = cw_chart_clean (cw_series_get (series, panel->lines[l].output, CW_STAT_MEAN)[s]);
              if (isfinite (v) && v > 0)
                total += v;
            }
          grow (&hi, total);
        }
      return hi;
    }

  for (guint run = 0; run < cw_chart_n_runs (spec); run++)
    for (guint l = 0; l < cw_chart_n_lines (spec, panel); l++)
      grow_by_output (&hi, cw_chart_run (spec, run), panel->lines[l].output, CW_STAT_MEAN);
  if (cw_chart_has_band (spec))
    grow_by_output (&hi, series, panel->lines[0].output, CW_STAT_P95);
  if (cw_chart_has_baseline (spec))
    grow_by_output (&hi, spec->baseline, panel->lines[0].output, CW_STAT_MEAN);
  if (panel->range_high >= 0 && spec->n_compare == 0 && !cw_chart_is_lean (spec))
    grow_by_output (&hi, series, panel->range_high, CW_STAT_MEAN);
  if (cw_chart_has_budget (spec) && panel->budget == CW_BUDGET_LINE_RATE)
    grow (&hi, spec->budget);
  if (cw_chart_has_budget (spec) && panel->budget == CW_BUDGET_LINE_CUMULATIVE)
    grow (&hi, spec->budget * (series->n_steps - 1) / CW_STEPS_PER_YEAR);
  return hi;
}

/* The lowest and highest effect a panel shows, 0 included: the lines and the
 * main line's band. */
static void
effect_range (const CwChartSpec     *spec,
              const CwChartPanelDef *panel,
              double                *lo,
              double                *hi)
{
  *lo = *hi = 0;
  for (guint run = 0; run < cw_chart_n_runs (spec); run++)
    for (guint l = 0; l < cw_chart_n_lines (spec, panel); l++)
      {
        const CwSeries *series = cw_chart_run (spec, run);
        const double *v = cw_series_get (series, panel->lines[l].output, CW_STAT_MEAN);
        const double *low = cw_series_get (series, panel->lines[l].output, CW_STAT_P05);
        const double *high = cw_series_get (series, panel->lines[l].output, CW_STAT_P95);
        gboolean band = run == 0 && l == 0 && cw_chart_has_band (spec);

        for (int s = 0; s < series->n_steps; s++)
          {
            double a = cw_chart_clean (band ? low[s] : v[s]), b = cw_chart_clean (band ? high[s] : v[s]);

            if (isfinite (a))
              *lo = MIN (*lo, MIN (a, b));
            if (isfinite (b))
              *hi = MAX (*hi, MAX (a, b));
          }
      }
}

/* The baseline of the title's last line. */
static double
title_last_y (const CwChartLayout *layout)
{
  return layout->title_y + (layout->title_lines->len - 1) * layout->title_line_height;
}

/* The legend, in lines under the title; in the lean layout from the title's
 * end on. */
static void
place_legend (CwChartLayout *layout,
              cairo_t       *cr,
              gboolean       lean,
              double         pad,
              double         title_end,
              double        *bottom)
{
  double em = layout->em;
  double x = lean ? title_end + em : pad;
  double y = lean ? title_last_y (layout) : *bottom + 1.1 * em;
  double gap = lean ? 0.8 * em : 1.4 * em;

  layout->legend_places = g_new0 (CwLegendPlace, MAX (1, layout->legend->len));
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const CwLegendEntry *entry = &g_array_index (layout->legend, CwLegendEntry, i);
      double item = layout->swatch + 0.6 * em + cw_render_text_width (cr, entry->label);

      if (x > pad && x + item > layout->area.w - pad)
        {
          x = pad;
          y += (lean ? 1.3 : 1.45) * em;
        }
      layout->legend_places[i] = (CwLegendPlace) { x, y };
      x += item + gap;
    }
  if (layout->legend->len > 0)
    *bottom = y + 0.4 * em;
}

/* A stack's layers in the lean layout: a column right of the plot, in the
 * stack's order (the last layer on top), as wide as the widest entry; 0
 * when the column would be taller than @plot_height or the plot narrower
 * than half the chart, and the legend goes in lines. */
static double
legend_column_width (CwChartLayout *layout,
                     cairo_t       *cr,
                     double         plot_height)
{
  double em = layout->em, widest = 0;

  if (layout->legend->len * LEGEND_COLUMN_STEP * em > plot_height)
    return 0;
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const CwLegendEntry *entry = &g_array_index (layout->legend, CwLegendEntry, i);

      widest = MAX (widest, layout->swatch + 0.6 * em + cw_render_text_width (cr, entry->label));
    }
  return widest < layout->area.w / 2 ? widest : 0;
}

static void
place_legend_column (CwChartLayout *layout,
                     double         x,
                     double         top)
{
  guint n = layout->legend->len;

  layout->legend_places = g_new0 (CwLegendPlace, MAX (1, n));
  for (guint i = 0; i < n; i++)
    layout->legend_places[i] = (CwLegendPlace) { x, top + (n - i) * LEGEND_COLUMN_STEP * layout->em };
}

static void
add_ribbon (CwChartLayout *layout,
            CwOutput       output)
{
  g_assert (layout->n_ribbons < CW_CHART_MAX_RIBBONS);
  layout->ribbon_outputs[layout->n_ribbons++] = output;
}

/* The widest label left of the panels: tick labels and ribbon names. */
static double
left_labels_width (const CwChartLayout *layout,
                   cairo_t             *cr)
{
  double widest = 0;

  for (guint p = 0; p < layout->n_panels; p++)
    {
      const CwTicks *t = &layout->panels[p].y_ticks;

      for (int i = 0; i < t->n; i++)
        {
          g_autofree char *label = cw_chart_format_number (cw_ticks_value (t, i), cw_ticks_decimals (t));
          widest = MAX (widest, cw_render_text_width (cr, label));
        }
    }
  for (guint r = 0; r < layout->n_ribbons; r++)
    widest = MAX (widest, cw_render_text_width (cr, _(cw_output_info (layout->ribbon_outputs[r])->name)));
  return widest;
}

/* The spec's minimum text size, 0 when it has none. */
static double
min_text_size (const CwChartSpec *spec)
{
  return isfinite (spec->min_text_size) ? MAX (spec->min_text_size, 0) : 0;
}

double
cw_chart_em (const CwChartSpec *spec,
             double             width,
             double             height)
{
  double scale = spec->font_scale > 0 && isfinite (spec->font_scale) ? spec->font_scale : 1;

  return MAX (CLAMP (MIN (width, 2 * height) / 75, 11, 18) * CLAMP (scale, 0.5, 4), min_text_size (spec));
}

void
cw_chart_layout_init (CwChartLayout     *layout,
                      cairo_t           *cr,
                      const CwChartSpec *spec,
                      double             width,
                      double             height)
{
  const CwChartKindDef *def = cw_chart_kind_def (spec->kind);
  const CwSeries *series = spec->series;
  double em = cw_chart_em (spec, width, height);
  gboolean lean = cw_chart_is_lean (spec);
  double min_text = min_text_size (spec);
  double pad = 0.8 * em;
  double vpad = lean ? 0.4 * em : pad;   /* above and below */
  double ribbon_step = (lean ? 1.55 : 1.7) * em;
  double top, above_readout, axis_room, bottom, left, right, avail, title_end, axis_title_end;
  double column = 0;
  gboolean axis_title_inline;
  cairo_font_extents_t extents;
  g_autofree char *title = NULL;

  *layout = (CwChartLayout) { .lean = lean, .em = em, .small = MAX (0.85 * em, min_text),
                              .title_size = (lean ? 1.0 : 1.3) * em,
                              .swatch = (lean ? 1.2 : 1.6) * em,
                              .area = { 0, 0, MAX (width, 1), MAX (height, 1) } };

  cairo_save (cr);
  /* A narrow chart (the phase plot beside the life cycle) wraps its title;
   * in the lean layout its last line goes on with the axis title and legend. */
  cw_render_font (cr, layout->title_size, TRUE);
  cairo_font_extents (cr, &extents);
  title = cw_chart_title (spec);
  layout->title_lines = cw_render_wrap_text (cr, title, layout->area.w - 2 * pad, 2, NULL);
  layout->title_y = vpad + extents.ascent;
  layout->title_line_height = extents.height;
  top = title_last_y (layout) + extents.descent;
  title_end = pad + cw_render_text_width (cr, g_ptr_array_index (layout->title_lines,
                                                                 layout->title_lines->len - 1));

  cw_render_font (cr, em, FALSE);
  cairo_font_extents (cr, &extents);
  /* In the lean layout the (only) axis title follows the chart's on its
   * line where it fits there, else it keeps its place above the plot. */
  axis_title_end = title_end + 0.6 * em + cw_render_text_width (cr, cw_chart_axis_label (spec, 0));
  axis_title_inline = lean && axis_title_end <= layout->area.w - pad;
  if (axis_title_inline)
    {
      layout->panels[0].title_x = title_end + 0.6 * em;
      layout->panels[0].title_y = title_last_y (layout);
      title_end = axis_title_end;
    }
  layout->ascent = extents.ascent;
  layout->legend = cw_chart_legend (spec);
  /* Seven layers would take four lines on a projector: beside the plot. */
  if (lean && cw_chart_stacked (spec, cw_chart_panel_def (spec, 0)))
    column = legend_column_width (layout, cr, 0.6 * layout->area.h);
  if (column == 0)
    place_legend (layout, cr, lean, pad, title_end, &top);
  above_readout = top;
  cw_chart_place_readout (layout, cr, spec, pad, &top);
  /* Room for the y axis title above the plot, or for the top tick's label. */
  axis_room = (axis_title_inline ? 0.6 : lean ? 1.5 : 2.0) * em;
  top += axis_room;

  if (!def->phase && series->stage_ids != NULL && series->stage_ids[0] != NULL)
    add_ribbon (layout, CW_OUT_POLICY_STAGE);
  /* A room sees the stages, which the cycle beside the chart reveals. */
  if (def->ribbon >= 0 && !lean)
    add_ribbon (layout, def->ribbon);

  bottom = layout->area.h - vpad;
  if (def->phase)
    {
      layout->x_title_y = bottom - extents.descent;
      bottom -= 1.5 * em;
    }
  bottom -= layout->n_ribbons * ribbon_step;
  for (guint r = 0; r < layout->n_ribbons; r++)
    layout->ribbons[r].y = bottom + r * ribbon_step + 0.2 * em;
  bottom -= 1.6 * em;
  layout->x_labels_y = bottom + 1.25 * em;

  layout->n_panels = cw_chart_n_panels (spec);
  /* The readout gives way to the data: where its lines would leave the plot
   * less than MIN_PLOT_SHARE of the chart (a short pane, long German or
   * Polish labels) or a panel less than MIN_PANEL_EMS (large type), it is
   * left out; the hover, the Table view and the chart's description give the
   * same values. */
  if (layout->readout != NULL &&
      bottom - top < MAX (MIN_PLOT_SHARE * layout->area.h, MIN_PANEL_EMS * em * layout->n_panels))
    {
      g_clear_pointer (&layout->readout, g_strfreev);
      g_clear_pointer (&layout->readout_places, g_free);
      top = above_readout + axis_room;
    }
  avail = MAX (bottom - top, 2);
  if (layout->n_panels == 1)
    {
      layout->panels[0].rect.y = top;
      layout->panels[0].rect.h = avail;
    }
  else
    {
      /* Room for the x labels' grid and the second axis title. */
      double gap = (lean ? 1.7 : 2.8) * em;
      double h0 = MAX ((avail - gap) * 0.55, 1);

      layout->panels[0].rect.y = top;
      layout->panels[0].rect.h = h0;
      layout->panels[1].rect.y = top + h0 + gap;
      layout->panels[1].rect.h = MAX (avail - gap - h0, 1);
    }

  for (guint p = 0; p < layout->n_panels; p++)
    {
      const CwChartPanelDef *panel = cw_chart_panel_def (spec, p);
      CwPanelLayout *pl = &layout->panels[p];
      int max_ticks = CLAMP ((int) (pl->rect.h / (2.2 * em)) + 1, 2, 7);

      pl->y_min = 0;
      /* A little headroom: a line at the maximum stays off the frame. */
      if (spec->effect)
        {
          effect_range (spec, panel, &pl->y_min, &pl->y_max);
          pl->y_min *= 1.02;
          pl->y_max *= 1.02;
        }
      else
        pl->y_max = panel->unit_range ? 1 : 1.02 * panel_max (spec, panel);
      cw_ticks_extend (&pl->y_min, &pl->y_max, max_ticks, &pl->y_ticks);
    }

  left = pad + left_labels_width (layout, cr) + 0.6 * em;
  right = pad + 1.4 * em;
  if (column > 0)
    {
      place_legend_column (layout, layout->area.w - pad - column, layout->panels[0].rect.y);
      right += column;
    }
  for (guint p = 0; p < layout->n_panels; p++)
    {
      layout->panels[p].rect.x = left;
      layout->panels[p].rect.w = MAX (layout->area.w - left - right, 1);
      if (!axis_title_inline)
        {
          layout->panels[p].title_x = pad;
          layout->panels[p].title_y = layout->panels[p].rect.y - 0.7 * em;
        }
    }
  for (guint r = 0; r < layout->n_ribbons; r++)
    {
      layout->ribbons[r].x = left;
      layout->ribbons[r].w = layout->panels[0].rect.w;
      layout->ribbons[r].h = 1.4 * em;
    }

  if (def->phase)
    {
      layout->x_min = 0;
      layout->x_max = 1;
      cw_ticks_inside (0, 1, CLAMP ((int) (layout->panels[0].rect.w / (4 * em)), 2, 11), FALSE,
                       &layout->x_ticks);
    }
  else
    {
      layout->x_min = series->start_year;
      layout->x_max = cw_chart_year_of_step (series, MAX (series->n_steps - 1, 1));
      cw_ticks_inside (layout->x_min, layout->x_max,
                       CLAMP ((int) (layout->panels[0].rect.w / (5 * em)), 2, 8), TRUE,
                       &layout->x_ticks);
    }
  cairo_restore (cr);
}

void
cw_chart_layout_clear (CwChartLayout *layout)
{
  if (layout->legend != NULL)
    g_array_unref (layout->legend);
  layout->legend = NULL;
  g_clear_pointer (&layout->title_lines, g_ptr_array_unref);
  g_clear_pointer (&layout->legend_places, g_free);
  g_clear_pointer (&layout->readout, g_strfreev);
  g_clear_pointer (&layout->readout_places, g_free);
}

double
cw_chart_layout_x (const CwChartLayout *layout,
                   double               value)
{
  const CwRect *r = &layout->panels[0].rect;
  double x = r->x + (cw_chart_clean (value) - layout->x_min) / (layout->x_max - layout->x_min) * r->w;

  return CLAMP (x, -MAX_COORD, MAX_COORD);
}

double
cw_chart_layout_y (const CwChartLayout *layout,
                   guint                panel,
                   double               value)
{
  const CwPanelLayout *pl = &layout->panels[panel];
  double y = pl->rect.y + pl->rect.h
             - (cw_chart_clean (value) - pl->y_min) / (pl->y_max - pl->y_min) * pl->rect.h;

  return CLAMP (y, -MAX_COORD, MAX_COORD);
}

/* cw-chart-legend.c — the legend above the panels: what each mark means
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"

static void
clear_entry (gpointer data)
{
  CwLegendEntry *entry = data;

  g_free (entry->label);
}

static void
add_area (GArray     *legend,
          const char *label,
          CwColour    colour,
          double      alpha,
          CwPattern   pattern)
{
  CwLegendEntry entry = { g_strdup (label), colour, CW_SWATCH_AREA, alpha, CW_MARKER_NONE, pattern };

  g_array_append_val (legend, entry);
}

static void
add (GArray     *legend,
     const char *label,
     CwColour    colour,
     CwSwatch    swatch,
     CwMarker    marker)
{
  CwLegendEntry entry = { g_strdup (label), colour, swatch, 1, marker, CW_PATTERN_NONE };

  /* The budget chart's two panels would name their budget line twice. */
  for (guint i = 0; i < legend->len; i++)
    if (g_str_equal (g_array_index (legend, CwLegendEntry, i).label, label))
      {
        g_free (entry.label);
        return;
      }
  g_array_append_val (legend, entry);
}

static void
add_lines (GArray                *legend,
           const CwChartSpec     *spec,
           const CwChartPanelDef *panel)
{
  if (spec->n_compare > 0)
    {
      for (guint run = 0; run < cw_chart_n_runs (spec); run++)
        add (legend, cw_chart_run_name (spec, run),
             run == 0 ? panel->lines[0].colour : cw_chart_compare_colour (run - 1),
             CW_SWATCH_LINE, cw_chart_line_marker (run));
      return;
    }
  for (guint l = 0; l < cw_chart_n_lines (spec, panel); l++)
    add (legend, _(cw_output_info (panel->lines[l].output)->name), panel->lines[l].colour,
         l == 0 ? CW_SWATCH_LINE : CW_SWATCH_THIN, cw_chart_line_marker (l));
  if (panel->range_low >= 0 && !spec->effect && !cw_chart_is_lean (spec))
    add_area (legend, _(panel->range_label), panel->lines[0].colour, CW_ALPHA_RANGE, CW_PATTERN_RANGE);
}

/* Whether @output is ever above 0: a binding budget only needs explaining then. */
static gboolean
any_positive (const CwSeries *series,
              CwOutput        output)
{
  const double *v = cw_series_get (series, output, CW_STAT_MEAN);

  for (int s = 0; s < series->n_steps; s++)
    if (v[s] > 0)
      return TRUE;
  return FALSE;
}

/* The band's name; short in the lean layout. */
static const char *
band_label (const CwChartSpec *spec)
{
  if (cw_chart_is_lean (spec))
    /* xgettext:no-c-format */
    return C_("legend on a projector", "5–95 %");
  if (spec->effect)
    /* xgettext:no-c-format */
    return _("5–95 % of paired runs");
  /* xgettext:no-c-format */
  return _("5–95 % of runs");
}

/* A layer's name; short in the lean layout, whose legend is a column
 * beside the plot. */
static const char *
layer_label (const CwChartSpec *spec,
             CwOutput           output)
{
  if (cw_chart_is_lean (spec))
    switch (output)
      {
      case CW_OUT_OUTSIDE:
        return C_("legend on a projector", "Outside");
      case CW_OUT_COOPERATORS_2:
        return C_("legend on a projector", "Cooperators II");
      case CW_OUT_COOPERATORS_3:
        return C_("legend on a projector", "Cooperators III");
      case CW_OUT_COOPERATORS_4:
        return C_("legend on a projector", "Cooperators IV");
      default:
        break;
      }
  return _(cw_output_info (output)->name);
}

/* The entries in drawing order. */
GArray *
cw_chart_legend (const CwChartSpec *spec)
{
  const CwChartKindDef *def = cw_chart_kind_def (spec->kind);
  GArray *legend = g_array_new (FALSE, FALSE, sizeof (CwLegendEntry));
  const CwChartPanelDef *first = cw_chart_panel_def (spec, 0);
  CwColour main_colour = first->lines[0].colour;

  g_array_set_clear_func (legend, clear_entry);
  for (guint p = 0; p < cw_chart_n_panels (spec); p++)
    {
      const CwChartPanelDef *panel = cw_chart_panel_def (spec, p);

      if (def->phase)
        add (legend, spec->n_compare > 0 ? cw_chart_run_name (spec, 0) : _("Path of the cluster"),
             main_colour, CW_SWATCH_LINE, cw_chart_phase_marker (0));
      else if (cw_chart_stacked (spec, panel))
        for (guint l = 0; l < panel->n_lines; l++)
          add_area (legend, layer_label (spec, panel->lines[l].output), panel->lines[l].colour,
                    CW_ALPHA_LAYER, cw_chart_pattern (l));
      else if (p == 0)
        /* A second panel repeats the first one's series, summed up (budget). */
        add_lines (legend, spec, panel);
      if (def->phase)
        for (guint run = 1; run < cw_chart_n_runs (spec); run++)
          add (legend, cw_chart_run_name (spec, run), cw_chart_compare_colour (run - 1),
               CW_SWATCH_LINE, cw_chart_phase_marker (run));
      if (panel->budget != CW_BUDGET_LINE_NONE && cw_chart_has_budget (spec))
        add (legend, _("Budget"), CW_COLOUR_INK, CW_SWATCH_RULE, CW_MARKER_NONE);
      if (panel->shade >= 0 && !spec->effect && any_positive (spec->series, panel->shade))
        add_area (legend, _("Budget binding"), CW_COLOUR_ORANGE, CW_ALPHA_BINDING, CW_PATTERN_BINDING);
    }
  if (cw_chart_has_band (spec) && !cw_chart_stacked (spec, first))
    add_area (legend, band_label (spec), main_colour, CW_ALPHA_BAND, CW_PATTERN_NONE);
  if (cw_chart_has_baseline (spec) && first->mode == CW_PANEL_LINES)
    add (legend, _("No policy"), main_colour, CW_SWATCH_DASHED, CW_MARKER_NONE);
  return legend;
}

GStrv
cw_chart_legend_labels (const CwChartSpec *spec)
{
  g_autoptr(GArray) legend = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (spec != NULL && spec->series != NULL, NULL);

  legend = cw_chart_legend (spec);
  for (guint i = 0; i < legend->len; i++)
    g_strv_builder_add (builder, g_array_index (legend, CwLegendEntry, i).label);
  return g_strv_builder_end (builder);
}

void
cw_chart_hatch_area (cairo_t   *cr,
                     CwPattern  pattern,
                     CwRgb      rgb,
                     double     alpha,
                     double     em)
{
  gboolean tint = alpha < 0.5;

  cw_render_hatch (cr, pattern, tint ? rgb : cw_render_text_on (rgb), tint ? 0.6 : 0.3, 0.6 * em);
}

void
cw_chart_fill_markers (cairo_t             *cr,
                       const CwRenderStyle *style,
                       CwRgb                rgb,
                       double               em)
{
  cw_render_set_colour (cr, rgb, 1);
  cairo_fill_preserve (cr);
  cw_render_set_colour (cr, style->background, 1);
  cairo_set_line_width (cr, 0.08 * em);
  cairo_stroke (cr);
}

static void
draw_swatch (cairo_t             *cr,
             const CwLegendEntry *entry,
             const CwRenderStyle *style,
             double               x,
             double               y,
             double               w,
             double               em)
{
  CwRgb rgb = style->colours[entry->colour];
  double mid = y - 0.35 * em;

  switch (entry->swatch)
    {
    case CW_SWATCH_AREA:
      cairo_rectangle (cr, x, y - 0.8 * em, w, 0.9 * em);
      cw_render_set_colour (cr, rgb, entry->alpha);
      cairo_fill_preserve (cr);
      cw_chart_hatch_area (cr, entry->pattern, rgb, entry->alpha, em);
      /* A faint fill alone would hardly show at swatch size. */
      cairo_rectangle (cr, x, y - 0.8 * em, w, 0.9 * em);
      cw_render_set_colour (cr, rgb, entry->alpha < 0.5 ? 0.6 : 0);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      return;
    case CW_SWATCH_DASHED:
      cairo_set_dash (cr, (double[]) { 0.45 * em, 0.3 * em }, 2, 0);
      break;
    case CW_SWATCH_RULE:
      cairo_set_dash (cr, CW_CHART_RULE_DASH (0.6 * em), 4, 0);
      break;
    case CW_SWATCH_LINE:
    case CW_SWATCH_THIN:
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_set_line_width (cr, (entry->swatch == CW_SWATCH_LINE ? 0.22 : 0.14) * em * style->line_scale);
  cairo_move_to (cr, x, mid);
  cairo_line_to (cr, x + w, mid);
  cw_render_set_colour (cr, rgb, 1);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  if (entry->marker != CW_MARKER_NONE)
    {
      cw_render_marker_path (cr, entry->marker, x + w / 2, mid, 0.3 * em);
      cw_chart_fill_markers (cr, style, rgb, em);
    }
}

void
cw_chart_draw_legend (cairo_t             *cr,
                      const CwChartSpec   *spec,
                      const CwChartLayout *layout)
{
  const CwRenderStyle *style = cw_render_style_of (spec->look);

  cairo_save (cr);
  cw_render_font (cr, layout->em, FALSE);
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const CwLegendEntry *entry = &g_array_index (layout->legend, CwLegendEntry, i);
      const CwLegendPlace *place = &layout->legend_places[i];

      draw_swatch (cr, entry, style, place->x, place->y, layout->swatch, layout->em);
      cw_render_set_colour (cr, style->text, 1);
      cw_render_text (cr, entry->label, place->x + layout->swatch + 0.6 * layout->em, place->y, 0);
    }
  cairo_restore (cr);
}

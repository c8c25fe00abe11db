/* cw-chart-readout.c — the values at the cursor under the legend: what the policy changed
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A room must see what its choice changed without reading two lines apart:
 * every chart says, at the cursor year (else the last one), each plotted
 * series' value, its no-policy value and the difference.
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"

/* The step the readout reads: the cursor's quarter, else the last one the
 * chart shows; never one after until_year, whose data are not drawn. */
static int
readout_step (const CwChartSpec *spec)
{
  int last = cw_chart_last_shown_step (spec);
  double step;

  if (!isfinite (spec->cursor_year))
    return last;
  step = round ((spec->cursor_year - spec->series->start_year) * CW_STEPS_PER_YEAR);
  return (int) CLAMP (step, 0, last);
}

/* "+0.10 firms", "−3 firms", or "0 firms" when it rounds to nothing. */
static char *
format_difference (CwOutput output,
                   double   difference)
{
  g_autofree char *magnitude = cw_chart_format_value (output, fabs (difference));
  g_autofree char *zero = cw_chart_format_value (output, 0);

  if (g_str_equal (magnitude, zero))
    return g_steal_pointer (&magnitude);
  return g_strconcat (difference > 0 ? "+" : "−", magnitude, NULL);
}

/* Statistic @stat of @output of @series at @year (a calendar year on a
 * quarter), or NAN where the series does not reach: runs of other scenarios
 * may start or end apart. */
static double
stat_at (const CwSeries *series,
         CwOutput        output,
         CwStat          stat,
         double          year)
{
  double step;

  if (series == NULL)
    return NAN;
  step = round ((year - series->start_year) * CW_STEPS_PER_YEAR);
  if (step < 0 || step >= series->n_steps)
    return NAN;
  return cw_series_get (series, output, stat)[(int) step];
}

static double
value_at (const CwSeries *series,
          CwOutput        output,
          double          year)
{
  return stat_at (series, output, CW_STAT_MEAN, year);
}

/* "Label: +0.10", with the paired band "Label: +0.10 (5–95 %: +0.04 to +0.17)". */
static char *
effect_item (const char     *label,
             const CwSeries *series,
             CwOutput        output,
             double          year,
             gboolean        band)
{
  g_autofree char *v = format_difference (output, value_at (series, output, year));
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (!band)
    return g_strdup_printf (_("%s: %s"), label, v);
  low = format_difference (output, stat_at (series, output, CW_STAT_P05, year));
  high = format_difference (output, stat_at (series, output, CW_STAT_P95, year));
  /* TRANSLATORS: an effect of the policy at the cursor and where 90 % of the
   * paired runs put it, e.g. "Upgrading index: +0.10 (5–95 %: +0.04 to +0.17)" */
  return g_strdup_printf (_("%s: %s (5–95 %%: %s to %s)"), label, v, low, high);
}

/* "Label: value (no policy X, ±D)", or "Label: value" without a baseline. */
static char *
readout_item (const char     *label,
              CwOutput        output,
              double          value,
              double          baseline)
{
  g_autofree char *v = cw_chart_format_value (output, value);
  g_autofree char *b = NULL;
  g_autofree char *d = NULL;

  if (!isfinite (value) || !isfinite (baseline))
    /* TRANSLATORS: a series and its value at the cursor, e.g. "Upgrading index: 0.63" */
    return g_strdup_printf (_("%s: %s"), label, v);
  b = cw_chart_format_value (output, baseline);
  d = format_difference (output, value - baseline);
  /* TRANSLATORS: a series, its value, its no-policy value and the difference,
   * e.g. "Upgrading index: 0.63 (no policy 0.53, +0.10)" */
  return g_strdup_printf (_("%s: %s (no policy %s, %s)"), label, v, b, d);
}

GStrv
cw_chart_readout (const CwChartSpec *spec)
{
  const CwChartKindDef *def;
  const CwChartPanelDef *panel;
  const CwSeries *baseline;
  g_autoptr(GStrvBuilder) items = NULL;
  g_autofree char *year_text = NULL;
  double year;

  g_return_val_if_fail (spec != NULL && spec->series != NULL, NULL);

  def = cw_chart_kind_def (spec->kind);
  if (!spec->show_readout || def->phase || spec->series->n_steps < 1)
    return NULL;
  panel = &def->panels[0];
  baseline = cw_chart_has_baseline (spec) ? spec->baseline : NULL;
  year = spec->series->start_year + (double) readout_step (spec) / CW_STEPS_PER_YEAR;
  items = g_strv_builder_new ();
  year_text = cw_chart_format_year (year);
  g_strv_builder_add (items, year_text);
  if (spec->effect)
    for (guint run = 0; run < cw_chart_n_runs (spec); run++)
      for (guint l = 0; l < (spec->n_compare > 0 ? 1 : panel->n_lines); l++)
        {
          CwOutput output = panel->lines[l].output;
          g_autofree char *item = effect_item (spec->n_compare > 0 ? cw_chart_run_name (spec, run)
                                                                   : _(cw_output_info (output)->name),
                                               cw_chart_run (spec, run), output, year,
                                               run == 0 && l == 0 && cw_chart_has_band (spec));

          g_strv_builder_add (items, item);
        }
  else if (spec->n_compare > 0)
    {
      CwOutput output = panel->lines[0].output;

      for (guint run = 0; run < cw_chart_n_runs (spec); run++)
        {
          g_autofree char *item = readout_item (cw_chart_run_name (spec, run), output,
                                                value_at (cw_chart_run (spec, run), output, year),
                                                value_at (baseline, output, year));
          g_strv_builder_add (items, item);
        }
    }
  else
    for (guint l = 0; l < panel->n_lines; l++)
      {
        CwOutput output = panel->lines[l].output;
        g_autofree char *item = readout_item (_(cw_output_info (output)->name), output,
                                              value_at (spec->series, output, year),
                                              value_at (baseline, output, year));

        g_strv_builder_add (items, item);
      }
  return g_strv_builder_end (items);
}

void
cw_chart_place_readout (CwChartLayout     *layout,
                        cairo_t           *cr,
                        const CwChartSpec *spec,
                        double             pad,
                        double            *bottom)
{
  double em = layout->em;
  double x = pad;
  double y = *bottom + 1.3 * em;
  guint n;

  layout->readout = cw_chart_readout (spec);
  if (layout->readout == NULL)
    return;
  n = g_strv_length (layout->readout);
  layout->readout_places = g_new0 (CwLegendPlace, MAX (1, n));
  for (guint i = 0; i < n; i++)
    {
      double item = cw_render_text_width (cr, layout->readout[i]);

      if (x > pad && x + item > layout->area.w - pad)
        {
          x = pad;
          y += 1.35 * em;
        }
      layout->readout_places[i] = (CwLegendPlace) { x, y };
      x += item + 1.4 * em;
    }
  *bottom = y + 0.4 * em;
}

void
cw_chart_draw_readout (cairo_t             *cr,
                       const CwChartSpec   *spec,
                       const CwChartLayout *layout)
{
  const CwRenderStyle *style = cw_render_style_of (spec->look);

  if (layout->readout == NULL)
    return;
  cairo_save (cr);
  for (guint i = 0; layout->readout[i] != NULL; i++)
    {
      /* The year in bold, the values as text. */
      cw_render_font (cr, layout->em, i == 0);
      cw_render_set_colour (cr, i == 0 ? style->text : style->muted, 1);
      cw_render_text (cr, layout->readout[i], layout->readout_places[i].x, layout->readout_places[i].y, 0);
    }
  cairo_restore (cr);
}

char *
cw_chart_effect_text (const CwChartSpec *spec)
{
  CwOutput output;
  const char *name;
  g_autofree char *year_text = NULL;
  g_autofree char *v = NULL;
  g_autofree char *b = NULL;
  g_autofree char *d = NULL;
  double year, value, without;

  g_return_val_if_fail (spec != NULL && spec->series != NULL, NULL);

  if (cw_chart_kind_def (spec->kind)->phase || spec->series->n_steps < 1)
    return NULL;
  output = cw_chart_kind_headline (spec->kind);
  name = _(cw_output_info (output)->name);
  year = spec->series->start_year + (double) readout_step (spec) / CW_STEPS_PER_YEAR;
  year_text = cw_chart_format_year (year);
  value = value_at (spec->series, output, year);
  without = value_at (spec->baseline, output, year);
  if (spec->effect)
    {
      d = format_difference (output, value);
      /* TRANSLATORS: what the policy changed in an outcome at a year,
       * e.g. "Effect on Upgrading index in 2031: +0.11" */
      return g_strdup_printf (_("Effect on %s in %s: %s"), name, year_text, d);
    }
  v = cw_chart_format_value (output, value);
  if (!isfinite (value) || !isfinite (without))
    /* TRANSLATORS: an outcome at a year, e.g. "Upgrading index in 2031: 0.52" */
    return g_strdup_printf (_("%s in %s: %s"), name, year_text, v);
  b = cw_chart_format_value (output, without);
  d = format_difference (output, value - without);
  /* TRANSLATORS: an outcome at a year with and without the policy and the
   * difference, e.g. "Upgrading index in 2031: 0.52 with the policy, 0.41
   * without, difference +0.11" */
  return g_strdup_printf (_("%s in %s: %s with the policy, %s without, difference %s"),
                          name, year_text, v, b, d);
}

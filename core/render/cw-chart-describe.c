/* cw-chart-describe.c — a chart in words and figures, for a screen reader
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-describe.h"
#include "cw-chart-private.h"

static int
decimals_of (CwOutput output)
{
  return cw_output_info (output)->kind == CW_OUTPUT_KIND_COUNT ? 0 : 2;
}

/* An effect with its sign, so that "+0.07" is heard as a gain. */
static char *
format_signed (double v,
               int    decimals)
{
  g_autofree char *number = cw_chart_format_number (fabs (v), decimals);
  g_autofree char *zero = cw_chart_format_number (0, decimals);

  if (g_strcmp0 (number, zero) == 0)
    return g_steal_pointer (&number);
  return g_strdup_printf ("%s%s", v < 0 ? "−" : "+", number);
}

/* "Upgrading index rises from 0.38 to 0.76 by 2040; without policy 0.69;
 * effect +0.07; 90 % of runs end between 0.72 and 0.80." */
static void
describe_trend (GString           *out,
                const CwChartSpec *spec,
                CwOutput           output)
{
  const CwSeries *series = spec->series;
  const char *name = _(cw_output_info (output)->name);
  int last = series->n_steps - 1, decimals = decimals_of (output);
  const double *mean = cw_series_get (series, output, CW_STAT_MEAN);
  g_autofree char *from = cw_chart_format_number (mean[0], decimals);
  g_autofree char *to = cw_chart_format_number (mean[last], decimals);
  g_autofree char *year = cw_chart_format_year (cw_chart_year_of_step (series, last));

  if (g_strcmp0 (from, to) == 0)
    /* TRANSLATORS: an outcome over the run, e.g. "Firms stays at 80 until 2040" */
    g_string_append_printf (out, _("%s stays at %s until %s"), name, to, year);
  else if (mean[last] > mean[0])
    /* TRANSLATORS: e.g. "Upgrading index rises from 0.38 to 0.76 by 2040" */
    g_string_append_printf (out, _("%s rises from %s to %s by %s"), name, from, to, year);
  else
    /* TRANSLATORS: e.g. "Openness falls from 0.60 to 0.41 by 2040" */
    g_string_append_printf (out, _("%s falls from %s to %s by %s"), name, from, to, year);

  if (cw_chart_has_baseline (spec) && spec->baseline->n_steps == series->n_steps)
    {
      double without = cw_series_get (spec->baseline, output, CW_STAT_MEAN)[last];
      g_autofree char *base = cw_chart_format_number (without, decimals);
      g_autofree char *effect = format_signed (mean[last] - without, decimals);

      /* TRANSLATORS: follows the trend of an outcome: its value without any
       * policy and the difference the policy makes, e.g. "; without policy 0.69; effect +0.07" */
      g_string_append_printf (out, _("; without policy %s; effect %s"), base, effect);
    }
  if (cw_chart_has_band (spec))
    {
      g_autofree char *low = cw_chart_format_number (cw_series_get (series, output, CW_STAT_P05)[last],
                                                     decimals);
      g_autofree char *high = cw_chart_format_number (cw_series_get (series, output, CW_STAT_P95)[last],
                                                      decimals);

      /* TRANSLATORS: the spread of the simulated runs at the end, e.g. "; 90 % of runs end between 0.72 and 0.80" */
      g_string_append_printf (out, _("; 90 %% of runs end between %s and %s"), low, high);
    }
  g_string_append (out, ". ");
}

/* "Effect of the policy on Upgrading index: +0.07 by 2040; 90 % of paired
 * runs between +0.03 and +0.11." */
static void
describe_effect (GString           *out,
                 const CwChartSpec *spec,
                 CwOutput           output)
{
  const CwSeries *series = spec->series;
  const char *name = _(cw_output_info (output)->name);
  int last = series->n_steps - 1, decimals = decimals_of (output);
  g_autofree char *effect = format_signed (cw_series_get (series, output, CW_STAT_MEAN)[last], decimals);
  g_autofree char *year = cw_chart_format_year (cw_chart_year_of_step (series, last));

  /* TRANSLATORS: what the policy changed by the end of the run, e.g.
   * "Effect of the policy on Upgrading index: +0.07 by 2040" */
  g_string_append_printf (out, _("Effect of the policy on %s: %s by %s"), name, effect, year);
  if (cw_chart_has_band (spec))
    {
      g_autofree char *low = format_signed (cw_series_get (series, output, CW_STAT_P05)[last], decimals);
      g_autofree char *high = format_signed (cw_series_get (series, output, CW_STAT_P95)[last], decimals);

      /* TRANSLATORS: the spread of the effect over runs with and without the
       * policy on the same random numbers, e.g. "; 90 % of paired runs between +0.03 and +0.11" */
      g_string_append_printf (out, _("; 90 %% of paired runs between %s and %s"), low, high);
    }
  g_string_append (out, ". ");
}

/* "In YEAR: Upgrading index 0.52; Process and product 0.41; …" */
static void
describe_year (GString           *out,
               const CwChartSpec *spec)
{
  const CwSeries *series = spec->series;
  double year = isfinite (spec->cursor_year) ? spec->cursor_year
                                             : cw_chart_year_of_step (series, series->n_steps - 1);
  g_autoptr(GPtrArray) values = cw_chart_values_at (spec, year);
  g_autofree char *when = cw_chart_format_year (year);
  g_autoptr(GString) list = g_string_new (NULL);

  if (values == NULL || values->len == 0)
    return;
  for (guint i = 0; i < values->len; i++)
    {
      const CwChartValue *value = g_ptr_array_index (values, i);

      if (i > 0)
        g_string_append (list, "; ");
      /* TRANSLATORS: one value in a list, e.g. "Upgrading index 0.52" */
      g_string_append_printf (list, C_("label and value", "%s %s"), value->label, value->text);
    }
  /* TRANSLATORS: the values a chart shows in one year, e.g. "In YEAR: Upgrading index 0.52; …" */
  g_string_append_printf (out, _("In %s: %s."), when, list->str);
}

char *
cw_chart_describe (const CwChartSpec *spec)
{
  const CwChartKindDef *def;
  GString *out;

  g_return_val_if_fail (spec != NULL && spec->series != NULL, NULL);

  def = cw_chart_kind_def (spec->kind);
  out = g_string_new (NULL);
  if (spec->series->n_steps < 1)
    return g_string_free (out, FALSE);
  if (def->phase)
    {
      describe_trend (out, spec, CW_OUT_HETEROGENEITY);
      describe_trend (out, spec, CW_OUT_OPENNESS);
    }
  else if (spec->effect)
    for (guint p = 0; p < def->n_panels; p++)
      describe_effect (out, spec, def->panels[p].lines[0].output);
  else
    for (guint p = 0; p < def->n_panels; p++)
      describe_trend (out, spec, def->panels[p].lines[0].output);
  describe_year (out, spec);
  return g_strstrip (g_string_free (out, FALSE));
}

static char *
table_cell (const CwChartSpec   *spec,
            const CwChartColumn *column,
            int                  step)
{
  double v = cw_chart_column_value (column, spec, step);

  if (column->kind == CW_COLUMN_CATEGORY)
    {
      const char *name = isfinite (v) ? cw_chart_category_name (spec, column->output, (int) v) : NULL;

      return g_strdup (name ? name : "—");
    }
  if (!isfinite (v))
    return g_strdup ("—");
  return cw_chart_format_number (v, decimals_of (column->output));
}

GPtrArray *
cw_chart_table (const CwChartSpec *spec)
{
  g_autoptr(GArray) columns = NULL;
  GPtrArray *rows, *row;

  g_return_val_if_fail (spec != NULL && spec->series != NULL, NULL);

  columns = cw_chart_columns (spec);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  row = g_ptr_array_new ();
  g_ptr_array_add (row, g_strdup (_("Year")));
  for (guint i = 0; i < columns->len; i++)
    g_ptr_array_add (row, g_strdup (g_array_index (columns, CwChartColumn, i).label));
  g_ptr_array_add (row, NULL);
  g_ptr_array_add (rows, g_ptr_array_free (row, FALSE));
  for (int s = 0; s < spec->series->n_steps; s++)
    {
      row = g_ptr_array_new ();
      g_ptr_array_add (row, cw_chart_format_year (cw_chart_year_of_step (spec->series, s)));
      for (guint i = 0; i < columns->len; i++)
        g_ptr_array_add (row, table_cell (spec, &g_array_index (columns, CwChartColumn, i), s));
      g_ptr_array_add (row, NULL);
      g_ptr_array_add (rows, g_ptr_array_free (row, FALSE));
    }
  return rows;
}

/* cw-chart-values.c — the data behind a chart: its columns, numbers and years as
 * text, hover values, hit testing
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"

static void
clear_column (gpointer data)
{
  CwChartColumn *column = data;

  g_free (column->id);
  g_free (column->label);
}

static void
add_series (GArray         *columns,
            const CwSeries *series,
            CwOutput        output,
            CwStat          stat,
            char           *id,
            char           *label)
{
  CwChartColumn column = { CW_COLUMN_SERIES, id, label, series, output, stat, NAN };

  g_array_append_val (columns, column);
}

/* What a column of @output is called: its id and name, or for an effect
 * "effect_ID" and "Effect on NAME". */
static char *
column_id (const CwChartSpec *spec,
           CwOutput           output)
{
  const char *id = cw_output_info (output)->id;

  return spec->effect ? g_strconcat ("effect_", id, NULL) : g_strdup (id);
}

static char *
column_name (const CwChartSpec *spec,
             CwOutput           output)
{
  const char *name = _(cw_output_info (output)->name);

  /* TRANSLATORS: a column or hover label of an effect chart, e.g. "Effect on Upgrading index" */
  return spec->effect ? g_strdup_printf (_("Effect on %s"), name) : g_strdup (name);
}

/* @output of the scenario or of comparison @run. */
static void
add_run (GArray            *columns,
         const CwChartSpec *spec,
         guint              run,
         CwOutput           output)
{
  g_autofree char *id = column_id (spec, output);
  g_autofree char *name = column_name (spec, output);

  if (run == 0)
    add_series (columns, spec->series, output, CW_STAT_MEAN, g_steal_pointer (&id), g_steal_pointer (&name));
  else
    add_series (columns, cw_chart_run (spec, run), output, CW_STAT_MEAN,
                g_strdup_printf ("compare_%u_%s", run, id),
                /* TRANSLATORS: a comparison scenario's name, then what is shown */
                g_strdup_printf (_("%s: %s"), cw_chart_run_name (spec, run), name));
}

/* Band and baseline of the main series, where the chart draws them. */
static void
add_main_extras (GArray            *columns,
                 const CwChartSpec *spec,
                 CwOutput           output)
{
  g_autofree char *id = column_id (spec, output);
  g_autofree char *name = column_name (spec, output);

  if (cw_chart_has_band (spec))
    {
      add_series (columns, spec->series, output, CW_STAT_P05, g_strdup_printf ("%s_p05", id),
                  /* TRANSLATORS: %s is an outcome, e.g. "Upgrading index" */
                  g_strdup_printf (_("%s, 5th percentile of runs"), name));
      add_series (columns, spec->series, output, CW_STAT_P95, g_strdup_printf ("%s_p95", id),
                  g_strdup_printf (_("%s, 95th percentile of runs"), name));
    }
  if (cw_chart_has_baseline (spec))
    add_series (columns, spec->baseline, output, CW_STAT_MEAN, g_strdup_printf ("baseline_%s", id),
                /* TRANSLATORS: %s is an outcome, e.g. "Upgrading index" */
                g_strdup_printf (_("%s, no policy"), name));
}

static void
add_category (GArray   *columns,
              CwOutput  output)
{
  const CwOutputInfo *info = cw_output_info (output);
  CwChartColumn column = { CW_COLUMN_CATEGORY, g_strdup (info->id), g_strdup (_(info->name)),
                           NULL, output, CW_STAT_MEAN, NAN };

  g_array_append_val (columns, column);
}

static void
add_panel (GArray                *columns,
           const CwChartSpec     *spec,
           const CwChartPanelDef *panel)
{
  gboolean lines = !cw_chart_stacked (spec, panel);

  for (guint l = 0; l < cw_chart_n_lines (spec, panel); l++)
    for (guint run = 0; run < (lines ? cw_chart_n_runs (spec) : 1); run++)
      add_run (columns, spec, run, panel->lines[l].output);
  if (lines)
    add_main_extras (columns, spec, panel->lines[0].output);
  if (panel->range_low >= 0 && spec->n_compare == 0 && !spec->effect && !cw_chart_is_lean (spec))
    {
      add_run (columns, spec, 0, panel->range_low);
      add_run (columns, spec, 0, panel->range_high);
    }
  if (panel->budget == CW_BUDGET_LINE_RATE && cw_chart_has_budget (spec))
    {
      CwChartColumn column = { CW_COLUMN_CONSTANT, g_strdup ("budget"), g_strdup (_("Budget")),
                               NULL, CW_OUT_SPEND, CW_STAT_MEAN, spec->budget };

      g_array_append_val (columns, column);
    }
  if (panel->shade >= 0 && !spec->effect)
    add_run (columns, spec, 0, panel->shade);
}

/* What the chart shows, one column per series; the step and year come first
 * in a CSV file but are not columns here. */
GArray *
cw_chart_columns (const CwChartSpec *spec)
{
  const CwChartKindDef *def = cw_chart_kind_def (spec->kind);
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (CwChartColumn));

  g_array_set_clear_func (columns, clear_column);
  if (def->phase)
    {
      for (guint run = 0; run < cw_chart_n_runs (spec); run++)
        {
          add_run (columns, spec, run, CW_OUT_HETEROGENEITY);
          add_run (columns, spec, run, CW_OUT_OPENNESS);
        }
      add_main_extras (columns, spec, CW_OUT_HETEROGENEITY);
      add_main_extras (columns, spec, CW_OUT_OPENNESS);
      add_category (columns, CW_OUT_LIFECYCLE);
      return columns;
    }
  for (guint p = 0; p < cw_chart_n_panels (spec); p++)
    add_panel (columns, spec, cw_chart_panel_def (spec, p));
  if (spec->series->stage_ids != NULL && spec->series->stage_ids[0] != NULL)
    add_category (columns, CW_OUT_POLICY_STAGE);
  if (def->ribbon >= 0)
    add_category (columns, def->ribbon);
  return columns;
}

/* The number in @column at @step of @spec's scenario: a value, a constant or a
 * category code; NAN where a shorter comparison has ended. */
double
cw_chart_column_value (const CwChartColumn *column,
                       const CwChartSpec   *spec,
                       int                  step)
{
  switch (column->kind)
    {
    case CW_COLUMN_SERIES:
      if (step >= column->series->n_steps)
        return NAN;
      return cw_series_get (column->series, column->output, column->stat)[step];
    case CW_COLUMN_CONSTANT:
      return column->constant;
    case CW_COLUMN_CATEGORY:
      return cw_series_get (spec->series, column->output, CW_STAT_MEAN)[step];
    }
  g_assert_not_reached ();
}

void
cw_chart_value_free (CwChartValue *value)
{
  if (value == NULL)
    return;
  g_free (value->label);
  g_free (value->text);
  g_free (value);
}

/* A count with its noun, inflected for the number: "1 firm", "37 firms". */
static char *
format_count (const char *unit,
              const char *number,
              double      v)
{
  gulong n = (gulong) fabs (round (v));

  if (g_str_equal (unit, "prototypes"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s prototype", "%s prototypes", n), number);
  if (g_str_equal (unit, "quarters"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s quarter", "%s quarters", n), number);
  g_return_val_if_fail (g_str_equal (unit, "firms"), g_strdup (number));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s firm", "%s firms", n), number);
}

char *
cw_chart_format_value (CwOutput output,
                       double   v)
{
  const CwOutputInfo *info = cw_output_info (output);
  g_autofree char *number = NULL;

  if (info->kind == CW_OUTPUT_KIND_COUNT)
    number = cw_chart_format_number (v, 0);
  else
    number = cw_chart_format_number (v, 2);
  if (info->unit[0] == '\0' || !isfinite (v))
    return g_steal_pointer (&number);
  if (info->kind == CW_OUTPUT_KIND_COUNT)
    return format_count (info->unit, number, v);
  /* TRANSLATORS: an amount with decimals and the symbol it is measured in, e.g. "1.20 M€/year" */
  return g_strdup_printf (C_("amount", "%s %s"), number, _(info->unit));
}

/**
 * cw_chart_values_at:
 *
 * Returns: (transfer full) (nullable): the values at the quarter nearest to
 *   @year, labelled as in the legend; NULL when @year is outside the run.
 */
GPtrArray *
cw_chart_values_at (const CwChartSpec *spec,
                    double             year)
{
  g_autoptr(GArray) columns = NULL;
  GPtrArray *values;
  double step;

  g_return_val_if_fail (spec != NULL && spec->series != NULL, NULL);

  step = round ((year - spec->series->start_year) * CW_STEPS_PER_YEAR);
  if (!(step >= 0 && step < spec->series->n_steps))
    return NULL;
  columns = cw_chart_columns (spec);
  values = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_chart_value_free);
  for (guint i = 0; i < columns->len; i++)
    {
      const CwChartColumn *column = &g_array_index (columns, CwChartColumn, i);
      CwChartValue *value = g_new0 (CwChartValue, 1);

      value->label = g_strdup (column->label);
      value->value = cw_chart_column_value (column, spec, (int) step);
      if (column->kind == CW_COLUMN_CATEGORY)
        {
          const char *name = isfinite (value->value)
                             ? cw_chart_category_name (spec, column->output, (int) lround (value->value))
                             : NULL;

          value->value = NAN;
          value->text = g_strdup (name != NULL ? name : "–");
        }
      else
        value->text = cw_chart_format_value (column->output, value->value);
      g_ptr_array_add (values, value);
    }
  return values;
}

/* The phase plot's step nearest to (@x, @y), within a few letters' distance. */
static double
phase_year_at (const CwChartSpec   *spec,
               const CwChartLayout *layout,
               double               x,
               double               y)
{
  const CwSeries *series = spec->series;
  const double *h = cw_series_get (series, CW_OUT_HETEROGENEITY, CW_STAT_MEAN);
  const double *o = cw_series_get (series, CW_OUT_OPENNESS, CW_STAT_MEAN);
  double best = 3 * layout->em;
  int best_step = -1;

  for (int s = 0; s < series->n_steps; s++)
    {
      double d = hypot (cw_chart_layout_x (layout, h[s]) - x, cw_chart_layout_y (layout, 0, o[s]) - y);

      if (d < best)
        {
          best = d;
          best_step = s;
        }
    }
  return best_step < 0 ? NAN : cw_chart_year_of_step (series, best_step);
}

double
cw_chart_year_at (const CwChartSpec *spec,
                  double             width,
                  double             height,
                  double             x,
                  double             y)
{
  g_autoptr(cairo_t) cr = NULL;
  CwChartLayout layout;
  const CwRect *r;
  double year = NAN;

  g_return_val_if_fail (spec != NULL && spec->series != NULL, NAN);

  cr = cw_render_measure_context ();
  cw_chart_layout_init (&layout, cr, spec, width, height);
  r = &layout.panels[0].rect;
  if (cw_chart_kind_def (spec->kind)->phase)
    year = phase_year_at (spec, &layout, x, y);
  else if (x >= r->x && x <= r->x + r->w)
    {
      double step = round ((layout.x_min + (x - r->x) / r->w * (layout.x_max - layout.x_min)
                            - spec->series->start_year) * CW_STEPS_PER_YEAR);

      year = cw_chart_year_of_step (spec->series, (int) CLAMP (step, 0, spec->series->n_steps - 1));
    }
  cw_chart_layout_clear (&layout);
  return year;
}

/* A number for an axis or a hover label, in the user's locale (0,5 in German). */
char *
cw_chart_format_number (double v,
                        int    decimals)
{
  if (!isfinite (v))
    return g_strdup ("–");
  if (fabs (v) >= 1e7)
    return g_strdup_printf ("%.3g", v);
  return g_strdup_printf ("%.*f", decimals, v);
}

/* "2031" on a whole year, "Q3 2031" within it. */
char *
cw_chart_format_year (double year)
{
  int whole = (int) floor (year);
  int quarter = (int) lround ((year - whole) * CW_STEPS_PER_YEAR);

  if (quarter == 0)
    return g_strdup_printf ("%d", whole);
  if (quarter == CW_STEPS_PER_YEAR)
    return g_strdup_printf ("%d", whole + 1);
  /* TRANSLATORS: a quarter of a year, e.g. "Q3 2031" */
  return g_strdup_printf (_("Q%d %d"), quarter + 1, whole);
}

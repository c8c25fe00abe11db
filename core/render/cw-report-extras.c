/* cw-report-extras.c — the report pages the window adds: variants, explain, history
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-report"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-chart.h"
#include "cw-report-private.h"
#include "cw-waterfall.h"

/* The headline charts with every variant drawn over the scenario. */
static const CwChartKind variant_charts[] = { CW_CHART_UPGRADING, CW_CHART_CAPABILITIES };

static void
draw_variants (CwReport             *report,
               const CwReportExtras *extras)
{
  const double height = (CW_REPORT_BOTTOM - CW_REPORT_TOP - CW_REPORT_HEADING_SIZE - 2 * CW_REPORT_GAP) / 3;
  g_autofree CwReportColumn *columns = NULL;

  cw_report_begin_page (report, _("Variants compared"));
  if (extras->table != NULL && extras->table_columns > 0)
    {
      double first = CW_REPORT_WIDTH * 0.34, rest = (CW_REPORT_WIDTH - first) / MAX (extras->table_columns - 1, 1);

      columns = g_new (CwReportColumn, extras->table_columns);
      columns[0] = (CwReportColumn) { CW_REPORT_LEFT, first, 0 };
      for (guint c = 1; c < extras->table_columns; c++)
        columns[c] = (CwReportColumn) { CW_REPORT_LEFT + first + (c - 1) * rest, rest, 1 };
      for (guint r = 0; r <= extras->table_rows; r++)
        {
          const char *const *cells = extras->table + (gsize) r * extras->table_columns;

          cw_report_ensure_space (report, cw_report_row_height (report, columns, cells, extras->table_columns, r == 0),
                                  _("Variants compared"));
          cw_report_row (report, columns, cells, extras->table_columns, r == 0, r == 0);
        }
      report->y += CW_REPORT_GAP;
    }
  for (guint i = 0; i < G_N_ELEMENTS (variant_charts); i++)
    {
      CwChartSpec spec;

      cw_report_ensure_space (report, height, _("Variants compared"));
      cw_report_chart_spec (report, variant_charts[i], &spec);
      for (guint v = 0; v < MIN (extras->n_variants, CW_CHART_MAX_COMPARE); v++)
        {
          spec.compare[v] = extras->variants[v].series;
          spec.compare_names[v] = extras->variants[v].name;
          spec.n_compare++;
        }
      cw_report_chart (report, &spec, height);
    }
}

static void
draw_explain (CwReport             *report,
              const CwReportExtras *extras)
{
  g_autoptr(CwAttribution) a = cw_explanation_attribute (extras->explanation, extras->explain_output,
                                                        extras->explain_step);
  const CwScenario *sc = cw_explanation_get_scenario (extras->explanation);
  CwWaterfallSpec spec = { .attribution = a, .font_scale = 0.8 };
  double height = cw_waterfall_height (&spec, CW_REPORT_WIDTH);

  cw_report_begin_page (report, _("Why the outcome moved"));
  cw_report_paragraph (report, _("The Shapley value of each lever group: its average contribution over "
                                 "every order in which the groups could be added to the no-policy "
                                 "cluster, with the same random numbers. The parts add up to the "
                                 "total effect (docs/model.md 10)."), CW_REPORT_BODY_SIZE, FALSE);
  report->y += CW_REPORT_GAP;
  cairo_save (report->cr);
  cairo_translate (report->cr, CW_REPORT_LEFT, report->y);
  cw_waterfall_draw (report->cr, CW_REPORT_WIDTH, height, &spec);
  cairo_restore (report->cr);
  report->y += height + CW_REPORT_GAP;
  for (guint i = 0; i < a->groups->len; i++)
    {
      const CwExplainPart *part = &g_array_index (a->groups, CwExplainPart, i);
      g_autofree char *sources = cw_explain_group_sources (sc, part->group);
      g_autofree char *value = cw_waterfall_value (a, part);
      g_autofree char *heading = g_strdup_printf ("%s: %s", part->name, value);
      g_autofree char *cited = g_strdup_printf (_("Sources: %s"), sources);

      cw_report_ensure_space (report, 6 * CW_REPORT_LINE_HEIGHT, _("Why the outcome moved"));
      cw_report_paragraph (report, heading, CW_REPORT_BODY_SIZE, TRUE);
      cw_report_paragraph (report, cw_explain_group_note (part->group), CW_REPORT_BODY_SIZE, FALSE);
      cw_report_paragraph (report, cited, CW_REPORT_SMALL_SIZE, FALSE);
    }
}

static const CwReportColumn history_columns[] = {
  { CW_REPORT_LEFT, 60, 0 },
  { CW_REPORT_LEFT + 60, 303, 0 },
  { CW_REPORT_LEFT + 363, CW_REPORT_WIDTH - 363, 1 },
};

static void
draw_history (CwReport             *report,
              const CwReportExtras *extras)
{
  const char *headings[3] = { _("Time"), _("What changed"), _("Headline outcome") };

  cw_report_begin_page (report, _("Session history"));
  cw_report_row (report, history_columns, headings, 3, TRUE, TRUE);
  for (guint i = 0; i < extras->n_history; i++)
    {
      const CwReportHistoryEntry *entry = &extras->history[i];
      const char *cells[3] = { entry->time, entry->change, entry->headline };

      if (cw_report_ensure_space (report, cw_report_row_height (report, history_columns, cells, 3, FALSE),
                                  _("Session history")))
        cw_report_row (report, history_columns, headings, 3, TRUE, TRUE);
      cw_report_row (report, history_columns, cells, 3, FALSE, FALSE);
    }
}

void
cw_report_draw_extras (CwReport             *report,
                       const CwReportExtras *extras)
{
  if (extras->n_variants > 0 || extras->table_rows > 0)
    draw_variants (report, extras);
  if (extras->explanation != NULL)
    draw_explain (report, extras);
  if (extras->n_history > 0)
    draw_history (report, extras);
}

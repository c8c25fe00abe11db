/* cw-report-outcomes.c — the report's last page: the outcomes after 5, 10 and
 * 15 years against the no-policy run
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-local-number.h"
#include "cw-outcomes.h"
#include "cw-report-private.h"

static const CwReportColumn columns[] = {
  { CW_REPORT_LEFT, 243, 0 },
  { CW_REPORT_LEFT + 243, 80, 1 },
  { CW_REPORT_LEFT + 323, 80, 1 },
  { CW_REPORT_LEFT + 403, CW_REPORT_WIDTH - 403, 1 },
};

static void
draw_year (CwReport              *report,
           const CwOutcomesTable *table,
           guint                  i)
{
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "After %d year", "After %d years",
                                                         table->years[i]), table->years[i]);
  const char *headings[4] = { title, _("Scenario"), _("No policy"), _("Change") };

  cw_report_row (report, columns, headings, 4, TRUE, TRUE);
  for (int o = 0; o < CW_N_OUTCOMES; o++)
    {
      g_autofree char *scenario = cw_local_number (cw_outcome_format (o, table->scenario[o][i]));
      g_autofree char *baseline = cw_local_number (cw_outcome_format (o, table->baseline[o][i]));
      g_autofree char *change = cw_local_number (cw_outcome_format_change (o, table->scenario[o][i],
                                                                           table->baseline[o][i]));
      const char *cells[4] = { cw_outcome_name (o), scenario, baseline, change };

      cw_report_row (report, columns, cells, 4, FALSE, FALSE);
    }
  report->y += CW_REPORT_ROW_HEIGHT;
}

void
cw_report_draw_outcomes (CwReport *report)
{
  const CwSeries *series = report->series;
  g_autofree CwOutcomesTable *table = NULL;
  g_autofree char *intro = NULL;
  int years[3];
  guint n_years = cw_outcomes_default_years (cw_series_years (series), years);

  table = cw_outcomes_table (series, report->baseline, years, n_years);
  cw_report_begin_page (report, _("Outcomes against no policy"));
  intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "The scenario against the same cluster with every lever at 0 "
                                        "(the same random numbers), from %d run. Shares run from 0 to 1; "
                                        "governance and life-cycle stage are the most frequent.",
                                        "The scenario against the same cluster with every lever at 0 "
                                        "(the same random numbers), means of %d runs. Shares run from 0 to 1; "
                                        "governance and life-cycle stage are the most frequent.",
                                        series->runs), series->runs);
  cw_report_paragraph (report, intro, CW_REPORT_BODY_SIZE, FALSE);
  report->y += CW_REPORT_ROW_HEIGHT / 2;
  for (guint i = 0; i < table->n_years; i++)
    draw_year (report, table, i);
}

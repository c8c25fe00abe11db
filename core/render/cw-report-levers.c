/* cw-report-levers.c — the report's levers table: standing levers, each
 * stage's levers and durations, and what they cost per year
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-budget.h"
#include "cw-report-private.h"

static const CwReportColumn lever_columns[] = {
  { CW_REPORT_LEFT, 175, 0 },
  { CW_REPORT_LEFT + 175, 145, 0 },
  { CW_REPORT_LEFT + 320, 70, 1 },
  { CW_REPORT_LEFT + 390, CW_REPORT_WIDTH - 390, 1 },
};

/* A section's heading row: its name on the left, a remark on the right. */
static const CwReportColumn section_columns[] = {
  { CW_REPORT_LEFT, 360, 0 },
  { CW_REPORT_LEFT + 360, CW_REPORT_WIDTH - 360, 1 },
};

static void
column_headings (CwReport *report)
{
  const char *headings[4] = { _("Lever"), _("Group"), _("Intensity"), _("M€ per year") };

  cw_report_row (report, lever_columns, headings, 4, TRUE, FALSE);
  cw_report_rule (report);
}

/* A page break inside the table repeats the column headings. */
static void
ensure_rows (CwReport *report,
             double    rows)
{
  if (cw_report_ensure_space (report, rows * CW_REPORT_ROW_HEIGHT, _("Levers and costs")))
    column_headings (report);
}

static void
lever_row (CwReport *report,
           CwLever   lever,
           double    intensity)
{
  const CwLeverInfo *info = cw_lever_info (lever);
  /* Numbers a person reads: in the user's locale. */
  g_autofree char *value = g_strdup_printf ("%.2f", intensity);
  g_autofree char *cost = g_strdup_printf ("%.2f", cw_budget_lever_cost (report->scenario, lever, intensity));
  const char *cells[4] = { _(info->name), cw_lever_group_name (info->group), value, cost };

  ensure_rows (report, cw_report_row_height (report, lever_columns, cells, 4, FALSE) / CW_REPORT_ROW_HEIGHT);
  cw_report_row (report, lever_columns, cells, 4, FALSE, FALSE);
}

/* Starts a section of @n_levers rows and a total, on a new page unless it
 * fits (or would not fit on any page: then at least its heading and a row). */
static void
section_row (CwReport   *report,
             const char *name,
             const char *remark,
             guint       n_levers)
{
  const char *cells[2] = { name, remark };
  double rows = 1.5 + MAX (n_levers, 1) + 1;

  ensure_rows (report, rows * CW_REPORT_ROW_HEIGHT < CW_REPORT_BOTTOM - CW_REPORT_TOP - 60 ? rows : 3.5);
  report->y += CW_REPORT_ROW_HEIGHT / 2;
  cw_report_row (report, section_columns, cells, 2, TRUE, TRUE);
}

static void
total_row (CwReport   *report,
           const char *label,
           double      cost)
{
  g_autofree char *total = g_strdup_printf ("%.2f", cost);
  const char *cells[2] = { label, total };
  const CwReportColumn columns[] = {
    { CW_REPORT_LEFT, lever_columns[3].x - CW_REPORT_LEFT, 0 },
    lever_columns[3],
  };

  ensure_rows (report, cw_report_row_height (report, columns, cells, 2, TRUE) / CW_REPORT_ROW_HEIGHT);
  cw_report_rule (report);
  cw_report_row (report, columns, cells, 2, TRUE, FALSE);
}

static char *
duration_text (const CwStage *stage)
{
  if (stage->min_quarters == stage->max_quarters)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d quarter", "%d quarters", stage->max_quarters),
                            stage->max_quarters);
  /* TRANSLATORS: how long a stage runs, e.g. "4–8 quarters" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d–%d quarter", "%d–%d quarters", stage->max_quarters),
                          stage->min_quarters, stage->max_quarters);
}

static void
draw_stage (CwReport      *report,
            const CwStage *stage)
{
  g_autofree char *title = g_strdup_printf ("%s (%s)", stage->name, cw_stage_kind_name (stage->kind));
  g_autofree char *duration = duration_text (stage);
  guint n_levers = __builtin_popcount (stage->held);

  section_row (report, title, duration, n_levers);
  for (int l = 0; l < CW_N_LEVERS; l++)
    if (stage->held & (1u << l))
      lever_row (report, l, stage->levers[l]);
  if (n_levers == 0)
    cw_report_paragraph (report, _("No levers of its own."), CW_REPORT_TABLE_SIZE, FALSE);
  total_row (report, _("Per year while it runs, with the standing levers"),
             cw_budget_stage_cost (report->scenario, stage));
}

void
cw_report_draw_levers (CwReport *report)
{
  const CwScenario *sc = report->scenario;
  g_autofree char *intro = NULL;

  cw_report_begin_page (report, _("Levers and costs"));
  intro = g_strdup_printf (_("Annual budget: %.1f M€. Costs are the parameters cost_<lever> times the "
                             "intensity; where the levers in force cost more, the model scales them down."),
                           sc->profile[CW_PROFILE_BUDGET]);
  cw_report_paragraph (report, intro, CW_REPORT_BODY_SIZE, FALSE);
  column_headings (report);

  section_row (report, _("Standing levers"), _("the whole horizon"), __builtin_popcount (sc->standing_held));
  if (sc->standing_held == 0)
    cw_report_paragraph (report, _("None."), CW_REPORT_TABLE_SIZE, FALSE);
  for (int l = 0; l < CW_N_LEVERS; l++)
    if (sc->standing_held & (1u << l))
      lever_row (report, l, sc->standing[l]);
  if (sc->standing_held != 0)
    total_row (report, _("Per year, standing levers alone"), cw_budget_stage_cost (sc, NULL));

  for (guint i = 0; i < sc->stages->len; i++)
    draw_stage (report, g_ptr_array_index (sc->stages, i));
}

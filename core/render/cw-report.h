/* cw-report.h — the workshop minutes: a scenario's report as a PDF
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A4 portrait pages: the scenario and its cycle diagram, the levers with their
 * costs, the key outcome charts and the outcomes table against the no-policy
 * run, drawn with the same cairo code as the window.
 */
#pragma once

#include <glib.h>

#include "cw-explainer.h"
#include "cw-render-error.h"
#include "cw-scenario.h"
#include "cw-series.h"

G_BEGIN_DECLS

/* Writes the report of @scenario, run as @series, against @baseline (the
 * no-policy run with the same seeds; NULL leaves it out of charts and table)
 * to @path, atomically (a temporary file renamed into place). @date is
 * printed on the title page; NULL: today. */
gboolean cw_report_write (const CwScenario *scenario,
                          const CwSeries   *series,
                          const CwSeries   *baseline,
                          GDateTime        *date,
                          const char       *path,
                          GError          **error);

/* One evaluated state of the session, as its history lists it. */
typedef struct {
  const char *time;        /* when, e.g. "14:05" */
  const char *change;      /* what changed, in words */
  const char *headline;    /* the headline outcome then, formatted */
} CwReportHistoryEntry;

/* A pinned variant and its runs, drawn over the scenario in the headline charts. */
typedef struct {
  const char     *name;
  const CwSeries *series;
} CwReportVariant;

/* What the window adds to the minutes. Every part is optional: NULL or 0
 * leaves its page out. The variants' key-outcome table comes as text (the
 * compare code formats it): @table_columns headings, then @table_rows rows of
 * as many cells. */
typedef struct {
  const CwExplanation        *explanation;    /* the explain waterfall and its notes */
  CwOutput                    explain_output;
  int                         explain_step;
  const CwReportVariant      *variants;       /* at most CW_CHART_MAX_COMPARE are drawn */
  guint                       n_variants;
  const char *const          *table;          /* [table_rows + 1][table_columns] */
  guint                       table_columns;
  guint                       table_rows;
  const CwReportHistoryEntry *history;
  guint                       n_history;
} CwReportExtras;

/* cw_report_write() with the compared variants, the explain waterfall and
 * the session history after the outcomes. */
gboolean cw_report_write_with (const CwScenario     *scenario,
                               const CwSeries       *series,
                               const CwSeries       *baseline,
                               const CwReportExtras *extras,
                               GDateTime            *date,
                               const char           *path,
                               GError              **error);

G_END_DECLS

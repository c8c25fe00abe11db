/* cw-report-private.h — what the report's pages share: the page, its
 * margins, type sizes and tables
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-chart.h"
#include "cw-render-private.h"
#include "cw-report.h"

G_BEGIN_DECLS

/* A4 portrait in points, with 2 cm margins. */
#define CW_REPORT_PAGE_WIDTH 595.276
#define CW_REPORT_PAGE_HEIGHT 841.890
#define CW_REPORT_MARGIN 56.7
#define CW_REPORT_LEFT CW_REPORT_MARGIN
#define CW_REPORT_RIGHT (CW_REPORT_PAGE_WIDTH - CW_REPORT_MARGIN)
#define CW_REPORT_TOP CW_REPORT_MARGIN
#define CW_REPORT_BOTTOM (CW_REPORT_PAGE_HEIGHT - CW_REPORT_MARGIN)
#define CW_REPORT_WIDTH (CW_REPORT_RIGHT - CW_REPORT_LEFT)

/* Type sizes in points. */
#define CW_REPORT_TITLE_SIZE 22.0
#define CW_REPORT_HEADING_SIZE 14.0
#define CW_REPORT_BODY_SIZE 10.0
#define CW_REPORT_TABLE_SIZE 9.0
#define CW_REPORT_SMALL_SIZE 8.0
#define CW_REPORT_ROW_HEIGHT 13.5
/* A table cell wraps onto at most this many lines, this far apart. */
#define CW_REPORT_MAX_CELL_LINES 2
#define CW_REPORT_LINE_HEIGHT 11.0
/* Between blocks of a page. */
#define CW_REPORT_GAP 10.0

/* Pages are drawn onto recording surfaces first, so that the footer can say
 * how many there are when they are copied into the PDF. */
typedef struct {
  cairo_t          *cr;        /* the current page */
  GPtrArray        *pages;     /* cairo_surface_t*, recording surfaces */
  const CwScenario *scenario;
  const CwSeries   *series;
  const CwSeries   *baseline;
  double            y;         /* top of what comes next */
} CwReport;

/* A table column: its left edge and width; @align 0 left, 1 right. */
typedef struct {
  double x;
  double width;
  double align;
} CwReportColumn;

/* The scenario's title, or "Untitled scenario". */
const char *cw_report_scenario_title (const CwScenario *scenario);
/* Text colour: the body's, or the muted one of headers and footers. */
void     cw_report_set_ink       (cairo_t              *cr,
                                  gboolean              muted);
/* Starts a page of @width × @height points, A4 portrait or landscape, with
 * @heading (or none) under the running header. */
void     cw_report_begin_sized_page (CwReport          *report,
                                     const char        *heading,
                                     double             width,
                                     double             height);
/* Starts an A4 portrait page with @heading under the running header; the
 * footer numbers it. */
void     cw_report_begin_page    (CwReport             *report,
                                  const char           *heading);
/* Starts a page headed "@heading (continued)" unless @height fits below y;
 * returns TRUE when it did. */
gboolean cw_report_ensure_space  (CwReport             *report,
                                  double                height,
                                  const char           *heading);
/* @text wrapped into @width from y at @size; moves y below it. */
void     cw_report_paragraph     (CwReport             *report,
                                  const char           *text,
                                  double                size,
                                  gboolean              bold);
/* The height of a row of @cells: taller where a cell wraps. */
double   cw_report_row_height    (CwReport             *report,
                                  const CwReportColumn *columns,
                                  const char *const    *cells,
                                  guint                 n,
                                  gboolean              bold);
/* One table row of @n cells at y, each wrapped into its column; moves y down.
 * @shade: a light band behind the row. */
void     cw_report_row           (CwReport             *report,
                                  const CwReportColumn *columns,
                                  const char *const    *cells,
                                  guint                 n,
                                  gboolean              bold,
                                  gboolean              shade);
/* A chart of @kind of the report's runs against its baseline, with text at
 * about the body's size. */
void     cw_report_chart_spec    (CwReport             *report,
                                  CwChartKind           kind,
                                  CwChartSpec          *spec);
/* @spec drawn across the text width at y, in @height with a gap below; moves
 * y below it. */
void     cw_report_chart         (CwReport             *report,
                                  const CwChartSpec    *spec,
                                  double                height);
/* A hairline across the text width at y. */
void     cw_report_rule          (CwReport             *report);

void     cw_report_draw_levers   (CwReport             *report);
void     cw_report_draw_outcomes (CwReport             *report);
/* The variants, the explain waterfall and the session history, each when given. */
void     cw_report_draw_extras   (CwReport             *report,
                                  const CwReportExtras *extras);

G_END_DECLS

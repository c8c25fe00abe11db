/* cw-chart-export.h — a chart to PNG, SVG or PDF, its data to CSV
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cw-chart.h"
#include "cw-render-error.h"

G_BEGIN_DECLS

typedef enum {
  CW_CHART_FORMAT_PNG,
  CW_CHART_FORMAT_SVG,
  CW_CHART_FORMAT_PDF,
  CW_CHART_FORMAT_CSV,
  CW_N_CHART_FORMATS
} CwChartFormat;

const char *cw_chart_format_id      (CwChartFormat      format);
int         cw_chart_format_from_id (const char        *id);

/* The chart's series, one row per step, numbers in the C locale; a stage
 * column has the stage's id and then its name. The life cycle's file has
 * the columns of the phase plot too. With @spec's settings the rows follow
 * the run's record, as in `run`'s CSV (cw_run_record_append_csv()). */
char       *cw_chart_to_csv         (const CwChartSpec *spec);

/* The name a file of chart @kind of the scenario @scenario (its file's name
 * without extension, or its title) is offered under, e.g. "hamburg-aviation –
 * Upgrading.png"; characters a file name cannot have become "-". */
char       *cw_chart_export_name    (const char        *scenario,
                                     CwChartKind        kind,
                                     CwChartFormat      format);
/* The same for any figure named @figure, e.g. "hamburg-aviation – Explain
 * Upgrading.png". */
char       *cw_figure_export_name   (const char        *scenario,
                                     const char        *figure,
                                     CwChartFormat      format);

/* Writes @spec as @format to @path (a temporary file renamed into place).
 * @width and @height are pixels for PNG and points (1/72 inch) for SVG and
 * PDF; CSV ignores them. The figure is headed by @spec's title when it has
 * one; the life cycle has its phase plot beside it, as on screen. */
gboolean    cw_chart_export         (const CwChartSpec *spec,
                                     CwChartFormat      format,
                                     double             width,
                                     double             height,
                                     const char        *path,
                                     GError           **error);

G_END_DECLS

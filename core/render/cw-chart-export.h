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

/* The chart's series, one row per step, numbers in the C locale. */
char       *cw_chart_to_csv         (const CwChartSpec *spec);

/* Writes @spec as @format to @path (a temporary file renamed into place).
 * @width and @height are pixels for PNG and points (1/72 inch) for SVG and
 * PDF; CSV ignores them. */
gboolean    cw_chart_export         (const CwChartSpec *spec,
                                     CwChartFormat      format,
                                     double             width,
                                     double             height,
                                     const char        *path,
                                     GError           **error);

/* Draws onto a @width × @height surface. */
typedef void (*CwDrawFunc) (cairo_t       *cr,
                            double         width,
                            double         height,
                            gconstpointer  data);

/* Writes what @draw draws from @data as @format (PNG, SVG or PDF) to @path,
 * as cw_chart_export() writes a chart: every drawing exports the same way. */
gboolean    cw_render_export        (CwDrawFunc         draw,
                                     gconstpointer      data,
                                     CwChartFormat      format,
                                     double             width,
                                     double             height,
                                     const char        *path,
                                     GError           **error);

G_END_DECLS

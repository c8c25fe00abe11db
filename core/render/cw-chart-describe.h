/* cw-chart-describe.h — a chart in words and figures, for a screen reader
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-chart.h"

G_BEGIN_DECLS

/* What @spec shows, translated: the main outcome over the run (start, end,
 * without policy, effect, the spread of runs) and every value at the cursor
 * year, or at the last year when there is no cursor. */
char      *cw_chart_describe (const CwChartSpec *spec);

/* The numbers of the CSV export as a table in the user's language: a GStrv
 * per row, the headings first, then one row per quarter with its year first.
 * Free with g_ptr_array_unref(). */
GPtrArray *cw_chart_table    (const CwChartSpec *spec);

G_END_DECLS

/* cw-chart-view.h — one outcome chart, drawn by the core, with hover and a year cursor
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cw-chart.h"
#include "cw-evaluator.h"

G_BEGIN_DECLS

#define CW_TYPE_CHART_VIEW (cw_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (CwChartView, cw_chart_view, CW, CHART_VIEW, GtkWidget)

/* The results to draw come from @evaluator; the view redraws on its signals. */
void          cw_chart_view_set_evaluator  (CwChartView *self,
                                            CwEvaluator *evaluator);
/* Budget line and stage names (id → name) of the scenario shown. */
void          cw_chart_view_set_context    (CwChartView *self,
                                            double       budget,
                                            GHashTable  *stage_names);
void          cw_chart_view_set_cursor     (CwChartView *self,
                                            double       year);
/* Draws the data up to @year only (NAN: all), on the whole time axis. */
void          cw_chart_view_set_until      (CwChartView *self,
                                            double       year);
CwChartKind   cw_chart_view_get_kind       (CwChartView *self);
/* The spec of what is on screen, for export; FALSE when there is nothing yet.
 * Pointers in @spec stay valid until the evaluator reports again. */
gboolean      cw_chart_view_get_spec       (CwChartView *self,
                                            CwChartSpec *spec);

G_END_DECLS

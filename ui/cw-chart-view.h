/* cw-chart-view.h — one outcome chart, drawn by the core, with hover and a year cursor
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cw-chart.h"
#include "cw-compare-variants.h"
#include "cw-evaluator.h"

G_BEGIN_DECLS

#define CW_TYPE_CHART_VIEW (cw_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (CwChartView, cw_chart_view, CW, CHART_VIEW, GtkWidget)

/* Draws the results @evaluator publishes, each as it arrives. */
void          cw_chart_view_set_evaluator  (CwChartView *self,
                                            CwEvaluator *evaluator);
CwResult     *cw_chart_view_get_result     (CwChartView *self);
/* Animates the chart from the run before the last new one to the current
 * run over CW_REPLAY_SECONDS on the frame clock; FALSE when there was no
 * earlier run. */
gboolean      cw_chart_view_replay         (CwChartView *self);
gboolean      cw_chart_view_get_replaying  (CwChartView *self);
/* Overlays the central run of every variant of @variants (NULL: none). */
void          cw_chart_view_set_variants   (CwChartView       *self,
                                            CwCompareVariants *variants);
void          cw_chart_view_set_cursor     (CwChartView *self,
                                            double       year);
double        cw_chart_view_get_cursor     (CwChartView *self);
/* Present mode: no text smaller than @text_size pixels, and no readout in
 * the chart (a room reads one sentence under it); 0: the desktop. @lean:
 * the lean layout of CwChartSpec, for a chart that shares the column. */
void          cw_chart_view_set_projector  (CwChartView *self,
                                            double       text_size,
                                            gboolean     lean);
/* Draws the data up to @year only (NAN: all), on the whole time axis. */
void          cw_chart_view_set_until      (CwChartView *self,
                                            double       year);
CwChartKind   cw_chart_view_get_kind       (CwChartView *self);
/* The spec of what is on screen, for export; FALSE when there is nothing yet.
 * Pointers in @spec stay valid while the view draws the same result. */
gboolean      cw_chart_view_get_spec       (CwChartView *self,
                                            CwChartSpec *spec);
/* What the tooltip says with the pointer at (@x, @y), as Pango markup, or
 * NULL off the data. */
char         *cw_chart_view_hover_markup   (CwChartView *self,
                                            double       x,
                                            double       y);

G_END_DECLS

/* cw-outcomes-pane.h — the charts of what the scenario does, kept up to date
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cw-chart-export.h"
#include "cw-compare-controller.h"
#include "cw-chart-view.h"
#include "cw-document.h"
#include "cw-evaluator.h"

G_BEGIN_DECLS

#define CW_TYPE_OUTCOMES_PANE (cw_outcomes_pane_get_type ())

G_DECLARE_FINAL_TYPE (CwOutcomesPane, cw_outcomes_pane, CW, OUTCOMES_PANE, GtkBox)

/* Follows @document: with Live on, every change that alters a run is
 * evaluated on workers and the charts redraw as results arrive. */
void         cw_outcomes_pane_set_document  (CwOutcomesPane *self,
                                             CwDocument     *document);
CwEvaluator *cw_outcomes_pane_get_evaluator (CwOutcomesPane *self);
/* Pin, Compare and the variants of the document (after set_document). */
CwCompareController *cw_outcomes_pane_get_compare (CwOutcomesPane *self);
/* The chart shown: on the visible page, the one with the focus, else the first. */
CwChartView *cw_outcomes_pane_get_visible_view (CwOutcomesPane *self);
/* The Policy effect switch: on, every chart shows policy − no policy. */
GtkCheckButton *cw_outcomes_pane_get_effect_switch (CwOutcomesPane *self);
/* Evaluates the document's scenario now, Live or not. */
void         cw_outcomes_pane_run           (CwOutcomesPane *self);
/* Exports the chart shown as @format to @file, as the Export menu does once
 * a file is chosen: a toast says where, a dialog says why not. */
void         cw_outcomes_pane_export        (CwOutcomesPane *self,
                                             CwChartFormat   format,
                                             GFile          *file);
/* The name the Export menu offers for the chart shown as @format: the
 * document's file name (else its title) and the chart's name. */
char        *cw_outcomes_pane_export_name   (CwOutcomesPane *self,
                                             CwChartFormat   format);

G_END_DECLS

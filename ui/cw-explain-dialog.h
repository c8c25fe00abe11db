/* cw-explain-dialog.h — Explain: why the shown outcome moved, as a waterfall of lever groups
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cw-chart-export.h"
#include "cw-document.h"
#include "cw-explainer.h"

G_BEGIN_DECLS

#define CW_TYPE_EXPLAIN_DIALOG (cw_explain_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CwExplainDialog, cw_explain_dialog, CW, EXPLAIN_DIALOG, AdwWindow)

/* Explains the headline outcome of a @kind chart at @year (NAN: the last
 * year) for @document's scenario, following its edits. */
CwExplainDialog     *cw_explain_dialog_new             (GtkWindow       *parent,
                                                        CwDocument      *document,
                                                        CwChartKind      kind,
                                                        double           year);
void                 cw_explain_dialog_set_chart       (CwExplainDialog *self,
                                                        CwChartKind      kind,
                                                        double           year);
CwExplainer         *cw_explain_dialog_get_explainer   (CwExplainDialog *self);
/* What the waterfall shows, or NULL before the first estimate. */
const CwAttribution *cw_explain_dialog_get_attribution (CwExplainDialog *self);
/* Opens @group (CwLeverGroup) into its levers; -1 closes it. */
void                 cw_explain_dialog_expand          (CwExplainDialog *self,
                                                        int              group);
/* The name the Export menu offers: the document's and the chart's, as the
 * charts' exports are named (cw_figure_export_name()). */
char                *cw_explain_dialog_export_name     (CwExplainDialog *self,
                                                        CwChartFormat    format);
/* Writes the waterfall, headed by the scenario's title, as @format to @file,
 * as the Export menu does. */
void                 cw_explain_dialog_export          (CwExplainDialog *self,
                                                        CwChartFormat    format,
                                                        GFile           *file);

G_END_DECLS

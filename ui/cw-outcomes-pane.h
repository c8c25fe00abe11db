/* cw-outcomes-pane.h — the charts of what the scenario does, kept up to date
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

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
/* Evaluates the document's scenario now, Live or not. */
void         cw_outcomes_pane_run           (CwOutcomesPane *self);

G_END_DECLS

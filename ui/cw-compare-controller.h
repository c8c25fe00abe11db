/* cw-compare-controller.h — Pin, Compare and Open as Variant for the outcomes pane
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cw-compare-panel.h"
#include "cw-compare-variants.h"
#include "cw-document.h"
#include "cw-evaluator.h"

G_BEGIN_DECLS

#define CW_TYPE_COMPARE_CONTROLLER (cw_compare_controller_get_type ())

G_DECLARE_FINAL_TYPE (CwCompareController, cw_compare_controller, CW, COMPARE_CONTROLLER, GObject)

/* The actions of the "compare" group: pin (the scenario on screen becomes a
 * variant, and Compare goes on), compare (a boolean state: every chart in
 * @views overlays the variants and the key-outcome table shows),
 * open-variant (a file becomes a variant), rename-variant (ss),
 * remove-variant (s), replay (every chart in @views animates the last
 * change), restore-state (u) and pin-state (u) (an entry of the history). */
CwCompareController *cw_compare_controller_new         (CwDocument          *document,
                                                        CwEvaluator         *evaluator,
                                                        GPtrArray           *views);
GActionGroup        *cw_compare_controller_get_actions (CwCompareController *self);
/* The key-outcome table (a CwComparePanel), visible while Compare is on. */
GtkWidget           *cw_compare_controller_get_panel   (CwCompareController *self);
/* The states of the session (a CwHistoryPanel). */
GtkWidget           *cw_compare_controller_get_history (CwCompareController *self);
CwCompareVariants   *cw_compare_controller_get_variants (CwCompareController *self);
/* Adds the scenario in @file as a variant, as Open as Variant… does once a
 * file is chosen: a toast says which, a dialog why not. */
void                 cw_compare_controller_open_variant (CwCompareController *self,
                                                         GFile               *file);

G_END_DECLS

/* cw-history-panel.h — the states the room tried, each restorable or pinnable
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cw-evaluator.h"
#include "cw-history.h"

G_BEGIN_DECLS

#define CW_TYPE_HISTORY_PANEL (cw_history_panel_get_type ())

G_DECLARE_FINAL_TYPE (CwHistoryPanel, cw_history_panel, CW, HISTORY_PANEL, GtkBox)

/* Lists every state @evaluator ran to its no-policy run, newest first; each
 * row has Restore (compare.restore-state) and Pin (compare.pin-state), whose
 * target is the entry's index in the history. */
GtkWidget       *cw_history_panel_new         (CwEvaluator    *evaluator);
const CwHistory *cw_history_panel_get_history (CwHistoryPanel *self);

G_END_DECLS

/* cw-compare-panel.h — the pinned variants and their key outcomes, side by side
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cw-compare.h"
#include "cw-compare-variants.h"
#include "cw-evaluator.h"

G_BEGIN_DECLS

#define CW_TYPE_COMPARE_PANEL (cw_compare_panel_get_type ())

G_DECLARE_FINAL_TYPE (CwComparePanel, cw_compare_panel, CW, COMPARE_PANEL, GtkBox)

/* Shows the key outcomes of the scenario @evaluator runs and of each variant
 * of @variants after the years chosen in the panel; each variant's name can
 * be edited (compare.rename-variant) and the variant removed
 * (compare.remove-variant). */
GtkWidget            *cw_compare_panel_new       (CwEvaluator       *evaluator,
                                                  CwCompareVariants *variants);
/* The table shown: "This scenario" first, then the variants that have run;
 * NULL before the scenario's first result with its no-policy run. */
const CwCompareTable *cw_compare_panel_get_table (CwComparePanel    *self);
void                  cw_compare_panel_set_year  (CwComparePanel    *self,
                                                  int                year);

G_END_DECLS

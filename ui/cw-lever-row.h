/* cw-lever-row.h — one lever: a slider with its value, cost and explanation
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cw-document.h"

G_BEGIN_DECLS

#define CW_TYPE_LEVER_ROW (cw_lever_row_get_type ())

G_DECLARE_FINAL_TYPE (CwLeverRow, cw_lever_row, CW, LEVER_ROW, GtkListBoxRow)

/* A row for @lever of the stage @stage_id, or of the standing levers when
 * @stage_id is NULL. */
GtkWidget *cw_lever_row_new     (CwDocument *document,
                                 const char *stage_id,
                                 CwLever     lever);
CwLever    cw_lever_row_get_lever (CwLeverRow *self);
/* Puts the keyboard focus on the slider. */
gboolean   cw_lever_row_focus_slider (CwLeverRow *self);
/* Shows the value in the document without making an edit. */
void       cw_lever_row_refresh (CwLeverRow *self);

G_END_DECLS

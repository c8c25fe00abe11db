/* cw-lever-list.h — the levers of a stage, or the standing levers, by antecedent
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cw-document.h"

G_BEGIN_DECLS

#define CW_TYPE_LEVER_LIST (cw_lever_list_get_type ())

G_DECLARE_FINAL_TYPE (CwLeverList, cw_lever_list, CW, LEVER_LIST, GtkWidget)

/* Shows the levers of @stage_id, or the standing levers when it is NULL. */
void       cw_lever_list_set_target (CwLeverList *self,
                                     CwDocument  *document,
                                     const char  *stage_id);

G_END_DECLS

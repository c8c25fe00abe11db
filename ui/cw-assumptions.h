/* cw-assumptions.h — the Assumptions view: every parameter of the model, its
 * value, range, unit, tag and source, searchable and overridable
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cw-document.h"

G_BEGIN_DECLS

#define CW_TYPE_ASSUMPTIONS (cw_assumptions_get_type ())

G_DECLARE_FINAL_TYPE (CwAssumptions, cw_assumptions, CW, ASSUMPTIONS, AdwWindow)

/* A view of @document's parameters; edits go to @document (undoable) and are
 * saved in the file's <parameters>. */
GtkWidget *cw_assumptions_new        (GtkWindow     *parent,
                                      CwDocument    *document);
/* Shows @parent's Assumptions view, made on first use and kept with @parent. */
void       cw_assumptions_present    (GtkWindow     *parent,
                                      CwDocument    *document);
/* Shows only the parameters whose id, source, unit or sub-model contain @text. */
void       cw_assumptions_search     (CwAssumptions *self,
                                      const char    *text);
/* The spin button of parameter @param (for tests and keyboard focus). */
GtkSpinButton *cw_assumptions_get_spin (CwAssumptions *self,
                                        guint          param);
/* Whether the row of @param is shown (the search) and marked as changed. */
gboolean   cw_assumptions_row_visible (CwAssumptions *self,
                                       guint          param);
gboolean   cw_assumptions_row_changed (CwAssumptions *self,
                                       guint          param);

G_END_DECLS

/* cw-variants.h — pinning, renaming and removing the variants of a document
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A variant is an option the room pinned to compare (CwVariant in the
 * scenario, saved with it). Each call is one undoable edit of the document,
 * like those of cw-document-edits.h; none changes a run.
 */
#pragma once

#include "cw-document.h"

G_BEGIN_DECLS

/* The first free name of A, B, C…, or NULL when the document holds
 * CW_MAX_VARIANTS variants. */
char     *cw_variants_next_name         (const CwScenario *scenario);
/* Pins the scenario on screen as a variant called the next free name;
 * returns the name (free it), or NULL when no more fit. */
char     *cw_document_pin_variant       (CwDocument       *self);
/* Adds @scenario (a file opened as a variant) under the next free name;
 * returns the name, or NULL when no more fit. */
char     *cw_document_add_variant       (CwDocument       *self,
                                         const CwScenario *scenario);
/* Renames the variant @name to @new_name (spaces around it dropped); FALSE
 * when there is no such variant, or the new name is empty, too long or taken. */
gboolean  cw_document_rename_variant    (CwDocument       *self,
                                         const char       *name,
                                         const char       *new_name);
gboolean  cw_document_remove_variant    (CwDocument       *self,
                                         const char       *name);

G_END_DECLS

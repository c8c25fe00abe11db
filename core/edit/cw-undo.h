/* cw-undo.h — undo and redo as snapshots of the scenario
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scenarios are small (tens of stages), so each step keeps a full copy of the
 * scenario as it was before the step. Every state carries a number, so that
 * the document can tell whether the state on screen is the one last saved.
 */
#pragma once

#include "cw-scenario.h"

G_BEGIN_DECLS

typedef struct _CwUndo CwUndo;

CwUndo     *cw_undo_new       (void);
void        cw_undo_free      (CwUndo           *self);
void        cw_undo_clear     (CwUndo           *self);
/* Records @before (state @before_id) as the state a new step undoes to; the
 * step is named @action (a static, untranslated N_() string, or NULL). When
 * @merge_key is not NULL and equals the key of the newest step, and that step
 * was not sealed, the step grows instead: one slider drag, one undo step.
 * Clears redo. Returns TRUE when a new step was made. */
gboolean    cw_undo_record    (CwUndo           *self,
                               const CwScenario *before,
                               guint             before_id,
                               const char       *action,
                               const char       *merge_key);
/* Ends merging into the newest step. */
void        cw_undo_seal      (CwUndo           *self);
gboolean    cw_undo_can_undo  (CwUndo           *self);
gboolean    cw_undo_can_redo  (CwUndo           *self);
/* The @action of the step Undo (Redo) would take back (do again), or NULL. */
const char *cw_undo_get_undo_action (CwUndo     *self);
const char *cw_undo_get_redo_action (CwUndo     *self);
/* Steps back: takes @current (state @current_id) onto the redo stack and
 * returns the earlier scenario, its number in @id. */
CwScenario *cw_undo_undo      (CwUndo           *self,
                               CwScenario       *current,
                               guint             current_id,
                               guint            *id);
CwScenario *cw_undo_redo      (CwUndo           *self,
                               CwScenario       *current,
                               guint             current_id,
                               guint            *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwUndo, cw_undo_free)

G_END_DECLS

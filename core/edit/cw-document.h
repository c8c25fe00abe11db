/* cw-document.h — one open scenario: its file, its edits, undo and selection
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widgets never change the scenario behind the document's back: each change
 * is one call of cw-document-edits.h, built on cw_document_begin_edit() and
 * cw_document_end_edit() here (a new kind of edit gets its own call there).
 * Each edit is one undo step (or grows the last one, see @merge_key) and one
 * "changed", which is all a view or the model engine needs to listen to.
 * "changed" also comes for edits that do not change a run (a stage moved or
 * renamed): cw_document_get_state_id() tells states apart, and the engine
 * can compare the scenarios to skip a run.
 */
#pragma once

#include <gio/gio.h>

#include "cw-scenario.h"

G_BEGIN_DECLS

#define CW_TYPE_DOCUMENT (cw_document_get_type ())

G_DECLARE_FINAL_TYPE (CwDocument, cw_document, CW, DOCUMENT, GObject)

CwDocument       *cw_document_new                (CwScenario  *scenario);
const CwScenario *cw_document_get_scenario       (CwDocument  *self);
GFile            *cw_document_get_file           (CwDocument  *self);
const char       *cw_document_get_title          (CwDocument  *self);
/* What files made from the document are named after: its file's name without
 * the extension, else the scenario's title. */
char             *cw_document_get_export_base    (CwDocument  *self);
gboolean          cw_document_get_modified       (CwDocument  *self);
/* The scenario as last opened or saved, to go back to one value of it. */
const CwScenario *cw_document_get_saved_scenario (CwDocument  *self);
/* The number of the state on screen. Every change (edit, undo, redo, replace)
 * gives a larger number, so two different states never share one. */
guint64           cw_document_get_state_id       (CwDocument  *self);
gboolean          cw_document_get_can_undo       (CwDocument  *self);
gboolean          cw_document_get_can_redo       (CwDocument  *self);
/* The translated name of the change Undo (Redo) takes back (does again),
 * e.g. "Move Stage"; NULL when there is none or it has no name. */
const char       *cw_document_get_undo_action    (CwDocument  *self);
const char       *cw_document_get_redo_action    (CwDocument  *self);

/* Replaces the whole scenario (New, Open, Revert): forgets undo, not modified. */
void              cw_document_replace            (CwDocument  *self,
                                                  CwScenario  *scenario,
                                                  GFile       *file);
/* Like replace, for work recovered after a crash: it counts as unsaved. */
void              cw_document_restore            (CwDocument  *self,
                                                  CwScenario  *scenario,
                                                  GFile       *file);
/* The scenario on screen was written to @file. */
void              cw_document_mark_saved         (CwDocument  *self,
                                                  GFile       *file);

/* Starts a change named @action and returns the scenario to change. @action
 * is a static, untranslated string marked NC_("undo", "Move Stage"): Undo
 * and Redo name it. Changes with the same @merge_key in a row (a slider
 * drag) make one undo step until sealed. */
CwScenario       *cw_document_begin_action       (CwDocument  *self,
                                                  const char  *action,
                                                  const char  *merge_key);
/* The same for a change without a name: Undo says only "Undo". */
CwScenario       *cw_document_begin_edit         (CwDocument  *self,
                                                  const char  *merge_key);
void              cw_document_end_edit           (CwDocument  *self);
void              cw_document_seal               (CwDocument  *self);
void              cw_document_undo               (CwDocument  *self);
void              cw_document_redo               (CwDocument  *self);

/* Selection: a set of stages, or one edge. */
GHashTable       *cw_document_get_selected_stages (CwDocument *self);
int               cw_document_get_selected_edge  (CwDocument  *self);
/* The stage selected first (arrows drawn with "connect" start there), or NULL. */
const char       *cw_document_get_selection_anchor (CwDocument *self);
/* The stage when exactly one is selected, else NULL. */
const CwStage    *cw_document_get_selected_stage (CwDocument  *self);
void              cw_document_select_stage       (CwDocument  *self,
                                                  const char  *id,
                                                  gboolean     extend);
void              cw_document_toggle_stage       (CwDocument  *self,
                                                  const char  *id);
void              cw_document_select_stages      (CwDocument  *self,
                                                  GPtrArray   *ids);
void              cw_document_select_edge        (CwDocument  *self,
                                                  int          index);
void              cw_document_unselect_all       (CwDocument  *self);

G_END_DECLS

/* cw-document-edits.h — every change the window makes to a scenario, each one
 * call on the document
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function is one edit: it records the undo step and emits "changed"
 * once, or, when it would change nothing (the same value again, a stage that
 * is gone), returns FALSE and does neither. Edits that a user makes in a
 * stream (a slider or spin button held down, stages dragged or nudged, an
 * arrow's condition) grow the last undo step while they come in a row with
 * nothing between; cw_document_seal() ends such a stream.
 */
#pragma once

#include "cw-document.h"
#include "cw-outputs.h"
#include "cw-profile.h"

G_BEGIN_DECLS

/* Where a stage goes, for cw_document_place_stages(). */
typedef struct {
  const char *id;
  double      x, y;
} CwStagePlace;

/* The scenario */
gboolean  cw_document_set_title          (CwDocument         *self,
                                          const char         *title);
gboolean  cw_document_set_years          (CwDocument         *self,
                                          int                 years);
gboolean  cw_document_set_profile        (CwDocument         *self,
                                          CwProfileId         id,
                                          double              value);

/* The model's assumptions: overrides of parameters (cw-params.h), saved in the
 * file's <parameters>. Setting @param to a value within its range overrides
 * it, also at its default; a reset removes the override. */
gboolean  cw_document_set_param          (CwDocument         *self,
                                          guint               param,
                                          double              value);
gboolean  cw_document_reset_param        (CwDocument         *self,
                                          guint               param);
/* Removes every override in one edit. */
gboolean  cw_document_reset_params       (CwDocument         *self);

/* Levers of @stage_id, or the standing levers when it is NULL: holds @lever
 * at @value, or stops holding it. */
gboolean  cw_document_set_lever          (CwDocument         *self,
                                          const char         *stage_id,
                                          CwLever             lever,
                                          double              value);
gboolean  cw_document_clear_lever        (CwDocument         *self,
                                          const char         *stage_id,
                                          CwLever             lever);

/* Holds the standing @levers[i] at @values[i], all in one edit (an
 * allocation applied at once). */
gboolean  cw_document_set_standing_levers (CwDocument        *self,
                                           const int         *levers,
                                           const double      *values,
                                           guint              n_levers);

/* Marks @lever "in focus" (shown in present mode) or not, wherever it is held. */
gboolean  cw_document_set_lever_focus    (CwDocument         *self,
                                          CwLever             lever,
                                          gboolean            focus);

/* Stages */
/* Adds a stage called @name at (@x, @y) and returns its new id (free it), or
 * NULL for no document. */
char     *cw_document_add_stage          (CwDocument         *self,
                                          const char         *name,
                                          double              x,
                                          double              y);
gboolean  cw_document_rename_stage       (CwDocument         *self,
                                          const char         *id,
                                          const char         *name);
gboolean  cw_document_set_stage_kind     (CwDocument         *self,
                                          const char         *id,
                                          CwStageKind         kind);
/* The shortest and longest stay, in quarters; @min_quarters <= @max_quarters. */
gboolean  cw_document_set_stage_stay     (CwDocument         *self,
                                          const char         *id,
                                          int                 min_quarters,
                                          int                 max_quarters);
/* Moves stages to new places, all in one edit. */
gboolean  cw_document_place_stages       (CwDocument         *self,
                                          const CwStagePlace *places,
                                          guint               n_places);
gboolean  cw_document_set_start          (CwDocument         *self,
                                          const char         *id);
/* Lays the stages on a ring in cycle order. */
gboolean  cw_document_arrange            (CwDocument         *self);
/* Removes the selected stages with their arrows, or else the selected arrow. */
gboolean  cw_document_delete_selection   (CwDocument         *self);

/* Arrows */
/* The index of the arrow from @from to @to, drawn now if there was none; -1
 * when the two are the same stage or one does not exist. */
int       cw_document_connect            (CwDocument         *self,
                                          const char         *from,
                                          const char         *to);
gboolean  cw_document_set_edge_condition (CwDocument         *self,
                                          guint               index,
                                          gboolean            conditional,
                                          CwOutput            indicator,
                                          CwCompare           op,
                                          double              threshold);
/* Moves the arrow at @from to @to in the order the model checks arrows. */
gboolean  cw_document_move_edge          (CwDocument         *self,
                                          guint               from,
                                          guint               to);

G_END_DECLS

/* cw-cycle-canvas.h — the policy-cycle canvas: draw, connect and arrange stages
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cw-document.h"

G_BEGIN_DECLS

#define CW_TYPE_CYCLE_CANVAS (cw_cycle_canvas_get_type ())

G_DECLARE_FINAL_TYPE (CwCycleCanvas, cw_cycle_canvas, CW, CYCLE_CANVAS, GtkWidget)

void          cw_cycle_canvas_set_document     (CwCycleCanvas *self,
                                                CwDocument    *document);
CwDocument   *cw_cycle_canvas_get_document     (CwCycleCanvas *self);
/* The canvas's actions (add-stage, connect, delete, rename, set-start,
 * arrange, zoom-in, zoom-out, zoom-fit, select-all, context-menu, nudge with
 * a "(dd)" offset, connect-to with a stage id), to insert as "canvas".
 * "connect" joins two selected stages, or with one selected offers the
 * stages an arrow from it can go to. */
GActionGroup *cw_cycle_canvas_get_actions      (CwCycleCanvas *self);
/* Highlights the stage running at the year under the chart cursor. */
void          cw_cycle_canvas_set_active_stage (CwCycleCanvas *self,
                                                const char    *id);
/* Shows only the stages in @revealed (a set of ids; NULL: all) and the
 * arrows between them, as present mode reveals the cycle; the view pans as
 * little as needed to show them, or the newest (last in cycle order) where
 * they do not all fit. */
void          cw_cycle_canvas_set_revealed     (CwCycleCanvas *self,
                                                GHashTable    *revealed);
/* Present mode (@text_size > 0): the diagram may be fitted larger, in the
 * projector type (kinds and conditions as large as names), and the legend,
 * always shown, has its type at @text_size pixels. The fit never sets a
 * text of the cycle smaller than @text_size: where the whole cycle would
 * need smaller type, the canvas shows part of it, following the stages
 * revealed (cw_cycle_canvas_set_revealed()). 0: the desktop. */
void          cw_cycle_canvas_set_projector    (CwCycleCanvas *self,
                                                double         text_size);
/* Fits the diagram once the canvas has its size; from then on it refits
 * whenever the canvas changes size, until the user zooms. */
void          cw_cycle_canvas_queue_fit        (CwCycleCanvas *self);
/* Converts between widget and model coordinates. */
void          cw_cycle_canvas_to_widget        (CwCycleCanvas *self,
                                                double         mx,
                                                double         my,
                                                double        *wx,
                                                double        *wy);

G_END_DECLS

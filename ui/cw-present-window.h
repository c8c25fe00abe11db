/* cw-present-window.h — present mode: the cycle revealed stage by stage on a projector
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cw-document.h"
#include "cw-evaluator.h"
#include "cw-lesson-pane.h"

G_BEGIN_DECLS

#define CW_TYPE_PRESENT_WINDOW (cw_present_window_get_type ())

G_DECLARE_FINAL_TYPE (CwPresentWindow, cw_present_window, CW, PRESENT_WINDOW, AdwWindow)

/* A full-screen window over @parent that shows @document's cycle, its levers
 * in focus and one or two charts of @evaluator's results, each with its
 * effect in a sentence, all live: edits
 * made here are edits of @document. Actions: present.next, present.previous,
 * present.leave; Page Down, Space and Right reveal the next stage, Page Up
 * and Left hide the last one, Escape leaves. Property "show-effect": the
 * charts show policy − no policy (the header's Policy effect toggle). */
CwPresentWindow *cw_present_window_new          (GtkWindow       *parent,
                                                 CwDocument      *document,
                                                 CwEvaluator     *evaluator);
/* How many stages are revealed, in cycle order, and how many there are. */
guint            cw_present_window_get_revealed (CwPresentWindow *self,
                                                 guint           *n_stages);
/* The last year the chart shows data for; NAN when they show every year. */
double           cw_present_window_get_until    (CwPresentWindow *self);
/* The charts shown: @first, and @second unless it is -1; the choice the
 * facilitator makes in the header, remembered in the settings. */
void             cw_present_window_set_charts   (CwPresentWindow *self,
                                                 int              first,
                                                 int              second);
/* Shows @pane, the main window's lesson out of its place, beside the cycle
 * at projector scale, with every stage revealed: Page Down and Page Up then
 * step the lesson. Signal "lesson-released" gives it back when present mode
 * ends. */
void             cw_present_window_show_lesson  (CwPresentWindow *self,
                                                 CwLessonPane    *pane);
CwLessonPane    *cw_present_window_get_lesson   (CwPresentWindow *self);
/* The least type size in pixels, from the window's size: 24 at 1920 × 1080. */
double           cw_present_window_get_text_size (CwPresentWindow *self);

G_END_DECLS

/* cw-lesson-pane.h — a lesson beside the canvas: its steps, the learner's predictions, the results
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cw-document.h"
#include "cw-lesson.h"
#include "cw-outcomes-pane.h"

G_BEGIN_DECLS

#define CW_TYPE_LESSON_PANE (cw_lesson_pane_get_type ())

G_DECLARE_FINAL_TYPE (CwLessonPane, cw_lesson_pane, CW, LESSON_PANE, GtkBox)

/* The document the lesson changes and the pane whose results it reads. */
void                    cw_lesson_pane_set_context  (CwLessonPane   *self,
                                                     CwDocument     *document,
                                                     CwOutcomesPane *outcomes);
/* Takes @lesson, whose scenario the document already holds, and goes to the
 * step where the learner left it; @key names it in the saved progress. */
void                    cw_lesson_pane_start        (CwLessonPane   *self,
                                                     CwLesson       *lesson,
                                                     const char     *key);
/* The open lesson's title, or NULL. */
const char             *cw_lesson_pane_get_title    (CwLessonPane   *self);
const CwLessonProgress *cw_lesson_pane_get_progress (CwLessonPane   *self);
/* Whether the step shown can be left with Next (answered, made, revealed). */
gboolean                cw_lesson_pane_can_go_on    (CwLessonPane   *self);
/* Present mode's type: the sketch's text no smaller than @text_size pixels,
 * and the sketch taller; 0 gives the window's back. */
void                    cw_lesson_pane_set_projector (CwLessonPane  *self,
                                                      double         text_size);
/* For tests: a key pressed on the sketch, as its key controller gets it. */
gboolean                _cw_lesson_pane_sketch_key  (CwLessonPane   *self,
                                                     guint           keyval,
                                                     GdkModifierType state);
/* The file the progress of every lesson is kept in. */
char                   *cw_lesson_pane_progress_path (void);

G_END_DECLS

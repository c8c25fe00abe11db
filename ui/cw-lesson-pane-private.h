/* cw-lesson-pane-private.h — the lesson pane's state, shared by its source files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-lesson-pane.h"
#include "cw-lesson-report.h"

G_BEGIN_DECLS

struct _CwLessonPane
{
  GtkBox            parent_instance;

  CwDocument       *document;
  CwOutcomesPane   *outcomes;
  GSignalGroup     *evaluator_signals;
  CwLesson         *lesson;
  char             *key;          /* the lesson's group in the progress file */
  CwLessonProgress *progress;
  guint             hints_shown;
  gboolean          asked_run;    /* a run was asked for the step shown */
  guint             run_idle;     /* the source that asks for it */
  double            projector_text; /* pixels, in present mode; else 0 */

  /* the sketch: cw-lesson-pane-sketch.c */
  int               cursor;       /* the year the keyboard edits; -1: none */
  int               drag_year;    /* the last point of the drag; -1: none */
  double            drag_value;

  GtkScrolledWindow *scroller;
  GtkLabel         *lesson_title;
  GtkProgressBar   *progress_bar;
  GtkLabel         *step_label;
  GtkLabel         *step_title;
  GtkLabel         *step_text;
  GtkLabel         *focus_label;
  GtkDrawingArea   *sketch;
  GtkBox           *directions_box;
  GtkButton        *apply_button;
  GtkLabel         *status_label;
  GtkButton        *hint_button;
  GtkLabel         *hints_label;
  GtkButton        *next_button;
};

/* The plot the sketch shows for the step on screen; FALSE when it shows none. */
gboolean  cw_lesson_pane_get_plot        (CwLessonPane *self,
                                          CwLessonPlot *plot);
void      cw_lesson_pane_sketch_init     (CwLessonPane *self);
/* Names the sketch by its outcome and describes its points, and the run's
 * once revealed, for a screen reader. */
void      cw_lesson_pane_sketch_describe (CwLessonPane *self);

G_END_DECLS

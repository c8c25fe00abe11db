/* cw-lesson-report.h — a learner's prediction over the result, on screen and as a PDF
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "cw-lesson.h"
#include "cw-render-error.h"
#include "cw-render-style.h"

G_BEGIN_DECLS

/* One outcome over the years of a run: what the learner sketched and, once
 * revealed, what the run did. Values are on the axis 0 … 1. */
typedef struct {
  const char   *title;       /* the outcome's name */
  guint         n_points;    /* years 0 … n_points - 1 */
  int           start_year;
  const double *predicted;   /* NAN where not drawn */
  const double *actual;      /* NULL before the reveal */
  int           cursor;      /* the year the keyboard edits; -1: none */
  CwLook        look;
  double        font_scale;  /* 1: window size */
} CwLessonPlot;

/* The smallest text of a plot at font_scale 1, in pixels. */
#define CW_LESSON_PLOT_LEAST_TEXT 10.2

/* The area the values are drawn in, inside @width × @height. */
void      cw_lesson_plot_frame  (const CwLessonPlot *plot,
                                 double              width,
                                 double              height,
                                 cairo_rectangle_t  *frame);
void      cw_lesson_plot_draw   (cairo_t            *cr,
                                 double              width,
                                 double              height,
                                 const CwLessonPlot *plot);
/* The year index and value under the point (@x, @y), clamped into the frame. */
void      cw_lesson_plot_at     (const CwLessonPlot *plot,
                                 double              width,
                                 double              height,
                                 double              x,
                                 double              y,
                                 guint              *year,
                                 double             *value);

/* A one-page A4 PDF of @progress: each prediction with its result and score,
 * and the challenge; @learner (may be NULL) and @date (NULL: today) on top.
 * Written atomically to @path. */
gboolean  cw_lesson_report_write (const CwLessonProgress *progress,
                                  const char             *learner,
                                  GDateTime              *date,
                                  const char             *path,
                                  GError                **error);

G_END_DECLS

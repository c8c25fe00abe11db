/* cw-lesson-report.c — a learner's predictions and results on one A4 page, to hand in
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-render"

#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"
#include "cw-lesson-report.h"
#include "cw-render-private.h"
#include "cw-report-private.h"

#define FEEDBACK_LINES 6
#define PLOT_MAX 170.0
#define PLOT_MIN 90.0

typedef struct {
  cairo_t                *cr;
  const CwLessonProgress *progress;
  double                  y;
  double                  plot_height;
} Page;

static const char *
direction_word (CwDirection direction)
{
  switch (direction)
    {
    case CW_DIRECTION_UP:
      return _("up");
    case CW_DIRECTION_DOWN:
      return _("down");
    case CW_DIRECTION_SAME:
      return _("about the same");
    case CW_DIRECTION_NONE:
    default:
      return _("no answer");
    }
}

static void
text_line (Page       *page,
           const char *text,
           double      size,
           gboolean    bold,
           double      advance)
{
  g_autofree char *fitted = NULL;

  cw_render_font (page->cr, size, bold);
  fitted = cw_render_fit_text (page->cr, text, CW_REPORT_WIDTH);
  cw_render_text (page->cr, fitted, CW_REPORT_LEFT, page->y, 0);
  page->y += advance;
}

static void
wrapped (Page       *page,
         const char *text,
         guint       max_lines)
{
  g_autoptr(GPtrArray) lines = NULL;

  cw_render_font (page->cr, CW_REPORT_BODY_SIZE, FALSE);
  lines = cw_render_wrap_text (page->cr, text, CW_REPORT_WIDTH, max_lines, NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      cw_render_text (page->cr, g_ptr_array_index (lines, i), CW_REPORT_LEFT, page->y, 0);
      page->y += CW_REPORT_LINE_HEIGHT + 1;
    }
}

/* The feedback of the reveal step that scores @predict, if any. */
static const char *
feedback_of (const CwLesson *lesson,
             guint           predict)
{
  for (guint i = predict + 1; i < lesson->steps->len; i++)
    {
      const CwLessonStep *step = cw_lesson_get_step (lesson, i);

      if (step->kind == CW_STEP_REVEAL && step->predict_step == (int) predict)
        return step->text;
    }
  return NULL;
}

static void
draw_prediction (Page  *page,
                 guint  index)
{
  const CwLesson *lesson = page->progress->lesson;
  const CwLessonStep *step = cw_lesson_get_step (lesson, index);
  const CwLessonAnswer *answer = &page->progress->answers[index];
  const char *feedback = feedback_of (lesson, index);
  g_autofree char *heading = NULL;

  cw_report_set_ink (page->cr, FALSE);
  if (answer->score >= 0)
    /* Translators: a step of a lesson, its title and the learner's score */
    heading = g_strdup_printf (_("%u. %s — score %d of 100"), index + 1, step->title, answer->score);
  else
    /* Translators: a step of a lesson, its title, not revealed yet */
    heading = g_strdup_printf (_("%u. %s — not revealed yet"), index + 1, step->title);
  text_line (page, heading, CW_REPORT_HEADING_SIZE, TRUE, CW_REPORT_LINE_HEIGHT + 6);
  if (step->curve)
    {
      CwLessonPlot plot = {
        .title = g_dgettext (GETTEXT_PACKAGE, cw_output_info (step->outcomes[0])->name),
        .n_points = page->progress->n_points,
        .start_year = (int) lesson->scenario->profile[CW_PROFILE_START_YEAR],
        .predicted = answer->curve,
        .actual = answer->result,
        .cursor = -1,
        .font_scale = 0.8,
      };

      cairo_save (page->cr);
      cairo_translate (page->cr, CW_REPORT_LEFT, page->y);
      cairo_rectangle (page->cr, 0, 0, CW_REPORT_WIDTH, page->plot_height);
      cairo_clip (page->cr);
      cw_lesson_plot_draw (page->cr, CW_REPORT_WIDTH, page->plot_height, &plot);
      cairo_restore (page->cr);
      page->y += page->plot_height + CW_REPORT_GAP;
    }
  else
    for (guint k = 0; k < step->n_outcomes; k++)
      {
        const char *name = g_dgettext (GETTEXT_PACKAGE, cw_output_info (step->outcomes[k])->name);
        g_autofree char *line = NULL;

        if (answer->was[k] == CW_DIRECTION_NONE)
          /* Translators: an outcome and the direction the learner predicted */
          line = g_strdup_printf (_("%s: you said %s"), name, direction_word (answer->said[k]));
        else
          /* Translators: right (✓) or wrong (✗), an outcome, the direction predicted and the direction of the run */
          line = g_strdup_printf (_("%s %s: you said %s, the run went %s"),
                                  answer->said[k] == answer->was[k] ? "✓" : "✗", name,
                                  direction_word (answer->said[k]), direction_word (answer->was[k]));
        cw_report_set_ink (page->cr, FALSE);
        text_line (page, line, CW_REPORT_BODY_SIZE, answer->said[k] == answer->was[k],
                   CW_REPORT_LINE_HEIGHT + 2);
      }
  if (feedback != NULL && answer->score >= 0)
    {
      cw_report_set_ink (page->cr, TRUE);
      wrapped (page, feedback, FEEDBACK_LINES);
    }
  page->y += CW_REPORT_GAP;
}

static void
draw_challenge (Page               *page,
                const CwLessonStep *step)
{
  const CwLessonProgress *progress = page->progress;
  g_autofree char *state = NULL;

  cw_report_set_ink (page->cr, FALSE);
  text_line (page, step->title, CW_REPORT_HEADING_SIZE, TRUE, CW_REPORT_LINE_HEIGHT + 6);
  wrapped (page, step->text, FEEDBACK_LINES);
  if (progress->challenge < 0)
    state = g_strdup (_("Not tried yet."));
  else
    state = g_strdup_printf (progress->challenge ? _("Met: %.3g at the goal year.")
                                                 : _("Not met yet: %.3g at the goal year."),
                             progress->challenge_value);
  text_line (page, state, CW_REPORT_BODY_SIZE, TRUE, CW_REPORT_LINE_HEIGHT + CW_REPORT_GAP);
}

static void
draw_page (cairo_t                *cr,
           const CwLessonProgress *progress,
           const char             *learner,
           const char             *date)
{
  const CwLesson *lesson = progress->lesson;
  Page page = { cr, progress, CW_REPORT_TOP + CW_REPORT_TITLE_SIZE, PLOT_MAX };
  g_autofree char *byline = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  guint curves = 0, others = 0;

  for (guint i = 0; i < lesson->steps->len; i++)
    {
      const CwLessonStep *step = cw_lesson_get_step (lesson, i);

      curves += step->kind == CW_STEP_PREDICT && step->curve;
      others += step->kind == CW_STEP_CHALLENGE || (step->kind == CW_STEP_PREDICT && !step->curve);
    }
  /* One page: the plots share what the text leaves. */
  if (curves > 0)
    page.plot_height = CLAMP ((CW_REPORT_BOTTOM - 120 - others * 130.0) / curves - 90, PLOT_MIN, PLOT_MAX);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cw_report_set_ink (cr, FALSE);
  cw_render_font (cr, CW_REPORT_TITLE_SIZE * 0.8, TRUE);
  lines = cw_render_wrap_text (cr, lesson->title, CW_REPORT_WIDTH, 2, NULL);
  for (guint i = 0; i < lines->len; i++, page.y += CW_REPORT_TITLE_SIZE)
    cw_render_text (cr, g_ptr_array_index (lines, i), CW_REPORT_LEFT, page.y, 0);
  if (learner != NULL && *learner != '\0')
    /* Translators: the learner's name and the date on a lesson's PDF */
    byline = g_strdup_printf (_("%s · %s"), learner, date);
  else
    byline = g_strdup (date);
  cw_report_set_ink (cr, TRUE);
  text_line (&page, byline, CW_REPORT_BODY_SIZE, FALSE, CW_REPORT_LINE_HEIGHT + CW_REPORT_GAP * 2);
  for (guint i = 0; i < lesson->steps->len && page.y < CW_REPORT_BOTTOM; i++)
    {
      const CwLessonStep *step = cw_lesson_get_step (lesson, i);

      if (step->kind == CW_STEP_PREDICT)
        draw_prediction (&page, i);
      else if (step->kind == CW_STEP_CHALLENGE)
        draw_challenge (&page, step);
    }
}

gboolean
cw_lesson_report_write (const CwLessonProgress *progress,
                        const char             *learner,
                        GDateTime              *date,
                        const char             *path,
                        GError                **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *day = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (progress != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (date == NULL)
    date = now = g_date_time_new_now_local ();
  day = g_date_time_format (date, "%Y-%m-%d");
  surface = cairo_pdf_surface_create_for_stream (cw_chart_append_bytes_cb, bytes,
                                                 CW_REPORT_PAGE_WIDTH, CW_REPORT_PAGE_HEIGHT);
  cr = cairo_create (surface);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, progress->lesson->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Cluster Policy Workbench " PACKAGE_VERSION);
  draw_page (cr, progress, learner, day);
  cairo_show_page (cr);
  status = cw_chart_close_surface (cr, surface, NULL);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, CW_RENDER_ERROR, CW_RENDER_ERROR_FILE, _("Could not draw the lesson report for “%s”: %s"),
                   display, cairo_status_to_string (status));
      return FALSE;
    }
  return cw_chart_save_bytes (path, bytes, error);
}

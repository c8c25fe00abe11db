/* test-lesson-pane.c — each bundled lesson walked end to end in the window, through its actions
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test opens a lesson as the Open menu does, sketches a scripted curve
 * and answers the direction questions through the actions the sketch and
 * the toggles use, makes the learner's changes, waits for the model at each
 * reveal and checks the score, then meets the challenge, exports the PDF and
 * finds its place again when the lesson is opened a second time.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "cw-document-edits.h"
#include "cw-lesson-pane-private.h"
#include "cw-levers.h"
#include "ui-helpers.h"

/* The model runs on workers: a step waits at most this long for it. */
#define WAIT_MS 60000

typedef struct {
  const char *name;
  const char *fix_lever;  /* what the challenge's hints suggest */
  double      fix_value;
} Walk;

static const Walk walks[] = {
  { "governance-upgrading.lesson", "fdi_embedding", 0.8 },
  { "internationalisation.lesson", "lead_internationalisation", 0.8 },
  { "social-learning.lesson", "education", 0.5 },
};

static CwLessonPane *
pane_of (CwWindow *window)
{
  return CW_LESSON_PANE (ui_find_widget (GTK_WIDGET (window), CW_TYPE_LESSON_PANE));
}

static void
wait_for_challenge (CwLessonPane *pane,
                    int           state)
{
  gint64 end = g_get_monotonic_time () + WAIT_MS * 1000;

  while (cw_lesson_pane_get_progress (pane)->challenge != state)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      ui_spin (20);
    }
}

/* Lets the evaluation under way finish, then closes the window: a task
 * still running when the test ends would never give its memory back. */
static void
close_window (CwWindow *window)
{
  CwOutcomesPane *outcomes = CW_OUTCOMES_PANE (ui_find_widget (GTK_WIDGET (window), CW_TYPE_OUTCOMES_PANE));
  gint64 end = g_get_monotonic_time () + WAIT_MS * 1000;

  while (cw_evaluator_get_busy (cw_outcomes_pane_get_evaluator (outcomes)))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      ui_spin (20);
    }
  ui_destroy_window (window);
}

static void
test_walk (gconstpointer data)
{
  const Walk *walk = data;
  CwWindow *window = ui_new_window ();
  CwLessonPane *pane;
  CwDocument *document = cw_window_get_document (window);
  const CwLessonProgress *progress;
  const CwLesson *lesson;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-lesson-pdf-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "page.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *progress_path = cw_lesson_pane_progress_path ();
  g_autoptr(CwScenario) expected = NULL;
  g_autofree char *expected_hash = NULL;
  g_autofree char *actual_hash = NULL;
  guint last, revealed = 0;

  /* A fresh start: no progress from another test. */
  g_unlink (progress_path);
  /* Hidden until a lesson opens. */
  g_assert_null (pane_of (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-lesson", "s", walk->name));
  ui_flush ();
  pane = pane_of (window);
  g_assert_nonnull (pane);
  /* At 1280 pixels the lesson sits beside the canvas and the charts, not
   * over them. */
  g_test_message ("window %d px wide", gtk_widget_get_width (GTK_WIDGET (window)));
  if (gtk_widget_get_width (GTK_WIDGET (window)) >= 1270)
    g_assert_false (adw_flap_get_folded (ADW_FLAP (ui_find_widget (GTK_WIDGET (window), ADW_TYPE_FLAP))));
  progress = cw_lesson_pane_get_progress (pane);
  lesson = progress->lesson;
  g_assert_cmpuint (progress->current, ==, 0);
  g_assert_cmpstr (cw_document_get_title (document), ==, lesson->scenario->meta.title);
  last = cw_lesson_n_steps (lesson) - 1;

  for (guint i = 0; i <= last; i++)
    {
      const CwLessonStep *step = cw_lesson_get_step (lesson, i);

      g_assert_cmpuint (progress->current, ==, i);
      g_test_message ("%s, step %u: %s", walk->name, i + 1, cw_step_kind_id (step->kind));
      switch (step->kind)
        {
        case CW_STEP_PREDICT:
          /* Not answered: Next does nothing. */
          g_assert_false (cw_lesson_pane_can_go_on (pane));
          ui_lesson_activate (pane, "lesson.next", NULL);
          g_assert_cmpuint (progress->current, ==, i);
          if (step->curve)
            for (guint y = 0; y < progress->n_points; y++)
              ui_lesson_activate (pane, "lesson.predict-point", g_variant_new ("(ud)", y, 0.3 + 0.01 * y));
          else
            for (guint k = 0; k < step->n_outcomes; k++)
              ui_lesson_activate (pane, "lesson.predict-direction", g_variant_new ("(ui)", k, CW_DIRECTION_UP));
          break;
        case CW_STEP_RUN:
          if (!step->by_step)
            {
              g_assert_false (cw_lesson_pane_can_go_on (pane));
              ui_lesson_activate (pane, "lesson.apply", NULL);
            }
          g_assert_true (cw_lesson_changes_made (step, cw_document_get_scenario (document)));
          break;
        case CW_STEP_REVEAL:
        case CW_STEP_READ:
        case CW_STEP_CHALLENGE:
        case CW_N_STEP_KINDS:
        default:
          break;
        }
      if (i == last)
        break;
      ui_lesson_wait_next (pane);
      if (step->kind == CW_STEP_REVEAL)
        {
          const CwLessonAnswer *answer = &progress->answers[step->predict_step];

          g_assert_cmpint (answer->score, >=, 0);
          g_assert_cmpint (answer->score, <=, 100);
          if (cw_lesson_get_step (lesson, step->predict_step)->curve)
            g_assert_nonnull (answer->result);
          else
            for (guint k = 0; k < cw_lesson_get_step (lesson, step->predict_step)->n_outcomes; k++)
              g_assert_cmpint (answer->was[k], !=, CW_DIRECTION_NONE);
          revealed++;
        }
      ui_lesson_activate (pane, "lesson.next", NULL);
    }
  g_assert_cmpuint (revealed, ==, 2);

  /* The challenge: not met by the steps, met by the hint, checked live. */
  g_assert_cmpint (cw_lesson_get_step (lesson, last)->kind, ==, CW_STEP_CHALLENGE);
  wait_for_challenge (pane, 0);
  ui_lesson_activate (pane, "lesson.hint", NULL);
  cw_document_set_lever (document, NULL, cw_lever_from_id (walk->fix_lever), walk->fix_value);
  wait_for_challenge (pane, 1);
  /* The sentence names what the goal is checked on: the mean of the runs,
   * not the central run the chart's readout gives. */
  ui_flush ();
  g_assert_true (g_str_has_prefix (gtk_label_get_text (pane->status_label), "Goal met: "));
  g_assert_nonnull (strstr (gtk_label_get_text (pane->status_label), " on average over the runs in year "));

  ui_lesson_activate (pane, "lesson.export-to", g_variant_new_string (pdf));
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_unlink (pdf);
  g_rmdir (dir);

  /* Closed, and opened again in a new window: back at the challenge, with
   * the answers and the changes. */
  ui_lesson_activate (pane, "lesson.close", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pane)));
  close_window (window);
  window = ui_new_window ();
  document = cw_window_get_document (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-lesson", "s", walk->name));
  ui_flush ();
  pane = pane_of (window);
  progress = cw_lesson_pane_get_progress (pane);
  g_assert_cmpuint (progress->current, ==, last);
  for (guint i = 0; i < last; i++)
    if (cw_lesson_get_step (progress->lesson, i)->kind == CW_STEP_PREDICT)
      g_assert_cmpint (progress->answers[i].score, >=, 0);
  /* The changes of the run steps are made again, in their order. */
  expected = cw_scenario_copy (progress->lesson->scenario);
  for (guint i = 0; i < last; i++)
    if (cw_lesson_get_step (progress->lesson, i)->kind == CW_STEP_RUN)
      cw_lesson_apply_changes (cw_lesson_get_step (progress->lesson, i), expected);
  expected_hash = cw_scenario_hash (expected);
  actual_hash = cw_scenario_hash (cw_document_get_scenario (document));
  g_assert_cmpstr (actual_hash, ==, expected_hash);
  /* The hint's change was the learner's own, not a step's: checked again, the
   * goal is not met. */
  wait_for_challenge (pane, 0);
  close_window (window);
}

/* The sketch by keyboard: Right moves the year, Up raises its point. */
/* Opens the social-learning lesson and walks to its curve prediction
 * without answering anything else; returns the step. */
static guint
open_sketch (CwWindow      *window,
             CwLessonPane **pane)
{
  const CwLessonProgress *progress;
  guint predict = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-lesson", "s",
                                             "social-learning.lesson"));
  ui_flush ();
  *pane = pane_of (window);
  progress = cw_lesson_pane_get_progress (*pane);
  for (guint i = 0; i < cw_lesson_n_steps (progress->lesson); i++)
    if (cw_lesson_get_step (progress->lesson, i)->kind == CW_STEP_PREDICT &&
        cw_lesson_get_step (progress->lesson, i)->curve)
      predict = i;
  g_assert_cmpuint (predict, >, 0);
  while (progress->current < predict)
    {
      const CwLessonStep *step = cw_lesson_get_step (progress->lesson, progress->current);

      if (step->kind == CW_STEP_PREDICT)
        for (guint k = 0; k < step->n_outcomes; k++)
          ui_lesson_activate (*pane, "lesson.predict-direction", g_variant_new ("(ui)", k, CW_DIRECTION_SAME));
      ui_lesson_wait_next (*pane);
      ui_lesson_activate (*pane, "lesson.next", NULL);
    }
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET ((*pane)->sketch)));
  return predict;
}

static void
test_keyboard_sketch (void)
{
  CwWindow *window = ui_new_window ();
  CwLessonPane *pane;
  guint predict = open_sketch (window, &pane);
  const CwLessonProgress *progress = cw_lesson_pane_get_progress (pane);

  _cw_lesson_pane_sketch_key (pane, GDK_KEY_Right, 0);
  _cw_lesson_pane_sketch_key (pane, GDK_KEY_Up, 0);
  _cw_lesson_pane_sketch_key (pane, GDK_KEY_Up, GDK_SHIFT_MASK);
  ui_flush ();
  g_assert_true (isnan (progress->answers[predict].curve[0]));
  g_assert_cmpfloat_with_epsilon (progress->answers[predict].curve[1], 0.56, 1e-9);
  _cw_lesson_pane_sketch_key (pane, GDK_KEY_Right, 0);
  _cw_lesson_pane_sketch_key (pane, GDK_KEY_Down, 0);
  ui_flush ();
  /* A new point starts where the one before it is. */
  g_assert_cmpfloat_with_epsilon (progress->answers[predict].curve[2], 0.55, 1e-9);
  close_window (window);
}

/* The sketch is drawn again in the desktop's look when it changes: in high
 * contrast (the plot asks for it), dark, and back as it was. */
static void
test_sketch_follows_look (void)
{
  CwWindow *window = ui_new_window ();
  CwLessonPane *pane;
  CwLessonPlot plot;

  open_sketch (window, &pane);
  /* Without its card, whose style alone would have GTK draw it again. */
  gtk_widget_remove_css_class (GTK_WIDGET (pane->sketch), "card");
  ui_assert_follows_look (GTK_WIDGET (pane->sketch));
  g_assert_true (cw_lesson_pane_get_plot (pane, &plot));
  g_assert_false (plot.look.high_contrast);
  ui_set_high_contrast (TRUE);
  g_assert_true (cw_lesson_pane_get_plot (pane, &plot));
  g_assert_true (plot.look.high_contrast && !plot.look.dark);
  ui_set_high_contrast (FALSE);
  close_window (window);
}

/* A lesson file opened as a file (the command line, a file manager, Open)
 * starts the lesson with its scenario, not an error about a scenario; a
 * broken one lists its problem and leaves the window's work as it was. */
static void
test_open_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "lessons",
                                                 "governance-upgrading.lesson", NULL);
  g_autofree char *dir = g_dir_make_tmp ("cw-lesson-XXXXXX", NULL);
  g_autofree char *broken_path = g_build_filename (dir, "broken.lesson", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(CwLesson) expected = cw_lesson_load_path (path, problems, NULL);
  CwWindow *window = ui_new_window ();
  CwLessonPane *pane;
  const CwLessonProgress *progress;
  CwScenario *before;
  GtkWindow *alert;

  g_assert_nonnull (expected);
  cw_window_open (window, file);
  ui_flush ();
  pane = pane_of (window);
  g_assert_nonnull (pane);
  progress = cw_lesson_pane_get_progress (pane);
  g_assert_nonnull (progress);
  g_assert_cmpstr (progress->lesson->title, ==, expected->title);
  g_assert_cmpuint (progress->current, ==, 0);
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (cw_window_get_document (window)),
                                    expected->scenario));

  g_assert_true (g_file_set_contents (broken_path, "<lesson", -1, NULL));
  before = cw_scenario_copy (cw_document_get_scenario (cw_window_get_document (window)));
  cw_window_open (window, broken);
  ui_flush ();
  alert = ui_find_transient (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (alert);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (alert)), "broken.lesson"));
  gtk_window_destroy (alert);
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (cw_window_get_document (window)), before));
  cw_scenario_free (before);
  g_unlink (broken_path);
  g_rmdir (dir);
  close_window (window);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (walks); i++)
    {
      g_autofree char *name = g_strconcat ("/lesson-pane/walk/", walks[i].name, NULL);

      g_test_add_data_func (name, &walks[i], test_walk);
    }
  g_test_add_func ("/lesson-pane/keyboard-sketch", test_keyboard_sketch);
  g_test_add_func ("/lesson-pane/sketch-follows-look", test_sketch_follows_look);
  g_test_add_func ("/lesson-pane/open-file", test_open_file);
  return ui_test_run ();
}

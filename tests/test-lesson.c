/* test-lesson.c — the bundled lessons load, teach what the model does, and score
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each bundled lesson is walked as a class would: the ensemble result when a
 * prediction is made, the run steps' changes, the result at the reveal. The
 * directions the reveals describe and the challenge (not met by following
 * the steps, met by what the hints suggest) are checked against the model.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "cw-ensemble.h"
#include "cw-lesson-report.h"
#include "cw-lesson.h"
#include "cw-lever-slot.h"

#define RUNS 100

typedef struct {
  const char *name;
  /* the directions of the first direction prediction, outcome by outcome */
  CwDirection directions[3];
  /* what the hints suggest, which meets the challenge */
  const char *fix_lever;
  double      fix_value;
} Claims;

static const Claims claims[] = {
  { "governance-upgrading.lesson", { CW_DIRECTION_UP, CW_DIRECTION_UP, CW_DIRECTION_SAME },
    "fdi_embedding", 0.8 },
  { "internationalisation.lesson", { CW_DIRECTION_UP, CW_DIRECTION_DOWN, CW_DIRECTION_SAME },
    "lead_internationalisation", 0.8 },
  { "social-learning.lesson", { CW_DIRECTION_DOWN, CW_DIRECTION_UP, CW_DIRECTION_SAME },
    "education", 0.5 },
};

static CwLesson *
load (const char *name)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  CwLesson *lesson = cw_lesson_load_bundled (name, problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (lesson);
  g_assert_cmpuint (problems->len, ==, 0);
  return lesson;
}

static CwSeries *
ensemble (const CwScenario *scenario)
{
  CwRunOptions opts = { .runs = RUNS, .threads = 2 };
  g_autoptr(GError) error = NULL;
  CwSeries *series = cw_ensemble_run (scenario, &opts, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return series;
}

static void
test_bundled_list (void)
{
  g_auto(GStrv) names = cw_lesson_list_bundled ();

  g_assert_cmpuint (g_strv_length (names), ==, G_N_ELEMENTS (claims));
  for (guint i = 0; i < G_N_ELEMENTS (claims); i++)
    g_assert_cmpstr (names[i], ==, claims[i].name);
}

/* 6–12 steps, every kind of step, a scenario, titles and texts. */
static void
test_shape (gconstpointer data)
{
  const Claims *c = data;
  g_autoptr(CwLesson) lesson = load (c->name);
  guint kinds = 0;

  g_assert_nonnull (lesson->scenario);
  g_assert_cmpuint (cw_lesson_n_steps (lesson), >=, 6);
  g_assert_cmpuint (cw_lesson_n_steps (lesson), <=, 12);
  for (guint i = 0; i < cw_lesson_n_steps (lesson); i++)
    {
      const CwLessonStep *step = cw_lesson_get_step (lesson, i);

      kinds |= 1u << step->kind;
      g_assert_cmpuint (strlen (step->title), >, 3);
      g_assert_cmpuint (strlen (step->text), >, 20);
      if (step->kind == CW_STEP_CHALLENGE)
        g_assert_cmpuint (g_strv_length (step->hints), >=, 1);
    }
  g_assert_cmpuint (kinds, ==, (1u << CW_N_STEP_KINDS) - 1);
}

/* The texts in German and Polish differ from the English ones. */
static void
test_languages (gconstpointer data)
{
  const Claims *c = data;
  const char *languages[] = { "de", "pl" };
  g_autoptr(CwLesson) english = load (c->name);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(CwLesson) translated = NULL;

      g_setenv ("LANGUAGE", languages[l], TRUE);
      translated = load (c->name);
      g_assert_cmpstr (translated->title, !=, english->title);
      for (guint i = 0; i < cw_lesson_n_steps (english); i++)
        {
          const CwLessonStep *a = cw_lesson_get_step (english, i);
          const CwLessonStep *b = cw_lesson_get_step (translated, i);

          g_assert_cmpstr (a->title, !=, b->title);
          g_assert_cmpstr (a->text, !=, b->text);
          for (guint h = 0; a->hints != NULL && a->hints[h] != NULL; h++)
            g_assert_cmpstr (a->hints[h], !=, b->hints[h]);
        }
      g_unsetenv ("LANGUAGE");
    }
}

/* Walks the lesson: the reveals say what the model does, and the challenge
 * needs the hint. */
static void
test_claims (gconstpointer data)
{
  const Claims *c = data;
  g_autoptr(CwLesson) lesson = load (c->name);
  g_autoptr(CwLessonProgress) progress = cw_lesson_progress_new (lesson);
  g_autoptr(CwScenario) scenario = cw_scenario_copy (lesson->scenario);
  g_autoptr(CwSeries) before = NULL;
  g_autoptr(CwSeries) now = NULL;
  const CwLessonStep *challenge = NULL;
  gboolean directions_checked = FALSE, met;
  double value, spend;

  for (guint i = 0; i < cw_lesson_n_steps (lesson); i++)
    {
      const CwLessonStep *step = cw_lesson_get_step (lesson, i);

      switch (step->kind)
        {
        case CW_STEP_PREDICT:
          g_clear_pointer (&before, cw_series_free);
          before = ensemble (scenario);
          cw_lesson_progress_capture (progress, i, before);
          break;
        case CW_STEP_RUN:
          g_assert_false (cw_lesson_changes_made (step, scenario));
          cw_lesson_apply_changes (step, scenario);
          g_assert_true (cw_lesson_changes_made (step, scenario));
          break;
        case CW_STEP_REVEAL:
          g_clear_pointer (&now, cw_series_free);
          now = ensemble (scenario);
          cw_lesson_progress_reveal (progress, i, now);
          if (!cw_lesson_get_step (lesson, step->predict_step)->curve && !directions_checked)
            {
              const CwLessonStep *predict = cw_lesson_get_step (lesson, step->predict_step);

              for (guint k = 0; k < predict->n_outcomes; k++)
                {
                  g_test_message ("%s: %s", c->name, cw_output_info (predict->outcomes[k])->id);
                  g_assert_cmpint (progress->answers[step->predict_step].was[k], ==, c->directions[k]);
                }
              directions_checked = TRUE;
            }
          break;
        case CW_STEP_CHALLENGE:
          challenge = step;
          break;
        case CW_STEP_READ:
        case CW_N_STEP_KINDS:
        default:
          break;
        }
    }
  g_assert_true (directions_checked);
  g_assert_nonnull (challenge);
  g_clear_pointer (&now, cw_series_free);
  now = ensemble (scenario);
  met = cw_lesson_challenge_met (challenge, now, &value, &spend);
  g_test_message ("%s: %g before the hint, spending at most %g", c->name, value, spend);
  g_assert_false (met);
  cw_lever_slot_set (scenario, NULL, cw_lever_from_id (c->fix_lever), c->fix_value);
  g_clear_pointer (&now, cw_series_free);
  now = ensemble (scenario);
  met = cw_lesson_challenge_met (challenge, now, &value, &spend);
  g_test_message ("%s: %g after, spending at most %g", c->name, value, spend);
  g_assert_true (met);
}

static void
test_scores (void)
{
  double actual[5] = { 0.2, 0.3, 0.4, 0.5, 0.6 };
  double exact[5] = { 0.2, 0.3, 0.4, 0.5, 0.6 };
  double off[5] = { 0.3, 0.4, 0.5, 0.6, 0.7 };
  double partial[5] = { NAN, NAN, 0.4, NAN, NAN };
  double none[5] = { NAN, NAN, NAN, NAN, NAN };
  CwDirection said[3] = { CW_DIRECTION_UP, CW_DIRECTION_DOWN, CW_DIRECTION_NONE };
  CwDirection was[3] = { CW_DIRECTION_UP, CW_DIRECTION_UP, CW_DIRECTION_SAME };

  g_assert_cmpint (cw_lesson_score_curve (exact, actual, 5), ==, 100);
  g_assert_cmpint (cw_lesson_score_curve (off, actual, 5), ==, 60);
  g_assert_cmpint (cw_lesson_score_curve (partial, actual, 5), ==, 100);
  g_assert_cmpint (cw_lesson_score_curve (none, actual, 5), ==, -1);
  g_assert_cmpint (cw_lesson_score_directions (said, was, 3), ==, 33);
}

/* Answers survive a save and a load; the PDF is one page. */
static void
test_progress_and_report (void)
{
  g_autoptr(CwLesson) lesson = load ("social-learning.lesson");
  g_autoptr(CwLessonProgress) progress = cw_lesson_progress_new (lesson);
  g_autoptr(CwLessonProgress) again = cw_lesson_progress_new (lesson);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(CwSeries) series = ensemble (lesson->scenario);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-lesson-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "lesson.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  guint curve = 0, directions = 0, reveal_curve = 0, reveal_directions = 0;

  for (guint i = 0; i < cw_lesson_n_steps (lesson); i++)
    {
      const CwLessonStep *step = cw_lesson_get_step (lesson, i);

      if (step->kind == CW_STEP_PREDICT && step->curve)
        curve = i;
      else if (step->kind == CW_STEP_PREDICT)
        directions = i;
      else if (step->kind == CW_STEP_REVEAL && step->predict_step == (int) curve && curve > 0)
        reveal_curve = i;
      else if (step->kind == CW_STEP_REVEAL)
        reveal_directions = i;
    }
  g_assert_cmpuint (reveal_curve, >, curve);
  for (guint y = 0; y < progress->n_points; y++)
    progress->answers[curve].curve[y] = y % 3 == 0 ? 0.4 + 0.02 * y : NAN;
  progress->answers[directions].said[0] = CW_DIRECTION_DOWN;
  progress->answers[directions].said[1] = CW_DIRECTION_UP;
  progress->answers[directions].said[2] = CW_DIRECTION_UP;
  cw_lesson_progress_capture (progress, directions, series);
  cw_lesson_progress_reveal (progress, reveal_curve, series);
  cw_lesson_progress_reveal (progress, reveal_directions, series);
  g_assert_cmpint (progress->answers[curve].score, >, 0);
  /* The same result before and after: every outcome stayed the same. */
  g_assert_cmpint (progress->answers[directions].score, ==, 0);
  progress->current = reveal_curve;
  progress->challenge = 0;
  progress->challenge_value = 0.5;
  cw_lesson_progress_save (progress, file, "social-learning.lesson");
  cw_lesson_progress_load (again, file, "social-learning.lesson");
  g_assert_cmpuint (again->current, ==, reveal_curve);
  g_assert_cmpint (again->challenge, ==, 0);
  for (guint y = 0; y < progress->n_points; y++)
    {
      g_assert_cmpfloat (isnan (again->answers[curve].curve[y]), ==, isnan (progress->answers[curve].curve[y]));
      g_assert_cmpfloat_with_epsilon (again->answers[curve].result[y], progress->answers[curve].result[y], 1e-9);
    }
  g_assert_cmpint (again->answers[curve].score, ==, progress->answers[curve].score);
  g_assert_cmpint (again->answers[directions].said[2], ==, CW_DIRECTION_UP);
  g_assert_cmpint (again->answers[directions].was[0], ==, CW_DIRECTION_SAME);
  g_assert_cmpfloat_with_epsilon (again->answers[directions].before[1], progress->answers[directions].before[1], 1e-9);
  g_assert_false (isnan (again->answers[directions].before[1]));

  g_assert_true (cw_lesson_report_write (progress, "Ada", NULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char *[]) { "pdfinfo", path, NULL }, NULL, G_SPAWN_SEARCH_PATH,
                              NULL, NULL, &info, NULL, NULL, &error));
  g_assert_nonnull (strstr (info, "\nPages:           1\n"));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { "pdftotext", path, "-", NULL }, NULL, G_SPAWN_SEARCH_PATH,
                              NULL, NULL, &text, NULL, NULL, &error));
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Ada"));
  g_assert_nonnull (strstr (text, cw_lesson_get_step (lesson, curve)->title));
  g_assert_nonnull (strstr (text, "score"));
  g_assert_nonnull (strstr (text, "Your prediction"));
  g_assert_nonnull (strstr (text, "Not met yet"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lesson/bundled", test_bundled_list);
  g_test_add_func ("/lesson/scores", test_scores);
  g_test_add_func ("/lesson/progress-and-report", test_progress_and_report);
  for (guint i = 0; i < G_N_ELEMENTS (claims); i++)
    {
      g_autofree char *shape = g_strconcat ("/lesson/shape/", claims[i].name, NULL);
      g_autofree char *languages = g_strconcat ("/lesson/languages/", claims[i].name, NULL);
      g_autofree char *walk = g_strconcat ("/lesson/claims/", claims[i].name, NULL);

      g_test_add_data_func (shape, &claims[i], test_shape);
      g_test_add_data_func (languages, &claims[i], test_languages);
      g_test_add_data_func (walk, &claims[i], test_claims);
    }
  return g_test_run ();
}

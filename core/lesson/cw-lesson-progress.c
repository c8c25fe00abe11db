/* cw-lesson-progress.c — a learner's answers and scores, kept between sessions
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-lesson"

#include "config.h"

#include <math.h>

#include "cw-lesson.h"

CwLessonProgress *
cw_lesson_progress_new (const CwLesson *lesson)
{
  CwLessonProgress *self = g_new0 (CwLessonProgress, 1);

  g_return_val_if_fail (lesson != NULL && lesson->scenario != NULL, NULL);

  self->lesson = lesson;
  self->n_points = (guint) lesson->scenario->years + 1;
  self->answers = g_new0 (CwLessonAnswer, lesson->steps->len);
  self->challenge = -1;
  self->challenge_value = NAN;
  for (guint i = 0; i < lesson->steps->len; i++)
    {
      CwLessonAnswer *answer = &self->answers[i];

      answer->curve = g_new (double, self->n_points);
      for (guint y = 0; y < self->n_points; y++)
        answer->curve[y] = NAN;
      for (guint k = 0; k < CW_LESSON_MAX_OUTCOMES; k++)
        {
          answer->before[k] = NAN;
          answer->said[k] = answer->was[k] = CW_DIRECTION_NONE;
        }
      answer->score = -1;
    }
  return self;
}

void
cw_lesson_progress_free (CwLessonProgress *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->lesson->steps->len; i++)
    {
      g_free (self->answers[i].curve);
      g_free (self->answers[i].result);
    }
  g_free (self->answers);
  g_free (self);
}

void
cw_lesson_progress_capture (CwLessonProgress *self,
                            guint             predict,
                            const CwSeries   *series)
{
  const CwLessonStep *step = cw_lesson_get_step (self->lesson, predict);

  g_return_if_fail (step->kind == CW_STEP_PREDICT);

  for (guint k = 0; k < step->n_outcomes; k++)
    self->answers[predict].before[k] = cw_lesson_final_value (series, step->outcomes[k]);
}

void
cw_lesson_progress_reveal (CwLessonProgress *self,
                           guint             reveal,
                           const CwSeries   *after)
{
  const CwLessonStep *step = cw_lesson_get_step (self->lesson, reveal);
  const CwLessonStep *predict;
  CwLessonAnswer *answer;

  g_return_if_fail (step->kind == CW_STEP_REVEAL && step->predict_step >= 0);

  predict = cw_lesson_get_step (self->lesson, step->predict_step);
  answer = &self->answers[step->predict_step];
  if (predict->curve)
    {
      g_free (answer->result);
      answer->result = g_new (double, self->n_points);
      cw_lesson_series_yearly (after, predict->outcomes[0], answer->result, self->n_points);
      answer->score = MAX (0, cw_lesson_score_curve (answer->curve, answer->result, self->n_points));
      return;
    }
  for (guint k = 0; k < predict->n_outcomes; k++)
    answer->was[k] = isnan (answer->before[k])
                     ? CW_DIRECTION_NONE
                     : cw_lesson_direction (answer->before[k], cw_lesson_final_value (after, predict->outcomes[k]),
                                            predict->outcomes[k]);
  answer->score = cw_lesson_score_directions (answer->said, answer->was, predict->n_outcomes);
}

static char *
key (guint       step,
     const char *what)
{
  return g_strdup_printf ("step%u-%s", step, what);
}

void
cw_lesson_progress_save (const CwLessonProgress *self,
                         GKeyFile               *file,
                         const char             *group)
{
  g_key_file_remove_group (file, group, NULL);
  g_key_file_set_integer (file, group, "current", (int) self->current);
  g_key_file_set_integer (file, group, "challenge", self->challenge);
  for (guint i = 0; i < self->lesson->steps->len; i++)
    {
      const CwLessonAnswer *answer = &self->answers[i];
      g_autofree char *curve = key (i, "curve");
      g_autofree char *result = key (i, "result");
      g_autofree char *said = key (i, "said");
      g_autofree char *was = key (i, "was");
      g_autofree char *score = key (i, "score");
      g_autofree char *before = key (i, "before");
      g_autofree double *values = NULL;
      int directions[2][CW_LESSON_MAX_OUTCOMES];
      double befores[CW_LESSON_MAX_OUTCOMES];

      if (cw_lesson_get_step (self->lesson, i)->kind != CW_STEP_PREDICT)
        continue;
      /* NAN (not drawn, not known) is written as -1: key files have no NaN, and
       the outcomes are never negative. */
      values = g_new (double, self->n_points);
      for (guint y = 0; y < self->n_points; y++)
        values[y] = isnan (answer->curve[y]) ? -1 : answer->curve[y];
      g_key_file_set_double_list (file, group, curve, values, self->n_points);
      if (answer->result != NULL)
        g_key_file_set_double_list (file, group, result, answer->result, self->n_points);
      for (guint k = 0; k < CW_LESSON_MAX_OUTCOMES; k++)
        {
          directions[0][k] = answer->said[k];
          directions[1][k] = answer->was[k];
          befores[k] = isnan (answer->before[k]) ? -1 : answer->before[k];
        }
      g_key_file_set_double_list (file, group, before, befores, CW_LESSON_MAX_OUTCOMES);
      g_key_file_set_integer_list (file, group, said, directions[0], CW_LESSON_MAX_OUTCOMES);
      g_key_file_set_integer_list (file, group, was, directions[1], CW_LESSON_MAX_OUTCOMES);
      g_key_file_set_integer (file, group, score, answer->score);
    }
}

/* A list of @n doubles from @file, or NULL when it is missing or of another
 * length (a lesson that changed since). */
static double *
get_doubles (GKeyFile   *file,
             const char *group,
             const char *name,
             guint       n)
{
  gsize length = 0;
  double *values = g_key_file_get_double_list (file, group, name, &length, NULL);

  if (values != NULL && length != n)
    g_clear_pointer (&values, g_free);
  return values;
}

static void
get_directions (GKeyFile    *file,
                const char  *group,
                const char  *name,
                CwDirection *directions)
{
  gsize length = 0;
  g_autofree int *values = g_key_file_get_integer_list (file, group, name, &length, NULL);

  for (gsize k = 0; values != NULL && k < MIN (length, CW_LESSON_MAX_OUTCOMES); k++)
    directions[k] = CLAMP (values[k], CW_DIRECTION_NONE, CW_DIRECTION_UP);
}

void
cw_lesson_progress_load (CwLessonProgress *self,
                         GKeyFile         *file,
                         const char       *group)
{
  guint n_steps = self->lesson->steps->len;

  if (!g_key_file_has_group (file, group))
    return;
  self->current = (guint) CLAMP (g_key_file_get_integer (file, group, "current", NULL), 0, (int) n_steps - 1);
  self->challenge = CLAMP (g_key_file_get_integer (file, group, "challenge", NULL), -1, 1);
  for (guint i = 0; i < n_steps; i++)
    {
      CwLessonAnswer *answer = &self->answers[i];
      g_autofree char *curve_key = key (i, "curve");
      g_autofree char *result_key = key (i, "result");
      g_autofree char *said_key = key (i, "said");
      g_autofree char *was_key = key (i, "was");
      g_autofree char *score_key = key (i, "score");
      g_autofree char *before_key = key (i, "before");
      g_autofree double *curve = NULL;
      g_autofree double *before = NULL;

      if (cw_lesson_get_step (self->lesson, i)->kind != CW_STEP_PREDICT)
        continue;
      curve = get_doubles (file, group, curve_key, self->n_points);
      for (guint y = 0; curve != NULL && y < self->n_points; y++)
        answer->curve[y] = curve[y] < 0 ? NAN : curve[y];
      g_free (answer->result);
      answer->result = get_doubles (file, group, result_key, self->n_points);
      before = get_doubles (file, group, before_key, CW_LESSON_MAX_OUTCOMES);
      for (guint k = 0; before != NULL && k < CW_LESSON_MAX_OUTCOMES; k++)
        answer->before[k] = before[k] < 0 ? NAN : before[k];
      get_directions (file, group, said_key, answer->said);
      get_directions (file, group, was_key, answer->was);
      answer->score = CLAMP (g_key_file_get_integer (file, group, score_key, NULL), -1, 100);
      if (!g_key_file_has_key (file, group, score_key, NULL))
        answer->score = -1;
    }
}

/* cw-lesson.c — lessons and their steps; scoring a prediction against a result
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-lesson"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-lesson-private.h"
#include "cw-lever-slot.h"

G_DEFINE_QUARK (cw-lesson-error-quark, cw_lesson_error)

static const struct { const char *id; const char *name; } step_kinds[CW_N_STEP_KINDS] = {
  { "read", N_("Read") },
  { "predict", N_("Predict") },
  { "run", N_("Run") },
  { "reveal", N_("Reveal") },
  { "challenge", N_("Challenge") },
};

const char *
cw_step_kind_id (CwStepKind kind)
{
  g_return_val_if_fail (kind < CW_N_STEP_KINDS, NULL);
  return step_kinds[kind].id;
}

const char *
cw_step_kind_name (CwStepKind kind)
{
  g_return_val_if_fail (kind < CW_N_STEP_KINDS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, step_kinds[kind].name);
}

static void
step_free (CwLessonStep *step)
{
  g_free (step->title);
  g_free (step->text);
  g_free (step->highlight_stage);
  for (guint i = 0; i < step->n_changes; i++)
    g_free (step->changes[i].stage);
  g_strfreev (step->hints);
  g_free (step);
}

void
cw_lesson_free (CwLesson *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_free (self->summary);
  g_free (self->example);
  g_clear_pointer (&self->scenario, cw_scenario_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_free (self);
}

CwLesson *
cw_lesson_new (void)
{
  CwLesson *self = g_new0 (CwLesson, 1);

  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  return self;
}

guint
cw_lesson_n_steps (const CwLesson *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->steps->len;
}

const CwLessonStep *
cw_lesson_get_step (const CwLesson *self,
                    guint           index)
{
  g_return_val_if_fail (self != NULL && index < self->steps->len, NULL);
  return g_ptr_array_index (self->steps, index);
}

void
cw_lesson_series_yearly (const CwSeries *series,
                         CwOutput        output,
                         double         *values,
                         guint           n)
{
  const double *line = cw_series_get (series, output, CW_STAT_MEAN);

  for (guint y = 0; y < n; y++)
    {
      int step = (int) y * CW_STEPS_PER_YEAR;

      values[y] = step < series->n_steps ? line[step] : NAN;
    }
}

int
cw_lesson_score_curve (const double *predicted,
                       const double *actual,
                       guint         n)
{
  double gap = 0;
  guint counted = 0;

  for (guint y = 0; y < n; y++)
    if (!isnan (predicted[y]) && !isnan (actual[y]))
      {
        gap += fabs (predicted[y] - actual[y]);
        counted++;
      }
  if (counted == 0)
    return -1;
  return (int) round (CLAMP (100.0 - 400.0 * gap / counted, 0.0, 100.0));
}

double
cw_lesson_final_value (const CwSeries *series,
                       CwOutput        output)
{
  return cw_series_get (series, output, CW_STAT_MEAN)[series->n_steps - 1];
}

CwDirection
cw_lesson_direction (double   a,
                     double   b,
                     CwOutput output)
{
  double band = cw_output_info (output)->kind == CW_OUTPUT_KIND_COUNT ? CW_LESSON_SAME_COUNT
                                                                       : CW_LESSON_SAME_BAND;

  if (b - a > band)
    return CW_DIRECTION_UP;
  if (a - b > band)
    return CW_DIRECTION_DOWN;
  return CW_DIRECTION_SAME;
}

int
cw_lesson_score_directions (const CwDirection *predicted,
                            const CwDirection *actual,
                            guint              n)
{
  guint right = 0;

  if (n == 0)
    return -1;
  for (guint i = 0; i < n; i++)
    right += predicted[i] == actual[i];
  return (int) round (100.0 * right / n);
}

static gboolean
compare (CwCompare op,
         double    value,
         double    threshold)
{
  switch (op)
    {
    case CW_COMPARE_LT:
      return value < threshold;
    case CW_COMPARE_LE:
      return value <= threshold;
    case CW_COMPARE_GT:
      return value > threshold;
    case CW_COMPARE_GE:
    default:
      return value >= threshold;
    }
}

gboolean
cw_lesson_challenge_met (const CwLessonStep *step,
                         const CwSeries     *series,
                         double             *value,
                         double             *spend)
{
  int last = MIN (step->year * CW_STEPS_PER_YEAR, series->n_steps - 1);
  const double *outcome = cw_series_get (series, step->outcomes[0], CW_STAT_MEAN);
  const double *spending = cw_series_get (series, CW_OUT_SPEND, CW_STAT_MEAN);

  g_return_val_if_fail (step->kind == CW_STEP_CHALLENGE, FALSE);

  *value = outcome[last];
  *spend = 0;
  for (int i = 0; i <= last; i++)
    *spend = MAX (*spend, spending[i]);
  return compare (step->op, *value, step->threshold) &&
         (isnan (step->budget) || *spend <= step->budget + 1e-9);
}

void
cw_lesson_apply_changes (const CwLessonStep *step,
                         CwScenario         *scenario)
{
  for (guint i = 0; i < step->n_changes; i++)
    cw_lever_slot_set (scenario, step->changes[i].stage, step->changes[i].lever,
                       step->changes[i].value);
}

gboolean
cw_lesson_changes_made (const CwLessonStep *step,
                        const CwScenario   *scenario)
{
  for (guint i = 0; i < step->n_changes; i++)
    {
      double value = 0;

      cw_lever_slot_get (scenario, step->changes[i].stage, step->changes[i].lever, &value);
      if (fabs (value - step->changes[i].value) > 0.05)
        return FALSE;
    }
  return TRUE;
}

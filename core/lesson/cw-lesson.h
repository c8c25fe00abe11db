/* cw-lesson.h — a lesson: a scenario and the steps a class walks through it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Steps: read (text, may highlight a stage or lever), predict (sketch the
 * curve of an outcome, or say up, down or no change for several outcomes),
 * run (a change the learner or the step makes), reveal (the result over the
 * prediction, with a score and feedback) and challenge (a goal within a
 * budget, checked against the published results). Texts are in the user's
 * language; the file holds the others (resources/lessons/).
 */
#pragma once

#include <gio/gio.h>

#include "cw-outputs.h"
#include "cw-scenario.h"
#include "cw-scenario-file.h"
#include "cw-series.h"

G_BEGIN_DECLS

#define CW_LESSON_ERROR (cw_lesson_error_quark ())

typedef enum {
  CW_LESSON_ERROR_INVALID,   /* not a lesson, or one with errors */
  CW_LESSON_ERROR_FILE,      /* a file that cannot be read */
  CW_LESSON_ERROR_VERSION,   /* a file from a newer major version */
} CwLessonError;

GQuark cw_lesson_error_quark (void);

#define CW_LESSON_FORMAT_MAJOR 1
#define CW_LESSON_NAMESPACE "https://clusterworkbench.github.io/ns/lesson"
#define CW_LESSON_EXTENSION ".lesson"
#define CW_LESSON_MAX_STEPS 40
#define CW_LESSON_MAX_OUTCOMES 8
#define CW_LESSON_MAX_CHANGES 16
#define CW_LESSON_MAX_HINTS 8

typedef enum {
  CW_STEP_READ,
  CW_STEP_PREDICT,
  CW_STEP_RUN,
  CW_STEP_REVEAL,
  CW_STEP_CHALLENGE,
  CW_N_STEP_KINDS
} CwStepKind;

/* What a learner says an outcome does. */
typedef enum {
  CW_DIRECTION_NONE = -2,   /* not answered yet */
  CW_DIRECTION_DOWN = -1,
  CW_DIRECTION_SAME = 0,
  CW_DIRECTION_UP = 1,
} CwDirection;

/* A lever set by a run step: a standing lever when @stage is NULL. */
typedef struct {
  char     *stage;
  CwLever   lever;
  double    value;
} CwLessonChange;

typedef struct {
  CwStepKind   kind;
  char        *title;        /* short, in the user's language */
  char        *text;         /* what the learner reads */
  /* read: what to point at (NULL, -1: nothing) */
  char        *highlight_stage;
  int          highlight_lever;
  /* predict: one outcome sketched as a curve, or several answered with a
   * direction (n_outcomes > 0) */
  gboolean     curve;
  CwOutput     outcomes[CW_LESSON_MAX_OUTCOMES];
  guint        n_outcomes;
  /* run: the changes, made by the step (by_step) or by the learner */
  gboolean     by_step;
  CwLessonChange changes[CW_LESSON_MAX_CHANGES];
  guint        n_changes;
  /* reveal: the feedback is @text; the prediction it scores */
  int          predict_step;
  /* challenge: @outcomes[0] @op @threshold by @year, spending at most
   * @budget M€ a year (NAN: no limit) */
  CwCompare    op;
  double       threshold;
  int          year;
  double       budget;
  GStrv        hints;
  guint32      levers;       /* bit per CwLever the learner may move for the goal */
} CwLessonStep;

typedef struct {
  char        *title;
  char        *summary;
  char        *example;      /* the bundled scenario, or NULL when embedded */
  CwScenario  *scenario;     /* the scenario the lesson starts from */
  GPtrArray   *steps;        /* CwLessonStep* */
} CwLesson;

void         cw_lesson_free           (CwLesson          *self);
guint        cw_lesson_n_steps        (const CwLesson    *self);
const CwLessonStep *cw_lesson_get_step (const CwLesson   *self,
                                       guint              index);
const char  *cw_step_kind_id          (CwStepKind         kind);
/* "Read", "Predict", …: translated. */
const char  *cw_step_kind_name        (CwStepKind         kind);

/* Loading, with the rules of untrusted scenario files: size cap, no DTD,
 * no entities, schema resources/cw-lesson.rng, problems at their lines. */
CwLesson    *cw_lesson_load_bytes     (GBytes            *bytes,
                                       const char        *name,
                                       GPtrArray         *problems,
                                       GError           **error);
CwLesson    *cw_lesson_load_file      (GFile             *file,
                                       GPtrArray         *problems,
                                       GError           **error);
/* The same for a path as the user typed it, which names the file in messages. */
CwLesson    *cw_lesson_load_path      (const char        *path,
                                       GPtrArray         *problems,
                                       GError           **error);
/* The bundled lessons: names such as "governance-upgrading.lesson", sorted. */
char       **cw_lesson_list_bundled   (void);
CwLesson    *cw_lesson_load_bundled   (const char        *name,
                                       GPtrArray         *problems,
                                       GError           **error);

/* Scoring, cw-lesson-score.c. A curve prediction is one value per year,
 * years 0 … n-1 of the run (NAN: not drawn). */
/* A change smaller than these is "about the same": shares, counts of firms. */
#define CW_LESSON_SAME_BAND 0.02
#define CW_LESSON_SAME_COUNT 0.5
/* The outcome at each whole year of @series, into @values (n of them). */
void         cw_lesson_series_yearly  (const CwSeries    *series,
                                       CwOutput           output,
                                       double            *values,
                                       guint              n);
/* 0 … 100: 100 minus 400 times the mean gap between the drawn points and
 * the result (a mean gap of 0.25 scores 0). -1 when nothing was drawn. */
int          cw_lesson_score_curve    (const double      *predicted,
                                       const double      *actual,
                                       guint              n);
/* The outcome at the last year of @series. */
double       cw_lesson_final_value    (const CwSeries    *series,
                                       CwOutput           output);
/* What @output did from @before to @after: up, down or about the same. */
CwDirection  cw_lesson_direction      (double             before,
                                       double             after,
                                       CwOutput           output);
/* 0 … 100: the share of the directions answered right. */
int          cw_lesson_score_directions (const CwDirection *predicted,
                                       const CwDirection *actual,
                                       guint              n);
/* Whether @series meets the challenge of @step; sets @value (the outcome at
 * the goal year) and @spend (the highest spend in a year up to it). */
gboolean     cw_lesson_challenge_met  (const CwLessonStep *step,
                                       const CwSeries    *series,
                                       double            *value,
                                       double            *spend);
/* Applies the changes of a run step to @scenario. */
void         cw_lesson_apply_changes  (const CwLessonStep *step,
                                       CwScenario        *scenario);
/* Whether @scenario holds the changes of a run step (within 0.05). */
gboolean     cw_lesson_changes_made   (const CwLessonStep *step,
                                       const CwScenario  *scenario);

/* What a learner answered in a predict step, and what the run said. */
typedef struct {
  double      *curve;      /* n_points values, NAN where not drawn */
  double      *result;     /* the outcome at each year once revealed, else NULL */
  double       before[CW_LESSON_MAX_OUTCOMES];  /* when predicted; NAN: not yet */
  CwDirection  said[CW_LESSON_MAX_OUTCOMES];
  CwDirection  was[CW_LESSON_MAX_OUTCOMES];
  int          score;      /* 0 … 100, -1 until revealed */
} CwLessonAnswer;

/* A learner's way through a lesson: cw-lesson-progress.c. */
typedef struct {
  const CwLesson *lesson;     /* not owned: outlives the progress */
  guint           current;    /* the step shown */
  guint           n_points;   /* years of the run + 1 */
  CwLessonAnswer *answers;    /* one per step; used by predict steps */
  int             challenge;  /* -1 not tried, 0 not met, 1 met */
  double          challenge_value;
} CwLessonProgress;

CwLessonProgress *cw_lesson_progress_new    (const CwLesson   *lesson);
void              cw_lesson_progress_free   (CwLessonProgress *self);
/* Keeps the outcomes of predict step @predict in @series, the result when
 * the prediction is made, for the reveal to compare with. */
void              cw_lesson_progress_capture (CwLessonProgress *self,
                                             guint             predict,
                                             const CwSeries   *series);
/* Scores the predict step that reveal step @reveal refers to against
 * @after, the result now. */
void              cw_lesson_progress_reveal (CwLessonProgress *self,
                                             guint             reveal,
                                             const CwSeries   *after);
/* Progress kept between sessions in @file's group @group (the lesson's name). */
void              cw_lesson_progress_save   (const CwLessonProgress *self,
                                             GKeyFile         *file,
                                             const char       *group);
void              cw_lesson_progress_load   (CwLessonProgress *self,
                                             GKeyFile         *file,
                                             const char       *group);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwLesson, cw_lesson_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwLessonProgress, cw_lesson_progress_free)

G_END_DECLS

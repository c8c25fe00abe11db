/* cw-lesson-pane.c — a lesson beside the canvas: its steps, the learner's predictions, the results
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pane walks a CwLesson step by step. A prediction is compared with the
 * complete result (the ensemble mean, once every run of the band is in) of
 * the document's scenario, read from the evaluator of the outcomes pane; the
 * challenge is checked against each complete result as the learner changes
 * levers. Progress goes to a key file in the user's data folder after each
 * change, and the learner's page exports as a PDF.
 */
#define G_LOG_DOMAIN "cw-lesson-pane"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cw-document-edits.h"
#include "cw-lesson-pane-private.h"
#include "cw-save-target.h"
#include "cw-style-look.h"
#include "cw-text-scale.h"
#include "cw-levers.h"

/* The sketch's height in the window, and in present mode in lines of type. */
#define SKETCH_HEIGHT 320
#define SKETCH_EMS 16

G_DEFINE_FINAL_TYPE (CwLessonPane, cw_lesson_pane, GTK_TYPE_BOX)

enum {
  CLOSED,
  STEP_SHOWN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const CwLessonStep *
current_step (CwLessonPane *self)
{
  if (self->lesson == NULL)
    return NULL;
  return cw_lesson_get_step (self->lesson, self->progress->current);
}

char *
cw_lesson_pane_progress_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "cluster-workbench", "lessons.ini", NULL);
}

static void
save_progress (CwLessonPane *self)
{
  g_autofree char *path = cw_lesson_pane_progress_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_key_file_load_from_file (file, path, G_KEY_FILE_KEEP_COMMENTS, NULL);
  cw_lesson_progress_save (self->progress, file, self->key);
  if (g_mkdir_with_parents (dir, 0700) != 0 || !g_key_file_save_to_file (file, path, &error))
    g_warning ("The progress of the lesson could not be saved to %s: %s", path,
               error ? error->message : g_strerror (errno));
}

static gboolean
run_idle_cb (gpointer data)
{
  CwLessonPane *self = data;

  self->run_idle = 0;
  if (!cw_evaluator_get_busy (cw_outcomes_pane_get_evaluator (self->outcomes)))
    cw_outcomes_pane_run (self->outcomes);
  return G_SOURCE_REMOVE;
}

/* The ensemble result of the document's scenario once every run is in, or
 * NULL; asks for a run when none is on its way. The run is asked from an
 * idle callback: this is called from the evaluator's own signals, and an
 * evaluator must not be handed a scenario while it emits. */
static const CwSeries *
complete_result (CwLessonPane *self)
{
  CwEvaluator *evaluator = cw_outcomes_pane_get_evaluator (self->outcomes);
  CwResult *result = cw_evaluator_get_result (evaluator);
  const CwSeries *band = result != NULL ? cw_result_get_band (result) : NULL;
  g_autofree char *hash = cw_scenario_hash (cw_document_get_scenario (self->document));

  if (band != NULL && cw_result_get_band_runs (result) >= cw_result_get_band_total (result) &&
      g_strcmp0 (band->scenario_hash, hash) == 0)
    return band;
  if (!cw_evaluator_get_busy (evaluator) && !self->asked_run && self->run_idle == 0)
    {
      self->asked_run = TRUE;
      self->run_idle = g_idle_add (run_idle_cb, self);
    }
  return NULL;
}

gboolean
cw_lesson_pane_get_plot (CwLessonPane *self,
                         CwLessonPlot *plot)
{
  const CwLessonStep *step = current_step (self);
  guint index;
  const CwLessonStep *predict;

  if (step == NULL)
    return FALSE;
  index = step->kind == CW_STEP_REVEAL ? (guint) step->predict_step : self->progress->current;
  predict = cw_lesson_get_step (self->lesson, index);
  if (predict->kind != CW_STEP_PREDICT || !predict->curve)
    return FALSE;
  *plot = (CwLessonPlot) {
    .title = g_dgettext (GETTEXT_PACKAGE, cw_output_info (predict->outcomes[0])->name),
    .n_points = self->progress->n_points,
    .start_year = (int) self->lesson->scenario->profile[CW_PROFILE_START_YEAR],
    .predicted = self->progress->answers[index].curve,
    .actual = step->kind == CW_STEP_REVEAL ? self->progress->answers[index].result : NULL,
    .cursor = step->kind == CW_STEP_PREDICT ? self->cursor : -1,
    .look = cw_style_look_get (),
    .font_scale = self->projector_text > 0 ? self->projector_text / CW_LESSON_PLOT_LEAST_TEXT
                                           : cw_text_scale_get (),
  };
  return TRUE;
}

static const char *
direction_label (CwDirection direction)
{
  switch (direction)
    {
    case CW_DIRECTION_UP:
      return C_("direction", "Up");
    case CW_DIRECTION_DOWN:
      return C_("direction", "Down");
    case CW_DIRECTION_SAME:
      return C_("direction", "Same");
    case CW_DIRECTION_NONE:
    default:
      return "–";
    }
}

/* One row per outcome: three toggles while predicting, the answer and the
 * run's direction once revealed. */
static void
build_directions (CwLessonPane       *self,
                  const CwLessonStep *predict,
                  const CwLessonAnswer *answer,
                  gboolean            revealed)
{
  static const CwDirection choices[] = { CW_DIRECTION_UP, CW_DIRECTION_SAME, CW_DIRECTION_DOWN };
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->directions_box))) != NULL)
    gtk_box_remove (self->directions_box, child);
  for (guint k = 0; k < predict->n_outcomes; k++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *name = gtk_label_new (g_dgettext (GETTEXT_PACKAGE, cw_output_info (predict->outcomes[k])->name));
      GtkWidget *group = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (name), 20);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_box_append (GTK_BOX (row), name);
      if (revealed)
        {
          gboolean right = answer->said[k] == answer->was[k];
          /* Translators: what the learner said an outcome does, and what the run did */
          g_autofree char *text = g_strdup_printf (_("you: %s · run: %s"), direction_label (answer->said[k]),
                                                   direction_label (answer->was[k]));
          GtkWidget *verdict = gtk_label_new (text);

          gtk_widget_add_css_class (verdict, right ? "success" : "error");
          gtk_box_append (GTK_BOX (row), verdict);
        }
      else
        {
          GtkToggleButton *first = NULL;

          gtk_widget_add_css_class (group, "linked");
          gtk_widget_add_css_class (group, "direction-choices");
          for (guint c = 0; c < G_N_ELEMENTS (choices); c++)
            {
              GtkWidget *toggle = gtk_toggle_button_new_with_label (direction_label (choices[c]));
              g_autofree char *tip = g_strdup_printf ("%s: %s",
                                                      gtk_label_get_text (GTK_LABEL (name)),
                                                      direction_label (choices[c]));

              gtk_widget_set_tooltip_text (toggle, tip);
              /* Read as "Captive: Up", not three times "Up". */
              gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
              gtk_actionable_set_action_name (GTK_ACTIONABLE (toggle), "lesson.predict-direction");
              gtk_actionable_set_action_target (GTK_ACTIONABLE (toggle), "(ui)", k, (int) choices[c]);
              if (first != NULL)
                gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (toggle), first);
              else
                first = GTK_TOGGLE_BUTTON (toggle);
              /* After the action: the answer given, not the action's (missing) state. */
              gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), answer->said[k] == choices[c]);
              gtk_box_append (GTK_BOX (group), toggle);
            }
          gtk_box_append (GTK_BOX (row), group);
        }
      gtk_box_append (self->directions_box, row);
    }
}

static guint
points_drawn (const CwLessonProgress *progress,
              guint                   index)
{
  guint n = 0;

  for (guint y = 0; y < progress->n_points; y++)
    n += !isnan (progress->answers[index].curve[y]);
  return n;
}

static gboolean
answered (CwLessonPane *self,
          guint         index)
{
  const CwLessonStep *step = cw_lesson_get_step (self->lesson, index);

  if (step->curve)
    return points_drawn (self->progress, index) >= 2;
  for (guint k = 0; k < step->n_outcomes; k++)
    if (self->progress->answers[index].said[k] == CW_DIRECTION_NONE)
      return FALSE;
  return TRUE;
}

static char *
format_value (CwOutput output,
              double   value)
{
  if (cw_output_info (output)->kind == CW_OUTPUT_KIND_COUNT)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.2f", value);
}

/* The status line of a challenge against @result (NULL: still running). */
static char *
challenge_status (CwLessonPane       *self,
                  const CwLessonStep *step,
                  const CwSeries     *result)
{
  g_autofree char *value_text = NULL;
  double value, spend;
  gboolean met;

  if (result == NULL)
    return g_strdup (_("Checking the goal while the model runs…"));
  met = cw_lesson_challenge_met (step, result, &value, &spend);
  value_text = format_value (step->outcomes[0], value);
  if (self->progress->challenge != (int) met || self->progress->challenge_value != value)
    {
      self->progress->challenge = met;
      self->progress->challenge_value = value;
      save_progress (self);
    }
  /* The mean of the runs, which a goal is checked on: the chart's readout
   * gives the central run, so the sentence says which it is. */
  if (met)
    /* Translators: a challenge met: the outcome's mean over the runs at the goal year, the year, the highest spend */
    return g_strdup_printf (_("Goal met: %s on average over the runs in year %d, spending at most %.2f M€ a year."),
                            value_text, step->year, spend);
  /* Translators: a challenge not met yet: the outcome's mean over the runs at the goal year, the year, the highest spend */
  return g_strdup_printf (_("Not yet: %s on average over the runs in year %d, spending at most %.2f M€ a year."),
                          value_text, step->year, spend);
}

/* Brings what depends on results and answers up to date: the status, the
 * reveal, the challenge and whether Next can be pressed. */
static void
refresh (CwLessonPane *self)
{
  const CwLessonStep *step = current_step (self);
  CwLessonAnswer *answer;
  const CwSeries *result;
  g_autofree char *status = NULL;
  gboolean can_go_on = FALSE;

  if (step == NULL)
    return;
  answer = &self->progress->answers[self->progress->current];
  switch (step->kind)
    {
    case CW_STEP_READ:
      can_go_on = TRUE;
      break;
    case CW_STEP_PREDICT:
      result = complete_result (self);
      can_go_on = answered (self, self->progress->current) && result != NULL;
      if (!answered (self, self->progress->current))
        status = g_strdup (step->curve ? _("Sketch your prediction, then press Next.")
                                       : _("Answer for each outcome, then press Next."));
      else if (result == NULL)
        status = g_strdup (_("Waiting for the model…"));
      else
        status = g_strdup (_("Press Next when you are sure."));
      break;
    case CW_STEP_RUN:
      can_go_on = cw_lesson_changes_made (step, cw_document_get_scenario (self->document));
      status = g_strdup (can_go_on ? _("The change is made.") : _("Make the change to go on."));
      break;
    case CW_STEP_REVEAL:
      answer = &self->progress->answers[step->predict_step];
      if (answer->score < 0 && (result = complete_result (self)) != NULL)
        {
          cw_lesson_progress_reveal (self->progress, self->progress->current, result);
          save_progress (self);
        }
      if (answer->score >= 0)
        {
          /* Translators: the learner's score for a prediction */
          status = g_strdup_printf (_("Your score: %d of 100"), answer->score);
          can_go_on = TRUE;
        }
      else
        status = g_strdup (_("Waiting for the model…"));
      if (!cw_lesson_get_step (self->lesson, step->predict_step)->curve)
        build_directions (self, cw_lesson_get_step (self->lesson, step->predict_step), answer, answer->score >= 0);
      break;
    case CW_STEP_CHALLENGE:
      status = challenge_status (self, step, complete_result (self));
      can_go_on = TRUE;
      break;
    case CW_N_STEP_KINDS:
    default:
      g_assert_not_reached ();
    }
  gtk_label_set_text (self->status_label, status ? status : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), status != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lesson.next",
                                 can_go_on && self->progress->current + 1 < cw_lesson_n_steps (self->lesson));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lesson.back", self->progress->current > 0);
  cw_lesson_pane_sketch_describe (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->sketch));
}

gboolean
cw_lesson_pane_can_go_on (CwLessonPane *self)
{
  g_return_val_if_fail (CW_IS_LESSON_PANE (self), FALSE);
  return gtk_widget_is_sensitive (GTK_WIDGET (self->next_button));
}

static void
apply_changes (CwLessonPane       *self,
               const CwLessonStep *step)
{
  for (guint i = 0; i < step->n_changes; i++)
    cw_document_set_lever (self->document, step->changes[i].stage, step->changes[i].lever,
                           step->changes[i].value);
}

static void
show_step (CwLessonPane *self)
{
  const CwLessonStep *step = current_step (self);
  guint n = cw_lesson_n_steps (self->lesson);
  guint index = self->progress->current;
  g_autofree char *where = NULL;
  gboolean curve;

  /* Translators: the position in a lesson: step number, number of steps, kind of step */
  where = g_strdup_printf (_("Step %u of %u · %s"), index + 1, n, cw_step_kind_name (step->kind));
  gtk_label_set_text (self->step_label, where);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) (index + 1) / n);
  gtk_label_set_text (self->step_title, step->title);
  /* Each step from its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_label_set_text (self->step_text, step->text);
  self->asked_run = FALSE;
  self->cursor = -1;
  self->hints_shown = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->focus_label), step->highlight_lever >= 0);
  if (step->highlight_lever >= 0)
    {
      const CwLeverInfo *info = cw_lever_info (step->highlight_lever);
      /* Translators: a lever the lesson points at, and what it does */
      g_autofree char *text = g_strdup_printf (_("Look at the lever “%s”: %s"),
                                               g_dgettext (GETTEXT_PACKAGE, info->name),
                                               g_dgettext (GETTEXT_PACKAGE, info->explanation));

      gtk_label_set_text (self->focus_label, text);
    }
  if (step->highlight_stage != NULL)
    cw_document_select_stage (self->document, step->highlight_stage, FALSE);

  curve = (step->kind == CW_STEP_PREDICT && step->curve) ||
          (step->kind == CW_STEP_REVEAL && cw_lesson_get_step (self->lesson, step->predict_step)->curve);
  gtk_widget_set_visible (GTK_WIDGET (self->sketch), curve);
  gtk_widget_set_visible (GTK_WIDGET (self->directions_box),
                          (step->kind == CW_STEP_PREDICT || step->kind == CW_STEP_REVEAL) && !curve);
  if (step->kind == CW_STEP_PREDICT && !step->curve)
    build_directions (self, step, &self->progress->answers[index], FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->apply_button), step->kind == CW_STEP_RUN && !step->by_step);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_button), step->kind == CW_STEP_CHALLENGE &&
                          step->hints != NULL && step->hints[0] != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lesson.hint", step->kind == CW_STEP_CHALLENGE);
  gtk_widget_set_visible (GTK_WIDGET (self->hints_label), FALSE);
  if (step->kind == CW_STEP_RUN && step->by_step &&
      !cw_lesson_changes_made (step, cw_document_get_scenario (self->document)))
    apply_changes (self, step);
  save_progress (self);
  refresh (self);
  g_signal_emit (self, signals[STEP_SHOWN], 0);
  if (curve && step->kind == CW_STEP_PREDICT)
    gtk_widget_grab_focus (GTK_WIDGET (self->sketch));
}

void
cw_lesson_pane_start (CwLessonPane *self,
                      CwLesson     *lesson,
                      const char   *key)
{
  g_autofree char *path = cw_lesson_pane_progress_path ();
  g_autoptr(GKeyFile) file = g_key_file_new ();

  g_return_if_fail (CW_IS_LESSON_PANE (self) && lesson != NULL && key != NULL);
  g_return_if_fail (self->document != NULL);

  g_clear_pointer (&self->progress, cw_lesson_progress_free);
  g_clear_pointer (&self->lesson, cw_lesson_free);
  g_free (self->key);
  self->lesson = lesson;
  self->key = g_strdup (key);
  self->progress = cw_lesson_progress_new (lesson);
  if (g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    cw_lesson_progress_load (self->progress, file, key);
  /* Back where the learner left: the changes of the steps before are made. */
  for (guint i = 0; i < self->progress->current; i++)
    if (cw_lesson_get_step (lesson, i)->kind == CW_STEP_RUN)
      apply_changes (self, cw_lesson_get_step (lesson, i));
  gtk_label_set_text (self->lesson_title, lesson->title);
  show_step (self);
}

void
cw_lesson_pane_set_projector (CwLessonPane *self,
                              double        text_size)
{
  g_return_if_fail (CW_IS_LESSON_PANE (self));

  self->projector_text = MAX (text_size, 0);
  /* Present mode's header names the lesson. */
  gtk_widget_set_visible (GTK_WIDGET (self->lesson_title), text_size <= 0);
  gtk_widget_set_size_request (GTK_WIDGET (self->sketch), -1,
                               text_size > 0 ? (int) round (SKETCH_EMS * text_size) : SKETCH_HEIGHT);
  gtk_widget_queue_draw (GTK_WIDGET (self->sketch));
}

const char *
cw_lesson_pane_get_title (CwLessonPane *self)
{
  g_return_val_if_fail (CW_IS_LESSON_PANE (self), NULL);
  return self->lesson != NULL ? self->lesson->title : NULL;
}

const CwLessonProgress *
cw_lesson_pane_get_progress (CwLessonPane *self)
{
  g_return_val_if_fail (CW_IS_LESSON_PANE (self), NULL);
  return self->progress;
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CwLessonPane *self = CW_LESSON_PANE (widget);
  const CwLessonStep *step = current_step (self);
  const CwSeries *result;

  if (step == NULL || self->progress->current + 1 >= cw_lesson_n_steps (self->lesson))
    return;
  if (step->kind == CW_STEP_PREDICT)
    {
      /* What the run does is measured from here. */
      if ((result = complete_result (self)) == NULL || !answered (self, self->progress->current))
        return;
      cw_lesson_progress_capture (self->progress, self->progress->current, result);
    }
  self->progress->current++;
  show_step (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CwLessonPane *self = CW_LESSON_PANE (widget);

  if (self->lesson == NULL || self->progress->current == 0)
    return;
  self->progress->current--;
  show_step (self);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CwLessonPane *self = CW_LESSON_PANE (widget);
  const CwLessonStep *step = current_step (self);

  if (step != NULL && step->kind == CW_STEP_RUN)
    apply_changes (self, step);
}

static void
hint_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CwLessonPane *self = CW_LESSON_PANE (widget);
  const CwLessonStep *step = current_step (self);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n;

  if (step == NULL || step->kind != CW_STEP_CHALLENGE || step->hints == NULL)
    return;
  n = g_strv_length (step->hints);
  self->hints_shown = MIN (self->hints_shown + 1, n);
  for (guint i = 0; i < self->hints_shown; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n\n" : "", step->hints[i]);
  gtk_label_set_text (self->hints_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->hints_label), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->hint_button), self->hints_shown < n);
}

static void
predict_point_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CwLessonPane *self = CW_LESSON_PANE (widget);
  const CwLessonStep *step = current_step (self);
  guint year;
  double value;

  g_variant_get (parameter, "(ud)", &year, &value);
  if (step == NULL || step->kind != CW_STEP_PREDICT || !step->curve || year >= self->progress->n_points ||
      !isfinite (value))
    return;
  self->progress->answers[self->progress->current].curve[year] = CLAMP (value, 0, 1);
  self->cursor = (int) year;
  save_progress (self);
  refresh (self);
}

/* A toggle with an action follows the action's state, and these actions
 * have none: each toggle under @widget is told whether it is the answer. */
static void
show_answers (GtkWidget            *widget,
              const CwLessonAnswer *answer)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GVariant *target = GTK_IS_TOGGLE_BUTTON (child)
                         ? gtk_actionable_get_action_target_value (GTK_ACTIONABLE (child)) : NULL;
      guint outcome;
      int direction;

      if (target != NULL)
        {
          g_variant_get (target, "(ui)", &outcome, &direction);
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), answer->said[outcome] == direction);
        }
      show_answers (child, answer);
    }
}

static void
predict_direction_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CwLessonPane *self = CW_LESSON_PANE (widget);
  const CwLessonStep *step = current_step (self);
  guint outcome;
  int direction;

  g_variant_get (parameter, "(ui)", &outcome, &direction);
  if (step == NULL || step->kind != CW_STEP_PREDICT || step->curve || outcome >= step->n_outcomes ||
      direction < CW_DIRECTION_DOWN || direction > CW_DIRECTION_UP)
    return;
  self->progress->answers[self->progress->current].said[outcome] = direction;
  show_answers (GTK_WIDGET (self->directions_box), &self->progress->answers[self->progress->current]);
  save_progress (self);
  refresh (self);
}

static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwLessonPane *self = CW_LESSON_PANE (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  const char *learner = g_get_real_name ();
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;

  if (self->progress == NULL)
    return;
  if (g_str_equal (learner, "Unknown"))
    learner = NULL;
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (!cw_lesson_report_write (self->progress, learner, NULL, path, &error))
    {
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
      else
        g_warning ("%s", error->message);
      return;
    }
  if (overlay != NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);
      /* Translators: %s is the file name of a lesson's PDF */
      g_autofree char *text = g_strdup_printf (_("Saved your page as “%s”"), name);

      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
    }
}

static void
export_chosen (GObject *owner,
               GFile   *file,
               GObject *chooser)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    gtk_widget_activate_action (GTK_WIDGET (owner), "lesson.export-to", "s", path);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    CwLessonPane    *self)
{
  static const char * const extensions[] = { ".pdf", NULL };

  cw_save_target_respond (chooser, response, extensions, G_OBJECT (self), export_chosen);
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CwLessonPane *self = CW_LESSON_PANE (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  if (self->lesson == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Your Lesson Page"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  base = g_strndup (self->key, strcspn (self->key, "."));
  name = g_strconcat (base, ".pdf", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CwLessonPane *self = CW_LESSON_PANE (widget);

  g_clear_pointer (&self->progress, cw_lesson_progress_free);
  g_clear_pointer (&self->lesson, cw_lesson_free);
  g_clear_pointer (&self->key, g_free);
  g_signal_emit (self, signals[CLOSED], 0);
}

/* Tells @widget's buttons of the pane's actions again that they exist. */
static void
reattach_actions (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *name = GTK_IS_ACTIONABLE (child) ? gtk_actionable_get_action_name (GTK_ACTIONABLE (child)) : NULL;

      if (name != NULL && g_str_has_prefix (name, "lesson."))
        {
          g_autofree char *kept = g_strdup (name);

          gtk_actionable_set_action_name (GTK_ACTIONABLE (child), NULL);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (child), kept);
        }
      reattach_actions (child);
    }
}

/* Moved into another window (present mode and back), the pane gets a new
 * parent; GTK 4.8 then tells its buttons that the pane's own actions are
 * gone, and never that they are back. */
static void
root_changed_cb (CwLessonPane *self)
{
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    reattach_actions (GTK_WIDGET (self));
}

static void
document_changed_cb (CwLessonPane *self)
{
  self->asked_run = FALSE;
  refresh (self);
}

void
cw_lesson_pane_set_context (CwLessonPane   *self,
                            CwDocument     *document,
                            CwOutcomesPane *outcomes)
{
  g_return_if_fail (CW_IS_LESSON_PANE (self));
  g_return_if_fail (CW_IS_DOCUMENT (document) && CW_IS_OUTCOMES_PANE (outcomes));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  self->outcomes = outcomes;
  g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), self);
  g_signal_group_set_target (self->evaluator_signals, cw_outcomes_pane_get_evaluator (outcomes));
}

static void
cw_lesson_pane_dispose (GObject *object)
{
  CwLessonPane *self = CW_LESSON_PANE (object);

  g_clear_handle_id (&self->run_idle, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->evaluator_signals);
  g_clear_pointer (&self->progress, cw_lesson_progress_free);
  g_clear_pointer (&self->lesson, cw_lesson_free);
  g_clear_pointer (&self->key, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_LESSON_PANE);
  G_OBJECT_CLASS (cw_lesson_pane_parent_class)->dispose (object);
}

static void
cw_lesson_pane_class_init (CwLessonPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_lesson_pane_dispose;

  /* The learner closed the lesson. */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A step is on screen: the first, or another after Next or Back. */
  signals[STEP_SHOWN] = g_signal_new ("step-shown", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cw-lesson-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, scroller);
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, lesson_title);
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, step_label);
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, step_title);
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, step_text);
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, focus_label);
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, sketch);
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, directions_box);
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, apply_button);
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, status_label);
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, hint_button);
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, hints_label);
  gtk_widget_class_bind_template_child (widget_class, CwLessonPane, next_button);

  gtk_widget_class_install_action (widget_class, "lesson.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "lesson.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "lesson.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "lesson.hint", NULL, hint_action);
  gtk_widget_class_install_action (widget_class, "lesson.predict-point", "(ud)", predict_point_action);
  gtk_widget_class_install_action (widget_class, "lesson.predict-direction", "(ui)", predict_direction_action);
  gtk_widget_class_install_action (widget_class, "lesson.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "lesson.export-to", "s", export_to_action);
  gtk_widget_class_install_action (widget_class, "lesson.close", NULL, close_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "lesson.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "lesson.back", NULL);
}

static void
cw_lesson_pane_init (CwLessonPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->evaluator_signals = g_signal_group_new (CW_TYPE_EVALUATOR);
  g_signal_group_connect_swapped (self->evaluator_signals, "band-progress", G_CALLBACK (refresh), self);
  g_signal_group_connect_swapped (self->evaluator_signals, "notify::busy", G_CALLBACK (refresh), self);
  cw_lesson_pane_sketch_init (self);
  cw_lesson_pane_set_projector (self, 0);
  g_signal_connect (self, "notify::root", G_CALLBACK (root_changed_cb), NULL);
}

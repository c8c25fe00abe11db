/* cw-window-lessons.c — opening a lesson: its scenario in the window, its steps in the lesson pane
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-window-private.h"

typedef struct {
  CwLesson *lesson;
  char     *key;
} PendingLesson;

static void
pending_lesson_free (PendingLesson *pending)
{
  cw_lesson_free (pending->lesson);
  g_free (pending->key);
  g_free (pending);
}

/* Once unsaved changes are settled: the lesson's scenario becomes the
 * document, like an example (saving asks where to put the copy). */
static void
start_lesson (CwWindow *self,
              gpointer  data)
{
  PendingLesson *pending = data;

  cw_document_replace (self->document, cw_scenario_copy (pending->lesson->scenario), NULL);
  cw_recovery_discard (self->recovery);
  cw_cycle_canvas_queue_fit (self->canvas);
  gtk_widget_set_visible (GTK_WIDGET (self->lesson_pane), TRUE);
  adw_flap_set_reveal_flap (self->lesson_flap, TRUE);
  cw_lesson_pane_start (self->lesson_pane, g_steal_pointer (&pending->lesson), pending->key);
}

static void
open_lesson (CwWindow   *self,
             CwLesson   *lesson,
             const char *key)
{
  PendingLesson *pending = g_new0 (PendingLesson, 1);

  pending->lesson = lesson;
  pending->key = g_strdup (key);
  cw_window_settle_changes (self, start_lesson, pending, (GDestroyNotify) pending_lesson_free);
}

static void
open_lesson_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CwWindow *self = CW_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  CwLesson *lesson = cw_window_load_builtin (self, name, (CwWindowLoadBuiltin) cw_lesson_load_bundled);

  if (lesson != NULL)
    open_lesson (self, lesson, name);
}

void
cw_window_open_lesson_file (CwWindow *self,
                            GFile    *file)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  CwLesson *lesson = cw_lesson_load_file (file, problems, &error);

  if (lesson == NULL)
    {
      cw_window_show_problems (self, file, error, problems);
      return;
    }
  /* A lesson file's progress is kept under its full name. */
  key = g_file_get_uri (file);
  open_lesson (self, lesson, key);
}

static void
lesson_file_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         CwWindow        *self)
{
  g_autoptr(GFile) file = cw_window_chosen_file (chooser, response);

  if (file != NULL)
    cw_window_open_lesson_file (self, file);
}

static void
open_lesson_file_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Lessons"));
  gtk_file_filter_add_suffix (filter, "lesson");
  chooser = cw_window_file_chooser (CW_WINDOW (widget), _("Open Lesson"), GTK_FILE_CHOOSER_ACTION_OPEN, filter);
  g_signal_connect (chooser, "response", G_CALLBACK (lesson_file_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The flap folds away, unless present mode has the pane: a flap without
 * its child must not move (AdwFlap's animation would lay the window out
 * at a width of INT_MIN), and a hidden flap takes no room. */
static void
lesson_closed_cb (CwWindow *self)
{
  if (adw_flap_get_flap (self->lesson_flap) == GTK_WIDGET (self->lesson_pane))
    adw_flap_set_reveal_flap (self->lesson_flap, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->lesson_pane), FALSE);
}

/* Folding (the window grew too narrow) closes the flap: an open lesson stays
 * on screen, over the canvas. */
static void
flap_folded_cb (CwWindow *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->lesson_pane)))
    adw_flap_set_reveal_flap (self->lesson_flap, TRUE);
}

/* Present mode ended: the lesson is back beside the canvas, where it was. */
static void
lesson_released_cb (CwWindow     *self,
                    CwLessonPane *pane)
{
  adw_flap_set_flap (self->lesson_flap, GTK_WIDGET (pane));
}

void
cw_window_lessons_present (CwWindow        *self,
                           CwPresentWindow *present)
{
  g_autoptr(CwLessonPane) pane = NULL;

  if (!gtk_widget_get_visible (GTK_WIDGET (self->lesson_pane)))
    return;
  /* One lesson, one state: the pane itself moves. */
  pane = g_object_ref (self->lesson_pane);
  adw_flap_set_flap (self->lesson_flap, NULL);
  cw_present_window_show_lesson (present, pane);
  g_signal_connect_object (present, "lesson-released", G_CALLBACK (lesson_released_cb), self,
                           G_CONNECT_SWAPPED);
}

void
cw_window_lessons_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CwWindow, lesson_flap);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, lesson_pane);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, bundled_lessons_section);
  gtk_widget_class_install_action (widget_class, "win.open-lesson", "s", open_lesson_action);
  gtk_widget_class_install_action (widget_class, "win.open-lesson-file", NULL, open_lesson_file_action);
}

/* The bundled lessons in the Open menu, by their titles in the user's language. */
void
cw_window_lessons_init (CwWindow *self)
{
  g_auto(GStrv) names = cw_lesson_list_bundled ();

  cw_lesson_pane_set_context (self->lesson_pane, self->document, self->outcomes);
  g_signal_connect_swapped (self->lesson_pane, "closed", G_CALLBACK (lesson_closed_cb), self);
  g_signal_connect_swapped (self->lesson_flap, "notify::folded", G_CALLBACK (flap_folded_cb), self);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
      g_autoptr(CwLesson) lesson = cw_lesson_load_bundled (names[i], problems, NULL);
      g_autoptr(GMenuItem) item = g_menu_item_new (lesson ? lesson->title : names[i], NULL);

      g_menu_item_set_action_and_target (item, "win.open-lesson", "s", names[i]);
      g_menu_append_item (self->bundled_lessons_section, item);
    }
}

/* ui-helpers.c — driving real widgets in the window tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "cw-outcomes-pane.h"
#include "ui-helpers.h"

void
ui_flush (void)
{
  for (int i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
ui_spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  ui_flush ();
}

GtkWidget *
ui_find_widget_where (GtkWidget  *root,
                      GType       type,
                      UiMatch     match,
                      const char *data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root) &&
      (match == NULL || match (root, data)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_find_widget_where (child, type, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
ui_find_widget (GtkWidget *root,
                GType      type)
{
  return ui_find_widget_where (root, type, NULL, NULL);
}

gboolean
ui_has_tooltip (GtkWidget  *widget,
                const char *text)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

void
ui_lesson_activate (CwLessonPane *pane,
                    const char   *action,
                    GVariant     *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (pane), action, parameter));
  ui_flush ();
}

void
ui_lesson_wait_next (CwLessonPane *pane)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!cw_lesson_pane_can_go_on (pane))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      ui_spin (20);
    }
}

void
ui_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        ui_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Points XDG_DATA_HOME at a new private directory, so that the recovery
 * copies of a test never mix with a user's; before anything reads it. */
static char *
private_data_home (void)
{
  char *path = g_dir_make_tmp ("cw-test-XXXXXX", NULL);

  g_assert_nonnull (path);
  g_setenv ("XDG_DATA_HOME", path, TRUE);
  return path;
}

static char *test_data_home;

void
ui_test_init (int    *argc,
              char ***argv)
{
  test_data_home = private_data_home ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

int
ui_test_run (void)
{
  int status = g_test_run ();

  ui_remove_tree (test_data_home);
  g_clear_pointer (&test_data_home, g_free);
  return status;
}

void
ui_wait_evaluator (CwEvaluator *evaluator)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (cw_evaluator_get_busy (evaluator))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  ui_flush ();
}

void
ui_wait_window (CwWindow *window)
{
  GtkWidget *pane = ui_find_widget (GTK_WIDGET (window), CW_TYPE_OUTCOMES_PANE);

  ui_wait_evaluator (cw_outcomes_pane_get_evaluator (CW_OUTCOMES_PANE (pane)));
}

CwWindow *
ui_new_window (void)
{
  CwWindow *window = CW_WINDOW (g_object_new (CW_TYPE_WINDOW, NULL));

  gtk_window_present (GTK_WINDOW (window));
  ui_flush ();
  return window;
}

void
ui_destroy_window (CwWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  ui_flush ();
}

GtkWindow *
ui_find_transient (GtkWindow *parent,
                   GType      type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data) &&
        gtk_window_get_transient_for (l->data) == parent)
      return l->data;
  return NULL;
}

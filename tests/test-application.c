/* test-application.c — the application starts, shows its window, About and quits
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "cw-application.h"
#include "cw-document.h"
#include "cw-window.h"

/* Iterates the main loop until @done returns TRUE, for at most five seconds. */
static gboolean
wait_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
about_shown (gpointer data)
{
  return find_toplevel (ADW_TYPE_ABOUT_WINDOW) != NULL;
}

static gboolean
about_gone (gpointer data)
{
  return find_toplevel (ADW_TYPE_ABOUT_WINDOW) == NULL;
}

static gboolean
window_mapped (gpointer data)
{
  return find_toplevel (CW_TYPE_WINDOW) != NULL;
}

static gboolean
no_windows (gpointer data)
{
  return gtk_application_get_windows (data) == NULL;
}

static gboolean
has_accel (GtkApplication *app, const char *action, const char *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, action);

  return accels != NULL && g_strv_contains ((const char * const *) accels, accel);
}

static void
test_window_about_quit (void)
{
  g_autoptr(CwApplication) app = cw_application_new ();
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  GtkWindow *about;

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  g_assert_true (wait_until (window_mapped, NULL));
  window = find_toplevel (CW_TYPE_WINDOW);
  /* The window is named after the scenario it holds: a new one from the default template. */
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Digital-era cluster policy");
  g_assert_cmpstr (gtk_window_get_title (window), ==,
                   cw_document_get_title (cw_window_get_document (CW_WINDOW (window))));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  g_assert_true (has_accel (GTK_APPLICATION (app), "app.quit", "<Control>q"));
  g_assert_true (has_accel (GTK_APPLICATION (app), "win.show-help-overlay", "<Control>question"));
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (wait_until (about_shown, NULL));
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==,
                   "Cluster Policy Workbench");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_true (gtk_window_get_transient_for (about) == window);
  gtk_window_close (about);
  g_assert_true (wait_until (about_gone, NULL));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (wait_until (no_windows, app));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/application/window-about-quit", test_window_about_quit);
  return g_test_run ();
}

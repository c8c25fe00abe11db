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

GBytes *
ui_shown_pixels (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  GBytes *pixels;

  g_assert_cmpint (width, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  /* None before the widget's first frame. */
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        (gsize) cairo_image_surface_get_stride (surface) * height);
  cairo_surface_destroy (surface);
  return pixels;
}

GBytes *
ui_settled_pixels (GtkWidget *widget)
{
  GBytes *shown = ui_shown_pixels (widget);
  GBytes *before = NULL;

  /* Until two looks 100 ms apart agree, or for 4 s at most. */
  for (int i = 0; i < 40 && (before == NULL || !g_bytes_equal (before, shown)); i++)
    {
      g_clear_pointer (&before, g_bytes_unref);
      before = shown;
      ui_spin (100);
      shown = ui_shown_pixels (widget);
    }
  g_bytes_unref (before);
  return shown;
}

GBytes *
ui_wait_shown (GtkWidget *widget,
               GBytes    *pixels,
               gboolean   differ)
{
  GBytes *shown = ui_shown_pixels (widget);

  for (int i = 0; i < 200 && g_bytes_equal (shown, pixels) == differ; i++)
    {
      g_bytes_unref (shown);
      ui_spin (10);
      shown = ui_shown_pixels (widget);
    }
  return shown;
}

void
ui_set_high_contrast (gboolean on)
{
  g_autoptr(GSettings) a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_settings_set_boolean (a11y, "high-contrast", on);
  for (int i = 0; i < 200 && adw_style_manager_get_high_contrast (style) != on; i++)
    ui_spin (10);
  g_assert_cmpint (adw_style_manager_get_high_contrast (style), ==, on);
  ui_flush ();
}

void
ui_assert_follows_look (GtkWidget *widget)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GBytes) normal = NULL, high = NULL, dark = NULL, again = NULL;

  ui_set_high_contrast (FALSE);
  normal = ui_settled_pixels (widget);

  ui_set_high_contrast (TRUE);
  high = ui_wait_shown (widget, normal, TRUE);
  g_assert_false (g_bytes_equal (high, normal));
  ui_set_high_contrast (FALSE);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = ui_wait_shown (widget, normal, TRUE);
  g_assert_false (g_bytes_equal (dark, normal));
  g_assert_false (g_bytes_equal (dark, high));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  again = ui_wait_shown (widget, normal, FALSE);
  g_assert_true (g_bytes_equal (again, normal));
}

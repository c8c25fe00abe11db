/* cw-window.c — the main window
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-window.h"

struct _CwWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *primary_menu_button;
};

G_DEFINE_FINAL_TYPE (CwWindow, cw_window, ADW_TYPE_APPLICATION_WINDOW)

CwWindow *
cw_window_new (CwApplication *application)
{
  return g_object_new (CW_TYPE_WINDOW, "application", application, NULL);
}

void
cw_window_open (CwWindow *self,
                GFile    *file)
{
  g_return_if_fail (CW_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
}

static GSettings *
window_settings (CwWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app ? cw_application_get_settings (CW_APPLICATION (app)) : NULL;
}

static void
restore_size (CwWindow *self)
{
  GSettings *settings = window_settings (self);

  if (settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
cw_window_close_request (GtkWindow *window)
{
  CwWindow *self = CW_WINDOW (window);
  GSettings *settings = window_settings (self);
  int width, height;

  if (settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
    }
  return GTK_WINDOW_CLASS (cw_window_parent_class)->close_request (window);
}

static void
cw_window_constructed (GObject *object)
{
  G_OBJECT_CLASS (cw_window_parent_class)->constructed (object);
  restore_size (CW_WINDOW (object));
}

static void
cw_window_class_init (CwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cw_window_constructed;
  window_class->close_request = cw_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwWindow, primary_menu_button);
}

static void
cw_window_init (CwWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

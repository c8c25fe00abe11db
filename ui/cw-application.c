/* cw-application.c — application actions, windows and settings
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-application.h"
#include "cw-window.h"

struct _CwApplication
{
  AdwApplication  parent_instance;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (CwApplication, cw_application, ADW_TYPE_APPLICATION)

CwApplication *
cw_application_new (void)
{
  return g_object_new (CW_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/* The application's settings, or NULL when the schema is not installed. */
GSettings *
cw_application_get_settings (CwApplication *self)
{
  g_return_val_if_fail (CW_IS_APPLICATION (self), NULL);
  return self->settings;
}

static void
cw_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (cw_window_new (CW_APPLICATION (app)));
      gtk_window_present (window);
      cw_window_offer_recovery (CW_WINDOW (window));
      return;
    }
  gtk_window_present (window);
}

static void
cw_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      CwWindow *window = cw_window_new (CW_APPLICATION (app));

      /* First the window, so that a message about the file shows above it. */
      gtk_window_present (GTK_WINDOW (window));
      cw_window_open (window, files[i]);
    }
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "The Cluster Policy Workbench developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "application-icon", APP_ID,
                        "application-name", _("Cluster Policy Workbench"),
                        "developer-name", _("The Cluster Policy Workbench developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Draw a cluster-policy cycle, set its levers and see "
                                      "what the policy does to the cluster’s upgrading: its "
                                      "firms’ capabilities, its value-chain governance and "
                                      "its life-cycle stage."),
                        "website", "https://github.com/clusterworkbench/cluster-workbench",
                        "issue-url", "https://github.com/clusterworkbench/cluster-workbench/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", _("© 2026 The Cluster Policy Workbench developers"),
                        "developers", developers,
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing each window lets it save its state and ask about unsaved work. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = about_action_cb },
  { .name = "quit", .activate = quit_action_cb },
};

static const struct {
  const char *action;
  const char *keys[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.new::digital_era", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "canvas.add-stage", { "<Control><Shift>n", NULL } },
  { "canvas.connect", { "<Control>k", NULL } },
  { "canvas.arrange", { "<Control>r", NULL } },
  { "canvas.zoom-in", { "<Control>plus", "<Control>equal", NULL } },
  { "canvas.zoom-out", { "<Control>minus", NULL } },
  { "canvas.zoom-fit", { "<Control>0", NULL } },
  { "win.present", { "F11", "<Control><Shift>p", NULL } },
};

static void
cw_application_startup (GApplication *app)
{
  CwApplication *self = CW_APPLICATION (app);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  G_APPLICATION_CLASS (cw_application_parent_class)->startup (app);

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new (APP_ID);
  else
    g_warning ("The settings schema %s is not installed; window size and recent files "
               "will not be remembered.", APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].keys);
}

static void
cw_application_dispose (GObject *object)
{
  CwApplication *self = CW_APPLICATION (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (cw_application_parent_class)->dispose (object);
}

static void
cw_application_class_init (CwApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = cw_application_dispose;
  app_class->startup = cw_application_startup;
  app_class->activate = cw_application_activate;
  app_class->open = cw_application_open;
}

static void
cw_application_init (CwApplication *self)
{
}

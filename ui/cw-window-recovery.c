/* cw-window-recovery.c — offering the work a crashed session left behind
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-a11y-names.h"
#include "cw-window-private.h"

static void offer_next (CwWindow *self, GPtrArray *copies);

typedef struct {
  CwScenario *scenario;
  GFile      *original;
  GFile      *copy;
} Recovered;

static void
recovered_free (Recovered *recovered)
{
  g_clear_pointer (&recovered->scenario, cw_scenario_free);
  g_clear_object (&recovered->original);
  g_object_unref (recovered->copy);
  g_free (recovered);
}

/* Once the window's own unsaved changes are settled. */
static void
restore (CwWindow *self,
         gpointer  data)
{
  Recovered *recovered = data;

  cw_document_restore (self->document, g_steal_pointer (&recovered->scenario), recovered->original);
  cw_window_remember_file_state (self);
  cw_cycle_canvas_queue_fit (self->canvas);
  /* The window keeps its own copy from now on. */
  cw_recovery_flush (self->recovery);
  cw_recovery_remove (recovered->copy);
}

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      CwWindow         *self)
{
  GPtrArray *copies = g_object_get_data (G_OBJECT (dialog), "copies");
  GFile *copy = g_ptr_array_index (copies, 0);

  if (g_str_equal (response, "recover"))
    {
      g_autoptr(GError) error = NULL;
      Recovered *recovered = g_new0 (Recovered, 1);

      recovered->copy = g_object_ref (copy);
      recovered->scenario = cw_recovery_load (copy, &recovered->original, &error);
      if (recovered->scenario == NULL)
        {
          g_autoptr(GPtrArray) none = g_ptr_array_new ();

          recovered_free (recovered);
          cw_window_show_problems (self, copy, error, none);
          return;
        }
      cw_window_settle_changes (self, restore, recovered, (GDestroyNotify) recovered_free);
      return;
    }
  if (g_str_equal (response, "discard") || g_str_equal (response, "delete"))
    cw_recovery_remove (copy);
  g_ptr_array_remove_index (copies, 0);
  offer_next (self, copies);
}

/* A copy that cannot be read stays where it is, and the user is told where. */
static AdwMessageDialog *
ask_about_unreadable (CwWindow     *self,
                      GFile        *copy,
                      const GError *error)
{
  g_autofree char *path = g_file_get_parse_name (copy);
  g_autofree char *body = NULL;

  body = g_strdup_printf (_("The workbench was closed while there were unsaved changes, but the "
                            "copy kept of them cannot be opened: %s\n\nThe copy stays in “%s” "
                            "until you delete it."), error->message, path);
  return cw_window_ask (self, _("Unsaved Work Cannot Be Recovered"), body, "keep", _("_Keep the Copy"),
                        "delete", _("_Delete"), NULL, NULL);
}

static void
offer_next (CwWindow  *self,
            GPtrArray *copies)
{
  AdwMessageDialog *dialog;
  g_autoptr(GFile) original = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwScenario) scenario = NULL;

  if (copies->len == 0)
    return;
  scenario = cw_recovery_load (g_ptr_array_index (copies, 0), &original, &error);
  if (scenario == NULL)
    dialog = ask_about_unreadable (self, g_ptr_array_index (copies, 0), error);
  else
    {
      g_autofree char *body = NULL;

      body = g_strdup_printf (_("The workbench was closed while “%s” had unsaved changes. "
                                "A copy of that work was kept."),
                              scenario->meta.title ? scenario->meta.title : _("Untitled scenario"));
      dialog = cw_window_ask (self, _("Recover Unsaved Work?"), body, "later", _("_Later"),
                              "discard", _("_Discard"), "recover", _("_Recover"));
    }
  g_object_set_data_full (G_OBJECT (dialog), "copies", g_ptr_array_ref (copies),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (recovery_response_cb), self);
  cw_a11y_present_question (GTK_WIDGET (dialog));
}

void
cw_window_offer_recovery (CwWindow *self)
{
  g_autoptr(GPtrArray) copies = cw_recovery_list_left (NULL);

  g_return_if_fail (CW_IS_WINDOW (self));
  offer_next (self, copies);
}

void
cw_window_offer_recovery_for (CwWindow *self,
                              GFile    *file)
{
  g_autoptr(GPtrArray) copies = cw_recovery_list_left (file);

  offer_next (self, copies);
}

static void
backup_failed_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           CwWindow         *self)
{
  if (g_str_equal (response, "save"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);
}

/* Without a recovery copy a crash would lose the unsaved work: say so once. */
static void
backup_failed_cb (const GError *error,
                  gpointer      user_data)
{
  CwWindow *self = user_data;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  body = g_strdup_printf (_("The workbench keeps a copy of unsaved changes in case it closes "
                            "unexpectedly, but the copy cannot be written: %s\n\nSave your "
                            "work to keep it safe."), error->message);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Unsaved Changes Are Not Backed Up"),
                                                       body));
  adw_message_dialog_add_responses (dialog, "close", _("_Close"), "save", _("_Save Now"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (backup_failed_response_cb), self, 0);
  cw_a11y_present_question (GTK_WIDGET (dialog));
}

void
cw_window_recovery_init (CwWindow *self)
{
  cw_recovery_set_failed_func (self->recovery, backup_failed_cb, self);
}

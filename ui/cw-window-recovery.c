/* cw-window-recovery.c — offering the work a crashed session left behind
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-window-private.h"

static void offer_next (CwWindow *self, GPtrArray *copies);

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
      g_autoptr(GFile) original = NULL;
      CwScenario *scenario = cw_recovery_load (copy, &original, &error);

      if (scenario == NULL)
        {
          g_autoptr(GPtrArray) none = g_ptr_array_new ();

          cw_window_show_problems (self, copy, error, none);
          return;
        }
      cw_document_restore (self->document, scenario, original);
      cw_cycle_canvas_queue_fit (self->canvas);
      /* The window keeps its own copy from now on. */
      cw_recovery_flush (self->recovery);
      cw_recovery_remove (copy);
      return;
    }
  if (g_str_equal (response, "discard"))
    cw_recovery_remove (copy);
  g_ptr_array_remove_index (copies, 0);
  offer_next (self, copies);
}

static void
offer_next (CwWindow  *self,
            GPtrArray *copies)
{
  AdwMessageDialog *dialog;
  g_autoptr(GFile) original = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwScenario) scenario = NULL;
  g_autofree char *body = NULL;

  if (copies->len == 0)
    return;
  scenario = cw_recovery_load (g_ptr_array_index (copies, 0), &original, &error);
  if (scenario == NULL)
    {
      g_warning ("Unreadable recovery copy: %s", error->message);
      g_ptr_array_remove_index (copies, 0);
      offer_next (self, copies);
      return;
    }
  body = g_strdup_printf (_("The workbench was closed while “%s” had unsaved changes. "
                            "A copy of that work was kept."),
                          scenario->meta.title ? scenario->meta.title : _("Untitled scenario"));
  dialog = cw_window_ask (self, _("Recover Unsaved Work?"), body, "later", _("_Later"),
                          "discard", _("_Discard"), "recover", _("_Recover"));
  g_object_set_data_full (G_OBJECT (dialog), "copies", g_ptr_array_ref (copies),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (recovery_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
cw_window_offer_recovery (CwWindow *self)
{
  g_autoptr(GPtrArray) copies = cw_recovery_list ();

  g_return_if_fail (CW_IS_WINDOW (self));
  offer_next (self, copies);
}


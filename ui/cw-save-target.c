/* cw-save-target.c — the file a save chooser writes: its extension added, a file so named replaced only when asked
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-save-target"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "cw-a11y-names.h"
#include "cw-save-target.h"

GFile *
cw_save_target_file (GFile              *chosen,
                     const char * const *extensions)
{
  g_autofree char *name = g_file_get_basename (chosen);
  g_autofree char *with_extension = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (chosen);

  g_return_val_if_fail (extensions != NULL && extensions[0] != NULL, NULL);

  for (guint i = 0; extensions[i] != NULL; i++)
    if (g_str_has_suffix (name, extensions[i]))
      return g_object_ref (chosen);
  if (parent == NULL)
    return g_object_ref (chosen);
  with_extension = g_strconcat (name, extensions[0], NULL);
  return g_file_get_child (parent, with_extension);
}

/* The question holds what waits for its answer: the owner, the file and
 * the chooser answered, as "cw-owner", "cw-file" and "cw-chooser", and the
 * write, as "cw-write", taken by the first answer. */
static void
replace_response_cb (AdwMessageDialog *question,
                     const char       *response,
                     gpointer          user_data)
{
  CwSaveTargetFunc write = g_object_steal_data (G_OBJECT (question), "cw-write");

  if (write != NULL && g_str_equal (response, "replace"))
    write (g_object_get_data (G_OBJECT (question), "cw-owner"), g_object_get_data (G_OBJECT (question), "cw-file"),
           g_object_get_data (G_OBJECT (question), "cw-chooser"));
}

/* Asks over @parent whether @file, which exists, may be replaced by what
 * was asked to be saved as @chosen; on Replace @write writes it. */
static void
ask_replace (GtkWindow        *parent,
             GFile            *chosen,
             GFile            *file,
             GObject          *owner,
             GObject          *chooser,
             CwSaveTargetFunc  write)
{
  g_autofree char *typed = g_file_get_basename (chosen);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *where = g_file_get_parse_name (folder);
  /* Translators: %s: a file's name, with the extension the program added */
  g_autofree char *heading = g_strdup_printf (_("Replace “%s”?"), name);
  /* Translators: %s: the name typed in the Save dialog; %s: the same with its
   * extension added; %s: the folder */
  g_autofree char *body = g_strdup_printf (_("“%s” is saved as “%s”, and a file of that name already exists "
                                             "in “%s”. Replacing it overwrites its contents."),
                                           typed, name, where);
  AdwMessageDialog *question = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));

  adw_message_dialog_add_responses (question, "cancel", _("_Cancel"), "replace", _("_Replace"), NULL);
  adw_message_dialog_set_response_appearance (question, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (question, "cancel");
  adw_message_dialog_set_close_response (question, "cancel");
  /* Closed with its window unanswered, nothing is written either. */
  g_object_set_data_full (G_OBJECT (question), "cw-owner", g_object_ref (owner), g_object_unref);
  g_object_set_data_full (G_OBJECT (question), "cw-file", g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (question), "cw-chooser", g_object_ref (chooser), g_object_unref);
  g_object_set_data (G_OBJECT (question), "cw-write", write);
  g_signal_connect (question, "response", G_CALLBACK (replace_response_cb), NULL);
  cw_a11y_present_question (GTK_WIDGET (question));
}

void
cw_save_target_respond (GtkNativeDialog    *chooser,
                        int                 response,
                        const char * const *extensions,
                        GObject            *owner,
                        CwSaveTargetFunc    write)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (GTK_IS_NATIVE_DIALOG (chooser));
  g_return_if_fail (G_IS_OBJECT (owner));

  if (response != GTK_RESPONSE_ACCEPT ||
      (chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    return;
  file = cw_save_target_file (chosen, extensions);
  if (g_file_equal (file, chosen) || !g_file_query_exists (file, NULL))
    write (owner, file, G_OBJECT (chooser));
  else
    ask_replace (gtk_native_dialog_get_transient_for (chooser), chosen, file, owner, G_OBJECT (chooser), write);
}

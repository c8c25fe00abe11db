/* cw-window-files.c — open, save, revert, recent files, drops and recovery
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cw-a11y-names.h"
#include "cw-experiment-dialog.h"
#include "cw-experiment-file.h"
#include "cw-save-target.h"
#include "cw-scenario-file.h"
#include "cw-window-private.h"

#define MAX_RECENT 10
#define MAX_PROBLEMS_SHOWN 6
#define PROBLEM_WIDTH_CHARS 60
#define FILE_SUFFIX ".cluster"

typedef struct {
  CwWindow       *window;
  CwWindowThen    then;
  gpointer        data;
  GDestroyNotify  destroy;
} Pending;

static Pending *
pending_new (CwWindow       *self,
             CwWindowThen    then,
             gpointer        data,
             GDestroyNotify  destroy)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->window = g_object_ref (self);
  pending->then = then;
  pending->data = data;
  pending->destroy = destroy;
  return pending;
}

static void
pending_free (Pending *pending)
{
  if (pending->destroy != NULL)
    pending->destroy (pending->data);
  g_object_unref (pending->window);
  g_free (pending);
}

static void
pending_run (Pending *pending)
{
  pending->then (pending->window, pending->data);
  pending_free (pending);
}

/* A toast is not announced: the status line beside the canvas tools is (its
 * role is status), and it keeps the message for who looked away. */
static void
announce (CwWindow   *self,
          const char *text)
{
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);
}

static void
toast (CwWindow   *self,
       const char *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
  announce (self, title);
}

/* Recent files */

static GSettings *
settings (CwWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app ? cw_application_get_settings (CW_APPLICATION (app)) : NULL;
}

static void
update_recent (CwWindow *self)
{
  GSettings *s = settings (self);
  g_auto(GStrv) uris = s ? g_settings_get_strv (s, "recent-files") : NULL;

  g_menu_remove_all (self->recent_section);
  for (guint i = 0; uris != NULL && uris[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uris[i]);
      g_menu_append_item (self->recent_section, item);
    }
  if (uris == NULL || uris[0] == NULL)
    g_menu_append (self->recent_section, _("No recent files"), "win.no-recent");
}

static void
remember_recent (CwWindow *self,
                 GFile    *file)
{
  GSettings *s = settings (self);
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) uris = NULL;
  guint n = 1;

  if (s == NULL)
    return;
  old = g_settings_get_strv (s, "recent-files");
  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (old[i], uri))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  uris = g_strv_builder_end (builder);
  g_settings_set_strv (s, "recent-files", (const char *const *) uris);
}

void
cw_window_files_attach_settings (CwWindow *self)
{
  GSettings *s = settings (self);

  if (s != NULL)
    g_signal_connect_object (s, "changed::recent-files", G_CALLBACK (update_recent), self,
                             G_CONNECT_SWAPPED);
  update_recent (self);
}

/* Changes made by other programs */

#define FILE_STATE_KEY "cw-file-state"

/* What tells one version of @file on disk from another: its URI, inode,
 * modification time and size; NULL when it is not there. */
static char *
file_state (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *uri = g_file_get_uri (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_UNIX_INODE "," G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                            G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;
  return g_strdup_printf ("%s %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT ".%06u %" G_GUINT64_FORMAT, uri,
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE),
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED),
                          g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC),
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_STANDARD_SIZE));
}

void
cw_window_remember_file_state (CwWindow *self)
{
  GFile *file = cw_document_get_file (self->document);

  g_object_set_data_full (G_OBJECT (self), FILE_STATE_KEY, file ? file_state (file) : NULL, g_free);
}

/* Whether another program changed @file since the window last read or wrote
 * it. A file that is gone is not a conflict: saving puts it back. */
static gboolean
changed_outside (CwWindow *self,
                 GFile    *file)
{
  const char *known = g_object_get_data (G_OBJECT (self), FILE_STATE_KEY);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *now = NULL;
  gsize n = strlen (uri);

  if (known == NULL || strncmp (known, uri, n) != 0 || known[n] != ' ')
    return FALSE;
  now = file_state (file);
  return now != NULL && !g_str_equal (now, known);
}

/* Saving */

/* Where the file cannot be replaced, another name or folder can take it. */
static void
save_failed_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         CwWindow         *self)
{
  if (g_str_equal (response, "save-as"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
}

static gboolean
save_to (CwWindow *self,
         GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);

  if (!cw_scenario_save_file (cw_document_get_scenario (self->document), file, &error))
    {
      AdwMessageDialog *dialog;
      g_autofree char *heading = g_strdup_printf (_("Could not save “%s”"), name);

      announce (self, heading);
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));
      adw_message_dialog_add_responses (dialog, "close", _("_Close"), "save-as", _("Save _As…"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "save-as", ADW_RESPONSE_SUGGESTED);
      g_signal_connect_object (dialog, "response", G_CALLBACK (save_failed_response_cb), self, 0);
      cw_a11y_present_question (GTK_WIDGET (dialog));
      return FALSE;
    }
  cw_document_mark_saved (self->document, file);
  cw_window_remember_file_state (self);
  cw_recovery_discard (self->recovery);
  remember_recent (self, file);
  {
    g_autofree char *title = g_strdup_printf (_("Saved “%s”"), name);

    toast (self, title);
  }
  return TRUE;
}

/* Scenarios are saved as *.cluster; *.xml, which opens too, is kept. */
static const char * const scenario_extensions[] = { FILE_SUFFIX, ".xml", NULL };

static void
save_as_chosen (GObject *owner,
                GFile   *file,
                GObject *chooser)
{
  Pending *pending = g_object_get_data (chooser, "pending");

  if (save_to (CW_WINDOW (owner), file))
    pending->then (pending->window, pending->data);
}

/* Whatever the answer, @pending goes with the chooser: run only once saved. */
static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     CwWindow        *self)
{
  cw_save_target_respond (chooser, response, scenario_extensions, G_OBJECT (self), save_as_chosen);
  g_object_unref (chooser);
}

GtkFileChooserNative *
cw_window_file_chooser (CwWindow             *self,
                        const char           *title,
                        GtkFileChooserAction  action,
                        GtkFileFilter        *filter)
{
  const char *accept = action == GTK_FILE_CHOOSER_ACTION_SAVE ? _("_Save") : _("_Open");
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                                               accept, _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  return chooser;
}

GFile *
cw_window_chosen_file (GtkNativeDialog *chooser,
                       int              response)
{
  GFile *file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  return file;
}

static GtkFileFilter *
scenario_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Cluster scenarios"));
  gtk_file_filter_add_pattern (filter, "*" FILE_SUFFIX);
  gtk_file_filter_add_pattern (filter, "*.xml");
  return filter;
}

/* Asks where to save, saves, then runs @pending (if any) on success. */
static void
save_as (CwWindow *self,
         Pending  *pending)
{
  g_autoptr(GtkFileFilter) filter = scenario_filter ();
  GtkFileChooserNative *chooser = cw_window_file_chooser (self, _("Save Scenario"),
                                                          GTK_FILE_CHOOSER_ACTION_SAVE, filter);
  GFile *file = cw_document_get_file (self->document);

  if (file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL);
  else
    {
      g_autofree char *name = g_strconcat (cw_document_get_title (self->document), FILE_SUFFIX, NULL);

      g_strdelimit (name, "/\\:", '-');
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  g_object_set_data_full (G_OBJECT (chooser), "pending", pending, (GDestroyNotify) pending_free);
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
nothing_then (CwWindow *self,
              gpointer  data)
{
}

typedef struct {
  Pending *pending;
  char    *response;
} Answer;

#define ANSWER_ACT_KEY "cw-answer-act"

static void
answer_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Pending          *pending)
{
  Answer *answer = g_new0 (Answer, 1);

  answer->pending = pending;
  answer->response = g_strdup (response);
  g_idle_add ((GSourceFunc) g_object_get_data (G_OBJECT (dialog), ANSWER_ACT_KEY), answer);
}

/* Runs @act with the Answer to @dialog once the dialog is gone: what
 * follows may close the window the dialog belongs to. */
static void
act_on_answer (AdwMessageDialog *dialog,
               Pending          *pending,
               GSourceFunc       act)
{
  g_object_set_data (G_OBJECT (dialog), ANSWER_ACT_KEY, act);
  g_signal_connect (dialog, "response", G_CALLBACK (answer_response_cb), pending);
}

static void
answer_free (Answer *answer)
{
  g_free (answer->response);
  g_free (answer);
}

static void revert_now (CwWindow *self, gpointer data);

static gboolean
outside_change_answer_cb (gpointer data)
{
  Answer *answer = data;
  Pending *pending = answer->pending;
  CwWindow *self = pending->window;
  GFile *file = cw_document_get_file (self->document);

  if (g_str_equal (answer->response, "overwrite") && file != NULL)
    {
      if (save_to (self, file))
        pending_run (pending);
      else
        pending_free (pending);
    }
  else if (g_str_equal (answer->response, "save-as"))
    save_as (self, pending);
  else
    {
      if (g_str_equal (answer->response, "reload"))
        revert_now (self, NULL);
      pending_free (pending);
    }
  answer_free (answer);
  return G_SOURCE_REMOVE;
}

/* Another program changed the file: Reload, Save Anyway or Save As. */
static void
ask_about_outside_change (CwWindow *self,
                          GFile    *file,
                          Pending  *pending)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("“%s” Was Changed by Another Program"), name);
  AdwMessageDialog *dialog;

  dialog = cw_window_ask (self, heading,
                          _("Since the workbench last opened or saved it, the file was changed "
                            "outside the workbench. Saving now would replace those changes with "
                            "yours; reloading would replace your unsaved changes with the file."),
                          "cancel", _("_Cancel"), "reload", _("_Reload"), "save-as", _("Save _As…"));
  adw_message_dialog_add_response (dialog, "overwrite", _("_Save Anyway"));
  adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  act_on_answer (dialog, pending, outside_change_answer_cb);
  cw_a11y_present_question (GTK_WIDGET (dialog));
}

/* Saves to the document's file, or asks for one; then runs @pending. */
static void
save (CwWindow *self,
      Pending  *pending)
{
  GFile *file = cw_document_get_file (self->document);

  if (file == NULL)
    save_as (self, pending);
  else if (changed_outside (self, file))
    ask_about_outside_change (self, file, pending);
  else if (save_to (self, file))
    pending_run (pending);
  else
    pending_free (pending);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (CW_WINDOW (widget), pending_new (CW_WINDOW (widget), nothing_then, NULL, NULL));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save_as (CW_WINDOW (widget), pending_new (CW_WINDOW (widget), nothing_then, NULL, NULL));
}

/* Unsaved changes */

AdwMessageDialog *
cw_window_ask (CwWindow   *self,
               const char *heading,
               const char *body,
               const char *cancel,
               const char *cancel_label,
               const char *destructive,
               const char *destructive_label,
               const char *suggested,
               const char *suggested_label)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  adw_message_dialog_add_responses (dialog, cancel, cancel_label, destructive, destructive_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, destructive, ADW_RESPONSE_DESTRUCTIVE);
  if (suggested != NULL)
    {
      adw_message_dialog_add_response (dialog, suggested, suggested_label);
      adw_message_dialog_set_response_appearance (dialog, suggested, ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, suggested);
    }
  adw_message_dialog_set_close_response (dialog, cancel);
  return dialog;
}

static gboolean
settle_answer_cb (gpointer data)
{
  Answer *answer = data;
  Pending *pending = answer->pending;

  if (g_str_equal (answer->response, "save"))
    save (pending->window, pending);
  else if (g_str_equal (answer->response, "discard"))
    {
      cw_recovery_discard (pending->window->recovery);
      pending_run (pending);
    }
  else
    pending_free (pending);
  answer_free (answer);
  return G_SOURCE_REMOVE;
}

void
cw_window_settle_changes (CwWindow       *self,
                          CwWindowThen    then,
                          gpointer        data,
                          GDestroyNotify  destroy)
{
  Pending *pending = pending_new (self, then, data, destroy);
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  if (!cw_document_get_modified (self->document))
    {
      pending_run (pending);
      return;
    }
  body = g_strdup_printf (_("“%s” has changes that are not saved. Without saving, they are lost."),
                          cw_document_get_title (self->document));
  dialog = cw_window_ask (self, _("Save Changes?"), body, "cancel", _("_Cancel"),
                          "discard", _("_Discard"), "save", _("_Save"));
  act_on_answer (dialog, pending, settle_answer_cb);
  cw_a11y_present_question (GTK_WIDGET (dialog));
}

/* Opening */

/* Lists every problem the loader found, one "file:line: message" a line. */
void
cw_window_show_problems (CwWindow     *self,
                         GFile        *file,
                         const GError *error,
                         GPtrArray    *problems)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Could not open “%s”"), name);
  g_autoptr(GString) text = g_string_new (NULL);
  AdwMessageDialog *dialog;
  GtkWidget *label, *scroller;

  /* The heading names the file: each line gives the name, not the whole path. */
  for (guint i = 0; i < problems->len; i++)
    {
      CwFileProblem shown = *(CwFileProblem *) g_ptr_array_index (problems, i);
      g_autofree char *line = NULL;

      shown.file = name;
      line = cw_file_problem_format (&shown);
      g_string_append_printf (text, "%s%s", i ? "\n" : "", line);
    }
  if (problems->len > 0)
    {
      g_autofree char *body = g_strdup_printf (ngettext ("The file has a problem, listed below. The scenario "
                                                         "you were working on stays open, unchanged.",
                                                         "The file has %u problems, listed below. The scenario "
                                                         "you were working on stays open, unchanged.",
                                                         problems->len), problems->len);

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
    }
  else
    dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  if (text->len > 0)
    {
      label = gtk_label_new (text->str);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_yalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "problem-list");
      /* Wide enough for a line of a message, not a column of words. */
      gtk_label_set_width_chars (GTK_LABEL (label), PROBLEM_WIDTH_CHARS);
      /* A long list scrolls; a short one is shown whole. */
      if (problems->len > MAX_PROBLEMS_SHOWN)
        {
          scroller = gtk_scrolled_window_new ();
          gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
          gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
          gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
        }
      else
        scroller = label;
      adw_message_dialog_set_extra_child (dialog, scroller);
    }
  cw_a11y_present_question (GTK_WIDGET (dialog));
}

typedef struct {
  CwScenario *scenario;
  GFile      *file;       /* NULL for an example: it must be saved elsewhere */
  char       *name;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  cw_scenario_free (loaded->scenario);
  g_clear_object (&loaded->file);
  g_free (loaded->name);
  g_free (loaded);
}

static void
show_loaded (CwWindow *self,
             gpointer  data)
{
  Loaded *loaded = data;

  cw_document_replace (self->document, g_steal_pointer (&loaded->scenario), loaded->file);
  cw_window_remember_file_state (self);
  cw_recovery_discard (self->recovery);
  cw_cycle_canvas_queue_fit (self->canvas);
  if (loaded->file != NULL)
    {
      remember_recent (self, loaded->file);
      cw_window_offer_recovery_for (self, loaded->file);
    }
}

/* Shows @scenario once unsaved changes are settled. */
static void
replace_with (CwWindow   *self,
              CwScenario *scenario,
              GFile      *file)
{
  Loaded *loaded = g_new0 (Loaded, 1);

  loaded->scenario = scenario;
  loaded->file = file ? g_object_ref (file) : NULL;
  cw_window_settle_changes (self, show_loaded, loaded, (GDestroyNotify) loaded_free);
}

void
cw_window_open (CwWindow *self,
                GFile    *file)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  CwScenario *scenario;

  g_return_if_fail (CW_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  /* Files named *.lesson are lessons and *.experiment experiments, as for
   * `validate`; an experiment opens in the Experiments window, which says
   * there what is wrong with a file it cannot read. */
  if (name != NULL && g_str_has_suffix (name, CW_LESSON_EXTENSION))
    {
      cw_window_open_lesson_file (self, file);
      return;
    }
  if (name != NULL && g_str_has_suffix (name, CW_EXPERIMENT_EXTENSION))
    {
      cw_experiment_dialog_open_file (cw_experiment_dialog_present (GTK_WINDOW (self), self->document), file);
      return;
    }
  scenario = cw_scenario_load_file (file, problems, &error);
  if (scenario == NULL)
    {
      cw_window_show_problems (self, file, error, problems);
      /* The unsaved work may be all that is left of a damaged file. */
      cw_window_offer_recovery_for (self, file);
      return;
    }
  if (problems->len > 0)
    {
      g_autofree char *title = g_strdup_printf (ngettext ("Opened with %u warning: %s",
                                                          "Opened with %u warnings; the first: %s",
                                                          problems->len),
                                                problems->len,
                                                ((CwFileProblem *) g_ptr_array_index (problems, 0))->message);

      toast (self, title);
    }
  replace_with (self, scenario, file);
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  CwWindow        *self)
{
  g_autoptr(GFile) file = cw_window_chosen_file (chooser, response);

  if (file != NULL)
    cw_window_open (self, file);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autoptr(GtkFileFilter) filter = scenario_filter ();
  GtkFileChooserNative *chooser = cw_window_file_chooser (CW_WINDOW (widget), _("Open Scenario"),
                                                          GTK_FILE_CHOOSER_ACTION_OPEN, filter);

  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  cw_window_open (CW_WINDOW (widget), file);
}

static void
open_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CwWindow *self = CW_WINDOW (widget);
  CwScenario *scenario = cw_window_load_builtin (self, g_variant_get_string (parameter, NULL),
                                                 (CwWindowLoadBuiltin) cw_scenario_load_example);

  /* An example is a starting point: saving asks where to put the copy. */
  if (scenario != NULL)
    replace_with (self, scenario, NULL);
}

gpointer
cw_window_load_builtin (CwWindow            *self,
                        const char          *name,
                        CwWindowLoadBuiltin  load)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  gpointer loaded = load (name, problems, &error);

  if (loaded == NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (name);

      cw_window_show_problems (self, file, error, problems);
    }
  return loaded;
}

static void
revert_now (CwWindow *self,
            gpointer  data)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  GFile *file = cw_document_get_file (self->document);
  CwScenario *scenario = cw_scenario_load_file (file, problems, &error);

  if (scenario == NULL)
    {
      cw_window_show_problems (self, file, error, problems);
      return;
    }
  cw_document_replace (self->document, scenario, file);
  cw_window_remember_file_state (self);
  cw_recovery_discard (self->recovery);
}

static void
revert_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    CwWindow         *self)
{
  if (g_str_equal (response, "revert"))
    revert_now (self, NULL);
}

static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CwWindow *self = CW_WINDOW (widget);
  AdwMessageDialog *dialog;
  g_autofree char *name = NULL, *body = NULL;

  if (cw_document_get_file (self->document) == NULL)
    return;
  name = g_file_get_basename (cw_document_get_file (self->document));
  body = g_strdup_printf (_("The changes made since “%s” was last saved will be lost."), name);
  dialog = cw_window_ask (self, _("Revert to the Saved Version?"), body, "cancel", _("_Cancel"),
                          "revert", _("_Revert"), NULL, NULL);
  g_signal_connect (dialog, "response", G_CALLBACK (revert_response_cb), self);
  cw_a11y_present_question (GTK_WIDGET (dialog));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         CwWindow      *self)
{
  GSList *files = g_value_get_boxed (value);

  if (files == NULL)
    return FALSE;
  cw_window_open (self, files->data);
  return TRUE;
}

void
cw_window_files_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", "s", open_example_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.revert", NULL, revert_action);
}

void
cw_window_files_init (CwWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_auto(GStrv) examples = cw_scenario_list_examples ();

  update_recent (self);
  cw_window_recovery_init (self);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  for (guint i = 0; examples != NULL && examples[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
      g_autoptr(GMenuItem) item = NULL;
      g_autoptr(CwScenario) scenario = cw_scenario_load_example (examples[i], problems, NULL);
      const char *label = scenario && scenario->meta.title ? scenario->meta.title : examples[i];

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "win.open-example", "s", examples[i]);
      g_menu_append_item (self->examples_menu, item);
    }
}

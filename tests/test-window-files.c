/* test-window-files.c — the window never loses work: recovery on open, outside changes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with GSK_RENDERER=cairo, with XDG_DATA_HOME in a private
 * directory. A copy "left behind" is made as a crash leaves one: a document
 * with unsaved changes, its recovery copy written, and the program gone
 * without discarding it.
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "cw-document.h"
#include "cw-recovery.h"
#include "cw-save-target.h"
#include "cw-scenario-file.h"
#include "cw-templates.h"
#include "cw-window.h"
#include "ui-helpers.h"

static char *data_home;

static CwWindow *
new_window (void)
{
  CwWindow *window = CW_WINDOW (g_object_new (CW_TYPE_WINDOW, NULL));

  gtk_window_present (GTK_WINDOW (window));
  ui_flush ();
  return window;
}

static void
destroy_window (CwWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  ui_flush ();
}

/* The message dialog shown over @window, or NULL. */
static AdwMessageDialog *
find_dialog (CwWindow *window)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      return l->data;
  return NULL;
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* Answers act from an idle callback, once the dialog is gone. */
  ui_spin (50);
}

static void
remove_recovery_copies (void)
{
  g_autoptr(GPtrArray) copies = cw_recovery_list ();

  for (guint i = 0; i < copies->len; i++)
    cw_recovery_remove (g_ptr_array_index (copies, i));
}

static guint
count_copies (void)
{
  g_autoptr(GPtrArray) copies = cw_recovery_list ();

  return copies->len;
}

static CwScenario *
titled (const char *title)
{
  CwScenario *sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);

  g_free (sc->meta.title);
  sc->meta.title = g_strdup (title);
  return sc;
}

/* @file, saved with @title. */
static GFile *
saved_file (const char *name,
            const char *title)
{
  g_autofree char *path = g_build_filename (data_home, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CwScenario) sc = titled (title);
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_scenario_save_file (sc, file, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

/* A recovery copy of unsaved work titled @title on @file, as a crash leaves it. */
static void
leave_copy (GFile      *file,
            const char *title)
{
  g_autoptr(CwDocument) doc = cw_document_new (cw_template_new (CW_TEMPLATE_DIGITAL_ERA));
  CwRecovery *recovery;

  cw_document_restore (doc, titled (title), file);
  recovery = cw_recovery_new (doc);
  cw_recovery_flush (recovery);
  cw_recovery_free (recovery);
}

/* Opening a file (a double-click) offers the unsaved work a crash left of
 * that file, and only of that file. */
static void
test_recovery_on_open (void)
{
  g_autoptr(GFile) file = saved_file ("mine.cluster", "As saved");
  g_autoptr(GFile) other = saved_file ("other.cluster", "Other");
  CwWindow *window;
  CwDocument *doc;
  AdwMessageDialog *dialog;

  remove_recovery_copies ();
  leave_copy (file, "Unsaved edit");
  leave_copy (other, "Unsaved edit of the other");
  g_assert_cmpuint (count_copies (), ==, 2);

  window = new_window ();
  doc = cw_window_get_document (window);
  cw_window_open (window, file);
  ui_flush ();
  g_assert_cmpstr (cw_document_get_scenario (doc)->meta.title, ==, "As saved");
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“Unsaved edit”"));
  answer (dialog, "recover");
  g_assert_null (find_dialog (window));

  g_assert_cmpstr (cw_document_get_scenario (doc)->meta.title, ==, "Unsaved edit");
  g_assert_true (g_file_equal (cw_document_get_file (doc), file));
  g_assert_true (cw_document_get_modified (doc));
  /* The other file's copy waits for that file; the window has its own copy. */
  g_assert_cmpuint (count_copies (), ==, 2);
  destroy_window (window);
  remove_recovery_copies ();
}

/* A copy that cannot be read is not dropped silently: the user is told
 * where it is and decides. */
static void
test_unreadable_copy (void)
{
  g_autofree char *dir = g_build_filename (data_home, "cluster-workbench", "recovery", NULL);
  g_autofree char *copy = g_build_filename (dir, "1000-1-1.cluster", NULL);
  CwWindow *window;
  AdwMessageDialog *dialog;

  remove_recovery_copies ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (copy, "<scenario", -1, NULL));

  window = new_window ();
  cw_window_offer_recovery (window);
  ui_flush ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Unsaved Work Cannot Be Recovered");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), copy));
  answer (dialog, "keep");
  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));

  cw_window_offer_recovery (window);
  ui_flush ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  answer (dialog, "delete");
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  destroy_window (window);
}

/* Makes an unsaved change in @window's document. */
static void
change_title (CwWindow   *window,
              const char *title)
{
  CwDocument *doc = cw_window_get_document (window);
  CwScenario *sc = cw_document_begin_edit (doc, NULL);

  g_free (sc->meta.title);
  sc->meta.title = g_strdup (title);
  cw_document_end_edit (doc);
}

static char *
title_on_disk (GFile *file)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(CwScenario) sc = cw_scenario_load_file (file, problems, NULL);
  g_assert_nonnull (sc);
  return g_strdup (sc->meta.title);
}

/* Overwrites @file as another program would, later and with another size. */
static void
change_outside (GFile      *file,
                const char *title)
{
  g_autoptr(GFile) saved = NULL;
  g_autofree char *name = g_strdup_printf ("outside-%s.cluster", title);

  g_usleep (20000);
  saved = saved_file (name, title);
  g_assert_true (g_file_move (saved, file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL));
}

/* Saving over a file another program changed asks first: Cancel keeps the
 * outside change, Save Anyway replaces it, Reload takes it. Saving without
 * an outside change does not ask. */
static void
test_outside_change (void)
{
  g_autoptr(GFile) file = saved_file ("shared.cluster", "Start");
  CwWindow *window = new_window ();
  CwDocument *doc = cw_window_get_document (window);
  AdwMessageDialog *dialog;
  g_autofree char *t1 = NULL, *t2 = NULL, *t3 = NULL, *t4 = NULL;

  cw_window_open (window, file);
  ui_flush ();
  g_assert_null (find_dialog (window));

  change_title (window, "Mine");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  ui_flush ();
  g_assert_null (find_dialog (window));
  t1 = title_on_disk (file);
  g_assert_cmpstr (t1, ==, "Mine");

  change_title (window, "Mine again");
  change_outside (file, "Theirs");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  ui_flush ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  answer (dialog, "cancel");
  t2 = title_on_disk (file);
  g_assert_cmpstr (t2, ==, "Theirs");
  g_assert_true (cw_document_get_modified (doc));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  ui_flush ();
  answer (find_dialog (window), "overwrite");
  t3 = title_on_disk (file);
  g_assert_cmpstr (t3, ==, "Mine again");
  g_assert_false (cw_document_get_modified (doc));

  change_title (window, "Mine, third");
  change_outside (file, "Theirs again");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  ui_flush ();
  answer (find_dialog (window), "reload");
  g_assert_cmpstr (cw_document_get_scenario (doc)->meta.title, ==, "Theirs again");
  g_assert_false (cw_document_get_modified (doc));
  t4 = title_on_disk (file);
  g_assert_cmpstr (t4, ==, "Theirs again");
  destroy_window (window);
  remove_recovery_copies ();
}

/* A save the disk refuses says why and leaves the file and the unsaved state. */
static void
test_save_refused (void)
{
  g_autoptr(GFile) file = saved_file ("linked.cluster", "Linked");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *other = g_build_filename (data_home, "second-name.cluster", NULL);
  CwWindow *window = new_window ();
  AdwMessageDialog *dialog;
  g_autofree char *title = NULL;

  g_assert_cmpint (link (path, other), ==, 0);
  cw_window_open (window, file);
  ui_flush ();
  change_title (window, "Changed");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  ui_flush ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "hard links"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  answer (dialog, "close");
  title = title_on_disk (file);
  g_assert_cmpstr (title, ==, "Linked");
  g_assert_true (cw_document_get_modified (cw_window_get_document (window)));
  destroy_window (window);
  remove_recovery_copies ();
  g_unlink (other);
}

/* When the recovery copy cannot be written, the user is told, once, and
 * offered to save. */
static void
test_backup_fails (void)
{
  g_autofree char *home = g_build_filename (data_home, "cluster-workbench", NULL);
  g_autofree char *aside = g_build_filename (data_home, "cluster-workbench-aside", NULL);
  CwWindow *window = new_window ();
  AdwMessageDialog *dialog;

  g_mkdir_with_parents (home, 0700);
  g_assert_cmpint (g_rename (home, aside), ==, 0);
  /* A file where the folder of the copies should be. */
  g_assert_true (g_file_set_contents (home, "", -1, NULL));
  change_title (window, "Not backed up");
  ui_spin ((CW_RECOVERY_DELAY_SECONDS + 1) * 1000);
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Unsaved Changes Are Not Backed Up");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), home));
  answer (dialog, "close");
  /* Once: the next failing copy does not ask again. */
  change_title (window, "Still not backed up");
  ui_spin ((CW_RECOVERY_DELAY_SECONDS + 1) * 1000);
  g_assert_null (find_dialog (window));

  g_unlink (home);
  g_assert_cmpint (g_rename (aside, home), ==, 0);
  destroy_window (window);
  remove_recovery_copies ();
}

static gboolean
is_problem_list (GtkWidget  *label,
                 const char *unused)
{
  return gtk_widget_has_css_class (label, "problem-list");
}

/* The problems of a file are listed as NAME:LINE: message, a line each, in
 * a dialog wide enough to read them: the heading names the file, the lines
 * do not repeat its whole path. */
static void
test_problem_list (void)
{
  g_autofree char *path = g_build_filename (data_home, "broken.cluster", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CwWindow *window = new_window ();
  AdwMessageDialog *dialog;
  GtkWidget *label;
  const char *text;

  g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<scenario xmlns=\"" CW_SCENARIO_NAMESPACE
                                      "\" version=\"1\">\n  <profile>\n    <property id=\"firms\" value=\"ten\"/>\n"
                                      "    <property id=\"colour\" value=\"1\"/>\n  </profile>\n</scenario>\n",
                                      -1, NULL));
  cw_window_open (window, file);
  ui_flush ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  label = ui_find_widget_where (GTK_WIDGET (dialog), GTK_TYPE_LABEL, is_problem_list, NULL);
  g_assert_nonnull (label);
  text = gtk_label_get_text (GTK_LABEL (label));
  g_assert_true (g_str_has_prefix (text, "broken.cluster:4: "));
  g_assert_nonnull (strstr (text, "\nbroken.cluster:5: "));
  g_assert_null (strstr (text, data_home));
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (label)), >=, 60);
  answer (dialog, "close");
  destroy_window (window);
  g_unlink (path);
}

#ifndef UNDER_ASAN
/* The file chooser over @window: the one @action opened, which must be for
 * @chooser_action and show the files of the filter @filter. */
static GtkFileChooser *
chooser_for (CwWindow             *window,
             const char           *action,
             GtkFileChooserAction  chooser_action,
             const char           *filter)
{
  GtkFileChooser *chooser;

  g_assert_null (ui_find_transient (GTK_WINDOW (window), GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  ui_flush ();
  chooser = (GtkFileChooser *) ui_find_transient (GTK_WINDOW (window), GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (chooser)));
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, chooser_action);
  g_assert_cmpstr (gtk_file_filter_get_name (gtk_file_chooser_get_filter (chooser)), ==, filter);
  return chooser;
}

/* Waits until the file chooser over @window is gone (it checks the name
 * asynchronously). */
static void
wait_chooser_gone (CwWindow *window)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (ui_find_transient (GTK_WINDOW (window), GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (ui_find_transient (GTK_WINDOW (window), GTK_TYPE_FILE_CHOOSER_DIALOG));
  ui_flush ();
}

/* Answers @chooser and waits until it is gone. */
static void
respond (CwWindow       *window,
         GtkFileChooser *chooser,
         int             response)
{
  gtk_dialog_response (GTK_DIALOG (chooser), response);
  wait_chooser_gone (window);
}

#endif

/* Save As and Open go through their choosers: the file chosen is saved
 * (with the suffix added) or opened; Cancel does nothing. */
static void
test_choosers (void)
{
#ifdef UNDER_ASAN
  g_test_skip ("the GTK file chooser leaks in libcloudproviders under LeakSanitizer");
#else
  g_autoptr(GFile) folder = g_file_new_for_path (data_home);
  g_autofree char *path = g_build_filename (data_home, "chosen.cluster", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CwWindow *window = new_window ();
  CwDocument *doc = cw_window_get_document (window);
  GtkFileChooser *chooser;

  change_title (window, "Chosen");
  chooser = chooser_for (window, "win.save-as", GTK_FILE_CHOOSER_ACTION_SAVE, "Cluster scenarios");
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  gtk_file_chooser_set_current_name (chooser, "chosen");
  respond (window, chooser, GTK_RESPONSE_ACCEPT);
  g_assert_true (g_file_equal (cw_document_get_file (doc), file));
  g_assert_false (cw_document_get_modified (doc));
  {
    g_autofree char *title = title_on_disk (file);

    g_assert_cmpstr (title, ==, "Chosen");
  }
  destroy_window (window);

  window = new_window ();
  doc = cw_window_get_document (window);
  chooser = chooser_for (window, "win.open", GTK_FILE_CHOOSER_ACTION_OPEN, "Cluster scenarios");
  respond (window, chooser, GTK_RESPONSE_CANCEL);
  g_assert_null (cw_document_get_file (doc));
  chooser = chooser_for (window, "win.open", GTK_FILE_CHOOSER_ACTION_OPEN, "Cluster scenarios");
  g_assert_true (gtk_file_chooser_set_file (chooser, file, NULL));
  ui_spin (500);
  respond (window, chooser, GTK_RESPONSE_ACCEPT);
  g_assert_nonnull (cw_document_get_file (doc));
  g_assert_true (g_file_equal (cw_document_get_file (doc), file));
  g_assert_cmpstr (cw_document_get_scenario (doc)->meta.title, ==, "Chosen");

  chooser = chooser_for (window, "win.open-lesson-file", GTK_FILE_CHOOSER_ACTION_OPEN, "Lessons");
  respond (window, chooser, GTK_RESPONSE_CANCEL);
  destroy_window (window);
  remove_recovery_copies ();
  g_unlink (path);
#endif
}

/* The name chosen in @folder, as the file written for @extensions. */
static char *
target_name (GFile              *folder,
             const char         *chosen,
             const char * const *extensions)
{
  g_autoptr(GFile) file = g_file_get_child (folder, chosen);
  g_autoptr(GFile) target = cw_save_target_file (file, extensions);
  g_autoptr(GFile) parent = g_file_get_parent (target);

  g_assert_true (g_file_equal (parent, folder));
  return g_file_get_basename (target);
}

/* A save chooser's file gets its extension when it has none of those
 * accepted; one it has is kept. */
static void
test_save_target (void)
{
  static const char * const scenario[] = { ".cluster", ".xml", NULL };
  static const char * const pdf[] = { ".pdf", NULL };
  static const struct {
    const char * const *extensions;
    const char         *chosen;
    const char         *written;
  } cases[] = {
    { scenario, "foo", "foo.cluster" },
    { scenario, "foo.cluster", "foo.cluster" },
    { scenario, "foo.xml", "foo.xml" },
    { scenario, "foo.pdf", "foo.pdf.cluster" },
    { scenario, "foo.cluster.bak", "foo.cluster.bak.cluster" },
    { pdf, "Report 2030", "Report 2030.pdf" },
    { pdf, "report.pdf", "report.pdf" },
  };
  g_autoptr(GFile) folder = g_file_new_for_path (data_home);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = target_name (folder, cases[i].chosen, cases[i].extensions);

      g_assert_cmpstr (name, ==, cases[i].written);
    }
}

#ifndef UNDER_ASAN
/* Gives @chooser @response and answers the chooser's own question, that
 * the name typed is a file which exists, with Replace. */
static void
respond_replacing (CwWindow       *window,
                   GtkFileChooser *chooser)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWindow *question;

  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  while ((question = ui_find_transient (GTK_WINDOW (chooser), GTK_TYPE_MESSAGE_DIALOG)) == NULL &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
  wait_chooser_gone (window);
}

/* Save As, from "Save Changes?" before opening @other, with "foo" typed in
 * @folder: what the chooser answered. */
static void
save_as_foo (CwWindow *window,
             GFile    *folder,
             GFile    *other)
{
  GtkFileChooser *chooser;

  cw_window_open (window, other);
  answer (find_dialog (window), "save");
  chooser = (GtkFileChooser *) ui_find_transient (GTK_WINDOW (window), GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  gtk_file_chooser_set_current_name (chooser, "foo");
  respond (window, chooser, GTK_RESPONSE_ACCEPT);
}
#endif

/* Save As adds ".cluster" to "foo"; GTK's chooser asked about "foo" only,
 * so when foo.cluster exists the window asks before replacing it. Cancel
 * writes nothing: the file stays byte for byte, the document keeps no file
 * and its changes, and what was to follow the save (opening another file)
 * does not happen. Replace writes it, then opens the other file. A name
 * typed with ".cluster" is asked about once, by the chooser. */
static void
test_suffix_replace (void)
{
#ifdef UNDER_ASAN
  g_test_skip ("the GTK file chooser leaks in libcloudproviders under LeakSanitizer");
#else
  g_autoptr(GFile) folder = g_file_new_for_path (data_home);
  g_autoptr(GFile) foo = saved_file ("foo.cluster", "Precious");
  g_autoptr(GFile) other = saved_file ("other.cluster", "Other");
  g_autoptr(GFile) bare = g_file_get_child (folder, "foo");
  g_autofree char *before = NULL, *after = NULL, *body = NULL;
  gsize before_len, after_len;
  CwWindow *window = new_window ();
  CwDocument *doc = cw_window_get_document (window);
  AdwMessageDialog *question;
  GtkFileChooser *chooser;

  g_assert_true (g_file_load_contents (foo, NULL, &before, &before_len, NULL, NULL));
  change_title (window, "Mine");
  save_as_foo (window, folder, other);
  question = find_dialog (window);
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Replace “foo.cluster”?");
  body = g_strdup (adw_message_dialog_get_body (question));
  g_assert_nonnull (strstr (body, data_home));
  g_assert_nonnull (strstr (body, "overwrites"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (question), ==, "cancel");
  g_assert_cmpstr (adw_message_dialog_get_close_response (question), ==, "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (question, "replace"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  answer (question, "cancel");
  g_assert_true (g_file_load_contents (foo, NULL, &after, &after_len, NULL, NULL));
  g_assert_cmpmem (after, after_len, before, before_len);
  g_assert_false (g_file_query_exists (bare, NULL));
  g_assert_null (cw_document_get_file (doc));
  g_assert_true (cw_document_get_modified (doc));
  g_assert_cmpstr (cw_document_get_title (doc), ==, "Mine");
  g_assert_null (find_dialog (window));

  save_as_foo (window, folder, other);
  answer (find_dialog (window), "replace");
  {
    g_autofree char *title = title_on_disk (foo);

    g_assert_cmpstr (title, ==, "Mine");
  }
  g_assert_true (g_file_equal (cw_document_get_file (doc), other));
  g_assert_cmpstr (cw_document_get_title (doc), ==, "Other");

  change_title (window, "Typed in full");
  chooser = chooser_for (window, "win.save-as", GTK_FILE_CHOOSER_ACTION_SAVE, "Cluster scenarios");
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  gtk_file_chooser_set_current_name (chooser, "foo.cluster");
  respond_replacing (window, chooser);
  g_assert_null (find_dialog (window));
  {
    g_autofree char *title = title_on_disk (foo);

    g_assert_cmpstr (title, ==, "Typed in full");
  }
  g_assert_true (g_file_equal (cw_document_get_file (doc), foo));
  destroy_window (window);
  remove_recovery_copies ();
  g_file_delete (foo, NULL, NULL);
  g_file_delete (other, NULL, NULL);
#endif
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  data_home = g_dir_make_tmp ("cw-test-window-files-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/window-files/recovery-on-open", test_recovery_on_open);
  g_test_add_func ("/window-files/unreadable-copy", test_unreadable_copy);
  g_test_add_func ("/window-files/outside-change", test_outside_change);
  g_test_add_func ("/window-files/save-refused", test_save_refused);
  g_test_add_func ("/window-files/problem-list", test_problem_list);
  g_test_add_func ("/window-files/backup-fails", test_backup_fails);
  g_test_add_func ("/window-files/choosers", test_choosers);
  g_test_add_func ("/window-files/save-target", test_save_target);
  g_test_add_func ("/window-files/suffix-replace", test_suffix_replace);
  status = g_test_run ();
  remove_tree (data_home);
  g_free (data_home);
  return status;
}

/* test-window.c — the real window, driven through its actions and widgets
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with GSK_RENDERER=cairo. XDG_DATA_HOME points to a private
 * directory, so recovery copies of these tests never mix with a user's.
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "cw-application.h"
#include "cw-cycle-canvas.h"
#include "cw-document.h"
#include "cw-lever-list.h"
#include "cw-lever-row.h"
#include "cw-recovery.h"
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

static GFile *
temp_file (const char *name)
{
  g_autofree char *path = g_build_filename (data_home, name, NULL);

  return g_file_new_for_path (path);
}

static gboolean
has_title (GtkWidget  *row,
           const char *title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0;
}

static gboolean
has_label (GtkWidget  *button,
           const char *label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), label) == 0;
}

/* The message dialog shown over @window, or NULL. */
static AdwMessageDialog *
find_dialog (CwWindow *window)
{
  return (AdwMessageDialog *) ui_find_transient (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG);
}

static void
close_dialog (AdwMessageDialog *dialog,
              const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_flush ();
}

static void
destroy_window (CwWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  ui_flush ();
}

/* Adds a stage with the toolbar's action and names it in the popover that
 * opens for it, as a user types a name and presses Enter. */
static void
add_stage (CwWindow   *window,
           const char *name)
{
  GtkWidget *focus;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "canvas.add-stage", NULL));
  ui_flush ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_EDITABLE (focus));
  gtk_editable_set_text (GTK_EDITABLE (focus), name);
  g_signal_emit_by_name (focus, "activate");
  ui_flush ();
}

static void
connect_stages (CwWindow   *window,
                const char *from,
                const char *to)
{
  CwDocument *doc = cw_window_get_document (window);

  /* A click on the first stage, a Ctrl-click on the second, then Ctrl+K. */
  cw_document_select_stage (doc, from, FALSE);
  cw_document_toggle_stage (doc, to);
  ui_flush ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "canvas.connect", NULL));
  ui_flush ();
}

static const CwStage *
stage_named (CwDocument *doc,
             const char *name)
{
  const CwScenario *sc = cw_document_get_scenario (doc);

  for (guint i = 0; i < sc->stages->len; i++)
    if (g_str_equal (((CwStage *) g_ptr_array_index (sc->stages, i))->name, name))
      return g_ptr_array_index (sc->stages, i);
  return NULL;
}

static gboolean
has_edge (const CwScenario *sc,
          const char       *from,
          const char       *to)
{
  for (guint i = 0; i < sc->edges->len; i++)
    {
      const CwEdge *edge = g_ptr_array_index (sc->edges, i);

      if (g_str_equal (edge->from, from) && g_str_equal (edge->to, to))
        return TRUE;
    }
  return FALSE;
}

static void
save_empty (GFile *file)
{
  g_autoptr(CwScenario) empty = cw_template_new (CW_TEMPLATE_EMPTY);
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_scenario_save_file (empty, file, &error));
  g_assert_no_error (error);
}

/* Build a cycle of three stages, connect them, move a lever; undo all of it;
 * redo; save; reopen in another window and find the same scenario. */
static void
test_build_undo_save_reopen (void)
{
  g_autoptr(GFile) file = temp_file ("cycle.cluster");
  g_autoptr(CwScenario) start = NULL, built = NULL;
  CwWindow *window, *again;
  CwDocument *doc;
  const char *names[] = { "Awareness days", "Joint projects", "Export lab" };
  const char *ids[3];
  GtkWidget *lists, *row, *scale;
  double before;

  save_empty (file);
  window = new_window ();
  cw_window_open (window, file);
  ui_flush ();
  doc = cw_window_get_document (window);
  g_assert_true (g_file_equal (cw_document_get_file (doc), file));
  g_assert_cmpuint (cw_document_get_scenario (doc)->stages->len, ==, 0);
  start = cw_scenario_copy (cw_document_get_scenario (doc));
  g_assert_false (cw_document_get_modified (doc));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      add_stage (window, names[i]);
      g_assert_nonnull (stage_named (doc, names[i]));
      ids[i] = stage_named (doc, names[i])->id;
    }
  g_assert_cmpuint (cw_document_get_scenario (doc)->stages->len, ==, 3);
  g_assert_true (cw_document_get_modified (doc));

  connect_stages (window, ids[0], ids[1]);
  connect_stages (window, ids[1], ids[2]);
  connect_stages (window, ids[2], ids[0]);
  g_assert_cmpuint (cw_document_get_scenario (doc)->edges->len, ==, 3);
  g_assert_true (has_edge (cw_document_get_scenario (doc), ids[1], ids[2]));
  g_assert_true (has_edge (cw_document_get_scenario (doc), ids[2], ids[0]));

  /* The inspector shows the selected stage; add a lever and move its slider
   * with the keyboard, as the arrow keys do. */
  cw_document_select_stage (doc, ids[1], FALSE);
  ui_flush ();
  lists = ui_find_widget (GTK_WIDGET (window), CW_TYPE_LEVER_LIST);
  g_assert_nonnull (lists);
  g_assert_true (gtk_widget_activate_action (lists, "levers.add", "s", "project_consortia"));
  ui_flush ();
  row = ui_find_widget (GTK_WIDGET (window), CW_TYPE_LEVER_ROW);
  g_assert_nonnull (row);
  g_assert_cmpint (cw_lever_row_get_lever (CW_LEVER_ROW (row)), ==, CW_LEVER_PROJECT_CONSORTIA);
  scale = ui_find_widget (row, GTK_TYPE_SCALE);
  before = gtk_range_get_value (GTK_RANGE (scale));
  g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_STEP_RIGHT);
  g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_STEP_RIGHT);
  ui_flush ();
  g_assert_cmpfloat_with_epsilon (stage_named (doc, names[1])->levers[CW_LEVER_PROJECT_CONSORTIA],
                                  before + 0.1, 1e-9);
  built = cw_scenario_copy (cw_document_get_scenario (doc));

  /* Undo everything, with the header bar's action. */
  while (cw_document_get_can_undo (doc))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  ui_flush ();
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (doc), start));
  g_assert_false (cw_document_get_modified (doc));

  while (cw_document_get_can_redo (doc))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  ui_flush ();
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (doc), built));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  ui_flush ();
  g_assert_false (cw_document_get_modified (doc));
  g_assert_null (find_dialog (window));

  again = new_window ();
  cw_window_open (again, file);
  ui_flush ();
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (cw_window_get_document (again)), built));
  g_assert_false (cw_document_get_modified (cw_window_get_document (again)));
  destroy_window (again);
  destroy_window (window);
}

/* A corrupt file shows every problem with its line, and the work stays. */
static void
test_corrupt_file (void)
{
  g_autoptr(GFile) corrupt = temp_file ("corrupt.cluster");
  g_autoptr(GError) error = NULL;
  g_autoptr(CwScenario) before = NULL;
  const char *text = "<?xml version=\"1.0\"?>\n<scenario>\n  <stage id=\"a\"\n</scenario>\n";
  CwWindow *window = new_window ();
  CwDocument *doc = cw_window_get_document (window);
  AdwMessageDialog *dialog;
  GtkWidget *label;

  g_assert_true (g_file_replace_contents (corrupt, text, strlen (text), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  /* Unsaved work that must survive. */
  add_stage (window, "Keep me");
  before = cw_scenario_copy (cw_document_get_scenario (doc));

  cw_window_open (window, corrupt);
  ui_flush ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "corrupt.cluster"));
  label = ui_find_widget (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_LABEL);
  g_assert_nonnull (label);
  /* "file:line: message", the line of the broken tag. */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "corrupt.cluster:"));
  g_assert_true (g_regex_match_simple ("corrupt\\.cluster:[34]: ", gtk_label_get_text (GTK_LABEL (label)), 0, 0));
  close_dialog (dialog, "close");

  g_assert_true (cw_scenario_equal (cw_document_get_scenario (doc), before));
  g_assert_true (cw_document_get_modified (doc));
  g_assert_null (cw_document_get_file (doc));
  destroy_window (window);
}

/* Closing with unsaved work asks; Cancel keeps the window, Discard closes it
 * and leaves no recovery copy behind. */
static void
test_close_asks (void)
{
  CwWindow *window = new_window ();
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) copies = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  add_stage (window, "Unsaved");
  /* Long enough for the recovery copy to be written. */
  ui_spin ((CW_RECOVERY_DELAY_SECONDS + 1) * 1000);
  copies = cw_recovery_list ();
  g_assert_cmpuint (copies->len, ==, 1);

  gtk_window_close (GTK_WINDOW (window));
  ui_flush ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  close_dialog (dialog, "cancel");
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  gtk_window_close (GTK_WINDOW (window));
  ui_flush ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  close_dialog (dialog, "discard");
  g_assert_null (window);
  g_ptr_array_unref (g_steal_pointer (&copies));
  copies = cw_recovery_list ();
  g_assert_cmpuint (copies->len, ==, 0);
}

/* Without a session bus GTK warns that it cannot export the application:
 * not what this test is about. */
static gboolean
ignore_bus_warning (const char     *domain,
                    GLogLevelFlags  level,
                    const char     *message,
                    gpointer        data)
{
  return strstr (message, "session bus") == NULL;
}

/* With the application: the window takes its size from the settings, and
 * opened and saved files go to the top of the recent files. */
static void
test_recent_files (void)
{
  g_autoptr(CwApplication) app = cw_application_new ();
  g_autoptr(GFile) first = temp_file ("first.cluster");
  g_autoptr(GFile) second = temp_file ("second.cluster");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) recent = NULL;
  g_autofree char *first_uri = g_file_get_uri (first);
  g_autofree char *second_uri = g_file_get_uri (second);
  GSettings *settings;
  CwWindow *window;
  int width, height;

  g_test_log_set_fatal_handler (ignore_bus_warning, NULL);
  /* Never the remote of a workbench the user is running. */
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  settings = cw_application_get_settings (app);
  g_assert_nonnull (settings);
  g_settings_set_int (settings, "window-width", 1100);
  g_settings_set_int (settings, "window-height", 720);
  g_settings_set_strv (settings, "recent-files", NULL);

  save_empty (first);
  save_empty (second);
  window = cw_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 720);
  gtk_window_present (GTK_WINDOW (window));
  ui_flush ();
  cw_window_open (window, first);
  ui_flush ();
  cw_window_open (window, second);
  ui_flush ();
  recent = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpuint (g_strv_length (recent), ==, 2);
  g_assert_cmpstr (recent[0], ==, second_uri);
  g_assert_cmpstr (recent[1], ==, first_uri);
  g_clear_pointer (&recent, g_strfreev);

  /* The Open menu's entry for a recent file opens it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", first_uri));
  ui_flush ();
  g_assert_true (g_file_equal (cw_document_get_file (cw_window_get_document (window)), first));
  recent = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpstr (recent[0], ==, first_uri);
  destroy_window (window);
}

/* A lever moved away from its saved value can go back with one click. */
static void
test_lever_reset (void)
{
  CwWindow *window = new_window ();
  CwDocument *doc = cw_window_get_document (window);
  GtkWidget *row, *scale, *reset;
  double saved;

  cw_document_select_stage (doc, "awareness", FALSE);
  ui_flush ();
  saved = cw_scenario_find_stage (cw_document_get_scenario (doc), "awareness", NULL)->levers[CW_LEVER_PLATFORMS];
  row = ui_find_widget (GTK_WIDGET (window), CW_TYPE_LEVER_ROW);
  g_assert_cmpint (cw_lever_row_get_lever (CW_LEVER_ROW (row)), ==, CW_LEVER_PLATFORMS);
  g_assert_null (ui_find_widget_where (row, GTK_TYPE_BUTTON, ui_has_tooltip, "Back to the Saved Value"));
  scale = ui_find_widget (row, GTK_TYPE_SCALE);
  g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_END);
  ui_flush ();
  g_assert_cmpfloat (cw_scenario_find_stage (cw_document_get_scenario (doc), "awareness", NULL)->levers[CW_LEVER_PLATFORMS],
                     ==, 1.0);
  reset = ui_find_widget_where (row, GTK_TYPE_BUTTON, ui_has_tooltip, "Back to the Saved Value");
  g_assert_nonnull (reset);
  g_signal_emit_by_name (reset, "clicked");
  ui_flush ();
  g_assert_cmpfloat (cw_scenario_find_stage (cw_document_get_scenario (doc), "awareness", NULL)->levers[CW_LEVER_PLATFORMS],
                     ==, saved);
  g_assert_null (ui_find_widget_where (row, GTK_TYPE_BUTTON, ui_has_tooltip, "Back to the Saved Value"));
  /* Two steps: the move to the end, and the reset. */
  cw_document_undo (doc);
  g_assert_cmpfloat (cw_scenario_find_stage (cw_document_get_scenario (doc), "awareness", NULL)->levers[CW_LEVER_PLATFORMS],
                     ==, 1.0);
  destroy_window (window);
}

/* The stage inspector lists the arrows leaving the stage in the order they
 * are checked; one is selected from there, and can be made the first. */
static void
test_arrow_order (void)
{
  CwWindow *window = new_window ();
  CwDocument *doc = cw_window_get_document (window);
  const CwScenario *sc;
  GtkWidget *row, *button;
  int back;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", "s", "policy_cycle"));
  ui_flush ();
  cw_document_select_stage (doc, "evaluation", FALSE);
  ui_flush ();
  /* Both arrows of the evaluation: back to formulation when membership is low, else to the agenda. */
  g_assert_nonnull (ui_find_widget_where (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, has_title, "To “Formulation”"));
  row = ui_find_widget_where (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, has_title, "To “Agenda setting”");
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activated");
  ui_flush ();
  sc = cw_document_get_scenario (doc);
  back = cw_document_get_selected_edge (doc);
  g_assert_cmpint (back, >=, 0);
  g_assert_cmpstr (((CwEdge *) g_ptr_array_index (sc->edges, back))->to, ==, "agenda");

  button = ui_find_widget_where (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_label, "_Check This Arrow First");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ui_flush ();
  sc = cw_document_get_scenario (doc);
  g_assert_cmpint (cw_document_get_selected_edge (doc), ==, back - 1);
  g_assert_cmpstr (((CwEdge *) g_ptr_array_index (sc->edges, back - 1))->to, ==, "agenda");
  g_assert_cmpstr (((CwEdge *) g_ptr_array_index (sc->edges, back))->to, ==, "formulation");
  /* Already first: the button goes. */
  g_assert_null (ui_find_widget_where (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_label, "_Check This Arrow First"));
  destroy_window (window);
}

/* Revert asks, then shows the file as saved; New from a template asks about
 * unsaved work, and Cancel keeps it. */
static void
test_revert_and_new (void)
{
  g_autoptr(GFile) file = temp_file ("revert.cluster");
  g_autoptr(CwScenario) saved = NULL;
  CwWindow *window = new_window ();
  CwDocument *doc = cw_window_get_document (window);
  AdwMessageDialog *dialog;

  save_empty (file);
  cw_window_open (window, file);
  ui_flush ();
  saved = cw_scenario_copy (cw_document_get_scenario (doc));
  /* Nothing to revert yet: the action is disabled and nothing asks. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.revert", NULL);
  ui_flush ();
  g_assert_null (find_dialog (window));
  add_stage (window, "To be reverted");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", "s", "policy_cycle"));
  ui_flush ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  close_dialog (dialog, "cancel");
  g_assert_nonnull (stage_named (doc, "To be reverted"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.revert", NULL));
  ui_flush ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  close_dialog (dialog, "revert");
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (doc), saved));
  g_assert_false (cw_document_get_modified (doc));
  g_assert_false (cw_document_get_can_undo (doc));

  /* Unmodified: New replaces without asking. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", "s", "policy_cycle"));
  ui_flush ();
  g_assert_null (find_dialog (window));
  g_assert_cmpuint (cw_document_get_scenario (doc)->stages->len, ==, 4);
  g_assert_null (cw_document_get_file (doc));
  destroy_window (window);
}

/* Tab moves between stages and selects them; the arrow keys, Delete and
 * auto-arrange act on the selection; each is undone in one step. */
static void
test_keyboard (void)
{
  CwWindow *window = new_window ();
  CwDocument *doc = cw_window_get_document (window);
  GtkWidget *canvas = ui_find_widget (GTK_WIDGET (window), CW_TYPE_CYCLE_CANVAS);
  g_autoptr(CwScenario) start = cw_scenario_copy (cw_document_get_scenario (doc));
  const CwStage *stage;
  GtkWidget *menu;
  double x;

  g_assert_nonnull (canvas);
  g_assert_true (gtk_widget_child_focus (canvas, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (canvas));
  g_assert_cmpstr (cw_document_get_selected_stage (doc)->id, ==, "awareness");
  g_assert_true (gtk_widget_child_focus (canvas, GTK_DIR_TAB_FORWARD));
  stage = cw_document_get_selected_stage (doc);
  g_assert_cmpstr (stage->id, ==, "ownership");
  x = stage->x;

  /* What the arrow keys are bound to: three presses, one undo step. */
  for (int i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (canvas, "canvas.nudge", "(dd)", 10.0, 0.0));
  g_assert_cmpfloat (cw_scenario_find_stage (cw_document_get_scenario (doc), "ownership", NULL)->x, ==, x + 30);
  cw_document_undo (doc);
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (doc), start));

  /* Delete takes the stage's arrows along. */
  cw_document_select_stage (doc, "ownership", FALSE);
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.delete", NULL));
  ui_flush ();
  g_assert_null (cw_scenario_find_stage (cw_document_get_scenario (doc), "ownership", NULL));
  g_assert_cmpuint (cw_document_get_scenario (doc)->edges->len, ==, start->edges->len - 2);
  cw_document_undo (doc);
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (doc), start));

  /* The focused stage went with the delete: Tab starts again at the first
   * stage, visits each, and past the last leaves the canvas. */
  for (guint i = 0; i < start->stages->len; i++)
    {
      g_assert_true (gtk_widget_child_focus (canvas, GTK_DIR_TAB_FORWARD));
      g_assert_cmpstr (cw_document_get_selected_stage (doc)->id, ==,
                       ((CwStage *) g_ptr_array_index (start->stages, i))->id);
    }
  g_assert_false (gtk_widget_child_focus (canvas, GTK_DIR_TAB_FORWARD));

  g_assert_true (gtk_widget_activate_action (canvas, "canvas.arrange", NULL));
  g_assert_true (cw_document_get_can_undo (doc));
  cw_document_undo (doc);
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (doc), start));

  /* Ctrl+K with one stage selected offers the stages to draw an arrow to. */
  cw_document_select_stage (doc, "awareness", FALSE);
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.connect", NULL));
  ui_flush ();
  menu = ui_find_widget (canvas, GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (menu);
  gtk_popover_popdown (GTK_POPOVER (menu));
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.connect-to", "s", "co_learning"));
  g_assert_true (has_edge (cw_document_get_scenario (doc), "awareness", "co_learning"));
  g_assert_cmpuint (cw_document_get_scenario (doc)->edges->len, ==, start->edges->len + 1);
  destroy_window (window);
}

static void
remove_recovery_copies (void)
{
  g_autoptr(GPtrArray) copies = cw_recovery_list ();

  for (guint i = 0; i < copies->len; i++)
    cw_recovery_remove (g_ptr_array_index (copies, i));
}

/* The child: an edit, time for the recovery copy, then a crash. */
static void
crash_after_edit (void)
{
  CwWindow *window = new_window ();
  g_autoptr(GPtrArray) copies = NULL;

  add_stage (window, "Unsaved work");
  ui_spin ((CW_RECOVERY_DELAY_SECONDS + 1) * 1000);
  copies = cw_recovery_list ();
  g_assert_cmpuint (copies->len, ==, 1);
  raise (SIGKILL);
}

static void
test_recovery (void)
{
  g_autoptr(GPtrArray) copies = NULL;
  CwWindow *window;
  CwDocument *doc;
  AdwMessageDialog *dialog;

  if (g_test_subprocess ())
    {
      crash_after_edit ();
      return;
    }
  remove_recovery_copies ();
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();

  copies = cw_recovery_list ();
  g_assert_cmpuint (copies->len, ==, 1);
  window = new_window ();
  doc = cw_window_get_document (window);
  g_assert_null (stage_named (doc, "Unsaved work"));
  cw_window_offer_recovery (window);
  ui_flush ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "recover"));
  close_dialog (dialog, "recover");

  g_assert_nonnull (stage_named (doc, "Unsaved work"));
  /* Recovered work is unsaved work. */
  g_assert_true (cw_document_get_modified (doc));
  /* The crashed session's copy is gone; the window keeps its own. */
  g_ptr_array_unref (g_steal_pointer (&copies));
  copies = cw_recovery_list ();
  g_assert_cmpuint (copies->len, ==, 1);
  destroy_window (window);
  remove_recovery_copies ();
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

  /* Shared with the crashing child, which inherits the environment. */
  if (g_getenv ("CW_TEST_DATA_HOME") == NULL)
    {
      data_home = g_dir_make_tmp ("cw-test-window-XXXXXX", NULL);
      g_setenv ("CW_TEST_DATA_HOME", data_home, TRUE);
    }
  else
    data_home = g_strdup (g_getenv ("CW_TEST_DATA_HOME"));
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/window/build-undo-save-reopen", test_build_undo_save_reopen);
  g_test_add_func ("/window/corrupt-file", test_corrupt_file);
  g_test_add_func ("/window/arrow-order", test_arrow_order);
  g_test_add_func ("/window/close-asks", test_close_asks);
  g_test_add_func ("/window/keyboard", test_keyboard);
  g_test_add_func ("/window/lever-reset", test_lever_reset);
  g_test_add_func ("/window/recent-files", test_recent_files);
  g_test_add_func ("/window/revert-and-new", test_revert_and_new);
  g_test_add_func ("/window/recovery", test_recovery);
  status = g_test_run ();
  if (!g_test_subprocess ())
    remove_tree (data_home);
  g_free (data_home);
  return status;
}

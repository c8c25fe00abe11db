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
#include "cw-cycle-canvas-private.h"
#include "cw-document.h"
#include "cw-inspector.h"
#include "cw-lever-list.h"
#include "cw-lever-row.h"
#include "cw-lever-slot.h"
#include "cw-recovery.h"
#include "cw-scenario-file.h"
#include "cw-templates.h"
#include "cw-window.h"
#include "ui-helpers.h"

static char *data_home;

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
  window = ui_new_window ();
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

  again = ui_new_window ();
  cw_window_open (again, file);
  ui_flush ();
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (cw_window_get_document (again)), built));
  g_assert_false (cw_document_get_modified (cw_window_get_document (again)));
  ui_destroy_window (again);
  ui_destroy_window (window);
}

/* A corrupt file shows every problem with its line, and the work stays. */
static void
test_corrupt_file (void)
{
  g_autoptr(GFile) corrupt = temp_file ("corrupt.cluster");
  g_autoptr(GError) error = NULL;
  g_autoptr(CwScenario) before = NULL;
  const char *text = "<?xml version=\"1.0\"?>\n<scenario>\n  <stage id=\"a\"\n</scenario>\n";
  CwWindow *window = ui_new_window ();
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
  ui_destroy_window (window);
}

/* Closing with unsaved work asks; Cancel keeps the window, Discard closes it
 * and leaves no recovery copy behind. */
static void
test_close_asks (void)
{
  CwWindow *window = ui_new_window ();
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
  ui_destroy_window (window);
}

/* A lever moved away from its saved value can go back with one click. */
static void
test_lever_reset (void)
{
  CwWindow *window = ui_new_window ();
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
  ui_destroy_window (window);
}

/* The stage inspector lists the arrows leaving the stage in the order they
 * are checked; one is selected from there, and can be made the first. */
static void
test_arrow_order (void)
{
  CwWindow *window = ui_new_window ();
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

  button = ui_find_widget_where (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_label, "Check This Arrow _First");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ui_flush ();
  sc = cw_document_get_scenario (doc);
  g_assert_cmpint (cw_document_get_selected_edge (doc), ==, back - 1);
  g_assert_cmpstr (((CwEdge *) g_ptr_array_index (sc->edges, back - 1))->to, ==, "agenda");
  g_assert_cmpstr (((CwEdge *) g_ptr_array_index (sc->edges, back))->to, ==, "formulation");
  /* Already first: the button goes. */
  g_assert_null (ui_find_widget_where (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_label, "Check This Arrow _First"));
  ui_destroy_window (window);
}

/* Revert asks, then shows the file as saved; New from a template asks about
 * unsaved work, and Cancel keeps it. */
static void
test_revert_and_new (void)
{
  g_autoptr(GFile) file = temp_file ("revert.cluster");
  g_autoptr(CwScenario) saved = NULL;
  CwWindow *window = ui_new_window ();
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
  ui_destroy_window (window);
}

/* Tab moves between stages and selects them; the arrow keys, Delete and
 * auto-arrange act on the selection; each is undone in one step. */
static void
test_keyboard (void)
{
  CwWindow *window = ui_new_window ();
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
  ui_destroy_window (window);
}

/* The window's drop target, as the user's file manager reaches it. */
static GtkDropTarget *
find_drop_target (CwWindow *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

static gboolean
drop_files (CwWindow *window,
            GFile    *file)
{
  GtkDropTarget *target = find_drop_target (window);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GSList) files = file ? g_slist_prepend (NULL, file) : NULL;
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  ui_flush ();
  return accepted;
}

/* A file dropped onto the window opens in it, asking first about unsaved
 * work; a drop without files is refused. */
static void
test_drop (void)
{
  g_autoptr(GFile) file = temp_file ("dropped.cluster");
  g_autoptr(CwScenario) dropped = cw_template_new (CW_TEMPLATE_POLICY_CYCLE);
  g_autoptr(GError) error = NULL;
  CwWindow *window = ui_new_window ();
  CwDocument *doc = cw_window_get_document (window);
  AdwMessageDialog *dialog;

  g_free (dropped->meta.title);
  dropped->meta.title = g_strdup ("Dropped here");
  g_assert_true (cw_scenario_save_file (dropped, file, &error));
  g_assert_no_error (error);

  g_assert_false (drop_files (window, NULL));
  g_assert_true (drop_files (window, file));
  g_assert_cmpstr (cw_document_get_title (doc), ==, "Dropped here");
  g_assert_true (g_file_equal (cw_document_get_file (doc), file));
  g_assert_false (cw_document_get_modified (doc));

  add_stage (window, "Unsaved");
  g_assert_true (drop_files (window, file));
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  close_dialog (dialog, "cancel");
  g_assert_nonnull (stage_named (doc, "Unsaved"));
  ui_destroy_window (window);
}

/* The targets of "win.open-example" in @menu, and their labels. */
static void
collect_examples (GMenuModel *menu,
                  GPtrArray  *labels,
                  GPtrArray  *targets)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);
      g_autofree char *action = NULL, *label = NULL, *target = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
          g_str_equal (action, "win.open-example") &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target))
        {
          g_ptr_array_add (labels, g_steal_pointer (&label));
          g_ptr_array_add (targets, g_steal_pointer (&target));
        }
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          collect_examples (link, labels, targets);
        }
    }
}

/* Every example is in the menu under its title; opening one shows it as a
 * new, unsaved-to-any-file document. An unknown name shows a problem. */
static void
test_open_example (void)
{
  g_auto(GStrv) examples = cw_scenario_list_examples ();
  CwWindow *window = ui_new_window ();
  CwDocument *doc = cw_window_get_document (window);
  GtkWidget *button = ui_find_widget (GTK_WIDGET (window), ADW_TYPE_SPLIT_BUTTON);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);
  AdwMessageDialog *dialog;

  g_assert_nonnull (examples);
  g_assert_nonnull (button);
  /* Under Open's arrow. */
  g_assert_cmpstr (adw_split_button_get_label (ADW_SPLIT_BUTTON (button)), ==, "_Open");
  collect_examples (adw_split_button_get_menu_model (ADW_SPLIT_BUTTON (button)), labels, targets);
  g_assert_cmpuint (targets->len, ==, g_strv_length (examples));
  for (guint i = 0; examples[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
      g_autoptr(CwScenario) example = cw_scenario_load_example (examples[i], problems, NULL);

      g_assert_nonnull (example);
      g_assert_cmpstr (g_ptr_array_index (labels, i), ==, example->meta.title);
      g_assert_cmpstr (g_ptr_array_index (targets, i), ==, examples[i]);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", "s", examples[i]));
      ui_flush ();
      g_assert_true (cw_scenario_equal (cw_document_get_scenario (doc), example));
      g_assert_null (cw_document_get_file (doc));
      g_assert_false (cw_document_get_modified (doc));
      g_assert_false (cw_document_get_can_undo (doc));
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", "s", "no-such.cluster"));
  ui_flush ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  close_dialog (dialog, "close");
  ui_destroy_window (window);
}

/* The propagation phase of @widget's own scroll controller. */
static GtkPropagationPhase
wheel_phase (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        return gtk_event_controller_get_propagation_phase (controller);
    }
  g_assert_not_reached ();
}

/* Turning the wheel over the inspector scrolls it: sliders and spin buttons
 * let the wheel pass to the pane unless they have the keyboard focus. */
static void
test_wheel_over_inspector (void)
{
  CwWindow *window = ui_new_window ();
  CwDocument *doc = cw_window_get_document (window);
  GtkWidget *canvas = ui_find_widget (GTK_WIDGET (window), CW_TYPE_CYCLE_CANVAS);
  GtkWidget *inspector = ui_find_widget (GTK_WIDGET (window), CW_TYPE_INSPECTOR);
  GtkWidget *row, *scale, *spin;

  cw_document_select_stage (doc, "awareness", FALSE);
  ui_flush ();
  gtk_widget_grab_focus (canvas);
  row = ui_find_widget (inspector, CW_TYPE_LEVER_ROW);
  scale = ui_find_widget (row, GTK_TYPE_SCALE);
  spin = ui_find_widget (inspector, GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (scale);
  g_assert_nonnull (spin);
  g_assert_cmpint (wheel_phase (scale), ==, GTK_PHASE_NONE);
  g_assert_cmpint (wheel_phase (spin), ==, GTK_PHASE_NONE);

  /* Focused by a click or Tab, the slider takes the wheel. */
  g_assert_true (gtk_widget_grab_focus (scale));
  ui_flush ();
  g_assert_cmpint (wheel_phase (scale), ==, GTK_PHASE_BUBBLE);
  g_assert_cmpint (wheel_phase (spin), ==, GTK_PHASE_NONE);
  /* The spin button's focus is in its text. */
  g_assert_true (gtk_widget_grab_focus (spin));
  ui_flush ();
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), spin));
  g_assert_cmpint (wheel_phase (spin), ==, GTK_PHASE_BUBBLE);
  g_assert_cmpint (wheel_phase (scale), ==, GTK_PHASE_NONE);

  /* The scenario page: the profile values too. */
  cw_document_unselect_all (doc);
  gtk_widget_grab_focus (canvas);
  ui_flush ();
  spin = ui_find_widget (inspector, GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  g_assert_cmpint (wheel_phase (spin), ==, GTK_PHASE_NONE);
  g_assert_false (cw_document_get_modified (doc));
  ui_destroy_window (window);
}

/* The focused entry of the "Arrow from" list, or NULL when the focus is
 * elsewhere. */
static GtkWidget *
focus_in (CwWindow  *window,
          GtkWidget *list)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && gtk_widget_is_ancestor (focus, list) ? focus : NULL;
}

/* Ctrl+K with one stage selected: the list of stages gets the keyboard;
 * arrows and Tab move in it while the selection and the stages behind stay;
 * Return draws the arrow; Escape closes without one. */
static void
test_connect_by_keyboard (void)
{
  CwWindow *window = ui_new_window ();
  CwDocument *doc = cw_window_get_document (window);
  CwCycleCanvas *canvas = CW_CYCLE_CANVAS (ui_find_widget (GTK_WIDGET (window), CW_TYPE_CYCLE_CANVAS));
  g_autoptr(CwScenario) start = cw_scenario_copy (cw_document_get_scenario (doc));
  GtkWidget *first, *focus;
  const CwEdge *edge;

  gtk_widget_grab_focus (GTK_WIDGET (canvas));
  cw_document_select_stage (doc, "awareness", FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.connect", NULL));
  ui_flush ();
  g_assert_true (gtk_widget_get_visible (canvas->connect_menu));
  first = focus_in (window, canvas->connect_menu);
  g_assert_nonnull (first);

  for (guint key = 0; key < 3; key++)
    g_assert_true (_cw_cycle_canvas_connect_menu_key (canvas, (guint[]) { GDK_KEY_Down, GDK_KEY_Tab, GDK_KEY_Delete }[key], 0));
  ui_flush ();
  focus = focus_in (window, canvas->connect_menu);
  g_assert_nonnull (focus);
  g_assert_true (focus != first);
  g_assert_true (gtk_widget_get_visible (canvas->connect_menu));
  g_assert_cmpstr (cw_document_get_selected_stage (doc)->id, ==, "awareness");
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (doc), start));

  g_assert_true (_cw_cycle_canvas_connect_menu_key (canvas, GDK_KEY_Up, 0));
  g_assert_true (focus_in (window, canvas->connect_menu) != focus);
  g_assert_true (_cw_cycle_canvas_connect_menu_key (canvas, GDK_KEY_Return, 0));
  ui_flush ();
  g_assert_false (gtk_widget_get_visible (canvas->connect_menu));
  g_assert_cmpuint (cw_document_get_scenario (doc)->edges->len, ==, start->edges->len + 1);
  edge = g_ptr_array_index (cw_document_get_scenario (doc)->edges, start->edges->len);
  g_assert_cmpstr (edge->from, ==, "awareness");
  g_assert_cmpstr (edge->to, !=, "awareness");
  g_assert_cmpint (cw_document_get_selected_edge (doc), ==, (int) start->edges->len);

  cw_document_undo (doc);
  cw_document_select_stage (doc, "awareness", FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.connect", NULL));
  ui_flush ();
  g_assert_true (gtk_widget_get_visible (canvas->connect_menu));
  g_assert_true (_cw_cycle_canvas_connect_menu_key (canvas, GDK_KEY_Escape, 0));
  ui_flush ();
  g_assert_false (gtk_widget_get_visible (canvas->connect_menu));
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (doc), start));

  /* A selection changed some other way closes the list: its header would lie. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.connect", NULL));
  ui_flush ();
  cw_document_select_stage (doc, "mission", FALSE);
  ui_flush ();
  g_assert_false (gtk_widget_get_visible (canvas->connect_menu));
  ui_destroy_window (window);
}

static gboolean
is_lever_row (GtkWidget  *row,
              const char *id)
{
  return g_str_equal (cw_lever_info (cw_lever_row_get_lever (CW_LEVER_ROW (row)))->id, id);
}

/* After Add Lever the new slider has the keyboard, ready to move; "−" on a
 * stage lever leaves the focus on Add Lever, with no critical on the way
 * (issue 13, item 7). */
static void
test_lever_focus (void)
{
  CwWindow *window = ui_new_window ();
  CwDocument *doc = cw_window_get_document (window);
  GtkWidget *inspector = ui_find_widget (GTK_WIDGET (window), CW_TYPE_INSPECTOR);
  GtkWidget *list, *row, *remove, *focus;

  cw_document_select_stage (doc, "awareness", FALSE);
  ui_flush ();
  row = ui_find_widget_where (inspector, CW_TYPE_LEVER_ROW, is_lever_row, "platforms");
  g_assert_nonnull (row);
  list = gtk_widget_get_ancestor (row, CW_TYPE_LEVER_LIST);
  g_assert_true (gtk_widget_activate_action (list, "levers.add", "s", "rd_subsidy"));
  ui_flush ();
  row = ui_find_widget_where (inspector, CW_TYPE_LEVER_ROW, is_lever_row, "rd_subsidy");
  g_assert_nonnull (row);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_SCALE (focus));
  g_assert_true (gtk_widget_is_ancestor (focus, row));

  /* A click on "−" focuses it first. */
  row = ui_find_widget_where (inspector, CW_TYPE_LEVER_ROW, is_lever_row, "platforms");
  remove = ui_find_widget_where (row, GTK_TYPE_BUTTON, ui_has_tooltip, "Remove This Lever");
  g_assert_true (gtk_widget_grab_focus (remove));
  g_signal_emit_by_name (remove, "clicked");
  ui_flush ();
  g_assert_null (ui_find_widget_where (inspector, CW_TYPE_LEVER_ROW, is_lever_row, "platforms"));
  g_assert_false (cw_lever_slot_get (cw_document_get_scenario (doc), "awareness", CW_LEVER_PLATFORMS, NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_MENU_BUTTON));
  g_assert_true (gtk_widget_is_ancestor (focus, list));
  ui_destroy_window (window);
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
  CwWindow *window = ui_new_window ();
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
  window = ui_new_window ();
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
  ui_destroy_window (window);
  remove_recovery_copies ();
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
  g_test_add_func ("/window/drop", test_drop);
  g_test_add_func ("/window/open-example", test_open_example);
  g_test_add_func ("/window/wheel-over-inspector", test_wheel_over_inspector);
  g_test_add_func ("/window/connect-by-keyboard", test_connect_by_keyboard);
  g_test_add_func ("/window/lever-focus", test_lever_focus);
  status = g_test_run ();
  if (!g_test_subprocess ())
    ui_remove_tree (data_home);
  g_free (data_home);
  return status;
}

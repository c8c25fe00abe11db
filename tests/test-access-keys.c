/* test-access-keys.c — every window, dialog and menu in the user's language: access keys that work
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the application in the language of --language=LL or $LANGUAGE (meson
 * runs it for English and for each catalogue), opens each window, dialog,
 * popover and menu a user can open, and collects the access keys of the
 * labels shown together on one surface: a window with its panes and bars, a
 * dialog, a popover (a popover takes the keyboard while it is open; in a
 * menu its keys work without Alt). It fails when two labels on a surface
 * share a key, compared without case, and when a key needs AltGr on the
 * language's keyboard. The file choosers are GTK's own dialogs, with our
 * accept and cancel buttons in them: they are walked too.
 *
 * Runs under Xvfb with GSK_RENDERER=cairo, recovery copies in a private
 * data directory (ui_test_init).
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "cw-application.h"
#include "cw-assumptions.h"
#include "cw-document-edits.h"
#include "cw-experiment-dialog.h"
#include "cw-explain-dialog.h"
#include "cw-lesson-pane.h"
#include "cw-present-window.h"
#include "cw-recovery.h"
#include "cw-scenario-file.h"
#include "cw-templates.h"
#include "ui-helpers.h"

/* The model runs on workers: a step waits at most this long for it. */
#define WAIT_MS 60000

/* The letters a language's usual keyboard types without AltGr, beyond the
 * ASCII letters and digits. Polish (programmer's layout) types ą ć ę ł ń ó
 * ś ź ż with AltGr; German has keys of their own for ä ö ü ß. */
static const struct {
  const char *language;
  const char *keyboard;
  const char *plain;
} keyboards[] = {
  { "en", "English", "" },
  { "de", "German", "äöüß" },
  { "pl", "Polish", "" },
};

static CwApplication *app;
static CwWindow *window;
static const char *language;
static const char *keyboard;
static const char *plain_letters;
static char *data_dir;
/* Each problem once, in the order found; what names them. */
static GPtrArray *problems;
static GHashTable *seen;
/* The popovers opened so far, by name. */
static GHashTable *opened;

typedef struct {
  guint       key;    /* lower case */
  const char *label;
  GtkWidget  *widget;
} AccessKey;

/* A problem, once: @what names it without the surface it was seen on (a
 * clash in the main window shows in each of its states). */
static void
problem (const char *what,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
problem (const char *what,
         const char *format,
         ...)
{
  va_list args;

  if (!g_hash_table_add (seen, g_strdup (what)))
    return;
  va_start (args, format);
  g_ptr_array_add (problems, g_strdup_vprintf (format, args));
  va_end (args);
}

static gboolean
typed_without_altgr (guint key)
{
  gunichar c = gdk_keyval_to_unicode (key);
  g_autofree char *letter = NULL;

  if (c == 0)
    return FALSE;
  if (c < 128)
    return g_ascii_isalnum (c);
  letter = g_ucs4_to_utf8 (&c, 1, NULL, NULL, NULL);
  return strstr (plain_letters, letter) != NULL;
}

/* The key as the keyboard shows it: "Ż" for ż. */
static char *
key_name (guint key)
{
  gunichar c = g_unichar_toupper (gdk_keyval_to_unicode (key));

  return c != 0 ? g_ucs4_to_utf8 (&c, 1, NULL, NULL, NULL) : g_strdup (gdk_keyval_name (key));
}

/* GTK 4.8 gives the mnemonic of a letter beyond Latin-1 as its code point
 * (0x17c for ż, whose key is 0x1bf): the key of that letter. */
static guint
as_keyval (guint key)
{
  if (gdk_keyval_to_unicode (key) == 0 && g_unichar_validate (key))
    return gdk_unicode_to_keyval (key);
  return key;
}

/* Whether @a and @b are the title of one row: an entry row shows its
 * title twice, in place of the text while it is empty and above it. */
static gboolean
same_row (GtkWidget *a,
          GtkWidget *b)
{
  GtkWidget *row = gtk_widget_get_ancestor (a, ADW_TYPE_PREFERENCES_ROW);

  return row != NULL && row == gtk_widget_get_ancestor (b, ADW_TYPE_PREFERENCES_ROW);
}

/* The mapped labels with an access key under @widget, not those of a popover
 * (a surface of its own): those go to @popovers. */
static void
collect (GtkWidget *widget,
         GtkWidget *surface,
         GArray    *keys,
         GPtrArray *popovers)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (widget != surface && GTK_IS_NATIVE (widget))
    {
      g_ptr_array_add (popovers, widget);
      return;
    }
  if (GTK_IS_LABEL (widget) && gtk_label_get_use_underline (GTK_LABEL (widget)))
    {
      guint key = gtk_label_get_mnemonic_keyval (GTK_LABEL (widget));

      /* Without an underscore a label has no key (0 in GTK 4.8). */
      if (key != GDK_KEY_VoidSymbol && key != 0)
        g_array_append_val (keys, ((AccessKey) { gdk_keyval_to_lower (as_keyval (key)),
                                                 gtk_label_get_label (GTK_LABEL (widget)), widget }));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, surface, keys, popovers);
}

/* A popover by what opens it (@owner): its button's tooltip or label. */
static char *
popover_name (GtkWidget *owner)
{
  for (GtkWidget *w = owner; w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *text = gtk_widget_get_tooltip_text (w);

      if (text == NULL && GTK_IS_MENU_BUTTON (w))
        text = gtk_menu_button_get_label (GTK_MENU_BUTTON (w));
      if (text != NULL)
        return g_strdup_printf ("the popover of “%s”", text);
    }
  return g_strdup_printf ("the popover of the %s", G_OBJECT_TYPE_NAME (owner));
}

/* Checks the access keys shown on @surface (a window or a popover) and on
 * each popover open over it. */
static void
check_surface (GtkWidget  *surface,
               const char *name)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (AccessKey));
  g_autoptr(GPtrArray) popovers = g_ptr_array_new ();

  ui_flush ();
  collect (surface, surface, keys, popovers);
  for (guint i = 0; i < keys->len; i++)
    {
      const AccessKey *a = &g_array_index (keys, AccessKey, i);
      g_autofree char *key = key_name (a->key);

      if (!typed_without_altgr (a->key))
        {
          g_autofree char *what = g_strdup_printf ("%s\n%s", a->label, key);

          problem (what, "%s, %s: “%s” uses Alt+%s, which needs AltGr on the %s keyboard",
                   language, name, a->label, key, keyboard);
        }
      for (guint j = 0; j < i; j++)
        {
          const AccessKey *b = &g_array_index (keys, AccessKey, j);
          g_autofree char *what = g_strdup_printf ("%s\n%s\n%s", b->label, a->label, key);

          if (a->key == b->key && !same_row (a->widget, b->widget))
            problem (what, "%s, %s: “%s” and “%s” both use Alt+%s", language, name, b->label, a->label, key);
        }
    }
  for (guint i = 0; i < popovers->len; i++)
    {
      g_autofree char *popover = popover_name (gtk_widget_get_parent (popovers->pdata[i]));

      check_surface (popovers->pdata[i], popover);
    }
}

/* The mapped menu buttons under @root, not inside a popover. */
static void
find_menu_buttons (GtkWidget *widget,
                   GtkWidget *root,
                   GPtrArray *buttons)
{
  if (!gtk_widget_get_mapped (widget) || (widget != root && GTK_IS_NATIVE (widget)))
    return;
  if (GTK_IS_MENU_BUTTON (widget))
    g_ptr_array_add (buttons, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_menu_buttons (child, root, buttons);
}

/* Whether @widget lies within @root's area (not scrolled out of it). */
static gboolean
in_view (GtkWidget *widget,
         GtkWidget *root)
{
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (widget, root, &bounds) &&
         bounds.origin.x >= 0 && bounds.origin.y >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (root) &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (root);
}

/* Scrolls the scrolled window around @widget to show it at the top. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  graphene_rect_t bounds;

  g_assert_nonnull (scrolled);
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_true (gtk_widget_compute_bounds (widget, content, &bounds));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                            bounds.origin.y);
  ui_flush ();
}

/* Opens each menu button's popover on @root and checks it; a menu's
 * submenus each in turn, as the menu slides to them. */
static void
check_menus (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  find_menu_buttons (root, root, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkMenuButton *button = buttons->pdata[i];
      GtkPopover *popover;
      GtkWidget *stack;
      g_autofree char *name = NULL;

      name = popover_name (GTK_WIDGET (button));
      /* A popover's items do not change with the window's state: each is
       * opened once. */
      if (g_hash_table_contains (opened, name))
        continue;
      /* Into view first: a popover needs a place on the screen. */
      if (!in_view (GTK_WIDGET (button), root))
        scroll_to (GTK_WIDGET (button));
      if (!in_view (GTK_WIDGET (button), root))
        {
          problem (name, "%s: %s is off the screen", language, name);
          continue;
        }
      g_hash_table_add (opened, g_strdup (name));
      gtk_menu_button_popup (button);
      ui_flush ();
      popover = gtk_menu_button_get_popover (button);
      g_assert_nonnull (popover);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
      stack = GTK_IS_POPOVER_MENU (popover) ? ui_find_widget (GTK_WIDGET (popover), GTK_TYPE_STACK) : NULL;
      if (stack == NULL)
        check_surface (GTK_WIDGET (popover), name);
      else
        for (GtkWidget *page = gtk_widget_get_first_child (stack); page != NULL;
             page = gtk_widget_get_next_sibling (page))
          {
            const char *submenu = gtk_stack_page_get_name (gtk_stack_get_page (GTK_STACK (stack), page));
            g_autofree char *full = g_strdup_printf ("%s, submenu “%s”", name, submenu);

            gtk_stack_set_visible_child (GTK_STACK (stack), page);
            check_surface (GTK_WIDGET (popover), g_str_equal (submenu, "main") ? name : full);
          }
      gtk_menu_button_popdown (button);
      ui_flush ();
    }
}

/* A window and every menu on it. */
static void
check_window (GtkWidget  *root,
              const char *name)
{
  check_surface (root, name);
  check_menus (root);
}

/* Iterates the main loop until @ready (@data) holds, for at most WAIT_MS. */
static void
wait_for (GSourceFunc ready,
          gpointer    data)
{
  gint64 end = g_get_monotonic_time () + WAIT_MS * 1000;

  while (!ready (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      ui_spin (10);
    }
}

static gboolean
is_true (gpointer flag)
{
  return *(gboolean *) flag;
}

/* The mapped toplevel of @type other than the main window, waited for. */
static GtkWindow *
wait_window (GType type)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  for (;;)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

          if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && w != GTK_WINDOW (window) &&
              gtk_widget_get_mapped (GTK_WIDGET (w)))
            {
              ui_flush ();
              return w;
            }
        }
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      ui_spin (10);
    }
}

/* The message dialog over the window, checked as @name. */
static AdwMessageDialog *
check_alert (const char *name)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (wait_window (ADW_TYPE_MESSAGE_DIALOG));

  check_window (GTK_WIDGET (dialog), name);
  return dialog;
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* Answers act from an idle callback, once the dialog is gone. */
  ui_spin (50);
}

static void
close_window (GtkWindow *w)
{
  gtk_window_destroy (w);
  ui_flush ();
}

static gboolean
chooser_gone (gpointer data)
{
  GtkWidget *chooser = *(GtkWidget **) data;

  return chooser == NULL || !gtk_widget_get_mapped (chooser);
}

/* The file chooser @action opens on @widget, checked and cancelled. */
static void
check_chooser (GtkWidget  *widget,
               const char *action,
               const char *target,
               const char *name)
{
  GtkWindow *chooser;

  if (target != NULL)
    g_assert_true (gtk_widget_activate_action (widget, action, "s", target));
  else
    g_assert_true (gtk_widget_activate_action (widget, action, NULL));
  chooser = wait_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  check_window (GTK_WIDGET (chooser), name);
  /* The chooser may go with its answer. */
  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  wait_for (chooser_gone, &chooser);
  if (chooser != NULL)
    g_object_remove_weak_pointer (G_OBJECT (chooser), (gpointer *) &chooser);
  ui_flush ();
}

static CwDocument *
document (void)
{
  return cw_window_get_document (window);
}

/* An unsaved change to the document. */
static void
change_title (const char *title)
{
  CwScenario *sc = cw_document_begin_edit (document (), NULL);

  g_free (sc->meta.title);
  sc->meta.title = g_strdup (title);
  cw_document_end_edit (document ());
}

/* A scenario file in the private data directory: a small cluster over a few
 * years, so that its report is written quickly. */
static GFile *
saved_file (const char *name,
            const char *title)
{
  g_autofree char *path = g_build_filename (data_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);

  g_free (sc->meta.title);
  sc->meta.title = g_strdup (title);
  sc->profile[CW_PROFILE_FIRMS] = 40;
  sc->years = 3;
  g_assert_true (cw_scenario_save_file (sc, file, NULL));
  return g_steal_pointer (&file);
}

static gboolean
window_mapped (gpointer unused)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  return windows != NULL && CW_IS_WINDOW (windows->data) && gtk_widget_get_mapped (windows->data);
}

/* The start after a crash: the application offers the unsaved work left
 * behind, one copy after the other (one of them unreadable). */
static void
test_recovery (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "cluster-workbench", "recovery", NULL);
  g_autofree char *broken = g_build_filename (dir, "1000-1-1.cluster", NULL);
  g_autoptr(CwDocument) left = cw_document_new (cw_template_new (CW_TEMPLATE_DIGITAL_ERA));
  CwRecovery *recovery;
  gboolean offered = FALSE, unreadable = FALSE;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (broken, "<scenario", -1, NULL));
  cw_document_restore (left, cw_template_new (CW_TEMPLATE_DIGITAL_ERA), NULL);
  recovery = cw_recovery_new (left);
  cw_recovery_flush (recovery);
  cw_recovery_free (recovery);

  g_application_activate (G_APPLICATION (app));
  wait_for (window_mapped, NULL);
  window = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  for (guint i = 0; i < 2; i++)
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (wait_window (ADW_TYPE_MESSAGE_DIALOG));

      if (adw_message_dialog_has_response (dialog, "recover"))
        {
          check_window (GTK_WIDGET (dialog), "the recovery dialog (Recover Unsaved Work?)");
          answer (dialog, "discard");
          offered = TRUE;
        }
      else
        {
          check_window (GTK_WIDGET (dialog), "the dialog about an unreadable recovery copy");
          answer (dialog, "delete");
          unreadable = TRUE;
        }
    }
  g_assert_true (offered && unreadable);
  ui_wait_window (window);
}

/* The canvas's context menu, opened where the keyboard would open it. */
static void
check_context_menu (const char *name)
{
  GtkWidget *menu;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "canvas.context-menu", NULL));
  ui_flush ();
  menu = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (menu);
  check_surface (menu, name);
  gtk_popover_popdown (GTK_POPOVER (menu));
  ui_flush ();
}

/* The main window with each tab of the outcomes pane shown. */
static void
check_chart_tabs (void)
{
  GtkWidget *switcher = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK_SWITCHER);
  GtkStack *stack = gtk_stack_switcher_get_stack (GTK_STACK_SWITCHER (switcher));
  GtkWidget *first = gtk_stack_get_visible_child (stack);

  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (stack)); page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      g_autofree char *name = g_strdup_printf ("the main window, the tab “%s”",
                                               gtk_stack_page_get_title (gtk_stack_get_page (stack, page)));

      gtk_stack_set_visible_child (stack, page);
      check_window (GTK_WIDGET (window), name);
    }
  gtk_stack_set_visible_child (stack, first);
}

/* The main window: nothing selected, a stage, an arrow, a second arrow of a
 * stage; each tab of the outcomes; its menus, the canvas's context menu,
 * Compare with a variant. */
static void
test_main_window (void)
{
  const CwScenario *sc = cw_document_get_scenario (document ());
  const CwStage *stage = g_ptr_array_index (sc->stages, 0);

  check_window (GTK_WIDGET (window), "the main window");
  check_chart_tabs ();
  check_context_menu ("the canvas menu");

  cw_document_select_stage (document (), stage->id, FALSE);
  check_window (GTK_WIDGET (window), "the main window, a stage selected");
  check_context_menu ("the canvas menu of a stage");
  cw_document_select_edge (document (), 0);
  check_window (GTK_WIDGET (window), "the main window, an arrow selected");
  /* A second arrow from the first stage: the inspector offers to check it first. */
  cw_document_select_edge (document (), cw_document_connect (document (), stage->id,
                                                             ((CwStage *) sc->stages->pdata[2])->id));
  check_window (GTK_WIDGET (window), "the main window, a stage’s second arrow selected");
  cw_document_unselect_all (document ());

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "compare.pin", NULL));
  ui_wait_window (window);
  check_window (GTK_WIDGET (window), "the main window with Compare");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "compare.compare", NULL));
  ui_flush ();
}

static gboolean
can_go_on (gpointer pane)
{
  return cw_lesson_pane_can_go_on (pane);
}

static void
lesson_action (CwLessonPane *pane,
               const char   *action,
               GVariant     *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (pane), action, parameter));
  ui_flush ();
}

/* A lesson from the Open menu, step by step: the pane beside the canvas as
 * each step shows it, before and after the learner's answer. */
static void
test_lesson (void)
{
  CwLessonPane *pane;
  const CwLessonProgress *progress;
  guint last;

  /* The arrow drawn changed the scenario: opening a lesson asks first. */
  g_assert_true (cw_document_get_modified (document ()));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-lesson", "s",
                                             "social-learning.lesson"));
  answer (check_alert ("the dialog about unsaved changes (Save Changes?)"), "discard");
  pane = CW_LESSON_PANE (ui_find_widget (GTK_WIDGET (window), CW_TYPE_LESSON_PANE));
  g_assert_nonnull (pane);
  progress = cw_lesson_pane_get_progress (pane);
  last = cw_lesson_n_steps (progress->lesson) - 1;
  for (guint i = 0; i <= last; i++)
    {
      const CwLessonStep *step = cw_lesson_get_step (progress->lesson, i);
      g_autofree char *name = g_strdup_printf ("the main window with a lesson, its %s step", cw_step_kind_id (step->kind));

      g_assert_cmpuint (progress->current, ==, i);
      check_window (GTK_WIDGET (window), name);
      if (step->kind == CW_STEP_PREDICT && step->curve)
        for (guint y = 0; y < progress->n_points; y++)
          lesson_action (pane, "lesson.predict-point", g_variant_new ("(ud)", y, 0.3));
      else if (step->kind == CW_STEP_PREDICT)
        for (guint k = 0; k < step->n_outcomes; k++)
          lesson_action (pane, "lesson.predict-direction", g_variant_new ("(ui)", k, CW_DIRECTION_UP));
      else if (step->kind == CW_STEP_RUN && !step->by_step)
        lesson_action (pane, "lesson.apply", NULL);
      else if (step->kind == CW_STEP_CHALLENGE)
        lesson_action (pane, "lesson.hint", NULL);
      if (i == last)
        break;
      wait_for (can_go_on, pane);
      check_window (GTK_WIDGET (window), name);
      lesson_action (pane, "lesson.next", NULL);
    }
  check_window (GTK_WIDGET (window), "the main window with a lesson, its hints shown");
  check_chooser (GTK_WIDGET (pane), "lesson.export", NULL, "the chooser for the lesson page");
  lesson_action (pane, "lesson.close", NULL);
  ui_wait_window (window);
}

/* The dialogs of the main window and of the application. */
static void
test_dialogs (void)
{
  GtkWindow *dialog;
  GtkWidget *outcomes = ui_find_widget (GTK_WIDGET (window), CW_TYPE_OUTCOMES_PANE);
  GLogLevelFlags fatal;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.explain", NULL));
  dialog = wait_window (CW_TYPE_EXPLAIN_DIALOG);
  check_window (GTK_WIDGET (dialog), "the Explain dialog");
  check_chooser (GTK_WIDGET (dialog), "explain.export", "png", "the chooser for Explain’s export");
  close_window (dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.assumptions", NULL));
  dialog = wait_window (CW_TYPE_ASSUMPTIONS);
  check_window (GTK_WIDGET (dialog), "the Assumptions window");
  close_window (dialog);

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  dialog = wait_window (ADW_TYPE_ABOUT_WINDOW);
  check_window (GTK_WIDGET (dialog), "About");
  close_window (dialog);

  /* GTK 4.8's shortcuts window warns that it measures a label of its own
   * below zero: not fatal here. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  dialog = wait_window (GTK_TYPE_SHORTCUTS_WINDOW);
  check_window (GTK_WIDGET (dialog), "Keyboard Shortcuts");
  gtk_widget_set_visible (GTK_WIDGET (dialog), FALSE);
  ui_flush ();
  g_log_set_always_fatal (fatal);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  dialog = wait_window (CW_TYPE_PRESENT_WINDOW);
  check_window (GTK_WIDGET (dialog), "present mode");
  close_window (dialog);

  check_chooser (GTK_WIDGET (window), "win.open", NULL, "the Open chooser");
  check_chooser (GTK_WIDGET (window), "win.save-as", NULL, "the Save As chooser");
  check_chooser (GTK_WIDGET (window), "win.open-lesson-file", NULL, "the chooser for a lesson file");
  check_chooser (GTK_WIDGET (window), "compare.open-variant", NULL, "the Open as Variant chooser");
  check_chooser (GTK_WIDGET (window), "win.report", NULL, "the Report chooser");
  check_chooser (outcomes, "outcomes.export", "png", "the chooser for a chart’s export");
}

static void
set_true_cb (gboolean *flag)
{
  *flag = TRUE;
}

/* The alerts about files: a save the disk refuses, a file another program
 * changed, Revert, the unsaved changes of a closing window, a file with
 * problems; and the toast of a written report. */
static void
test_file_alerts (void)
{
  g_autoptr(GFile) file = saved_file ("shared.cluster", "Start");
  g_autoptr(GFile) theirs = NULL;
  g_autoptr(GFile) broken = NULL;
  g_autoptr(GFile) report = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *link_path = g_build_filename (data_dir, "second-name.cluster", NULL);
  g_autofree char *broken_path = g_build_filename (data_dir, "broken.cluster", NULL);
  g_autofree char *report_path = g_build_filename (data_dir, "report.pdf", NULL);
  gboolean written = FALSE;

  /* The lesson's changes are not saved: opening a file asks first. */
  g_assert_true (cw_document_get_modified (document ()));
  cw_window_open (window, file);
  answer (check_alert ("the dialog about unsaved changes (Save Changes?)"), "discard");
  ui_wait_window (window);
  g_assert_false (cw_document_get_modified (document ()));

  g_assert_cmpint (link (path, link_path), ==, 0);
  change_title ("Mine");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  answer (check_alert ("the alert of a save that failed"), "close");
  g_unlink (link_path);

  g_usleep (20000);
  theirs = saved_file ("theirs.cluster", "Theirs");
  g_assert_true (g_file_move (theirs, file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  answer (check_alert ("the dialog about a file changed by another program"), "cancel");

  gtk_window_close (GTK_WINDOW (window));
  answer (check_alert ("the dialog about unsaved changes (Save Changes?)"), "cancel");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.revert", NULL));
  answer (check_alert ("the Revert dialog"), "revert");
  g_assert_false (cw_document_get_modified (document ()));

  g_assert_true (g_file_set_contents (broken_path, "<scenario", -1, NULL));
  broken = g_file_new_for_path (broken_path);
  cw_window_open (window, broken);
  answer (check_alert ("the alert about a file that cannot be read"), "close");

  report = g_file_new_for_path (report_path);
  g_signal_connect_swapped (window, "report-written", G_CALLBACK (set_true_cb), &written);
  cw_window_write_report (window, report);
  wait_for (is_true, &written);
  ui_flush ();
  check_window (GTK_WIDGET (window), "the main window with the toast of a written report");
  g_signal_handlers_disconnect_by_func (window, set_true_cb, &written);
}

/* The recovery copy cannot be written: the window says so once. */
static void
test_backup_alert (void)
{
  g_autofree char *home = g_build_filename (g_get_user_data_dir (), "cluster-workbench", NULL);
  g_autofree char *aside = g_build_filename (g_get_user_data_dir (), "cluster-workbench-aside", NULL);

  g_assert_cmpint (g_rename (home, aside), ==, 0);
  g_assert_true (g_file_set_contents (home, "", -1, NULL));
  change_title ("Not backed up");
  answer (check_alert ("the alert about a recovery copy not written"), "close");
  g_unlink (home);
  g_assert_cmpint (g_rename (aside, home), ==, 0);
}

static gpointer
template_child (GtkWidget  *dialog,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (dialog, CW_TYPE_EXPERIMENT_DIALOG, name);

  g_assert_nonnull (object);
  return object;
}

static gboolean
finished (gpointer dialog)
{
  return !cw_experiment_dialog_get_running (dialog);
}

/* Runs the experiment set up, checking the dialog while it runs and after. */
static void
run_experiment (GtkWidget  *dialog,
                const char *name)
{
  g_autofree char *running = g_strdup_printf ("%s, running", name);
  g_autofree char *done = g_strdup_printf ("%s, with results", name);

  g_assert_true (gtk_widget_activate_action (dialog, "experiment.run", NULL));
  check_surface (dialog, running);
  wait_for (finished, dialog);
  check_window (dialog, done);
}

/* Experiments: a small sweep and a small budget search, in Polish ICT made
 * small; its file choosers. */
static void
test_experiments (void)
{
  g_autoptr(GPtrArray) problems_of_file = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  CwScenario *sc = cw_scenario_load_example ("poland-ict.cluster", problems_of_file, NULL);
  GtkWidget *dialog;

  g_assert_nonnull (sc);
  sc->profile[CW_PROFILE_FIRMS] = 40;
  sc->years = 3;
  cw_document_replace (document (), sc, NULL);
  ui_wait_window (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.experiments", NULL));
  dialog = GTK_WIDGET (wait_window (CW_TYPE_EXPERIMENT_DIALOG));

  check_window (dialog, "Experiments, Sweep");
  adw_combo_row_set_selected (template_child (dialog, "design_row"), 2);   /* Saltelli */
  gtk_spin_button_set_value (template_child (dialog, "samples"), 8);
  gtk_editable_set_text (template_child (dialog, "years_row"), "3");
  gtk_spin_button_set_value (template_child (dialog, "replicates"), 1);
  run_experiment (dialog, "Experiments, Sweep");
  check_chooser (dialog, "experiment.open", NULL, "the chooser for an experiment file");
  check_chooser (dialog, "experiment.save", NULL, "the chooser to save an experiment");
  check_chooser (dialog, "experiment.export-csv", NULL, "the chooser for the runs");
  check_chooser (dialog, "experiment.export-chart", "png", "the chooser for the experiment’s chart");
  /* A full factorial over three factors: the heatmap's Across and Up. */
  adw_combo_row_set_selected (template_child (dialog, "design_row"), 0);
  gtk_spin_button_set_value (template_child (dialog, "samples"), 2);
  run_experiment (dialog, "Experiments, Sweep, full factorial");

  adw_view_stack_set_visible_child_name (template_child (dialog, "setup_stack"), "budget");
  check_window (dialog, "Experiments, Best Use of a Budget");
  gtk_spin_button_set_value (template_child (dialog, "budget"), 0.5);
  gtk_spin_button_set_value (template_child (dialog, "objective_year"), 3);
  gtk_spin_button_set_value (template_child (dialog, "optimise_runs"), 1);
  run_experiment (dialog, "Experiments, Best Use of a Budget");
  adw_view_stack_set_visible_child_name (template_child (dialog, "setup_stack"), "sweep");
  check_window (dialog, "Experiments, Sweep, with the results of a budget");
  /* An experiment file on another base, in place of the changes above: the
   * way back to the window's scenario shows. */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "experiments",
                                                   "poland-ict-levers.experiment", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_true (cw_experiment_dialog_open_file (CW_EXPERIMENT_DIALOG (dialog), file));
    answer (check_alert ("the question about an experiment’s unsaved changes"), "discard");
    g_assert_true (gtk_widget_get_visible (template_child (dialog, "follow_button")));
    check_window (dialog, "Experiments, an experiment file’s base");
  }

  close_window (GTK_WINDOW (dialog));
}

/* Every problem found, then the verdict. */
static void
test_verdict (void)
{
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (const char *) problems->pdata[i]);
  if (problems->len > 0)
    g_test_fail_printf ("%u access-key problems in %s: %s%s", problems->len, language,
                        (const char *) problems->pdata[0], problems->len > 1 ? " (and more above)" : "");
}

int
main (int   argc,
      char *argv[])
{
  const char *wanted;
  int status;

  if (argc > 1 && g_str_has_prefix (argv[1], "--language="))
    {
      g_setenv ("LANGUAGE", argv[1] + strlen ("--language="), TRUE);
      memmove (&argv[1], &argv[2], (argc - 1) * sizeof (char *));
      argc--;
    }
  wanted = g_getenv ("LANGUAGE");
  /* The build tree's catalogues, as the program uses them run uninstalled. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, CW_BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  ui_test_init (&argc, &argv);
  /* gtk_test_init() may have set a locale of its own. */
  setlocale (LC_ALL, "");

  language = wanted != NULL && *wanted != '\0' ? wanted : "en";
  for (guint i = 0; i < G_N_ELEMENTS (keyboards); i++)
    if (g_str_has_prefix (language, keyboards[i].language))
      {
        language = keyboards[i].language;
        keyboard = keyboards[i].keyboard;
        plain_letters = keyboards[i].plain;
      }
  if (keyboard == NULL)
    g_error ("No keyboard known for LANGUAGE=%s: add it to the keyboards of %s", language, __FILE__);
  /* A catalogue that is not found would test English under another name. */
  if (!g_str_equal (language, "en") && g_str_equal (_("_Open"), "_Open"))
    g_error ("No %s catalogue in %s/po (LC_ALL=%s)", language, CW_BUILD_ROOT, setlocale (LC_MESSAGES, NULL));

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  data_dir = g_strdup (g_get_user_data_dir ());
  problems = g_ptr_array_new_with_free_func (g_free);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  opened = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  app = cw_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/access-keys/recovery", test_recovery);
  g_test_add_func ("/access-keys/main-window", test_main_window);
  g_test_add_func ("/access-keys/lesson", test_lesson);
  g_test_add_func ("/access-keys/dialogs", test_dialogs);
  g_test_add_func ("/access-keys/file-alerts", test_file_alerts);
  g_test_add_func ("/access-keys/backup-alert", test_backup_alert);
  g_test_add_func ("/access-keys/experiments", test_experiments);
  g_test_add_func ("/access-keys/verdict", test_verdict);
  status = ui_test_run ();

  if (window != NULL)
    {
      ui_wait_window (window);
      close_window (GTK_WINDOW (window));
    }
  g_clear_object (&app);
  g_ptr_array_unref (problems);
  g_hash_table_unref (seen);
  g_hash_table_unref (opened);
  g_free (data_dir);
  return status;
}

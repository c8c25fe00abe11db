/* ui-helpers.h — driving real widgets in the window tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cw-evaluator.h"
#include "cw-lesson-pane.h"
#include "cw-window.h"
#include "cw-evaluator.h"

G_BEGIN_DECLS

/* Under AddressSanitizer (LeakSanitizer reports the GTK file chooser's leaks). */
#if defined (__SANITIZE_ADDRESS__)
# define UNDER_ASAN 1
#elif defined (__has_feature)
# if __has_feature (address_sanitizer)
#  define UNDER_ASAN 1
# endif
#endif

typedef gboolean (*UiMatch) (GtkWidget  *widget,
                             const char *data);

/* Lets GTK process what is pending: layouts, frames, idle handlers. */
void       ui_flush             (void);
/* Runs the main loop for @ms milliseconds. */
void       ui_spin              (guint       ms);
/* The first mapped widget of @type under @root that @match accepts (NULL:
 * any), depth first. */
GtkWidget *ui_find_widget_where (GtkWidget  *root,
                                 GType       type,
                                 UiMatch     match,
                                 const char *data);
GtkWidget *ui_find_widget       (GtkWidget  *root,
                                 GType       type);
/* gtk_test_init() and adw_init() for a test program whose recovery copies go
 * to a private data directory; ui_test_run() runs the tests and removes it. */
void       ui_test_init         (int        *argc,
                                 char     ***argv);
int        ui_test_run          (void);
/* Iterates until @evaluator has nothing under way (at most a minute). */
void       ui_wait_evaluator    (CwEvaluator *evaluator);
/* Iterates until the evaluator of @window's charts has nothing under way:
 * the results are in and the panes have their final sizes. */
void       ui_wait_window       (CwWindow   *window);
/* A new window, shown and laid out; and its end. */
CwWindow  *ui_new_window        (void);
void       ui_destroy_window    (CwWindow   *window);
/* Removes @path and everything under it. */
void       ui_remove_tree       (const char *path);
/* The visible window of @type over @parent (a dialog, a file chooser), or NULL. */
GtkWindow *ui_find_transient    (GtkWindow  *parent,
                                 GType       type);
/* A UiMatch: the widget's tooltip is @text. */
gboolean   ui_has_tooltip       (GtkWidget  *widget,
                                 const char *text);

/* What @widget showed in its last frame (as the window drew it, not drawn
 * afresh), as ARGB32 pixels of its size: what changed on screen. */
GBytes    *ui_shown_pixels      (GtkWidget  *widget);
/* What @widget shows once it has settled (its first frame drawn, nothing
 * changing any more). */
GBytes    *ui_settled_pixels    (GtkWidget  *widget);
/* Spins (up to 2 s) until what @widget shows differs from @pixels, or
 * equals them when not @differ, and returns what it shows then. */
GBytes    *ui_wait_shown        (GtkWidget  *widget,
                                 GBytes     *pixels,
                                 gboolean    differ);
/* Turns the desktop's high-contrast setting on or off as GNOME does
 * (org.gnome.desktop.a11y.interface), waits until AdwStyleManager has it
 * and lets the window draw. */
void       ui_set_high_contrast (gboolean    on);
/* Checks that @widget is drawn again, differently, when the desktop goes
 * into high contrast and when it goes dark, and as before when both are
 * back. */
void       ui_assert_follows_look (GtkWidget *widget);

/* Activates a lesson action on @pane, as its buttons and sketch do, and
 * lets GTK catch up; fails when the action is unknown. */
void       ui_lesson_activate   (CwLessonPane *pane,
                                 const char   *action,
                                 GVariant     *parameter);
/* Spins until the lesson's Next can be pressed (the model may be running),
 * or fails after a minute. */
void       ui_lesson_wait_next  (CwLessonPane *pane);

G_END_DECLS

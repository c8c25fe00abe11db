/* ui-helpers.h — driving real widgets in the window tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

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
/* Removes @path and everything under it. */
void       ui_remove_tree       (const char *path);
/* Points XDG_DATA_HOME at a new private directory, so that the recovery
 * copies of a test never mix with a user's; call before anything reads it.
 * Returns the directory, to remove with ui_remove_tree(). */
char      *ui_private_data_home (void);
/* A UiMatch: the widget's tooltip is @text. */
gboolean   ui_has_tooltip       (GtkWidget  *widget,
                                 const char *text);

G_END_DECLS

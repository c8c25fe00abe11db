/* cw-a11y-names.h — names a screen reader reads once, without the access key's "_"
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GTK 4.8 names a button with an access key by its raw label ("_Save") and
 * then by its label widget ("Save"), so a screen reader hears "_Save Save":
 * makes the label widget alone name every such button in @widget and below.
 * Call it after the widgets are built. */
void cw_a11y_name_buttons_by_label (GtkWidget *widget);

/* Presents the question @dialog (an AdwMessageDialog, its responses added)
 * with its buttons named as cw_a11y_name_buttons_by_label() names them. */
void cw_a11y_present_question (GtkWidget *dialog);

G_END_DECLS

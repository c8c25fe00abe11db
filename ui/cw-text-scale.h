/* cw-text-scale.h — the desktop's large-text setting, for type drawn with cairo
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How much larger than normal the desktop wants text: GtkSettings'
 * gtk-xft-dpi over 96 dpi, which is where GNOME's text-scaling-factor (the
 * Large Text switch gives 1.25) arrives. GTK scales the type of its own
 * widgets by it; what the core draws with cairo multiplies its sizes by it. */
double cw_text_scale_get     (void);
/* Calls @callback (swapped: @widget is its only argument) when the factor
 * changes, as long as @widget lives. */
void   cw_text_scale_connect (GtkWidget *widget,
                              GCallback  callback);

G_END_DECLS

/* cw-wheel.h — value widgets in a scrolled pane take the wheel only when focused
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A slider or spin button under the pointer of someone scrolling a pane
 * would change its value: @widget takes the wheel only while it (or a child,
 * such as a spin button's text) has the keyboard focus; otherwise the wheel
 * scrolls what holds it. */
void cw_wheel_only_when_focused (GtkWidget *widget);

G_END_DECLS

/* cw-style-look.h — the desktop's look for what is drawn with cairo: dark, high contrast
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cw-render-style.h"

G_BEGIN_DECLS

/* The look the desktop asks for now, as AdwStyleManager has it: dark or
 * light, high contrast or not. Every figure the window draws takes it. */
CwLook cw_style_look_get     (void);
/* Calls @callback (swapped: @object is its only argument) when the desktop
 * goes dark or light, or into high contrast or out, as long as @object
 * lives. */
void   cw_style_look_connect (gpointer  object,
                              GCallback callback);

G_END_DECLS

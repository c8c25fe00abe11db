/* cw-style-look.c — the desktop's look for what is drawn with cairo: dark, high contrast
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-style-look"

#include "config.h"

#include <adwaita.h>

#include "cw-style-look.h"

CwLook
cw_style_look_get (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  return (CwLook) { adw_style_manager_get_dark (style), adw_style_manager_get_high_contrast (style) };
}

void
cw_style_look_connect (gpointer  object,
                       GCallback callback)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_return_if_fail (G_IS_OBJECT (object));

  g_signal_connect_object (style, "notify::dark", callback, object, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", callback, object, G_CONNECT_SWAPPED);
}

/* cw-text-scale.c — the desktop's large-text setting, for type drawn with cairo
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-text-scale"

#include "config.h"

#include <gtk/gtk.h>

#include "cw-text-scale.h"

/* gtk-xft-dpi is in 1024ths of a dot per inch; 96 dpi is the normal size. */
#define NORMAL_XFT_DPI (96 * 1024)

double
cw_text_scale_get (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  int dpi = -1;

  if (settings != NULL)
    g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  /* -1: not set, the normal size. The factor is kept to what a desktop offers. */
  return dpi > 0 ? CLAMP ((double) dpi / NORMAL_XFT_DPI, 0.5, 3.0) : 1.0;
}

void
cw_text_scale_connect (GtkWidget *widget,
                       GCallback  callback)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_signal_connect_object (gtk_settings_get_default (), "notify::gtk-xft-dpi", callback, widget,
                           G_CONNECT_SWAPPED);
}

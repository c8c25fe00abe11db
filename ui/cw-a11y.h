/* cw-a11y.h — accessible names and the status line a screen reader hears
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void cw_a11y_set_label (GtkWidget  *widget,
                        const char *label);

G_END_DECLS

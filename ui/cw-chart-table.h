/* cw-chart-table.h — the numbers of the charts shown, as a table to read and copy
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *cw_chart_table_button_new (GtkStack *stack);

G_END_DECLS

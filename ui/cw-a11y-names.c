/* cw-a11y-names.c — names a screen reader reads once, without the access key's "_"
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-a11y"

#include "config.h"

#include "cw-a11y-names.h"

void
cw_a11y_name_buttons_by_label (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_BUTTON (widget) && !GTK_IS_CHECK_BUTTON (widget) &&
      gtk_button_get_use_underline (GTK_BUTTON (widget)) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    cw_a11y_name_buttons_by_label (child);
}

void
cw_a11y_present_question (GtkWidget *dialog)
{
  g_return_if_fail (GTK_IS_WINDOW (dialog));

  cw_a11y_name_buttons_by_label (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

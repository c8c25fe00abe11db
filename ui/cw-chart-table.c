/* cw-chart-table.c — the numbers of the charts shown, as a table to read and copy
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A "Table" button beside the charts opens the numbers of the page shown (the
 * same as its CSV export, in the user's language): a grid of selectable
 * labels that a screen reader walks cell by cell and anyone can copy.
 */
#define G_LOG_DOMAIN "cw-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-chart-describe.h"
#include "cw-chart-table.h"
#include "cw-chart-view.h"

static GtkWidget *
grid_new (GPtrArray *rows)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  for (guint r = 0; r < rows->len; r++)
    {
      GStrv row = g_ptr_array_index (rows, r);

      for (guint c = 0; row[c] != NULL; c++)
        {
          GtkWidget *cell = gtk_label_new (row[c]);

          gtk_label_set_selectable (GTK_LABEL (cell), TRUE);
          gtk_label_set_xalign (GTK_LABEL (cell), c == 0 ? 0 : 1);
          if (r == 0)
            {
              gtk_label_set_wrap (GTK_LABEL (cell), TRUE);
              gtk_label_set_max_width_chars (GTK_LABEL (cell), 14);
              gtk_widget_add_css_class (cell, "heading");
            }
          else
            gtk_widget_add_css_class (cell, "numeric");
          gtk_grid_attach (GTK_GRID (grid), cell, (int) c, (int) r, 1, 1);
        }
    }
  return grid;
}

static void
collect_views (GtkWidget *widget,
               GPtrArray *views)
{
  if (CW_IS_CHART_VIEW (widget))
    g_ptr_array_add (views, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_views (child, views);
}

/* Fills the popover with the tables of the page shown, as it opens. */
static void
popover_show_cb (GtkPopover *popover,
                 GtkStack   *stack)
{
  GtkWidget *page = gtk_stack_get_visible_child (stack);
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  if (page != NULL)
    collect_views (page, views);
  for (guint i = 0; i < views->len; i++)
    {
      CwChartView *view = g_ptr_array_index (views, i);
      CwChartSpec spec;
      GtkWidget *title = gtk_label_new (cw_chart_kind_name (cw_chart_view_get_kind (view)));

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "title-4");
      gtk_box_append (GTK_BOX (box), title);
      if (cw_chart_view_get_spec (view, &spec))
        {
          g_autoptr(GPtrArray) rows = cw_chart_table (&spec);
          GtkWidget *grid = grid_new (rows);

          gtk_accessible_update_relation (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                          title, NULL, -1);
          gtk_box_append (GTK_BOX (box), grid);
        }
      else
        gtk_box_append (GTK_BOX (box), gtk_label_new (_("No results yet.")));
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 480);
  gtk_scrolled_window_set_max_content_width (GTK_SCROLLED_WINDOW (scrolled), 900);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_popover_set_child (popover, scrolled);
}

/* Drops the tables when the popover closes: the next opening builds them
 * anew, and no widget that had the focus is replaced while shown. */
static void
popover_closed_cb (GtkPopover *popover)
{
  gtk_popover_set_child (popover, NULL);
}

/* A menu button beside the charts of @stack that shows their numbers. */
GtkWidget *
cw_chart_table_button_new (GtkStack *stack)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();

  g_return_val_if_fail (GTK_IS_STACK (stack), NULL);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Table"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_widget_set_tooltip_text (button, _("The numbers of the chart shown, to read and copy"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Table"), -1);
  g_signal_connect_object (popover, "show", G_CALLBACK (popover_show_cb), stack, 0);
  g_signal_connect (popover, "closed", G_CALLBACK (popover_closed_cb), NULL);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

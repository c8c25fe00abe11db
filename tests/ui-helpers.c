/* ui-helpers.c — driving real widgets in the window tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ui-helpers.h"

void
ui_flush (void)
{
  for (int i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
ui_spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  ui_flush ();
}

GtkWidget *
ui_find_widget_where (GtkWidget  *root,
                      GType       type,
                      UiMatch     match,
                      const char *data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root) &&
      (match == NULL || match (root, data)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_find_widget_where (child, type, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
ui_find_widget (GtkWidget *root,
                GType      type)
{
  return ui_find_widget_where (root, type, NULL, NULL);
}

gboolean
ui_has_tooltip (GtkWidget  *widget,
                const char *text)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

GtkWindow *
ui_find_transient (GtkWindow *parent,
                   GType      type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data) &&
        gtk_window_get_transient_for (l->data) == parent)
      return l->data;
  return NULL;
}

void
ui_wait_evaluator (CwEvaluator *evaluator)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (cw_evaluator_get_busy (evaluator))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  ui_flush ();
}

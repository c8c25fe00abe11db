/* cw-wheel.c — value widgets in a scrolled pane take the wheel only when focused
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-wheel"

#include "config.h"

#include "cw-wheel.h"

/* The widget's own scroll controllers listen while it holds the focus and
 * let the wheel pass on to its ancestors otherwise. */
static void
contains_focus_changed_cb (GtkEventControllerFocus *focus,
                           GParamSpec              *pspec,
                           GPtrArray               *scrolls)
{
  GtkPropagationPhase phase = gtk_event_controller_focus_contains_focus (focus) ? GTK_PHASE_BUBBLE
                                                                                : GTK_PHASE_NONE;

  for (guint i = 0; i < scrolls->len; i++)
    gtk_event_controller_set_propagation_phase (g_ptr_array_index (scrolls, i), phase);
}

void
cw_wheel_only_when_focused (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = NULL;
  GPtrArray *scrolls;
  GtkEventController *focus;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  controllers = gtk_widget_observe_controllers (widget);
  scrolls = g_ptr_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      /* Not owned: they live as long as the widget, like the focus controller. */
      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        g_ptr_array_add (scrolls, controller);
    }
  if (scrolls->len == 0)
    {
      g_critical ("%s takes no wheel", G_OBJECT_TYPE_NAME (widget));
      g_ptr_array_unref (scrolls);
      return;
    }

  focus = gtk_event_controller_focus_new ();
  g_object_set_data_full (G_OBJECT (focus), "cw-wheel-scrolls", scrolls,
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (focus, "notify::contains-focus", G_CALLBACK (contains_focus_changed_cb), scrolls);
  gtk_widget_add_controller (widget, focus);
  contains_focus_changed_cb (GTK_EVENT_CONTROLLER_FOCUS (focus), NULL, scrolls);
}

/* cw-cycle-canvas-a11y.c — the stages and arrows of the canvas as accessible objects
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 cannot give a widget accessible children of its own making, so each
 * stage and arrow has a proxy: an empty child widget laid over its place in
 * the drawing, named and described as a screen reader should announce it,
 * with the selection as state. The drawing stays in core/render; the proxies
 * take no pointer events. Focusing a proxy (as assistive technology does)
 * selects its stage or arrow and hands the focus back to the canvas, whose
 * Tab order is unchanged.
 */
#define G_LOG_DOMAIN "cw-cycle-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-cycle-canvas-private.h"
#include "cw-describe.h"
#include "cw-diagram.h"

/* What a proxy stands for: a stage id, or an edge index when id is NULL. */
typedef struct {
  char *id;
  guint edge;
} ProxyTarget;

static void
proxy_target_free (gpointer data)
{
  ProxyTarget *target = data;

  g_free (target->id);
  g_free (target);
}

static void
proxy_focus_enter_cb (GtkEventControllerFocus *controller,
                      CwCycleCanvas           *self)
{
  GtkWidget *proxy = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  ProxyTarget *target = g_object_get_data (G_OBJECT (proxy), "cw-proxy-target");

  if (target->id != NULL)
    {
      _cw_cycle_canvas_focus_stage (self, target->id);
      cw_document_select_stage (self->document, target->id, FALSE);
    }
  else
    cw_document_select_edge (self->document, (int) target->edge);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static GtkWidget *
proxy_new (CwCycleCanvas *self,
           const char    *id,
           guint          edge)
{
  GtkWidget *proxy = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_BUTTON, NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  ProxyTarget *target = g_new0 (ProxyTarget, 1);

  target->id = g_strdup (id);
  target->edge = edge;
  g_object_set_data_full (G_OBJECT (proxy), "cw-proxy-target", target, proxy_target_free);
  gtk_widget_set_focusable (proxy, TRUE);
  gtk_widget_set_can_target (proxy, FALSE);
  g_signal_connect (focus, "enter", G_CALLBACK (proxy_focus_enter_cb), self);
  gtk_widget_add_controller (proxy, focus);
  gtk_widget_set_parent (proxy, GTK_WIDGET (self));
  return proxy;
}

static void
describe_stage (GtkWidget     *proxy,
                CwCycleCanvas *self,
                const CwStage *stage)
{
  GHashTable *selected = cw_document_get_selected_stages (self->document);
  g_autofree char *about = cw_describe_stage (stage);
  g_auto(GStrv) lines = g_strsplit (about, "\n", -1);
  /* Its kind, stay and levers, read after the name. */
  g_autofree char *description = g_strjoinv (", ", lines);

  if (g_strcmp0 (self->active, stage->id) == 0)
    {
      /* Translators: appended to a stage's description when the chart cursor's year falls in it */
      g_autofree char *running = g_strdup_printf (_("%s, running at the cursor year"), description);

      g_free (description);
      description = g_steal_pointer (&running);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (proxy),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, stage->name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (proxy), GTK_ACCESSIBLE_STATE_SELECTED,
                               selected != NULL && g_hash_table_contains (selected, stage->id),
                               -1);
}

static void
describe_edge (GtkWidget     *proxy,
               CwCycleCanvas *self,
               guint          index)
{
  const CwScenario *sc = _cw_cycle_canvas_scenario (self);
  const CwEdge *edge = g_ptr_array_index (sc->edges, index);
  const CwStage *from = cw_scenario_find_stage (sc, edge->from, NULL);
  const CwStage *to = cw_scenario_find_stage (sc, edge->to, NULL);
  g_autofree char *condition = cw_describe_condition (edge);
  /* Translators: an arrow of the policy cycle as a screen reader announces it */
  g_autofree char *name = g_strdup_printf (_("Arrow from “%s” to “%s”"), from ? from->name : edge->from,
                                           to ? to->name : edge->to);

  gtk_accessible_update_property (GTK_ACCESSIBLE (proxy),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, condition,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (proxy), GTK_ACCESSIBLE_STATE_SELECTED,
                               cw_document_get_selected_edge (self->document) == (int) index,
                               -1);
}

/* Brings the proxies in line with the document, the selection and the stage
 * running at the cursor year. */
void
_cw_cycle_canvas_a11y_sync (CwCycleCanvas *self)
{
  const CwScenario *sc;
  guint n_stages, n;

  if (self->document == NULL)
    return;
  sc = _cw_cycle_canvas_scenario (self);
  n_stages = sc->stages->len;
  n = n_stages + sc->edges->len;
  /* Rebuilt when the shape changes: ids and edge indices move with edits. */
  if (self->proxies->len != n)
    {
      _cw_cycle_canvas_a11y_clear (self);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (self->proxies,
                         proxy_new (self, i < n_stages ? ((CwStage *) g_ptr_array_index (sc->stages, i))->id : NULL,
                                    i < n_stages ? 0 : i - n_stages));
    }
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *proxy = g_ptr_array_index (self->proxies, i);
      ProxyTarget *target = g_object_get_data (G_OBJECT (proxy), "cw-proxy-target");

      if (i < n_stages)
        {
          const CwStage *stage = g_ptr_array_index (sc->stages, i);

          g_free (target->id);
          target->id = g_strdup (stage->id);
          describe_stage (proxy, self, stage);
        }
      else
        describe_edge (proxy, self, i - n_stages);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
allocate_proxy (GtkWidget *proxy,
                double     cx,
                double     cy,
                double     width,
                double     height)
{
  GtkAllocation box = {
    (int) (cx - width / 2), (int) (cy - height / 2), MAX (1, (int) width), MAX (1, (int) height)
  };
  int minimum;

  gtk_widget_measure (proxy, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  gtk_widget_size_allocate (proxy, &box, -1);
}

/* Lays each proxy over its stage box, or over the middle of its arrow. */
void
_cw_cycle_canvas_a11y_allocate (CwCycleCanvas *self)
{
  const CwScenario *sc;
  guint n_stages;

  if (self->document == NULL || self->proxies->len == 0)
    return;
  sc = _cw_cycle_canvas_scenario (self);
  n_stages = sc->stages->len;
  for (guint i = 0; i < self->proxies->len && i < n_stages + sc->edges->len; i++)
    {
      GtkWidget *proxy = g_ptr_array_index (self->proxies, i);

      if (i < n_stages)
        {
          const CwStage *stage = g_ptr_array_index (sc->stages, i);

          allocate_proxy (proxy, stage->x * self->view.zoom + self->view.tx, stage->y * self->view.zoom + self->view.ty,
                          CW_DIAGRAM_STAGE_WIDTH * self->view.zoom, CW_DIAGRAM_STAGE_HEIGHT * self->view.zoom);
        }
      else
        {
          const CwEdge *edge = g_ptr_array_index (sc->edges, i - n_stages);
          const CwStage *from = cw_scenario_find_stage (sc, edge->from, NULL);
          const CwStage *to = cw_scenario_find_stage (sc, edge->to, NULL);
          double size = 2 * CW_DIAGRAM_HANDLE_RADIUS * self->view.zoom;

          if (from != NULL && to != NULL)
            allocate_proxy (proxy, (from->x + to->x) / 2 * self->view.zoom + self->view.tx,
                            (from->y + to->y) / 2 * self->view.zoom + self->view.ty, size, size);
        }
    }
}

void
_cw_cycle_canvas_a11y_clear (CwCycleCanvas *self)
{
  for (guint i = 0; i < self->proxies->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->proxies, i));
  g_ptr_array_set_size (self->proxies, 0);
}

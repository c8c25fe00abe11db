/* cw-cycle-canvas-edit.c — the canvas's edits and actions, each one undo step
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cycle-canvas"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "cw-cycle-canvas-private.h"
#include "cw-diagram.h"
#include "cw-document-edits.h"

/* Room kept between a new stage and the others. */
#define GAP 32.0

static void
set_enabled (CwCycleCanvas *self,
             const char    *name,
             gboolean       enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_cw_cycle_canvas_update_actions (CwCycleCanvas *self)
{
  guint selected = 0, stages = 0;
  gboolean edge = FALSE;

  if (self->document != NULL)
    {
      selected = g_hash_table_size (cw_document_get_selected_stages (self->document));
      edge = cw_document_get_selected_edge (self->document) >= 0;
      stages = _cw_cycle_canvas_scenario (self)->stages->len;
    }
  set_enabled (self, "add-stage", self->document != NULL);
  set_enabled (self, "connect", selected == 2 || (selected == 1 && stages > 1));
  set_enabled (self, "connect-to", selected == 1);
  set_enabled (self, "delete", selected > 0 || edge);
  set_enabled (self, "rename", selected == 1);
  set_enabled (self, "set-start", selected == 1);
  set_enabled (self, "nudge", selected > 0);
  set_enabled (self, "arrange", stages > 0);
  set_enabled (self, "select-all", stages > 0);
}

static gboolean
spot_is_free (CwCycleCanvas *self,
              double         x,
              double         y)
{
  const CwScenario *sc = _cw_cycle_canvas_scenario (self);

  for (guint i = 0; i < sc->stages->len; i++)
    {
      const CwStage *other = g_ptr_array_index (sc->stages, i);

      if (fabs (other->x - x) < CW_DIAGRAM_STAGE_WIDTH + GAP / 2 &&
          fabs (other->y - y) < CW_DIAGRAM_STAGE_HEIGHT + GAP / 2)
        return FALSE;
    }
  return TRUE;
}

void
_cw_cycle_canvas_add_stage_at (CwCycleCanvas *self,
                               double         mx,
                               double         my)
{
  g_autofree char *id = NULL;

  /* Never on top of another stage: the nearest free cell of a grid around the spot. */
  for (int r = 0; r <= 8; r++)
    {
      gboolean found = FALSE;

      for (int dy = -r; dy <= r && !found; dy++)
        for (int dx = -r; dx <= r && !found; dx++)
          {
            double x = mx + dx * (CW_DIAGRAM_STAGE_WIDTH + GAP);
            double y = my + dy * (CW_DIAGRAM_STAGE_HEIGHT + GAP);

            if (MAX (abs (dx), abs (dy)) == r && spot_is_free (self, x, y))
              {
                mx = x;
                my = y;
                found = TRUE;
              }
          }
      if (found)
        break;
    }

  id = cw_document_add_stage (self->document, _("New stage"), round (mx), round (my));

  cw_document_select_stage (self->document, id, FALSE);
  _cw_cycle_canvas_focus_stage (self, id);
  _cw_cycle_canvas_begin_rename (self, id);
}

void
_cw_cycle_canvas_connect (CwCycleCanvas *self,
                          const char    *from,
                          const char    *to)
{
  int index = cw_document_connect (self->document, from, to);

  if (index >= 0)
    cw_document_select_edge (self->document, index);
}

static void
nudge (CwCycleCanvas *self,
       double         dx,
       double         dy)
{
  GHashTable *selected = cw_document_get_selected_stages (self->document);
  const CwScenario *sc = _cw_cycle_canvas_scenario (self);
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (CwStagePlace));

  for (guint i = 0; i < sc->stages->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (sc->stages, i);
      CwStagePlace place = { stage->id, stage->x + dx, stage->y + dy };

      if (g_hash_table_contains (selected, stage->id))
        g_array_append_val (places, place);
    }
  /* Presses in a row move as one undo step. */
  cw_document_place_stages (self->document, (CwStagePlace *) places->data, places->len);
}

static void
rename_activate_cb (GtkEntry      *entry,
                    CwCycleCanvas *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (self->renaming != NULL)
    cw_document_rename_stage (self->document, self->renaming, name);
  gtk_popover_popdown (GTK_POPOVER (self->rename_popover));
}

static void
rename_closed_cb (GtkPopover    *popover,
                  CwCycleCanvas *self)
{
  g_clear_pointer (&self->renaming, g_free);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

void
_cw_cycle_canvas_begin_rename (CwCycleCanvas *self,
                               const char    *id)
{
  const CwStage *stage = cw_scenario_find_stage (_cw_cycle_canvas_scenario (self), id, NULL);
  double wx, wy, w, h;

  if (stage == NULL)
    return;
  if (self->rename_popover == NULL)
    {
      self->rename_entry = gtk_entry_new ();
      gtk_entry_set_activates_default (GTK_ENTRY (self->rename_entry), FALSE);
      gtk_editable_set_width_chars (GTK_EDITABLE (self->rename_entry), 24);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->rename_entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stage name"), -1);
      g_signal_connect (self->rename_entry, "activate", G_CALLBACK (rename_activate_cb), self);
      self->rename_popover = gtk_popover_new ();
      gtk_popover_set_child (GTK_POPOVER (self->rename_popover), self->rename_entry);
      gtk_widget_set_parent (self->rename_popover, GTK_WIDGET (self));
      g_signal_connect (self->rename_popover, "closed", G_CALLBACK (rename_closed_cb), self);
    }
  g_free (self->renaming);
  self->renaming = g_strdup (id);
  gtk_editable_set_text (GTK_EDITABLE (self->rename_entry), stage->name);
  cw_diagram_stage_size (stage, self->projector, &w, &h);
  cw_cycle_canvas_to_widget (self, stage->x, stage->y + h / 2, &wx, &wy);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->rename_popover), &(GdkRectangle) { wx, wy, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->rename_popover));
  gtk_widget_grab_focus (self->rename_entry);
  gtk_editable_select_region (GTK_EDITABLE (self->rename_entry), 0, -1);
}

/* Actions */

static void
add_stage_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  CwCycleCanvas *self = user_data;
  double mx = 0, my = 0;

  /* In the middle of what the user sees of the diagram. */
  if (self->view.width > 0 && self->view.height > 0)
    _cw_cycle_canvas_to_model (self, self->view.x + self->view.width / 2, self->view.y + self->view.height / 2,
                               &mx, &my);
  _cw_cycle_canvas_add_stage_at (self, mx, my);
}

/* The two selected stages: the arrow starts at the one selected first, or
 * (when both came at once) at the one earlier in the file. */
static gboolean
selected_pair (CwCycleCanvas  *self,
               const char    **from,
               const char    **to)
{
  GHashTable *selected = cw_document_get_selected_stages (self->document);
  const char *anchor = cw_document_get_selection_anchor (self->document);
  const CwScenario *sc = _cw_cycle_canvas_scenario (self);
  const char *pair[2] = { NULL, NULL };
  guint n = 0;

  if (g_hash_table_size (selected) != 2)
    return FALSE;
  for (guint i = 0; i < sc->stages->len && n < 2; i++)
    {
      const CwStage *stage = g_ptr_array_index (sc->stages, i);

      if (g_hash_table_contains (selected, stage->id))
        pair[n++] = stage->id;
    }
  if (n != 2)
    return FALSE;
  if (anchor != NULL && g_str_equal (pair[1], anchor))
    {
      *from = pair[1];
      *to = pair[0];
    }
  else
    {
      *from = pair[0];
      *to = pair[1];
    }
  return TRUE;
}

/* With one stage selected, a menu of the stages an arrow from it can go to:
 * the way to connect with the keyboard alone. */
static void
popup_connect_menu (CwCycleCanvas *self,
                    const CwStage *from)
{
  const CwScenario *sc = _cw_cycle_canvas_scenario (self);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autofree char *title = NULL;
  double wx, wy, w, h;

  for (guint i = 0; i < sc->stages->len; i++)
    {
      const CwStage *to = g_ptr_array_index (sc->stages, i);
      g_autoptr(GMenuItem) item = NULL;

      if (to == from)
        continue;
      item = g_menu_item_new (to->name, NULL);
      g_menu_item_set_action_and_target (item, "canvas.connect-to", "s", to->id);
      g_menu_append_item (section, item);
    }
  /* Translators: heads the list of stages an arrow can go to */
  title = g_strdup_printf (_("Arrow from “%s” to"), from->name);
  g_menu_append_section (menu, title, G_MENU_MODEL (section));
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->connect_menu), G_MENU_MODEL (menu));
  cw_diagram_stage_size (from, self->projector, &w, &h);
  cw_cycle_canvas_to_widget (self, from->x + w / 2, from->y, &wx, &wy);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->connect_menu), &(GdkRectangle) { wx, wy, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->connect_menu));
}

gboolean
_cw_cycle_canvas_connect_menu_key (CwCycleCanvas   *self,
                                   guint            keyval,
                                   GdkModifierType  state)
{
  GtkWidget *focus;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      gtk_widget_child_focus (self->connect_menu, GTK_DIR_UP);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      gtk_widget_child_focus (self->connect_menu, GTK_DIR_DOWN);
      break;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      gtk_widget_child_focus (self->connect_menu, keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK)
                                                  ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
      if (focus != NULL && gtk_widget_is_ancestor (focus, self->connect_menu))
        gtk_widget_activate (focus);
      break;
    case GDK_KEY_Escape:
      gtk_popover_popdown (GTK_POPOVER (self->connect_menu));
      break;
    default:
      /* Nothing else reaches the canvas behind the list. */
      break;
    }
  return TRUE;
}

static gboolean
connect_menu_key_pressed_cb (GtkEventControllerKey *controller,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             CwCycleCanvas         *self)
{
  return _cw_cycle_canvas_connect_menu_key (self, keyval, state);
}

static void
connect_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  CwCycleCanvas *self = user_data;
  const CwStage *stage = cw_document_get_selected_stage (self->document);
  const char *from, *to;

  if (stage != NULL)
    popup_connect_menu (self, stage);
  else if (selected_pair (self, &from, &to))
    {
      g_autofree char *f = g_strdup (from), *t = g_strdup (to);

      _cw_cycle_canvas_connect (self, f, t);
    }
}

static void
connect_to_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CwCycleCanvas *self = user_data;
  const CwStage *stage = cw_document_get_selected_stage (self->document);
  g_autofree char *from = NULL;

  if (stage == NULL)
    return;
  from = g_strdup (stage->id);
  if (cw_scenario_find_stage (_cw_cycle_canvas_scenario (self), g_variant_get_string (parameter, NULL), NULL) != NULL)
    _cw_cycle_canvas_connect (self, from, g_variant_get_string (parameter, NULL));
}

static void
delete_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  CwCycleCanvas *self = user_data;

  cw_document_delete_selection (self->document);
}

static void
rename_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  CwCycleCanvas *self = user_data;
  const CwStage *stage = cw_document_get_selected_stage (self->document);

  if (stage != NULL)
    _cw_cycle_canvas_begin_rename (self, stage->id);
}

static void
set_start_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  CwCycleCanvas *self = user_data;
  const CwStage *stage = cw_document_get_selected_stage (self->document);

  if (stage != NULL)
    cw_document_set_start (self->document, stage->id);
}

static void
arrange_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  CwCycleCanvas *self = user_data;

  cw_document_arrange (self->document);
  _cw_cycle_canvas_fit (self);
}

static void
zoom_by (CwCycleCanvas *self,
         double         factor)
{
  _cw_cycle_canvas_zoom_at (self, self->view.zoom * factor,
                            gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                            gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

static void
zoom_in_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  zoom_by (user_data, 1.25);
}

static void
zoom_out_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  zoom_by (user_data, 1 / 1.25);
}

static void
zoom_fit_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  _cw_cycle_canvas_fit (user_data);
}

static void
select_all_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CwCycleCanvas *self = user_data;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < _cw_cycle_canvas_scenario (self)->stages->len; i++)
    g_ptr_array_add (ids, ((CwStage *) g_ptr_array_index (_cw_cycle_canvas_scenario (self)->stages, i))->id);
  cw_document_select_stages (self->document, ids);
}

static void
nudge_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  double dx, dy;

  g_variant_get (parameter, "(dd)", &dx, &dy);
  nudge (user_data, dx, dy);
}

static void
context_menu_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CwCycleCanvas *self = user_data;
  const CwStage *stage = self->focus ? cw_scenario_find_stage (_cw_cycle_canvas_scenario (self), self->focus, NULL) : NULL;
  double wx = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double wy = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if (stage != NULL)
    cw_cycle_canvas_to_widget (self, stage->x, stage->y, &wx, &wy);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { wx, wy, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static const GActionEntry canvas_actions[] = {
  { .name = "add-stage", .activate = add_stage_action },
  { .name = "connect", .activate = connect_action },
  { .name = "connect-to", .activate = connect_to_action, .parameter_type = "s" },
  { .name = "delete", .activate = delete_action },
  { .name = "rename", .activate = rename_action },
  { .name = "set-start", .activate = set_start_action },
  { .name = "arrange", .activate = arrange_action },
  { .name = "zoom-in", .activate = zoom_in_action },
  { .name = "zoom-out", .activate = zoom_out_action },
  { .name = "zoom-fit", .activate = zoom_fit_action },
  { .name = "select-all", .activate = select_all_action },
  { .name = "context-menu", .activate = context_menu_action },
  { .name = "nudge", .activate = nudge_action, .parameter_type = "(dd)" },
};

static GMenuModel *
build_context_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) stage = g_menu_new ();
  g_autoptr(GMenu) canvas = g_menu_new ();

  g_menu_append (stage, _("Re_name"), "canvas.rename");
  g_menu_append (stage, _("_Connect…"), "canvas.connect");
  g_menu_append (stage, _("Start the Cycle _Here"), "canvas.set-start");
  g_menu_append (stage, _("_Delete"), "canvas.delete");
  g_menu_append (canvas, _("_Add Stage"), "canvas.add-stage");
  g_menu_append (canvas, _("Arrange on a _Ring"), "canvas.arrange");
  g_menu_append (canvas, _("_Fit to Window"), "canvas.zoom-fit");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (stage));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (canvas));
  return G_MENU_MODEL (menu);
}

void
_cw_cycle_canvas_install_actions (CwCycleCanvas *self)
{
  g_autoptr(GMenuModel) model = build_context_menu ();
  GtkEventController *controller;

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), canvas_actions,
                                   G_N_ELEMENTS (canvas_actions), self);
  self->menu = gtk_popover_menu_new_from_model (model);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  self->connect_menu = gtk_popover_menu_new_from_model (NULL);
  gtk_widget_set_parent (self->connect_menu, GTK_WIDGET (self));
  /* The keys go to the list, before the canvas's own bindings see them. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (connect_menu_key_pressed_cb), self);
  gtk_widget_add_controller (self->connect_menu, controller);
  _cw_cycle_canvas_update_actions (self);
}

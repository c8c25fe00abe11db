/* cw-cycle-canvas.c — the policy-cycle canvas: drawing, keyboard, document
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cycle-canvas"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-cycle-canvas-private.h"
#include "cw-describe.h"
#include "cw-diagram.h"
#include "cw-style-look.h"


G_DEFINE_FINAL_TYPE_WITH_CODE (CwCycleCanvas, cw_cycle_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

/* Tells assistive technology which stage has the focus, by name and kind. */
static void
update_accessible (CwCycleCanvas *self)
{
  const CwStage *stage = NULL;
  guint index = 0;
  g_autofree char *label = NULL, *description = NULL;

  if (self->document != NULL && self->focus != NULL)
    stage = cw_scenario_find_stage (_cw_cycle_canvas_scenario (self), self->focus, &index);
  if (stage == NULL)
    {
      label = g_strdup (_("Policy cycle"));
      description = g_strdup (_("Press Tab to move between stages, Ctrl+Shift+N to add one."));
    }
  else
    {
      g_autofree char *about = cw_describe_stage (stage);

      /* Translators: a stage of the policy cycle, as a screen reader announces it:
       * its name, its place among the stages, then its kind, stay and levers */
      label = g_strdup_printf (_("Stage %s, %u of %u"), stage->name, index + 1,
                               _cw_cycle_canvas_scenario (self)->stages->len);
      description = g_strdelimit (g_steal_pointer (&about), "\n", ';');
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

gboolean
_cw_cycle_canvas_mark (CwCycleCanvas  *self,
                       char          **mark,
                       const char     *id)
{
  if (g_strcmp0 (*mark, id) == 0)
    return FALSE;
  g_free (*mark);
  *mark = g_strdup (id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

void
_cw_cycle_canvas_focus_stage (CwCycleCanvas *self,
                              const char    *id)
{
  if (_cw_cycle_canvas_mark (self, &self->focus, id))
    update_accessible (self);
}

void
cw_cycle_canvas_set_active_stage (CwCycleCanvas *self,
                                  const char    *id)
{
  g_return_if_fail (CW_IS_CYCLE_CANVAS (self));
  if (_cw_cycle_canvas_mark (self, &self->active, id))
    _cw_cycle_canvas_a11y_sync (self);
}

static void
cw_cycle_canvas_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  CwCycleCanvas *self = CW_CYCLE_CANVAS (widget);

  /* The view follows the canvas's size until the user zooms. */
  self->allocating = TRUE;
  if (self->fit_pending ||
      (!self->user_zoomed && (width != self->fitted_width || height != self->fitted_height)))
    _cw_cycle_canvas_fit (self);
  else
    _cw_cycle_canvas_update_scrolling (self);
  self->allocating = FALSE;
  if (self->rename_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->rename_popover));
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
  if (self->connect_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->connect_menu));
  _cw_cycle_canvas_a11y_allocate (self);
}

static void
cw_cycle_canvas_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = 200;
  *natural = 600;
}

/* Over a stage: its kind, stay and levers; over an arrow: its condition. */
static gboolean
cw_cycle_canvas_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard,
                               GtkTooltip *tooltip)
{
  CwCycleCanvas *self = CW_CYCLE_CANVAS (widget);
  const CwScenario *sc;
  g_autofree char *head = NULL, *body = NULL, *text = NULL;
  guint index;

  if (self->document == NULL || keyboard)
    return FALSE;
  sc = _cw_cycle_canvas_scenario (self);
  switch (_cw_cycle_canvas_hit_at (self, x, y, &index))
    {
    case CW_DIAGRAM_HIT_STAGE:
      head = g_strdup (((CwStage *) g_ptr_array_index (sc->stages, index))->name);
      body = cw_describe_stage (g_ptr_array_index (sc->stages, index));
      break;
    case CW_DIAGRAM_HIT_EDGE:
      head = cw_describe_arrow (sc, g_ptr_array_index (sc->edges, index));
      body = cw_describe_condition (g_ptr_array_index (sc->edges, index));
      break;
    case CW_DIAGRAM_HIT_HANDLE:
      head = g_strdup (_("Drag to another stage to draw an arrow"));
      break;
    case CW_DIAGRAM_HIT_NONE:
    default:
      return FALSE;
    }
  text = body ? g_strdup_printf ("%s\n%s", head, body) : g_steal_pointer (&head);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
draw_hint (CwCycleCanvas *self,
           GtkSnapshot   *snapshot)
{
  g_autoptr(PangoLayout) layout =
    gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                    _("No stages yet. Double-click here or press Ctrl+Shift+N "
                                      "to add the first stage of the policy cycle."));
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  int lw, lh;
  GdkRGBA color;

  pango_layout_set_width (layout, MAX (100, width - 80) * PANGO_SCALE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, &lw, &lh);
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  color.alpha = 0.6;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (40, (height - lh) / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
cw_cycle_canvas_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  CwCycleCanvas *self = CW_CYCLE_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  CwDiagramState state;
  CwLook look;
  cairo_t *cr;

  if (self->document == NULL)
    return;
  if (_cw_cycle_canvas_scenario (self)->stages->len == 0)
    {
      draw_hint (self, snapshot);
      return;
    }

  cw_diagram_state_init (&state);
  look = cw_style_look_get ();
  state.dark = look.dark;
  state.high_contrast = look.high_contrast;
  state.revealed = self->revealed;
  state.selected = cw_document_get_selected_stages (self->document);
  state.selected_edge = cw_document_get_selected_edge (self->document);
  state.focus = gtk_widget_has_focus (widget) ? self->focus : NULL;
  state.hover = self->hover;
  state.active = self->active;
  state.projector = self->projector;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cw_diagram_view_draw (cr, _cw_cycle_canvas_scenario (self), &state, &self->view);
  if (self->drag == DRAG_CONNECT && self->drag_stage != NULL)
    {
      const CwStage *from = cw_scenario_find_stage (_cw_cycle_canvas_scenario (self), self->drag_stage, NULL);
      double mx, my, w, h;

      _cw_cycle_canvas_to_model (self, self->drag_x + self->drag_dx, self->drag_y + self->drag_dy, &mx, &my);
      if (from != NULL)
        {
          cairo_save (cr);
          cairo_translate (cr, self->view.tx, self->view.ty);
          cairo_scale (cr, self->view.zoom, self->view.zoom);
          cw_diagram_stage_size (from, self->projector, &w, &h);
          cw_diagram_draw_link (cr, from->x + w / 2, from->y, mx, my);
          cairo_restore (cr);
        }
    }

  if (self->drag == DRAG_RUBBER)
    {
      cairo_rectangle (cr, self->drag_x, self->drag_y, self->drag_dx, self->drag_dy);
      cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.15);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.8);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

/* Keyboard */

/* Tab moves between stages; past the last one, the focus leaves the canvas. */
static gboolean
cw_cycle_canvas_focus (GtkWidget        *widget,
                       GtkDirectionType  direction)
{
  CwCycleCanvas *self = CW_CYCLE_CANVAS (widget);
  const CwScenario *sc;
  guint index = 0, n;
  int next;
  gboolean entering = !gtk_widget_has_focus (widget);
  gboolean forward = direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_DOWN ||
                     direction == GTK_DIR_RIGHT;

  if (self->document == NULL)
    return FALSE;
  sc = _cw_cycle_canvas_scenario (self);
  n = sc->stages->len;
  if (entering)
    {
      gtk_widget_grab_focus (widget);
      if (n > 0 && (self->focus == NULL || cw_scenario_find_stage (sc, self->focus, NULL) == NULL))
        next = forward ? 0 : (int) n - 1;
      else
        return TRUE;
    }
  else
    {
      if (n == 0)
        return FALSE;
      if (self->focus == NULL || cw_scenario_find_stage (sc, self->focus, &index) == NULL)
        next = forward ? 0 : (int) n - 1;
      else
        next = (int) index + (forward ? 1 : -1);
    }
  /* Stages present mode has not revealed are passed over. */
  while (next >= 0 && next < (int) n &&
         !_cw_cycle_canvas_revealed (self, ((CwStage *) g_ptr_array_index (sc->stages, next))->id))
    next += forward ? 1 : -1;
  if (next < 0 || next >= (int) n)
    {
      _cw_cycle_canvas_focus_stage (self, NULL);
      return entering;
    }
  _cw_cycle_canvas_focus_stage (self, ((CwStage *) g_ptr_array_index (sc->stages, next))->id);
  cw_document_select_stage (self->document, self->focus, FALSE);
  /* The keyboard pans: the focused stage comes into view. */
  _cw_cycle_canvas_follow (self, self->focus);
  return TRUE;
}

static void
document_changed_cb (CwCycleCanvas *self)
{
  if (self->focus != NULL && cw_scenario_find_stage (_cw_cycle_canvas_scenario (self), self->focus, NULL) == NULL)
    _cw_cycle_canvas_focus_stage (self, NULL);
  update_accessible (self);
  _cw_cycle_canvas_a11y_sync (self);
  _cw_cycle_canvas_update_actions (self);
  _cw_cycle_canvas_update_scrolling (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
selection_changed_cb (CwCycleCanvas *self)
{
  /* The list of arrows from the selected stage would go stale. */
  if (self->connect_menu != NULL && gtk_widget_get_visible (self->connect_menu))
    gtk_popover_popdown (GTK_POPOVER (self->connect_menu));
  _cw_cycle_canvas_a11y_sync (self);
  _cw_cycle_canvas_update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
cw_cycle_canvas_set_document (CwCycleCanvas *self,
                              CwDocument    *document)
{
  g_return_if_fail (CW_IS_CYCLE_CANVAS (self));
  g_return_if_fail (document == NULL || CW_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->document_signals, document);
  if (document != NULL)
    document_changed_cb (self);
  cw_cycle_canvas_queue_fit (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

CwDocument *
cw_cycle_canvas_get_document (CwCycleCanvas *self)
{
  g_return_val_if_fail (CW_IS_CYCLE_CANVAS (self), NULL);
  return self->document;
}

GActionGroup *
cw_cycle_canvas_get_actions (CwCycleCanvas *self)
{
  g_return_val_if_fail (CW_IS_CYCLE_CANVAS (self), NULL);
  return G_ACTION_GROUP (self->actions);
}

void
cw_cycle_canvas_set_revealed (CwCycleCanvas *self,
                              GHashTable    *revealed)
{
  g_return_if_fail (CW_IS_CYCLE_CANVAS (self));

  g_clear_pointer (&self->revealed, g_hash_table_unref);
  self->revealed = revealed ? g_hash_table_ref (revealed) : NULL;
  /* The stage just revealed comes into view. */
  _cw_cycle_canvas_follow (self, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
cw_cycle_canvas_set_projector (CwCycleCanvas *self,
                               double         text_size)
{
  g_return_if_fail (CW_IS_CYCLE_CANVAS (self));

  self->projector = text_size > 0;
  self->projector_text = MAX (text_size, 0);
  cw_cycle_canvas_queue_fit (self);
}

/* Dark or light, high contrast or not: the same layout in other colours
 * and line weights. */
static void
look_changed_cb (CwCycleCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Larger text: a diagram the user has not zoomed is fitted again, for the
 * legend and the least zoom grow with the text. */
static void
text_scale_changed_cb (CwCycleCanvas *self)
{
  if (!self->user_zoomed)
    cw_cycle_canvas_queue_fit (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
cw_cycle_canvas_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CwCycleCanvas *self = CW_CYCLE_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      cw_cycle_canvas_set_document (self, g_value_get_object (value));
      break;
    case PROP_HADJUSTMENT:
      _cw_cycle_canvas_set_adjustment (self, GTK_ORIENTATION_HORIZONTAL, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      _cw_cycle_canvas_set_adjustment (self, GTK_ORIENTATION_VERTICAL, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_cycle_canvas_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CwCycleCanvas *self = CW_CYCLE_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_cycle_canvas_dispose (GObject *object)
{
  CwCycleCanvas *self = CW_CYCLE_CANVAS (object);

  cw_cycle_canvas_set_document (self, NULL);
  g_clear_handle_id (&self->scrolling_idle, g_source_remove);
  _cw_cycle_canvas_stop_pan (self);
  g_clear_object (&self->document_signals);
  _cw_cycle_canvas_set_adjustment (self, GTK_ORIENTATION_HORIZONTAL, NULL);
  _cw_cycle_canvas_set_adjustment (self, GTK_ORIENTATION_VERTICAL, NULL);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->connect_menu, gtk_widget_unparent);
  g_clear_pointer (&self->rename_popover, gtk_widget_unparent);
  _cw_cycle_canvas_a11y_clear (self);
  g_clear_object (&self->actions);
  G_OBJECT_CLASS (cw_cycle_canvas_parent_class)->dispose (object);
}

static void
cw_cycle_canvas_finalize (GObject *object)
{
  CwCycleCanvas *self = CW_CYCLE_CANVAS (object);

  g_free (self->focus);
  g_free (self->hover);
  g_free (self->active);
  g_free (self->renaming);
  g_free (self->drag_stage);
  g_array_unref (self->drag_origins);
  g_clear_pointer (&self->revealed, g_hash_table_unref);
  g_ptr_array_unref (self->proxies);
  G_OBJECT_CLASS (cw_cycle_canvas_parent_class)->finalize (object);
}

static void
add_nudge (GtkWidgetClass *widget_class,
           guint           key,
           GdkModifierType mods,
           double          dx,
           double          dy)
{
  gtk_widget_class_add_binding_action (widget_class, key, mods, "canvas.nudge", "(dd)", dx, dy);
}

static void
cw_cycle_canvas_class_init (CwCycleCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->set_property = cw_cycle_canvas_set_property;
  object_class->get_property = cw_cycle_canvas_get_property;
  object_class->dispose = cw_cycle_canvas_dispose;
  object_class->finalize = cw_cycle_canvas_finalize;
  widget_class->snapshot = cw_cycle_canvas_snapshot;
  widget_class->measure = cw_cycle_canvas_measure;
  widget_class->size_allocate = cw_cycle_canvas_size_allocate;
  widget_class->focus = cw_cycle_canvas_focus;
  widget_class->query_tooltip = cw_cycle_canvas_query_tooltip;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, CW_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "cycle-canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  add_nudge (widget_class, GDK_KEY_Left, 0, -10.0, 0.0);
  add_nudge (widget_class, GDK_KEY_Right, 0, 10.0, 0.0);
  add_nudge (widget_class, GDK_KEY_Up, 0, 0.0, -10.0);
  add_nudge (widget_class, GDK_KEY_Down, 0, 0.0, 10.0);
  add_nudge (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, -1.0, 0.0);
  add_nudge (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, 1.0, 0.0);
  add_nudge (widget_class, GDK_KEY_Up, GDK_SHIFT_MASK, 0.0, -1.0);
  add_nudge (widget_class, GDK_KEY_Down, GDK_SHIFT_MASK, 0.0, 1.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "canvas.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK, "canvas.select-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "canvas.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "canvas.context-menu", NULL);
}

static void
cw_cycle_canvas_init (CwCycleCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  self->view.zoom = 1;
  self->fit_pending = TRUE;
  self->drag_origins = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  self->proxies = g_ptr_array_new ();
  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);

  _cw_cycle_canvas_add_controllers (self);

  self->document_signals = g_signal_group_new (CW_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "selection-changed",
                                  G_CALLBACK (selection_changed_cb), self);
  cw_style_look_connect (self, G_CALLBACK (look_changed_cb));
  cw_text_scale_connect (widget, G_CALLBACK (text_scale_changed_cb));
  _cw_cycle_canvas_install_actions (self);
  gtk_widget_insert_action_group (widget, "canvas", G_ACTION_GROUP (self->actions));
  update_accessible (self);
}

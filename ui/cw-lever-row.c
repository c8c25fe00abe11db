/* cw-lever-row.c — one lever: a slider with its value, cost and explanation
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-lever-row"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "cw-budget.h"
#include "cw-document-edits.h"
#include "cw-lever-slot.h"
#include "cw-lever-row.h"
#include "cw-wheel.h"

struct _CwLeverRow
{
  GtkListBoxRow   parent_instance;

  CwDocument     *document;
  char           *stage_id;
  CwLever         lever;
  gboolean        dragging;

  GtkLabel       *name_label;
  GtkLabel       *value_label;
  GtkLabel       *cost_label;
  GtkLabel       *info_title;
  GtkLabel       *info_group;
  GtkLabel       *info_explanation;
  GtkLabel       *info_source;
  GtkScale       *scale;
  GtkAdjustment  *adjustment;
  GtkWidget      *info_button;
  GtkWidget      *remove_button;
  GtkWidget      *reset_button;
  GtkToggleButton *focus_button;
};

G_DEFINE_FINAL_TYPE (CwLeverRow, cw_lever_row, GTK_TYPE_LIST_BOX_ROW)

CwLever
cw_lever_row_get_lever (CwLeverRow *self)
{
  g_return_val_if_fail (CW_IS_LEVER_ROW (self), 0);
  return self->lever;
}

gboolean
cw_lever_row_focus_slider (CwLeverRow *self)
{
  g_return_val_if_fail (CW_IS_LEVER_ROW (self), FALSE);
  return gtk_widget_grab_focus (GTK_WIDGET (self->scale));
}

static void
show_value (CwLeverRow *self,
            double      value)
{
  const CwScenario *sc = cw_document_get_scenario (self->document);
  g_autofree char *text = NULL, *cost = NULL, *number = NULL;

  /* Translators: a lever's intensity in percent of its full strength */
  text = g_strdup_printf (_("%d %%"), (int) lround (value * 100));
  gtk_label_set_text (self->value_label, text);
  number = g_strdup_printf ("%.2f", cw_budget_lever_cost (sc, self->lever, value));   /* the user's decimal mark */
  /* Translators: the cost of a lever per year, in million euros */
  cost = g_strdup_printf (_("Costs %s M€ a year"), number);
  gtk_label_set_text (self->cost_label, cost);
}

static void value_changed_cb (GtkAdjustment *adjustment,
                              CwLeverRow    *self);

/* Present mode shows the levers in focus: one undoable edit per toggle. */
static void
focus_toggled_cb (CwLeverRow *self)
{
  cw_document_set_lever_focus (self->document, self->lever,
                               gtk_toggle_button_get_active (self->focus_button));
}

/* The value saved in the file, if the lever was there. */
static gboolean
saved_value (CwLeverRow *self,
             double     *value)
{
  return cw_lever_slot_get (cw_document_get_saved_scenario (self->document), self->stage_id,
                            self->lever, value);
}

void
cw_lever_row_refresh (CwLeverRow *self)
{
  double saved, value;

  g_return_if_fail (CW_IS_LEVER_ROW (self));

  if (!cw_lever_slot_get (cw_document_get_scenario (self->document), self->stage_id,
                          self->lever, &value))
    return;
  if (gtk_adjustment_get_value (self->adjustment) != value)
    {
      g_signal_handlers_block_by_func (self->adjustment, value_changed_cb, self);
      gtk_adjustment_set_value (self->adjustment, value);
      g_signal_handlers_unblock_by_func (self->adjustment, value_changed_cb, self);
    }
  show_value (self, value);
  gtk_widget_set_visible (self->reset_button, saved_value (self, &saved) && saved != value);
  g_signal_handlers_block_by_func (self->focus_button, focus_toggled_cb, self);
  gtk_toggle_button_set_active (self->focus_button,
                                (cw_document_get_scenario (self->document)->focus >> self->lever) & 1);
  g_signal_handlers_unblock_by_func (self->focus_button, focus_toggled_cb, self);
}

static void
value_changed_cb (GtkAdjustment *adjustment,
                  CwLeverRow    *self)
{
  double value = cw_lever_clamp (self->lever, round (gtk_adjustment_get_value (adjustment) * 100) / 100);

  if (!cw_document_set_lever (self->document, self->stage_id, self->lever, value))
    return;
  /* A key press is a step of its own; a drag is one step when it ends. */
  if (!self->dragging)
    cw_document_seal (self->document);
}

/* Sees presses and releases before the slider's own gesture claims them. */
static gboolean
scale_event_cb (GtkEventControllerLegacy *controller,
                GdkEvent                 *event,
                CwLeverRow               *self)
{
  switch (gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
      self->dragging = TRUE;
      break;
    case GDK_BUTTON_RELEASE:
    case GDK_TOUCH_END:
    case GDK_TOUCH_CANCEL:
      self->dragging = FALSE;
      cw_document_seal (self->document);
      break;
    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
reset_clicked_cb (CwLeverRow *self)
{
  double saved;

  if (saved_value (self, &saved))
    gtk_adjustment_set_value (self->adjustment, saved);
  cw_document_seal (self->document);
}

static void
remove_clicked_cb (CwLeverRow *self)
{
  cw_document_clear_lever (self->document, self->stage_id, self->lever);
}

/* Icon buttons have no text: a screen reader says which lever they act on. */
static void
name_buttons (CwLeverRow *self,
              const char *lever_name)
{
  /* Translators: the accessible name of a lever's (i) button; %s is the lever */
  g_autofree char *about = g_strdup_printf (_("About %s"), lever_name);
  /* Translators: the accessible name of a lever's reset button; %s is the lever */
  g_autofree char *reset = g_strdup_printf (_("Reset %s"), lever_name);
  /* Translators: the accessible name of a lever's remove button; %s is the lever */
  g_autofree char *remove = g_strdup_printf (_("Remove %s"), lever_name);
  /* Translators: the accessible name of a lever's star toggle; %s is the lever */
  g_autofree char *focus = g_strdup_printf (_("Show %s in Present Mode"), lever_name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, lever_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->info_button), GTK_ACCESSIBLE_PROPERTY_LABEL, about, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reset_button), GTK_ACCESSIBLE_PROPERTY_LABEL, reset, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->focus_button), GTK_ACCESSIBLE_PROPERTY_LABEL, focus, -1);
}

GtkWidget *
cw_lever_row_new (CwDocument *document,
                  const char *stage_id,
                  CwLever     lever)
{
  CwLeverRow *self;
  const CwLeverInfo *info;
  g_autofree char *tooltip = NULL, *group = NULL, *source = NULL;

  g_return_val_if_fail (CW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (lever >= 0 && lever < CW_N_LEVERS, NULL);

  self = g_object_new (CW_TYPE_LEVER_ROW, NULL);
  info = cw_lever_info (lever);
  self->document = g_object_ref (document);
  self->stage_id = g_strdup (stage_id);
  self->lever = lever;

  gtk_label_set_text (self->name_label, _(info->name));
  gtk_label_set_text (self->info_title, _(info->name));
  /* Translators: the antecedent of upgrading a lever targets, e.g. "Targets: Capabilities" */
  group = g_strdup_printf (_("Targets: %s"), cw_lever_group_name (info->group));
  gtk_label_set_text (self->info_group, group);
  gtk_label_set_text (self->info_explanation, _(info->explanation));
  /* Translators: where the idea of a lever comes from, a citation */
  source = g_strdup_printf (_("Source: %s"), info->source);
  gtk_label_set_text (self->info_source, source);
  tooltip = g_strdup_printf ("%s\n%s", _(info->explanation), group);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->scale), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->name),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(info->explanation),
                                  -1);
  name_buttons (self, _(info->name));
  gtk_adjustment_set_lower (self->adjustment, info->min);
  gtk_adjustment_set_upper (self->adjustment, info->max);
  if (info->min < 0)
    gtk_scale_add_mark (self->scale, 0, GTK_POS_BOTTOM, NULL);
  cw_lever_row_refresh (self);
  g_signal_connect (self->adjustment, "value-changed", G_CALLBACK (value_changed_cb), self);
  return GTK_WIDGET (self);
}

static void
cw_lever_row_dispose (GObject *object)
{
  CwLeverRow *self = CW_LEVER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_LEVER_ROW);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (cw_lever_row_parent_class)->dispose (object);
}

static void
cw_lever_row_finalize (GObject *object)
{
  CwLeverRow *self = CW_LEVER_ROW (object);

  g_free (self->stage_id);
  G_OBJECT_CLASS (cw_lever_row_parent_class)->finalize (object);
}

static void
cw_lever_row_class_init (CwLeverRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_lever_row_dispose;
  object_class->finalize = cw_lever_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cw-lever-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CwLeverRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, CwLeverRow, value_label);
  gtk_widget_class_bind_template_child (widget_class, CwLeverRow, cost_label);
  gtk_widget_class_bind_template_child (widget_class, CwLeverRow, info_title);
  gtk_widget_class_bind_template_child (widget_class, CwLeverRow, info_group);
  gtk_widget_class_bind_template_child (widget_class, CwLeverRow, info_explanation);
  gtk_widget_class_bind_template_child (widget_class, CwLeverRow, info_source);
  gtk_widget_class_bind_template_child (widget_class, CwLeverRow, scale);
  gtk_widget_class_bind_template_child (widget_class, CwLeverRow, adjustment);
  gtk_widget_class_bind_template_child (widget_class, CwLeverRow, info_button);
  gtk_widget_class_bind_template_child (widget_class, CwLeverRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, CwLeverRow, reset_button);
  gtk_widget_class_bind_template_child (widget_class, CwLeverRow, focus_button);
  gtk_widget_class_bind_template_callback (widget_class, focus_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, reset_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
cw_lever_row_init (CwLeverRow *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (scale_event_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scale), controller);
  cw_wheel_only_when_focused (GTK_WIDGET (self->scale));
}

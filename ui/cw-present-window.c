/* cw-present-window.c — present mode: the cycle revealed stage by stage on a projector
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-present"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "cw-chart-view.h"
#include "cw-cycle-canvas.h"
#include "cw-diagram.h"
#include "cw-lever-row.h"
#include "cw-present-window.h"

struct _CwPresentWindow
{
  AdwWindow      parent_instance;

  CwDocument    *document;
  CwEvaluator   *evaluator;
  guint          shown;        /* stages revealed, in cycle order */
  guint          n_stages;
  GHashTable    *revealed;     /* their ids */
  double         until;        /* last year with data on the chart; NAN: all */
  char          *rows_key;     /* which lever rows the focus list holds */

  GtkLabel      *title_label;
  GtkLabel      *step_label;
  CwCycleCanvas *canvas;
  GtkListBox    *focus_list;
  CwChartView   *chart;
  GtkLabel      *readout;
};

G_DEFINE_FINAL_TYPE (CwPresentWindow, cw_present_window, ADW_TYPE_WINDOW)

guint
cw_present_window_get_revealed (CwPresentWindow *self,
                                guint           *n_stages)
{
  g_return_val_if_fail (CW_IS_PRESENT_WINDOW (self), 0);
  if (n_stages != NULL)
    *n_stages = self->n_stages;
  return self->shown;
}

double
cw_present_window_get_until (CwPresentWindow *self)
{
  g_return_val_if_fail (CW_IS_PRESENT_WINDOW (self), NAN);
  return self->until;
}

/* The published result's central run, or NULL before the first. */
static const CwSeries *
central_series (CwPresentWindow *self)
{
  CwResult *result = cw_evaluator_get_result (self->evaluator);

  return result != NULL ? cw_result_get_central (result) : NULL;
}

/* The first year the run is in a stage not yet revealed: the chart stops
 * there. NAN when every stage is revealed or the run never leaves them. */
static double
until_year (CwPresentWindow *self)
{
  const CwSeries *central = central_series (self);
  const double *codes;
  guint n_ids;

  if (central == NULL || central->stage_ids == NULL || self->shown >= self->n_stages)
    return NAN;
  codes = cw_series_get (central, CW_OUT_POLICY_STAGE, CW_STAT_MEAN);
  n_ids = g_strv_length (central->stage_ids);
  for (int s = 0; s < central->n_steps; s++)
    {
      int code = (int) codes[s];

      if (code >= 0 && (guint) code < n_ids &&
          !g_hash_table_contains (self->revealed, central->stage_ids[code]))
        return central->start_year + (double) s / CW_STEPS_PER_YEAR;
    }
  return NAN;
}

/* "Upgrading index in 2031: 0.52 with the policy, 0.41 without, difference
 * +0.11": at the last year the chart shows. */
static void
update_readout (CwPresentWindow *self,
                CwOutput         output)
{
  GtkLabel *label = self->readout;
  CwResult *result = cw_evaluator_get_result (self->evaluator);
  const CwSeries *central = result != NULL ? cw_result_get_central (result) : NULL;
  const CwSeries *baseline = result != NULL ? cw_result_get_baseline (result) : NULL;
  g_autofree char *text = NULL;
  double value, without;
  int step;

  if (central == NULL)
    {
      gtk_label_set_text (label, "");
      return;
    }
  step = isnan (self->until) ? central->n_steps - 1
                             : (int) lround ((self->until - central->start_year) * CW_STEPS_PER_YEAR) - 1;
  step = CLAMP (step, 0, central->n_steps - 1);
  value = cw_series_get (central, output, CW_STAT_MEAN)[step];
  if (baseline == NULL || baseline->n_steps != central->n_steps)
    /* Translators: an outcome at a year, e.g. "Upgrading index in 2031: 0.52" */
    text = g_strdup_printf (_("%s in %d: %.2f"), _(cw_output_info (output)->name),
                            central->start_year + step / CW_STEPS_PER_YEAR, value);
  else
    {
      without = cw_series_get (baseline, output, CW_STAT_MEAN)[step];
      /* Translators: an outcome at a year with and without the policy and the
       * difference, e.g. "Upgrading index in 2031: 0.52 with the policy,
       * 0.41 without, difference +0.11" */
      text = g_strdup_printf (_("%s in %d: %.2f with the policy, %.2f without, difference %+.2f"),
                              _(cw_output_info (output)->name),
                              central->start_year + step / CW_STEPS_PER_YEAR, value, without,
                              value - without);
    }
  gtk_label_set_text (label, text);
}

static void
update_results (CwPresentWindow *self)
{
  self->until = until_year (self);
  cw_chart_view_set_until (self->chart, self->until);
  update_readout (self, CW_OUT_UPGRADING);
}

static GtkWidget *
heading_row (const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

/* Adds the rows of the levers in focus that @held holds, after a heading;
 * @key records them. */
static void
add_slot (CwPresentWindow *self,
          GString         *key,
          gboolean         build,
          const char      *stage_id,
          const char      *heading,
          guint32          held)
{
  guint32 shown = held & cw_document_get_scenario (self->document)->focus;

  if (shown == 0)
    return;
  g_string_append_printf (key, "%s:%x;", stage_id ? stage_id : "", shown);
  if (!build)
    return;
  gtk_list_box_append (self->focus_list, heading_row (heading));
  for (int l = 0; l < CW_N_LEVERS; l++)
    if (shown & (1u << l))
      gtk_list_box_append (self->focus_list, cw_lever_row_new (self->document, stage_id, l));
}

/* The standing levers and those of the revealed stages, where in focus. A
 * change of value only refreshes the rows, so that a slider being dragged
 * stays where it is. */
static void
update_focus_list (CwPresentWindow *self,
                   GPtrArray       *order)
{
  const CwScenario *sc = cw_document_get_scenario (self->document);
  g_autoptr(GString) key = g_string_new (NULL);
  GtkWidget *child;

  for (int pass = 0; pass < 2; pass++)
    {
      gboolean build = pass == 1;

      g_string_truncate (key, 0);
      add_slot (self, key, build, NULL, _("Standing levers"), sc->standing_held);
      for (guint i = 0; i < self->shown; i++)
        {
          const CwStage *stage = g_ptr_array_index (order, i);

          add_slot (self, key, build, stage->id, stage->name, stage->held);
        }
      if (!build && g_strcmp0 (key->str, self->rows_key) == 0)
        break;
      if (!build)
        {
          while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->focus_list))) != NULL)
            gtk_list_box_remove (self->focus_list, child);
          g_free (self->rows_key);
          self->rows_key = g_strdup (key->str);
        }
    }
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->focus_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CW_IS_LEVER_ROW (child))
      cw_lever_row_refresh (CW_LEVER_ROW (child));
}

static void
update (CwPresentWindow *self)
{
  const CwScenario *sc = cw_document_get_scenario (self->document);
  g_autoptr(GPtrArray) order = cw_diagram_cycle_order (sc);
  g_autofree char *step = NULL;

  self->n_stages = order->len;
  self->shown = CLAMP (self->shown, MIN (1, order->len), order->len);
  g_hash_table_remove_all (self->revealed);
  for (guint i = 0; i < self->shown; i++)
    g_hash_table_add (self->revealed, g_strdup (((CwStage *) g_ptr_array_index (order, i))->id));
  cw_cycle_canvas_set_revealed (self->canvas, self->revealed);

  gtk_label_set_text (self->title_label, sc->meta.title ? sc->meta.title : "");
  if (self->shown == 0)
    step = g_strdup (_("No policy cycle: the standing levers act alone"));
  else
    /* Translators: present mode reveals the cycle stage by stage, e.g.
     * "Stage 2 of 5: Ownership and legitimacy" */
    step = g_strdup_printf (_("Stage %u of %u: %s"), self->shown, self->n_stages,
                            ((CwStage *) g_ptr_array_index (order, self->shown - 1))->name);
  gtk_label_set_text (self->step_label, step);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "present.previous", self->shown > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "present.next", self->shown < self->n_stages);

  update_focus_list (self, order);
  update_results (self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CwPresentWindow *self = CW_PRESENT_WINDOW (widget);

  if (self->shown < self->n_stages)
    {
      self->shown++;
      update (self);
    }
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CwPresentWindow *self = CW_PRESENT_WINDOW (widget);

  if (self->shown > 1)
    {
      self->shown--;
      update (self);
    }
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Clickers send Page Down / Page Up or Right / Left. Arrows go to a slider
 * that has the focus, and Space to a text field. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CwPresentWindow       *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean on_slider = focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_RANGE) != NULL;
  gboolean in_text = focus != NULL && GTK_IS_EDITABLE (focus);
  const char *action = NULL;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return GDK_EVENT_PROPAGATE;
  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      action = "present.next";
      break;
    case GDK_KEY_space:
      action = in_text ? NULL : "present.next";
      break;
    case GDK_KEY_Right:
      action = on_slider || in_text ? NULL : "present.next";
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      action = "present.previous";
      break;
    case GDK_KEY_Left:
      action = on_slider || in_text ? NULL : "present.previous";
      break;
    case GDK_KEY_Escape:
      action = "present.leave";
      break;
    default:
      break;
    }
  if (action == NULL)
    return GDK_EVENT_PROPAGATE;
  gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
  return GDK_EVENT_STOP;
}

CwPresentWindow *
cw_present_window_new (GtkWindow   *parent,
                       CwDocument  *document,
                       CwEvaluator *evaluator)
{
  CwPresentWindow *self;

  g_return_val_if_fail (CW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (CW_IS_EVALUATOR (evaluator), NULL);

  self = g_object_new (CW_TYPE_PRESENT_WINDOW,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
  /* As large as the monitor even where no window manager makes it full screen. */
  if (parent != NULL && gtk_widget_get_realized (GTK_WIDGET (parent)))
    {
      GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (parent)),
                                                               gtk_native_get_surface (GTK_NATIVE (parent)));
      GdkRectangle area;

      if (monitor != NULL)
        {
          gdk_monitor_get_geometry (monitor, &area);
          gtk_window_set_default_size (GTK_WINDOW (self), area.width, area.height);
        }
    }
  self->document = g_object_ref (document);
  self->evaluator = g_object_ref (evaluator);
  self->shown = 1;
  cw_cycle_canvas_set_document (self->canvas, document);
  cw_cycle_canvas_set_projector (self->canvas, TRUE);
  cw_chart_view_set_evaluator (self->chart, evaluator);
  g_signal_connect_object (document, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (evaluator, "central-ready", G_CALLBACK (update_results), self,
                           G_CONNECT_SWAPPED);
  update (self);
  return self;
}

static void
cw_present_window_dispose (GObject *object)
{
  CwPresentWindow *self = CW_PRESENT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_PRESENT_WINDOW);
  g_clear_object (&self->document);
  g_clear_object (&self->evaluator);
  G_OBJECT_CLASS (cw_present_window_parent_class)->dispose (object);
}

static void
cw_present_window_finalize (GObject *object)
{
  CwPresentWindow *self = CW_PRESENT_WINDOW (object);

  g_hash_table_unref (self->revealed);
  g_free (self->rows_key);
  G_OBJECT_CLASS (cw_present_window_parent_class)->finalize (object);
}

static void
cw_present_window_class_init (CwPresentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_present_window_dispose;
  object_class->finalize = cw_present_window_finalize;

  g_type_ensure (CW_TYPE_CYCLE_CANVAS);
  g_type_ensure (CW_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cw-present-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, step_label);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, focus_list);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, chart);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, readout);

  gtk_widget_class_install_action (widget_class, "present.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "present.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "present.leave", NULL, leave_action);
}

static void
cw_present_window_init (CwPresentWindow *self)
{
  GtkEventController *keys;
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->revealed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->until = NAN;
  placeholder = gtk_label_new (_("Mark levers with the star in the inspector to show them here."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (placeholder), 30);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->focus_list, placeholder);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

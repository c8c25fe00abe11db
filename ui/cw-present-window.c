/* cw-present-window.c — present mode: the cycle revealed stage by stage on a projector
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-present"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "cw-application.h"
#include "cw-chart-view.h"
#include "cw-cycle-canvas.h"
#include "cw-diagram.h"
#include "cw-lesson-pane.h"
#include "cw-lever-row.h"
#include "cw-present-window.h"

/* Type on a projector: 24 pixels at 1920 × 1080, as much of the screen at
 * any other size, never below 16 pixels. */
#define TEXT_AT_FULL_HD 24.0
#define LEAST_TEXT 16.0
/* The charts' column takes this share of the width, the cycle the rest. */
#define SIDE_SHARE 0.32
#define LEAST_SIDE 360
/* A lesson's column, left of the cycle. */
#define LESSON_SHARE 0.33
/* Narrower than this, the cycle would show a sliver of one stage: with a
 * lesson on a small screen the lesson and the charts share the width. */
#define LEAST_CANVAS 320
/* The margins and spacing of the row of lesson, cycle and charts (.ui). */
#define ROW_CHROME (12 + 18 + 2 * 18)

enum {
  PROP_0,
  PROP_SHOW_EFFECT,
  N_PROPS
};

enum {
  LESSON_RELEASED,
  N_SIGNALS
};

static GParamSpec *props[N_PROPS];
static guint signals[N_SIGNALS];

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
  gboolean       show_effect;  /* the charts show policy − no policy */
  CwLessonPane  *lesson;       /* the main window's, while present mode shows it */

  double         text_size;    /* pixels */
  int            side_width;
  GtkCssProvider *css;         /* the type size, on the display */
  guint          resize_idle;

  GtkLabel      *title_label;
  GtkLabel      *step_label;
  GtkWidget     *previous_button;
  GtkWidget     *next_button;
  GtkDropDown   *chart_choice;
  GtkDropDown   *second_choice;
  GtkToggleButton *effect_toggle;
  CwCycleCanvas *canvas;
  GtkWidget     *lesson_box;
  GtkWidget     *side;
  GtkWidget     *focus_scroll;
  GtkListBox    *focus_list;
  CwChartView   *chart;
  GtkLabel      *readout;
  CwChartView   *second_chart;
  GtkLabel      *second_readout;
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

/* The effect of what the chart shows, in one sentence under it. */
static void
update_readout (CwChartView *chart,
                GtkLabel    *label)
{
  g_autofree char *text = NULL;
  CwChartSpec spec;

  if (gtk_widget_get_visible (GTK_WIDGET (chart)) && cw_chart_view_get_spec (chart, &spec))
    text = cw_chart_effect_text (&spec);
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

static void
update_results (CwPresentWindow *self)
{
  self->until = until_year (self);
  cw_chart_view_set_until (self->chart, self->until);
  cw_chart_view_set_until (self->second_chart, self->until);
  update_readout (self->chart, self->readout);
  update_readout (self->second_chart, self->second_readout);
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

static gboolean
showing_lesson (CwPresentWindow *self)
{
  return self->lesson != NULL && gtk_widget_get_visible (GTK_WIDGET (self->lesson));
}

/* Adds the rows of the levers in @shown, after a heading; @key records them. */
static void
add_slot (CwPresentWindow *self,
          GString         *key,
          gboolean         build,
          const char      *stage_id,
          const char      *heading,
          guint32          shown)
{
  if (shown == 0)
    return;
  g_string_append_printf (key, "%s/%s:%x;", heading, stage_id ? stage_id : "", shown);
  if (!build)
    return;
  gtk_list_box_append (self->focus_list, heading_row (heading));
  for (int l = 0; l < CW_N_LEVERS; l++)
    if (shown & (1u << l))
      gtk_list_box_append (self->focus_list, cw_lever_row_new (self->document, stage_id, l));
}

/* The levers a lesson's challenge on screen lets the room move (standing
 * levers, whether held or not). */
static guint32
challenge_levers (CwPresentWindow *self)
{
  const CwLessonProgress *progress;
  const CwLessonStep *step;

  if (!showing_lesson (self) || (progress = cw_lesson_pane_get_progress (self->lesson)) == NULL)
    return 0;
  step = cw_lesson_get_step (progress->lesson, progress->current);
  return step->kind == CW_STEP_CHALLENGE ? step->levers : 0;
}

/* The standing levers and those of the revealed stages, where in focus, and
 * a lesson challenge's levers. A change of value only refreshes the rows, so
 * that a slider being dragged stays where it is. */
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
      add_slot (self, key, build, NULL, _("For the challenge"), challenge_levers (self));
      add_slot (self, key, build, NULL, _("Standing levers"), sc->standing_held & sc->focus);
      for (guint i = 0; i < self->shown; i++)
        {
          const CwStage *stage = g_ptr_array_index (order, i);

          add_slot (self, key, build, stage->id, stage->name, stage->held & sc->focus);
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
  /* No lever in focus: the charts take the room. */
  gtk_widget_set_visible (self->focus_scroll, key->len > 0);
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

  if (showing_lesson (self))
    gtk_label_set_text (self->title_label, cw_lesson_pane_get_title (self->lesson));
  else
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

/* Clickers send Page Down / Page Up or Right / Left. With a lesson, Page
 * Down and Page Up go to its next and previous step, and Space, Right and
 * Left go on revealing stages. Arrows go to a slider that has the focus,
 * Space to a text field, and both to the lesson where it has the focus (the
 * sketch, its buttons). */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CwPresentWindow       *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean lesson = showing_lesson (self);
  gboolean in_lesson = lesson && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->lesson));
  gboolean on_slider = focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_RANGE) != NULL;
  gboolean in_text = focus != NULL && GTK_IS_EDITABLE (focus);
  gboolean own_arrows = on_slider || in_text || in_lesson;
  GtkWidget *target = GTK_WIDGET (self);
  const char *action = NULL;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return GDK_EVENT_PROPAGATE;
  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      action = lesson ? "lesson.next" : "present.next";
      break;
    case GDK_KEY_space:
      action = in_text || in_lesson ? NULL : "present.next";
      break;
    case GDK_KEY_Right:
      action = own_arrows ? NULL : "present.next";
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      action = lesson ? "lesson.back" : "present.previous";
      break;
    case GDK_KEY_Left:
      action = own_arrows ? NULL : "present.previous";
      break;
    case GDK_KEY_Escape:
      action = "present.leave";
      break;
    default:
      break;
    }
  if (action == NULL)
    return GDK_EVENT_PROPAGATE;
  if (g_str_has_prefix (action, "lesson."))
    target = GTK_WIDGET (self->lesson);
  gtk_widget_activate_action (target, action, NULL);
  return GDK_EVENT_STOP;
}

/* The application's settings, or NULL (no schema, no application). */
static GSettings *
settings (CwPresentWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? cw_application_get_settings (CW_APPLICATION (app)) : NULL;
}

/* The charts in the projector type; two share the column in the lean layout. */
static void
set_projector (CwPresentWindow *self)
{
  gboolean two = gtk_widget_get_visible (GTK_WIDGET (self->second_chart));

  cw_chart_view_set_projector (self->chart, self->text_size, two);
  cw_chart_view_set_projector (self->second_chart, self->text_size, two);
}

/* The charts follow the choices: the first always, the second unless "None". */
static void
charts_chosen_cb (CwPresentWindow *self)
{
  guint first = gtk_drop_down_get_selected (self->chart_choice);
  guint second = gtk_drop_down_get_selected (self->second_choice);
  GSettings *s = settings (self);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) chosen = NULL;

  if (first >= CW_N_CHART_KINDS)
    return;
  g_object_set (self->chart, "kind", (CwChartKind) first, NULL);
  g_strv_builder_add (ids, cw_chart_kind_id (first));
  gtk_widget_set_visible (GTK_WIDGET (self->second_chart), second > 0 && second <= CW_N_CHART_KINDS);
  if (second > 0 && second <= CW_N_CHART_KINDS)
    {
      g_object_set (self->second_chart, "kind", (CwChartKind) (second - 1), NULL);
      g_strv_builder_add (ids, cw_chart_kind_id (second - 1));
    }
  chosen = g_strv_builder_end (ids);
  if (s != NULL)
    g_settings_set_strv (s, "present-charts", (const char *const *) chosen);
  set_projector (self);
  update_results (self);
}

/* The choices as last saved: one or two chart ids. */
static void
restore_charts (CwPresentWindow *self)
{
  GSettings *s = settings (self);
  g_auto(GStrv) ids = s != NULL ? g_settings_get_strv (s, "present-charts") : NULL;
  int first = ids != NULL && ids[0] != NULL ? cw_chart_kind_from_id (ids[0]) : -1;
  int second = first >= 0 && ids[1] != NULL ? cw_chart_kind_from_id (ids[1]) : -1;

  g_signal_handlers_block_by_func (self->chart_choice, charts_chosen_cb, self);
  g_signal_handlers_block_by_func (self->second_choice, charts_chosen_cb, self);
  gtk_drop_down_set_selected (self->chart_choice, first >= 0 ? (guint) first : CW_CHART_UPGRADING);
  gtk_drop_down_set_selected (self->second_choice, second >= 0 ? (guint) second + 1 : 0);
  g_signal_handlers_unblock_by_func (self->chart_choice, charts_chosen_cb, self);
  g_signal_handlers_unblock_by_func (self->second_choice, charts_chosen_cb, self);
  charts_chosen_cb (self);
}

void
cw_present_window_set_charts (CwPresentWindow *self,
                              int              first,
                              int              second)
{
  g_return_if_fail (CW_IS_PRESENT_WINDOW (self));
  g_return_if_fail (first >= 0 && first < CW_N_CHART_KINDS);
  g_return_if_fail (second >= -1 && second < CW_N_CHART_KINDS);

  gtk_drop_down_set_selected (self->chart_choice, first);
  gtk_drop_down_set_selected (self->second_choice, second + 1);
}

double
cw_present_window_get_text_size (CwPresentWindow *self)
{
  g_return_val_if_fail (CW_IS_PRESENT_WINDOW (self), 0);
  return self->text_size;
}

/* The cycle between a lesson and the charts when it has room for more than a
 * sliver of a stage; else the lesson takes its room. */
static void
place_cycle (CwPresentWindow *self,
             int              width)
{
  int room = width - (int) (width * LESSON_SHARE) - self->side_width - ROW_CHROME;
  gboolean cycle = !showing_lesson (self) || room >= LEAST_CANVAS;

  gtk_widget_set_visible (GTK_WIDGET (self->canvas), cycle);
  gtk_widget_set_hexpand (self->lesson_box, !cycle);
}

/* The header's stage buttons name their keys, which a lesson changes. */
static void
lesson_shown_cb (CwPresentWindow *self)
{
  gboolean lesson = showing_lesson (self);

  gtk_widget_set_visible (self->lesson_box, lesson);
  if (self->side_width > 0)
    place_cycle (self, gtk_widget_get_width (GTK_WIDGET (self)));
  gtk_widget_set_tooltip_text (self->next_button, lesson ? _("Reveal the Next Stage (Space or Right)")
                                                         : _("Reveal the Next Stage (Page Down or Space)"));
  gtk_widget_set_tooltip_text (self->previous_button, lesson ? _("Hide the Last Stage (Left)")
                                                             : _("Hide the Last Stage (Page Up)"));
  if (self->document != NULL)
    update (self);
}

void
cw_present_window_show_lesson (CwPresentWindow *self,
                               CwLessonPane    *pane)
{
  g_return_if_fail (CW_IS_PRESENT_WINDOW (self));
  g_return_if_fail (CW_IS_LESSON_PANE (pane) && gtk_widget_get_parent (GTK_WIDGET (pane)) == NULL);
  g_return_if_fail (self->lesson == NULL);

  self->lesson = g_object_ref (pane);
  gtk_box_append (GTK_BOX (self->lesson_box), GTK_WIDGET (pane));
  cw_lesson_pane_set_projector (pane, self->text_size);
  g_signal_connect_object (pane, "notify::visible", G_CALLBACK (lesson_shown_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pane, "step-shown", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  /* A lesson points at any stage: the whole cycle is in view. */
  self->shown = self->n_stages;
  lesson_shown_cb (self);
}

CwLessonPane *
cw_present_window_get_lesson (CwPresentWindow *self)
{
  g_return_val_if_fail (CW_IS_PRESENT_WINDOW (self), NULL);
  return self->lesson;
}

/* Gives the lesson back in the window's type, as present mode ends. */
static void
release_lesson (CwPresentWindow *self)
{
  g_autoptr(CwLessonPane) pane = g_steal_pointer (&self->lesson);

  if (pane == NULL)
    return;
  g_signal_handlers_disconnect_by_data (pane, self);
  gtk_box_remove (GTK_BOX (self->lesson_box), GTK_WIDGET (pane));
  cw_lesson_pane_set_projector (pane, 0);
  g_signal_emit (self, signals[LESSON_RELEASED], 0, pane);
}

/* Type and the charts' column to the window's size (before the first
 * allocation, the size it asks for): set after an allocation, which they
 * change. */
static void
fit_to_size_cb (gpointer data)
{
  CwPresentWindow *self = data;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double text;
  int side;

  self->resize_idle = 0;
  if (width <= 1 || height <= 1)
    gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  text = MAX (LEAST_TEXT, round (TEXT_AT_FULL_HD * MIN (width / 1920.0, height / 1080.0)));
  side = MAX (LEAST_SIDE, (int) (width * SIDE_SHARE));
  if (text != self->text_size)
    {
      g_autofree char *css = g_strdup_printf (".present-mode, .present-mode label, .present-mode button "
                                              "{ font-size: %gpx; } "
                                              ".present-mode .title-4 { font-size: %gpx; } "
                                              ".present-mode .title-2 { font-size: %gpx; } "
                                              ".present-mode image { -gtk-icon-size: %gpx; }",
                                              text, round (text * 7 / 6), round (text * 4 / 3), text);

      self->text_size = text;
      gtk_css_provider_load_from_data (self->css, css, -1);
      cw_cycle_canvas_set_projector (self->canvas, text);
      set_projector (self);
      if (self->lesson != NULL)
        cw_lesson_pane_set_projector (self->lesson, text);
    }
  if (side != self->side_width)
    {
      self->side_width = side;
      gtk_widget_set_size_request (self->side, side, -1);
      gtk_widget_set_size_request (self->lesson_box, (int) (width * LESSON_SHARE), -1);
    }
  place_cycle (self, width);
}

static void
cw_present_window_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  CwPresentWindow *self = CW_PRESENT_WINDOW (widget);

  GTK_WIDGET_CLASS (cw_present_window_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->resize_idle == 0)
    self->resize_idle = g_idle_add_once (fit_to_size_cb, self);
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
  cw_chart_view_set_evaluator (self->chart, evaluator);
  cw_chart_view_set_evaluator (self->second_chart, evaluator);
  restore_charts (self);
  fit_to_size_cb (self);
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

  release_lesson (self);
  g_clear_handle_id (&self->resize_idle, g_source_remove);
  if (self->css != NULL)
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                   GTK_STYLE_PROVIDER (self->css));
  g_clear_object (&self->css);
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
cw_present_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CwPresentWindow *self = CW_PRESENT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_EFFECT:
      g_value_set_boolean (value, self->show_effect);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_present_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CwPresentWindow *self = CW_PRESENT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_EFFECT:
      if (self->show_effect != g_value_get_boolean (value))
        {
          self->show_effect = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_present_window_class_init (CwPresentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_present_window_dispose;
  object_class->finalize = cw_present_window_finalize;
  object_class->get_property = cw_present_window_get_property;
  object_class->set_property = cw_present_window_set_property;
  widget_class->size_allocate = cw_present_window_size_allocate;

  /* The charts show policy − no policy with the paired band, as the main
   * window's outcomes do when its Policy effect switch is on. */
  props[PROP_SHOW_EFFECT] =
    g_param_spec_boolean ("show-effect", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);

  /* Present mode ends: @pane, shown by cw_present_window_show_lesson(), is
   * out of the window again, for its owner to put back. */
  signals[LESSON_RELEASED] = g_signal_new ("lesson-released", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, CW_TYPE_LESSON_PANE);

  g_type_ensure (CW_TYPE_CYCLE_CANVAS);
  g_type_ensure (CW_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cw-present-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, step_label);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, chart_choice);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, second_choice);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, effect_toggle);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, previous_button);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, lesson_box);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, side);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, focus_scroll);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, second_chart);
  gtk_widget_class_bind_template_child (widget_class, CwPresentWindow, second_readout);
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

  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) seconds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  lesson_shown_cb (self);
  gtk_string_list_append (seconds, _("No second chart"));
  for (int k = 0; k < CW_N_CHART_KINDS; k++)
    {
      gtk_string_list_append (kinds, cw_chart_kind_name (k));
      gtk_string_list_append (seconds, cw_chart_kind_name (k));
    }
  gtk_drop_down_set_model (self->chart_choice, G_LIST_MODEL (kinds));
  gtk_drop_down_set_model (self->second_choice, G_LIST_MODEL (seconds));
  g_signal_connect_swapped (self->chart_choice, "notify::selected", G_CALLBACK (charts_chosen_cb), self);
  g_signal_connect_swapped (self->second_choice, "notify::selected", G_CALLBACK (charts_chosen_cb), self);
  g_object_bind_property (self, "show-effect", self->effect_toggle, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self, "show-effect", self->chart, "show-effect", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "show-effect", self->second_chart, "show-effect", G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self, "notify::show-effect", G_CALLBACK (update_results), self);
  self->css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  self->revealed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->until = NAN;
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/* cw-chart-view.c — one outcome chart, drawn by the core, with hover and a year cursor
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart-view"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-chart-a11y.h"
#include "cw-chart-view.h"
#include "cw-replay.h"
#include "cw-style-look.h"
#include "cw-text-scale.h"

struct _CwChartView
{
  GtkWidget     parent_instance;

  CwChartKind   kind;
  gboolean      show_baseline;
  gboolean      show_band;
  gboolean      show_effect;   /* policy − no policy instead of levels */
  double        cursor_year;
  double        until_year;
  double        font_scale;
  double        projector_text; /* present mode's least type size; 0: desktop */
  gboolean      lean;           /* present mode's lean layout */

  GSignalGroup *evaluator_signals;
  CwResult     *result;        /* what is drawn: the evaluator's latest */
  CwCompareVariants *variants; /* overlaid when set */
  CwResult     *previous;      /* the result before the last new run, for replay */
  guint         replay_tick;   /* tick callback while replaying, else 0 */
  gint64        replay_start;  /* frame time the replay began */
  CwSeries     *replay_series; /* what the replay draws now */
};

G_DEFINE_FINAL_TYPE (CwChartView, cw_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_SHOW_BASELINE,
  PROP_SHOW_BAND,
  PROP_SHOW_EFFECT,
  PROP_FONT_SCALE,
  N_PROPS
};

enum {
  YEAR_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Whether the chart draws effects now: asked for, and possible for its kind. */
static gboolean
draws_effect (CwChartView *self)
{
  CwChartSpec spec;

  return self->show_effect && self->result != NULL &&
         cw_result_effect_chart_spec (self->result, self->kind, &spec);
}

/* The central run (or effect) of each pinned variant that has one, in its colour. */
static void
add_variants (CwChartView *self,
              CwChartSpec *spec)
{
  guint n = self->variants != NULL ? cw_compare_variants_get_n (self->variants) : 0;

  for (guint i = 0; i < n && spec->n_compare < CW_CHART_MAX_COMPARE; i++)
    {
      CwResult *result = cw_compare_variants_get_result (self->variants, i);

      if (result == NULL || (spec->effect && cw_result_get_effect (result) == NULL))
        continue;
      spec->compare[spec->n_compare] = spec->effect ? cw_result_get_effect (result)
                                                    : cw_result_get_central (result);
      spec->compare_names[spec->n_compare] = cw_compare_variants_get_name (self->variants, i);
      spec->n_compare++;
    }
}

gboolean
cw_chart_view_get_spec (CwChartView *self,
                        CwChartSpec *spec)
{
  g_return_val_if_fail (CW_IS_CHART_VIEW (self), FALSE);

  if (self->result == NULL)
    return FALSE;
  if (!self->show_effect || !cw_result_effect_chart_spec (self->result, self->kind, spec))
    cw_result_chart_spec (self->result, self->kind, spec);
  spec->show_baseline = spec->show_baseline && self->show_baseline;
  spec->show_band = spec->show_band && self->show_band;
  spec->cursor_year = self->cursor_year;
  spec->until_year = self->until_year;
  spec->look = cw_style_look_get ();
  spec->font_scale = self->font_scale * cw_text_scale_get ();
  spec->min_text_size = self->projector_text;
  spec->lean = self->lean;
  spec->show_readout = spec->show_readout && self->projector_text <= 0;
  add_variants (self, spec);
  if (self->replay_series != NULL)
    {
      /* Between two runs there is no band to speak of. */
      spec->series = self->replay_series;
      spec->show_band = FALSE;
    }
  return TRUE;
}

void
cw_chart_view_set_projector (CwChartView *self,
                             double       text_size,
                             gboolean     lean)
{
  g_return_if_fail (CW_IS_CHART_VIEW (self));

  self->projector_text = MAX (text_size, 0);
  self->lean = lean;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
cw_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  CwChartView *self = CW_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  CwChartSpec spec;
  cairo_t *cr;

  if (width <= 0 || height <= 0 || !cw_chart_view_get_spec (self, &spec))
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cw_chart_draw (cr, width, height, &spec);
  cairo_destroy (cr);
}

static void
set_cursor (CwChartView *self,
            double       year,
            gboolean     activate)
{
  if (!(isnan (year) && isnan (self->cursor_year)) && year != self->cursor_year)
    {
      self->cursor_year = year;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      cw_chart_a11y_update (self);
    }
  if (activate)
    g_signal_emit (self, signals[YEAR_ACTIVATED], 0, year);
}

static double
year_at (CwChartView *self,
         double       x,
         double       y)
{
  CwChartSpec spec;

  if (!cw_chart_view_get_spec (self, &spec))
    return NAN;
  return cw_chart_year_at (&spec, gtk_widget_get_width (GTK_WIDGET (self)),
                           gtk_widget_get_height (GTK_WIDGET (self)), x, y);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            CwChartView     *self)
{
  double year = year_at (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!isnan (year))
    set_cursor (self, year, TRUE);
}

/* What the chart shows at @year as Pango markup, or NULL off the data. */
static char *
markup_at (CwChartView *self,
           double       year)
{
  g_autoptr(GPtrArray) values = NULL;
  GString *text;
  CwChartSpec spec;

  if (isnan (year) || !cw_chart_view_get_spec (self, &spec) ||
      (values = cw_chart_values_at (&spec, year)) == NULL)
    return NULL;
  text = g_string_new (NULL);
  /* Translators: the time under the pointer: a year and a quarter of it */
  g_string_append_printf (text, _("<b>%d, quarter %d</b>"), (int) floor (year),
                          (int) round ((year - floor (year)) * CW_STEPS_PER_YEAR) + 1);
  for (guint i = 0; i < values->len; i++)
    {
      const CwChartValue *value = g_ptr_array_index (values, i);
      g_autofree char *line = g_markup_printf_escaped ("\n%s: %s", value->label, value->text);

      g_string_append (text, line);
    }
  return g_string_free (text, FALSE);
}

/* The tooltip for the pointer at (@x, @y): the values at the year under it,
 * as Pango markup; NULL off the data. */
char *
cw_chart_view_hover_markup (CwChartView *self,
                            double       x,
                            double       y)
{
  g_return_val_if_fail (CW_IS_CHART_VIEW (self), NULL);
  return markup_at (self, year_at (self, x, y));
}

static gboolean
query_tooltip_cb (GtkWidget   *widget,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip,
                  CwChartView *self)
{
  g_autofree char *markup = keyboard ? markup_at (self, self->cursor_year)
                                     : cw_chart_view_hover_markup (self, x, y);

  if (markup == NULL)
    return FALSE;
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CwChartView           *self)
{
  const CwSeries *series = self->result ? cw_result_get_central (self->result) : NULL;
  double first, last, step = (state & GDK_SHIFT_MASK) ? 1.0 / CW_STEPS_PER_YEAR : 1.0;
  double year = self->cursor_year;

  if (series == NULL)
    return FALSE;
  first = series->start_year;
  last = first + cw_series_years (series);
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      year = isnan (year) ? first : MAX (first, year - step);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      year = isnan (year) ? first : MIN (last, year + step);
      break;
    case GDK_KEY_Home:
      year = first;
      break;
    case GDK_KEY_End:
      year = last;
      break;
    case GDK_KEY_Escape:
      if (isnan (year))
        return FALSE;
      year = NAN;
      break;
    default:
      return FALSE;
    }
  set_cursor (self, year, TRUE);
  return TRUE;
}

static void
result_changed_cb (CwChartView *self)
{
  g_autoptr(CwEvaluator) evaluator = g_signal_group_dup_target (self->evaluator_signals);
  CwResult *result = evaluator ? cw_evaluator_get_result (evaluator) : NULL;

  if (result == self->result)
    return;
  /* A new run (not the band growing, not a relabelling): keep the state
   * before it for replay. */
  if (self->result != NULL && result != NULL &&
      cw_result_get_central (result) != cw_result_get_central (self->result))
    {
      g_clear_pointer (&self->previous, cw_result_unref);
      self->previous = cw_result_ref (self->result);
    }
  g_clear_pointer (&self->result, cw_result_unref);
  if (result != NULL)
    self->result = cw_result_ref (result);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  cw_chart_a11y_update (self);
}

void
cw_chart_view_set_evaluator (CwChartView *self,
                             CwEvaluator *evaluator)
{
  g_return_if_fail (CW_IS_CHART_VIEW (self));
  g_return_if_fail (evaluator == NULL || CW_IS_EVALUATOR (evaluator));

  g_signal_group_set_target (self->evaluator_signals, evaluator);
  result_changed_cb (self);
}

static void
variants_changed_cb (CwChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
cw_chart_view_set_variants (CwChartView       *self,
                            CwCompareVariants *variants)
{
  g_return_if_fail (CW_IS_CHART_VIEW (self));
  g_return_if_fail (variants == NULL || CW_IS_COMPARE_VARIANTS (variants));

  if (self->variants == variants)
    return;
  if (self->variants != NULL)
    g_signal_handlers_disconnect_by_data (self->variants, self);
  g_set_object (&self->variants, variants);
  if (variants != NULL)
    g_signal_connect_swapped (variants, "changed", G_CALLBACK (variants_changed_cb), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
stop_replay (CwChartView *self)
{
  if (self->replay_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->replay_tick);
  self->replay_tick = 0;
  g_clear_pointer (&self->replay_series, cw_series_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The chart between the run before the last new one and the current one, at
 * @t from 0 to 1: levels, or effects when it draws effects and both runs
 * have one; NULL when there is nothing to replay. */
static CwSeries *
replay_at (CwChartView *self,
           double       t)
{
  gboolean effect = draws_effect (self);
  const CwSeries *from, *to;

  if (self->previous == NULL || self->result == NULL)
    return NULL;
  from = effect ? cw_result_get_effect (self->previous) : cw_result_get_central (self->previous);
  to = effect ? cw_result_get_effect (self->result) : cw_result_get_central (self->result);
  return from != NULL && to != NULL ? cw_replay_series (from, to, t) : NULL;
}

static gboolean
replay_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  CwChartView *self = CW_CHART_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double t;

  if (self->replay_start == 0)
    self->replay_start = now;
  t = cw_replay_progress ((now - self->replay_start) / (double) G_USEC_PER_SEC);
  g_clear_pointer (&self->replay_series, cw_series_free);
  if (t >= 1 || self->previous == NULL || self->result == NULL)
    {
      self->replay_tick = 0;
      gtk_widget_queue_draw (widget);
      return G_SOURCE_REMOVE;
    }
  self->replay_series = replay_at (self, t);
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

gboolean
cw_chart_view_replay (CwChartView *self)
{
  g_return_val_if_fail (CW_IS_CHART_VIEW (self), FALSE);

  stop_replay (self);
  if ((self->replay_series = replay_at (self, 0)) == NULL)
    return FALSE;
  self->replay_start = 0;
  self->replay_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), replay_tick_cb, NULL, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

gboolean
cw_chart_view_get_replaying (CwChartView *self)
{
  g_return_val_if_fail (CW_IS_CHART_VIEW (self), FALSE);
  return self->replay_tick != 0;
}

/* The result drawn, or NULL before the first. */
CwResult *
cw_chart_view_get_result (CwChartView *self)
{
  g_return_val_if_fail (CW_IS_CHART_VIEW (self), NULL);
  return self->result;
}

/* Moves the year cursor (NAN: none) without reporting it. */
void
cw_chart_view_set_cursor (CwChartView *self,
                          double       year)
{
  g_return_if_fail (CW_IS_CHART_VIEW (self));
  set_cursor (self, year, FALSE);
}

/* The year of the cursor; NAN: none. */
double
cw_chart_view_get_cursor (CwChartView *self)
{
  g_return_val_if_fail (CW_IS_CHART_VIEW (self), NAN);
  return self->cursor_year;
}

void
cw_chart_view_set_until (CwChartView *self,
                         double       year)
{
  g_return_if_fail (CW_IS_CHART_VIEW (self));
  self->until_year = year;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

CwChartKind
cw_chart_view_get_kind (CwChartView *self)
{
  g_return_val_if_fail (CW_IS_CHART_VIEW (self), CW_CHART_UPGRADING);
  return self->kind;
}

static void
style_changed_cb (CwChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
cw_chart_view_dispose (GObject *object)
{
  CwChartView *self = CW_CHART_VIEW (object);

  g_clear_object (&self->evaluator_signals);
  stop_replay (self);
  g_clear_pointer (&self->result, cw_result_unref);
  g_clear_pointer (&self->previous, cw_result_unref);
  cw_chart_view_set_variants (self, NULL);
  G_OBJECT_CLASS (cw_chart_view_parent_class)->dispose (object);
}

static void
cw_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CwChartView *self = CW_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_SHOW_BASELINE:
      g_value_set_boolean (value, self->show_baseline);
      break;
    case PROP_SHOW_BAND:
      g_value_set_boolean (value, self->show_band);
      break;
    case PROP_SHOW_EFFECT:
      g_value_set_boolean (value, self->show_effect);
      break;
    case PROP_FONT_SCALE:
      g_value_set_double (value, self->font_scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_flag (CwChartView *self,
          gboolean    *flag,
          gboolean     value,
          guint        prop)
{
  if (*flag == value)
    return;
  *flag = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  cw_chart_a11y_update (self);
}

static void
cw_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CwChartView *self = CW_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      cw_chart_kind_name (self->kind), -1);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;
    case PROP_SHOW_BASELINE:
      set_flag (self, &self->show_baseline, g_value_get_boolean (value), prop_id);
      break;
    case PROP_SHOW_BAND:
      set_flag (self, &self->show_band, g_value_get_boolean (value), prop_id);
      break;
    case PROP_SHOW_EFFECT:
      stop_replay (self);
      set_flag (self, &self->show_effect, g_value_get_boolean (value), prop_id);
      break;
    case PROP_FONT_SCALE:
      self->font_scale = g_value_get_double (value);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_chart_view_class_init (CwChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_chart_view_dispose;
  object_class->get_property = cw_chart_view_get_property;
  object_class->set_property = cw_chart_view_set_property;
  widget_class->snapshot = cw_chart_view_snapshot;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CW_TYPE_CHART_KIND, CW_CHART_UPGRADING,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_BASELINE] =
    g_param_spec_boolean ("show-baseline", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS |
                          G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_BAND] =
    g_param_spec_boolean ("show-band", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS |
                          G_PARAM_EXPLICIT_NOTIFY);
  /* Draws the paired effect of the policy (policy − no policy, with the 5–95 %
   * of the paired runs) instead of levels; the phase plot keeps its path. */
  properties[PROP_SHOW_EFFECT] =
    g_param_spec_boolean ("show-effect", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS |
                          G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FONT_SCALE] =
    g_param_spec_double ("font-scale", NULL, NULL, 0.5, 4.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user picked @year (NAN: cleared the cursor) by click or keyboard. */
  signals[YEAR_ACTIVATED] =
    g_signal_new ("year-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DOUBLE);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cw_chart_view_init (CwChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->cursor_year = NAN;
  self->evaluator_signals = g_signal_group_new (CW_TYPE_EVALUATOR);
  g_signal_group_connect_swapped (self->evaluator_signals, "notify::result",
                                  G_CALLBACK (result_changed_cb), self);
  self->until_year = NAN;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 320, 180);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  cw_style_look_connect (self, G_CALLBACK (style_changed_cb));
  cw_text_scale_connect (GTK_WIDGET (self), G_CALLBACK (style_changed_cb));
}

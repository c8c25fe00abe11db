/* cw-lesson-pane-sketch.c — the chart a learner sketches a prediction on, by mouse or keyboard
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drawing area of the lesson pane. Every edit goes through the action
 * lesson.predict-point (year index, value), as a test or a screen reader's
 * user would send it.
 */
#define G_LOG_DOMAIN "cw-lesson-pane"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-lesson-pane-private.h"
#include "cw-style-look.h"

/* Up and Down change a point by this much; with Shift by five times it. */
#define KEY_STEP 0.01

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        data)
{
  CwLessonPane *self = data;
  CwLessonPlot plot;

  if (cw_lesson_pane_get_plot (self, &plot))
    cw_lesson_plot_draw (cr, width, height, &plot);
}

static void
set_point (CwLessonPane *self,
           guint         year,
           double        value)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "lesson.predict-point", "(ud)", year, value);
}

/* Sets the points under the pointer, and those between it and the last one
 * of the same drag, so that a quick stroke leaves no gaps. */
static void
drag_to (CwLessonPane *self,
         GtkWidget    *area,
         double        x,
         double        y)
{
  CwLessonPlot plot;
  guint year;
  double value;

  if (!cw_lesson_pane_get_plot (self, &plot) || plot.actual != NULL)
    return;
  cw_lesson_plot_at (&plot, gtk_widget_get_width (area), gtk_widget_get_height (area), x, y, &year, &value);
  if (self->drag_year >= 0 && (guint) self->drag_year != year)
    {
      int step = (int) year > self->drag_year ? 1 : -1;

      for (int between = self->drag_year + step; between != (int) year; between += step)
        {
          double t = (double) (between - self->drag_year) / ((int) year - self->drag_year);

          set_point (self, (guint) between, self->drag_value + t * (value - self->drag_value));
        }
    }
  set_point (self, year, value);
  self->drag_year = (int) year;
  self->drag_value = value;
  self->cursor = (int) year;
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               CwLessonPane   *self)
{
  GtkWidget *area = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  gtk_widget_grab_focus (area);
  self->drag_year = -1;
  drag_to (self, area, x, y);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                CwLessonPane   *self)
{
  GtkWidget *area = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  double x, y;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  drag_to (self, area, x + dx, y + dy);
}

gboolean
_cw_lesson_pane_sketch_key (CwLessonPane    *self,
                            guint            keyval,
                            GdkModifierType  state)
{
  CwLessonPlot plot;
  double step = (state & GDK_SHIFT_MASK) ? 5 * KEY_STEP : KEY_STEP;
  double value;
  int last;

  if (!cw_lesson_pane_get_plot (self, &plot) || plot.actual != NULL)
    return FALSE;
  last = (int) plot.n_points - 1;
  if (self->cursor < 0)
    self->cursor = 0;
  value = plot.predicted[self->cursor];
  if (isnan (value))
    /* A new point starts where the one before it is, or halfway up. */
    value = self->cursor > 0 && !isnan (plot.predicted[self->cursor - 1])
            ? plot.predicted[self->cursor - 1] : 0.5;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      self->cursor = MAX (0, self->cursor - 1);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      self->cursor = MIN (last, self->cursor + 1);
      break;
    case GDK_KEY_Home:
      self->cursor = 0;
      break;
    case GDK_KEY_End:
      self->cursor = last;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      set_point (self, (guint) self->cursor, MIN (1, value + step));
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      set_point (self, (guint) self->cursor, MAX (0, value - step));
      break;
    default:
      return FALSE;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self->sketch));
  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CwLessonPane          *self)
{
  return _cw_lesson_pane_sketch_key (self, keyval, state);
}

/* "2021: 0.51; 2022: 0.52" for the years of @values that have one: semicolons,
 * as the value has a decimal comma in many languages. */
static char *
points_text (const CwLessonPlot *plot,
             const double       *values)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint y = 0; y < plot->n_points; y++)
    if (!isnan (values[y]))
      g_string_append_printf (text, "%s%d: %.2f", text->len > 0 ? "; " : "", plot->start_year + (int) y, values[y]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
cw_lesson_pane_sketch_describe (CwLessonPane *self)
{
  GtkAccessible *sketch = GTK_ACCESSIBLE (self->sketch);
  g_autofree char *predicted = NULL;
  g_autofree char *description = NULL;
  CwLessonPlot plot;

  if (!cw_lesson_pane_get_plot (self, &plot))
    return;
  predicted = points_text (&plot, plot.predicted);
  if (*predicted == '\0')
    /* Nothing sketched yet: how to sketch. */
    description = g_strdup (gtk_widget_get_tooltip_text (GTK_WIDGET (self->sketch)));
  else if (plot.actual == NULL)
    /* Translators: the points a learner sketched, read by a screen reader: "2021: 0.51; 2022: 0.52; …" */
    description = g_strdup_printf (_("Your prediction: %s."), predicted);
  else
    {
      g_autofree char *actual = points_text (&plot, plot.actual);

      /* Translators: the points a learner sketched and the run's values, read by a screen reader */
      description = g_strdup_printf (_("Your prediction: %s. Result: %s."), predicted, actual);
    }
  gtk_accessible_update_property (sketch, GTK_ACCESSIBLE_PROPERTY_LABEL, plot.title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

void
cw_lesson_pane_sketch_init (CwLessonPane *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->cursor = -1;
  self->drag_year = -1;
  gtk_drawing_area_set_draw_func (self->sketch, draw_cb, self, NULL);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sketch), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sketch), keys);
  cw_style_look_connect (self->sketch, G_CALLBACK (gtk_widget_queue_draw));
}

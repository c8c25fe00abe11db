/* cw-lesson-plot.c — a sketched prediction and the result drawn over it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-render"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-lesson-report.h"
#include "cw-render-private.h"

#define FONT_SIZE 12.0

static double
scale_of (const CwLessonPlot *plot)
{
  return plot->font_scale > 0 ? plot->font_scale : 1.0;
}

/* The legend's names, the result's once it is drawn. */
static guint
legend_labels (const CwLessonPlot *plot,
               const char         *labels[2])
{
  labels[0] = _("Your prediction");
  labels[1] = _("Result");
  return plot->actual != NULL ? 2 : 1;
}

/* Whether the legend goes on a line under the title: where both would not
 * fit on one (large type, a narrow plot). */
static gboolean
legend_below (const CwLessonPlot *plot,
              double              width)
{
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (scratch);
  double s = scale_of (plot);
  const char *labels[2];
  guint n = legend_labels (plot, labels);
  double needed;

  cw_render_font (cr, FONT_SIZE * s, TRUE);
  needed = 40 * s + cw_render_text_width (cr, plot->title) + 16 * s;
  cw_render_font (cr, CW_LESSON_PLOT_LEAST_TEXT * s, FALSE);
  for (guint i = 0; i < n; i++)
    needed += 46 * s + cw_render_text_width (cr, labels[i]);
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  return needed > width;
}

void
cw_lesson_plot_frame (const CwLessonPlot *plot,
                      double              width,
                      double              height,
                      cairo_rectangle_t  *frame)
{
  double s = scale_of (plot);

  frame->x = 40 * s;
  frame->y = (legend_below (plot, width) ? 50 : 28) * s;
  frame->width = MAX (1, width - frame->x - 16 * s);
  frame->height = MAX (1, height - frame->y - 30 * s);
}

static double
x_of (const cairo_rectangle_t *frame,
      const CwLessonPlot      *plot,
      guint                    year)
{
  return frame->x + frame->width * year / MAX (1, plot->n_points - 1);
}

static double
y_of (const cairo_rectangle_t *frame,
      double                   value)
{
  return frame->y + frame->height * (1 - CLAMP (value, 0, 1));
}

void
cw_lesson_plot_at (const CwLessonPlot *plot,
                   double              width,
                   double              height,
                   double              x,
                   double              y,
                   guint              *year,
                   double             *value)
{
  cairo_rectangle_t frame;
  double t;

  cw_lesson_plot_frame (plot, width, height, &frame);
  t = CLAMP ((x - frame.x) / frame.width, 0, 1);
  *year = (guint) round (t * (plot->n_points - 1));
  *value = CLAMP (1 - (y - frame.y) / frame.height, 0, 1);
}

static void
draw_axes (cairo_t                 *cr,
           const cairo_rectangle_t *frame,
           const CwLessonPlot      *plot,
           const CwRenderStyle     *style)
{
  double s = scale_of (plot);
  guint every = plot->n_points > 12 ? 5 : plot->n_points > 6 ? 2 : 1;

  cw_render_font (cr, FONT_SIZE * s, TRUE);
  cw_render_set_colour (cr, style->text, 1);
  cw_render_text (cr, plot->title, frame->x, 18 * s, 0);
  cw_render_font (cr, CW_LESSON_PLOT_LEAST_TEXT * s, FALSE);
  cairo_set_line_width (cr, 1);
  for (int i = 0; i <= 4; i++)
    {
      double y = y_of (frame, i / 4.0);
      char label[16];

      cw_render_set_colour (cr, style->grid, 1);
      cairo_move_to (cr, frame->x, y);
      cairo_line_to (cr, frame->x + frame->width, y);
      cairo_stroke (cr);
      g_snprintf (label, sizeof label, "%.2f", i / 4.0);
      cw_render_set_colour (cr, style->muted, 1);
      cw_render_text (cr, label, frame->x - 4 * s, y + 4 * s, 1);
    }
  for (guint year = 0; year < plot->n_points; year += every)
    {
      char label[16];

      g_snprintf (label, sizeof label, "%d", plot->start_year + (int) year);
      cw_render_text (cr, label, x_of (frame, plot, year), frame->y + frame->height + 16 * s, 0.5);
    }
}

/* A line through the points that are numbers, and a dot on each. */
static void
draw_line (cairo_t                 *cr,
           const cairo_rectangle_t *frame,
           const CwLessonPlot      *plot,
           const CwRenderStyle     *style,
           const double            *values,
           CwColour                 colour,
           gboolean                 dashed)
{
  double s = scale_of (plot);
  double dash = 6 * s;
  gboolean started = FALSE;

  cw_render_set_colour (cr, style->colours[colour], 1);
  cairo_set_line_width (cr, 3 * s * style->line_scale);
  cairo_set_dash (cr, &dash, dashed ? 1 : 0, 0);
  for (guint year = 0; year < plot->n_points; year++)
    {
      if (isnan (values[year]))
        continue;
      if (started)
        cairo_line_to (cr, x_of (frame, plot, year), y_of (frame, values[year]));
      else
        cairo_move_to (cr, x_of (frame, plot, year), y_of (frame, values[year]));
      started = TRUE;
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint year = 0; year < plot->n_points; year++)
    if (!isnan (values[year]))
      {
        cairo_arc (cr, x_of (frame, plot, year), y_of (frame, values[year]), 3.5 * s, 0, 2 * G_PI);
        cairo_fill (cr);
      }
}

static void
draw_legend (cairo_t                 *cr,
             const cairo_rectangle_t *frame,
             const CwLessonPlot      *plot,
             const CwRenderStyle     *style)
{
  double s = scale_of (plot);
  double x = frame->x + frame->width;
  const char *labels[2];
  int n = (int) legend_labels (plot, labels);
  CwRgb colours[2] = { style->colours[CW_COLOUR_ORANGE], style->colours[CW_COLOUR_BLUE] };

  cw_render_font (cr, CW_LESSON_PLOT_LEAST_TEXT * s, FALSE);
  for (int i = n - 1; i >= 0; i--)
    {
      double w = cw_render_text_width (cr, labels[i]);

      cw_render_set_colour (cr, style->text, 1);
      cw_render_text (cr, labels[i], x, frame->y - 10 * s, 1);
      x -= w + 6 * s;
      cw_render_set_colour (cr, colours[i], 1);
      cairo_rectangle (cr, x - 14 * s, frame->y - (14 + 2 * style->line_scale) * s, 14 * s, 4 * s * style->line_scale);
      cairo_fill (cr);
      x -= 26 * s;
    }
}

void
cw_lesson_plot_draw (cairo_t            *cr,
                     double              width,
                     double              height,
                     const CwLessonPlot *plot)
{
  const CwRenderStyle *style = cw_render_style_of (plot->look);
  cairo_rectangle_t frame;

  g_return_if_fail (plot->n_points >= 2);

  cw_lesson_plot_frame (plot, width, height, &frame);
  cairo_save (cr);
  cw_render_set_colour (cr, style->background, 1);
  cairo_paint (cr);
  draw_axes (cr, &frame, plot, style);
  if (plot->cursor >= 0 && (guint) plot->cursor < plot->n_points)
    {
      double x = x_of (&frame, plot, (guint) plot->cursor);

      /* Faint behind the lines, but at full strength in high contrast. */
      cw_render_set_colour (cr, style->accent, plot->look.high_contrast ? 1 : 0.6);
      cairo_set_line_width (cr, 2 * scale_of (plot) * style->line_scale);
      cairo_move_to (cr, x, frame.y);
      cairo_line_to (cr, x, frame.y + frame.height);
      cairo_stroke (cr);
    }
  if (plot->actual != NULL)
    draw_line (cr, &frame, plot, style, plot->actual, CW_COLOUR_BLUE, FALSE);
  draw_line (cr, &frame, plot, style, plot->predicted, CW_COLOUR_ORANGE, TRUE);
  draw_legend (cr, &frame, plot, style);
  cairo_restore (cr);
}

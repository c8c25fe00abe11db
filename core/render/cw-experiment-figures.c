/* cw-experiment-figures.c — the tornado of a sensitivity analysis and the efficient frontier
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-axis.h"
#include "cw-chart-private.h"
#include "cw-experiment-figures.h"
#include "cw-render-private.h"

#define EM 13.0

void
cw_tornado_spec_init (CwTornadoSpec          *spec,
                      CwTornadoBar           *bars,
                      const CwPointTable     *table,
                      CwSensitivityKind       kind,
                      const CwSensitivityRow *rows,
                      const char             *title)
{
  gboolean sobol = kind == CW_SENSITIVITY_SOBOL;

  g_return_if_fail (kind != CW_SENSITIVITY_NONE);

  *spec = (CwTornadoSpec) { title, sobol ? _("total order") : "μ*", sobol ? _("first order") : "σ", bars, table->k };
  for (guint i = 0; i < table->k; i++)
    {
      const CwSensitivityRow *row = &rows[i];
      CwTornadoBar *bar = &bars[i];

      bar->label = table->factors[row->factor];
      if (sobol)
        {
          bar->value = row->sobol.total, bar->lo = row->sobol.total_lo, bar->hi = row->sobol.total_hi;
          bar->value2 = row->sobol.first, bar->lo2 = row->sobol.first_lo, bar->hi2 = row->sobol.first_hi;
        }
      else
        {
          bar->value = bar->lo = bar->hi = row->morris.mu_star;
          bar->value2 = bar->lo2 = bar->hi2 = row->morris.sigma;
        }
    }
}

/* The plot's frame inside the figure. */
typedef struct {
  double left, top, right, bottom;
} Frame;

/* The title on one line, or two where it is too long for one; returns how
 * much lower than under one line what follows it goes. */
static double
draw_title (cairo_t             *cr,
            const CwRenderStyle *style,
            const char          *title,
            double               width)
{
  g_autoptr(GPtrArray) lines = NULL;

  cw_render_set_colour (cr, style->text, 1);
  cw_render_font (cr, EM * 1.15, TRUE);
  lines = cw_render_wrap_text (cr, title, width - 2 * EM, 2, NULL);
  for (guint i = 0; i < lines->len; i++)
    cw_render_text (cr, g_ptr_array_index (lines, i), EM, EM * (1.6 + 1.4 * i), 0);
  return EM * 1.4 * (MAX (lines->len, 1) - 1);
}

static void
fill_background (cairo_t             *cr,
                 const CwRenderStyle *style)
{
  cw_render_set_colour (cr, style->background, 1);
  cairo_paint (cr);
}

/* Vertical grid lines and their labels along the bottom of @frame, which
 * spans the values @lo … @hi, and @label under them. */
static void
draw_x_axis (cairo_t             *cr,
             const CwRenderStyle *style,
             const Frame         *frame,
             double               lo,
             double               hi,
             const char          *label)
{
  CwTicks ticks;
  int decimals;

  cw_ticks_inside (lo, hi, 6, FALSE, &ticks);
  decimals = cw_ticks_decimals (&ticks);
  cw_render_font (cr, EM * 0.85, FALSE);
  cairo_set_line_width (cr, 1);
  for (int i = 0; i < ticks.n; i++)
    {
      double v = cw_ticks_value (&ticks, i);
      double x = frame->left + (v - lo) / (hi - lo) * (frame->right - frame->left);
      g_autofree char *text = g_strdup_printf ("%.*f", decimals, v);

      cw_render_set_colour (cr, style->grid, 1);
      cairo_move_to (cr, round (x) + 0.5, frame->top);
      cairo_line_to (cr, round (x) + 0.5, frame->bottom);
      cairo_stroke (cr);
      cw_render_set_colour (cr, style->muted, 1);
      cw_render_text (cr, text, x, frame->bottom + EM * 1.2, 0.5);
    }
  cw_render_text (cr, label, (frame->left + frame->right) / 2, frame->bottom + EM * 2.5, 0.5);
}

static void
draw_interval (cairo_t *cr,
               double   x0,
               double   x1,
               double   y)
{
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_move_to (cr, x0, y - EM * 0.25);
  cairo_line_to (cr, x0, y + EM * 0.25);
  cairo_move_to (cr, x1, y - EM * 0.25);
  cairo_line_to (cr, x1, y + EM * 0.25);
  cairo_stroke (cr);
}

static void
draw_legend_key (cairo_t    *cr,
                 CwRgb       colour,
                 CwRgb       text,
                 const char *name,
                 double      x,
                 double      y)
{
  cw_render_set_colour (cr, colour, 1);
  cairo_rectangle (cr, x, y - EM * 0.7, EM * 0.8, EM * 0.8);
  cairo_fill (cr);
  cw_render_set_colour (cr, text, 1);
  cw_render_text (cr, name, x + EM * 1.1, y, 0);
}

void
cw_tornado_draw (cairo_t             *cr,
                 double               width,
                 double               height,
                 const CwTornadoSpec *spec)
{
  const CwRenderStyle *style = cw_render_style_of (spec->look);
  CwRgb dark = style->colours[CW_COLOUR_BLUE], light = style->colours[CW_COLOUR_ORANGE];
  double label_width = 0, max = 0, row;
  Frame frame;
  double below;

  fill_background (cr, style);
  below = draw_title (cr, style, spec->title, width);
  cw_render_font (cr, EM, FALSE);
  for (guint i = 0; i < spec->n_bars; i++)
    {
      const CwTornadoBar *bar = &spec->bars[i];

      label_width = MAX (label_width, cw_render_text_width (cr, bar->label));
      max = MAX (max, MAX (MAX (bar->hi, bar->hi2), MAX (bar->value, bar->value2)));
    }
  label_width = MIN (label_width, width / 3);
  frame = (Frame) { EM * 1.5 + label_width, EM * 4 + below, width - EM * 1.5, height - EM * 3.5 };
  max = max > 0 ? max * 1.05 : 1;
  draw_legend_key (cr, dark, style->text, spec->value_name, frame.left, EM * 3 + below);
  draw_legend_key (cr, light, style->text, spec->value2_name,
                   frame.left + cw_render_text_width (cr, spec->value_name) + EM * 3, EM * 3 + below);
  draw_x_axis (cr, style, &frame, 0, max, "");
  row = (frame.bottom - frame.top) / MAX (spec->n_bars, 1);
  for (guint i = 0; i < spec->n_bars; i++)
    {
      const CwTornadoBar *bar = &spec->bars[i];
      double y = frame.top + i * row, h = MIN (row * 0.36, EM * 1.6);
      double scale = (frame.right - frame.left) / max;
      g_autofree char *label = NULL;

      cw_render_set_colour (cr, style->text, 1);
      cw_render_font (cr, EM, FALSE);
      label = cw_render_fit_text (cr, bar->label, label_width);
      if (label != NULL)
        cw_render_text (cr, label, frame.left - EM * 0.5, y + row / 2 + EM * 0.35, 1);
      cw_render_set_colour (cr, dark, 1);
      cairo_rectangle (cr, frame.left, y + row / 2 - h, MAX (bar->value, 0) * scale, h);
      cairo_fill (cr);
      cw_render_set_colour (cr, light, 1);
      cairo_rectangle (cr, frame.left, y + row / 2, MAX (bar->value2, 0) * scale, h);
      cairo_fill (cr);
      cw_render_set_colour (cr, style->text, 1);
      cairo_set_line_width (cr, 1.2);
      /* Intervals as far as they reach into the positive half. */
      if (bar->hi > bar->lo && bar->hi > 0)
        draw_interval (cr, frame.left + MAX (bar->lo, 0) * scale, frame.left + bar->hi * scale, y + row / 2 - h / 2);
      if (bar->hi2 > bar->lo2 && bar->hi2 > 0)
        draw_interval (cr, frame.left + MAX (bar->lo2, 0) * scale, frame.left + bar->hi2 * scale, y + row / 2 + h / 2);
    }
  cw_render_set_colour (cr, style->axis, 1);
  cairo_move_to (cr, round (frame.left) + 0.5, frame.top);
  cairo_line_to (cr, round (frame.left) + 0.5, frame.bottom);
  cairo_stroke (cr);
}

/* Where the value @v of the range @lo … @hi falls across or up @frame. */
static double
map_x (const Frame *frame,
       double       lo,
       double       hi,
       double       v)
{
  return frame->left + (v - lo) / (hi - lo) * (frame->right - frame->left);
}

static double
map_y (const Frame *frame,
       double       lo,
       double       hi,
       double       v)
{
  return frame->bottom - (v - lo) / (hi - lo) * (frame->bottom - frame->top);
}

void
cw_frontier_draw (cairo_t              *cr,
                  double                width,
                  double                height,
                  const CwFrontierSpec *spec)
{
  const CwRenderStyle *style = cw_render_style_of (spec->look);
  CwRgb ink = style->colours[CW_COLOUR_BLUE];
  double x_lo = 0, x_hi = 0, y_lo = INFINITY, y_hi = -INFINITY;
  Frame frame = { EM * 5, EM * 4.5, width - EM * 1.5, height - EM * 3.5 };
  CwTicks ticks;
  int decimals;

  fill_background (cr, style);
  frame.top += draw_title (cr, style, spec->title, width);
  for (guint i = 0; i < spec->n_points; i++)
    {
      x_hi = MAX (x_hi, spec->points[i].budget);
      y_lo = MIN (y_lo, spec->points[i].lo);
      y_hi = MAX (y_hi, spec->points[i].hi);
    }
  if (!(y_hi > y_lo))
    y_lo = (isfinite (y_lo) ? y_lo : 0) - 0.5, y_hi = y_lo + 1;
  x_hi = x_hi > 0 ? x_hi * 1.05 : 1;
  cw_ticks_extend (&y_lo, &y_hi, 6, &ticks);
  decimals = cw_ticks_decimals (&ticks);
  draw_x_axis (cr, style, &frame, x_lo, x_hi, _("Budget (M€ per year)"));
  cw_render_font (cr, EM * 0.85, FALSE);
  for (int i = 0; i < ticks.n; i++)
    {
      double v = cw_ticks_value (&ticks, i);
      double y = map_y (&frame, y_lo, y_hi, v);
      g_autofree char *text = g_strdup_printf ("%.*f", decimals, v);

      cw_render_set_colour (cr, style->grid, 1);
      cairo_move_to (cr, frame.left, round (y) + 0.5);
      cairo_line_to (cr, frame.right, round (y) + 0.5);
      cairo_stroke (cr);
      cw_render_set_colour (cr, style->muted, 1);
      cw_render_text (cr, text, frame.left - EM * 0.4, y + EM * 0.3, 1);
    }
  cw_render_text (cr, spec->objective, frame.left, frame.top - EM * 1.2, 0);
  /* The band, then the frontier and its points. */
  cairo_new_path (cr);
  for (guint i = 0; i < spec->n_points; i++)
    cairo_line_to (cr, map_x (&frame, x_lo, x_hi, spec->points[i].budget),
                   map_y (&frame, y_lo, y_hi, spec->points[i].hi));
  for (guint i = spec->n_points; i-- > 0;)
    cairo_line_to (cr, map_x (&frame, x_lo, x_hi, spec->points[i].budget),
                   map_y (&frame, y_lo, y_hi, spec->points[i].lo));
  cw_render_set_colour (cr, ink, 0.2);
  cairo_fill (cr);
  cw_render_set_colour (cr, ink, 1);
  cairo_set_line_width (cr, 2);
  for (guint i = 0; i < spec->n_points; i++)
    cairo_line_to (cr, map_x (&frame, x_lo, x_hi, spec->points[i].budget),
                   map_y (&frame, y_lo, y_hi, spec->points[i].value));
  cairo_stroke (cr);
  for (guint i = 0; i < spec->n_points; i++)
    {
      cairo_arc (cr, map_x (&frame, x_lo, x_hi, spec->points[i].budget),
                 map_y (&frame, y_lo, y_hi, spec->points[i].value), EM * 0.3, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

/* @t (0 … 1) on the viridis scale: dark purple for low values, yellow for high. */
static CwRgb
scale_colour (const CwRenderStyle *style,
              double               t)
{
  double at = CLAMP (t, 0, 1) * (CW_COLOUR_VIRIDIS_6 - CW_COLOUR_VIRIDIS_1);
  int below = MIN ((int) floor (at), CW_COLOUR_VIRIDIS_6 - CW_COLOUR_VIRIDIS_1 - 1);

  return cw_render_mix (style->colours[CW_COLOUR_VIRIDIS_6 - below],
                        style->colours[CW_COLOUR_VIRIDIS_6 - below - 1], at - below);
}

/* A factor's value on an axis: three significant digits, but a whole
 * number in full (0.333, 12.5, 1500). */
static char *
value_text (double v)
{
  int digits = v != 0 && isfinite (v) ? (int) floor (log10 (fabs (v))) + 1 : 1;

  return g_strdup_printf ("%.*g", MAX (digits, 3), v);
}

void
cw_heatmap_draw (cairo_t             *cr,
                 double               width,
                 double               height,
                 const CwHeatmapSpec *spec)
{
  const CwRenderStyle *style = cw_render_style_of (spec->look);
  double lo = INFINITY, hi = -INFINITY, cell_w, cell_h;
  Frame frame = { EM * 5, EM * 3.5, width - EM * 7, height - EM * 3.5 };
  char lo_text[32], hi_text[32];

  fill_background (cr, style);
  frame.top += draw_title (cr, style, spec->title, width);
  if (spec->nx == 0 || spec->ny == 0)
    return;
  for (guint i = 0; i < spec->nx * spec->ny; i++)
    if (!isnan (spec->values[i]))
      lo = MIN (lo, spec->values[i]), hi = MAX (hi, spec->values[i]);
  if (!(hi > lo))
    hi = lo + 1;
  cell_w = (frame.right - frame.left) / spec->nx;
  cell_h = (frame.bottom - frame.top) / spec->ny;
  cw_render_font (cr, EM * 0.85, FALSE);
  for (guint r = 0; r < spec->ny; r++)
    for (guint c = 0; c < spec->nx; c++)
      {
        double v = spec->values[r * spec->nx + c];
        double x = frame.left + c * cell_w, y = frame.bottom - (r + 1) * cell_h;
        CwRgb fill = isnan (v) ? style->grid : scale_colour (style, (v - lo) / (hi - lo));

        cw_render_set_colour (cr, fill, 1);
        cairo_rectangle (cr, x, y, cell_w, cell_h);
        cairo_fill (cr);
        if (!isnan (v) && cell_w > EM * 3.5 && cell_h > EM * 1.4)
          {
            g_autofree char *text = g_strdup_printf ("%.3g", v);

            cw_render_set_colour (cr, cw_render_text_on (fill), 1);
            cw_render_text (cr, text, x + cell_w / 2, y + cell_h / 2 + EM * 0.3, 0.5);
          }
      }
  /* Each column's and row's value, and the factors' names. */
  cw_render_set_colour (cr, style->muted, 1);
  for (guint c = 0; c < spec->nx; c++)
    {
      g_autofree char *text = value_text (spec->xs[c]);

      if (cell_w > cw_render_text_width (cr, text) + EM * 0.3 || c == 0 || c + 1 == spec->nx)
        cw_render_text (cr, text, frame.left + (c + 0.5) * cell_w, frame.bottom + EM * 1.2, 0.5);
    }
  for (guint r = 0; r < spec->ny; r++)
    {
      g_autofree char *text = value_text (spec->ys[r]);

      if (cell_h > EM * 1.1 || r == 0 || r + 1 == spec->ny)
        cw_render_text (cr, text, frame.left - EM * 0.4, frame.bottom - (r + 0.5) * cell_h + EM * 0.3, 1);
    }
  cw_render_set_colour (cr, style->text, 1);
  cw_render_text (cr, spec->x_name, (frame.left + frame.right) / 2, frame.bottom + EM * 2.5, 0.5);
  cw_render_text (cr, spec->y_name, frame.left, frame.top - EM * 0.5, 0.5);
  /* The colour scale, low at the bottom. */
  for (int i = 0; i < 40; i++)
    {
      double y0 = frame.bottom - (i + 1) * (frame.bottom - frame.top) / 40;

      cw_render_set_colour (cr, scale_colour (style, (i + 0.5) / 40), 1);
      cairo_rectangle (cr, frame.right + EM, y0, EM, (frame.bottom - frame.top) / 40 + 0.5);
      cairo_fill (cr);
    }
  g_snprintf (lo_text, sizeof lo_text, "%.3g", lo);
  g_snprintf (hi_text, sizeof hi_text, "%.3g", hi);
  cw_render_set_colour (cr, style->muted, 1);
  cw_render_text (cr, hi_text, frame.right + EM * 2.3, frame.top + EM * 0.6, 0);
  cw_render_text (cr, lo_text, frame.right + EM * 2.3, frame.bottom, 0);
  cw_render_text (cr, spec->value_name, frame.right + EM * 1.5, frame.top - EM * 0.5, 0.5);
}

static void
draw_heatmap_cb (cairo_t *cr, double width, double height, gconstpointer data)
{
  cw_heatmap_draw (cr, width, height, data);
}

gboolean
cw_heatmap_export (const CwHeatmapSpec *spec,
                   CwChartFormat        format,
                   double               width,
                   double               height,
                   const char          *path,
                   GError             **error)
{
  return cw_chart_export_figure (draw_heatmap_cb, spec, format, width, height, path, error);
}

static void
draw_tornado_cb (cairo_t *cr, double width, double height, gconstpointer data)
{
  cw_tornado_draw (cr, width, height, data);
}

static void
draw_frontier_cb (cairo_t *cr, double width, double height, gconstpointer data)
{
  cw_frontier_draw (cr, width, height, data);
}

gboolean
cw_tornado_export (const CwTornadoSpec *spec,
                   CwChartFormat        format,
                   double               width,
                   double               height,
                   const char          *path,
                   GError             **error)
{
  return cw_chart_export_figure (draw_tornado_cb, spec, format, width, height, path, error);
}

gboolean
cw_frontier_export (const CwFrontierSpec *spec,
                    CwChartFormat         format,
                    double                width,
                    double                height,
                    const char           *path,
                    GError              **error)
{
  return cw_chart_export_figure (draw_frontier_cb, spec, format, width, height, path, error);
}

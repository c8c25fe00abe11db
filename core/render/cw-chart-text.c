/* cw-chart-text.c — chart text with cairo's toy API: fonts, fitting, numbers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The toy API takes UTF-8 and a fontconfig face name; "sans-serif" resolves
 * to a face with the Latin letters German and Polish need.
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"

void
cw_chart_font (cairo_t  *cr,
               double    size,
               gboolean  bold)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: text measures the same on every surface, so hit testing
   * on a scratch surface agrees with what the screen shows. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options (cr, options);
  cairo_font_options_destroy (options);
  cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL,
                          bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, size);
}

double
cw_chart_text_width (cairo_t    *cr,
                     const char *text)
{
  cairo_text_extents_t extents;

  cairo_text_extents (cr, text, &extents);
  return extents.x_advance;
}

void
cw_chart_text (cairo_t    *cr,
               const char *text,
               double      x,
               double      y,
               double      align)
{
  cairo_move_to (cr, x - align * cw_chart_text_width (cr, text), y);
  cairo_show_text (cr, text);
}

void
cw_chart_text_halo (cairo_t    *cr,
                    const char *text,
                    double      x,
                    double      y,
                    CwRgb       ink,
                    CwRgb       halo)
{
  cairo_move_to (cr, x, y);
  cairo_text_path (cr, text);
  cw_chart_set_colour (cr, halo, 0.9);
  cairo_set_line_width (cr, 3);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke_preserve (cr);
  cw_chart_set_colour (cr, ink, 1);
  cairo_fill (cr);
}

char *
cw_chart_fit_text (cairo_t    *cr,
                   const char *text,
                   double      width)
{
  glong n = g_utf8_strlen (text, -1);

  if (cw_chart_text_width (cr, text) <= width)
    return g_strdup (text);
  /* Keep at least three characters: fewer say nothing. */
  for (glong keep = n - 1; keep >= 3; keep--)
    {
      const char *end = g_utf8_offset_to_pointer (text, keep);
      g_autofree char *head = g_strndup (text, end - text);
      g_autofree char *candidate = g_strconcat (g_strchomp (head), "…", NULL);

      if (cw_chart_text_width (cr, candidate) <= width)
        return g_steal_pointer (&candidate);
    }
  return NULL;
}

/* A number for an axis or a hover label, in the user's locale (0,5 in German). */
char *
cw_chart_format_number (double v,
                        int    decimals)
{
  if (!isfinite (v))
    return g_strdup ("–");
  if (fabs (v) >= 1e7)
    return g_strdup_printf ("%.3g", v);
  return g_strdup_printf ("%.*f", decimals, v);
}

cairo_t *
cw_chart_measure_context (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

/* "2031" on a whole year, "Q3 2031" within it. */
char *
cw_chart_format_year (double year)
{
  int whole = (int) floor (year);
  int quarter = (int) lround ((year - whole) * CW_STEPS_PER_YEAR);

  if (quarter == 0)
    return g_strdup_printf ("%d", whole);
  if (quarter == CW_STEPS_PER_YEAR)
    return g_strdup_printf ("%d", whole + 1);
  /* TRANSLATORS: a quarter of a year, e.g. "Q3 2031" */
  return g_strdup_printf (_("Q%d %d"), quarter + 1, whole);
}

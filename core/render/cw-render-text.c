/* cw-render-text.c — text with cairo's toy API: fonts, fitting, wrapping
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The toy API takes UTF-8 and a fontconfig face name; "sans-serif" resolves
 * to a face with the Latin letters German and Polish need.
 */
#define G_LOG_DOMAIN "cw-render"

#include "config.h"

#include <math.h>

#include "cw-render-census.h"
#include "cw-render-private.h"

static const cairo_user_data_key_t census_key;

void
cw_render_census_attach (cairo_t        *cr,
                         CwRenderCensus *census)
{
  g_return_if_fail (cr != NULL && census != NULL);

  *census = (CwRenderCensus) { 0, G_MAXDOUBLE, 0 };
  cairo_set_user_data (cr, &census_key, census, NULL);
}

void
cw_render_census_detach (cairo_t *cr)
{
  g_return_if_fail (cr != NULL);

  cairo_set_user_data (cr, &census_key, NULL, NULL);
}

/* The current type size on the device: the font matrix's height through the
 * current transformation. */
static void
count (cairo_t *cr)
{
  CwRenderCensus *census = cairo_get_user_data (cr, &census_key);
  cairo_matrix_t font;
  double dx, dy, size;

  if (census == NULL)
    return;
  cairo_get_font_matrix (cr, &font);
  dx = font.xy;
  dy = font.yy;
  cairo_user_to_device_distance (cr, &dx, &dy);
  size = hypot (dx, dy);
  census->n_texts++;
  census->smallest = MIN (census->smallest, size);
  census->largest = MAX (census->largest, size);
}

void
cw_render_font (cairo_t  *cr,
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
cw_render_text_width (cairo_t    *cr,
                      const char *text)
{
  cairo_text_extents_t extents;

  cairo_text_extents (cr, text, &extents);
  return extents.x_advance;
}

void
cw_render_text (cairo_t    *cr,
                const char *text,
                double      x,
                double      y,
                double      align)
{
  count (cr);
  cairo_move_to (cr, x - align * cw_render_text_width (cr, text), y);
  cairo_show_text (cr, text);
}

void
cw_render_text_halo (cairo_t    *cr,
                     const char *text,
                     double      x,
                     double      y,
                     CwRgb       ink,
                     CwRgb       halo)
{
  count (cr);
  cairo_move_to (cr, x, y);
  cairo_text_path (cr, text);
  cw_render_set_colour (cr, halo, 0.9);
  cairo_set_line_width (cr, 3);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke_preserve (cr);
  cw_render_set_colour (cr, ink, 1);
  cairo_fill (cr);
}

char *
cw_render_fit_text (cairo_t    *cr,
                    const char *text,
                    double      width)
{
  glong n = g_utf8_strlen (text, -1);

  if (cw_render_text_width (cr, text) <= width)
    return g_strdup (text);
  /* Keep at least three characters: fewer say nothing. */
  for (glong keep = n - 1; keep >= 3; keep--)
    {
      const char *end = g_utf8_offset_to_pointer (text, keep);
      g_autofree char *head = g_strndup (text, end - text);
      g_autofree char *candidate = g_strconcat (g_strchomp (head), "…", NULL);

      if (cw_render_text_width (cr, candidate) <= width)
        return g_steal_pointer (&candidate);
    }
  return NULL;
}

cairo_t *
cw_render_measure_context (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

/* Splits @text into lines no wider than @width at the current font. */
static GPtrArray *
wrap_lines (cairo_t    *cr,
            const char *text,
            double      width)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);

  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      g_auto(GStrv) words = g_strsplit_set (paragraphs[p], " \t", -1);
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint w = 0; words[w] != NULL; w++)
        {
          g_autofree char *candidate = NULL;

          if (words[w][0] == '\0')
            continue;
          candidate = line->len > 0 ? g_strconcat (line->str, " ", words[w], NULL) : g_strdup (words[w]);
          if (line->len > 0 && cw_render_text_width (cr, candidate) > width)
            {
              g_ptr_array_add (lines, g_strdup (line->str));
              g_string_assign (line, words[w]);
            }
          else
            g_string_assign (line, candidate);
        }
      g_ptr_array_add (lines, g_string_free (g_steal_pointer (&line), FALSE));
    }
  return lines;
}

GPtrArray *
cw_render_wrap_text (cairo_t    *cr,
                     const char *text,
                     double      width,
                     guint       max_lines,
                     gboolean   *cut)
{
  GPtrArray *lines;
  gboolean shortened = FALSE;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_lines > 0, NULL);

  lines = wrap_lines (cr, text, width);
  if (lines->len > max_lines)
    {
      g_autoptr(GString) rest = g_string_new (NULL);

      for (guint i = max_lines - 1; i < lines->len; i++)
        g_string_append_printf (rest, "%s%s", rest->len > 0 ? " " : "", (char *) g_ptr_array_index (lines, i));
      g_ptr_array_set_size (lines, max_lines - 1);
      g_ptr_array_add (lines, g_string_free (g_steal_pointer (&rest), FALSE));
    }
  for (guint i = 0; i < lines->len; i++)
    {
      /* A single word wider than the column is cut rather than run over. */
      char *fitted = cw_render_fit_text (cr, g_ptr_array_index (lines, i), width);

      if (fitted == NULL || !g_str_equal (fitted, g_ptr_array_index (lines, i)))
        shortened = TRUE;
      g_free (g_ptr_array_index (lines, i));
      lines->pdata[i] = fitted != NULL ? fitted : g_strdup ("");
    }
  if (cut != NULL)
    *cut = shortened;
  return lines;
}

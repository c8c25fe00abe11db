/* cw-render-style.c — the palette of charts, diagrams and the report, light and dark
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-render"

#include "config.h"

#include <math.h>

#include "cw-render-private.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Okabe & Ito (2008), then viridis for ordered levels. On dark, blue and
 * vermillion are lightened so that lines keep their contrast. Accent and
 * highlight are GNOME's blue and yellow, for what is selected or active.
 * The high-contrast styles darken (on light) or lighten (on dark) every hue a
 * line may take until it stands 4.5:1 against the background, make text and
 * axes full strength, and draw lines half as thick again; the viridis steps
 * keep their order of lightness, for they only fill areas. Every text colour
 * reads 4.5:1 or more against the background (test-render-style checks it). */
static const CwRenderStyle styles[2][2] = {
  { {
    .colours = {
      RGB (0xE69F00), RGB (0x56B4E9), RGB (0x009E73), RGB (0xF0E442),
      RGB (0x0072B2), RGB (0xD55E00), RGB (0xCC79A7), RGB (0x000000),
      RGB (0xBBBBBB),
      RGB (0xFDE725), RGB (0x7AD151), RGB (0x22A884), RGB (0x2A788E),
      RGB (0x414487), RGB (0x440154),
      RGB (0x8C8C8C),
    },
    .background = RGB (0xFFFFFF),
    .text = RGB (0x1E1E1E),
    .muted = RGB (0x5E5E5E),
    .grid = RGB (0xE4E4E4),
    .axis = RGB (0x8A8A8A),
    .accent = RGB (0x3584E4),
    .highlight = RGB (0xF6D32D),
    .line_scale = 1,
  }, {
    .colours = {
      RGB (0x9C6C00), RGB (0x3A7A9E), RGB (0x008561), RGB (0x7D7722),
      RGB (0x0062A0), RGB (0xC05500), RGB (0xA16084), RGB (0x000000),
      RGB (0x747474),
      RGB (0xFDE725), RGB (0x7AD151), RGB (0x22A884), RGB (0x2A788E),
      RGB (0x414487), RGB (0x440154),
      RGB (0x747474),
    },
    .background = RGB (0xFFFFFF),
    .text = RGB (0x000000),
    .muted = RGB (0x303030),
    .grid = RGB (0xB0B0B0),
    .axis = RGB (0x000000),
    .accent = RGB (0x1C5FB8),
    .highlight = RGB (0xF6D32D),
    .line_scale = 1.5,
  } },
  { {
    .colours = {
      RGB (0xE69F00), RGB (0x56B4E9), RGB (0x009E73), RGB (0xF0E442),
      RGB (0x3A9BE0), RGB (0xF07A2E), RGB (0xCC79A7), RGB (0xF2F2F2),
      RGB (0x6A6A6A),
      RGB (0xFDE725), RGB (0x7AD151), RGB (0x22A884), RGB (0x2A788E),
      RGB (0x414487), RGB (0x6A2C91),
      RGB (0x8C8C8C),
    },
    .background = RGB (0x242424),
    .text = RGB (0xEEEEEE),
    .muted = RGB (0xB0B0B0),
    .grid = RGB (0x3A3A3A),
    .axis = RGB (0x8A8A8A),
    .accent = RGB (0x3584E4),
    .highlight = RGB (0xF6D32D),
    .line_scale = 1,
  }, {
    .colours = {
      RGB (0xE69F00), RGB (0x56B4E9), RGB (0x1AAE85), RGB (0xF0E442),
      RGB (0x4FA8E8), RGB (0xF07A2E), RGB (0xD88DB6), RGB (0xFFFFFF),
      RGB (0x999999),
      RGB (0xFDE725), RGB (0x7AD151), RGB (0x22A884), RGB (0x2A788E),
      RGB (0x414487), RGB (0x6A2C91),
      RGB (0x999999),
    },
    .background = RGB (0x242424),
    .text = RGB (0xFFFFFF),
    .muted = RGB (0xDDDDDD),
    .grid = RGB (0x5A5A5A),
    .axis = RGB (0xFFFFFF),
    .accent = RGB (0x78AEED),
    .highlight = RGB (0xF6D32D),
    .line_scale = 1.5,
  } },
};

const CwRenderStyle *
cw_render_style_for (gboolean dark,
                     gboolean high_contrast)
{
  return &styles[dark ? 1 : 0][high_contrast ? 1 : 0];
}

const CwRenderStyle *
cw_render_style_of (CwLook look)
{
  return cw_render_style_for (look.dark, look.high_contrast);
}

const CwRenderStyle *
cw_render_style (gboolean dark)
{
  return cw_render_style_for (dark, FALSE);
}

/* Okabe–Ito without black, then grey: eight stages before a colour repeats. */
static const CwColour stage_colours[] = {
  CW_COLOUR_SKY, CW_COLOUR_ORANGE, CW_COLOUR_GREEN, CW_COLOUR_PURPLE,
  CW_COLOUR_YELLOW, CW_COLOUR_VERMILLION, CW_COLOUR_BLUE, CW_COLOUR_GREY,
};

CwColour
cw_render_stage_colour (guint index)
{
  return stage_colours[index % G_N_ELEMENTS (stage_colours)];
}

void
cw_render_set_colour (cairo_t *cr,
                      CwRgb    rgb,
                      double   alpha)
{
  cairo_set_source_rgba (cr, rgb.r, rgb.g, rgb.b, alpha);
}

CwRgb
cw_render_mix (CwRgb  a,
               CwRgb  b,
               double t)
{
  return (CwRgb) { a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t };
}

/* WCAG 2.1's relative luminance of an sRGB colour. */
static double
relative_luminance (CwRgb c)
{
  double v[3] = { c.r, c.g, c.b };

  for (int i = 0; i < 3; i++)
    v[i] = v[i] <= 0.04045 ? v[i] / 12.92 : pow ((v[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}

double
cw_render_contrast (CwRgb a,
                    CwRgb b)
{
  double la = relative_luminance (a), lb = relative_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

CwRgb
cw_render_text_on (CwRgb fill)
{
  static const CwRgb black = { 0.08, 0.08, 0.08 };
  static const CwRgb white = { 1, 1, 1 };

  return cw_render_contrast (black, fill) >= cw_render_contrast (white, fill) ? black : white;
}

void
cw_render_marker_path (cairo_t  *cr,
                       CwMarker  marker,
                       double    x,
                       double    y,
                       double    r)
{
  /* Arms of the cross and the plus, a third of the size thick. */
  static const double arm[][2] = {
    { -1, -0.33 }, { -0.33, -0.33 }, { -0.33, -1 }, { 0.33, -1 }, { 0.33, -0.33 }, { 1, -0.33 },
    { 1, 0.33 }, { 0.33, 0.33 }, { 0.33, 1 }, { -0.33, 1 }, { -0.33, 0.33 }, { -1, 0.33 },
  };

  cairo_new_sub_path (cr);
  switch (marker)
    {
    case CW_MARKER_NONE:
      return;
    case CW_MARKER_CIRCLE:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case CW_MARKER_SQUARE:
      cairo_rectangle (cr, x - 0.85 * r, y - 0.85 * r, 1.7 * r, 1.7 * r);
      break;
    case CW_MARKER_TRIANGLE:
    case CW_MARKER_TRIANGLE_DOWN:
      {
        double s = marker == CW_MARKER_TRIANGLE ? 1.15 * r : -1.15 * r;

        cairo_move_to (cr, x, y - s);
        cairo_line_to (cr, x + 1.15 * r, y + 0.75 * s);
        cairo_line_to (cr, x - 1.15 * r, y + 0.75 * s);
      }
      break;
    case CW_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - 1.2 * r);
      cairo_line_to (cr, x + 1.2 * r, y);
      cairo_line_to (cr, x, y + 1.2 * r);
      cairo_line_to (cr, x - 1.2 * r, y);
      break;
    case CW_MARKER_CROSS:
    case CW_MARKER_PLUS:
      {
        double turn = marker == CW_MARKER_CROSS ? G_PI / 4 : 0, c = cos (turn), s = sin (turn);

        for (guint i = 0; i < G_N_ELEMENTS (arm); i++)
          {
            double ax = 1.1 * r * arm[i][0], ay = 1.1 * r * arm[i][1];

            cairo_line_to (cr, x + c * ax - s * ay, y + s * ax + c * ay);
          }
      }
      break;
    case CW_N_MARKERS:
    default:
      g_assert_not_reached ();
    }
  cairo_close_path (cr);
}

/* Lines across the clip's extents at @angle, @spacing apart. */
static void
hatch_lines (cairo_t *cr,
             double   angle,
             double   spacing)
{
  double x0, y0, x1, y1, cx, cy, reach;
  double c = cos (angle), s = sin (angle);

  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  cx = (x0 + x1) / 2;
  cy = (y0 + y1) / 2;
  reach = hypot (x1 - x0, y1 - y0) / 2 + spacing;
  /* Anchored to the origin, so that neighbouring areas' lines meet. */
  for (double d = floor ((cx * -s + cy * c - reach) / spacing) * spacing; d <= cx * -s + cy * c + reach;
       d += spacing)
    {
      double along = cx * c + cy * s;

      cairo_move_to (cr, -s * d + c * (along - reach), c * d + s * (along - reach));
      cairo_line_to (cr, -s * d + c * (along + reach), c * d + s * (along + reach));
    }
}

void
cw_render_hatch (cairo_t   *cr,
                 CwPattern  pattern,
                 CwRgb      ink,
                 double     alpha,
                 double     spacing)
{
  double x0, y0, x1, y1;

  g_return_if_fail (pattern >= 0 && pattern < CW_N_PATTERNS && spacing > 0);

  cairo_save (cr);
  cairo_clip (cr);
  cw_render_set_colour (cr, ink, alpha);
  cairo_set_line_width (cr, MAX (spacing / 6, 0.8));
  switch (pattern)
    {
    case CW_PATTERN_NONE:
      break;
    case CW_PATTERN_RISING:
      hatch_lines (cr, -G_PI / 4, spacing);
      break;
    case CW_PATTERN_FALLING:
      hatch_lines (cr, G_PI / 4, spacing);
      break;
    case CW_PATTERN_HORIZONTAL:
      hatch_lines (cr, 0, spacing);
      break;
    case CW_PATTERN_VERTICAL:
      hatch_lines (cr, G_PI / 2, spacing);
      break;
    case CW_PATTERN_CROSSED:
      hatch_lines (cr, -G_PI / 4, 1.4 * spacing);
      hatch_lines (cr, G_PI / 4, 1.4 * spacing);
      break;
    case CW_PATTERN_DOTS:
      cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
      for (double y = floor (y0 / spacing) * spacing; y <= y1; y += spacing)
        for (double x = floor (x0 / spacing) * spacing + (fmod (fabs (y / spacing), 2) >= 1 ? spacing / 2 : 0);
             x <= x1; x += spacing)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, x, y, spacing / 7, 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;
    case CW_N_PATTERNS:
    default:
      g_assert_not_reached ();
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

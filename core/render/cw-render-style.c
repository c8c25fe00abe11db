/* cw-render-style.c — the palette of charts, diagrams and the report, light and dark
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-render"

#include "config.h"

#include "cw-render-private.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Okabe & Ito (2008), then viridis for ordered levels. On dark, blue and
 * vermillion are lightened so that lines keep their contrast. Accent and
 * highlight are GNOME's blue and yellow, for what is selected or active. */
static const CwRenderStyle styles[2] = {
  {
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
  },
  {
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
  },
};

const CwRenderStyle *
cw_render_style (gboolean dark)
{
  return &styles[dark ? 1 : 0];
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

CwRgb
cw_render_text_on (CwRgb fill)
{
  static const CwRgb black = { 0.08, 0.08, 0.08 };
  static const CwRgb white = { 1, 1, 1 };
  double luminance = 0.2126 * fill.r + 0.7152 * fill.g + 0.0722 * fill.b;

  return luminance > 0.45 ? black : white;
}

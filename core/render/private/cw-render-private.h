/* cw-render-private.h — the text-and-colour kit of charts, diagrams and the report
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One palette and one way to set, measure, fit and wrap text, so that a
 * chart, a cycle diagram and a report page look like one product.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "cw-render-style.h"

G_BEGIN_DECLS

/* GTK defines these for cairo; the core has to do it itself. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)

/* Colours by role; each style maps them to RGB. The first eight are Okabe–Ito
 * (colour-blind safe); the viridis steps order the engagement levels. */
typedef enum {
  CW_COLOUR_ORANGE,
  CW_COLOUR_SKY,
  CW_COLOUR_GREEN,
  CW_COLOUR_YELLOW,
  CW_COLOUR_BLUE,
  CW_COLOUR_VERMILLION,
  CW_COLOUR_PURPLE,
  CW_COLOUR_INK,          /* black on light, near white on dark */
  CW_COLOUR_GREY,
  CW_COLOUR_VIRIDIS_1,
  CW_COLOUR_VIRIDIS_2,
  CW_COLOUR_VIRIDIS_3,
  CW_COLOUR_VIRIDIS_4,
  CW_COLOUR_VIRIDIS_5,
  CW_COLOUR_VIRIDIS_6,
  CW_COLOUR_NEUTRAL,      /* mid grey on either background */
  CW_N_COLOURS
} CwColour;

typedef struct {
  double r, g, b;
} CwRgb;

typedef struct {
  CwRgb colours[CW_N_COLOURS];
  CwRgb background;
  CwRgb text;
  CwRgb muted;             /* axis labels, units */
  CwRgb grid;
  CwRgb axis;
  CwRgb accent;            /* what is selected */
  CwRgb highlight;         /* what is active, e.g. the stage a run is in */
  double line_scale;       /* line widths times this: thicker in high contrast */
} CwRenderStyle;

const CwRenderStyle *cw_render_style      (gboolean     dark);
/* The style for a dark or light background, in the high-contrast variant
 * when @high_contrast. */
const CwRenderStyle *cw_render_style_for  (gboolean     dark,
                                           gboolean     high_contrast);
/* The style of @look. */
const CwRenderStyle *cw_render_style_of   (CwLook       look);
/* The one stage palette: the colour of the stage at @index among a
 * scenario's stages (a series' stage code), the same on the canvas, in the
 * charts' stage ribbon, in the report and in every export. */
CwColour             cw_render_stage_colour (guint      index);
void                 cw_render_set_colour (cairo_t     *cr,
                                           CwRgb        rgb,
                                           double       alpha);
/* @a moved towards @b by @t (0 … 1). */
CwRgb                cw_render_mix        (CwRgb        a,
                                           CwRgb        b,
                                           double       t);
/* WCAG 2.1's contrast ratio of @a and @b, 1 … 21. */
double               cw_render_contrast   (CwRgb        a,
                                           CwRgb        b);
/* Dark or light text, whichever has the higher contrast on @fill. */
CwRgb                cw_render_text_on    (CwRgb        fill);

/* What tells series, categories and lever groups apart besides colour: a
 * marker shape on a line or as a badge, a hatching on an area. */
typedef enum {
  CW_MARKER_NONE,
  CW_MARKER_CIRCLE,
  CW_MARKER_SQUARE,
  CW_MARKER_TRIANGLE,
  CW_MARKER_DIAMOND,
  CW_MARKER_TRIANGLE_DOWN,
  CW_MARKER_CROSS,
  CW_MARKER_PLUS,
  CW_N_MARKERS
} CwMarker;

typedef enum {
  CW_PATTERN_NONE,
  CW_PATTERN_RISING,       /* diagonal lines, / */
  CW_PATTERN_FALLING,      /* diagonal lines, \ */
  CW_PATTERN_HORIZONTAL,
  CW_PATTERN_VERTICAL,
  CW_PATTERN_CROSSED,
  CW_PATTERN_DOTS,
  CW_N_PATTERNS
} CwPattern;

/* Adds the outline of @marker, centred on (@x, @y) with "radius" @r, to the
 * path: a closed shape to fill and stroke. */
void      cw_render_marker_path     (cairo_t     *cr,
                                     CwMarker     marker,
                                     double       x,
                                     double       y,
                                     double       r);
/* Hatches the current path with @pattern in @ink at @alpha, lines @spacing
 * apart; the path is consumed, the rest of @cr's state kept. */
void      cw_render_hatch           (cairo_t     *cr,
                                     CwPattern    pattern,
                                     CwRgb        ink,
                                     double       alpha,
                                     double       spacing);

/* Text with cairo's toy API: a sans face, UTF-8, unhinted metrics. */
void      cw_render_font            (cairo_t     *cr,
                                     double       size,
                                     gboolean     bold);
double    cw_render_text_width      (cairo_t     *cr,
                                     const char  *text);
/* Draws @text with its left, centre or right (@align 0, 0.5, 1) at @x and its
 * baseline at @y. */
void      cw_render_text            (cairo_t     *cr,
                                     const char  *text,
                                     double       x,
                                     double       y,
                                     double       align);
/* The same with an outline in @halo, to read over lines. */
void      cw_render_text_halo       (cairo_t     *cr,
                                     const char  *text,
                                     double       x,
                                     double       y,
                                     CwRgb        ink,
                                     CwRgb        halo);
/* The one ellipsis rule: @text, or its longest prefix of at least three
 * characters, trailing blanks dropped, with "…" narrower than @width; NULL
 * when not even that fits. */
char     *cw_render_fit_text        (cairo_t     *cr,
                                     const char  *text,
                                     double       width);
/* @text broken at blanks (and at its newlines) into lines of @width, at most
 * @max_lines: the rest joins the last line, which is then fitted like every
 * line (a line that cannot be fitted is ""). @cut, when not NULL, says
 * whether anything was left out. Returns a GPtrArray of char*. */
GPtrArray *cw_render_wrap_text      (cairo_t     *cr,
                                     const char  *text,
                                     double       width,
                                     guint        max_lines,
                                     gboolean    *cut);
/* A scratch context to measure text when there is no surface to draw on. */
cairo_t  *cw_render_measure_context (void);

G_END_DECLS

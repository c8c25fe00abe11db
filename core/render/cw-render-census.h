/* cw-render-census.h — which type sizes a drawing uses, measured on the device
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every text the charts, diagrams and report draw goes through one kit. While
 * a census is attached to a cairo_t, that kit records the size of each text
 * it draws there, in device units (the font size times the current
 * transformation): what a projector shows, to check that nothing is too
 * small to read from the back of a room.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint  n_texts;    /* texts drawn */
  double smallest;   /* device units; G_MAXDOUBLE before the first */
  double largest;
} CwRenderCensus;

/* Starts counting what is drawn on @cr into @census (emptied first) until
 * @cr is destroyed or cw_render_census_detach() is called. */
void cw_render_census_attach (cairo_t        *cr,
                              CwRenderCensus *census);
void cw_render_census_detach (cairo_t        *cr);

G_END_DECLS

/* cw-diagram-view.h — the diagram on a screen: zoom, pan and the legend's place
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas of the window and of present mode shows the diagram through a
 * view: a zoom and an offset, and a band at the left or bottom edge that
 * holds the legend. The diagram is drawn only beside that band, so the
 * legend never covers a stage or an arrow, however the view is panned.
 */
#pragma once

#include "cw-diagram.h"

G_BEGIN_DECLS

/* What a view is fitted to. */
typedef struct {
  double   width, height;  /* the canvas, pixels */
  double   min_zoom;       /* the zoom a fit picks, at least and at most */
  double   max_zoom;
  double   least_text;     /* pixels: the fit never sets a text of the
                            * diagram smaller (it keeps this size and shows
                            * part of the diagram instead); 0: no floor */
  double   legend_scale;   /* the legend's type, times CW_DIAGRAM_LEGEND_SIZE */
  double   legend_room;    /* the largest share of the canvas's area the
                            * legend may take; 1 or more: always shown */
} CwDiagramScreen;

typedef struct {
  double   zoom;           /* screen = model * zoom + (tx, ty) */
  double   tx, ty;
  double   x, y;           /* where the diagram is drawn: the canvas beside */
  double   width, height;  /* the legend's band */
  double   legend_scale;
  double   legend_width;   /* its rows are no wider; 0: no legend */
  double   legend_left;    /* the band the legend takes at the left, or */
  double   legend_bottom;  /* at the bottom, in pixels */
} CwDiagramView;

/* The view that shows as much of the diagram as @screen allows: all of it,
 * centred, where it fits at a zoom of at least min_zoom and least_text;
 * else at that zoom from its top left corner, and, when @state reveals only
 * some stages, panned so that the newest of them is seen (see
 * cw_diagram_view_follow()). The legend goes at the left or the bottom,
 * whichever leaves the diagram larger. */
void     cw_diagram_view_fit      (const CwScenario     *scenario,
                                   const CwDiagramState *state,
                                   const CwDiagramScreen *screen,
                                   CwDiagramView        *view);
/* Pans @view as little as needed to show what @state reveals: all the
 * revealed stages where they fit, else the newest (the last revealed in
 * cycle order) with the one before it, else the newest alone. Nothing to do
 * when @state reveals every stage. */
void     cw_diagram_view_follow   (const CwScenario     *scenario,
                                   const CwDiagramState *state,
                                   CwDiagramView        *view);
/* Pans @view as little as needed to show stage @id (when it fits), as when
 * the keyboard focus moves to it. */
void     cw_diagram_view_show_stage (const CwScenario   *scenario,
                                     const CwDiagramState *state,
                                     const char         *id,
                                     CwDiagramView      *view);
/* Draws the diagram through @view (clipped to its area) and the legend in
 * its band; (0, 0) of @cr is the canvas's top left corner. */
void     cw_diagram_view_draw     (cairo_t              *cr,
                                   const CwScenario     *scenario,
                                   const CwDiagramState *state,
                                   const CwDiagramView  *view);
/* The rectangle of the legend as drawn, in pixels; FALSE when there is none. */
gboolean cw_diagram_view_legend   (const CwScenario     *scenario,
                                   const CwDiagramState *state,
                                   const CwDiagramView  *view,
                                   double               *x,
                                   double               *y,
                                   double               *width,
                                   double               *height);

G_END_DECLS

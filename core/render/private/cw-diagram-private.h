/* cw-diagram-private.h — geometry shared by drawing and hit-testing
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-diagram.h"
#include "cw-render-private.h"

G_BEGIN_DECLS

/* An arrow as a quadratic Bézier curve: start, control and end point. */
typedef struct {
  double x0, y0;
  double cx, cy;
  double x1, y1;
} CwDiagramCurve;

/* FALSE when an end of @edge names no stage. */
gboolean cw_diagram_edge_curve  (const CwScenario *scenario,
                                 const CwEdge     *edge,
                                 CwDiagramCurve   *curve);
void     cw_diagram_curve_point (const CwDiagramCurve *curve,
                                 double                t,
                                 double               *x,
                                 double               *y);

G_END_DECLS

/* cw-experiment-figures.h — the tornado of a sensitivity analysis and the efficient frontier
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "cw-chart-export.h"
#include "cw-render-style.h"
#include "cw-sensitivity.h"

G_BEGIN_DECLS

/* A factor's two bars: @value (drawn dark) and @value2 (light), each with an
 * interval [lo, hi] (equal to the value when there is none). */
typedef struct {
  const char *label;
  double      value, lo, hi;
  double      value2, lo2, hi2;
} CwTornadoBar;

typedef struct {
  const char         *title;
  const char         *value_name;    /* legend of the dark bars */
  const char         *value2_name;   /* legend of the light bars */
  const CwTornadoBar *bars;          /* largest first */
  guint               n_bars;
  CwLook              look;
} CwTornadoSpec;

typedef struct {
  double budget;                     /* M€ per year */
  double value, lo, hi;              /* the objective and its band */
} CwFrontierPoint;

typedef struct {
  const char            *title;
  const char            *objective;  /* the y axis */
  const CwFrontierPoint *points;     /* by budget */
  guint                  n_points;
  CwLook                 look;
} CwFrontierSpec;

/* The tornado of a sensitivity analysis of @table: total order (dark) and
 * first order (light) with their intervals, or Morris μ* and σ; fills
 * @bars (the table's k factors, labelled by id, in @rows' order) and @spec. */
void     cw_tornado_spec_init (CwTornadoSpec            *spec,
                               CwTornadoBar             *bars,
                               const CwPointTable       *table,
                               CwSensitivityKind         kind,
                               const CwSensitivityRow   *rows,
                               const char               *title);
/* A grid of the outcome over two factors' values (a two-factor sweep). */
typedef struct {
  const char   *title;
  const char   *x_name;              /* the factor across */
  const char   *y_name;              /* the factor up */
  const char   *value_name;          /* the outcome, for the colour scale */
  const double *xs;                  /* nx values, ascending */
  guint         nx;
  const double *ys;                  /* ny values, ascending */
  guint         ny;
  const double *values;              /* ny rows of nx; NAN where nothing ran */
  CwLook        look;
} CwHeatmapSpec;

void     cw_heatmap_draw    (cairo_t              *cr,
                             double                width,
                             double                height,
                             const CwHeatmapSpec  *spec);
gboolean cw_heatmap_export  (const CwHeatmapSpec  *spec,
                             CwChartFormat         format,
                             double                width,
                             double                height,
                             const char           *path,
                             GError              **error);
void     cw_tornado_draw    (cairo_t              *cr,
                             double                width,
                             double                height,
                             const CwTornadoSpec  *spec);
void     cw_frontier_draw   (cairo_t              *cr,
                             double                width,
                             double                height,
                             const CwFrontierSpec *spec);
/* Either figure as PNG, SVG or PDF (not CSV) at @path. */
gboolean cw_tornado_export  (const CwTornadoSpec  *spec,
                             CwChartFormat         format,
                             double                width,
                             double                height,
                             const char           *path,
                             GError              **error);
gboolean cw_frontier_export (const CwFrontierSpec *spec,
                             CwChartFormat         format,
                             double                width,
                             double                height,
                             const char           *path,
                             GError              **error);

G_END_DECLS

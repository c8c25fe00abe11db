/* cw-waterfall.h — the explain waterfall: what each lever group added, drawn with cairo
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From the no-policy value, one floating bar per lever group (and, under an
 * expanded group, per lever) to the value with the policy; then the split
 * between the standing levers and the drawn cycle. The same drawing goes to
 * the screen, PNG, SVG and PDF (cw_waterfall_export()) and into the report.
 */
#pragma once

#include <cairo.h>

#include "cw-chart-export.h"
#include "cw-explainer.h"
#include "cw-render-style.h"

G_BEGIN_DECLS

typedef struct {
  const CwAttribution *attribution;   /* required */
  CwLook               look;
  double               font_scale;    /* 1 on a desktop */
  const char          *title;         /* the scenario's: heads an exported waterfall; NULL: none */
} CwWaterfallSpec;

/* The title: the outcome and the year, translated. */
char     *cw_waterfall_title   (const CwAttribution   *attribution);
/* How the parts were computed: runs, exact or sampled, translated. */
char     *cw_waterfall_method  (const CwAttribution   *attribution);
/* A part as the waterfall writes it: signed, with its error when sampled. */
char     *cw_waterfall_value   (const CwAttribution   *attribution,
                                const CwExplainPart   *part);
void      cw_waterfall_draw    (cairo_t               *cr,
                                double                 width,
                                double                 height,
                                const CwWaterfallSpec *spec);
/* The height the waterfall needs at @width to draw every row at full size,
 * with the title's heading in an export. */
double    cw_waterfall_height  (const CwWaterfallSpec *spec,
                                double                 width);
gboolean  cw_waterfall_export  (const CwWaterfallSpec *spec,
                                CwChartFormat          format,
                                double                 width,
                                double                 height,
                                const char            *path,
                                GError               **error);

G_END_DECLS

/* cw-diagram.h — the policy-cycle diagram, drawn onto any cairo_t
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same code draws the canvas of the window and the diagram of the PDF
 * report. Everything here works in model coordinates: the stage positions of
 * the scenario, y growing downwards. The caller sets up the transformation.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "cw-scenario.h"

G_BEGIN_DECLS

/* Smallest size of a stage box, centred on the stage position; a box grows
 * with its name (cw_diagram_stage_size()). */
#define CW_DIAGRAM_STAGE_WIDTH  168.0
#define CW_DIAGRAM_STAGE_HEIGHT  72.0
/* The type size of the legend at scale 1. */
#define CW_DIAGRAM_LEGEND_SIZE 13.0
/* Radius of the handle on a stage's right edge that starts a connection. */
#define CW_DIAGRAM_HANDLE_RADIUS 7.0

/* What the diagram shows besides the scenario: selection, focus, the running
 * stage. Every field may be left zero. */
typedef struct {
  gboolean     dark;           /* draw for a dark background */
  gboolean     high_contrast;  /* full-strength lines and outlines */
  GHashTable  *revealed;       /* set of stage ids shown, or NULL for all: the
                                * others and their arrows are left out */
  GHashTable  *selected;       /* set of selected stage ids, or NULL */
  int          selected_edge;  /* index into edges, or -1 */
  const char  *focus;          /* stage with the keyboard focus */
  const char  *hover;          /* stage under the pointer: shows its handle */
  const char  *active;         /* stage running at the year under the chart cursor */
  gboolean     projector;      /* type for a room: kinds and conditions as large
                                * as the names, boxes grown with them */
} CwDiagramState;

typedef enum {
  CW_DIAGRAM_HIT_NONE,
  CW_DIAGRAM_HIT_STAGE,
  CW_DIAGRAM_HIT_HANDLE,       /* the connection handle of a stage */
  CW_DIAGRAM_HIT_EDGE,
} CwDiagramHit;

void          cw_diagram_state_init   (CwDiagramState   *state);
void          cw_diagram_draw         (cairo_t          *cr,
                                       const CwScenario *scenario,
                                       const CwDiagramState *state);
/* A legend of what the badges and arrows mean, its entries in rows no wider
 * than @max_width where they fit (a @max_width narrower than every entry
 * makes a column, one entry a row; an entry too wide for a row of its own
 * wraps to thirteen times the type size, never cutting a word), its bottom
 * left corner at (@x, @y) in the current user space and its type @scale
 * times the diagram's: the antecedents the shown stages' levers target, and
 * the two kinds of arrow where a shown arrow has a condition. Draws nothing
 * when there is nothing to explain. */
void          cw_diagram_draw_legend  (cairo_t          *cr,
                                       const CwScenario *scenario,
                                       const CwDiagramState *state,
                                       double            x,
                                       double            y,
                                       double            scale,
                                       double            max_width);
/* The size of that legend; FALSE (and 0 × 0) when it would be empty. */
gboolean      cw_diagram_legend_size  (const CwScenario *scenario,
                                       const CwDiagramState *state,
                                       double            scale,
                                       double            max_width,
                                       double           *width,
                                       double           *height);
/* A provisional arrow from (@x0,@y0) to (@x1,@y1), while the user connects. */
void          cw_diagram_draw_link    (cairo_t          *cr,
                                       double            x0,
                                       double            y0,
                                       double            x1,
                                       double            y1);

/* What lies at (@x, @y); @index receives the stage or edge index. Stages on
 * top (drawn last) win. @projector: in the diagram drawn with that state
 * field set, as every function below. */
CwDiagramHit  cw_diagram_hit          (const CwScenario *scenario,
                                       gboolean          projector,
                                       double            x,
                                       double            y,
                                       guint            *index);
/* The rectangle holding every stage, edge and label, with a margin. Returns
 * FALSE (and a rectangle around the origin) when there are no stages. */
gboolean      cw_diagram_bounds       (const CwScenario *scenario,
                                       gboolean          projector,
                                       double           *x,
                                       double           *y,
                                       double           *width,
                                       double           *height);
/* The size of @stage's box: at least CW_DIAGRAM_STAGE_WIDTH × HEIGHT, larger
 * for a long name. */
void          cw_diagram_stage_size   (const CwStage    *stage,
                                       gboolean          projector,
                                       double           *width,
                                       double           *height);
gboolean      cw_diagram_stage_in_rect (const CwStage   *stage,
                                        gboolean         projector,
                                        double           x,
                                        double           y,
                                        double           width,
                                        double           height);
/* The stages (CwStage*, owned by @scenario) in the order a run first visits
 * them along first arrows from the start, then the others in file order. */
GPtrArray    *cw_diagram_cycle_order  (const CwScenario *scenario);
/* Lays the stages on a ring around (0, 0) in cycle order: from the start
 * stage along the first arrows, then the rest in file order. */
void          cw_diagram_arrange_ring (CwScenario       *scenario);

G_END_DECLS

/* cw-diagram-private.h — where the diagram puts boxes, arrows and labels
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing, hit tests and bounds share one layout, computed from the scenario
 * alone: a box grows with its stage's name (the type never shrinks), arrows
 * between the same two stages take lanes side by side, arrows between boxes
 * too close for a straight line arc around them, and a label sits beside its
 * line (on two lines of text, or on the line itself, where it must) where it
 * covers no box, no other label and no other arrow, and lies plainly nearer
 * its own arrow than any other.
 */
#pragma once

#include "cw-diagram.h"
#include "cw-render-private.h"

G_BEGIN_DECLS

/* Type sizes in model units; none is ever drawn smaller. */
#define CW_DIAGRAM_NAME_SIZE     17.0
#define CW_DIAGRAM_CAPTION_SIZE  13.0
#define CW_DIAGRAM_LABEL_SIZE    14.0
#define CW_DIAGRAM_MIN_TEXT_SIZE 12.0
/* Heights of a box's rows: the kind, each line of the name, the badges. */
#define CW_DIAGRAM_CAPTION_LINE  18.0
#define CW_DIAGRAM_NAME_LINE     21.0
#define CW_DIAGRAM_BADGE_ROW     18.0
/* Length of an arrowhead, along its line. */
#define CW_DIAGRAM_HEAD_LENGTH   14.0
/* The shortest visible line an arrow has besides its head. */
#define CW_DIAGRAM_MIN_LINE      20.0

/* The sizes a diagram's text is set in, in model units. On a projector the
 * kinds, conditions and counts are as large as the names, so that what a
 * desktop shows as secondary text reads from the back of a room too. */
typedef struct {
  double name_size;
  double caption_size;     /* a stage's kind, the "+3" of many badges */
  double label_size;       /* an arrow's condition */
  double name_line;        /* the rows of a box */
  double caption_line;
  double label_height;     /* a condition's pill, of one line */
  double label_line;       /* the step to a label's next line */
} CwDiagramType;

const CwDiagramType *cw_diagram_type (gboolean projector);
/* The fill of the box of the stage at @index, and of an arrow's label: the
 * text on them is the style's text colour. */
CwRgb            cw_diagram_stage_fill   (guint                  index,
                                          const CwDiagramState  *state);
CwRgb            cw_diagram_label_fill   (const CwDiagramState  *state);
/* The shape of the badges of lever group @group (besides its colour). */
CwMarker         cw_diagram_group_shape  (CwLeverGroup           group);

/* The width of the widest word of @text at @cr's font: no line of a text
 * the diagram wraps is narrower, so that no word is ever cut. */
double           cw_diagram_widest_word  (cairo_t               *cr,
                                          const char            *text);

/* An arrow as a quadratic Bézier curve: start, control and end point. */
typedef struct {
  double x0, y0;
  double cx, cy;
  double x1, y1;
} CwDiagramCurve;

typedef struct {
  double x, y, w, h;       /* top left corner and size */
} CwDiagramRect;

typedef struct {
  CwDiagramRect  box;
  GPtrArray     *lines;    /* char*: the name, wrapped; never cut */
  char          *caption;  /* the kind, or NULL */
} CwDiagramBox;

typedef struct {
  gboolean       valid;     /* both ends name stages */
  CwDiagramCurve curve;
  gboolean       fallback;  /* unconditional, where its stage has conditional arrows */
  char          *label;     /* the condition, or when a fallback is taken, or NULL */
  GPtrArray     *label_lines; /* char*: the label as drawn, on one line or two */
  CwDiagramRect  label_box;
} CwDiagramArrow;

typedef struct {
  const CwDiagramType *type;
  GArray *boxes;            /* CwDiagramBox, parallel to scenario->stages */
  GArray *arrows;           /* CwDiagramArrow, parallel to scenario->edges */
  CwDiagramRect frame;      /* around the boxes and lines, not the labels */
} CwDiagramLayout;

CwDiagramLayout *cw_diagram_layout_new   (const CwScenario      *scenario,
                                          gboolean               projector);
void             cw_diagram_layout_free  (CwDiagramLayout       *layout);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwDiagramLayout, cw_diagram_layout_free)

/* The box of @stage alone (its size depends on its name and @type only),
 * with its lines and caption when @lines / @caption are not NULL. */
void     cw_diagram_stage_box   (const CwStage        *stage,
                                 const CwDiagramType  *type,
                                 CwDiagramRect        *box,
                                 GPtrArray           **lines,
                                 char                **caption);
/* The rectangle holding the stages in @ids (NULL: all), the arrows between
 * them and their labels, with a margin; FALSE (and @rect untouched) when no
 * stage is in @ids. */
gboolean cw_diagram_layout_bounds (const CwDiagramLayout *layout,
                                   const CwScenario      *scenario,
                                   GHashTable            *ids,
                                   CwDiagramRect         *rect);
void     cw_diagram_curve_point (const CwDiagramCurve *curve,
                                 double                t,
                                 double               *x,
                                 double               *y);
/* Grows the rectangle (@x0, @y0) – (@x1, @y1) to hold the curve. */
void     cw_diagram_curve_extend (const CwDiagramCurve *curve,
                                  double               *x0,
                                  double               *y0,
                                  double               *x1,
                                  double               *y1);
/* Length of the curve, measured along 48 chords. */
double   cw_diagram_curve_length (const CwDiagramCurve *curve);
gboolean cw_diagram_rect_contains (const CwDiagramRect *rect,
                                   double               x,
                                   double               y,
                                   double               margin);
/* Whether @a and @b overlap, or come closer than @margin. */
gboolean cw_diagram_rects_meet   (const CwDiagramRect *a,
                                  const CwDiagramRect *b,
                                  double               margin);
/* Places the labels of @layout's arrows, routed already, in @cr's measure
 * (cw-diagram-labels.c); returns how badly they sit: 0 where each covers
 * nothing and lies plainly nearer its own arrow than any other. */
int      cw_diagram_place_labels (CwDiagramLayout     *layout,
                                  cairo_t             *cr);

G_END_DECLS

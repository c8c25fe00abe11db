/* cw-chart-private.h — what the chart files share: kinds, layout, drawing parts
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-chart-axis.h"
#include "cw-chart.h"
#include "cw-render-private.h"

G_BEGIN_DECLS

/* The definition of a chart kind. */
typedef enum {
  CW_PANEL_LINES,          /* lines[0] is the main series */
  CW_PANEL_STACK,          /* stacked areas, bottom first */
} CwPanelMode;

typedef enum {
  CW_BUDGET_LINE_NONE,
  CW_BUDGET_LINE_RATE,        /* the budget per year */
  CW_BUDGET_LINE_CUMULATIVE,  /* the budget accumulated since the start */
} CwBudgetLine;

#define CW_CHART_MAX_LINES 7

typedef struct {
  CwOutput output;
  CwColour colour;
} CwChartLineDef;

typedef struct {
  CwPanelMode     mode;
  const char     *axis_label;     /* NC_("axis title", …) */
  gboolean        unit_range;     /* a share: the axis is 0…1 */
  CwChartLineDef  lines[CW_CHART_MAX_LINES];
  guint           n_lines;
  int             range_low;      /* outputs bounding a shaded range of firms, or -1 */
  int             range_high;
  const char     *range_label;    /* N_() */
  CwBudgetLine    budget;
  int             shade;          /* output whose share of runs shades quarters, or -1 */
} CwChartPanelDef;

typedef struct {
  const char      *id;
  const char      *name;          /* N_() tab name */
  const char      *title;         /* N_() */
  CwChartPanelDef  panels[2];
  guint            n_panels;
  int              ribbon;        /* a category drawn as a ribbon, or -1 */
  gboolean         phase;         /* heterogeneity vs openness instead of time */
} CwChartKindDef;

const CwChartKindDef *cw_chart_kind_def   (CwChartKind  kind);
CwColour              cw_chart_category_colour (CwOutput output,
                                                int      code);
CwColour              cw_chart_compare_colour  (guint    index);
/* What tells lines apart besides colour: the marker of line @index of a
 * panel, or of run @index of a comparison (0, the scenario's, has none). */
CwMarker              cw_chart_line_marker     (guint    index);
/* The year marks of run @run in the phase plot. */
CwMarker              cw_chart_phase_marker    (guint    run);
/* The hatching of stacked layer @index, or of category @index of a ribbon:
 * the same for a governance mode in the stack and in the ribbon. */
CwPattern             cw_chart_pattern         (guint    index);
/* The translated name of category @code of @output, or NULL (no stage). */
const char           *cw_chart_category_name   (const CwChartSpec *spec,
                                                CwOutput           output,
                                                int                code);
/* The series in the chart: the scenario first, then the comparisons. */
guint                 cw_chart_n_runs          (const CwChartSpec *spec);
const CwSeries       *cw_chart_run             (const CwChartSpec *spec,
                                                guint              run);
const char           *cw_chart_run_name        (const CwChartSpec *spec,
                                                guint              run);
gboolean              cw_chart_has_band        (const CwChartSpec *spec);
gboolean              cw_chart_has_baseline    (const CwChartSpec *spec);
gboolean              cw_chart_has_budget      (const CwChartSpec *spec);
/* The lean layout (see CwChartSpec). */
gboolean              cw_chart_is_lean         (const CwChartSpec *spec);
/* How many of @panel's lines are drawn: all, or the first alone in the lean
 * layout or with comparisons. */
guint                 cw_chart_n_lines         (const CwChartSpec     *spec,
                                                const CwChartPanelDef *panel);
/* The definition of drawn panel @panel (< cw_chart_n_panels()): the lean
 * layout draws the panel of the kind's headline alone (the budget's
 * cumulative spend). */
const CwChartPanelDef *cw_chart_panel_def     (const CwChartSpec     *spec,
                                                guint                  panel);
/* Whether @panel is drawn as stacked areas: never for effects, which may be
 * below 0 and do not add up. */
gboolean              cw_chart_stacked         (const CwChartSpec     *spec,
                                                const CwChartPanelDef *panel);
/* The title of the chart (the short name in the lean layout) and the y axis
 * title of @panel, translated. */
char                 *cw_chart_title           (const CwChartSpec *spec);
const char           *cw_chart_axis_label      (const CwChartSpec *spec,
                                                guint              panel);
double                cw_chart_year_of_step    (const CwSeries    *series,
                                                int                step);
/* The last step the chart shows: the last before until_year, or the last. */
int                   cw_chart_last_shown_step (const CwChartSpec *spec);
/* A value safe for cairo: NAN stays NAN (a gap), the rest is clamped. */
double                cw_chart_clean           (double             v);

/* The hatchings of the two shaded ranges that are no layer. */
#define CW_PATTERN_RANGE CW_PATTERN_FALLING    /* 10th–90th percentile of firms */
#define CW_PATTERN_BINDING CW_PATTERN_RISING   /* a quarter the budget bound */
/* The budget's reference line, dash-dot: no series is drawn like it. */
#define CW_CHART_RULE_DASH(em) ((double[]) { 0.9 * (em), 0.25 * (em), 0.15 * (em), 0.25 * (em) })

/* Hatches the current path, an area filled with @rgb at @alpha, with
 * @pattern: in the colour itself over a faint tint, in the text colour that
 * reads on it over a solid fill. Consumes the path. */
void      cw_chart_hatch_area     (cairo_t     *cr,
                                   CwPattern    pattern,
                                   CwRgb        rgb,
                                   double       alpha,
                                   double       em);

/* Fills the markers of the current path in @rgb, each outlined in the
 * background so that it stands clear of lines. Consumes the path. */
void      cw_chart_fill_markers   (cairo_t             *cr,
                                   const CwRenderStyle *style,
                                   CwRgb                rgb,
                                   double               em);

/* Legend */
typedef enum {
  CW_SWATCH_LINE,
  CW_SWATCH_THIN,          /* a secondary line */
  CW_SWATCH_DASHED,
  CW_SWATCH_RULE,          /* a reference line such as the budget */
  CW_SWATCH_AREA,          /* a fill at the entry's alpha */
} CwSwatch;

/* Opacities of fills, the same in the chart and in its legend. */
#define CW_ALPHA_LAYER 1.0     /* a stacked layer */
#define CW_ALPHA_BAND 0.28     /* 5–95 % of runs */
#define CW_ALPHA_RANGE 0.13    /* 10th–90th percentile of firms */
#define CW_ALPHA_BINDING 0.35  /* a quarter in which every run hit the budget */

typedef struct {
  char      *label;
  CwColour   colour;
  CwSwatch   swatch;
  double     alpha;          /* of an area */
  CwMarker   marker;         /* on a line */
  CwPattern  pattern;        /* on an area */
} CwLegendEntry;

GArray   *cw_chart_legend         (const CwChartSpec *spec);

/* Numbers and years as text, in the user's locale. */
char     *cw_chart_format_number  (double       v,
                                   int          decimals);
char     *cw_chart_format_year    (double       year);
/* @v of @output with its unit, e.g. "37 firms". */
char     *cw_chart_format_value   (CwOutput     output,
                                   double       v);

/* Layout: computed the same way for drawing and for hit testing. */
#define CW_CHART_MAX_RIBBONS 2

typedef struct {
  double   x, y, w, h;
} CwRect;

typedef struct {
  double   x, y;               /* swatch's left and the text baseline */
} CwLegendPlace;

typedef struct {
  CwRect   rect;
  double   y_min, y_max;
  CwTicks  y_ticks;
  double   title_x, title_y;   /* the axis title's start and baseline */
} CwPanelLayout;

typedef struct {
  gboolean       lean;         /* cw_chart_is_lean() */
  double         em;           /* font size, device units */
  double         title_size;
  double         small;        /* the secondary text's: tick labels in a stack, ribbons */
  double         ascent;
  CwRect         area;         /* the whole chart */
  GPtrArray     *title_lines;  /* the title wrapped to the width, at most 2 lines */
  double         title_y;      /* baseline of its first line */
  double         title_line_height;
  GArray        *legend;       /* CwLegendEntry */
  double         swatch;       /* a legend swatch's width; its label follows 0.6 em on */
  CwLegendPlace *legend_places;
  CwPanelLayout  panels[2];
  guint          n_panels;
  double         x_min, x_max;
  CwTicks        x_ticks;
  double         x_labels_y;   /* baseline of the x tick labels */
  CwRect         ribbons[CW_CHART_MAX_RIBBONS];
  CwOutput       ribbon_outputs[CW_CHART_MAX_RIBBONS];
  guint          n_ribbons;
  double         x_title_y;    /* baseline of the phase plot's x axis title */
  GStrv          readout;      /* cw_chart_readout(), placed like the legend */
  CwLegendPlace *readout_places;
} CwChartLayout;

/* The font size of a chart drawn at @width × @height. */
double    cw_chart_em             (const CwChartSpec *spec,
                                   double             width,
                                   double             height);
void      cw_chart_layout_init    (CwChartLayout     *layout,
                                   cairo_t           *cr,
                                   const CwChartSpec *spec,
                                   double             width,
                                   double             height);
void      cw_chart_layout_clear   (CwChartLayout     *layout);
double    cw_chart_layout_x       (const CwChartLayout *layout,
                                   double               value);
double    cw_chart_layout_y       (const CwChartLayout *layout,
                                   guint                panel,
                                   double               value);

/* Drawing parts */
void      cw_chart_draw_axes      (cairo_t             *cr,
                                   const CwChartSpec   *spec,
                                   const CwChartLayout *layout);
void      cw_chart_draw_legend    (cairo_t             *cr,
                                   const CwChartSpec   *spec,
                                   const CwChartLayout *layout);
/* Places the readout's items from *@bottom down, wrapping at the chart's
 * width, and moves *@bottom below them. */
void      cw_chart_place_readout  (CwChartLayout       *layout,
                                   cairo_t             *cr,
                                   const CwChartSpec   *spec,
                                   double               pad,
                                   double              *bottom);
void      cw_chart_draw_readout   (cairo_t             *cr,
                                   const CwChartSpec   *spec,
                                   const CwChartLayout *layout);
void      cw_chart_draw_ribbons   (cairo_t             *cr,
                                   const CwChartSpec   *spec,
                                   const CwChartLayout *layout);
void      cw_chart_draw_panel     (cairo_t             *cr,
                                   const CwChartSpec   *spec,
                                   const CwChartLayout *layout,
                                   guint                panel);
void      cw_chart_draw_phase     (cairo_t             *cr,
                                   const CwChartSpec   *spec,
                                   const CwChartLayout *layout);

/* The columns of a chart's data: hover values and CSV share them. */
typedef enum {
  CW_COLUMN_SERIES,
  CW_COLUMN_CATEGORY,
  CW_COLUMN_CONSTANT,
} CwColumnKind;

typedef struct {
  CwColumnKind    kind;
  char           *id;          /* CSV header, ASCII */
  char           *label;       /* translated */
  const CwSeries *series;
  CwOutput        output;
  CwStat          stat;
  double          constant;
} CwChartColumn;

GArray   *cw_chart_columns        (const CwChartSpec   *spec);
double    cw_chart_column_value   (const CwChartColumn *column,
                                   const CwChartSpec   *spec,
                                   int                  step);

/* Files: a cairo write function that appends to a GByteArray, and writing the
 * bytes to @path with cw_safe_file_write_path(). */
cairo_status_t cw_chart_append_bytes_cb (void                *closure,
                                         const unsigned char *data,
                                         unsigned int         length);
gboolean       cw_chart_save_bytes      (const char          *path,
                                         GByteArray          *bytes,
                                         GError             **error);
/* Draws a figure of @width × @height with @draw (@data passed on) as
 * @format (not CSV) and writes it to @path; checks the size. */
typedef void (*CwFigureDrawFunc) (cairo_t       *cr,
                                  double         width,
                                  double         height,
                                  gconstpointer  data);
gboolean       cw_chart_export_figure   (CwFigureDrawFunc     draw,
                                         gconstpointer        data,
                                         int                  format,
                                         double               width,
                                         double               height,
                                         const char          *path,
                                         GError             **error);
/* Paints the background and writes @title (NULL or empty: nothing) at the
 * top of an exported figure @width wide in the font size @em; returns the
 * height it takes. */
double         cw_chart_draw_heading    (cairo_t             *cr,
                                         const char          *title,
                                         CwLook               look,
                                         double               em,
                                         double               width);
/* The height cw_chart_draw_heading() takes at most, without a cairo context. */
double         cw_chart_heading_height  (const char          *title,
                                         double               em);
/* Destroys @cr, writes @surface as PNG into @png when not NULL, finishes and
 * destroys @surface; returns the first error. */
cairo_status_t cw_chart_close_surface   (cairo_t             *cr,
                                         cairo_surface_t     *surface,
                                         GByteArray          *png);

G_END_DECLS

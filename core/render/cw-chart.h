/* cw-chart.h — the outcome charts, drawn with cairo onto any surface
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One drawing path for the screen, PNG, SVG and PDF: the window passes the
 * cairo_t of its snapshot, the exporter the cairo_t of a file surface.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "cw-render-style.h"
#include "cw-scenario.h"
#include "cw-series.h"

G_BEGIN_DECLS

/* The pages of the outcomes pane (and the phase plot of the life cycle). */
typedef enum {
  CW_CHART_UPGRADING,
  CW_CHART_CAPABILITIES,
  CW_CHART_GOVERNANCE,
  CW_CHART_LIFECYCLE,
  CW_CHART_PHASE,
  CW_CHART_COMMUNITIES,
  CW_CHART_DIGITAL,
  CW_CHART_BUDGET,
  CW_N_CHART_KINDS
} CwChartKind;

/* Registered, so that .ui files name the kind: <property name="kind">governance</property>.
 * The nicks are the ids of cw_chart_kind_id(). */
#define CW_TYPE_CHART_KIND (cw_chart_kind_get_type ())
GType cw_chart_kind_get_type (void) G_GNUC_CONST;

/* Other scenarios drawn into the same chart, each in its own colour. */
#define CW_CHART_MAX_COMPARE 6

/* What to draw. Initialise with cw_chart_spec_init(); the chart keeps no
 * pointer after cw_chart_draw() returns. Comparisons draw the main series of
 * each scenario in its own colour, without band; the stacked charts
 * (governance, communities) show the scenario alone. The lean layout, for a
 * small chart on a projector, leaves the plot as much of the chart as it
 * can: the short name, the axis title and the legend share their lines; a
 * line chart draws its headline series alone (with its band and no-policy
 * run), the budget chart its cumulative spend; the stage ribbon is the only
 * one; margins are tight. */
typedef struct {
  CwChartKind        kind;
  const CwSeries    *series;         /* the scenario; required */
  const char        *series_name;    /* its legend name in a comparison; NULL: "This scenario" */
  const CwSeries    *baseline;       /* the no-policy run, or NULL */
  gboolean           show_baseline;  /* dashed, for the chart's main series */
  gboolean           show_band;      /* 5–95 % of runs, shaded, for the main series */
  double             cursor_year;    /* a vertical cursor; NAN: none */
  double             until_year;     /* data drawn up to this year; NAN: all */
  double             budget;         /* million € per year; NAN: not drawn */
  CwLook             look;           /* light or dark, high contrast (its colours, thicker lines) or not */
  double             font_scale;     /* 1 on a desktop; larger on a projector or with large text */
  const char *const *stage_names;    /* parallel to series->stage_ids; NULL: the ids */
  const CwSeries    *compare[CW_CHART_MAX_COMPARE];
  const char        *compare_names[CW_CHART_MAX_COMPARE];
  guint              n_compare;      /* with comparisons, only the main series is drawn */
  gboolean           show_readout;   /* values at the cursor (else the last year) under the legend */
  double             min_text_size;  /* no text smaller, in device units (a projector); 0: none */
  gboolean           lean;           /* the lean layout (below) */
  gboolean           effect;         /* the series are effects, policy − no policy: lines
                                      * around a zero rule, no stacks, budget or ranges */
  const char        *title;          /* the scenario's: heads an exported chart; NULL: none */
  const char        *settings;       /* the run's (cw_run_record_settings()): its record
                                      * heads the CSV; NULL: none */
} CwChartSpec;

/* Where a panel's data land: the plot rectangle and the values at its edges. */
typedef struct {
  double x, y, width, height;  /* device units */
  double x_min, x_max;         /* calendar years; heterogeneity in the phase plot */
  double y_min, y_max;
} CwChartFrame;

/* One value under the pointer, for hover. */
typedef struct {
  char   *label;   /* translated, e.g. "Upgrading index" */
  char   *text;    /* the value with its unit, e.g. "0.42" or "37 firms" */
  double  value;   /* NAN for a category (a stage, a governance mode) */
} CwChartValue;

const char   *cw_chart_kind_id        (CwChartKind        kind);
const char   *cw_chart_kind_name      (CwChartKind        kind);
int           cw_chart_kind_from_id   (const char        *id);
/* The numeric outcome a chart of @kind is about (Explain attributes it). */
CwOutput      cw_chart_kind_headline  (CwChartKind        kind);

/* The names the user gave the stages, in the order of @series' stage ids
 * (the id where a stage is gone), NULL-terminated: for spec.stage_names. The
 * strings belong to @scenario and @series. */
GPtrArray    *cw_chart_stage_names    (const CwScenario  *scenario,
                                       const CwSeries    *series);

void          cw_chart_spec_init      (CwChartSpec       *spec,
                                       CwChartKind        kind,
                                       const CwSeries    *series);

void          cw_chart_draw           (cairo_t           *cr,
                                       double             width,
                                       double             height,
                                       const CwChartSpec *spec);

/* Panel 0 is the main one; only the budget chart has a second (cumulative spend). */
guint         cw_chart_n_panels       (const CwChartSpec *spec);
gboolean      cw_chart_get_frame      (const CwChartSpec *spec,
                                       double             width,
                                       double             height,
                                       guint              panel,
                                       CwChartFrame      *frame);

/* The readout under the legend: the year (the cursor's, else the last one),
 * then per plotted series its value, its no-policy value and the difference
 * (with comparisons: each scenario's main value and its difference against
 * no policy; for an effect chart each effect, the main one with its paired
 * 5–95 %), in the user's locale; NULL when the spec shows none. */
GStrv         cw_chart_readout        (const CwChartSpec *spec);

/* The effect in one sentence, at the readout's year: the chart's headline
 * outcome with and without the policy and the difference, e.g. "Upgrading
 * index in 2031: 0.52 with the policy, 0.41 without, difference +0.11", in
 * the user's locale (only the value without a baseline; for an effect chart
 * the effect alone, "Effect on … in 2031: +0.11"); NULL for the phase plot.
 * For a room, where the readout's every series would be too much. */
char         *cw_chart_effect_text    (const CwChartSpec *spec);

/* The labels of the legend, in drawing order; free with g_strfreev(). */
GStrv         cw_chart_legend_labels  (const CwChartSpec *spec);

/* The year (on a quarter) under the pointer, or NAN when it is off the data. In
 * the phase plot, the year of the path point nearest to (x, y). */
double        cw_chart_year_at        (const CwChartSpec *spec,
                                       double             width,
                                       double             height,
                                       double             x,
                                       double             y);
/* The values the chart shows at @year (rounded to a quarter), as CwChartValue*;
 * NULL when @year is outside the run. */
GPtrArray    *cw_chart_values_at      (const CwChartSpec *spec,
                                       double             year);
void          cw_chart_value_free     (CwChartValue      *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwChartValue, cw_chart_value_free)

G_END_DECLS

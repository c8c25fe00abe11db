/* cw-chart-kinds.c — which outputs each chart shows, and in which colours
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"
#include "cw-ids.h"

#define LINE(o, c) { CW_OUT_##o, CW_COLOUR_##c }
#define NO_RANGE .range_low = -1, .range_high = -1, .shade = -1

static const CwChartKindDef kinds[CW_N_CHART_KINDS] = {
  [CW_CHART_UPGRADING] = {
    "upgrading", N_("Upgrading"), N_("Upgrading of the cluster"),
    { { CW_PANEL_LINES, NC_("axis title", "index, 0–1"), TRUE,
        { LINE (UPGRADING, BLUE), LINE (UPGRADING_PROCESS_PRODUCT, ORANGE),
          LINE (UPGRADING_FUNCTIONAL, GREEN), LINE (UPGRADING_CHAIN, PURPLE) }, 4,
        NO_RANGE } }, 1, -1, FALSE },
  [CW_CHART_CAPABILITIES] = {
    "capabilities", N_("Capabilities"), N_("Capabilities of the firms"),
    { { CW_PANEL_LINES, NC_("axis title", "level, 0–1"), TRUE,
        { LINE (CAPABILITY_MEAN, BLUE), LINE (ABSORPTIVE_MEAN, ORANGE),
          LINE (EFFORT_MEAN, GREEN) }, 3,
        .range_low = CW_OUT_CAPABILITY_P10, .range_high = CW_OUT_CAPABILITY_P90,
        .range_label = N_("Capability of firms, 10th–90th percentile"), .shade = -1 } },
    1, -1, FALSE },
  [CW_CHART_GOVERNANCE] = {
    "governance", N_("Governance"), N_("Governance of the value chain"),
    { { CW_PANEL_STACK, NC_("axis title", "fit of each mode, 0–1"), TRUE,
        { LINE (GOVERNANCE_MARKET, SKY), LINE (GOVERNANCE_MODULAR, GREEN),
          LINE (GOVERNANCE_RELATIONAL, BLUE), LINE (GOVERNANCE_CAPTIVE, VERMILLION),
          LINE (GOVERNANCE_HIERARCHY, PURPLE), LINE (GOVERNANCE_EXCLUDED, GREY) }, 6,
        NO_RANGE } }, 1, CW_OUT_GOVERNANCE, FALSE },
  [CW_CHART_LIFECYCLE] = {
    "lifecycle", N_("Life cycle"), N_("Life cycle of the cluster"),
    { { CW_PANEL_LINES, NC_("axis title", "index, 0–1"), TRUE,
        { LINE (HETEROGENEITY, BLUE), LINE (OPENNESS, ORANGE) }, 2,
        NO_RANGE } }, 1, CW_OUT_LIFECYCLE, FALSE },
  [CW_CHART_PHASE] = {
    "phase", N_("Life-cycle path"), N_("Path of the cluster: heterogeneity and openness"),
    { { CW_PANEL_LINES, NC_("axis title", "External openness"), TRUE,
        { LINE (OPENNESS, BLUE) }, 1, NO_RANGE } }, 1, -1, TRUE },
  [CW_CHART_COMMUNITIES] = {
    "communities", N_("Communities"), N_("Engagement in the cluster organisation"),
    { { CW_PANEL_STACK, NC_("axis title", "firms"), FALSE,
        /* Deeper engagement, brighter colour: the growth to watch stands out. */
        { LINE (OUTSIDE, GREY), LINE (DEAD_SOULS, VIRIDIS_6), LINE (PARTICIPANTS, VIRIDIS_5),
          LINE (COOPERATORS_2, VIRIDIS_4), LINE (COOPERATORS_3, VIRIDIS_3),
          LINE (COOPERATORS_4, VIRIDIS_2), LINE (LOCOMOTIVES, VIRIDIS_1) }, 7,
        NO_RANGE } }, 1, -1, FALSE },
  [CW_CHART_DIGITAL] = {
    "digital", N_("Digital & international"), N_("Digital adoption and internationalisation"),
    { { CW_PANEL_LINES, NC_("axis title", "firms"), FALSE,
        { LINE (DIGITAL_ADOPTERS, BLUE), LINE (INTERNATIONALISED, ORANGE),
          LINE (PROGRAMME_ENROLLED, GREEN), LINE (PROGRAMME_DROPOUTS, VERMILLION),
          LINE (PROTOTYPES, PURPLE) }, 5,
        NO_RANGE } }, 1, -1, FALSE },
  [CW_CHART_BUDGET] = {
    "budget", N_("Budget"), N_("Policy spend and budget"),
    { { CW_PANEL_LINES, NC_("axis title", "Spend, M€ per year"), FALSE,
        { LINE (SPEND, BLUE) }, 1,
        .range_low = -1, .range_high = -1,
        .budget = CW_BUDGET_LINE_RATE, .shade = CW_OUT_BUDGET_BINDING },
      { CW_PANEL_LINES, NC_("axis title", "Cumulative spend since the start, M€"), FALSE,
        { LINE (SPEND_CUMULATIVE, BLUE) }, 1,
        .range_low = -1, .range_high = -1,
        .budget = CW_BUDGET_LINE_CUMULATIVE, .shade = -1 } },
    2, -1, FALSE },
};

/* The outcome a chart is about: what Explain attributes. */
static const CwOutput headlines[CW_N_CHART_KINDS] = {
  [CW_CHART_UPGRADING] = CW_OUT_UPGRADING,
  [CW_CHART_CAPABILITIES] = CW_OUT_CAPABILITY_MEAN,
  [CW_CHART_GOVERNANCE] = CW_OUT_GOVERNANCE_RELATIONAL,
  [CW_CHART_LIFECYCLE] = CW_OUT_HETEROGENEITY,
  [CW_CHART_PHASE] = CW_OUT_OPENNESS,
  [CW_CHART_COMMUNITIES] = CW_OUT_COOPERATORS_4,
  [CW_CHART_DIGITAL] = CW_OUT_DIGITAL_ADOPTERS,
  [CW_CHART_BUDGET] = CW_OUT_SPEND_CUMULATIVE,
};

/* Same colour for a category wherever it appears (ribbon, stack, legend). */
static const CwColour governance_colours[CW_N_GOVERNANCE] = {
  CW_COLOUR_SKY, CW_COLOUR_GREEN, CW_COLOUR_BLUE,
  CW_COLOUR_VERMILLION, CW_COLOUR_PURPLE, CW_COLOUR_GREY,
};

static const CwColour lifecycle_colours[CW_N_LIFECYCLE] = {
  CW_COLOUR_SKY, CW_COLOUR_GREEN, CW_COLOUR_BLUE, CW_COLOUR_VERMILLION, CW_COLOUR_YELLOW,
};

/* The scenario's main series is blue; comparisons avoid it. */
static const CwColour compare_colours[CW_CHART_MAX_COMPARE] = {
  CW_COLOUR_VERMILLION, CW_COLOUR_GREEN, CW_COLOUR_PURPLE, CW_COLOUR_ORANGE,
  CW_COLOUR_SKY, CW_COLOUR_INK,
};

G_DEFINE_ENUM_TYPE (CwChartKind, cw_chart_kind,
  G_DEFINE_ENUM_VALUE (CW_CHART_UPGRADING, "upgrading"),
  G_DEFINE_ENUM_VALUE (CW_CHART_CAPABILITIES, "capabilities"),
  G_DEFINE_ENUM_VALUE (CW_CHART_GOVERNANCE, "governance"),
  G_DEFINE_ENUM_VALUE (CW_CHART_LIFECYCLE, "lifecycle"),
  G_DEFINE_ENUM_VALUE (CW_CHART_PHASE, "phase"),
  G_DEFINE_ENUM_VALUE (CW_CHART_COMMUNITIES, "communities"),
  G_DEFINE_ENUM_VALUE (CW_CHART_DIGITAL, "digital"),
  G_DEFINE_ENUM_VALUE (CW_CHART_BUDGET, "budget"))

const CwChartKindDef *
cw_chart_kind_def (CwChartKind kind)
{
  g_return_val_if_fail (kind >= 0 && kind < CW_N_CHART_KINDS, NULL);
  return &kinds[kind];
}

CwOutput
cw_chart_kind_headline (CwChartKind kind)
{
  g_return_val_if_fail (kind >= 0 && kind < CW_N_CHART_KINDS, CW_OUT_UPGRADING);
  return headlines[kind];
}

const char *
cw_chart_kind_id (CwChartKind kind)
{
  g_return_val_if_fail (kind >= 0 && kind < CW_N_CHART_KINDS, NULL);
  return kinds[kind].id;
}

const char *
cw_chart_kind_name (CwChartKind kind)
{
  g_return_val_if_fail (kind >= 0 && kind < CW_N_CHART_KINDS, NULL);
  return _(kinds[kind].name);
}

/* Returns the kind with @id, or -1. */
int
cw_chart_kind_from_id (const char *id)
{
  return CW_ID_LOOKUP (kinds, id);
}

CwColour
cw_chart_category_colour (CwOutput output,
                          int      code)
{
  g_assert (code >= 0);
  switch (output)
    {
    case CW_OUT_GOVERNANCE:
      return governance_colours[code % CW_N_GOVERNANCE];
    case CW_OUT_LIFECYCLE:
      return lifecycle_colours[code % CW_N_LIFECYCLE];
    default:
      return cw_render_stage_colour (code);
    }
}

CwColour
cw_chart_compare_colour (guint index)
{
  g_assert (index < CW_CHART_MAX_COMPARE);
  return compare_colours[index];
}

CwMarker
cw_chart_line_marker (guint index)
{
  static const CwMarker markers[] = {
    CW_MARKER_NONE, CW_MARKER_CIRCLE, CW_MARKER_SQUARE, CW_MARKER_TRIANGLE,
    CW_MARKER_DIAMOND, CW_MARKER_TRIANGLE_DOWN, CW_MARKER_CROSS, CW_MARKER_PLUS,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (markers) >= CW_CHART_MAX_LINES);
  G_STATIC_ASSERT (G_N_ELEMENTS (markers) >= CW_CHART_MAX_COMPARE + 2);
  g_assert (index < G_N_ELEMENTS (markers));
  return markers[index];
}

/* The path's year marks: every run of the phase plot has some, so the
 * scenario's are circles and each comparison takes the next marker. */
CwMarker
cw_chart_phase_marker (guint run)
{
  return cw_chart_line_marker (run + 1);
}

CwPattern
cw_chart_pattern (guint index)
{
  return index % CW_N_PATTERNS;
}

const char *
cw_chart_category_name (const CwChartSpec *spec,
                        CwOutput           output,
                        int                code)
{
  GStrv ids = spec->series->stage_ids;

  switch (output)
    {
    case CW_OUT_GOVERNANCE:
      return code >= 0 && code < CW_N_GOVERNANCE ? cw_governance_name (code) : NULL;
    case CW_OUT_LIFECYCLE:
      return code >= 0 && code < CW_N_LIFECYCLE ? cw_lifecycle_name (code) : NULL;
    default:
      if (ids == NULL || code < 0 || (guint) code >= g_strv_length (ids))
        return NULL;
      if (spec->stage_names != NULL && g_strv_length ((GStrv) spec->stage_names) > (guint) code)
        return spec->stage_names[code];
      return ids[code];
    }
}

guint
cw_chart_n_runs (const CwChartSpec *spec)
{
  return 1 + spec->n_compare;
}

const CwSeries *
cw_chart_run (const CwChartSpec *spec,
              guint              run)
{
  return run == 0 ? spec->series : spec->compare[run - 1];
}

const char *
cw_chart_run_name (const CwChartSpec *spec,
                   guint              run)
{
  if (run == 0)
    return spec->series_name != NULL ? spec->series_name : _("This scenario");
  if (spec->compare_names[run - 1] != NULL)
    return spec->compare_names[run - 1];
  return _("Comparison");
}

/* The band only means something for an ensemble, and not next to comparisons. */
gboolean
cw_chart_has_band (const CwChartSpec *spec)
{
  return spec->show_band && spec->series->runs > 1 && spec->n_compare == 0
         && !kinds[spec->kind].phase;
}

gboolean
cw_chart_has_baseline (const CwChartSpec *spec)
{
  return spec->show_baseline && spec->baseline != NULL
         && spec->baseline->n_steps == spec->series->n_steps;
}

gboolean
cw_chart_has_budget (const CwChartSpec *spec)
{
  return isfinite (spec->budget) && spec->budget >= 0;
}

gboolean
cw_chart_is_lean (const CwChartSpec *spec)
{
  return spec->lean;
}

const CwChartPanelDef *
cw_chart_panel_def (const CwChartSpec *spec,
                    guint              panel)
{
  const CwChartKindDef *def = cw_chart_kind_def (spec->kind);

  if (cw_chart_is_lean (spec))
    for (guint p = 0; p < def->n_panels; p++)
      if (def->panels[p].lines[0].output == headlines[spec->kind])
        return &def->panels[p];
  return &def->panels[panel];
}

guint
cw_chart_n_lines (const CwChartSpec     *spec,
                  const CwChartPanelDef *panel)
{
  if (!cw_chart_stacked (spec, panel) && (spec->n_compare > 0 || cw_chart_is_lean (spec)))
    return MIN (panel->n_lines, 1);
  return panel->n_lines;
}

gboolean
cw_chart_stacked (const CwChartSpec     *spec,
                  const CwChartPanelDef *panel)
{
  return panel->mode == CW_PANEL_STACK && !spec->effect;
}

char *
cw_chart_title (const CwChartSpec *spec)
{
  /* The lean layout shares the title's line: the kind's short name. */
  gboolean lean = cw_chart_is_lean (spec);
  const char *title = _(lean ? kinds[spec->kind].name : kinds[spec->kind].title);

  if (!spec->effect)
    return g_strdup (title);
  if (lean)
    /* TRANSLATORS: a small chart's title on a projector when it shows what
     * the policy changed, e.g. "Upgrading: effect" */
    return g_strdup_printf (C_("chart title on a projector", "%s: effect"), title);
  /* TRANSLATORS: a chart's title when it shows what the policy changed,
   * e.g. "Upgrading of the cluster: effect of the policy" */
  return g_strdup_printf (_("%s: effect of the policy"), title);
}

const char *
cw_chart_axis_label (const CwChartSpec *spec,
                     guint              panel)
{
  if (spec->effect)
    return _("policy − no policy");
  return g_dpgettext2 (GETTEXT_PACKAGE, "axis title", cw_chart_panel_def (spec, panel)->axis_label);
}

double
cw_chart_year_of_step (const CwSeries *series,
                       int             step)
{
  return series->start_year + (double) step / CW_STEPS_PER_YEAR;
}

int
cw_chart_last_shown_step (const CwChartSpec *spec)
{
  const CwSeries *series = spec->series;
  int last = series->n_steps - 1;

  if (isfinite (spec->until_year))
    last = (int) CLAMP (ceil ((spec->until_year - series->start_year) * CW_STEPS_PER_YEAR) - 1, 0, last);
  return last;
}

/* cairo works in 24.8 fixed point: beyond about ±8 million device units a
 * coordinate wraps. Data are clamped well inside before they are mapped. */
double
cw_chart_clean (double v)
{
  if (isnan (v))
    return v;
  return CLAMP (v, -1e12, 1e12);
}

void
cw_chart_spec_init (CwChartSpec    *spec,
                    CwChartKind     kind,
                    const CwSeries *series)
{
  g_return_if_fail (spec != NULL);
  g_return_if_fail (kind >= 0 && kind < CW_N_CHART_KINDS);

  *spec = (CwChartSpec) {
    .kind = kind,
    .series = series,
    .show_baseline = TRUE,
    .show_band = TRUE,
    .cursor_year = NAN,
    .show_readout = TRUE,
    .until_year = NAN,
    .budget = NAN,
    .font_scale = 1,
  };
}

/* test-chart-palette.c — what charts and the cycle show is legible without colour and in contrast
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WCAG 2.1 (and EN 301 549): text reads 4.5:1 or more against what it is
 * drawn on, in the light, dark and both high-contrast styles; no series,
 * area, category or lever group is told apart by its colour alone.
 */
#include "config.h"

#include <math.h>

#include "chart-fixture.h"
#include "cw-chart-private.h"
#include "cw-diagram-private.h"
#include "cw-lesson-report.h"

#define MIN_TEXT_CONTRAST 4.5

/* The four styles: light, dark, and each in high contrast. */
#define FOR_EACH_LOOK(dark, hc) \
  for (int dark = 0; dark < 2; dark++) \
    for (int hc = 0; hc < 2; hc++)

static void
test_contrast_formula (void)
{
  CwRgb black = { 0, 0, 0 }, white = { 1, 1, 1 }, grey = { 0x76 / 255.0, 0x76 / 255.0, 0x76 / 255.0 };

  /* The ends of the scale, and WCAG's grey that just passes on white. */
  g_assert_cmpfloat_with_epsilon (cw_render_contrast (black, white), 21, 1e-9);
  g_assert_cmpfloat_with_epsilon (cw_render_contrast (white, white), 1, 1e-9);
  g_assert_cmpfloat_with_epsilon (cw_render_contrast (grey, white), 4.54, 0.01);
  g_assert_cmpfloat (cw_render_contrast (white, grey), ==, cw_render_contrast (grey, white));
}

/* Titles, legends, axis labels, the readout and the cursor's tab (the
 * background on the text colour): against the chart's background. */
static void
test_chart_text (void)
{
  FOR_EACH_LOOK (dark, hc)
    {
      const CwRenderStyle *style = cw_render_style_for (dark, hc);

      g_test_message ("dark %d, high contrast %d: text %.1f:1, muted %.1f:1", dark, hc,
                      cw_render_contrast (style->text, style->background),
                      cw_render_contrast (style->muted, style->background));
      g_assert_cmpfloat (cw_render_contrast (style->text, style->background), >=, MIN_TEXT_CONTRAST);
      g_assert_cmpfloat (cw_render_contrast (style->muted, style->background), >=, MIN_TEXT_CONTRAST);
      /* Names inside layers and ribbons take the text colour that reads on
       * their fill, whatever colour that is. */
      for (int c = 0; c < CW_N_COLOURS; c++)
        g_assert_cmpfloat (cw_render_contrast (cw_render_text_on (style->colours[c]), style->colours[c]),
                           >=, MIN_TEXT_CONTRAST);
    }
}

/* Stage names and kinds on their boxes, conditions on their labels. */
static void
test_canvas_text (void)
{
  FOR_EACH_LOOK (dark, hc)
    {
      CwDiagramState state;
      const CwRenderStyle *style = cw_render_style_for (dark, hc);

      cw_diagram_state_init (&state);
      state.dark = dark;
      state.high_contrast = hc;
      for (guint i = 0; i < 8; i++)
        {
          double ratio = cw_render_contrast (style->text, cw_diagram_stage_fill (i, &state));

          if (ratio < MIN_TEXT_CONTRAST)
            g_test_message ("stage %u, dark %d, high contrast %d: %.2f:1", i, dark, hc, ratio);
          g_assert_cmpfloat (ratio, >=, MIN_TEXT_CONTRAST);
        }
      g_assert_cmpfloat (cw_render_contrast (style->text, cw_diagram_label_fill (&state)), >=,
                         MIN_TEXT_CONTRAST);
    }
}

/* High contrast: every colour a line may take stands 4.5:1 against the
 * background (the normal styles ask 3:1 of the main series only), and the
 * lines are thicker. */
static void
test_high_contrast_lines (void)
{
  static const CwColour line_colours[] = {
    CW_COLOUR_ORANGE, CW_COLOUR_SKY, CW_COLOUR_GREEN, CW_COLOUR_YELLOW, CW_COLOUR_BLUE,
    CW_COLOUR_VERMILLION, CW_COLOUR_PURPLE, CW_COLOUR_INK, CW_COLOUR_GREY, CW_COLOUR_NEUTRAL,
  };

  for (int dark = 0; dark < 2; dark++)
    {
      const CwRenderStyle *normal = cw_render_style_for (dark, FALSE);
      const CwRenderStyle *hc = cw_render_style_for (dark, TRUE);

      g_assert_true (cw_render_style (dark) == normal);
      g_assert_cmpfloat (hc->line_scale, >, normal->line_scale);
      g_assert_cmpfloat (cw_render_contrast (hc->text, hc->background), >,
                         cw_render_contrast (normal->text, normal->background));
      g_assert_cmpfloat (cw_render_contrast (normal->colours[CW_COLOUR_BLUE], normal->background), >=, 3);
      for (guint i = 0; i < G_N_ELEMENTS (line_colours); i++)
        g_assert_cmpfloat (cw_render_contrast (hc->colours[line_colours[i]], hc->background), >=,
                           MIN_TEXT_CONTRAST);
    }
}

/* What a legend entry looks like apart from its colour. */
static guint
shape_key (const CwLegendEntry *entry)
{
  return entry->swatch * 10000 + entry->marker * 100 + (entry->swatch == CW_SWATCH_AREA ? entry->pattern : 0);
}

static void
assert_distinct_without_colour (const CwChartSpec *spec)
{
  g_autoptr(GArray) legend = cw_chart_legend (spec);

  g_assert_cmpuint (legend->len, >, 0);
  for (guint i = 0; i < legend->len; i++)
    for (guint j = i + 1; j < legend->len; j++)
      {
        const CwLegendEntry *a = &g_array_index (legend, CwLegendEntry, i);
        const CwLegendEntry *b = &g_array_index (legend, CwLegendEntry, j);

        if (shape_key (a) == shape_key (b))
          g_error ("%s: “%s” and “%s” differ by colour alone", cw_chart_kind_id (spec->kind), a->label,
                   b->label);
      }
}

/* Every chart, alone with everything it can show and with the most
 * comparisons: each entry of its legend (a series, the band, the no-policy
 * run, the budget, its binding, a layer) differs from every other by line,
 * dash, marker or hatching. */
static void
test_series_distinct (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);
  g_autoptr(CwSeries) baseline = chart_fixture_series (-0.1);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_series_free);

  for (guint i = 0; i < CW_CHART_MAX_COMPARE; i++)
    g_ptr_array_add (others, chart_fixture_series (0.02 * (i + 1)));
  for (int kind = 0; kind < CW_N_CHART_KINDS; kind++)
    {
      CwChartSpec spec;

      cw_chart_spec_init (&spec, kind, series);
      spec.baseline = baseline;
      spec.budget = 3;
      assert_distinct_without_colour (&spec);
      for (guint i = 0; i < CW_CHART_MAX_COMPARE; i++)
        {
          spec.compare[i] = g_ptr_array_index (others, i);
          spec.n_compare++;
          assert_distinct_without_colour (&spec);
        }
    }
  /* Neighbours never share a marker or a hatching. */
  for (guint i = 1; i < CW_CHART_MAX_LINES; i++)
    g_assert_cmpint (cw_chart_line_marker (i), !=, cw_chart_line_marker (i - 1));
  for (guint i = 0; i < CW_N_PATTERNS; i++)
    g_assert_cmpint (cw_chart_pattern (i), !=, cw_chart_pattern ((i + 1) % CW_N_PATTERNS));
}

/* High contrast draws the same chart with thicker lines: more ink. */
static void
test_high_contrast_ink (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);
  CwChartSpec spec;
  cairo_surface_t *image;
  guint normal, high;

  cw_chart_spec_init (&spec, CW_CHART_UPGRADING, series);
  image = chart_fixture_render (&spec, 800, 500);
  normal = chart_fixture_count_ink (image);
  cairo_surface_destroy (image);
  spec.look.high_contrast = TRUE;
  image = chart_fixture_render (&spec, 800, 500);
  high = chart_fixture_count_ink (image);
  cairo_surface_destroy (image);
  g_assert_cmpuint (high, >, normal);
}

static cairo_surface_t *
render_lesson_plot (const CwLessonPlot *plot)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 320);
  cairo_t *cr = cairo_create (image);

  cw_lesson_plot_draw (cr, 640, 320, plot);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (image);
  return image;
}

/* A lesson's sketch in high contrast, as the charts: the prediction and
 * the result in the high-contrast palette, not the normal one, drawn
 * thicker (more of the prediction's colour, more ink); on dark, the
 * lighter high-contrast blue. */
static void
test_high_contrast_lesson_plot (void)
{
  double predicted[11], actual[11];
  CwLessonPlot plot = {
    .title = "Upgrading index", .n_points = 11, .start_year = 2025,
    .predicted = predicted, .actual = actual, .cursor = -1, .font_scale = 1,
  };
  cairo_surface_t *normal, *high, *dark_high;
  int normal_orange, high_orange;

  for (guint i = 0; i < 11; i++)
    {
      predicted[i] = 0.2 + 0.05 * i;
      actual[i] = 0.6 - 0.03 * i;
    }
  normal = render_lesson_plot (&plot);
  plot.look.high_contrast = TRUE;
  high = render_lesson_plot (&plot);
  plot.look.dark = TRUE;
  dark_high = render_lesson_plot (&plot);

  normal_orange = chart_fixture_count_colour (normal, 0xE69F00);
  high_orange = chart_fixture_count_colour (high, 0x9C6C00);
  g_test_message ("prediction %d px, in high contrast %d px; ink %u, in high contrast %u", normal_orange,
                  high_orange, chart_fixture_count_ink (normal), chart_fixture_count_ink (high));
  g_assert_cmpint (chart_fixture_count_colour (high, 0xE69F00), ==, 0);
  g_assert_cmpint (chart_fixture_count_colour (high, 0x0072B2), ==, 0);
  g_assert_cmpint (chart_fixture_count_colour (high, 0x0062A0), >, 100);
  g_assert_cmpfloat (high_orange, >, 1.2 * normal_orange);
  g_assert_cmpuint (chart_fixture_count_ink (high), >, chart_fixture_count_ink (normal));
  g_assert_cmpint (chart_fixture_count_colour (dark_high, 0x4FA8E8), >, 100);
  g_assert_cmpint (chart_fixture_count_colour (dark_high, 0x3A9BE0), ==, 0);
  cairo_surface_destroy (normal);
  cairo_surface_destroy (high);
  cairo_surface_destroy (dark_high);
}

/* Lever badges: one shape per group, as well as one colour. */
static void
test_badge_shapes (void)
{
  for (int g = 0; g < CW_N_LEVER_GROUPS; g++)
    {
      g_assert_cmpint (cw_diagram_group_shape (g), !=, CW_MARKER_NONE);
      for (int h = g + 1; h < CW_N_LEVER_GROUPS; h++)
        g_assert_cmpint (cw_diagram_group_shape (g), !=, cw_diagram_group_shape (h));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-palette/contrast-formula", test_contrast_formula);
  g_test_add_func ("/chart-palette/chart-text", test_chart_text);
  g_test_add_func ("/chart-palette/canvas-text", test_canvas_text);
  g_test_add_func ("/chart-palette/high-contrast-lines", test_high_contrast_lines);
  g_test_add_func ("/chart-palette/series-distinct", test_series_distinct);
  g_test_add_func ("/chart-palette/high-contrast-ink", test_high_contrast_ink);
  g_test_add_func ("/chart-palette/high-contrast-lesson-plot", test_high_contrast_lesson_plot);
  g_test_add_func ("/chart-palette/badge-shapes", test_badge_shapes);
  return g_test_run ();
}

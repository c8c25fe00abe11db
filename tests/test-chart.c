/* test-chart.c — charts drawn on image surfaces: axes, series, stacks, legend, hover
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "chart-fixture.h"
#include "cw-chart-private.h"
#include "cw-render-census.h"

#define W 900
#define H 450

static CwRgb
pixel (cairo_surface_t *image,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (image);
  guint32 p = *(const guint32 *) (data + y * cairo_image_surface_get_stride (image) + 4 * x);

  return (CwRgb) { (p >> 16 & 0xff) / 255.0, (p >> 8 & 0xff) / 255.0, (p & 0xff) / 255.0 };
}

static double
distance (CwRgb a,
          CwRgb b)
{
  return fabs (a.r - b.r) + fabs (a.g - b.g) + fabs (a.b - b.b);
}

/* Whether @rgb is drawn within a pixel of (@x, @y); @tolerance allows for
 * the antialiased edges of thin lines. */
static gboolean
has_colour_within (cairo_surface_t *image,
                   double           x,
                   double           y,
                   CwRgb            rgb,
                   double           tolerance)
{
  for (int dy = -1; dy <= 1; dy++)
    for (int dx = -1; dx <= 1; dx++)
      if (distance (pixel (image, (int) x + dx, (int) y + dy), rgb) < tolerance)
        return TRUE;
  return FALSE;
}

static gboolean
has_colour_near (cairo_surface_t *image,
                 double           x,
                 double           y,
                 CwRgb            rgb)
{
  return has_colour_within (image, x, y, rgb, 0.12);
}

static double
frame_x (const CwChartFrame *f,
         double              year)
{
  return f->x + (year - f->x_min) / (f->x_max - f->x_min) * f->width;
}

static double
frame_y (const CwChartFrame *f,
         double              v)
{
  return f->y + f->height - (v - f->y_min) / (f->y_max - f->y_min) * f->height;
}

static gboolean
strv_has (GStrv       strv,
          const char *s)
{
  return g_strv_contains ((const char *const *) strv, s);
}

static void
test_kinds (void)
{
  for (int k = 0; k < CW_N_CHART_KINDS; k++)
    {
      g_assert_cmpint (cw_chart_kind_from_id (cw_chart_kind_id (k)), ==, k);
      g_assert_cmpuint (strlen (cw_chart_kind_name (k)), >, 3);
    }
  g_assert_cmpint (cw_chart_kind_from_id ("pie"), ==, -1);
}

static void
test_frames (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);
  CwChartSpec spec;
  CwChartFrame f;

  cw_chart_spec_init (&spec, CW_CHART_UPGRADING, series);
  g_assert_true (cw_chart_get_frame (&spec, W, H, 0, &f));
  g_assert_cmpfloat (f.x_min, ==, 2025);
  g_assert_cmpfloat (f.x_max, ==, 2035);
  g_assert_cmpfloat (f.y_min, ==, 0);
  g_assert_cmpfloat (f.y_max, ==, 1);
  g_assert_cmpfloat (f.x, >, 20);
  g_assert_cmpfloat (f.x + f.width, <, W);
  g_assert_cmpfloat (f.y, >, 40);
  g_assert_cmpfloat (f.y + f.height, <, H - 40);
  g_assert_false (cw_chart_get_frame (&spec, W, H, 1, &f));

  /* Counts: the axis reaches the 100 firms, to a nice number. */
  spec.kind = CW_CHART_COMMUNITIES;
  g_assert_true (cw_chart_get_frame (&spec, W, H, 0, &f));
  g_assert_cmpfloat (f.y_max, >=, 100);
  g_assert_cmpfloat (f.y_max, <=, 120);

  /* Budget: the rate panel holds the budget line, the cumulative one the total budget. */
  spec.kind = CW_CHART_BUDGET;
  spec.budget = 6;
  g_assert_cmpuint (cw_chart_n_panels (&spec), ==, 2);
  g_assert_true (cw_chart_get_frame (&spec, W, H, 0, &f));
  g_assert_cmpfloat (f.y_max, >=, 6);
  g_assert_cmpfloat (f.y_max, <=, 8);
  g_assert_true (cw_chart_get_frame (&spec, W, H, 1, &f));
  g_assert_cmpfloat (f.y_max, >=, 60);

  spec.kind = CW_CHART_PHASE;
  g_assert_true (cw_chart_get_frame (&spec, W, H, 0, &f));
  g_assert_cmpfloat (f.x_min, ==, 0);
  g_assert_cmpfloat (f.x_max, ==, 1);
}

/* @spec drawn at W × H onto a new image; its frame in @f. */
static cairo_surface_t *
render_framed (const CwChartSpec *spec,
               CwChartFrame      *f)
{
  g_assert_true (cw_chart_get_frame (spec, W, H, 0, f));
  return chart_fixture_render (spec, W, H);
}

/* A chart of kind (the test's data) of chart_fixture_series (0), drawn at
 * W × H: its spec, frame and image. */
typedef struct {
  CwSeries        *series;
  CwChartSpec      spec;
  CwChartFrame     f;
  cairo_surface_t *image;
} Drawn;

static void
drawn_set_up (Drawn         *d,
              gconstpointer  kind)
{
  d->series = chart_fixture_series (0);
  cw_chart_spec_init (&d->spec, GPOINTER_TO_INT (kind), d->series);
  d->image = render_framed (&d->spec, &d->f);
}

static void
drawn_tear_down (Drawn         *d,
                 gconstpointer  kind)
{
  cairo_surface_destroy (d->image);
  cw_series_free (d->series);
}

/* Draws the changed spec again, in the same frame. */
static void
redraw (Drawn *d)
{
  cairo_surface_destroy (d->image);
  d->image = chart_fixture_render (&d->spec, W, H);
}

static void
test_lines_present (Drawn         *d,
                   gconstpointer  kind)
{
  const CwRenderStyle *style = cw_render_style (FALSE);

  /* Off the grid lines: quarters between the year ticks. */
  for (double year = 2025.75; year < 2035; year += 1.5)
    {
      double u = (year - 2025) / 10;

      g_assert_true (has_colour_near (d->image, frame_x (&d->f, year), frame_y (&d->f, 0.2 + 0.5 * u),
                                      style->colours[CW_COLOUR_BLUE]));
      g_assert_true (has_colour_near (d->image, frame_x (&d->f, year), frame_y (&d->f, 0.6),
                                      style->colours[CW_COLOUR_ORANGE]));
      g_assert_true (has_colour_near (d->image, frame_x (&d->f, year), frame_y (&d->f, 0.3),
                                      style->colours[CW_COLOUR_GREEN]));
      g_assert_true (has_colour_near (d->image, frame_x (&d->f, year), frame_y (&d->f, 0.1),
                                      style->colours[CW_COLOUR_PURPLE]));
      /* Inside the band but off the line: tinted, not background. */
      g_assert_cmpfloat (distance (pixel (d->image, frame_x (&d->f, year), frame_y (&d->f, 0.2 + 0.5 * u + 0.04)),
                                   style->background), >, 0.1);
      /* Far from every line: background. */
      g_assert_cmpfloat (distance (pixel (d->image, frame_x (&d->f, year), frame_y (&d->f, 0.9)),
                                   style->background), <, 0.01);
    }

  /* Without the band, its place stays empty. */
  d->spec.show_band = FALSE;
  redraw (d);
  g_assert_cmpfloat (distance (pixel (d->image, frame_x (&d->f, 2030.75), frame_y (&d->f, 0.2 + 0.5 * 0.575 + 0.04)),
                               style->background), <, 0.01);
}

static void
test_baseline_and_compare (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);
  g_autoptr(CwSeries) other = chart_fixture_series (0.15);
  const CwRenderStyle *style = cw_render_style (TRUE);
  CwChartSpec spec;
  CwChartFrame f;
  cairo_surface_t *image;
  int dashes = 0;
  gboolean on = FALSE;

  cw_chart_spec_init (&spec, CW_CHART_UPGRADING, series);
  spec.baseline = other;
  spec.compare[0] = other;
  spec.compare_names[0] = "Mehr Förderung";
  spec.n_compare = 1;
  spec.look.dark = TRUE;
  image = render_framed (&spec, &f);
  /* The comparison in its own colour, the components left out. */
  g_assert_true (has_colour_near (image, frame_x (&f, 2030.75), frame_y (&f, 0.2 + 0.5 * 0.575 + 0.15),
                                  style->colours[CW_COLOUR_VERMILLION]));
  g_assert_false (has_colour_near (image, frame_x (&f, 2030.75), frame_y (&f, 0.6),
                                   style->colours[CW_COLOUR_ORANGE]));
  cairo_surface_destroy (image);

  /* The baseline alone: dashed, so its colour comes and goes along the line. */
  spec.n_compare = 0;
  /* A longer legend: the frame moves. */
  image = render_framed (&spec, &f);
  for (double x = frame_x (&f, 2026); x < frame_x (&f, 2034); x++)
    {
      double u = ((x - f.x) / f.width);
      gboolean here = has_colour_within (image, x, frame_y (&f, 0.35 + 0.5 * u),
                                        style->colours[CW_COLOUR_BLUE], 0.4);

      dashes += here && !on;
      on = here;
    }
  g_assert_cmpint (dashes, >, 10);
  cairo_surface_destroy (image);
}

/* The first row from the top of column @x that is not background. */
static int
top_of_ink (cairo_surface_t    *image,
            const CwChartFrame *f,
            double              x,
            CwRgb               background,
            CwRgb               grid)
{
  for (int y = (int) f->y - 2; y < f->y + f->height; y++)
    {
      CwRgb p = pixel (image, x, y);

      if (distance (p, background) > 0.05 && distance (p, grid) > 0.05)
        return y;
    }
  return -1;
}

static void
test_stacks (Drawn         *d,
            gconstpointer  kind)
{
  const CwRenderStyle *style = cw_render_style (FALSE);

  for (double year = 2025.75; year < 2035; year += 2)
    {
      double x = frame_x (&d->f, year);

      /* The layers add up to the 100 firms. */
      g_assert_cmpint (abs (top_of_ink (d->image, &d->f, x, style->background, style->grid)
                            - (int) frame_y (&d->f, 100)), <=, 2);
      /* Outside 0–40, Dead souls 40–60, Participants 60–75, level II 75–85. */
      g_assert_true (has_colour_near (d->image, x, frame_y (&d->f, 20), style->colours[CW_COLOUR_GREY]));
      g_assert_true (has_colour_near (d->image, x, frame_y (&d->f, 50), style->colours[CW_COLOUR_VIRIDIS_6]));
      g_assert_true (has_colour_near (d->image, x, frame_y (&d->f, 67), style->colours[CW_COLOUR_VIRIDIS_5]));
      g_assert_true (has_colour_near (d->image, x, frame_y (&d->f, 80), style->colours[CW_COLOUR_VIRIDIS_4]));
    }
  /* The thick bottom layer carries its name in dark text at its right end. */
  {
    CwRgb ink = cw_render_text_on (style->colours[CW_COLOUR_GREY]);
    guint n = 0;

    for (int y = frame_y (&d->f, 30); y < frame_y (&d->f, 10); y++)
      for (int x = d->f.x + d->f.width * 0.7; x < d->f.x + d->f.width; x++)
        n += distance (pixel (d->image, x, y), ink) < 0.3;
    g_assert_cmpuint (n, >, 30);
  }

  /* Governance memberships sum to 1: the stack fills the unit axis. */
  d->spec.kind = CW_CHART_GOVERNANCE;
  cairo_surface_destroy (d->image);
  d->image = render_framed (&d->spec, &d->f);
  g_assert_cmpint (abs (top_of_ink (d->image, &d->f, frame_x (&d->f, 2030.75), style->background, style->grid)
                        - (int) frame_y (&d->f, 1)), <=, 2);
  /* Market 0–0.1, Modular 0.1–0.4. */
  g_assert_true (has_colour_near (d->image, frame_x (&d->f, 2030.75), frame_y (&d->f, 0.05), style->colours[CW_COLOUR_SKY]));
  g_assert_true (has_colour_near (d->image, frame_x (&d->f, 2030.75), frame_y (&d->f, 0.25), style->colours[CW_COLOUR_GREEN]));
}

static void
test_legend (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);
  g_autoptr(CwSeries) baseline = chart_fixture_series (-0.1);
  g_auto(GStrv) labels = NULL;
  CwChartSpec spec;

  cw_chart_spec_init (&spec, CW_CHART_UPGRADING, series);
  spec.baseline = baseline;
  labels = cw_chart_legend_labels (&spec);
  g_assert_true (strv_has (labels, "Upgrading index"));
  g_assert_true (strv_has (labels, "Process and product upgrading"));
  g_assert_true (strv_has (labels, "Functional upgrading"));
  g_assert_true (strv_has (labels, "Chain upgrading"));
  g_assert_true (strv_has (labels, "5–95 % of runs"));
  g_assert_true (strv_has (labels, "No policy"));
  g_clear_pointer (&labels, g_strfreev);

  /* A single run has no band; a hidden baseline is not in the legend. */
  series->runs = 1;
  spec.show_baseline = FALSE;
  labels = cw_chart_legend_labels (&spec);
  g_assert_cmpuint (g_strv_length (labels), ==, 4);
  g_clear_pointer (&labels, g_strfreev);
  series->runs = 50;

  spec.kind = CW_CHART_COMMUNITIES;
  labels = cw_chart_legend_labels (&spec);
  g_assert_cmpuint (g_strv_length (labels), ==, 7);
  g_assert_cmpstr (labels[0], ==, "Outside the organisation");
  g_assert_cmpstr (labels[6], ==, "Locomotives");
  g_clear_pointer (&labels, g_strfreev);

  spec.kind = CW_CHART_BUDGET;
  spec.budget = 5;
  labels = cw_chart_legend_labels (&spec);
  g_assert_true (strv_has (labels, "Spend"));
  g_assert_true (strv_has (labels, "Budget"));
  g_assert_true (strv_has (labels, "Budget binding"));
  g_clear_pointer (&labels, g_strfreev);
  /* A budget that never binds needs no legend entry. */
  memset (cw_series_get (series, CW_OUT_BUDGET_BINDING, CW_STAT_MEAN), 0, sizeof (double) * series->n_steps);
  labels = cw_chart_legend_labels (&spec);
  g_assert_false (strv_has (labels, "Budget binding"));
  g_clear_pointer (&labels, g_strfreev);

  spec.kind = CW_CHART_DIGITAL;
  spec.compare[0] = baseline;
  spec.compare_names[0] = "Ohne Reisen";
  spec.n_compare = 1;
  spec.series_name = "Plan B";
  labels = cw_chart_legend_labels (&spec);
  g_assert_cmpuint (g_strv_length (labels), ==, 2);
  g_assert_cmpstr (labels[0], ==, "Plan B");
  g_assert_cmpstr (labels[1], ==, "Ohne Reisen");
}

/* NAN and infinities leave gaps; absurd values are clamped: cairo stays happy
 * and the axes stay finite, for every kind, light and dark, any size. */
static void
test_non_finite (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);
  static const int sizes[][2] = { { 900, 450 }, { 1, 1 }, { 60, 30 }, { 3000, 200 } };

  for (int o = CW_OUT_UPGRADING; o < CW_N_OUTPUTS; o++)
    for (int stat = 0; stat < CW_N_STATS; stat++)
      {
        double *v = cw_series_get (series, o, stat);

        v[3] = NAN;
        v[7] = INFINITY;
        v[8] = -INFINITY;
        v[11] = 1e300;
        v[12] = -1e300;
        v[CHART_FIXTURE_STEPS - 1] = NAN;
      }
  cw_series_get (series, CW_OUT_POLICY_STAGE, CW_STAT_MEAN)[5] = 1e300;
  cw_series_get (series, CW_OUT_GOVERNANCE, CW_STAT_MEAN)[6] = -7;
  cw_series_get (series, CW_OUT_LIFECYCLE, CW_STAT_MEAN)[9] = NAN;

  for (int k = 0; k < CW_N_CHART_KINDS; k++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        CwChartSpec spec;
        CwChartFrame f;
        cairo_surface_t *image;

        cw_chart_spec_init (&spec, k, series);
        spec.baseline = series;
        spec.budget = INFINITY;
        spec.cursor_year = NAN;
        spec.font_scale = NAN;
        spec.look.dark = s % 2;
        image = chart_fixture_render (&spec, sizes[s][0], sizes[s][1]);
        if (s == 0)
          g_assert_cmpuint (chart_fixture_count_ink (image), >, 1000);
        cairo_surface_destroy (image);
        g_assert_true (cw_chart_get_frame (&spec, sizes[s][0], sizes[s][1], 0, &f));
        g_assert_true (isfinite (f.y_max) && f.y_max <= 1e13);
        g_assert_true (isfinite (f.x) && isfinite (f.width) && f.width >= 1);
      }
}

static void
test_text (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);
  const char *names[] = { "Świadomość i zaufanie", "Übergang zur Eigenverantwortung", NULL };
  cairo_surface_t *image;
  cairo_t *cr;
  CwChartSpec spec;

  cw_chart_spec_init (&spec, CW_CHART_LIFECYCLE, series);
  spec.stage_names = names;
  spec.font_scale = 2;
  image = chart_fixture_render (&spec, 640, 360);
  cairo_surface_destroy (image);

  /* A name cut to fit stays valid UTF-8 and says that it was cut. */
  cr = cw_render_measure_context ();
  cw_render_font (cr, 12, FALSE);
  {
    g_autofree char *cut = cw_render_fit_text (cr, names[0], cw_render_text_width (cr, names[0]) / 2);
    g_autofree char *none = cw_render_fit_text (cr, names[0], 3);
    g_autofree char *whole = cw_render_fit_text (cr, names[1], 1000);

    g_assert_nonnull (cut);
    g_assert_true (g_utf8_validate (cut, -1, NULL));
    g_assert_true (g_str_has_prefix (cut, "Świ"));
    g_assert_true (g_str_has_suffix (cut, "…"));
    g_assert_null (none);
    g_assert_cmpstr (whole, ==, names[1]);
  }
  /* Wrapping keeps whole words, drops trailing blanks before the ellipsis and
   * says when it left something out. */
  {
    const char *text = "Co-learning space across the metropolis and beyond";
    double width = cw_render_text_width (cr, "Co-learning space ");
    gboolean cut_two = FALSE, cut_all = TRUE, cut_one = TRUE;
    g_autoptr(GPtrArray) two = cw_render_wrap_text (cr, text, width, 2, &cut_two);
    g_autoptr(GPtrArray) all = cw_render_wrap_text (cr, text, width, G_MAXUINT, &cut_all);
    g_autoptr(GPtrArray) one = cw_render_wrap_text (cr, "Mission", width, 2, &cut_one);

    g_assert_cmpuint (two->len, ==, 2);
    g_assert_cmpstr (g_ptr_array_index (two, 0), ==, "Co-learning space");
    g_assert_true (g_str_has_prefix (g_ptr_array_index (two, 1), "across"));
    g_assert_true (g_str_has_suffix (g_ptr_array_index (two, 1), "…"));
    g_assert_false (g_str_has_suffix (g_ptr_array_index (two, 1), " …"));
    g_assert_true (cut_two);
    g_assert_cmpuint (all->len, >, 2);
    g_assert_false (cut_all);
    g_assert_cmpuint (one->len, ==, 1);
    g_assert_false (cut_one);
  }
  cairo_destroy (cr);
}

/* On a projector no text of any chart is smaller than the minimum asked
 * for, whatever the chart's size; by default the secondary text is smaller
 * than the main. */
static void
test_min_text_size (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0.1);
  g_autoptr(CwSeries) baseline = chart_fixture_series (0);
  guint smaller = 0;

  for (int kind = 0; kind < CW_N_CHART_KINDS; kind++)
    for (guint size = 0; size < 2; size++)
      {
        double width = size == 0 ? 620 : 1200, height = size == 0 ? 420 : 700;
        cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
        cairo_t *cr = cairo_create (image);
        CwRenderCensus plain, projector;
        CwChartSpec spec;

        cw_chart_spec_init (&spec, kind, series);
        spec.baseline = baseline;
        spec.show_band = TRUE;
        spec.budget = 3;
        spec.cursor_year = 2030;
        spec.font_scale = 2.2;
        cw_render_census_attach (cr, &plain);
        cw_chart_draw (cr, width, height, &spec);
        spec.min_text_size = 24;
        cw_render_census_attach (cr, &projector);
        cw_chart_draw (cr, width, height, &spec);
        g_assert_cmpuint (projector.n_texts, >, 5);
        g_assert_cmpfloat (projector.smallest, >=, 24 - 1e-9);
        g_test_message ("%s %gx%g: smallest text %.1f, with the minimum %.1f",
                        cw_chart_kind_id (kind), width, height, plain.smallest, projector.smallest);
        smaller += plain.smallest < 24;
        cairo_destroy (cr);
        cairo_surface_destroy (image);
      }
  /* Without the minimum, the charts of the narrower size had smaller text. */
  g_assert_cmpuint (smaller, ==, CW_N_CHART_KINDS);
}

/* The lean layout of two charts in present mode's column: a taller plot
 * than the whole layout at the same size, the headline series alone (the
 * budget's cumulative spend in one panel), no text below the minimum, and
 * at least two years on the time axis. */
static void
test_lean (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0.1);
  g_autoptr(CwSeries) baseline = chart_fixture_series (0);

  for (int kind = 0; kind < CW_N_CHART_KINDS; kind++)
    {
      cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 611, 418);
      cairo_t *cr = cairo_create (image);
      g_auto(GStrv) whole_legend = NULL;
      g_auto(GStrv) lean_legend = NULL;
      CwChartFrame whole, lean;
      CwChartLayout layout;
      CwRenderCensus census;
      CwChartSpec spec;

      cw_chart_spec_init (&spec, kind, series);
      spec.baseline = baseline;
      spec.show_band = TRUE;
      spec.budget = 3;
      spec.min_text_size = 24;
      spec.show_readout = FALSE;   /* present mode says it in a sentence */
      g_assert_true (cw_chart_get_frame (&spec, 611, 418, 0, &whole));
      whole_legend = cw_chart_legend_labels (&spec);
      spec.lean = TRUE;
      g_assert_cmpuint (cw_chart_n_panels (&spec), ==, 1);
      g_assert_true (cw_chart_get_frame (&spec, 611, 418, 0, &lean));
      g_assert_false (cw_chart_get_frame (&spec, 611, 418, 1, &lean) && kind == CW_CHART_BUDGET);
      lean_legend = cw_chart_legend_labels (&spec);
      g_test_message ("%s: plot %.0f px high, %u legend entries; lean %.0f px, %u entries",
                      cw_chart_kind_id (kind), whole.height, g_strv_length (whole_legend),
                      lean.height, g_strv_length (lean_legend));
      g_assert_cmpfloat (lean.height, >, whole.height);
      g_assert_cmpuint (g_strv_length (lean_legend), <=, g_strv_length (whole_legend));
      cw_render_census_attach (cr, &census);
      cw_chart_draw (cr, 611, 418, &spec);
      g_assert_cmpfloat (census.smallest, >=, 24 - 1e-9);
      cw_chart_layout_init (&layout, cr, &spec, 611, 418);
      if (kind != CW_CHART_PHASE)
        g_assert_cmpint (layout.x_ticks.n, >=, 2);
      cw_chart_layout_clear (&layout);
      /* The axis title goes beside the name (on its last line, where a
       * narrow chart wraps it) where it fits there (at 611 px, in English,
       * all do), else above the plot at the left. */
      for (double width = 611; width >= 300; width -= 150)
        {
          const char *axis = cw_chart_kind_def (kind)->panels[kind == CW_CHART_BUDGET].axis_label;
          double last_line;
          gboolean beside;

          cw_chart_layout_init (&layout, cr, &spec, width, 418);
          cw_render_font (cr, layout.em, FALSE);
          g_assert_cmpuint (layout.title_lines->len, <=, 2);
          g_assert_true (layout.title_lines->len == 1 || width < 611);
          last_line = layout.title_y + (layout.title_lines->len - 1) * layout.title_line_height;
          beside = layout.panels[0].title_y == last_line;
          g_assert_true (beside || width < 611);
          if (beside)
            g_assert_cmpfloat (layout.panels[0].title_x + cw_render_text_width (cr, axis), <=, width);
          else
            g_assert_cmpfloat (layout.panels[0].title_x, ==, 0.8 * layout.em);
          g_assert_cmpfloat (layout.panels[0].title_y, <, layout.panels[0].rect.y);
          cw_chart_layout_clear (&layout);
        }
      cairo_destroy (cr);
      cairo_surface_destroy (image);
      if (kind == CW_CHART_UPGRADING)
        {
          g_assert_cmpuint (g_strv_length (lean_legend), ==, 3);
          g_assert_cmpstr (lean_legend[0], ==, "Upgrading index");
          g_assert_cmpstr (lean_legend[2], ==, "No policy");
          g_assert_cmpuint (g_strv_length (whole_legend), ==, 6);
        }
      if (kind == CW_CHART_BUDGET)
        g_assert_cmpfloat (lean.y_max, >, 3 * 10);   /* cumulative: years of a 3 M€ budget */
    }
}

/* An effect chart in the lean layout: the short name says it is the
 * effect, the axis title is the difference, a stacked kind draws its
 * headline effect as a line (no layers, no ranges), the axis reaches below
 * 0, and no text is below the minimum. */
static void
test_lean_effect (void)
{
  g_autoptr(CwSeries) effect = chart_fixture_series (-0.45);

  for (int kind = 0; kind < CW_N_CHART_KINDS; kind++)
    {
      cairo_surface_t *image;
      cairo_t *cr;
      g_autofree char *expected = NULL;
      g_autofree char *title = NULL;
      g_autoptr(GArray) legend = NULL;
      CwChartLayout layout;
      CwRenderCensus census;
      CwChartFrame frame;
      CwChartSpec spec;

      if (kind == CW_CHART_PHASE)
        continue;
      cw_chart_spec_init (&spec, kind, effect);
      spec.effect = TRUE;
      spec.lean = TRUE;
      spec.show_band = TRUE;
      spec.min_text_size = 24;
      image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 611, 418);
      cr = cairo_create (image);
      cw_chart_layout_init (&layout, cr, &spec, 611, 418);
      g_ptr_array_add (layout.title_lines, NULL);
      title = g_strjoinv (" ", (char **) layout.title_lines->pdata);
      g_ptr_array_remove_index (layout.title_lines, layout.title_lines->len - 1);
      expected = g_strdup_printf ("%s: effect", cw_chart_kind_def (kind)->name);
      g_assert_cmpstr (title, ==, expected);
      g_assert_cmpstr (cw_chart_axis_label (&spec, 0), ==, "policy − no policy");
      cw_chart_layout_clear (&layout);

      legend = cw_chart_legend (&spec);
      g_assert_cmpuint (legend->len, ==, 2);
      g_assert_cmpint (g_array_index (legend, CwLegendEntry, 0).swatch, ==, CW_SWATCH_LINE);
      g_assert_cmpstr (g_array_index (legend, CwLegendEntry, 1).label, ==, "5–95 %");
      /* The fixture's upgrading index falls below 0. */
      g_assert_true (cw_chart_get_frame (&spec, 611, 418, 0, &frame));
      g_assert_cmpfloat (frame.y_min, <, kind == CW_CHART_UPGRADING ? -0.2 : 1e-9);

      cw_render_census_attach (cr, &census);
      cw_chart_draw (cr, 611, 418, &spec);
      g_assert_cmpfloat (census.smallest, >=, 24 - 1e-9);
      cairo_destroy (cr);
      g_assert_cmpuint (chart_fixture_count_ink (image), >, 1000);
      cairo_surface_destroy (image);
    }
}

/* Present mode's chart at 1024 × 700 (16 px type in a column of 360 px)
 * labelled no year: two ticks at most, and a step of 20 years left none. */
static void
test_narrow_years (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0.1);
  g_autoptr(cairo_t) cr = cw_render_measure_context ();

  for (int kind = 0; kind < CW_N_CHART_KINDS; kind++)
    {
      CwChartLayout layout;
      CwChartSpec spec;

      if (kind == CW_CHART_PHASE)
        continue;
      cw_chart_spec_init (&spec, kind, series);
      spec.min_text_size = 16;
      spec.show_readout = FALSE;
      cw_chart_layout_init (&layout, cr, &spec, 334, 560);
      g_test_message ("%s: %d years labelled", cw_chart_kind_id (kind), layout.x_ticks.n);
      g_assert_cmpint (layout.x_ticks.n, >=, 2);
      cw_chart_layout_clear (&layout);
    }
}

/* Present mode reveals the cycle up to a stage: the chart stops where the
 * last revealed quarter's stage ends. Nothing of the next stage shows, not
 * a sliver of its ribbon nor its first quarter's values, and the revealed
 * stage's ribbon reaches that end. The fixture enters stage 1 in 2030. */
static void
test_until_stage (Drawn         *d,
                  gconstpointer  kind)
{
  const CwRenderStyle *style = cw_render_style (FALSE);
  g_autoptr(cairo_t) cr = cw_render_measure_context ();
  CwRgb first = style->colours[cw_chart_category_colour (CW_OUT_POLICY_STAGE, 0)];
  CwRgb next = style->colours[cw_chart_category_colour (CW_OUT_POLICY_STAGE, 1)];
  double end = frame_x (&d->f, 2030 - 0.125);
  CwChartLayout layout;
  const CwRect *row = NULL;
  guint hidden = 0, shown = 0;

  d->spec.until_year = 2030;
  redraw (d);
  cw_chart_layout_init (&layout, cr, &d->spec, W, H);
  for (guint r = 0; r < layout.n_ribbons; r++)
    if (layout.ribbon_outputs[r] == CW_OUT_POLICY_STAGE)
      row = &layout.ribbons[r];
  g_assert_nonnull (row);
  for (int y = (int) row->y + 1; y < row->y + row->h - 1; y++)
    {
      for (int x = (int) ceil (end) + 1; x < row->x + row->w; x++)
        hidden += distance (pixel (d->image, x, y), next) < 0.12;
      for (int x = (int) end - 4; x < end - 1; x++)
        shown += distance (pixel (d->image, x, y), first) < 0.12;
    }
  g_test_message ("past %.1f: %u pixels of the next stage; before it, %u of the revealed one", end, hidden, shown);
  g_assert_cmpuint (hidden, ==, 0);
  g_assert_cmpuint (shown, >, 0);
  /* The index line ends at its last revealed quarter, 2029.75. */
  g_assert_true (has_colour_near (d->image, frame_x (&d->f, 2029.5), frame_y (&d->f, 0.2 + 0.5 * 0.45),
                                  style->colours[CW_COLOUR_BLUE]));
  g_assert_false (has_colour_near (d->image, frame_x (&d->f, 2029.75) + 3, frame_y (&d->f, 0.2 + 0.5 * 0.4825),
                                   style->colours[CW_COLOUR_BLUE]));
  cw_chart_layout_clear (&layout);
}

static void
test_cursor (Drawn         *d,
            gconstpointer  kind)
{
  const CwRenderStyle *style = cw_render_style (FALSE);
  double x, y;

  x = frame_x (&d->f, 2031.25);
  y = d->f.y + d->f.height * 0.1;
  g_assert_cmpfloat (distance (pixel (d->image, x, y), style->background), <, 0.01);

  d->spec.cursor_year = 2031.25;
  redraw (d);
  g_assert_cmpfloat (distance (pixel (d->image, x, y), style->background), >, 0.5);
}

static const CwChartValue *
find_value (GPtrArray  *values,
            const char *label)
{
  for (guint i = 0; i < values->len; i++)
    {
      const CwChartValue *v = g_ptr_array_index (values, i);

      if (g_str_equal (v->label, label))
        return v;
    }
  return NULL;
}

static void
test_hover (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);
  g_autoptr(GPtrArray) values = NULL;
  const CwChartValue *v;
  CwChartSpec spec;
  CwChartFrame f;

  cw_chart_spec_init (&spec, CW_CHART_UPGRADING, series);
  g_assert_true (cw_chart_get_frame (&spec, W, H, 0, &f));
  g_assert_cmpfloat (cw_chart_year_at (&spec, W, H, frame_x (&f, 2030), 200), ==, 2030);
  /* Snapped to the nearest quarter. */
  g_assert_cmpfloat (cw_chart_year_at (&spec, W, H, frame_x (&f, 2030.3), 200), ==, 2030.25);
  g_assert_true (isnan (cw_chart_year_at (&spec, W, H, f.x - 5, 200)));
  g_assert_true (isnan (cw_chart_year_at (&spec, W, H, f.x + f.width + 5, 200)));

  values = cw_chart_values_at (&spec, 2030);
  g_assert_nonnull (values);
  v = find_value (values, "Upgrading index");
  g_assert_nonnull (v);
  g_assert_cmpfloat_with_epsilon (v->value, 0.45, 1e-12);
  g_assert_cmpstr (v->text, ==, "0.45");
  v = find_value (values, "Upgrading index, 95th percentile of runs");
  g_assert_nonnull (v);
  g_assert_cmpfloat_with_epsilon (v->value, 0.5, 1e-12);
  v = find_value (values, "Policy stage");
  g_assert_nonnull (v);
  g_assert_cmpstr (v->text, ==, "ownership");
  g_assert_true (isnan (v->value));
  g_clear_pointer (&values, g_ptr_array_unref);

  /* Stage names, where given, replace the ids. */
  spec.stage_names = (const char *[]) { "Bewusstsein", NULL };
  values = cw_chart_values_at (&spec, 2025);
  g_assert_cmpstr (find_value (values, "Policy stage")->text, ==, "Bewusstsein");
  g_clear_pointer (&values, g_ptr_array_unref);
  values = cw_chart_values_at (&spec, 2034);
  g_assert_cmpstr (find_value (values, "Policy stage")->text, ==, "ownership");
  g_clear_pointer (&values, g_ptr_array_unref);
  spec.stage_names = NULL;

  g_assert_null (cw_chart_values_at (&spec, 2024));
  g_assert_null (cw_chart_values_at (&spec, 2036));

  spec.kind = CW_CHART_COMMUNITIES;
  values = cw_chart_values_at (&spec, 2026);
  g_assert_cmpstr (find_value (values, "Cooperators, level II")->text, ==, "10 firms");
  g_clear_pointer (&values, g_ptr_array_unref);

  spec.kind = CW_CHART_GOVERNANCE;
  values = cw_chart_values_at (&spec, 2026);
  g_assert_cmpstr (find_value (values, "Dominant governance")->text, ==, "Modular");
  g_clear_pointer (&values, g_ptr_array_unref);

  /* The phase plot: the year of the path point under the pointer. */
  spec.kind = CW_CHART_PHASE;
  g_assert_true (cw_chart_get_frame (&spec, W, H, 0, &f));
  g_assert_cmpfloat (cw_chart_year_at (&spec, W, H, f.x + 0.4 * f.width,
                                       f.y + f.height - 0.4 * f.height), ==, 2030);
  g_assert_true (isnan (cw_chart_year_at (&spec, W, H, f.x + 0.9 * f.width, f.y + 5)));
}

/* The readout: the year, then each series' value, no-policy value and
 * difference, at the cursor or else the last year. */
static void
test_readout (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0.1);
  g_autoptr(CwSeries) baseline = chart_fixture_series (0);
  g_auto(GStrv) last = NULL;
  g_auto(GStrv) cursor = NULL;
  g_auto(GStrv) alone = NULL;
  g_auto(GStrv) phase = NULL;
  g_auto(GStrv) cut = NULL;
  g_autofree char *effect = NULL;
  CwChartSpec spec;

  cw_chart_spec_init (&spec, CW_CHART_UPGRADING, series);
  spec.baseline = baseline;
  last = cw_chart_readout (&spec);
  g_assert_cmpstr (last[0], ==, "2035");
  /* 0.7 + 0.1 against 0.7 at the end. */
  g_assert_cmpstr (last[1], ==, "Upgrading index: 0.80 (no policy 0.70, +0.10)");
  /* The components are the same in both. */
  g_assert_cmpstr (last[2], ==, "Process and product upgrading: 0.60 (no policy 0.60, 0.00)");

  spec.cursor_year = 2030;
  cursor = cw_chart_readout (&spec);
  g_assert_cmpstr (cursor[0], ==, "2030");
  g_assert_cmpstr (cursor[1], ==, "Upgrading index: 0.55 (no policy 0.45, +0.10)");

  spec.show_baseline = FALSE;
  alone = cw_chart_readout (&spec);
  g_assert_cmpstr (alone[1], ==, "Upgrading index: 0.55");

  /* A chart that stops early reads its last quarter shown, cursor or not;
   * the sentence for a room says the same. */
  spec.show_baseline = TRUE;
  spec.until_year = 2030.25;
  cut = cw_chart_readout (&spec);
  g_assert_cmpstr (cut[0], ==, "2030");
  effect = cw_chart_effect_text (&spec);
  g_assert_cmpstr (effect, ==, "Upgrading index in 2030: 0.55 with the policy, 0.45 without, difference +0.10");
  spec.cursor_year = 2033;
  g_clear_pointer (&cut, g_strfreev);
  cut = cw_chart_readout (&spec);
  g_assert_cmpstr (cut[0], ==, "2030");
  spec.cursor_year = NAN;
  spec.until_year = NAN;
  g_clear_pointer (&effect, g_free);
  effect = cw_chart_effect_text (&spec);
  g_assert_cmpstr (effect, ==, "Upgrading index in 2035: 0.80 with the policy, 0.70 without, difference +0.10");
  spec.baseline = NULL;
  g_clear_pointer (&effect, g_free);
  effect = cw_chart_effect_text (&spec);
  g_assert_cmpstr (effect, ==, "Upgrading index in 2035: 0.80");
  /* An effect chart's series are the differences already. */
  spec.effect = TRUE;
  g_clear_pointer (&effect, g_free);
  effect = cw_chart_effect_text (&spec);
  g_assert_cmpstr (effect, ==, "Effect on Upgrading index in 2035: +0.80");

  cw_chart_spec_init (&spec, CW_CHART_PHASE, series);
  phase = cw_chart_readout (&spec);
  g_assert_null (phase);
  g_assert_null (cw_chart_effect_text (&spec));
  spec.kind = CW_CHART_UPGRADING;
  spec.show_readout = FALSE;
  g_assert_null (cw_chart_readout (&spec));
}

/* Six variants over the scenario, each in its own colour-blind-safe colour,
 * named in the legend and in the readout with their difference. */
static void
test_six_variants (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);
  g_autoptr(GPtrArray) variants = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_series_free);
  const char *names[] = { "A", "B", "Mehr Förderung", "D", "Więcej", "F" };
  const CwColour colours[] = { CW_COLOUR_VERMILLION, CW_COLOUR_GREEN, CW_COLOUR_PURPLE,
                               CW_COLOUR_ORANGE, CW_COLOUR_SKY, CW_COLOUR_INK };
  const CwRenderStyle *style = cw_render_style (FALSE);
  g_auto(GStrv) legend = NULL;
  g_auto(GStrv) readout = NULL;
  cairo_surface_t *image;
  CwChartSpec spec;
  CwChartFrame f;

  cw_chart_spec_init (&spec, CW_CHART_UPGRADING, series);
  spec.baseline = series;
  for (guint i = 0; i < CW_CHART_MAX_COMPARE; i++)
    {
      g_ptr_array_add (variants, chart_fixture_series (0.044 * (i + 1)));
      spec.compare[i] = g_ptr_array_index (variants, i);
      spec.compare_names[i] = names[i];
    }
  spec.n_compare = CW_CHART_MAX_COMPARE;
  g_assert_cmpint (CW_CHART_MAX_COMPARE, ==, 6);
  image = render_framed (&spec, &f);
  for (guint i = 0; i < CW_CHART_MAX_COMPARE; i++)
    g_assert_true (has_colour_near (image, frame_x (&f, 2030.75),
                                    frame_y (&f, 0.2 + 0.5 * 0.575 + 0.044 * (i + 1)),
                                    style->colours[colours[i]]));
  cairo_surface_destroy (image);

  legend = cw_chart_legend_labels (&spec);
  for (guint i = 0; i < CW_CHART_MAX_COMPARE; i++)
    g_assert_true (strv_has (legend, names[i]));
  readout = cw_chart_readout (&spec);
  g_assert_cmpuint (g_strv_length (readout), ==, 1 + 1 + CW_CHART_MAX_COMPARE);
  g_assert_cmpstr (readout[3], ==, "B: 0.79 (no policy 0.70, +0.09)");
  g_assert_cmpstr (readout[4], ==, "Mehr Förderung: 0.83 (no policy 0.70, +0.13)");
}

/* A chart as narrow as the phase plot beside the life cycle (380 pixels)
 * wraps its title onto a second line instead of running off the edge; the
 * plot starts below it. */
static void
test_narrow_title (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);
  g_autoptr(cairo_t) cr = cw_render_measure_context ();
  g_autoptr(GString) joined = g_string_new (NULL);
  CwChartLayout layout;
  CwChartSpec spec;

  cw_chart_spec_init (&spec, CW_CHART_PHASE, series);
  for (double width = 380; width <= 640; width += 260)
    {
      cw_chart_layout_init (&layout, cr, &spec, width, 260);
      cw_render_font (cr, 1.3 * layout.em, TRUE);
      g_string_truncate (joined, 0);
      for (guint i = 0; i < layout.title_lines->len; i++)
        {
          const char *line = g_ptr_array_index (layout.title_lines, i);

          g_assert_cmpfloat (0.8 * layout.em + cw_render_text_width (cr, line), <=, width);
          g_string_append_printf (joined, "%s%s", i > 0 ? " " : "", line);
        }
      g_assert_cmpstr (joined->str, ==, "Path of the cluster: heterogeneity and openness");
      g_assert_cmpfloat (layout.panels[0].rect.y, >,
                         layout.title_y + (layout.title_lines->len - 1) * layout.title_line_height);
      if (width == 380)
        g_assert_cmpuint (layout.title_lines->len, ==, 2);
      cw_chart_layout_clear (&layout);
    }
}

/* In a short chart (the outcomes pane at 1024 × 700) the readout's lines give
 * way so that the plot keeps almost half of the height; a tall chart keeps
 * its readout. */
static void
test_readout_gives_way (void)
{
  g_autoptr(CwSeries) series = chart_fixture_series (0);
  g_autoptr(CwSeries) baseline = chart_fixture_series (-0.1);
  g_autoptr(cairo_t) cr = cw_render_measure_context ();
  CwChartLayout layout;
  CwChartSpec spec;

  cw_chart_spec_init (&spec, CW_CHART_COMMUNITIES, series);
  spec.baseline = baseline;
  spec.show_readout = TRUE;

  cw_chart_layout_init (&layout, cr, &spec, 760, 270);
  g_assert_null (layout.readout);
  g_assert_cmpfloat (layout.panels[0].rect.h, >=, 0.45 * 270);
  cw_chart_layout_clear (&layout);

  cw_chart_layout_init (&layout, cr, &spec, 760, 600);
  g_assert_nonnull (layout.readout);
  g_assert_cmpfloat (layout.panels[0].rect.h, >=, 0.45 * 600);
  cw_chart_layout_clear (&layout);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/kinds", test_kinds);
  g_test_add_func ("/chart/frames", test_frames);
  g_test_add ("/chart/lines-present", Drawn, GINT_TO_POINTER (CW_CHART_UPGRADING), drawn_set_up, test_lines_present, drawn_tear_down);
  g_test_add_func ("/chart/baseline-and-compare", test_baseline_and_compare);
  g_test_add ("/chart/stacks", Drawn, GINT_TO_POINTER (CW_CHART_COMMUNITIES), drawn_set_up, test_stacks, drawn_tear_down);
  g_test_add_func ("/chart/legend", test_legend);
  g_test_add_func ("/chart/non-finite", test_non_finite);
  g_test_add_func ("/chart/text", test_text);
  g_test_add_func ("/chart/min-text-size", test_min_text_size);
  g_test_add_func ("/chart/lean", test_lean);
  g_test_add_func ("/chart/lean-effect", test_lean_effect);
  g_test_add_func ("/chart/narrow-years", test_narrow_years);
  g_test_add_func ("/chart/narrow-title", test_narrow_title);
  g_test_add ("/chart/until-stage", Drawn, GINT_TO_POINTER (CW_CHART_UPGRADING), drawn_set_up, test_until_stage, drawn_tear_down);
  g_test_add ("/chart/cursor", Drawn, GINT_TO_POINTER (CW_CHART_DIGITAL), drawn_set_up, test_cursor, drawn_tear_down);
  g_test_add_func ("/chart/hover", test_hover);
  g_test_add_func ("/chart/readout", test_readout);
  g_test_add_func ("/chart/readout-gives-way", test_readout_gives_way);
  g_test_add_func ("/chart/six-variants", test_six_variants);
  return g_test_run ();
}

/* chart-fixture.c — synthetic series with known values for the chart tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "chart-fixture.h"

static void
set_all (CwSeries *series,
         CwOutput  output,
         int       step,
         double    mean,
         double    spread)
{
  cw_series_get (series, output, CW_STAT_MEAN)[step] = mean;
  cw_series_get (series, output, CW_STAT_P05)[step] = mean - spread;
  cw_series_get (series, output, CW_STAT_P95)[step] = mean + spread;
}

CwSeries *
chart_fixture_series (double lift)
{
  static const double communities[] = { 40, 20, 15, 10, 8, 5, 2 };
  static const double governance[CW_N_GOVERNANCE] = { 0.1, 0.3, 0.2, 0.25, 0.1, 0.05 };
  const char *stage_ids[] = { "awareness", "ownership", NULL };
  CwSeries *series = cw_series_new (CHART_FIXTURE_STEPS, 50);

  series->start_year = 2025;
  series->stage_ids = g_strdupv ((char **) stage_ids);
  for (int s = 0; s < CHART_FIXTURE_STEPS; s++)
    {
      double u = s / (double) (CHART_FIXTURE_STEPS - 1);

      set_all (series, CW_OUT_STEP, s, s, 0);
      set_all (series, CW_OUT_YEAR, s, 2025 + (double) s / CW_STEPS_PER_YEAR, 0);
      set_all (series, CW_OUT_POLICY_STAGE, s, s < 20 ? 0 : 1, 0);
      set_all (series, CW_OUT_GOVERNANCE, s, CW_GOVERNANCE_MODULAR, 0);
      set_all (series, CW_OUT_LIFECYCLE, s, s < 12 ? CW_LIFECYCLE_EMERGENCE : CW_LIFECYCLE_GROWTH, 0);
      set_all (series, CW_OUT_UPGRADING, s, 0.2 + 0.5 * u + lift, 0.05);
      set_all (series, CW_OUT_UPGRADING_PROCESS_PRODUCT, s, 0.6, 0.02);
      set_all (series, CW_OUT_UPGRADING_FUNCTIONAL, s, 0.3, 0.02);
      set_all (series, CW_OUT_UPGRADING_CHAIN, s, 0.1, 0.02);
      set_all (series, CW_OUT_CAPABILITY_MEAN, s, 0.4 + 0.2 * u, 0.03);
      set_all (series, CW_OUT_CAPABILITY_P10, s, 0.25 + 0.2 * u, 0.03);
      set_all (series, CW_OUT_CAPABILITY_P90, s, 0.55 + 0.2 * u, 0.03);
      set_all (series, CW_OUT_ABSORPTIVE_MEAN, s, 0.35, 0.03);
      set_all (series, CW_OUT_EFFORT_MEAN, s, 0.3, 0.03);
      set_all (series, CW_OUT_HETEROGENEITY, s, 0.2 + 0.4 * u, 0.03);
      set_all (series, CW_OUT_OPENNESS, s, 0.3 + 0.2 * u, 0.03);
      for (int g = 0; g < CW_N_GOVERNANCE; g++)
        set_all (series, CW_OUT_GOVERNANCE_MARKET + g, s, governance[g], 0);
      set_all (series, CW_OUT_FIRMS, s, 100, 0);
      for (guint c = 0; c < G_N_ELEMENTS (communities); c++)
        set_all (series, CW_OUT_OUTSIDE + c, s, communities[c], 0);
      set_all (series, CW_OUT_DIGITAL_ADOPTERS, s, 10 + 60 * u, 5);
      set_all (series, CW_OUT_INTERNATIONALISED, s, 5 + 20 * u, 3);
      set_all (series, CW_OUT_PROGRAMME_ENROLLED, s, 15, 2);
      set_all (series, CW_OUT_PROGRAMME_DROPOUTS, s, 3 * u, 1);
      set_all (series, CW_OUT_PROTOTYPES, s, 8 * u, 1);
      set_all (series, CW_OUT_SPEND, s, 4, 0.2);
      set_all (series, CW_OUT_SPEND_CUMULATIVE, s, s, 0.5);
      set_all (series, CW_OUT_BUDGET_BINDING, s, s >= 30 ? 1 : 0, 0);
    }
  return series;
}

cairo_surface_t *
chart_fixture_render (const CwChartSpec *spec,
                      int                width,
                      int                height)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (image);

  cw_chart_draw (cr, width, height, spec);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (image);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  return image;
}

guint
chart_fixture_count_ink_in (cairo_surface_t *image,
                            int              x0,
                            int              y0,
                            int              width,
                            int              height)
{
  const guint8 *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);
  guint32 background = *(const guint32 *) data;
  guint n = 0;

  for (int y = y0; y < MIN (y0 + height, cairo_image_surface_get_height (image)); y++)
    for (int x = x0; x < MIN (x0 + width, cairo_image_surface_get_width (image)); x++)
      n += *(const guint32 *) (data + y * stride + 4 * x) != background;
  return n;
}

guint
chart_fixture_count_ink (cairo_surface_t *image)
{
  return chart_fixture_count_ink_in (image, 0, 0, cairo_image_surface_get_width (image),
                                     cairo_image_surface_get_height (image));
}

int
chart_fixture_count_colour (cairo_surface_t *image,
                            guint32          rgb)
{
  int w = cairo_image_surface_get_width (image), h = cairo_image_surface_get_height (image);
  int stride = cairo_image_surface_get_stride (image), n = 0;
  const guchar *data = cairo_image_surface_get_data (image);

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 px = *(const guint32 *) (data + y * stride + 4 * x);

        if (abs ((int) ((px >> 16) & 0xff) - (int) ((rgb >> 16) & 0xff)) <= 2 &&
            abs ((int) ((px >> 8) & 0xff) - (int) ((rgb >> 8) & 0xff)) <= 2 &&
            abs ((int) (px & 0xff) - (int) (rgb & 0xff)) <= 2)
          n++;
      }
  return n;
}

gboolean
chart_fixture_same_pixels (cairo_surface_t *image,
                           int              x0,
                           int              y0,
                           cairo_surface_t *part)
{
  const guint8 *a = cairo_image_surface_get_data (image);
  const guint8 *b = cairo_image_surface_get_data (part);
  int sa = cairo_image_surface_get_stride (image), sb = cairo_image_surface_get_stride (part);
  int width = cairo_image_surface_get_width (part), height = cairo_image_surface_get_height (part);
  guint differ = 0;

  if (x0 + width > cairo_image_surface_get_width (image) || y0 + height > cairo_image_surface_get_height (image))
    return FALSE;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      differ += *(const guint32 *) (a + (y0 + y) * sa + 4 * (x0 + x)) != *(const guint32 *) (b + y * sb + 4 * x);
  /* A file's pixels went through PNG: the same within a rounding or two. */
  return differ <= (guint) (width * height / 1000);
}

/* chart-fixture.h — synthetic series with known values for the chart tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "cw-chart.h"

/* Ten years from 2025 (41 steps), 50 runs. The upgrading index rises in a
 * straight line from 0.2 to 0.7 with a band of ±0.05; its components stay at
 * 0.6, 0.3 and 0.1. The communities are 40, 20, 15, 10, 8, 5 and 2 firms
 * (100 in all), governance memberships sum to 1. Heterogeneity rises from 0.2
 * to 0.6, openness from 0.3 to 0.5. Stage 0 ("awareness") holds for the first
 * five years, then stage 1 ("ownership"). Spend is 4 M€ a year; the
 * budget binds from step 30 on. @lift raises
 * the upgrading index (and the shares of level IV) for a different scenario. */
CwSeries        *chart_fixture_series (double lift);

#define CHART_FIXTURE_STEPS 41

/* Renders @spec onto a new image of @width × @height and checks cairo is happy. */
cairo_surface_t *chart_fixture_render (const CwChartSpec *spec,
                                       int                width,
                                       int                height);
/* Pixels that differ from the colour of pixel (0, 0), the background. */
guint            chart_fixture_count_ink (cairo_surface_t *image);
/* The same within the rectangle at (@x0, @y0) of @width × @height. */
guint            chart_fixture_count_ink_in (cairo_surface_t *image,
                                             int              x0,
                                             int              y0,
                                             int              width,
                                             int              height);
/* Pixels of colour @rgb (0xRRGGBB, within 2 in each channel) in @image. */
int              chart_fixture_count_colour (cairo_surface_t *image,
                                             guint32          rgb);
/* Whether @part looks like the part of @image at (@x0, @y0). */
gboolean         chart_fixture_same_pixels (cairo_surface_t *image,
                                            int              x0,
                                            int              y0,
                                            cairo_surface_t *part);

/* test-waterfall.c — the explain waterfall in PNG pixels, SVG paths and PDF text
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "cw-levers.h"
#include "chart-fixture.h"
#include "cw-waterfall.h"
#include "pdf-text.h"

#define WIDTH 900
#define HEIGHT 560

/* A known attribution: 0.400 without policy, capabilities +0.120 (its two
 * levers +0.100 and +0.020), governance −0.030, policy cycle +0.010. */
static CwAttribution *
known_attribution (void)
{
  CwAttribution *a = g_new0 (CwAttribution, 1);
  CwExplainPart groups[] = {
    { "capabilities", "Capabilities", CW_LEVER_GROUP_CAPABILITIES, -1, 0.12, 0 },
    { "governance", "Value-chain governance", CW_LEVER_GROUP_GOVERNANCE, -1, -0.03, 0 },
    { "policy_cycle", "Policy cycle", CW_LEVER_GROUP_POLICY_CYCLE, -1, 0.01, 0 },
  };
  CwExplainPart levers[] = {
    { "education", "Education and training", CW_LEVER_GROUP_CAPABILITIES, CW_LEVER_EDUCATION, 0.1, 0 },
    { "test_lab", "Test lab", CW_LEVER_GROUP_CAPABILITIES, CW_LEVER_TEST_LAB, 0.02, 0 },
  };

  a->output = CW_OUT_UPGRADING;
  a->step = 40;
  a->year = 2031;
  a->baseline = 0.4;
  a->policy = 0.5;
  a->total = 0.1;
  a->groups = g_array_new (FALSE, FALSE, sizeof (CwExplainPart));
  g_array_append_vals (a->groups, groups, G_N_ELEMENTS (groups));
  a->levers = g_array_new (FALSE, FALSE, sizeof (CwExplainPart));
  g_array_append_vals (a->levers, levers, G_N_ELEMENTS (levers));
  a->levers_exact = TRUE;
  a->standing = 0.07;
  a->cycle = 0.03;
  a->runs = a->total_runs = 20;
  return a;
}

typedef struct {
  char          *dir;
  CwAttribution *attribution;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("test-waterfall-XXXXXX", &error);
  g_assert_no_error (error);
  f->attribution = known_attribution ();
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  cw_attribution_free (f->attribution);
}

static char *
export_look (Fixture *f, CwChartFormat format, CwLook look, const char *name)
{
  char *path = g_build_filename (f->dir, name, NULL);
  CwWaterfallSpec spec = { .attribution = f->attribution, .look = look, .font_scale = 1 };
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_waterfall_export (&spec, format, WIDTH, HEIGHT, path, &error));
  g_assert_no_error (error);
  return path;
}

static char *
export (Fixture *f, CwChartFormat format, gboolean dark, const char *name)
{
  return export_look (f, format, (CwLook) { dark, FALSE }, name);
}

/* Green bars for what added, vermillion for what took away, in proportion;
 * the background follows the style. */
static void
test_png (Fixture *f, gconstpointer data)
{
  g_autofree char *light = export (f, CW_CHART_FORMAT_PNG, FALSE, "light.png");
  g_autofree char *dark = export (f, CW_CHART_FORMAT_PNG, TRUE, "dark.png");
  cairo_surface_t *surface = cairo_image_surface_create_from_png (light);
  int green, vermillion;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, WIDTH);
  green = chart_fixture_count_colour (surface, 0x009E73);
  vermillion = chart_fixture_count_colour (surface, 0xD55E00);
  /* Parts drawn at full colour: capabilities 0.12, policy cycle 0.01,
   * standing 0.07 and cycle 0.03 (the levers are lighter): 0.23 against 0.03. */
  g_assert_cmpint (vermillion, >, 100);
  g_assert_cmpfloat ((double) green / vermillion, >, 0.23 / 0.03 * 0.7);
  g_assert_cmpfloat ((double) green / vermillion, <, 0.23 / 0.03 * 1.3);
  g_assert_cmpint (chart_fixture_count_colour (surface, 0xFFFFFF), >, WIDTH * HEIGHT / 2);
  cairo_surface_destroy (surface);

  surface = cairo_image_surface_create_from_png (dark);
  g_assert_cmpint (chart_fixture_count_colour (surface, 0x242424), >, WIDTH * HEIGHT / 2);
  g_assert_cmpint (chart_fixture_count_colour (surface, 0xF07A2E), >, 100);
  cairo_surface_destroy (surface);
}

static cairo_surface_t *
png_of (Fixture *f, gboolean dark, gboolean high_contrast, const char *name)
{
  g_autofree char *path = export_look (f, CW_CHART_FORMAT_PNG, (CwLook) { dark, high_contrast }, name);
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* High contrast, as the charts draw it: the high-contrast palette (on light
 * the darker green and vermillion, on dark the lighter green) instead of the
 * normal one, the levers' bars at full strength, and more ink for the
 * thicker steps between the bars. */
static void
test_high_contrast (Fixture *f, gconstpointer data)
{
  cairo_surface_t *normal = png_of (f, FALSE, FALSE, "normal.png");
  cairo_surface_t *high = png_of (f, FALSE, TRUE, "high.png");
  cairo_surface_t *dark_high = png_of (f, TRUE, TRUE, "dark-high.png");
  int normal_green = chart_fixture_count_colour (normal, 0x009E73), high_green = chart_fixture_count_colour (high, 0x008561);
  int normal_ink = WIDTH * HEIGHT - chart_fixture_count_colour (normal, 0xFFFFFF);
  int high_ink = WIDTH * HEIGHT - chart_fixture_count_colour (high, 0xFFFFFF);

  g_test_message ("green %d, in high contrast %d; ink %d, in high contrast %d", normal_green, high_green,
                  normal_ink, high_ink);
  g_assert_cmpint (chart_fixture_count_colour (normal, 0x008561), ==, 0);
  g_assert_cmpint (chart_fixture_count_colour (high, 0x009E73), ==, 0);
  g_assert_cmpint (chart_fixture_count_colour (high, 0xD55E00), ==, 0);
  g_assert_cmpint (chart_fixture_count_colour (high, 0xC05500), >, 100);
  /* The levers (0.100 and 0.020) add to the full-strength green. */
  g_assert_cmpfloat ((double) high_green / normal_green, >, 1.2);
  g_assert_cmpint (high_ink, >, normal_ink);

  g_assert_cmpint (chart_fixture_count_colour (dark_high, 0x242424), >, WIDTH * HEIGHT / 2);
  g_assert_cmpint (chart_fixture_count_colour (dark_high, 0x1AAE85), >, 100);
  g_assert_cmpint (chart_fixture_count_colour (dark_high, 0x009E73), ==, 0);
  cairo_surface_destroy (normal);
  cairo_surface_destroy (high);
  cairo_surface_destroy (dark_high);
}

/* The SVG has a bar in the colour of each part's sign. */
static void
test_svg (Fixture *f, gconstpointer data)
{
  g_autofree char *path = export (f, CW_CHART_FORMAT_SVG, FALSE, "waterfall.svg");
  g_autofree char *contents = NULL;
  const char *green = "fill:rgb(0%,61.960784%,45.098039%)";
  const char *vermillion = "fill:rgb(83.529412%,36.862745%,0%)";
  int n_green = 0, n_vermillion = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  for (const char *p = contents; (p = strstr (p, green)) != NULL; p++)
    n_green++;
  for (const char *p = contents; (p = strstr (p, vermillion)) != NULL; p++)
    n_vermillion++;
  /* Green: capabilities, both its levers, policy cycle, standing, cycle. */
  g_assert_cmpint (n_green, ==, 6);
  g_assert_cmpint (n_vermillion, ==, 1);
}

/* The PDF's text, read back by pdftotext: the title, every part and the total. */
static void
test_pdf (Fixture *f, gconstpointer data)
{
  g_autofree char *path = export (f, CW_CHART_FORMAT_PDF, FALSE, "waterfall.pdf");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  const char *expected[] = { "Upgrading index in 2031", "Capabilities", "+0.120", "Education and training",
                             "+0.100", "−0.030", "No policy", "0.400", "With the policy", "0.500 (+0.100)",
                             "Standing levers", "+0.070", "+0.030", "Exact Shapley values over 20 runs" };

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (package poppler-utils)");
      return;
    }
  out = pdf_text (path);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (out, expected[i]) == NULL)
      g_error ("“%s” is not in the PDF's text:\n%s", expected[i], out);
}

static void
test_sampled_text (void)
{
  g_autoptr(CwAttribution) a = known_attribution ();
  CwExplainPart part = { "trips", "Trips", CW_LEVER_GROUP_INTERNATIONALISATION, CW_LEVER_TRIPS, -0.0123, 0.0041 };
  g_autofree char *value = NULL, *method = NULL;

  a->levers_exact = FALSE;
  value = cw_waterfall_value (a, &part);
  g_assert_cmpstr (value, ==, "−0.012 ± 0.004");
  method = cw_waterfall_method (a);
  g_assert_nonnull (strstr (method, "sampled from 32 orderings"));
  a->runs = 1;
  g_free (method);
  method = cw_waterfall_method (a);
  g_assert_nonnull (strstr (method, "First estimate: 1 of 20"));
}

/* The waterfall paints only its rectangle: a report page keeps what is around it. */
static void
test_own_rectangle (void)
{
  g_autoptr(CwAttribution) a = known_attribution ();
  CwWaterfallSpec spec = { .attribution = a, .font_scale = 1 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 400);
  cairo_t *cr = cairo_create (surface);
  const guchar *data;

  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_paint (cr);
  cairo_translate (cr, 0, 100);
  cw_waterfall_draw (cr, 400, 200, &spec);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  g_assert_cmphex (*(const guint32 *) (data + 50 * cairo_image_surface_get_stride (surface)) & 0xffffff, ==, 0xff0000);
  g_assert_cmphex (*(const guint32 *) (data + 350 * cairo_image_surface_get_stride (surface)) & 0xffffff, ==, 0xff0000);
  g_assert_cmphex (*(const guint32 *) (data + 150 * cairo_image_surface_get_stride (surface)) & 0xffffff, ==, 0xffffff);
  cairo_surface_destroy (surface);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/waterfall/png", Fixture, NULL, fixture_set_up, test_png, fixture_tear_down);
  g_test_add ("/waterfall/high-contrast", Fixture, NULL, fixture_set_up, test_high_contrast, fixture_tear_down);
  g_test_add ("/waterfall/svg", Fixture, NULL, fixture_set_up, test_svg, fixture_tear_down);
  g_test_add ("/waterfall/pdf", Fixture, NULL, fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add_func ("/waterfall/sampled-text", test_sampled_text);
  g_test_add_func ("/waterfall/own-rectangle", test_own_rectangle);
  return g_test_run ();
}

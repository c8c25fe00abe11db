/* test-chart-export.c — charts to PNG, SVG, PDF and CSV, read back by independent tools
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "chart-fixture.h"
#include "cw-chart-export.h"

typedef struct {
  char     *dir;
  CwSeries *series;
  CwSeries *baseline;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("cw-chart-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->series = chart_fixture_series (0);
  fixture->baseline = chart_fixture_series (-0.1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  cw_series_free (fixture->series);
  cw_series_free (fixture->baseline);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Loads a PNG and checks it is an image of the chart: the right size, with
 * plenty of pixels that are not background. */
static void
assert_png_has_chart (const char *path,
                      int         width,
                      int         height)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (abs (cairo_image_surface_get_width (image) - width), <=, 1);
  g_assert_cmpint (abs (cairo_image_surface_get_height (image) - height), <=, 1);
  g_assert_cmpuint (chart_fixture_count_ink (image), >, (guint) (width * height / 50));
  cairo_surface_destroy (image);
}

static void
export (Fixture       *fixture,
        CwChartKind    kind,
        CwChartFormat  format,
        const char    *path)
{
  g_autoptr(GError) error = NULL;
  CwChartSpec spec;

  cw_chart_spec_init (&spec, kind, fixture->series);
  spec.baseline = fixture->baseline;
  spec.budget = 5;
  g_assert_true (cw_chart_export (&spec, format, 600, 340, path, &error));
  g_assert_no_error (error);
}

/* Runs @argv (a converter) and fails the test on a non-zero exit. */
static void
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s %s", argv[0], error->message, err);
}

static void
test_png (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "chart.png", NULL);

  export (fixture, CW_CHART_UPGRADING, CW_CHART_FORMAT_PNG, path);
  assert_png_has_chart (path, 600, 340);
  /* Replacing a file leaves no temporary file behind. */
  export (fixture, CW_CHART_COMMUNITIES, CW_CHART_FORMAT_PNG, path);
  assert_png_has_chart (path, 600, 340);
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
}

static void
test_svg (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "chart.svg", NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "svg.png", NULL);
  g_autofree char *rsvg = g_find_program_in_path ("rsvg-convert");
  g_autofree char *contents = NULL;

  export (fixture, CW_CHART_GOVERNANCE, CW_CHART_FORMAT_SVG, path);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  if (rsvg == NULL)
    {
      g_test_skip ("rsvg-convert is not installed (package librsvg2-bin)");
      return;
    }
  /* 72 dpi: one pixel per point. */
  run ((const char *[]) { rsvg, "--dpi-x=72", "--dpi-y=72", "--format=png", "--output", png, path, NULL });
  assert_png_has_chart (png, 600, 340);
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "chart.pdf", NULL);
  g_autofree char *stem = g_build_filename (fixture->dir, "pdf", NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "pdf.png", NULL);
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  g_autofree char *contents = NULL;

  export (fixture, CW_CHART_BUDGET, CW_CHART_FORMAT_PDF, path);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  if (pdftoppm == NULL)
    {
      g_test_skip ("pdftoppm is not installed (package poppler-utils)");
      return;
    }
  /* 72 dpi: one pixel per point. */
  run ((const char *[]) { pdftoppm, "-png", "-r", "72", "-singlefile", path, stem, NULL });
  assert_png_has_chart (png, 600, 340);
}

static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "chart.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) header = NULL;
  g_auto(GStrv) row = NULL;

  /* Numbers must not follow a locale with a decimal comma. */
  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    setlocale (LC_NUMERIC, "pl_PL.UTF-8");
  export (fixture, CW_CHART_UPGRADING, CW_CHART_FORMAT_CSV, path);
  setlocale (LC_NUMERIC, "C");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  /* A header, a row per step and the empty string after the last newline. */
  g_assert_cmpuint (g_strv_length (lines), ==, CHART_FIXTURE_STEPS + 2);
  g_assert_cmpstr (lines[CHART_FIXTURE_STEPS + 1], ==, "");
  g_assert_cmpstr (lines[0], ==,
                   "step,year,upgrading,upgrading_process_product,upgrading_functional,"
                   "upgrading_chain,upgrading_p05,upgrading_p95,baseline_upgrading,policy_stage,"
                   "policy_stage_name");
  header = g_strsplit (lines[0], ",", -1);
  row = g_strsplit (lines[21], ",", -1);
  g_assert_cmpuint (g_strv_length (row), ==, g_strv_length (header));
  g_assert_cmpstr (row[0], ==, "20");
  g_assert_cmpstr (row[1], ==, "2030");
  g_assert_cmpstr (row[2], ==, "0.45");
  g_assert_cmpstr (row[6], ==, "0.4");
  g_assert_cmpstr (row[8], ==, "0.35");
  g_assert_cmpstr (row[9], ==, "ownership");
  /* Without names in the spec, the name column repeats the id. */
  g_assert_cmpstr (row[10], ==, "ownership");
}

/* The stage column keeps the id a program matches and adds the name a
 * person reads, quoted where the name needs it. */
static void
test_csv_stage_names (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *names[] = { "Awareness, trust", "Übergang zur Eigenverantwortung", NULL };
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  CwChartSpec spec;

  g_assert_cmpuint (g_strv_length (fixture->series->stage_ids), ==, 2);
  cw_chart_spec_init (&spec, CW_CHART_DIGITAL, fixture->series);
  spec.stage_names = names;
  csv = cw_chart_to_csv (&spec);
  lines = g_strsplit (csv, "\n", -1);
  g_assert_true (g_str_has_suffix (lines[0], ",policy_stage,policy_stage_name"));
  g_assert_true (g_str_has_suffix (lines[1], ",awareness,\"Awareness, trust\""));
  g_assert_true (g_str_has_suffix (lines[21], ",ownership,Übergang zur Eigenverantwortung"));
}

/* The life cycle's files have its phase plot: in the CSV its columns, in
 * an image the path at the right, as on screen. */
static void
test_lifecycle_with_phase (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "lifecycle.png", NULL);
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) header = NULL;
  cairo_surface_t *image, *right;
  CwChartSpec spec;

  cw_chart_spec_init (&spec, CW_CHART_LIFECYCLE, fixture->series);
  spec.baseline = fixture->baseline;
  csv = cw_chart_to_csv (&spec);
  lines = g_strsplit (csv, "\n", -1);
  header = g_strsplit (lines[0], ",", -1);
  g_assert_true (g_strv_contains ((const char *const *) header, "heterogeneity"));
  g_assert_true (g_strv_contains ((const char *const *) header, "lifecycle"));
  /* The phase plot's no-policy path has the openness too. */
  g_assert_true (g_strv_contains ((const char *const *) header, "baseline_openness"));
  /* Each column once, although both charts show the life-cycle stage. */
  for (guint i = 0; header[i] != NULL; i++)
    for (guint j = i + 1; header[j] != NULL; j++)
      g_assert_cmpstr (header[i], !=, header[j]);

  /* The right part of the image is the phase plot, drawn as the window draws it. */
  export (fixture, CW_CHART_LIFECYCLE, CW_CHART_FORMAT_PNG, path);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  spec.kind = CW_CHART_PHASE;
  right = chart_fixture_render (&spec, 600 - 372, 340);
  g_assert_true (chart_fixture_same_pixels (image, 372, 0, right));
  cairo_surface_destroy (right);
  cairo_surface_destroy (image);
}

/* An exported chart says which scenario it shows: its title heads the
 * figure, before the chart's own title (read back from a PDF). */
static void
test_title (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "titled.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *heading, *title;
  CwChartSpec spec;
  int status;

  cw_chart_spec_init (&spec, CW_CHART_UPGRADING, fixture->series);
  spec.title = "Hamburg aviation";
  g_assert_true (cw_chart_export (&spec, CW_CHART_FORMAT_PDF, 600, 340, path, &error));
  g_assert_no_error (error);
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (package poppler-utils)");
      return;
    }
  g_spawn_sync (NULL, (char *[]) { pdftotext, path, "-", NULL }, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  heading = strstr (text, "Hamburg aviation");
  title = strstr (text, "Upgrading of the cluster");
  g_assert_nonnull (heading);
  g_assert_nonnull (title);
  g_assert_true (heading < title);
}

/* The name offered for a file: the scenario and the chart, never a path. */
static void
test_export_name (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *plain = cw_chart_export_name ("hamburg-aviation", CW_CHART_UPGRADING, CW_CHART_FORMAT_PNG);
  g_autofree char *slash = cw_chart_export_name ("../a/b\nc", CW_CHART_LIFECYCLE, CW_CHART_FORMAT_CSV);
  g_autofree char *none = cw_chart_export_name ("  ", CW_CHART_BUDGET, CW_CHART_FORMAT_PDF);

  g_assert_cmpstr (plain, ==, "hamburg-aviation – Upgrading.png");
  g_assert_cmpstr (slash, ==, "-.-a-b-c – Life cycle.csv");
  g_assert_cmpstr (none, ==, "Budget.pdf");
}

static void
test_csv_missing (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  CwChartSpec spec;

  cw_series_get (fixture->series, CW_OUT_UPGRADING, CW_STAT_MEAN)[1] = NAN;
  cw_series_get (fixture->series, CW_OUT_POLICY_STAGE, CW_STAT_MEAN)[1] = -1;
  cw_chart_spec_init (&spec, CW_CHART_UPGRADING, fixture->series);
  spec.show_band = FALSE;
  csv = cw_chart_to_csv (&spec);
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpstr (lines[2], ==, "1,2025.25,,0.6,0.3,0.1,,");
}

/* A comparison over fewer years leaves its cells empty where it has ended. */
static void
test_csv_shorter_comparison (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(CwSeries) shorter = cw_series_new (5, 1);
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  CwChartSpec spec;

  shorter->start_year = 2025;
  for (int s = 0; s < 5; s++)
    cw_series_get (shorter, CW_OUT_DIGITAL_ADOPTERS, CW_STAT_MEAN)[s] = 7;
  cw_chart_spec_init (&spec, CW_CHART_DIGITAL, fixture->series);
  spec.compare[0] = shorter;
  spec.n_compare = 1;
  csv = cw_chart_to_csv (&spec);
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "step,year,digital_adopters,compare_1_digital_adopters,policy_stage,"
                   "policy_stage_name");
  g_assert_cmpstr (lines[5], ==, "4,2026,16,7,awareness,awareness");
  g_assert_cmpstr (lines[6], ==, "5,2026.25,17.5,,awareness,awareness");
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-dir", "chart.png", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "chart.svg", NULL);
  g_autoptr(GError) error = NULL;
  CwChartSpec spec;

  cw_chart_spec_init (&spec, CW_CHART_UPGRADING, fixture->series);
  for (int format = 0; format < CW_N_CHART_FORMATS; format++)
    {
      g_assert_false (cw_chart_export (&spec, format, 600, 340, missing, &error));
      g_assert_error (error, CW_RENDER_ERROR, CW_RENDER_ERROR_FILE);
      g_assert_nonnull (strstr (error->message, "chart.png"));
      g_clear_error (&error);
    }
  g_assert_false (cw_chart_export (&spec, CW_CHART_FORMAT_SVG, 0, 340, path, &error));
  g_assert_error (error, CW_RENDER_ERROR, CW_RENDER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cw_chart_export (&spec, CW_CHART_FORMAT_PNG, NAN, 340, path, &error));
  g_assert_error (error, CW_RENDER_ERROR, CW_RENDER_ERROR_INVALID);
  g_assert_cmpuint (count_files (fixture->dir), ==, 0);

  g_assert_cmpint (cw_chart_format_from_id ("PDF"), ==, CW_CHART_FORMAT_PDF);
  g_assert_cmpint (cw_chart_format_from_id ("jpeg"), ==, -1);
  g_assert_cmpstr (cw_chart_format_id (CW_CHART_FORMAT_CSV), ==, "csv");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add ("/chart-export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("png", test_png);
  ADD ("svg", test_svg);
  ADD ("pdf", test_pdf);
  ADD ("csv", test_csv);
  ADD ("csv-missing", test_csv_missing);
  ADD ("csv-stage-names", test_csv_stage_names);
  ADD ("lifecycle-with-phase", test_lifecycle_with_phase);
  ADD ("title", test_title);
  ADD ("export-name", test_export_name);
  ADD ("csv-shorter-comparison", test_csv_shorter_comparison);
  ADD ("errors", test_errors);
#undef ADD
  return g_test_run ();
}

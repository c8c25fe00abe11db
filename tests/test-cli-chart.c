/* test-cli-chart.c — `cluster-workbench-cli chart` run as a user would
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "chart-fixture.h"

/* Runs the CLI with @args; returns its exit status and its standard error. */
static int
run_cli (const char *const *args,
         char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (char *) g_getenv ("CW_CLI"));
  g_assert_nonnull (argv->pdata[0]);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_png_and_csv (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-cli-chart-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "governance.png", NULL);
  g_autofree char *csv = g_build_filename (dir, "budget.data", NULL);
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  const char *table;
  cairo_surface_t *image;

  g_assert_no_error (error);
  /* The format follows the file name. */
  g_assert_cmpint (run_cli ((const char *[]) { "chart", "--kind", "governance", "--years", "3",
                                               "--width", "500", "--height", "300", "--dark",
                                               "--output", png, NULL }, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 500);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 300);
  cairo_surface_destroy (image);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli ((const char *[]) { "chart", "--kind", "budget", "--years", "2", "--runs", "1",
                                               "--format", "csv", "-o", csv, NULL }, &err), ==, 0);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  /* The run's record first, as in `run`'s CSV (tests/check-reproduce.py runs it again). */
  g_assert_true (g_str_has_prefix (contents, "# {\n#     \"model_version\": "));
  g_assert_nonnull (strstr (contents, "\n#     \"settings\": {\n"));
  table = strstr (contents, "\nstep,year,");
  g_assert_nonnull (table);
  g_assert_true (g_str_has_prefix (table + 1, "step,year,spend,baseline_spend,budget,budget_binding,"
                                   "spend_cumulative,baseline_spend_cumulative,policy_stage,policy_stage_name\n"));
  /* A header and 2 × 4 + 1 quarters. */
  lines = g_strsplit (table + 1, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 11);

  g_unlink (png);
  g_unlink (csv);
  g_rmdir (dir);
}

/* The pixels of the PNG @path that differ from its background. */
static guint
ink (const char *path)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);
  guint count;

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  count = chart_fixture_count_ink (image);
  cairo_surface_destroy (image);
  return count;
}

/* --high-contrast draws as the window does in high contrast: its colours and
 * thicker lines, so more of the chart is ink than in the normal look. */
static void
test_high_contrast (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-cli-chart-XXXXXX", &error);
  g_autofree char *normal = g_build_filename (dir, "normal.png", NULL);
  g_autofree char *high = g_build_filename (dir, "high.png", NULL);
  g_autofree char *err = NULL;
  guint normal_ink, high_ink;

  g_assert_no_error (error);
  g_assert_cmpint (run_cli ((const char *[]) { "chart", "--kind", "upgrading", "--years", "3", "--runs", "1",
                                               "--output", normal, NULL }, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli ((const char *[]) { "chart", "--kind", "upgrading", "--years", "3", "--runs", "1",
                                               "--high-contrast", "--output", high, NULL }, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  normal_ink = ink (normal);
  high_ink = ink (high);
  g_test_message ("ink: normal %u px, high contrast %u px", normal_ink, high_ink);
  g_assert_cmpuint (high_ink, >, normal_ink + normal_ink / 20);

  g_unlink (normal);
  g_unlink (high);
  g_rmdir (dir);
}

/* -o through a symlink writes its target and keeps the link, as `run` does. */
static void
test_output_symlink (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-cli-chart-XXXXXX", &error);
  g_autofree char *target = g_build_filename (dir, "target.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *err = NULL, *contents = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink ("target.csv", link), ==, 0);
  g_assert_cmpint (run_cli ((const char *[]) { "chart", "--kind", "budget", "--years", "1", "--runs", "1",
                                               "--format", "csv", "-o", link, NULL }, &err), ==, 0);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\nstep,year,spend,"));

  g_unlink (link);
  g_unlink (target);
  g_rmdir (dir);
}

static void
test_bad_usage (void)
{
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli ((const char *[]) { "chart", "--kind", "pie", "-o", "x.png", NULL }, &err), ==, 2);
  g_assert_nonnull (strstr (err, "upgrading"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli ((const char *[]) { "chart", "--kind", "budget", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli ((const char *[]) { "chart", "--kind", "budget", "-o", "chart.jpeg", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli ((const char *[]) { "chart", "--kind", "budget", "--width", "0", "-o", "a.png", NULL },
                            &err), ==, 2);
  g_clear_pointer (&err, g_free);

  /* A file that cannot be written is bad input, and the message names it. */
  g_assert_cmpint (run_cli ((const char *[]) { "chart", "--kind", "upgrading", "--years", "1",
                                               "-o", "/nonexistent-dir/chart.svg", NULL }, &err), ==, 1);
  g_assert_nonnull (strstr (err, "/nonexistent-dir/chart.svg"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-chart/png-and-csv", test_png_and_csv);
  g_test_add_func ("/cli-chart/high-contrast", test_high_contrast);
  g_test_add_func ("/cli-chart/bad-usage", test_bad_usage);
  g_test_add_func ("/cli-chart/output-symlink", test_output_symlink);
  return g_test_run ();
}

/* test-experiment.c — experiment files, designs, sensitivity estimators, shards and resuming
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <signal.h>
#include <string.h>
#include <glib/gstdio.h>

#include "bad-file.h"
#include "cw-design.h"
#include "cw-experiment-csv.h"
#include "cw-experiment-file.h"
#include "cw-experiment-run.h"
#include "cw-experiment-write.h"
#include "cw-factor.h"
#include "cw-optimise.h"
#include "cw-point-grid.h"
#include "cw-run.h"
#include "cw-scenario-file.h"
#include "cw-experiment-figures.h"
#include "cw-sensitivity.h"

static const BadFile bad_files[] = {
  { "bad-embedded.experiment", 5, "The value of “firms” is “ten”, which is not a number." },
  { "bad-factors.experiment", 5, "The factor “education” takes values between 0 and 1; 7 is outside." },
  { "bad-factors.experiment", 6, "Unknown id “param.no_such_parameter”" },
  { "bad-factors.experiment", 7, "takes whole numbers between 1 and 20000; 10.5 is not one." },
  { "bad-factors.experiment", 8, "The range of the factor “trust_building” is empty" },
  { "bad-factors.experiment", 9, "The factor “education” is named twice." },
  { "bad-factors.experiment", 11, "Morris trajectories need a range" },
  { "bad-factors.experiment", 12, "is a category, not a number" },
  { "bad-factors.experiment", 12, "There is no output called “nothing”" },
  { "bad-factors.experiment", 12, "The output “upgrading” is named twice." },
  { "bad-factors.experiment", 12, "ascending order" },
  { "deep-nesting.experiment", 2, "nested more than 256 levels deep" },
  { "empty.experiment", 0, "The file is empty." },
  { "entity-bomb.experiment", 2, "document type declaration" },
  { "garbage.experiment", 1, "binary data" },
  { "missing-base.experiment", 3, "The base scenario “no-such-scenario.cluster” cannot be used." },
  { "newer-major.experiment", 2, "version 2 of the experiment format" },
  { "no-samples.experiment", 5, "needs the number of samples" },
  { "schema-violation.experiment", 5, "cannot have the attribute “type”" },
  { "scenario-not-experiment.experiment", 2, "This is not a Cluster Workbench experiment" },
  { "too-many-runs.experiment", 9, "more than 100000000 runs" },
  { "xxe.experiment", 2, "document type declaration" },
};

static const char *small_experiment =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<experiment xmlns=\"https://clusterworkbench.github.io/ns/experiment\" version=\"1\">\n"
  "  <base href=\"scenarios/poland-ict.cluster\"/>\n"
  "  <factors>\n"
  "    <factor id=\"trust_building\" min=\"0\" max=\"1\" steps=\"3\"/>\n"
  "    <factor id=\"param.cost_firm_education\" values=\"2 4 6\"/>\n"
  "    <factor id=\"profile.firms\" min=\"40\" max=\"60\" steps=\"2\"/>\n"
  "  </factors>\n"
  "  <design type=\"%s\" samples=\"%d\" replicates=\"2\" seed=\"7\"/>\n"
  "  <record outputs=\"upgrading cooperators_4\" years=\"2 4\"/>\n"
  "</experiment>\n";

static CwExperiment *
load_small (const char *design,
            int         samples)
{
  g_autofree char *text = g_strdup_printf (small_experiment, design, samples);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GFile) folder = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "..", "resources", NULL));
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  CwExperiment *experiment = cw_experiment_load_bytes (bytes, "small.experiment", folder, problems, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  return experiment;
}

static void
test_bad_files (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "bad-experiments", bad_files[i].file, NULL);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
      g_autoptr(GError) error = NULL;
      g_autoptr(CwExperiment) experiment = cw_experiment_load_path (path, problems, &error);

      g_assert_null (experiment);
      g_assert_nonnull (error);
      if (!has_problem (problems, bad_files[i].line, bad_files[i].message))
        g_error ("%s: no problem on line %d saying “%s”", bad_files[i].file, bad_files[i].line,
                 bad_files[i].message);
    }
}

/* Every file of tests/bad-experiments/ is in the table above. */
static void
test_bad_files_listed (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "bad-experiments", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
        listed |= g_str_equal (bad_files[i].file, name);
      g_assert_true (listed);
    }
}

static void
test_examples_valid (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "..", "resources", "experiments", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
      g_autoptr(GError) error = NULL;
      g_autoptr(CwExperiment) experiment = cw_experiment_load_path (path, problems, &error);

      g_assert_no_error (error);
      g_assert_nonnull (experiment);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

/* Every point of @design, row after row. */
static double *
design_matrix (const CwDesign *design)
{
  double *x = g_new (double, (gsize) design->n_points * design->k);

  for (guint i = 0; i < design->n_points; i++)
    cw_design_point (design, i, x + (gsize) i * design->k);
  return x;
}

static void
test_factorial (void)
{
  g_autoptr(CwExperiment) experiment = load_small ("factorial", 1);
  g_autoptr(CwDesign) design = cw_design_new (experiment);
  g_autofree double *x = design_matrix (design);

  /* 3 × 3 × 2 points, the last factor fastest. */
  g_assert_cmpuint (design->n_points, ==, 18);
  g_assert_cmpfloat (x[0 * 3 + 2], ==, 40);
  g_assert_cmpfloat (x[1 * 3 + 2], ==, 60);
  g_assert_cmpfloat (x[2 * 3 + 1], ==, 4);
  g_assert_cmpfloat (x[17 * 3 + 0], ==, 1);
  g_assert_cmpfloat (x[6 * 3 + 0], ==, 0.5);
}

static void
test_latin_hypercube (void)
{
  const guint n = 50, k = 4;
  g_autoptr(CwDesign) design = cw_design_unit (CW_DESIGN_LHS, k, n, 0, 3);
  g_autofree double *x = design_matrix (design);

  g_assert_cmpuint (design->n_points, ==, n);
  for (guint j = 0; j < k; j++)
    {
      g_autofree guint *per_stratum = g_new0 (guint, n);

      for (guint i = 0; i < n; i++)
        per_stratum[(guint) (x[i * k + j] * n)]++;
      for (guint s = 0; s < n; s++)
        g_assert_cmpuint (per_stratum[s], ==, 1);
    }
}

static void
test_saltelli_layout (void)
{
  const guint n = 20, k = 3;
  g_autoptr(CwDesign) design = cw_design_unit (CW_DESIGN_SALTELLI, k, n, 0, 3);
  g_autofree double *x = design_matrix (design);

  g_assert_cmpuint (design->n_points, ==, n * (k + 2));
  for (guint i = 0; i < n; i++)
    {
      const double *a = x + i * (k + 2) * k;
      const double *b = a + (k + 1) * k;

      for (guint j = 0; j < k; j++)
        {
          const double *ab = a + (j + 1) * k;

          g_assert_cmpfloat (a[j], !=, b[j]);
          for (guint m = 0; m < k; m++)
            g_assert_cmpfloat (ab[m], ==, m == j ? b[m] : a[m]);
        }
    }
}

static void
test_morris_layout (void)
{
  const guint r = 10, k = 4, levels = 4;
  g_autoptr(CwDesign) design = cw_design_unit (CW_DESIGN_MORRIS, k, r, levels, 3);
  g_autofree double *x = design_matrix (design);
  double delta = levels / (2.0 * (levels - 1));

  g_assert_cmpuint (design->n_points, ==, r * (k + 1));
  for (guint t = 0; t < r; t++)
    {
      g_autofree guint *moved = g_new0 (guint, k);

      for (guint s = 0; s < k; s++)
        {
          const double *a = x + (t * (k + 1) + s) * k, *b = a + k;
          guint changed = 0;

          for (guint j = 0; j < k; j++)
            if (a[j] != b[j])
              {
                changed++;
                moved[j]++;
                g_assert_cmpfloat_with_epsilon (fabs (b[j] - a[j]), delta, 1e-12);
                g_assert_true (b[j] >= -1e-12 && b[j] <= 1 + 1e-12);
              }
          g_assert_cmpuint (changed, ==, 1);
        }
      for (guint j = 0; j < k; j++)
        g_assert_cmpuint (moved[j], ==, 1);
    }
}

static double
ishigami (const double *u)
{
  double x1 = -G_PI + 2 * G_PI * u[0], x2 = -G_PI + 2 * G_PI * u[1], x3 = -G_PI + 2 * G_PI * u[2];

  return sin (x1) + 7 * sin (x2) * sin (x2) + 0.1 * pow (x3, 4) * sin (x1);
}

/* @f at every point of the unit design @design, whose points go to @x. */
static double *
evaluate (const CwDesign  *design,
          double         (*f) (const double *u),
          double         **x)
{
  double *y = g_new (double, design->n_points);

  *x = design_matrix (design);
  for (guint i = 0; i < design->n_points; i++)
    y[i] = f (*x + (gsize) i * design->k);
  return y;
}

/* The Ishigami function (a = 7, b = 0.1): S = (0.3139, 0.4424, 0),
 * S_T = (0.5576, 0.4424, 0.2437). */
static void
test_sobol_ishigami (void)
{
  const guint n = 20000, k = 3;
  const double first[] = { 0.3139, 0.4424, 0 }, total[] = { 0.5576, 0.4424, 0.2437 };
  g_autoptr(CwDesign) design = cw_design_unit (CW_DESIGN_SALTELLI, k, n, 0, 11);
  g_autofree double *x = NULL;
  g_autofree double *y = evaluate (design, ishigami, &x);
  CwSobolIndex s[3];

  cw_sobol_indices (y, n, k, 200, 5, s);
  for (guint j = 0; j < k; j++)
    {
      g_assert_cmpfloat_with_epsilon (s[j].first, first[j], 0.03);
      g_assert_cmpfloat_with_epsilon (s[j].total, total[j], 0.03);
      g_assert_cmpfloat (s[j].first_lo, <=, s[j].first);
      g_assert_cmpfloat (s[j].first_hi, >=, s[j].first);
      g_assert_cmpfloat (s[j].total_lo, <=, s[j].total);
      g_assert_cmpfloat (s[j].total_hi, >=, s[j].total);
      g_assert_cmpfloat (s[j].total_hi - s[j].total_lo, <, 0.1);
    }
}

static const double slope[] = { 2, 0.5, 0 };

static double
linear (const double *u)
{
  return slope[0] * u[0] + slope[1] * u[1] + slope[2] * u[2];
}

/* y = 2 x1 + 0.5 x2 (x3 has no effect): every elementary effect is the slope. */
static void
test_morris_linear (void)
{
  const guint r = 15, k = 3;
  const double range[] = { 1, 1, 1 };
  g_autoptr(CwDesign) design = cw_design_unit (CW_DESIGN_MORRIS, k, r, 4, 9);
  g_autofree double *x = NULL;
  g_autofree double *y = evaluate (design, linear, &x);
  CwMorrisEffect effects[3];

  cw_morris_effects (x, y, r, k, range, effects);
  for (guint j = 0; j < k; j++)
    {
      g_assert_cmpfloat_with_epsilon (effects[j].mu_star, slope[j], 1e-9);
      g_assert_cmpfloat_with_epsilon (effects[j].mu, slope[j], 1e-9);
      g_assert_cmpfloat_with_epsilon (effects[j].sigma, 0, 1e-9);
    }
}

static GBytes *
run_points (const CwExperiment *experiment,
            const CwDesign     *design,
            guint               first,
            guint               last,
            int                 threads,
            gboolean            header)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autofree char *head = cw_experiment_csv_header (experiment);
  g_autoptr(GError) error = NULL;

  if (header)
    g_output_stream_write_all (out, head, strlen (head), NULL, NULL, NULL);
  g_assert_true (cw_experiment_run (experiment, design, first, last, threads, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, NULL);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static char *
write_temp (GBytes     *bytes,
            const char *name)
{
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return path;
}

/* Rows do not depend on threads; shards merged (in any order) are the whole. */
static void
test_shard_merge (void)
{
  g_autoptr(CwExperiment) experiment = load_small ("lhs", 7);
  g_autoptr(CwDesign) design = cw_design_new (experiment);
  g_autoptr(GBytes) whole = run_points (experiment, design, 0, design->n_points, 2, TRUE);
  g_autoptr(GBytes) one_thread = run_points (experiment, design, 0, design->n_points, 1, TRUE);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GOutputStream) merged = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) merged_bytes = NULL;
  g_autoptr(GError) error = NULL;
  const guint n = 3;

  g_assert_true (g_bytes_equal (whole, one_thread));
  /* 7 points × 2 replicates × 2 years, and the header. */
  {
    const char *data = g_bytes_get_data (whole, NULL);
    guint lines = 0;

    for (gsize i = 0; i < g_bytes_get_size (whole); i++)
      lines += data[i] == '\n';
    g_assert_cmpuint (lines, ==, 1 + 7 * 2 * 2);
  }
  for (guint k = n; k >= 1; k--)
    {
      g_autofree char *name = g_strdup_printf ("cw-test-shard-%u-%d.csv", k, (int) getpid ());
      guint first, last;
      g_autoptr(GBytes) part = NULL;

      cw_experiment_shard (design->n_points, k, n, &first, &last);
      part = run_points (experiment, design, first, last, 2, TRUE);
      g_ptr_array_add (paths, write_temp (part, name));
    }
  g_ptr_array_add (paths, NULL);
  g_assert_true (cw_experiment_csv_merge ((const char *const *) paths->pdata, merged, &error));
  g_assert_no_error (error);
  g_output_stream_close (merged, NULL, NULL);
  merged_bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (merged));
  g_assert_true (g_bytes_equal (whole, merged_bytes));

  /* Two parts that leave a gap do not merge. */
  {
    const char *gap[] = { paths->pdata[0], paths->pdata[2], NULL };
    g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

    g_assert_false (cw_experiment_csv_merge (gap, out, &error));
    g_assert_error (error, CW_EXPERIMENT_ERROR, CW_EXPERIMENT_ERROR_OUTPUT);
  }
  for (guint i = 0; i + 1 < paths->len; i++)
    g_unlink (paths->pdata[i]);
}

/* A file cut anywhere resumes after its last complete point. */
static void
test_resume_scan (void)
{
  g_autoptr(CwExperiment) experiment = load_small ("lhs", 5);
  g_autoptr(CwDesign) design = cw_design_new (experiment);
  g_autoptr(GBytes) whole = run_points (experiment, design, 0, design->n_points, 2, TRUE);
  g_autofree char *header = cw_experiment_csv_header (experiment);
  gsize length = g_bytes_get_size (whole);
  const char *data = g_bytes_get_data (whole, NULL);
  guint rows_per_point = experiment->replicates * experiment->years->len;

  for (gsize cut = 0; cut <= length; cut += 37)
    {
      g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (data, cut, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) rest = NULL;
      g_autoptr(GString) joined = NULL;
      guint next;
      goffset keep;

      g_assert_true (cw_experiment_csv_resume (in, "cut.csv", header, 0, rows_per_point, &next, &keep, &error));
      g_assert_no_error (error);
      g_assert_cmpint (keep, <=, cut);
      joined = g_string_new_len (data, keep);
      if (keep == 0)
        g_string_assign (joined, header);
      rest = run_points (experiment, design, next, design->n_points, 2, FALSE);
      g_string_append_len (joined, g_bytes_get_data (rest, NULL), g_bytes_get_size (rest));
      g_assert_cmpuint (joined->len, ==, length);
      g_assert_true (memcmp (joined->str, data, length) == 0);
    }
}

/* The layout of a Saltelli run is recognised from its CSV alone. */
static void
test_point_table (void)
{
  g_autoptr(CwExperiment) experiment = load_small ("saltelli", 4);
  g_autoptr(CwDesign) design = cw_design_new (experiment);
  g_autoptr(GBytes) whole = run_points (experiment, design, 0, design->n_points, 2, TRUE);
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_bytes (whole);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPointTable) table = cw_point_table_read (in, "cooperators_4", 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (table->k, ==, 3);
  g_assert_cmpuint (table->n_points, ==, 4 * 5);
  g_assert_cmpint (table->year, ==, 4);
  g_assert_cmpstr (table->output, ==, "cooperators_4");
  g_assert_cmpint (cw_point_table_layout (table), ==, CW_SENSITIVITY_SOBOL);
  /* A block of k + 2 = 5 points shares its seeds; the next block does not. */
  for (guint i = 1; i < 5; i++)
    g_assert_cmpuint (cw_experiment_run_seed (experiment, i, 1), ==, cw_experiment_run_seed (experiment, 0, 1));
  g_assert_cmpuint (cw_experiment_run_seed (experiment, 5, 1), !=, cw_experiment_run_seed (experiment, 0, 1));
  g_assert_cmpuint (cw_experiment_run_seed (experiment, 0, 0), !=, cw_experiment_run_seed (experiment, 0, 1));
}

/* The scenario the experiments of the command-line tests vary. */
static char *
base_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "resources", "scenarios", "poland-ict.cluster", NULL);
}

/* An experiment for the command-line tool, in a folder of its own. */
typedef struct {
  const char *cli;         /* the tool */
  char       *dir;
  char       *experiment;  /* dir/study.experiment */
} CliStudy;

/* Writes an experiment on base_path() with @body (its factors, design and
 * record) into a new folder; FALSE, the test skipped, when CW_CLI is not set. */
static gboolean
cli_study_init (CliStudy   *study,
                const char *body)
{
  g_autofree char *base = base_path ();
  g_autofree char *text = NULL;

  study->cli = g_getenv ("CW_CLI");
  if (study->cli == NULL)
    {
      g_test_skip ("CW_CLI is not set");
      return FALSE;
    }
  text = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                          "<experiment xmlns=\"" CW_EXPERIMENT_NAMESPACE "\" version=\"1\">\n"
                          "  <base href=\"%s\"/>\n%s</experiment>\n", base, body);
  study->dir = g_dir_make_tmp ("cw-cli-experiment-XXXXXX", NULL);
  study->experiment = g_build_filename (study->dir, "study.experiment", NULL);
  g_assert_true (g_file_set_contents (study->experiment, text, -1, NULL));
  return TRUE;
}

/* Removes the experiment and its folder, which the test emptied otherwise. */
static void
cli_study_clear (CliStudy *study)
{
  if (study->dir == NULL)
    return;
  g_unlink (study->experiment);
  g_rmdir (study->dir);
  g_free (study->experiment);
  g_free (study->dir);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliStudy, cli_study_clear)

/* `experiment -o FILE` killed half-way and run again writes the same file. */
static void
test_resume_after_kill (void)
{
  g_auto(CliStudy) study = { 0 };
  g_autofree char *killed = NULL, *whole = NULL, *a = NULL, *b = NULL, *cut = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0, cut_length = 0;

  if (!cli_study_init (&study, "  <factors><factor id=\"education\" min=\"0\" max=\"1\"/></factors>\n"
                               "  <design type=\"lhs\" samples=\"2000\" seed=\"3\"/>\n"
                               "  <record outputs=\"upgrading\" years=\"1 3\"/>\n"))
    return;
  killed = g_build_filename (study.dir, "killed.csv", NULL);
  whole = g_build_filename (study.dir, "whole.csv", NULL);
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, study.cli, "experiment", study.experiment,
                            "--threads", "2", "-o", killed, NULL);
  g_assert_no_error (error);
  /* Killed once some rows are out, long before the end. */
  for (guint tries = 0; length < 2000 && tries < 1000; tries++)
    {
      g_autofree char *partial = NULL;

      g_usleep (5000);
      g_file_get_contents (killed, &partial, &length, NULL);
    }
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, NULL);
  g_clear_object (&child);
  g_assert_true (g_file_get_contents (killed, &cut, &cut_length, NULL));
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, study.cli, "experiment", study.experiment,
                            "-o", killed, NULL);
  g_assert_true (g_subprocess_wait_check (child, NULL, &error));
  g_clear_object (&child);
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, study.cli, "experiment", study.experiment,
                            "--threads", "1", "-o", whole, NULL);
  g_assert_true (g_subprocess_wait_check (child, NULL, &error));
  g_assert_true (g_file_get_contents (killed, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (whole, &b, NULL, NULL));
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpuint (cut_length, <, strlen (b) / 2);
  g_unlink (killed);
  g_unlink (whole);
}

/* Cluster-wide levers cost their fixed part × intensity, and with a budget
 * far above their cost the model spends exactly that: the most spending
 * the budget allows is the budget itself, whichever allocation reaches it. */
static void
test_optimise_known (void)
{
  const int levers[] = { CW_LEVER_TECH_PARK, CW_LEVER_VENTURE_FUND, CW_LEVER_FDI_ATTRACTION };
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  CwOptimiseProblem problem = { levers, G_N_ELEMENTS (levers), 3.0, CW_OUT_SPEND, 2, 2, 1, 2, 0, NULL };
  g_autoptr(GError) error = NULL;
  CwOptimum best;

  sc->profile[CW_PROFILE_FIRMS] = 40;
  g_assert_true (cw_factor_set (sc, "profile.budget", 50, &error));
  g_assert_true (cw_optimise (sc, &problem, &best, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (best.cost, <=, problem.budget);
  g_assert_cmpfloat_with_epsilon (best.value, problem.budget, 0.02 * problem.budget);
  g_assert_cmpfloat_with_epsilon (best.given, 0, 1e-12);
  cw_optimum_clear (&best);
}

/* Whatever the budget, the allocation found costs at most that. */
static void
test_optimise_budget_kept (void)
{
  const int levers[] = { CW_LEVER_EDUCATION, CW_LEVER_RD_SUBSIDY, CW_LEVER_TRUST_BUILDING, CW_LEVER_PROJECT_CONSORTIA };
  const double budgets[] = { 0, 0.1, 0.7, 2, 50 };
  g_autofree char *path = base_path ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(CwScenario) sc = cw_scenario_load_path (path, problems, NULL);

  g_assert_nonnull (sc);
  for (guint b = 0; b < G_N_ELEMENTS (budgets); b++)
    {
      CwOptimiseProblem problem = { levers, G_N_ELEMENTS (levers), budgets[b], CW_OUT_UPGRADING, 3, 2, 5, 2, 25, NULL };
      g_autoptr(GError) error = NULL;
      CwOptimum best;

      g_assert_true (cw_optimise (sc, &problem, &best, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (best.cost, <=, budgets[b]);
      g_assert_cmpfloat_with_epsilon (best.cost, cw_optimise_cost (sc, &problem, best.intensities), 1e-12);
      for (guint i = 0; i < problem.n_levers; i++)
        g_assert_true (best.intensities[i] >= 0 && best.intensities[i] <= 1);
      cw_optimum_clear (&best);
    }
}

static void
cancel_on_third_cb (int      done,
                    int      most,
                    gpointer user_data)
{
  g_assert_cmpint (done, <=, most);
  if (done == 3)
    g_cancellable_cancel (user_data);
}

/* Cancelling stops the search after the evaluation that cancelled it. */
static void
test_optimise_cancel (void)
{
  const int levers[] = { CW_LEVER_EDUCATION, CW_LEVER_RD_SUBSIDY };
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CwOptimiseProblem problem = { levers, G_N_ELEMENTS (levers), 1.0, CW_OUT_UPGRADING, 2, 2, 1, 1, 30, NULL,
                                cancellable, cancel_on_third_cb, cancellable };
  g_autoptr(GError) error = NULL;
  CwOptimum best = { 0 };

  sc->profile[CW_PROFILE_FIRMS] = 40;
  g_assert_false (cw_optimise (sc, &problem, &best, &error));
  g_assert_error (error, CW_RUN_ERROR, CW_RUN_ERROR_CANCELLED);
  g_assert_null (best.intensities);
}

/* Each budget's search starts where the one below ended: the frontier
 * never falls, never overspends, and counts the progress of all budgets. */
static void
count_progress_cb (int      done,
                   int      most,
                   gpointer user_data)
{
  int *last = user_data;

  g_assert_cmpint (done, >, last[0]);
  last[0] = done;
  last[1] = most;
}

static void
test_optimise_frontier (void)
{
  const int levers[] = { CW_LEVER_EDUCATION, CW_LEVER_RD_SUBSIDY, CW_LEVER_TRUST_BUILDING };
  const double budgets[] = { 0.2, 0.6, 1.5 };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "scenarios", "poland-ict.cluster", NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(CwScenario) sc = cw_scenario_load_path (path, problems, NULL);
  int last[2] = { 0, 0 };
  CwOptimiseProblem problem = { levers, G_N_ELEMENTS (levers), 99, CW_OUT_UPGRADING, 3, 2, 5, 2, 12, NULL,
                                NULL, count_progress_cb, last };
  CwOptimum optima[G_N_ELEMENTS (budgets)];
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (sc);
  g_assert_true (cw_optimise_frontier (sc, &problem, budgets, G_N_ELEMENTS (budgets), optima, &error));
  g_assert_no_error (error);
  g_assert_cmpint (last[1], ==, 3 * 12);
  g_assert_cmpint (last[0], <=, last[1]);
  g_assert_cmpint (last[0], >, 2 * 12);
  for (guint b = 0; b < G_N_ELEMENTS (budgets); b++)
    {
      g_assert_cmpfloat (optima[b].cost, <=, budgets[b]);
      if (b > 0)
        g_assert_cmpfloat (optima[b].value, >=, optima[b - 1].value);
      cw_optimum_clear (&optima[b]);
    }
}

/* An experiment written out reads back the same, embedded base and all. */
static void
test_write_round_trip (void)
{
  g_autoptr(CwExperiment) experiment = cw_experiment_new ();
  g_autoptr(CwExperiment) back = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GFile) folder = g_file_new_for_path (".");
  g_autoptr(GBytes) bytes = NULL, again = NULL;
  g_autoptr(GError) error = NULL;
  CwFactor *range = g_new0 (CwFactor, 1), *list = g_new0 (CwFactor, 1);
  const CwFactor *read;
  int output = CW_OUT_UPGRADING, year = 3;

  experiment->title = g_strdup ("Levers & <costs>");
  experiment->base = cw_scenario_new ();
  experiment->base->meta.description = g_strdup ("two\n  lines");
  range->id = g_strdup ("education");
  range->min = 0.125, range->max = 0.9, range->steps = 3;
  list->id = g_strdup ("profile.firms");
  list->values = g_new (double, 2), list->n_values = 2;
  list->values[0] = 40, list->values[1] = 60.5;
  g_ptr_array_add (experiment->factors, range);
  g_ptr_array_add (experiment->factors, list);
  experiment->design = CW_DESIGN_SALTELLI;
  experiment->samples = 8;
  experiment->replicates = 2;
  experiment->seed = G_MAXUINT64;
  g_array_append_val (experiment->outputs, output);
  g_array_append_val (experiment->years, year);

  bytes = cw_experiment_to_bytes (experiment);
  back = cw_experiment_load_bytes (bytes, "written.experiment", folder, problems, &error);
  /* 60.5 firms is not a whole number: the loader reads what was written and says so. */
  g_assert_null (back);
  g_assert_cmpuint (problems->len, ==, 1);
  g_ptr_array_set_size (problems, 0);
  g_clear_error (&error);
  list->values[1] = 60;
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = cw_experiment_to_bytes (experiment);
  back = cw_experiment_load_bytes (bytes, "written.experiment", folder, problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  /* Numbers as a person would type them: 0.9, not 0.90000000000000002. */
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "min=\"0.125\" max=\"0.9\""));
  g_assert_cmpstr (back->title, ==, experiment->title);
  g_assert_cmpstr (back->base->meta.description, ==, "two\n  lines");
  g_assert_cmpint (back->design, ==, CW_DESIGN_SALTELLI);
  g_assert_cmpint (back->samples, ==, 8);
  g_assert_cmpint (back->replicates, ==, 2);
  g_assert_cmpuint (back->seed, ==, G_MAXUINT64);
  g_assert_cmpuint (back->factors->len, ==, 2);
  read = g_ptr_array_index (back->factors, 0);
  g_assert_cmpstr (read->id, ==, "education");
  g_assert_cmpfloat (read->min, ==, 0.125);
  g_assert_cmpfloat (read->max, ==, 0.9);
  g_assert_cmpint (read->steps, ==, 3);
  read = g_ptr_array_index (back->factors, 1);
  g_assert_cmpuint (read->n_values, ==, 2);
  g_assert_cmpfloat (read->values[1], ==, 60);
  g_assert_cmpint (g_array_index (back->outputs, int, 0), ==, CW_OUT_UPGRADING);
  g_assert_cmpint (g_array_index (back->years, int, 0), ==, 3);
  /* Written again, it is the same file. */
  again = cw_experiment_to_bytes (back);
  g_assert_true (g_bytes_equal (bytes, again));
}

/* The shared analysis orders factors by influence and the tornado follows it. */
static void
test_sensitivity_analyse (void)
{
  /* y = 4 x0 + x1 on a Saltelli layout of 64 base samples. */
  g_autoptr(CwDesign) design = cw_design_unit (CW_DESIGN_SALTELLI, 2, 64, 0, 5);
  CwPointTable table = { (char *[]) { "small", "large" }, 2, "y", 1, design->n_points };
  g_autofree double *x = g_new (double, design->n_points * 2);
  g_autofree double *y = g_new (double, design->n_points);
  CwSensitivityRow rows[2];
  CwTornadoBar bars[2];
  CwTornadoSpec spec;

  for (guint i = 0; i < design->n_points; i++)
    {
      cw_design_point (design, i, x + 2 * i);
      y[i] = x[2 * i] + 4 * x[2 * i + 1];
    }
  table.x = x, table.y = y;
  g_assert_cmpint (cw_sensitivity_analyse (&table, 50, 1, rows), ==, CW_SENSITIVITY_SOBOL);
  g_assert_cmpuint (rows[0].factor, ==, 1);
  g_assert_cmpfloat (rows[0].sobol.total, >, rows[1].sobol.total);
  g_assert_cmpfloat_with_epsilon (rows[0].sobol.total, 16.0 / 17, 0.1);
  cw_tornado_spec_init (&spec, bars, &table, CW_SENSITIVITY_SOBOL, rows, "t");
  g_assert_cmpstr (bars[0].label, ==, "large");
  g_assert_cmpfloat (bars[0].value, ==, rows[0].sobol.total);
  g_assert_cmpfloat (bars[1].value2, ==, rows[1].sobol.first);
  /* Rows of no known layout are not analysed. */
  table.n_points = 5;
  g_assert_cmpint (cw_sensitivity_analyse (&table, 50, 1, rows), ==, CW_SENSITIVITY_NONE);
}

/* A full factorial's grid averages over the other factors; a sampled
 * design is no grid; the heatmap of it exports. */
static void
test_point_grid (void)
{
  const double a[] = { 0, 1 }, b[] = { 5, 6, 7 }, c[] = { 0, 1 };
  double x[12 * 3], y[12];
  CwPointTable table = { (char *[]) { "a", "b", "c" }, 3, "y", 1, 12, x, y };
  g_autoptr(CwPointGrid) grid = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-grid-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "heatmap.png", NULL);
  g_autoptr(GError) error = NULL;
  CwHeatmapSpec spec;
  guint i = 0;

  for (guint ia = 0; ia < 2; ia++)
    for (guint ib = 0; ib < 3; ib++)
      for (guint ic = 0; ic < 2; ic++, i++)
        {
          x[3 * i] = a[ia], x[3 * i + 1] = b[ib], x[3 * i + 2] = c[ic];
          y[i] = a[ia] + 10 * b[ib] + 100 * c[ic];
        }
  grid = cw_point_grid_new (&table, 1, 0, 10);
  g_assert_nonnull (grid);
  g_assert_cmpuint (grid->nx, ==, 3);
  g_assert_cmpuint (grid->ny, ==, 2);
  g_assert_cmpfloat (grid->xs[2], ==, 7);
  g_assert_cmpfloat (grid->ys[1], ==, 1);
  /* Row a = 1, column b = 6: 1 + 60 + the mean of 0 and 100. */
  g_assert_cmpfloat (grid->values[1 * 3 + 1], ==, 111);
  g_assert_cmpfloat (grid->values[0], ==, 100);
  /* A two-factor factorial's blocks of k + 1 = 3 points move one factor
   * per step, but the same one: it is not taken for Morris trajectories. */
  {
    double x2[12 * 2], y2[12] = { 0 };
    CwPointTable two = { (char *[]) { "a", "b" }, 2, "y", 1, 12, x2, y2 };

    for (guint p = 0; p < 12; p++)
      x2[2 * p] = p / 6, x2[2 * p + 1] = p % 6;
    g_assert_cmpint (cw_point_table_layout (&two), ==, CW_SENSITIVITY_NONE);
  }
  /* Three values of b are too many for a grid of at most two. */
  g_assert_null (cw_point_grid_new (&table, 1, 0, 2));

  spec = (CwHeatmapSpec) { "t", "b", "a", "y", grid->xs, grid->nx, grid->ys, grid->ny, grid->values };
  g_assert_true (cw_heatmap_export (&spec, CW_CHART_FORMAT_PNG, 400, 300, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_remove (path);
  g_rmdir (dir);
}

static char *
run_cli (const char *const *args)
{
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  child = g_subprocess_newv (args, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child) && g_subprocess_get_exit_status (child) == 0);
  return out;
}

/* The commands end to end: a Saltelli experiment, its Sobol table and
 * tornado, and optimise's JSON with the fields the issue names. */
static void
test_cli (void)
{
  g_auto(CliStudy) study = { 0 };
  g_autofree char *csv = NULL, *png = NULL, *base = base_path ();
  g_autofree char *table = NULL, *json = NULL, *image = NULL;
  gsize image_length;

  if (!cli_study_init (&study, "  <factors><factor id=\"education\" min=\"0\" max=\"1\"/>\n"
                               "    <factor id=\"trust_building\" min=\"0\" max=\"1\"/></factors>\n"
                               "  <design type=\"saltelli\" samples=\"8\" seed=\"3\"/>\n"
                               "  <record outputs=\"upgrading trust\" years=\"2\"/>\n"))
    return;
  csv = g_build_filename (study.dir, "sobol.csv", NULL);
  png = g_build_filename (study.dir, "tornado.png", NULL);
  g_free (run_cli ((const char *[]) { study.cli, "experiment", study.experiment, "-o", csv, NULL }));
  table = run_cli ((const char *[]) { study.cli, "sensitivity", csv, "--outcome", "trust", "--chart", png, NULL });
  g_assert_nonnull (strstr (table, "total order"));
  g_assert_nonnull (strstr (table, "trust_building"));
  g_assert_true (g_file_get_contents (png, &image, &image_length, NULL));
  g_assert_true (image_length > 8 && memcmp (image, "\x89PNG", 4) == 0);
  json = run_cli ((const char *[]) { study.cli, "optimise", base, "--levers", "education,trust_building",
                                     "--budget", "0.5", "--objective", "upgrading", "--year", "2",
                                     "--runs", "2", "--format", "json", NULL });
  g_assert_true (g_str_has_prefix (json, "{\"objective\":\"upgrading\",\"value\":"));
  g_assert_nonnull (strstr (json, "\"levers\":{\"education\":"));
  g_assert_nonnull (strstr (json, "\"cost\":"));
  g_unlink (csv);
  g_unlink (png);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/experiment/file/bad", test_bad_files);
  g_test_add_func ("/experiment/file/bad-listed", test_bad_files_listed);
  g_test_add_func ("/experiment/file/examples", test_examples_valid);
  g_test_add_func ("/experiment/design/factorial", test_factorial);
  g_test_add_func ("/experiment/design/latin-hypercube", test_latin_hypercube);
  g_test_add_func ("/experiment/design/saltelli", test_saltelli_layout);
  g_test_add_func ("/experiment/design/morris", test_morris_layout);
  g_test_add_func ("/experiment/sensitivity/ishigami", test_sobol_ishigami);
  g_test_add_func ("/experiment/sensitivity/morris-linear", test_morris_linear);
  g_test_add_func ("/experiment/sensitivity/point-table", test_point_table);
  g_test_add_func ("/experiment/run/shard-merge", test_shard_merge);
  g_test_add_func ("/experiment/run/resume-scan", test_resume_scan);
  g_test_add_func ("/experiment/run/resume-after-kill", test_resume_after_kill);
  g_test_add_func ("/experiment/optimise/known", test_optimise_known);
  g_test_add_func ("/experiment/optimise/budget-kept", test_optimise_budget_kept);
  g_test_add_func ("/experiment/optimise/cancel", test_optimise_cancel);
  g_test_add_func ("/experiment/optimise/frontier", test_optimise_frontier);
  g_test_add_func ("/experiment/file/write", test_write_round_trip);
  g_test_add_func ("/experiment/sensitivity/analyse", test_sensitivity_analyse);
  g_test_add_func ("/experiment/sensitivity/point-grid", test_point_grid);
  g_test_add_func ("/experiment/cli", test_cli);
  return g_test_run ();
}

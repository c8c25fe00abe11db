/* test-cli-model.c — the model's subcommands as other tools call them: run's
 * CSV and JSON, --set errors, explain (the listings: check-listings.py)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "cw-outputs.h"

/* Runs the command-line tool with @args (NULL-terminated); returns stdout. */
static char *
cli (int *status, char **err, ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  const char *arg;
  va_list ap;
  int wait;

  g_ptr_array_add (argv, (gpointer) g_getenv ("CW_CLI"));
  g_assert_nonnull (argv->pdata[0]);
  va_start (ap, err);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, err, &wait, &error);
  g_assert_no_error (error);
  *status = WIFEXITED (wait) ? WEXITSTATUS (wait) : -1;
  return out;
}

static void
test_csv (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL, header = NULL;
  int status;

  out = cli (&status, &err, "run", "--years", "2", "--seed", "7", "--runs", "1", NULL);
  g_assert_cmpint (status, ==, 0);
  /* The meta record, then the table. */
  g_assert_true (g_str_has_prefix (out, "# {\n#     \"model_version\": \"" CW_MODEL_VERSION "\",\n"));
  lines = g_strsplit (strstr (out, "\nstep,") + 1, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2 * 4 + 1 + 1 + 1);   /* header, 9 steps, "" */
  header = g_strsplit (lines[0], ",", -1);
  /* The outputs in order, then the stage's name after everything else. */
  g_assert_cmpuint (g_strv_length (header), ==, CW_N_OUTPUTS + 1);
  for (int o = 0; o < CW_N_OUTPUTS; o++)
    g_assert_cmpstr (header[o], ==, cw_output_info (o)->id);
  g_assert_cmpstr (header[CW_N_OUTPUTS], ==, "policy_stage_name");
  g_assert_true (g_str_has_prefix (lines[1], "0,2025,awareness,"));
  g_assert_true (g_str_has_suffix (lines[1], ",Raising awareness"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = cli (&status, &err, "run", "--years", "0", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "--years"));
}

static void
test_ensemble_and_json (void)
{
  g_autofree char *csv = NULL, *json = NULL, *err = NULL;
  int status;

  csv = cli (&status, &err, "run", "--years", "1", "--runs", "3", "--threads", "2", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (csv, "\nstep,year,policy_stage,governance,lifecycle,"
                                 "upgrading_mean,upgrading_p05,upgrading_p95,"));
  g_clear_pointer (&err, g_free);
  json = cli (&status, &err, "run", "--years", "1", "--runs", "1", "--baseline", "--no-cycle", "--format", "json", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (json, "\"meta\": {"));
  g_assert_nonnull (strstr (json, "\"model_version\": \"" CW_MODEL_VERSION "\""));
  g_assert_nonnull (strstr (json, "\"steps\": 5"));
  g_assert_nonnull (strstr (json, "\"spend\": [0, 0, 0, 0, 0]"));
  g_assert_nonnull (strstr (json, "\"policy_stage\": [\"\", \"\""));
  g_assert_nonnull (strstr (json, "\"policy_stage_name\": [\"\", \"\", \"\", \"\", \"\"]\n  }\n}\n"));
  g_clear_pointer (&json, g_free);
  g_clear_pointer (&err, g_free);
  /* The stage's name beside its id, parallel to policy_stage, last as in the CSV. */
  json = cli (&status, &err, "run", "--years", "1", "--runs", "1", "--format", "json", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (json, "\"policy_stage\": [\"awareness\", \"awareness\","));
  g_assert_nonnull (strstr (json, ",\n    \"policy_stage_name\": [\"Raising awareness\", \"Raising awareness\","));
  g_assert_true (g_str_has_suffix (json, "]\n  }\n}\n"));
}

/* The hash printed with a run tells seeds above 2^53 apart. */
static void
test_seed_hash (void)
{
  const char *seeds[] = { "9007199254740992", "9007199254740993" };
  char *hashes[G_N_ELEMENTS (seeds)];

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *json = NULL, *err = NULL;
      g_autofree char *seed = g_strdup_printf ("\"seed\": %s,", seeds[i]);
      const char *hash;
      int status;

      json = cli (&status, &err, "run", "--years", "1", "--runs", "1", "--seed", seeds[i],
                  "--format", "json", NULL);
      g_assert_cmpint (status, ==, 0);
      g_assert_nonnull (strstr (json, seed));
      hash = strstr (json, "\"scenario_hash\": \"");
      g_assert_nonnull (hash);
      hashes[i] = g_strndup (hash + strlen ("\"scenario_hash\": \""), 16);
    }
  g_assert_cmpstr (hashes[0], !=, hashes[1]);
  g_free (hashes[0]);
  g_free (hashes[1]);
}

/* Unknown ids and values out of range: exit 1, naming the id, what it was
 * probably meant to be, the range and the value given. */
static void
test_bad_set (void)
{
  static const struct { const char *set, *expect; } cases[] = {
    { "nonsense=1", "nonsense" },
    { "education=2", "between 0 and 1 (it is 2)" },
    { "lead_relocation=-2", "between -1 and 1 (it is -2)" },
    { "profile.firms=0", "profile.firms" },
    { "param.lambda0=7", "param.lambda0" },
    { "param.nothing=1", "param.nothing" },
    { "consortia=1", "Did you mean “project_consortia”?" },
    { "firms=10", "Did you mean “profile.firms”?" },
    { "profile.firm=10", "Did you mean “profile.firms”?" },
    { "param.lambda=0.5", "Did you mean “param.lambda0”?" },
    { "lambda0=0.5", "Did you mean “param.lambda0”?" },
    { "education=nan", "nan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      int status;

      out = cli (&status, &err, "run", "--years", "1", "--set", cases[i].set, NULL);
      g_assert_cmpint (status, ==, 1);
      g_assert_nonnull (strstr (err, cases[i].expect));
    }
}

static void
test_explain (void)
{
  g_autofree char *out = NULL, *err = NULL;
  int status;

  out = cli (&status, &err, "explain", "--years", "2", "--runs", "2",
             "--levers", "awareness_campaign,co_design", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "awareness_campaign"));
  g_assert_nonnull (strstr (out, "other"));
  g_assert_nonnull (strstr (out, "Exact Shapley values"));
  g_assert_nonnull (strstr (out, "Attributed after 2 years, in 2027"));
  g_assert_nonnull (strstr (out, "5–95 % of the runs"));
  /* Each part has its confidence interval from the runs. */
  g_assert_nonnull (strstr (out, " ±"));
  g_assert_nonnull (strstr (out, "90 % confidence interval"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* --set and --year: a standing lever joins the players, attributed at year 1. */
  out = cli (&status, &err, "explain", "--years", "3", "--runs", "2", "--year", "1",
             "--set", "trust_building=0.5", "--levers", "trust_building", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "trust_building"));
  g_assert_nonnull (strstr (out, "Attributed after 1 year, in 2026"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = cli (&status, &err, "explain", "--years", "3", "--year", "4", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "--year must be from 1 to the horizon, 3 (it is 4)"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = cli (&status, &err, "explain", "--years", "2", "--levers", "consortia", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "Did you mean “project_consortia”?"));
}

/* A scenario's <run runs> sets the replicates of run and chart unless --runs
 * overrides it; --uncertainty with one run is an error, not ignored. */
static void
test_run_settings (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cw-cli-runs-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "three.cluster", NULL);
  g_autofree char *csv = g_build_filename (dir, "budget.csv", NULL);
  g_autofree char *out = NULL, *err = NULL, *chart = NULL;
  int status;

  g_assert_true (g_file_set_contents (path,
                                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                      "<scenario xmlns=\"https://clusterworkbench.github.io/ns/scenario\" version=\"1\">\n"
                                      "  <run seed=\"3\" years=\"1\" runs=\"3\"/>\n"
                                      "</scenario>\n", -1, NULL));
  out = cli (&status, &err, "run", path, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "\n#       \"runs\": 3,\n"));
  g_assert_nonnull (strstr (out, "\nstep,year,policy_stage,governance,lifecycle,upgrading_mean,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = cli (&status, &err, "run", path, "--format", "json", NULL);
  g_assert_nonnull (strstr (out, "\"runs\": 3,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = cli (&status, &err, "run", path, "--runs", "1", NULL);
  g_assert_nonnull (strstr (out, "\nstep,year,policy_stage,governance,lifecycle,upgrading,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = cli (&status, &err, "chart", path, "--kind", "budget", "--format", "csv", "-o", csv, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (csv, &chart, NULL, NULL));
  g_assert_true (g_str_has_prefix (chart, "# {\n"));
  g_assert_nonnull (strstr (chart, "\n#       \"runs\": 3,\n"));
  g_assert_nonnull (strstr (chart, "\nstep,year,spend,spend_p05,spend_p95,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  out = cli (&status, &err, "run", path, "--runs", "1", "--uncertainty", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "--uncertainty"));
  g_assert_nonnull (strstr (err, "not 1"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = cli (&status, &err, "chart", path, "--kind", "budget", "--uncertainty", "--format", "csv", "-o", csv, NULL);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = cli (&status, &err, "explain", path, "--uncertainty", NULL);
  g_assert_cmpint (status, ==, 2);
  g_unlink (csv);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-model/csv", test_csv);
  g_test_add_func ("/cli-model/run-settings", test_run_settings);
  g_test_add_func ("/cli-model/ensemble-and-json", test_ensemble_and_json);
  g_test_add_func ("/cli-model/seed-hash", test_seed_hash);
  g_test_add_func ("/cli-model/bad-set", test_bad_set);
  g_test_add_func ("/cli-model/explain", test_explain);
  return g_test_run ();
}

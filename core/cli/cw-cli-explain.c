/* cw-cli-explain.c — `cluster-workbench-cli explain`: who made upgrading change
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "cw-cli.h"
#include "cw-shapley.h"

/* @name padded to @width characters (not bytes: names may be translated). */
static void
print_name (const char *name, int width)
{
  printf ("%s%*s", name, MAX (1, width - (int) g_utf8_strlen (name, -1)), "");
}

static void
print_row (const char *name, double a, double ea, double b, double eb, gboolean with_error)
{
  char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
  char ex[G_ASCII_DTOSTR_BUF_SIZE], ey[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (x, sizeof x, "%+.4f", a);
  g_ascii_formatd (y, sizeof y, "%+.4f", b);
  print_name (name, 27);
  if (!with_error)
    {
      printf ("%12s %12s\n", x, y);
      return;
    }
  g_ascii_formatd (ex, sizeof ex, "%.4f", ea);
  g_ascii_formatd (ey, sizeof ey, "%.4f", eb);
  printf ("%12s ±%-7s %12s ±%-7s\n", x, ex, y, ey);
}

static CwShapley *
explain_levers (const CwScenario *sc, const CwRunOptions *opts, const char *list, GError **error)
{
  g_auto(GStrv) ids = g_strsplit (list, ",", -1);
  guint n = g_strv_length (ids);
  g_autofree guint32 *masks = g_new0 (guint32, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      int lever = cw_lever_from_id (g_strstrip (ids[i]));

      if (lever < 0)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("Unknown lever “%s”."), ids[i]);
          return NULL;
        }
      masks[i] = 1u << lever;
      for (guint j = 0; j < i; j++)
        if (masks[j] == masks[i])
          {
            g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("The lever “%s” is named twice: name each lever once."), ids[i]);
            return NULL;
          }
    }
  return cw_shapley_run (sc, opts, masks, (const char * const *) ids, n, 200, NULL, error);
}

int
cw_cli_explain (int    argc,
                char **argv)
{
  g_autofree char *levers = NULL;
  g_auto(CwCliRunArgs) args = CW_CLI_RUN_ARGS_INIT;
  gboolean groups = FALSE;
  GOptionEntry entries[] = {
    { "groups", 0, 0, G_OPTION_ARG_NONE, &groups, N_("Attribute to lever groups (the default)"), NULL },
    { "levers", 0, 0, G_OPTION_ARG_STRING, &levers, N_("Attribute to these levers, each named once"), "a,b,…" },
    { "years", 0, 0, G_OPTION_ARG_STRING, &args.years, N_("Horizon in years (default: the scenario’s)"),
      CW_CLI_YEARS_RANGE },
    { "runs", 0, 0, G_OPTION_ARG_STRING, &args.runs, N_("Replicates per coalition (default 20)"),
      CW_CLI_RUNS_RANGE },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &args.seed, N_("Master seed"), "N" },
    { "threads", 0, 0, G_OPTION_ARG_STRING, &args.threads, N_("Worker threads (default: all cores)"),
      CW_CLI_THREADS_RANGE },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CwScenario) sc = NULL;
  g_autoptr(CwShapley) result = NULL;
  g_autoptr(GError) error = NULL;
  CwRunOptions opts;
  double sum[CW_N_SHAPLEY_TARGETS] = { 0 };

  if (!cw_cli_parse ("explain", _("[SCENARIO]"),
                     _("Splits the difference between the policy run and the no-policy baseline "
                       "in upgrading and mean capability among lever groups or levers (Shapley "
                       "values over common random numbers)."), entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (argc > 2 || (groups && levers != NULL))
    {
      g_printerr (_("cluster-workbench-cli explain: give at most one scenario and either "
                    "--groups or --levers.\n"));
      return CW_EXIT_USAGE;
    }
  if ((sc = cw_cli_load_scenario (argc == 2 ? argv[1] : NULL)) == NULL)
    return CW_EXIT_BAD_INPUT;
  cw_run_options_init (&opts);
  if (!cw_cli_run_options (sc, &opts, &args))
    return CW_EXIT_BAD_INPUT;
  if (opts.runs == 0)
    opts.runs = 20;

  result = levers != NULL ? explain_levers (sc, &opts, levers, &error)
                          : cw_shapley_run_groups (sc, &opts, NULL, &error);
  if (result == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CW_EXIT_BAD_INPUT;
    }
  print_name (_("player"), 27);
  printf ("%12s %12s\n", "upgrading", "capability_mean");
  for (int i = 0; i < result->n_players; i++)
    {
      print_row (result->names[i], result->phi[0][i], result->error[0][i],
                 result->phi[1][i], result->error[1][i], !result->exact);
      for (int t = 0; t < CW_N_SHAPLEY_TARGETS; t++)
        sum[t] += result->phi[t][i];
    }
  print_row (_("sum of the parts"), sum[0], 0, sum[1], 0, FALSE);
  print_row (_("policy − baseline"), result->policy[0] - result->baseline[0], 0,
             result->policy[1] - result->baseline[1], 0, FALSE);
  if (result->exact)
    printf (_("Exact Shapley values over %d runs per coalition.\n"), result->runs);
  else
    {
      g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, result->seed);

      printf (_("Sampled Shapley values: %d permutations with seed %s, %d runs per coalition; "
                "± is the standard error.\n"),
              result->permutations, seed, result->runs);
    }
  return CW_EXIT_OK;
}

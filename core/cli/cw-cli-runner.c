/* cw-cli-runner.c — what the subcommands that run a scenario share: the run
 * options, applying them, running the scenario and its no-policy baseline
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-cli.h"
#include "cw-ensemble.h"

#define N_RUN_ENTRIES 6

GOptionEntry *
cw_cli_run_entries (const GOptionEntry *own,
                    CwCliRunArgs       *args,
                    const char         *runs_help)
{
  const GOptionEntry run[N_RUN_ENTRIES] = {
    { "seed", 0, 0, G_OPTION_ARG_STRING, &args->seed, N_("Master seed"), "N" },
    { "years", 0, 0, G_OPTION_ARG_INT, &args->years, N_("Horizon in years (1–50)"), "Y" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &args->runs, runs_help, "R" },
    { "threads", 0, 0, G_OPTION_ARG_INT, &args->threads, N_("Worker threads (default: all cores)"), "T" },
    { "uncertainty", 0, 0, G_OPTION_ARG_NONE, &args->uncertainty,
      N_("Also draw each replicate's parameters from their ranges (needs more than one run)"), NULL },
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args->sets, N_("Set a standing lever, profile.ID or param.ID"), "ID=VALUE" },
  };
  guint n_own = 0;
  GOptionEntry *all;

  while (own[n_own].long_name != NULL)
    n_own++;
  all = g_new0 (GOptionEntry, n_own + N_RUN_ENTRIES + 1);
  memcpy (all, own, n_own * sizeof *own);
  memcpy (all + n_own, run, sizeof run);
  return all;
}

void
cw_cli_run_args_clear (CwCliRunArgs *args)
{
  g_clear_pointer (&args->seed, g_free);
  g_clear_pointer (&args->sets, g_strfreev);
}

gboolean
cw_cli_run_options (CwScenario   *sc,
                    CwRunOptions *opts,
                    const char   *seed,
                    int           years,
                    int           runs,
                    int           threads,
                    char        **sets)
{
  g_autoptr(GError) error = NULL;

  if (seed != NULL)
    {
      if (!g_ascii_string_to_unsigned (seed, 10, 0, G_MAXUINT64, &opts->seed, &error))
        {
          g_printerr (_("--seed: %s\n"), error->message);
          return FALSE;
        }
      opts->seed_set = TRUE;
      sc->seed = opts->seed;
    }
  if (years != -1 && (years < 1 || years > CW_MAX_YEARS))
    {
      g_printerr (_("--years must be from 1 to %d.\n"), CW_MAX_YEARS);
      return FALSE;
    }
  if (runs != -1 && (runs < 1 || runs > CW_MAX_RUNS))
    {
      g_printerr (_("--runs must be from 1 to %d.\n"), CW_MAX_RUNS);
      return FALSE;
    }
  if (threads < 0 || threads > 256)
    {
      g_printerr (_("--threads must be from 1 to 256.\n"));
      return FALSE;
    }
  if (years != -1)
    sc->years = years;
  opts->runs = MAX (runs, 0);
  opts->threads = threads;
  for (guint i = 0; sets != NULL && sets[i] != NULL; i++)
    if (!cw_cli_apply_set (sc, sets[i], &error))
      {
        g_printerr ("--set: %s\n", error->message);
        return FALSE;
      }
  return TRUE;
}

CwScenario *
cw_cli_prepare (const char         *path,
                const CwCliRunArgs *args,
                CwRunOptions       *opts)
{
  g_autoptr(CwScenario) sc = cw_cli_load_scenario (path);

  if (sc == NULL
      || !cw_cli_run_options (sc, opts, args->seed, args->years, args->runs, args->threads, args->sets))
    return NULL;
  /* The file's <run runs> unless --runs says otherwise. */
  if (args->runs == -1)
    opts->runs = sc->runs;
  opts->uncertainty = args->uncertainty;
  if (opts->uncertainty && opts->runs <= 1)
    {
      g_printerr (_("--uncertainty draws the parameters anew for each replicate, so it needs "
                    "2 or more runs, not %d: give --runs R.\n"), opts->runs);
      return NULL;
    }
  return g_steal_pointer (&sc);
}

CwSeries *
cw_cli_run_series (const CwScenario   *sc,
                   const CwRunOptions *opts)
{
  g_autoptr(GError) error = NULL;
  CwSeries *series;

  if (opts->runs > 1)
    series = cw_ensemble_run (sc, opts, NULL, NULL, NULL, &error);
  else
    series = cw_run (sc, opts, NULL, &error);
  if (series == NULL)
    g_printerr ("%s\n", error->message);
  return series;
}

CwSeries *
cw_cli_run_effect (const CwScenario   *sc,
                   const CwRunOptions *opts)
{
  g_autoptr(GError) error = NULL;
  CwSeries *series = cw_ensemble_effect (sc, opts, NULL, &error);

  if (series == NULL)
    g_printerr ("%s\n", error->message);
  return series;
}

CwSeries *
cw_cli_run_baseline (const CwScenario   *sc,
                     const CwRunOptions *opts)
{
  CwRunOptions baseline = *opts;

  /* The same seeds with every lever at 0: common random numbers. */
  baseline.baseline = TRUE;
  return cw_cli_run_series (sc, &baseline);
}

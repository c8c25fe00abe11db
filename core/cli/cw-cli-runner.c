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
cw_cli_entries_join (const GOptionEntry *own,
                     const GOptionEntry *more,
                     gsize               n_more)
{
  gsize n_own = 0;
  GOptionEntry *all;

  while (own[n_own].long_name != NULL)
    n_own++;
  all = g_new0 (GOptionEntry, n_own + n_more + 1);
  memcpy (all, own, n_own * sizeof *own);
  memcpy (all + n_own, more, n_more * sizeof *more);
  return all;
}

GOptionEntry *
cw_cli_run_entries (const GOptionEntry *own,
                    CwCliRunArgs       *args,
                    const char         *runs_help)
{
  const GOptionEntry run[N_RUN_ENTRIES] = {
    { "seed", 0, 0, G_OPTION_ARG_STRING, &args->seed, N_("Master seed"), "N" },
    { "years", 0, 0, G_OPTION_ARG_STRING, &args->years, N_("Horizon in years (default: the scenario’s)"),
      CW_CLI_YEARS_RANGE },
    { "runs", 0, 0, G_OPTION_ARG_STRING, &args->runs, runs_help, CW_CLI_RUNS_RANGE },
    { "threads", 0, 0, G_OPTION_ARG_STRING, &args->threads, N_("Worker threads (default: all cores)"),
      CW_CLI_THREADS_RANGE },
    { "uncertainty", 0, 0, G_OPTION_ARG_NONE, &args->uncertainty,
      N_("Also draw each replicate's parameters from their ranges (needs more than one run)"), NULL },
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args->sets, N_("Set a standing lever, profile.ID or param.ID"), "ID=VALUE" },
  };

  return cw_cli_entries_join (own, run, N_RUN_ENTRIES);
}

void
cw_cli_run_args_clear (CwCliRunArgs *args)
{
  g_clear_pointer (&args->seed, g_free);
  g_clear_pointer (&args->years, g_free);
  g_clear_pointer (&args->runs, g_free);
  g_clear_pointer (&args->threads, g_free);
  g_clear_pointer (&args->sets, g_strfreev);
}

/* Sets @value to @text, a whole number from @min to @max given to --@name;
 * leaves it when @text is NULL (not given). */
static gboolean
parse_count (const char *name,
             const char *text,
             int         min,
             int         max,
             int        *value)
{
  gint64 number;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_signed (text, 10, min, max, &number, NULL))
    {
      /* Translators: %s: an option's name; %d, %d: the range; %s: what was given */
      g_printerr (_("--%s must be a whole number from %d to %d, not “%s”.\n"), name, min, max, text);
      return FALSE;
    }
  *value = (int) number;
  return TRUE;
}

gboolean
cw_cli_run_options (CwScenario         *sc,
                    CwRunOptions       *opts,
                    const CwCliRunArgs *args)
{
  g_autoptr(GError) error = NULL;

  if (args->seed != NULL)
    {
      if (!g_ascii_string_to_unsigned (args->seed, 10, 0, G_MAXUINT64, &opts->seed, &error))
        {
          g_printerr (_("--seed: %s\n"), error->message);
          return FALSE;
        }
      opts->seed_set = TRUE;
      sc->seed = opts->seed;
    }
  opts->runs = 0;
  opts->threads = 0;
  if (!parse_count ("years", args->years, 1, CW_MAX_YEARS, &sc->years) ||
      !parse_count ("runs", args->runs, 1, CW_MAX_RUNS, &opts->runs) ||
      !parse_count ("threads", args->threads, 1, CW_CLI_MAX_THREADS, &opts->threads))
    return FALSE;
  for (guint i = 0; args->sets != NULL && args->sets[i] != NULL; i++)
    if (!cw_cli_apply_set (sc, args->sets[i], &error))
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

  if (sc == NULL || !cw_cli_run_options (sc, opts, args))
    return NULL;
  /* The file's <run runs> unless --runs says otherwise. */
  if (args->runs == NULL)
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

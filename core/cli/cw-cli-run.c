/* cw-cli-run.c — `cluster-workbench-cli run`: runs a scenario, prints the series
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "cw-cli.h"
#include "cw-cli-output.h"
#include "cw-ensemble.h"

/* Applies the run options common to run and explain; prints what is wrong. */
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
  if (years != 0 && (years < 1 || years > CW_MAX_YEARS))
    {
      g_printerr (_("--years must be from 1 to %d.\n"), CW_MAX_YEARS);
      return FALSE;
    }
  if (runs != 0 && (runs < 1 || runs > CW_MAX_RUNS))
    {
      g_printerr (_("--runs must be from 1 to %d.\n"), CW_MAX_RUNS);
      return FALSE;
    }
  if (threads < 0 || threads > 256)
    {
      g_printerr (_("--threads must be from 1 to 256.\n"));
      return FALSE;
    }
  if (years != 0)
    sc->years = years;
  opts->runs = runs;
  opts->threads = threads;
  for (guint i = 0; sets != NULL && sets[i] != NULL; i++)
    if (!cw_cli_apply_set (sc, sets[i], &error))
      {
        g_printerr ("--set: %s\n", error->message);
        return FALSE;
      }
  return TRUE;
}

static gboolean
write_output (const char *path, GString *text)
{
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    {
      fwrite (text->str, 1, text->len, stdout);
      return TRUE;
    }
  if (!g_file_set_contents (path, text->str, text->len, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

int
cw_cli_run (int    argc,
            char **argv)
{
  g_autofree char *seed = NULL, *format = NULL, *output = NULL;
  g_auto(GStrv) sets = NULL;
  int years = 0, runs = 0, threads = 0;
  gboolean baseline = FALSE, no_cycle = FALSE, uncertainty = FALSE;
  GOptionEntry entries[] = {
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed, N_("Master seed"), "N" },
    { "years", 0, 0, G_OPTION_ARG_INT, &years, N_("Horizon in years (1–50)"), "Y" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, N_("Replicates; more than 1 prints mean, p05 and p95 (default 1)"), "R" },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads, N_("Worker threads (default: all cores)"), "T" },
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sets, N_("Set a standing lever, profile.ID or param.ID"), "ID=VALUE" },
    { "baseline", 0, 0, G_OPTION_ARG_NONE, &baseline, N_("Every lever at 0: the no-policy run"), NULL },
    { "no-cycle", 0, 0, G_OPTION_ARG_NONE, &no_cycle, N_("Drop the drawn cycle, keep the standing levers"), NULL },
    { "uncertainty", 0, 0, G_OPTION_ARG_NONE, &uncertainty, N_("With --runs: also draw the parameters from their ranges"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("csv (default) or json"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), "FILE" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CwScenario) sc = NULL;
  g_autoptr(CwSeries) series = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;
  CwRunOptions opts;

  if (!cw_cli_parse ("run", _("[SCENARIO]"),
                     _("Runs a scenario (without SCENARIO the built-in digital-era default) and "
                       "prints one row per step."), entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (argc > 2)
    {
      g_printerr (_("cluster-workbench-cli run: give at most one scenario.\n"));
      return CW_EXIT_USAGE;
    }
  if (format != NULL && !g_str_equal (format, "csv") && !g_str_equal (format, "json"))
    {
      g_printerr (_("cluster-workbench-cli run: --format must be csv or json.\n"));
      return CW_EXIT_USAGE;
    }
  if ((sc = cw_cli_load_scenario (argc == 2 ? argv[1] : NULL)) == NULL)
    return CW_EXIT_BAD_INPUT;
  cw_run_options_init (&opts);
  opts.baseline = baseline;
  opts.no_cycle = no_cycle;
  opts.uncertainty = uncertainty;
  if (!cw_cli_run_options (sc, &opts, seed, years, runs, threads, sets))
    return CW_EXIT_BAD_INPUT;

  if (opts.runs > 1)
    series = cw_ensemble_run (sc, &opts, NULL, NULL, NULL, &error);
  else
    series = cw_run (sc, &opts, NULL, &error);
  if (series == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CW_EXIT_BAD_INPUT;
    }
  text = format != NULL && g_str_equal (format, "json") ? cw_cli_series_json (series)
                                                        : cw_cli_series_csv (series);
  return write_output (output, text) ? CW_EXIT_OK : CW_EXIT_BAD_INPUT;
}

/* cw-cli-run.c — `cluster-workbench-cli run`: runs a scenario, prints the series
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-chart.h"
#include "cw-cli.h"
#include "cw-cli-output.h"
#include "cw-local-number.h"
#include "cw-outcomes.h"
#include "cw-run-record.h"

/* The outcomes table against the no-policy run, for a terminal. */
static GString *
summary_text (const CwScenario   *sc,
              const CwRunOptions *opts,
              const CwSeries     *series)
{
  g_autoptr(CwSeries) baseline = cw_cli_run_baseline (sc, opts);
  g_autofree CwOutcomesTable *table = NULL;
  g_autofree char *text = NULL;
  int years[CW_OUTCOMES_MAX_YEARS];
  guint n_years;

  if (baseline == NULL)
    return NULL;
  n_years = cw_outcomes_five_year_steps (cw_series_years (series), years);
  table = cw_outcomes_table (series, baseline, years, n_years);
  /* A table for people: numbers in the user's locale (CSV and JSON keep the
   * point). Rows are outcome names, so only numbers have a point between digits. */
  text = cw_local_number (g_string_free (cw_outcomes_to_text (table), FALSE));
  return g_string_new (text);
}

int
cw_cli_run (int    argc,
            char **argv)
{
  g_autofree char *format = NULL, *output = NULL;
  g_auto(CwCliRunArgs) args = CW_CLI_RUN_ARGS_INIT;
  gboolean baseline = FALSE, no_cycle = FALSE, effect = FALSE;
  const GOptionEntry own[] = {
    { "baseline", 0, 0, G_OPTION_ARG_NONE, &baseline, N_("Every lever at 0: the no-policy run"), NULL },
    { "no-cycle", 0, 0, G_OPTION_ARG_NONE, &no_cycle, N_("Drop the drawn cycle, keep the standing levers"), NULL },
    { "effect", 0, 0, G_OPTION_ARG_NONE, &effect,
      /* xgettext:no-c-format */
      N_("Print the effect: policy − no policy per replicate (same seeds and parameters), its mean and 5–95 % band"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      /* xgettext:no-c-format */
      N_("csv (default), json, or summary: the outcomes every 5 years against no policy, with the 5–95 % range of the runs"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), "FILE" },
    G_OPTION_ENTRY_NULL
  };
  g_autofree GOptionEntry *entries =
    cw_cli_run_entries (own, &args, N_("Replicates; more than 1 prints mean, p05 and p95 (default: the scenario's <run runs>)"));
  g_autoptr(CwScenario) sc = NULL;
  g_autoptr(CwSeries) series = NULL;
  g_autoptr(GString) text = NULL;
  const char *inputs[2] = { NULL, NULL };
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
  if (format != NULL && !g_str_equal (format, "csv") && !g_str_equal (format, "json")
      && !g_str_equal (format, "summary"))
    {
      g_printerr (_("cluster-workbench-cli run: --format must be csv, json or summary.\n"));
      return CW_EXIT_USAGE;
    }
  if (effect && (baseline || (format != NULL && g_str_equal (format, "summary"))))
    {
      g_printerr (_("cluster-workbench-cli run: --effect goes with neither --baseline nor --format summary.\n"));
      return CW_EXIT_USAGE;
    }
  cw_run_options_init (&opts);
  opts.baseline = baseline;
  opts.no_cycle = no_cycle;
  if ((sc = cw_cli_prepare (argc == 2 ? argv[1] : NULL, &args, &opts)) == NULL)
    return CW_EXIT_BAD_INPUT;
  if ((series = effect ? cw_cli_run_effect (sc, &opts) : cw_cli_run_series (sc, &opts)) == NULL)
    return CW_EXIT_BAD_INPUT;

  if (format != NULL && g_str_equal (format, "summary"))
    text = summary_text (sc, &opts, series);
  else
    {
      g_autofree char *settings = cw_run_record_settings (argc == 2 ? argv[1] : NULL, sc, &opts,
                                                                (const char *const *) args.sets, effect, 0);

      g_autoptr(GPtrArray) names = cw_chart_stage_names (sc, series);

      if (format != NULL && g_str_equal (format, "json"))
        text = cw_cli_series_json (series, settings, (const char *const *) names->pdata);
      else
        text = cw_cli_series_csv (series, settings, (const char *const *) names->pdata);
    }
  if (text == NULL)
    return CW_EXIT_BAD_INPUT;
  inputs[0] = argc == 2 ? argv[1] : NULL;
  return cw_cli_write_output (output, text->str, text->len, inputs) ? CW_EXIT_OK : CW_EXIT_BAD_INPUT;
}

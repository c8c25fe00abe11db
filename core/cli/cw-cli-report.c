/* cw-cli-report.c — `cluster-workbench-cli report`: runs a scenario and its
 * no-policy baseline, writes the workshop minutes as a PDF
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-cli.h"
#include "cw-report.h"

int
cw_cli_report (int    argc,
               char **argv)
{
  g_autofree char *output = NULL;
  g_auto(CwCliRunArgs) args = CW_CLI_RUN_ARGS_INIT;
  const GOptionEntry own[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the report to FILE (PDF)"), "FILE" },
    G_OPTION_ENTRY_NULL
  };
  /* xgettext:no-c-format */
  g_autofree GOptionEntry *entries = cw_cli_run_entries (own, &args, N_("Replicates; more than 1 shades 5–95 % of runs (default: the scenario's <run runs>)"));
  g_autoptr(CwScenario) sc = NULL;
  g_autoptr(CwSeries) series = NULL;
  g_autoptr(CwSeries) baseline = NULL;
  g_autoptr(GError) error = NULL;
  CwRunOptions opts;

  if (!cw_cli_parse ("report", _("[SCENARIO]"),
                     _("Runs a scenario (without SCENARIO the built-in digital-era default) against "
                       "no policy and writes the workshop minutes as a PDF: the cycle diagram, the "
                       "levers and their costs, the key charts and the outcomes after 5, 10 and 15 years."),
                     entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (argc > 2)
    {
      g_printerr (_("cluster-workbench-cli report: give at most one scenario.\n"));
      return CW_EXIT_USAGE;
    }
  if (output == NULL)
    {
      g_printerr (_("cluster-workbench-cli report: --output FILE.pdf is required.\n"));
      return CW_EXIT_USAGE;
    }

  cw_run_options_init (&opts);
  if ((sc = cw_cli_prepare (argc == 2 ? argv[1] : NULL, &args, &opts)) == NULL)
    return CW_EXIT_BAD_INPUT;
  if ((series = cw_cli_run_series (sc, &opts)) == NULL || (baseline = cw_cli_run_baseline (sc, &opts)) == NULL)
    return CW_EXIT_BAD_INPUT;
  if (!cw_report_write (sc, series, baseline, NULL, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return CW_EXIT_BAD_INPUT;
    }
  return CW_EXIT_OK;
}

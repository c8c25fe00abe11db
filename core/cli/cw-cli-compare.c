/* cw-cli-compare.c — `cluster-workbench-cli compare`: the key outcomes of scenarios side by side
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-cli.h"
#include "cw-cli-output.h"
#include "cw-compare.h"
#include "cw-local-number.h"

/* Runs every scenario in @paths and its no-policy run; the table after the
 * shortest horizon. NULL when one cannot be run (the reason printed). */
static CwCompareTable *
compare_files (char               **paths,
               const CwCliRunArgs  *args)
{
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_series_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CwCompareTable) table = NULL;
  int year = CW_MAX_YEARS;

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(CwScenario) sc = NULL;
      CwSeries *series, *baseline;
      CwRunOptions opts;

      cw_run_options_init (&opts);
      if ((sc = cw_cli_prepare (paths[i], args, &opts)) == NULL)
        return NULL;
      if ((series = cw_cli_run_series (sc, &opts)) == NULL)
        return NULL;
      g_ptr_array_add (runs, series);
      if ((baseline = cw_cli_run_baseline (sc, &opts)) == NULL)
        return NULL;
      g_ptr_array_add (runs, baseline);
      g_ptr_array_add (names, cw_cli_scenario_name (paths[i]));
      year = MIN (year, cw_series_years (series));
    }
  table = cw_compare_table_new (year);
  for (guint i = 0; i < names->len; i++)
    cw_compare_table_add (table, g_ptr_array_index (names, i),
                          g_ptr_array_index (runs, 2 * i), g_ptr_array_index (runs, 2 * i + 1));
  return g_steal_pointer (&table);
}

int
cw_cli_compare (int    argc,
                char **argv)
{
  g_autofree char *format = NULL, *output = NULL;
  g_auto(CwCliRunArgs) args = CW_CLI_RUN_ARGS_INIT;
  const GOptionEntry own[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default), csv or json"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), "FILE" },
    G_OPTION_ENTRY_NULL
  };
  g_autofree GOptionEntry *entries =
    cw_cli_run_entries (own, &args, N_("Replicates; the table shows their means (default 1)"));
  g_autoptr(CwCompareTable) table = NULL;
  g_autoptr(GString) text = NULL;

  if (!cw_cli_parse ("compare", _("SCENARIO…"),
                     _("Runs each scenario and its no-policy run with the same seeds and prints the key "
                       "outcomes after --years (else each scenario's horizon, the shortest of them): the "
                       "no-policy run first, then each scenario with its change against no policy."),
                     entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (argc < 2)
    {
      g_printerr (_("cluster-workbench-cli compare: give at least one scenario.\n"));
      return CW_EXIT_USAGE;
    }
  if (argc - 1 > CW_COMPARE_MAX_VARIANTS + 1)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "cluster-workbench-cli compare: give at most %d scenario.\n",
                               "cluster-workbench-cli compare: give at most %d scenarios.\n",
                               CW_COMPARE_MAX_VARIANTS + 1), CW_COMPARE_MAX_VARIANTS + 1);
      return CW_EXIT_USAGE;
    }
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "csv")
      && !g_str_equal (format, "json"))
    {
      g_printerr (_("cluster-workbench-cli compare: --format must be text, csv or json.\n"));
      return CW_EXIT_USAGE;
    }
  if ((table = compare_files (argv + 1, &args)) == NULL)
    return CW_EXIT_BAD_INPUT;

  if (format != NULL && g_str_equal (format, "csv"))
    text = cw_compare_table_to_csv (table);
  else if (format != NULL && g_str_equal (format, "json"))
    text = cw_compare_table_to_json (table);
  else
    {
      /* For people: decimals in their locale; CSV and JSON keep the C locale. */
      g_autofree char *local = cw_local_number (g_string_free (cw_compare_table_to_text (table), FALSE));

      text = g_string_new (local);
    }
  return cw_cli_write_output (output, text->str, text->len, (const char * const *) argv + 1)
         ? CW_EXIT_OK : CW_EXIT_BAD_INPUT;
}

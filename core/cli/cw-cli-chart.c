/* cw-cli-chart.c — `cluster-workbench-cli chart`: runs a scenario, writes one chart
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-export.h"
#include "cw-cli.h"
#include "cw-ensemble.h"

/* The size of a chart on a 1080p screen's outcomes pane. */
#define DEFAULT_WIDTH 900
#define DEFAULT_HEIGHT 450

static CwSeries *
run_series (const CwScenario   *sc,
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

/* The names the user gave the stages, in the order of the run's stage ids. */
static GPtrArray *
stage_names (const CwScenario *sc,
             const CwSeries   *series)
{
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; series->stage_ids != NULL && series->stage_ids[i] != NULL; i++)
    {
      const CwStage *stage = cw_scenario_find_stage (sc, series->stage_ids[i], NULL);

      g_ptr_array_add (names, stage != NULL ? stage->name : series->stage_ids[i]);
    }
  g_ptr_array_add (names, NULL);
  return names;
}

/* The format named by --format, else by the extension of @output; -1 if neither. */
static int
choose_format (const char *format,
               const char *output)
{
  const char *dot;

  if (format != NULL)
    return cw_chart_format_from_id (format);
  dot = strrchr (output, '.');
  return dot != NULL ? cw_chart_format_from_id (dot + 1) : -1;
}

static GString *
list_kinds (void)
{
  GString *kinds = g_string_new (NULL);

  for (int k = 0; k < CW_N_CHART_KINDS; k++)
    g_string_append_printf (kinds, "%s%s", k > 0 ? ", " : "", cw_chart_kind_id (k));
  return kinds;
}

int
cw_cli_chart (int    argc,
              char **argv)
{
  g_autofree char *kind = NULL, *format = NULL, *output = NULL, *seed = NULL;
  g_auto(GStrv) sets = NULL;
  int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT, years = -1, runs = -1, threads = 0;
  gboolean dark = FALSE, no_baseline = FALSE;
  GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind, N_("Which chart: one of the kinds listed above"), "KIND" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("png, svg, pdf or csv (default: from the file name)"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the chart to FILE"), "FILE" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (points for SVG and PDF), default 900"), "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (points for SVG and PDF), default 450"), "H" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Colours for a dark background"), NULL },
    { "no-baseline", 0, 0, G_OPTION_ARG_NONE, &no_baseline, N_("Leave out the no-policy run"), NULL },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed, N_("Master seed"), "N" },
    { "years", 0, 0, G_OPTION_ARG_INT, &years, N_("Horizon in years (1–50)"), "Y" },
    /* xgettext:no-c-format */
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, N_("Replicates; more than 1 shades 5–95 % of runs"), "R" },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads, N_("Worker threads (default: all cores)"), "T" },
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sets, N_("Set a standing lever, profile.ID or param.ID"), "ID=VALUE" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GString) kinds = list_kinds ();
  g_autofree char *summary = g_strdup_printf (_("Runs a scenario (without SCENARIO the built-in digital-era "
                                                "default) and writes one chart or its data.\n\nKinds: %s."),
                                              kinds->str);
  g_autoptr(CwScenario) sc = NULL;
  g_autoptr(CwSeries) series = NULL;
  g_autoptr(CwSeries) baseline = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  CwRunOptions opts;
  CwChartSpec spec;
  int chart_kind, chart_format;

  if (!cw_cli_parse ("chart", _("[SCENARIO]"), summary, entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (argc > 2)
    {
      g_printerr (_("cluster-workbench-cli chart: give at most one scenario.\n"));
      return CW_EXIT_USAGE;
    }
  if (kind == NULL || (chart_kind = cw_chart_kind_from_id (kind)) < 0)
    {
      g_printerr (_("cluster-workbench-cli chart: --kind must be one of %s.\n"), kinds->str);
      return CW_EXIT_USAGE;
    }
  if (output == NULL)
    {
      g_printerr (_("cluster-workbench-cli chart: --output FILE is required.\n"));
      return CW_EXIT_USAGE;
    }
  if ((chart_format = choose_format (format, output)) < 0)
    {
      g_printerr (_("cluster-workbench-cli chart: --format must be png, svg, pdf or csv.\n"));
      return CW_EXIT_USAGE;
    }
  if (width < 1 || width > 10000 || height < 1 || height > 10000)
    {
      g_printerr (_("cluster-workbench-cli chart: --width and --height must be from 1 to 10000.\n"));
      return CW_EXIT_USAGE;
    }

  if ((sc = cw_cli_load_scenario (argc == 2 ? argv[1] : NULL)) == NULL)
    return CW_EXIT_BAD_INPUT;
  cw_run_options_init (&opts);
  if (!cw_cli_run_options (sc, &opts, seed, years, runs, threads, sets))
    return CW_EXIT_BAD_INPUT;

  if ((series = run_series (sc, &opts)) == NULL)
    return CW_EXIT_BAD_INPUT;
  /* The same seeds with every lever at 0: common random numbers. */
  opts.baseline = TRUE;
  if (!no_baseline && (baseline = run_series (sc, &opts)) == NULL)
    return CW_EXIT_BAD_INPUT;

  names = stage_names (sc, series);
  cw_chart_spec_init (&spec, chart_kind, series);
  spec.baseline = baseline;
  spec.dark = dark;
  spec.budget = sc->profile[CW_PROFILE_BUDGET];
  spec.stage_names = (const char *const *) names->pdata;
  if (!cw_chart_export (&spec, chart_format, width, height, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return CW_EXIT_BAD_INPUT;
    }
  return CW_EXIT_OK;
}

/* cw-cli-chart.c — `cluster-workbench-cli chart`: runs a scenario, writes one chart
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-export.h"
#include "cw-cli.h"
#include "cw-run-record.h"

/* The size of a chart on a 1080p screen's outcomes pane. */
#define DEFAULT_WIDTH 900
#define DEFAULT_HEIGHT 450

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

/* The central runs of the scenarios in @paths (NULL: none) with @args
 * applied, and their names; FALSE when one cannot be run. */
static gboolean
run_overlays (char               **paths,
              const CwCliRunArgs  *args,
              GPtrArray           *series,
              GPtrArray           *names)
{
  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      g_autoptr(CwScenario) sc = NULL;
      CwSeries *run;
      CwRunOptions opts;

      cw_run_options_init (&opts);
      if ((sc = cw_cli_prepare (paths[i], args, &opts)) == NULL || (run = cw_cli_run_series (sc, &opts)) == NULL)
        return FALSE;
      g_ptr_array_add (series, run);
      g_ptr_array_add (names, cw_cli_scenario_name (paths[i]));
    }
  return TRUE;
}

int
cw_cli_chart (int    argc,
              char **argv)
{
  g_autofree char *kind = NULL, *format = NULL, *output = NULL;
  g_auto(CwCliRunArgs) args = CW_CLI_RUN_ARGS_INIT;
  int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT;
  gboolean dark = FALSE, high_contrast = FALSE, no_baseline = FALSE;
  g_auto(GStrv) compare = NULL;
  const GOptionEntry own[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind, N_("Which chart: one of the kinds listed above"), "KIND" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("png, svg, pdf or csv (default: from the file name)"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the chart to FILE"), "FILE" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (points for SVG and PDF), default 900"), "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (points for SVG and PDF), default 450"), "H" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Colours for a dark background"), NULL },
    { "high-contrast", 0, 0, G_OPTION_ARG_NONE, &high_contrast,
      N_("The high-contrast colours and thicker lines, as the window draws them for high contrast"), NULL },
    { "no-baseline", 0, 0, G_OPTION_ARG_NONE, &no_baseline, N_("Leave out the no-policy run"), NULL },
    { "compare", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &compare,
      N_("Overlay the scenario in FILE, run the same way (repeat for up to 6)"), "FILE" },
    G_OPTION_ENTRY_NULL
  };
  /* xgettext:no-c-format */
  g_autofree GOptionEntry *entries = cw_cli_run_entries (own, &args, N_("Replicates; more than 1 shades 5–95 % of runs (default: the scenario's <run runs>)"));
  g_autoptr(GString) kinds = list_kinds ();
  g_autofree char *summary = g_strdup_printf (_("Runs a scenario (without SCENARIO the built-in digital-era "
                                                "default) and writes one chart or its data.\n\nKinds: %s."),
                                              kinds->str);
  g_autoptr(CwScenario) sc = NULL;
  g_autoptr(CwSeries) series = NULL;
  g_autoptr(CwSeries) baseline = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) overlays = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_series_free);
  g_autoptr(GPtrArray) overlay_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *settings = NULL;
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

  if (compare != NULL && g_strv_length (compare) > CW_CHART_MAX_COMPARE)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "cluster-workbench-cli chart: give --compare at most %d time.\n",
                               "cluster-workbench-cli chart: give --compare at most %d times.\n",
                               CW_CHART_MAX_COMPARE), CW_CHART_MAX_COMPARE);
      return CW_EXIT_USAGE;
    }
  if (!run_overlays (compare, &args, overlays, overlay_names))
    return CW_EXIT_BAD_INPUT;

  cw_run_options_init (&opts);
  if ((sc = cw_cli_prepare (argc == 2 ? argv[1] : NULL, &args, &opts)) == NULL)
    return CW_EXIT_BAD_INPUT;
  if ((series = cw_cli_run_series (sc, &opts)) == NULL)
    return CW_EXIT_BAD_INPUT;
  if (!no_baseline && (baseline = cw_cli_run_baseline (sc, &opts)) == NULL)
    return CW_EXIT_BAD_INPUT;

  names = cw_chart_stage_names (sc, series);
  cw_chart_spec_init (&spec, chart_kind, series);
  spec.baseline = baseline;
  spec.look.dark = dark;
  spec.look.high_contrast = high_contrast;
  spec.budget = sc->profile[CW_PROFILE_BUDGET];
  spec.stage_names = (const char *const *) names->pdata;
  spec.title = sc->meta.title;
  settings = cw_run_record_settings (argc == 2 ? argv[1] : NULL, sc, &opts, (const char *const *) args.sets, FALSE, 0);
  spec.settings = settings;
  for (guint i = 0; i < overlays->len; i++)
    {
      spec.compare[i] = g_ptr_array_index (overlays, i);
      spec.compare_names[i] = g_ptr_array_index (overlay_names, i);
    }
  spec.n_compare = overlays->len;
  if (!cw_chart_export (&spec, chart_format, width, height, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return CW_EXIT_BAD_INPUT;
    }
  return CW_EXIT_OK;
}

/* cw-cli-optimise.c — `optimise SCENARIO`: the best use of a yearly budget, and the efficient frontier
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "cw-budget.h"
#include "cw-ensemble.h"
#include "cw-cli.h"
#include "cw-cli-figure.h"
#include "cw-experiment-figures.h"
#include "cw-optimise.h"

/* Replicates per allocation unless --runs says otherwise. */
#define DEFAULT_RUNS 20

typedef struct {
  CwOptimiseProblem  problem;
  const CwScenario  *sc;
  gboolean           json;
} Study;

static const char *
number (char   *buf,
        double  value)
{
  return g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.6g", value);
}

static void
print_text (const Study     *study,
            const CwOptimum *best)
{
  const CwOptimiseProblem *problem = &study->problem;
  const char *objective = cw_output_info (problem->objective)->id;

  g_autofree char *replicates = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%d replicate, the same for every allocation",
                                                              "%d replicates, the same for every allocation",
                                                              problem->runs), problem->runs);

  /* Translators: %g: M€ per year; %s: an output id; %d: years; %s: "N replicates, …" */
  printf (g_dngettext (GETTEXT_PACKAGE, "Best use of %g M€ per year for %s after %d year (%s)\n",
                       "Best use of %g M€ per year for %s after %d years (%s)\n", problem->year),
          problem->budget, objective, problem->year, replicates);
  printf ("  %-26s %10s %14s\n", _("lever"), _("intensity"), _("M€ per year"));
  for (guint i = 0; i < problem->n_levers; i++)
    printf ("  %-26s %10.3f %14.3f\n", cw_lever_info (problem->levers[i])->id, best->intensities[i],
            cw_budget_lever_cost (study->sc, problem->levers[i], best->intensities[i]));
  printf ("  %-26s %10s %14.3f\n", _("total cost"), "", best->cost);
  /* Translators: %s: an output id; %.4g: its mean, then the 5th and 95th percentile */
  printf (_("%s with this allocation: %.4g (5–95 %%: %.4g to %.4g)\n"), objective, best->value, best->lo, best->hi);
  printf (_("%s of the scenario as given: %.4g (5–95 %%: %.4g to %.4g)\n"), objective, best->given,
          best->given_lo, best->given_hi);
}

static void
append_json (GString         *out,
             const Study     *study,
             const CwOptimum *best)
{
  const CwOptimiseProblem *problem = &study->problem;
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (out, "{\"objective\":\"%s\",\"value\":%s,", cw_output_info (problem->objective)->id,
                          number (a, best->value));
  g_string_append_printf (out, "\"cost\":%s,\"levers\":{", number (a, best->cost));
  for (guint i = 0; i < problem->n_levers; i++)
    g_string_append_printf (out, "%s\"%s\":%s", i > 0 ? "," : "", cw_lever_info (problem->levers[i])->id,
                            number (a, best->intensities[i]));
  g_string_append_printf (out, "},\"budget\":%s,\"year\":%d,\"runs\":%d,", number (a, problem->budget),
                          problem->year, problem->runs);
  g_string_append_printf (out, "\"band\":[%s,%s],", number (a, best->lo), number (b, best->hi));
  g_string_append_printf (out, "\"as_given\":%s}", number (a, best->given));
}

/* Parses "a,b,c" into lever numbers. */
static GArray *
parse_levers (const char *text)
{
  g_auto(GStrv) ids = g_strsplit (text, ",", -1);
  g_autoptr(GArray) levers = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      int lever = cw_lever_from_id (g_strstrip (ids[i]));

      if (lever < 0)
        {
          g_printerr (_("cluster-workbench-cli optimise: unknown lever “%s” (see “cluster-workbench-cli levers”).\n"),
                      ids[i]);
          return NULL;
        }
      g_array_append_val (levers, lever);
    }
  return levers->len > 0 ? g_steal_pointer (&levers) : NULL;
}

/* Parses "B1,B2,…" (or one budget) into M€ per year ≥ 0. */
static GArray *
parse_budgets (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GArray) budgets = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      double value;

      if (!cw_cli_parse_number (g_strstrip (parts[i]), &value, &error) || value < 0)
        {
          g_printerr (_("cluster-workbench-cli optimise: a budget must be a number of M€ per year, at least 0.\n"));
          return NULL;
        }
      g_array_append_val (budgets, value);
    }
  return budgets->len > 0 ? g_steal_pointer (&budgets) : NULL;
}

static int
usage_error (const char *message)
{
  g_printerr ("cluster-workbench-cli optimise: %s\n", message);
  return CW_EXIT_USAGE;
}

int
cw_cli_optimise (int    argc,
                 char **argv)
{
  g_autofree char *levers_text = NULL, *budget_text = NULL, *objective = NULL, *seed = NULL;
  g_autofree char *format = NULL, *frontier_text = NULL;
  int year = 0, runs = DEFAULT_RUNS, threads = 0;
  g_auto(CwCliFigure) figure = CW_CLI_FIGURE_INIT;
  const GOptionEntry own[] = {
    { "levers", 0, 0, G_OPTION_ARG_STRING, &levers_text, N_("The levers to allocate, separated by commas"), "A,B,…" },
    { "budget", 0, 0, G_OPTION_ARG_STRING, &budget_text, N_("The budget in M€ per year"), "B" },
    { "objective", 0, 0, G_OPTION_ARG_STRING, &objective, N_("The output to maximise, e.g. upgrading"), "OUTPUT" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year after the start at which the objective counts"), "Y" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, N_("Replicates per allocation, the same seeds for all (default 20)"), "R" },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed, N_("Master seed (default: the scenario’s)"), "S" },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads, N_("Worker threads (default: all cores)"), "T" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), "FORMAT" },
    { "frontier", 0, 0, G_OPTION_ARG_STRING, &frontier_text,
      N_("Optimise for each of these budgets: the efficient frontier"), "B1,B2,…" },
    G_OPTION_ENTRY_NULL
  };
  g_autofree GOptionEntry *entries = cw_cli_figure_entries (own, &figure,
                                                            N_("With --frontier: draw it to FILE (.png, .svg or .pdf)"));
  g_autoptr(CwScenario) sc = NULL;
  g_autoptr(GArray) levers = NULL;
  g_autoptr(GArray) budgets = NULL;
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (CwFrontierPoint));
  g_autoptr(GString) json = g_string_new (NULL);
  g_autofree CwOptimum *optima = NULL;
  g_autoptr(GError) error = NULL;
  Study study = { { 0 } };
  int output;

  if (!cw_cli_parse ("optimise", _("SCENARIO"),
                     _("Finds the standing intensities of the given levers that maximise the mean of an "
                       "output in a year, at a yearly cost (the model's cost per firm served) within the "
                       "budget. NLopt's COBYLA searches; every allocation runs on the same replicates."),
                     entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (argc != 2)
    return usage_error (_("name one scenario."));
  if (levers_text == NULL || objective == NULL || (budget_text == NULL) == (frontier_text == NULL))
    return usage_error (_("give --levers, --objective, --year and either --budget or --frontier."));
  if (year < 1 || year > CW_MAX_YEARS || runs < 1 || runs > CW_MAX_RUNS || threads < 0 || threads > 256)
    return usage_error (_("--year must be from 1 to 50, --runs from 1 to 10000 and --threads from 1 to 256."));
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    return usage_error (_("--format must be text or json."));
  if (figure.path != NULL && frontier_text == NULL)
    return usage_error (_("--chart draws the frontier: give --frontier too."));
  if (!cw_cli_figure_check ("optimise", &figure))
    return CW_EXIT_USAGE;
  output = cw_output_from_id (objective);
  if (output < 0 || output == CW_OUT_STEP || output == CW_OUT_YEAR ||
      cw_output_info (output)->kind == CW_OUTPUT_KIND_CATEGORY)
    return usage_error (_("--objective must be a numeric output (see the columns of “run”)."));
  if ((levers = parse_levers (levers_text)) == NULL ||
      (budgets = parse_budgets (frontier_text != NULL ? frontier_text : budget_text)) == NULL)
    return CW_EXIT_USAGE;
  if ((sc = cw_cli_load_scenario (argv[1])) == NULL)
    return CW_EXIT_BAD_INPUT;
  study.sc = sc;
  study.json = format != NULL && g_str_equal (format, "json");
  study.problem = (CwOptimiseProblem) { (const int *) levers->data, levers->len, 0, output, year, runs,
                                        sc->seed, threads, 0, NULL };
  if (seed != NULL && !g_ascii_string_to_unsigned (seed, 10, 0, G_MAXUINT64, &study.problem.seed, NULL))
    return usage_error (_("--seed must be a whole number of at least 0."));

  g_array_sort (budgets, cw_compare_doubles);
  optima = g_new0 (CwOptimum, budgets->len);
  if (!cw_optimise_frontier (sc, &study.problem, (const double *) budgets->data, budgets->len, optima, &error))
    {
      g_printerr ("%s\n", error->message);
      return CW_EXIT_BAD_INPUT;
    }
  for (guint b = 0; b < budgets->len; b++)
    {
      CwOptimum *best = &optima[b];

      study.problem.budget = g_array_index (budgets, double, b);
      if (study.json)
        {
          g_string_append (json, b > 0 ? ",\n  " : "");
          append_json (json, &study, best);
        }
      else
        print_text (&study, best);
      g_array_append_val (points, ((CwFrontierPoint) { study.problem.budget, best->value, best->lo, best->hi }));
      cw_optimum_clear (best);
    }
  if (study.json && frontier_text != NULL)
    printf ("{\"frontier\":[\n  %s\n]}\n", json->str);
  else if (study.json)
    printf ("%s\n", json->str);
  if (figure.path != NULL)
    {
      /* Translators: a chart title; %s: an output id; %d: years */
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The most %s a budget buys after %d year",
                                                             "The most %s a budget buys after %d years", year),
                                                objective, year);
      CwFrontierSpec spec = { title, objective, (const CwFrontierPoint *) points->data, points->len };

      if (!cw_frontier_export (&spec, figure.format, figure.width, figure.height, figure.path, &error))
        {
          g_printerr ("%s\n", error->message);
          return CW_EXIT_BAD_INPUT;
        }
    }
  return CW_EXIT_OK;
}

/* cw-cli-explain.c — `cluster-workbench-cli explain`: who made upgrading change
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "cw-cli.h"
#include "cw-ids.h"
#include "cw-shapley.h"

/* A 90 % confidence interval is the mean ± this many standard errors. */
#define Z90 1.645

/* @name padded to @width characters (not bytes: names may be translated). */
static void
print_name (const char *name, int width)
{
  printf ("%s%*s", name, MAX (1, width - (int) g_utf8_strlen (name, -1)), "");
}

/* The text table is for people: its numbers follow their locale. */
static void
print_row (const char *name, double a, double ea, double b, double eb, gboolean with_error)
{
  print_name (name, 27);
  if (!with_error)
    printf ("%+12.4f %+12.4f\n", a, b);
  else
    printf ("%+12.4f ±%-7.4f %+12.4f ±%-7.4f\n", a, ea, b, eb);
}

/* The 5th to 95th percentile of the per-replicate effect on @a and @b at the
 * last step. */
static void
print_range (const char *name, const CwSeries *effect, CwOutput a, CwOutput b)
{
  int last = effect->n_steps - 1;

  print_name (name, 27);
  printf ("%+.4f…%+.4f %+.4f…%+.4f\n",
          cw_series_get (effect, a, CW_STAT_P05)[last], cw_series_get (effect, a, CW_STAT_P95)[last],
          cw_series_get (effect, b, CW_STAT_P05)[last], cw_series_get (effect, b, CW_STAT_P95)[last]);
}

/* {"outcome":…,"year":…,"total":…,"players":[{"id":…,"value":…,"ci90":…}…]}:
 * upgrading at the last year, each part with the half-width of its 90 %
 * confidence interval, numbers in the C locale. */
static void
print_json (const CwScenario *sc, const CwRunOptions *opts, const CwShapley *result)
{
  g_autoptr(GString) out = g_string_new ("{\"outcome\":\"upgrading\",\"year\":");
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (out, "%d,\"total\":", (int) sc->profile[CW_PROFILE_START_YEAR] +
                          (opts->years > 0 ? opts->years : sc->years));
  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.10g",
                                         result->policy[CW_SHAPLEY_UPGRADING] -
                                         result->baseline[CW_SHAPLEY_UPGRADING]));
  g_string_append (out, ",\"players\":[");
  for (int i = 0; i < result->n_players; i++)
    {
      g_autofree char *id = g_strescape (result->names[i], NULL);

      g_string_append_printf (out, "%s{\"id\":\"%s\",\"value\":", i > 0 ? "," : "", id);
      g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.10g", result->phi[CW_SHAPLEY_UPGRADING][i]));
      g_string_append (out, ",\"ci90\":");
      g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.10g",
                                             Z90 * result->error[CW_SHAPLEY_UPGRADING][i]));
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]}\n");
  fputs (out->str, stdout);
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
          g_autofree char *hint = cw_id_hint (cw_lever_suggest (ids[i]), "cluster-workbench-cli levers");

          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("Unknown lever “%s”.%s"), ids[i], hint);
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
  g_autofree char *levers = NULL, *format = NULL;
  g_auto(CwCliRunArgs) args = CW_CLI_RUN_ARGS_INIT;
  int year = -1;
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
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Attribute the outcomes after Y years (default: the horizon)"), "Y" },
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args.sets, N_("Set a standing lever, profile.ID or param.ID"), "ID=VALUE" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("text (default) or json: upgrading at the last year, its total and each player’s part"), "FORMAT" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CwScenario) sc = NULL;
  g_autoptr(CwShapley) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwSeries) effect = NULL;
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
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    {
      g_printerr (_("cluster-workbench-cli explain: --format must be text or json.\n"));
      return CW_EXIT_USAGE;
    }
  if ((sc = cw_cli_load_scenario (argc == 2 ? argv[1] : NULL)) == NULL)
    return CW_EXIT_BAD_INPUT;
  cw_run_options_init (&opts);
  if (!cw_cli_run_options (sc, &opts, &args))
    return CW_EXIT_BAD_INPUT;
  if (opts.runs == 0)
    opts.runs = 20;
  if (year != -1 && (year < 1 || year > sc->years))
    {
      g_printerr (_("--year must be from 1 to the horizon, %d (it is %d).\n"), sc->years, year);
      return CW_EXIT_BAD_INPUT;
    }
  /* The run is causal: stopping it at @year gives the values of that year. */
  if (year != -1)
    sc->years = year;

  result = levers != NULL ? explain_levers (sc, &opts, levers, &error)
                          : cw_shapley_run_groups (sc, &opts, NULL, &error);
  if (result == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CW_EXIT_BAD_INPUT;
    }
  if (format != NULL && g_str_equal (format, "json"))
    {
      print_json (sc, &opts, result);
      return CW_EXIT_OK;
    }
  print_name (_("player"), 27);
  printf ("%12s %12s\n", "upgrading", "capability_mean");
  for (int i = 0; i < result->n_players; i++)
    {
      /* ± the half-width of the 90 % confidence interval. */
      print_row (result->names[i], result->phi[0][i], Z90 * result->error[0][i],
                 result->phi[1][i], Z90 * result->error[1][i], TRUE);
      for (int t = 0; t < CW_N_SHAPLEY_TARGETS; t++)
        sum[t] += result->phi[t][i];
    }
  print_row (_("sum of the parts"), sum[0], 0, sum[1], 0, FALSE);
  print_row (_("policy − baseline"), result->policy[0] - result->baseline[0], 0,
             result->policy[1] - result->baseline[1], 0, FALSE);
  /* The same replicates, paired: how far the effect varies from run to run. */
  if ((effect = cw_cli_run_effect (sc, &opts)) == NULL)
    return CW_EXIT_BAD_INPUT;
  /* xgettext:no-c-format */
  print_range (_("5–95 % of the runs"), effect, CW_OUT_UPGRADING, CW_OUT_CAPABILITY_MEAN);
  printf (g_dngettext (GETTEXT_PACKAGE, "Attributed after %d year, in %d (start year %d).\n",
                       "Attributed after %d years, in %d (start year %d).\n", sc->years), sc->years,
          (int) sc->profile[CW_PROFILE_START_YEAR] + sc->years, (int) sc->profile[CW_PROFILE_START_YEAR]);
  if (result->exact)
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "Exact Shapley values over %d run per coalition; ± is the 90 %% confidence "
                         "interval of each part from the spread of the runs.\n",
                         "Exact Shapley values over %d runs per coalition; ± is the 90 %% confidence "
                         "interval of each part from the spread of the runs.\n", result->runs),
            result->runs);
  else
    {
      g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, result->seed);
      g_autofree char *permutations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d permutation",
                                                                    "%d permutations", result->permutations),
                                                       result->permutations);
      g_autofree char *runs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d run per coalition",
                                                            "%d runs per coalition", result->runs),
                                               result->runs);

      /* Translators: %s: "N permutations", the seed, "N runs per coalition" */
      printf (_("Sampled Shapley values: %s with seed %s, %s; ± is the 90 %% confidence interval "
                "of each part from the spread of the permutations.\n"),
              permutations, seed, runs);
    }
  return CW_EXIT_OK;
}

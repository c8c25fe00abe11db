/* cw-cli.h — shared pieces of the command-line tool's subcommands
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cw-experiment-file.h"
#include "cw-model.h"
#include "cw-scenario.h"
#include "cw-series.h"

G_BEGIN_DECLS

/* Exit statuses of cluster-workbench-cli. */
enum {
  CW_EXIT_OK = 0,
  CW_EXIT_BAD_INPUT = 1,
  CW_EXIT_USAGE = 2,
};

/* A subcommand gets its own name in argv[0] and returns an exit status. */
typedef int (*CwCliCommand) (int argc, char **argv);

/* Parses @entries out of @argv; prints the error and returns FALSE on a usage error. */
gboolean cw_cli_parse (const char    *command,
                       const char    *parameter_string,
                       const char    *summary,
                       GOptionEntry  *entries,
                       int           *argc,
                       char        ***argv);

/* The scenario at @path, or the built-in default when @path is NULL; prints
 * the file's problems and returns NULL when it cannot be used. */
CwScenario *cw_cli_load_scenario (const char  *path);
/* The name of the scenario file @path in a table or a legend: without its
 * folder and the .cluster extension. */
char       *cw_cli_scenario_name (const char  *path);
/* Applies "ID=VALUE": a lever id (a standing lever), profile.ID or param.ID. */
gboolean    cw_cli_apply_set     (CwScenario  *sc,
                                  const char  *assignment,
                                  GError     **error);
/* A whole, finite, locale-independent number. */
gboolean    cw_cli_parse_number  (const char  *text,
                                  double      *value,
                                  GError     **error);

/* The options of the subcommands that run a scenario, as typed: NULL when
 * not given. Counts are whole numbers in a range that --help shows as the
 * option's argument (--years=1–50); anything else, −1 included, is refused. */
typedef struct {
  char   *seed;
  char   *years;
  char   *runs;
  char   *threads;
  char  **sets;
  gboolean uncertainty;
} CwCliRunArgs;

#define CW_CLI_RUN_ARGS_INIT { NULL, NULL, NULL, NULL, NULL, FALSE }

/* The --help argument of each count: its range. */
#define CW_CLI_MAX_THREADS 256
#define CW_CLI_YEARS_RANGE "1–" G_STRINGIFY (CW_MAX_YEARS)
#define CW_CLI_RUNS_RANGE "1–" G_STRINGIFY (CW_MAX_RUNS)
#define CW_CLI_THREADS_RANGE "1–" G_STRINGIFY (CW_CLI_MAX_THREADS)

/* @own (ending in G_OPTION_ENTRY_NULL) followed by the @n_more entries
 * @more; free with g_free(). */
GOptionEntry *cw_cli_entries_join   (const GOptionEntry *own,
                                     const GOptionEntry *more,
                                     gsize               n_more);
/* @own followed by --seed, --years, --runs (described by @runs_help, marked
 * with N_()), --threads, --uncertainty and --set writing into @args; free
 * with g_free(). */
GOptionEntry *cw_cli_run_entries    (const GOptionEntry *own,
                                     CwCliRunArgs       *args,
                                     const char         *runs_help);
void          cw_cli_run_args_clear (CwCliRunArgs       *args);

/* Applies @args to @sc and @opts; --runs not given leaves opts->runs at 0.
 * Prints what is wrong and returns FALSE on bad input. */
gboolean    cw_cli_run_options   (CwScenario         *sc,
                                  CwRunOptions       *opts,
                                  const CwCliRunArgs *args);
/* The scenario at @path (NULL: the default) with @args applied to it and to
 * @opts (initialised by the caller): without --runs the scenario's own run
 * count; prints what is wrong (--uncertainty with one run) and returns NULL. */
CwScenario *cw_cli_prepare       (const char         *path,
                                  const CwCliRunArgs *args,
                                  CwRunOptions       *opts);
/* One run, or an ensemble when @opts asks for more; prints the error. */
CwSeries   *cw_cli_run_series    (const CwScenario   *sc,
                                  const CwRunOptions *opts);
/* The same with every lever at 0 and the same seeds: the no-policy baseline. */
CwSeries   *cw_cli_run_baseline  (const CwScenario   *sc,
                                  const CwRunOptions *opts);
/* The paired effect policy − no policy (cw_ensemble_effect()); prints the error. */
CwSeries   *cw_cli_run_effect    (const CwScenario   *sc,
                                  const CwRunOptions *opts);

/* The experiment at @path; prints its problems and returns NULL when it cannot be used. */
CwExperiment *cw_cli_load_experiment (const char *path);

int cw_cli_bench    (int argc, char **argv);
int cw_cli_chart    (int argc, char **argv);
int cw_cli_compare  (int argc, char **argv);
int cw_cli_experiment (int argc, char **argv);
int cw_cli_explain  (int argc, char **argv);
int cw_cli_format   (int argc, char **argv);
int cw_cli_latency  (int argc, char **argv);
int cw_cli_levers   (int argc, char **argv);
int cw_cli_merge    (int argc, char **argv);
int cw_cli_optimise (int argc, char **argv);
int cw_cli_outcomes (int argc, char **argv);
int cw_cli_params   (int argc, char **argv);
int cw_cli_profile  (int argc, char **argv);
int cw_cli_report   (int argc, char **argv);
int cw_cli_run      (int argc, char **argv);
int cw_cli_sensitivity (int argc, char **argv);
int cw_cli_validate (int argc, char **argv);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CwCliRunArgs, cw_cli_run_args_clear)

G_END_DECLS

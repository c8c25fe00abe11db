/* cw-cli-bench.c — `cluster-workbench-cli bench`: how fast the engine runs
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <time.h>
#include <glib/gi18n-lib.h>

#include "cw-cli.h"
#include "cw-ensemble.h"
#include "cw-rng.h"
#include "cw-templates.h"

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* The calling thread's own CPU time in ms: unlike the wall time, it leaves
 * out the time other processes hold the core, so it means something on a
 * busy machine too. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Milliseconds the generator takes for the draws of @firm_steps firm-steps;
 * the best of three, as the engine's times are. */
static double
draw_floor_ms (double firm_steps)
{
  gint64 draws = (gint64) (firm_steps * CW_DRAWS_PER_FIRM_STEP);
  double best = G_MAXDOUBLE;

  for (int r = 0; r < 3; r++)
    {
      CwRng rng;
      double sink = 0, start = now_ms ();

      cw_rng_seed (&rng, 1, 0);
      for (gint64 i = 0; i < draws; i++)
        sink += cw_rng_uniform (&rng);
      /* Keeps the loop from being optimised away. */
      if (sink < 0)
        printf ("%g\n", sink);
      best = MIN (best, now_ms () - start);
    }
  return best;
}

static CwScenario *
bench_scenario (int firms, int years)
{
  CwScenario *sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);

  sc->profile[CW_PROFILE_FIRMS] = firms;
  sc->years = years;
  return sc;
}

/* Best of @repeats single runs, in ms of wall time; @best_cpu: the best in
 * ms of CPU time. */
static double
time_single (int firms, int years, int repeats, double *firm_steps, double *best_cpu)
{
  g_autoptr(CwScenario) sc = bench_scenario (firms, years);
  double best = G_MAXDOUBLE;
  CwRunOptions opts;

  *best_cpu = G_MAXDOUBLE;
  cw_run_options_init (&opts);
  for (int r = 0; r < repeats; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CwSeries) series = NULL;
      double start = now_ms (), start_cpu = cpu_ms (), steps = 0;

      series = cw_run (sc, &opts, NULL, &error);
      g_assert_no_error (error);
      best = MIN (best, now_ms () - start);
      *best_cpu = MIN (*best_cpu, cpu_ms () - start_cpu);
      for (int t = 1; t < series->n_steps; t++)
        steps += cw_series_get (series, CW_OUT_FIRMS, CW_STAT_MEAN)[t - 1];
      *firm_steps = steps;
    }
  return best;
}

static double
time_ensemble (int firms, int years, int runs, int threads, double *firm_steps)
{
  g_autoptr(CwScenario) sc = bench_scenario (firms, years);
  g_autoptr(CwSeries) series = NULL;
  g_autoptr(GError) error = NULL;
  CwRunOptions opts;
  double start;

  cw_run_options_init (&opts);
  opts.runs = runs;
  opts.threads = threads;
  start = now_ms ();
  series = cw_ensemble_run (sc, &opts, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  *firm_steps = 0;
  for (int t = 1; t < series->n_steps; t++)
    *firm_steps += cw_series_get (series, CW_OUT_FIRMS, CW_STAT_MEAN)[t - 1] * runs;
  return now_ms () - start;
}

static void
report (const char *label, double ms, double firm_steps, int runs)
{
  double floor_ms = draw_floor_ms (firm_steps);
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
  char c[G_ASCII_DTOSTR_BUF_SIZE], d[G_ASCII_DTOSTR_BUF_SIZE];

  printf ("%-34s %10s ns/firm-step %10s ms/run %10s runs/s %8s × draw floor\n", label,
          g_ascii_formatd (a, sizeof a, "%.1f", ms * 1e6 / firm_steps),
          g_ascii_formatd (b, sizeof b, "%.2f", ms / runs),
          g_ascii_formatd (c, sizeof c, "%.1f", runs * 1000.0 / ms),
          g_ascii_formatd (d, sizeof d, "%.1f", ms / MAX (floor_ms, 1e-6)));
}

/* The CPU time of a single run, under the line report() printed for it. */
static void
report_cpu (double cpu_ms, double firm_steps)
{
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];

  printf ("%-34s %10s ns/firm-step %10s ms/run\n", "  the same in CPU time",
          g_ascii_formatd (a, sizeof a, "%.1f", cpu_ms * 1e6 / firm_steps),
          g_ascii_formatd (b, sizeof b, "%.2f", cpu_ms));
}

int
cw_cli_bench (int    argc,
              char **argv)
{
  int firms = 1000, years = 15, runs = 200, threads = 0, ensemble_firms = 300;
  GOptionEntry entries[] = {
    { "firms", 0, 0, G_OPTION_ARG_INT, &firms, N_("Firms of the single runs (default 1000)"), "N" },
    { "years", 0, 0, G_OPTION_ARG_INT, &years, N_("Horizon in years (default 15)"), "Y" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, N_("Replicates of the ensemble (default 200)"), "R" },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads, N_("Threads of the ensemble (default: all cores)"), "T" },
    { "ensemble-firms", 0, 0, G_OPTION_ARG_INT, &ensemble_firms, N_("Firms of the ensemble runs (default 300)"), "N" },
    G_OPTION_ENTRY_NULL
  };
  double steps, ms, ms_cpu, ms_large, ms_one, ms_all;
  g_autofree char *label = NULL;
  int used_threads;

  if (!cw_cli_parse ("bench", "", _("Times the engine: single runs, a ten times larger "
                                    "cluster and an ensemble on one and on all threads."),
                     entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (firms < 1 || firms > 20000 || ensemble_firms < 1 || ensemble_firms > 20000 ||
      years < 1 || years > CW_MAX_YEARS || runs < 1 || runs > CW_MAX_RUNS || threads < 0)
    {
      g_printerr (_("cluster-workbench-cli bench: firms must be 1–20000, years 1–%d, runs 1–%d.\n"),
                  CW_MAX_YEARS, CW_MAX_RUNS);
      return CW_EXIT_BAD_INPUT;
    }
  used_threads = threads > 0 ? threads : (int) g_get_num_processors ();

  ms = time_single (firms, years, 5, &steps, &ms_cpu);
  label = g_strdup_printf ("single run, %d firms, 1 thread", firms);
  report (label, ms, steps, 1);
  report_cpu (ms_cpu, steps);
  if (firms * 10 <= 20000)
    {
      double large_steps, large_cpu;

      ms_large = time_single (firms * 10, years, 2, &large_steps, &large_cpu);
      g_free (label);
      label = g_strdup_printf ("single run, %d firms, 1 thread", firms * 10);
      report (label, ms_large, large_steps, 1);
      report_cpu (large_cpu, large_steps);
      printf ("%-34s %10.2f × (target ≤ 12)\n", "time ratio 10× firms", ms_large / ms);
    }
  ms_one = time_ensemble (ensemble_firms, years, runs, 1, &steps);
  g_free (label);
  label = g_strdup_printf ("ensemble %d × %d firms, 1 thread", runs, ensemble_firms);
  report (label, ms_one, steps, runs);
  ms_all = time_ensemble (ensemble_firms, years, runs, used_threads, &steps);
  g_free (label);
  label = g_strdup_printf ("ensemble %d × %d firms, %d threads", runs, ensemble_firms, used_threads);
  report (label, ms_all, steps, runs);
  printf ("%-34s %10.2f × faster, %.0f ms in all\n", "threads speed-up", ms_one / ms_all, ms_all);
  printf ("%-34s %10zu bytes per firm\n", "state", cw_model_bytes_per_firm ());
  return CW_EXIT_OK;
}

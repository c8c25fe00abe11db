/* cw-cli-latency.c — `cluster-workbench-cli latency`: lever change to drawn chart
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measures the path the window takes on every slider move: the changed
 * scenario goes to a CwEvaluator (cw_evaluator_update(), else submit, as the
 * outcomes pane does), and each CwResult it publishes is drawn on the main
 * thread from cw_result_chart_spec() with cw_chart_draw(), as the chart
 * widget does.
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <glib/gi18n-lib.h>

#include "cw-chart.h"
#include "cw-cli.h"
#include "cw-ensemble.h"
#include "cw-evaluator.h"
#include "cw-explainer.h"
#include "cw-templates.h"
#include "cw-waterfall.h"

#define CHART_WIDTH 1200
#define CHART_HEIGHT 480

/* "300 firms, 20 years": the cluster a measurement is about. */
static char *
size_text (int firms,
           int years)
{
  g_autofree char *f = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d firm", "%d firms", firms), firms);
  g_autofree char *y = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", years), years);

  /* Translators: a cluster's size and horizon, e.g. "300 firms, 20 years" */
  return g_strdup_printf (_("%s, %s"), f, y);
}

/* As the window names pinned variants. */
static const char *const variant_names[CW_CHART_MAX_COMPARE] = { "A", "B", "C", "D", "E", "F" };

typedef struct {
  CwEvaluator     *evaluator;
  cairo_surface_t *surface;
  CwResult        *variants[CW_CHART_MAX_COMPARE];  /* pinned variants overlaid, as Compare does */
  guint            n_variants;
  gint64           submitted;    /* µs, when the lever moved */
  double           central_ms;   /* to the drawn central run */
  double           band_ms;      /* to the drawn, complete band */
  double           main_max_ms;  /* the longest the main thread was busy drawing */
  int              draws;
} Probe;

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Draws the upgrading chart of the published result, as the window does. */
static void
result_published_cb (CwEvaluator *evaluator,
                     GParamSpec  *pspec,
                     Probe       *probe)
{
  gint64 start = g_get_monotonic_time ();
  CwResult *result = cw_evaluator_get_result (evaluator);
  cairo_t *cr = cairo_create (probe->surface);
  CwChartSpec spec;

  cw_result_chart_spec (result, CW_CHART_UPGRADING, &spec);
  for (guint i = 0; i < probe->n_variants; i++)
    {
      spec.compare[i] = cw_result_get_central (probe->variants[i]);
      spec.compare_names[i] = variant_names[i];
    }
  spec.n_compare = probe->n_variants;
  cw_chart_draw (cr, CHART_WIDTH, CHART_HEIGHT, &spec);
  cairo_destroy (cr);
  cairo_surface_flush (probe->surface);
  probe->main_max_ms = MAX (probe->main_max_ms, ms_since (start));
  probe->draws++;
  if (isnan (probe->central_ms))
    probe->central_ms = ms_since (probe->submitted);
  if (cw_result_get_band_runs (result) == cw_result_get_band_total (result))
    probe->band_ms = ms_since (probe->submitted);
}

/* What the outcomes pane does when the document changed. */
static void
lever_moved (Probe            *probe,
             const CwScenario *sc)
{
  probe->submitted = g_get_monotonic_time ();
  if (!cw_evaluator_update (probe->evaluator, sc))
    cw_evaluator_submit (probe->evaluator, sc);
}

static void
wait_idle (Probe *probe)
{
  while (cw_evaluator_get_busy (probe->evaluator))
    g_main_context_iteration (NULL, TRUE);
}

static double
median (double *values, int n)
{
  qsort (values, n, sizeof *values, cw_compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Moves a lever @repeats times, waiting for each band; prints the medians
 * and returns that of the central run. */
static double
measure_changes (Probe *probe, CwScenario *sc, int repeats)
{
  g_autofree double *central = g_new (double, repeats);
  g_autofree double *band = g_new (double, repeats);
  double central_median, band_median;

  for (int i = 0; i < repeats; i++)
    {
      cw_scenario_set_standing (sc, CW_LEVER_EDUCATION, 0.05 + 0.9 * i / repeats);
      probe->central_ms = probe->band_ms = NAN;
      lever_moved (probe, sc);
      wait_idle (probe);
      central[i] = probe->central_ms;
      band[i] = probe->band_ms;
    }
  /* median() sorts, so the last value is then the largest. */
  central_median = median (central, repeats);
  band_median = median (band, repeats);
  printf ("  %-44s %8.1f ms (max %.1f)\n", probe->n_variants > 0
          ? _("overlaid: lever change → chart drawn, median") : _("lever change → central run drawn, median"),
          central_median, central[repeats - 1]);
  printf ("  %-44s %8.1f ms (max %.1f)\n", probe->n_variants > 0
          ? _("overlaid: lever change → band complete, median") : _("lever change → band complete, median"),
          band_median, band[repeats - 1]);
  return central_median;
}

/* Compare with six pinned variants: each evaluated once, as the window does
 * on Pin (its central run and no-policy run on one worker); then the lever
 * changes again with all six overlaid on the chart. */
static void
measure_variants (Probe *probe, CwScenario *sc, int repeats, double alone_ms)
{
  double overlaid_ms;

  for (guint i = 0; i < CW_CHART_MAX_COMPARE; i++)
    {
      g_autoptr(CwScenario) variant = cw_scenario_copy (sc);
      g_autoptr(CwEvaluator) evaluator = cw_evaluator_new ();

      cw_scenario_set_standing (variant, CW_LEVER_RD_SUBSIDY, 0.1 * (i + 1));
      variant->runs = 1;
      cw_evaluator_set_threads (evaluator, 1);
      cw_evaluator_submit (evaluator, variant);
      while (cw_evaluator_get_busy (evaluator))
        g_main_context_iteration (NULL, TRUE);
      probe->variants[i] = cw_result_ref (cw_evaluator_get_result (evaluator));
    }
  probe->n_variants = CW_CHART_MAX_COMPARE;
  printf (g_dngettext (GETTEXT_PACKAGE, "  With %d pinned variant overlaid (Compare):\n",
                       "  With %d pinned variants overlaid (Compare):\n", CW_CHART_MAX_COMPARE),
          CW_CHART_MAX_COMPARE);
  overlaid_ms = measure_changes (probe, sc, repeats);
  printf ("  %-44s %8.2f ×\n", _("chart drawn, overlaid / alone"), overlaid_ms / alone_ms);
  for (guint i = 0; i < probe->n_variants; i++)
    g_clear_pointer (&probe->variants[i], cw_result_unref);
  probe->n_variants = 0;
}

typedef struct {
  Probe      *probe;
  CwScenario *sc;
  int         moves;
  int         left;
} Drag;

static gboolean
drag_step_cb (gpointer data)
{
  Drag *drag = data;

  cw_scenario_set_standing (drag->sc, CW_LEVER_MANAGEMENT, (double) drag->left / drag->moves);
  lever_moved (drag->probe, drag->sc);
  return --drag->left > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* A slider dragged continuously: a move every 16 ms (one per frame) for two seconds. */
static void
measure_drag (Probe *probe, CwScenario *sc)
{
  Drag drag = { probe, sc, 125, 125 };
  gint64 start = g_get_monotonic_time ();

  probe->draws = 0;
  probe->main_max_ms = 0;
  g_timeout_add (16, drag_step_cb, &drag);
  while (drag.left > 0)
    g_main_context_iteration (NULL, TRUE);
  wait_idle (probe);
  printf ("  %-44s %8d of %d moves, %.1f s\n", _("drag: charts redrawn during the drag"),
          probe->draws, drag.moves, ms_since (start) / 1000);
  printf ("  %-44s %8.1f ms\n", _("drag: longest main-thread drawing"), probe->main_max_ms);
}

typedef struct {
  CwExplainer     *explainer;
  cairo_surface_t *surface;
  gint64           submitted;
  double           first_ms;     /* to the first estimate drawn */
  double           exact_ms;     /* to the exact result drawn */
} ExplainProbe;

/* Draws the waterfall of each published explanation, as the Explain view does. */
static void
explanation_published_cb (CwExplainer  *explainer,
                          GParamSpec   *pspec,
                          ExplainProbe *probe)
{
  CwExplanation *explanation = cw_explainer_get_explanation (explainer);
  g_autoptr(CwAttribution) a = cw_explanation_attribute (explanation, CW_OUT_UPGRADING,
                                                        cw_explanation_get_n_steps (explanation) - 1);
  CwWaterfallSpec spec = { .attribution = a, .font_scale = 1 };
  cairo_t *cr = cairo_create (probe->surface);

  cw_waterfall_draw (cr, CHART_WIDTH, CHART_HEIGHT, &spec);
  cairo_destroy (cr);
  cairo_surface_flush (probe->surface);
  if (isnan (probe->first_ms))
    probe->first_ms = ms_since (probe->submitted);
  if (cw_explanation_is_complete (explanation))
    probe->exact_ms = ms_since (probe->submitted);
}

/* Processor time of every thread of the process so far, in ms. */
static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/* The template with the levers of five groups: 32 coalitions. */
static void
keep_five_groups (CwScenario *sc)
{
  for (int l = 0; l < CW_N_LEVERS; l++)
    {
      CwLeverGroup group = cw_lever_info (l)->group;

      if (group != CW_LEVER_GROUP_LEAD_FIRMS && group != CW_LEVER_GROUP_INTERNATIONALISATION)
        continue;
      sc->standing[l] = 0;
      for (guint i = 0; i < sc->stages->len; i++)
        ((CwStage *) g_ptr_array_index (sc->stages, i))->levers[l] = 0;
    }
}

/* Submits @sc to the Explain probe and waits for the exact result. */
static void
explain_once (ExplainProbe *probe, const CwScenario *sc)
{
  probe->first_ms = probe->exact_ms = NAN;
  probe->submitted = g_get_monotonic_time ();
  cw_explainer_submit (probe->explainer, sc, -1, CW_EXPLAIN_RUNS);
  while (cw_explainer_get_busy (probe->explainer))
    g_main_context_iteration (NULL, TRUE);
}

/* Explain opened, then a lever changed with Explain open: the first estimate
 * and the exact result on screen. After a change only the coalitions that
 * hold the changed lever run again. */
static void
measure_explain (int firms, int repeats, int threads)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  g_autoptr(CwExplainer) explainer = cw_explainer_new ();
  g_autofree double *first = g_new (double, repeats);
  g_autofree double *exact = g_new (double, repeats);
  ExplainProbe probe = { explainer, cairo_image_surface_create (CAIRO_FORMAT_ARGB32, CHART_WIDTH, CHART_HEIGHT) };
  g_autoptr(CwAttribution) a = NULL;
  double first_median, exact_median, cpu_start, cpu_cold, cpu_each;

  sc->profile[CW_PROFILE_FIRMS] = firms;
  keep_five_groups (sc);
  cw_explainer_set_threads (explainer, threads);
  g_signal_connect (explainer, "notify::explanation", G_CALLBACK (explanation_published_cb), &probe);

  cpu_start = cpu_ms ();
  explain_once (&probe, sc);
  cpu_cold = cpu_ms () - cpu_start;
  a = cw_explanation_attribute (cw_explainer_get_explanation (explainer), CW_OUT_UPGRADING, 0);
  {
    g_autofree char *size = size_text (firms, sc->years);
    g_autofree char *lever_groups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d lever group",
                                                                  "%d lever groups", a->groups->len),
                                                     (int) a->groups->len);
    g_autofree char *per_coalition = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d run per coalition",
                                                                   "%d runs per coalition", CW_EXPLAIN_RUNS),
                                                      CW_EXPLAIN_RUNS);

    /* Translators: "300 firms, 20 years", "5 lever groups", "16 runs per coalition" */
    printf (_("Explain: %s, %s, %s:\n"), size, lever_groups, per_coalition);
  }
  printf ("  %-44s %8.1f ms\n", _("Explain opened → first estimate drawn"), probe.first_ms);
  printf ("  %-44s %8.1f ms\n", _("Explain opened → exact result drawn"), probe.exact_ms);
  /* On a busy machine the wall times grow; the work does not. */
  printf ("  %-44s %8.1f ms\n", _("exact result: processor time, all threads"), cpu_cold);

  cpu_start = cpu_ms ();
  for (int i = 0; i < repeats; i++)
    {
      cw_scenario_set_standing (sc, CW_LEVER_EDUCATION, 0.05 + 0.9 * i / repeats);
      explain_once (&probe, sc);
      first[i] = probe.first_ms;
      exact[i] = probe.exact_ms;
    }
  cpu_each = (cpu_ms () - cpu_start) / repeats;
  /* median() sorts, so the last value is then the largest. */
  first_median = median (first, repeats);
  exact_median = median (exact, repeats);
  printf ("  %-44s %8.1f ms (max %.1f)\n", _("lever change → first estimate drawn, median"),
          first_median, first[repeats - 1]);
  printf ("  %-44s %8.1f ms (max %.1f)\n", _("lever change → exact result drawn, median"),
          exact_median, exact[repeats - 1]);
  printf ("  %-44s %8.1f ms\n", _("exact result: processor time, all threads"), cpu_each);
  cairo_surface_destroy (probe.surface);
}

int
cw_cli_latency (int argc, char **argv)
{
  int repeats = 15, threads = 0, runs = 100;
  g_auto(GStrv) firms_list = NULL;
  GOptionEntry entries[] = {
    { "repeats", 0, 0, G_OPTION_ARG_INT, &repeats, N_("Lever changes to time for each size (default 15)"), "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, N_("Replicates in the band (default 100)"), "R" },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads, N_("Worker threads for the band (default: all cores)"), "T" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &firms_list, NULL, N_("[FIRMS…]") },
    { NULL }
  };
  const char *defaults[] = { "300", "1000", NULL };

  if (!cw_cli_parse ("latency", N_("[FIRMS…]"),
                     /* xgettext:no-c-format */
                     _("Times what the window does on each slider move: the run on a worker, "
                       "the chart drawn, the 5–95 % band filled in; for clusters of 300 and "
                       "1,000 firms unless sizes are given; then again with six pinned variants "
                       "overlaid. Then Explain over five lever groups at 300 firms: the first "
                       "estimate and the exact result drawn, when opened and after a lever change."),
                     entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (repeats < 1 || runs < 1 || runs > CW_MAX_RUNS || threads < 0)
    {
      g_printerr (_("cluster-workbench-cli latency: --repeats and --runs must be at least 1 "
                    "(runs at most %d), --threads at least 0.\n"), CW_MAX_RUNS);
      return CW_EXIT_USAGE;
    }

  for (const char *const *f = firms_list ? (const char *const *) firms_list : defaults; *f; f++)
    {
      g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
      g_autoptr(CwEvaluator) evaluator = cw_evaluator_new ();
      Probe probe = { evaluator, cairo_image_surface_create (CAIRO_FORMAT_ARGB32, CHART_WIDTH, CHART_HEIGHT) };
      char *end = NULL;
      double alone_ms;
      gint64 firms = g_ascii_strtoll (*f, &end, 10);

      if (end == *f || *end != '\0' || !cw_profile_in_range (CW_PROFILE_FIRMS, firms))
        {
          g_printerr (_("cluster-workbench-cli latency: “%s” is not a number of firms from 1 to 20000.\n"), *f);
          cairo_surface_destroy (probe.surface);
          return CW_EXIT_USAGE;
        }
      sc->profile[CW_PROFILE_FIRMS] = firms;
      sc->runs = runs;
      cw_evaluator_set_threads (evaluator, threads);
      g_signal_connect (evaluator, "notify::result", G_CALLBACK (result_published_cb), &probe);

      {
        g_autofree char *size = size_text ((int) firms, sc->years);
        g_autofree char *band = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "band of %d run",
                                                              "band of %d runs", runs), runs);

        /* Translators: "300 firms, 20 years", "band of 100 runs", the chart's size in pixels */
        printf (_("%s, %s, chart %d×%d:\n"), size, band, CHART_WIDTH, CHART_HEIGHT);
      }
      /* The first submission also computes the baseline: keep it out of the figures. */
      cw_evaluator_submit (evaluator, sc);
      wait_idle (&probe);
      alone_ms = measure_changes (&probe, sc, repeats);
      measure_drag (&probe, sc);
      measure_variants (&probe, sc, repeats, alone_ms);
      cairo_surface_destroy (probe.surface);
    }
  measure_explain (300, MIN (repeats, 5), threads);
  return CW_EXIT_OK;
}

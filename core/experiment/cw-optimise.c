/* cw-optimise.c — COBYLA over lever intensities under the budget, with common random numbers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-experiment"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <nlopt.h>

#include "cw-budget.h"
#include "cw-ensemble.h"
#include "cw-optimise.h"

/* Evaluations per lever unless the problem says otherwise. */
#define EVALUATIONS_PER_LEVER 40

typedef struct {
  const CwScenario        *sc;
  const CwOptimiseProblem *problem;
  CwScenario              *trial;     /* sc with the levers being tried */
  nlopt_opt                opt;
  int                      most;      /* evaluations allowed, for progress */
  CwRunOptions             opts;
  int                      n_steps;
  double                  *values;    /* runs × CW_N_OUTPUTS × n_steps */
  double                  *samples;   /* runs: the objective of each replicate */
  double                  *unit_cost; /* per lever: M€ per year at intensity 1 */
  GError                  *error;
  int                      evaluations;
  double                  *best;      /* the best allocation within the budget so far */
  double                   best_value;
  gboolean                 found;
} Search;

void
cw_optimum_clear (CwOptimum *self)
{
  g_clear_pointer (&self->intensities, g_free);
}

double
cw_optimise_cost (const CwScenario        *sc,
                  const CwOptimiseProblem *problem,
                  const double            *intensities)
{
  double cost = 0;

  for (guint i = 0; i < problem->n_levers; i++)
    cost += cw_budget_lever_cost (sc, problem->levers[i], intensities[i]);
  return cost;
}

/* Runs the replicates of @sc; the objective of each into search->samples. */
static gboolean
run_replicates (Search           *search,
                const CwScenario *sc)
{
  const CwOptimiseProblem *problem = search->problem;
  gsize block = (gsize) CW_N_OUTPUTS * search->n_steps;
  gsize at = (gsize) problem->objective * search->n_steps + problem->year * CW_STEPS_PER_YEAR;

  if (search->error != NULL ||
      !cw_ensemble_fill (sc, &search->opts, problem->seed, search->n_steps, search->values, 0,
                         problem->runs, NULL, NULL, problem->cancellable, &search->error))
    return FALSE;
  for (int r = 0; r < problem->runs; r++)
    search->samples[r] = search->values[r * block + at];
  return TRUE;
}

static double
mean_of (const double *values,
         int           n)
{
  double sum = 0;

  for (int i = 0; i < n; i++)
    sum += values[i];
  return sum / n;
}

/* The mean, 5th and 95th percentile of the samples (sorted in place). */
static void
summarise (Search *search,
           double *mean,
           double *lo,
           double *hi)
{
  int n = search->problem->runs;

  *mean = mean_of (search->samples, n);
  qsort (search->samples, n, sizeof (double), cw_compare_doubles);
  *lo = search->samples[(int) floor (0.05 * (n - 1))];
  *hi = search->samples[(int) ceil (0.95 * (n - 1))];
}

/* Keeps the best allocation seen that the budget affords: COBYLA may end
 * on a point a hair outside the constraint, or below one it passed. */
static double
objective_cb (unsigned      n,
              const double *x,
              double       *gradient,
              void         *data)
{
  Search *search = data;
  double value;

  search->evaluations++;
  for (unsigned i = 0; i < n; i++)
    cw_scenario_set_standing (search->trial, search->problem->levers[i],
                              cw_lever_clamp (search->problem->levers[i], x[i]));
  if (!run_replicates (search, search->trial))
    {
      /* A failed or cancelled run ends the search. */
      nlopt_force_stop (search->opt);
      return -HUGE_VAL;
    }
  if (search->problem->progress != NULL)
    search->problem->progress (search->evaluations, search->most, search->problem->user_data);
  value = mean_of (search->samples, search->problem->runs);
  if ((!search->found || value > search->best_value) &&
      cw_optimise_cost (search->sc, search->problem, x) <= search->problem->budget)
    {
      search->found = TRUE;
      search->best_value = value;
      memcpy (search->best, x, n * sizeof (double));
    }
  return value;
}

/* cost(x) − budget ≤ 0; costs are linear in the intensities. */
static double
budget_cb (unsigned      n,
           const double *x,
           double       *gradient,
           void         *data)
{
  Search *search = data;
  double cost = 0;

  for (unsigned i = 0; i < n; i++)
    cost += search->unit_cost[i] * x[i];
  return cost - search->problem->budget;
}

/* Scales @x down onto the budget if it is above it, and into the bounds. */
static void
project (Search       *search,
         double       *x,
         const double *lower,
         const double *upper)
{
  const CwOptimiseProblem *problem = search->problem;
  double cost;

  for (guint i = 0; i < problem->n_levers; i++)
    x[i] = CLAMP (x[i], lower[i], upper[i]);
  cost = cw_optimise_cost (search->sc, problem, x);
  for (int tries = 0; cost > problem->budget && tries < 60; tries++)
    {
      double scale = cost > 0 ? problem->budget / cost * (1 - 1e-9) : 0;

      for (guint i = 0; i < problem->n_levers; i++)
        x[i] = MAX (lower[i], x[i] * scale);
      cost = cw_optimise_cost (search->sc, problem, x);
    }
}

gboolean
cw_optimise (const CwScenario        *sc,
             const CwOptimiseProblem *problem,
             CwOptimum               *result,
             GError                 **error)
{
  guint n = problem->n_levers;
  g_autoptr(CwScenario) trial = cw_scenario_copy (sc);
  g_autofree double *lower = g_new (double, n);
  g_autofree double *upper = g_new (double, n);
  g_autofree double *unit_cost = g_new (double, n);
  g_autofree double *x = g_new (double, n);
  g_autofree double *values = NULL;
  g_autofree double *samples = g_new (double, problem->runs);
  g_autofree double *best_x = g_new (double, n);
  Search search = { sc, problem, trial };
  nlopt_opt opt;
  double best, split = 0;

  g_return_val_if_fail (n > 0 && problem->runs > 0 && problem->budget >= 0, FALSE);
  g_return_val_if_fail (problem->year >= 1 && problem->year <= CW_MAX_YEARS, FALSE);

  cw_run_options_init (&search.opts);
  search.opts.years = problem->year;
  search.opts.threads = problem->threads;
  search.n_steps = cw_run_steps (sc, &search.opts);
  values = g_new (double, (gsize) problem->runs * CW_N_OUTPUTS * search.n_steps);
  search.values = values;
  search.samples = samples;
  search.unit_cost = unit_cost;
  search.best = best_x;
  memset (result, 0, sizeof *result);

  /* The scenario as given, on the same replicates. */
  if (!run_replicates (&search, sc))
    {
      g_propagate_error (error, search.error);
      return FALSE;
    }
  summarise (&search, &result->given, &result->given_lo, &result->given_hi);

  for (guint i = 0; i < n; i++)
    {
      lower[i] = MAX (cw_lever_info (problem->levers[i])->min, 0);
      upper[i] = cw_lever_info (problem->levers[i])->max;
      unit_cost[i] = cw_budget_lever_cost (sc, problem->levers[i], 1);
      split += unit_cost[i] > 0 ? 1 : 0;
    }
  /* Start from the budget split evenly among the levers that cost money. */
  for (guint i = 0; i < n; i++)
    x[i] = problem->start != NULL ? problem->start[i] :
           unit_cost[i] > 0 ? MIN (upper[i], problem->budget / split / unit_cost[i]) : upper[i] / 2;
  project (&search, x, lower, upper);

  opt = nlopt_create (NLOPT_LN_COBYLA, n);
  search.opt = opt;
  search.most = problem->max_evaluations > 0 ? problem->max_evaluations : EVALUATIONS_PER_LEVER * (int) n;
  nlopt_set_lower_bounds (opt, lower);
  nlopt_set_upper_bounds (opt, upper);
  nlopt_set_max_objective (opt, objective_cb, &search);
  nlopt_add_inequality_constraint (opt, budget_cb, &search, 1e-9);
  nlopt_set_xtol_abs1 (opt, 1e-3);
  nlopt_set_initial_step1 (opt, 0.2);
  nlopt_set_maxeval (opt, search.most);
  nlopt_optimize (opt, x, &best);
  nlopt_destroy (opt);
  if (search.error != NULL)
    {
      g_propagate_error (error, search.error);
      return FALSE;
    }

  /* The best allocation within the budget, judged once more. */
  if (search.found)
    memcpy (x, best_x, n * sizeof (double));
  project (&search, x, lower, upper);
  for (guint i = 0; i < n; i++)
    cw_scenario_set_standing (trial, problem->levers[i], x[i]);
  if (!run_replicates (&search, trial))
    {
      g_propagate_error (error, search.error);
      return FALSE;
    }
  summarise (&search, &result->value, &result->lo, &result->hi);
  result->cost = cw_optimise_cost (sc, problem, x);
  result->evaluations = search.evaluations;
  result->intensities = g_steal_pointer (&x);
  return TRUE;
}

/* Progress over all budgets: the evaluations of the budgets done before. */
typedef struct {
  const CwOptimiseProblem *outer;
  guint                    budget;
  guint                    n_budgets;
} Frontier;

static void
frontier_progress_cb (int      done,
                      int      most,
                      gpointer user_data)
{
  Frontier *frontier = user_data;

  frontier->outer->progress ((int) frontier->budget * most + done, (int) frontier->n_budgets * most,
                             frontier->outer->user_data);
}

gboolean
cw_optimise_frontier (const CwScenario        *sc,
                      const CwOptimiseProblem *problem,
                      const double            *budgets,
                      guint                    n_budgets,
                      CwOptimum               *results,
                      GError                 **error)
{
  CwOptimiseProblem each = *problem;
  Frontier frontier = { problem, 0, n_budgets };

  g_return_val_if_fail (n_budgets > 0, FALSE);

  if (problem->progress != NULL)
    {
      each.progress = frontier_progress_cb;
      each.user_data = &frontier;
    }
  each.start = NULL;
  for (guint b = 0; b < n_budgets; b++)
    {
      g_return_val_if_fail (b == 0 || budgets[b] >= budgets[b - 1], FALSE);

      frontier.budget = b;
      each.budget = budgets[b];
      if (!cw_optimise (sc, &each, &results[b], error))
        {
          for (guint i = 0; i < b; i++)
            cw_optimum_clear (&results[i]);
          return FALSE;
        }
      each.start = results[b].intensities;
    }
  return TRUE;
}

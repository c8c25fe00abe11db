/* cw-optimise.h — the best use of a yearly budget: lever intensities that maximise an outcome
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * NLopt's COBYLA (derivative-free) searches the chosen levers' standing
 * intensities under the linear constraint "yearly cost ≤ budget" (the
 * model's cost rule, cw-budget.h: costs per firm served). Every allocation
 * is judged on the same replicates (seeds from one master seed: common
 * random numbers), so differences between allocations are not noise. The
 * result is projected onto the budget if the search ends a hair outside it:
 * the cost never exceeds the budget.
 */
#pragma once

#include "cw-model.h"
#include "cw-outputs.h"

G_BEGIN_DECLS

typedef struct {
  const int  *levers;       /* CwLever */
  guint       n_levers;
  double      budget;       /* M€ per year */
  CwOutput    objective;    /* a numeric output */
  int         year;         /* after the start, 1 … CW_MAX_YEARS */
  int         runs;         /* replicates per allocation */
  guint64     seed;
  int         threads;      /* 0: all cores */
  int         max_evaluations;  /* 0: 40 per lever */
  const double *start;      /* NULL: the budget split evenly; else where to start */
  GCancellable *cancellable;    /* may be NULL */
  /* Called on the calling thread after each allocation judged (may be NULL):
   * @done of at most @most evaluations. */
  void        (*progress) (int done, int most, gpointer user_data);
  gpointer      user_data;
} CwOptimiseProblem;

typedef struct {
  double  *intensities;     /* n_levers */
  double   cost;            /* M€ per year, ≤ budget */
  double   value;           /* mean objective over the replicates */
  double   lo, hi;          /* its 5th and 95th percentiles */
  double   given;           /* the mean objective of the scenario as given */
  double   given_lo, given_hi;
  int      evaluations;
} CwOptimum;

void       cw_optimum_clear    (CwOptimum               *self);
/* The yearly cost of @intensities of @problem's levers in @sc. */
double     cw_optimise_cost    (const CwScenario        *sc,
                                const CwOptimiseProblem *problem,
                                const double            *intensities);
/* Finds the allocation; FALSE with @error when a run fails or when it is
 * cancelled (CW_RUN_ERROR_CANCELLED). */
gboolean   cw_optimise         (const CwScenario        *sc,
                                const CwOptimiseProblem *problem,
                                CwOptimum               *result,
                                GError                 **error);

/* The efficient frontier: cw_optimise() for each of @budgets (ascending),
 * each search starting from the allocation of the budget below it, which
 * it can afford, so the frontier does not fall as the budget grows (the
 * problem's own budget and start are not used). Fills @results[n_budgets];
 * progress counts the evaluations of all budgets. FALSE with @error (and
 * nothing to clear) when a search fails or is cancelled. */
gboolean   cw_optimise_frontier (const CwScenario        *sc,
                                 const CwOptimiseProblem *problem,
                                 const double            *budgets,
                                 guint                    n_budgets,
                                 CwOptimum               *results,
                                 GError                 **error);

G_END_DECLS

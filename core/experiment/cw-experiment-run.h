/* cw-experiment-run.h — running an experiment's design to tidy CSV rows
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per design point × replicate × recorded year:
 *   point,replicate,seed,<factor ids>,year,<output ids>
 * The run of point i, replicate r has the seed
 * cw_replicate_seed (cw_replicate_seed (experiment seed, g), r), where g is
 * i, or for Saltelli's design the base sample (block) and for Morris's the
 * trajectory i belongs to: the points whose differences the estimators take
 * share their random numbers, so the differences are not noise. The seed
 * never depends on threads, shards or resuming, so any split of the points
 * gives the same rows.
 */
#pragma once

#include "cw-design.h"

G_BEGIN_DECLS

#define CW_EXPERIMENT_ERROR (cw_experiment_error_quark ())

typedef enum {
  CW_EXPERIMENT_ERROR_RUN,        /* a point cannot run */
  CW_EXPERIMENT_ERROR_OUTPUT,     /* an output file does not fit the experiment */
  CW_EXPERIMENT_ERROR_CANCELLED,
} CwExperimentError;

GQuark   cw_experiment_error_quark     (void);

/* Called on the calling thread after each batch of runs. */
typedef void (*CwExperimentProgress) (guint64  done,
                                      guint64  total,
                                      gpointer user_data);

/* The first line of the CSV, newline included. */
char    *cw_experiment_csv_header      (const CwExperiment *experiment);
/* The seed of point @point, replicate @replicate (see above). */
guint64  cw_experiment_run_seed        (const CwExperiment *experiment,
                                        guint               point,
                                        guint               replicate);
/* The scenario of design point @point: the base with the factors set. */
CwScenario *cw_experiment_point_scenario (const CwExperiment *experiment,
                                          const CwDesign     *design,
                                          guint               point,
                                          GError            **error);
/* The points [@first, @last) of shard @k of @n (1 ≤ k ≤ n) of @n_points. */
void     cw_experiment_shard           (guint               n_points,
                                        guint               k,
                                        guint               n,
                                        guint              *first,
                                        guint              *last);
/* Runs the points [@first, @last) on @threads threads (0: all cores) and
 * writes their rows, in order, to @out as each batch completes; memory does
 * not grow with the number of points. */
gboolean cw_experiment_run             (const CwExperiment  *experiment,
                                        const CwDesign      *design,
                                        guint                first,
                                        guint                last,
                                        int                  threads,
                                        GOutputStream       *out,
                                        CwExperimentProgress progress,
                                        gpointer             user_data,
                                        GCancellable        *cancellable,
                                        GError             **error);

G_END_DECLS

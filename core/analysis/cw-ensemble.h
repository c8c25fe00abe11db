/* cw-ensemble.h — many replicates on all cores: seed and parameter uncertainty
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-run.h"

G_BEGIN_DECLS

/* Called after each finished replicate, from whichever worker thread finished
 * it (calls are serialised). */
typedef void (*CwProgressFunc) (int      done,
                                int      total,
                                gpointer user_data);

/* Runs opts->runs (else sc->runs) replicates: replicate r uses the seed
 * cw_replicate_seed (seed, r) and, with opts->uncertainty, parameters drawn from
 * their ranges (triangular, centred on the default; overridden ones stay
 * fixed).
 * Mean, 5th and 95th percentile per numeric output; the most frequent value
 * of the categorical ones. The result does not depend on the thread count.
 * Returns NULL with CW_RUN_ERROR_CANCELLED when @cancellable fires. */
CwSeries *cw_ensemble_run            (const CwScenario   *sc,
                                      const CwRunOptions *opts,
                                      CwProgressFunc      progress,
                                      gpointer            user_data,
                                      GCancellable       *cancellable,
                                      GError            **error);
/* The paired effect of the policy: opts->runs (else sc->runs) replicates of
 * the scenario and of its no-policy baseline with the same seeds and the
 * same parameter draws (common random numbers), summarised as the mean, 5th
 * and 95th percentile of the per-replicate difference policy − no policy of
 * every numeric output; categorical outputs are the policy run's. */
CwSeries *cw_ensemble_effect         (const CwScenario   *sc,
                                      const CwRunOptions *opts,
                                      GCancellable       *cancellable,
                                      GError            **error);
/* Runs replicates @first … @last - 1 of the ensemble with master @seed into
 * @values, block r at values + r * CW_N_OUTPUTS * n_steps: a band can fill in
 * chunk by chunk and still equal the one cw_ensemble_run() gives. The caller
 * has validated @sc. */
gboolean  cw_ensemble_fill           (const CwScenario   *sc,
                                      const CwRunOptions *opts,
                                      guint64             seed,
                                      int                 n_steps,
                                      double             *values,
                                      int                 first,
                                      int                 last,
                                      CwProgressFunc      progress,
                                      gpointer            user_data,
                                      GCancellable       *cancellable,
                                      GError            **error);
/* The parameters replicate @r of an ensemble runs with. */
void      cw_ensemble_params         (const CwScenario   *sc,
                                      const CwRunOptions *opts,
                                      guint64             seed,
                                      int                 r,
                                      double             *p);
/* Summarises @runs replicate blocks ([CW_N_OUTPUTS][n_steps] each, one after
 * the other in @values) into @series. */
void      cw_ensemble_summarise      (CwSeries           *series,
                                      const double       *values,
                                      int                 runs);
/* Summarises the paired differences policy − no policy of @runs replicate
 * blocks of @policy and @baseline (the same seeds and parameter draws) into
 * @series, as cw_ensemble_effect() does; categorical outputs are the policy
 * runs'. */
void      cw_ensemble_summarise_effect (CwSeries         *series,
                                        const double     *policy,
                                        const double     *baseline,
                                        int               runs);
/* Orders doubles for qsort(), ascending. */
int       cw_compare_doubles         (const void         *a,
                                      const void         *b);

G_END_DECLS

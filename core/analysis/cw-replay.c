/* cw-replay.c — the charts between two states: replaying the last change
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-replay"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cw-replay.h"

CwSeries *
cw_replay_series (const CwSeries *from,
                  const CwSeries *to,
                  double          t)
{
  CwSeries *series;
  int steps;

  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  t = CLAMP (t, 0, 1);
  series = cw_series_new (to->n_steps, to->runs);
  series->seed = to->seed;
  series->start_year = to->start_year;
  series->scenario_hash = g_strdup (to->scenario_hash);
  series->stage_ids = g_strdupv (to->stage_ids);
  memcpy (series->data, to->data, sizeof (double) * CW_N_STATS * CW_N_OUTPUTS * to->n_steps);
  steps = MIN (from->n_steps, to->n_steps);
  for (int o = 0; o < CW_N_OUTPUTS; o++)
    {
      if (cw_output_info (o)->kind == CW_OUTPUT_KIND_CATEGORY)
        continue;
      for (int s = 0; s < CW_N_STATS; s++)
        {
          const double *a = cw_series_get (from, o, s);
          double *v = cw_series_get (series, o, s);

          for (int i = 0; i < steps; i++)
            if (isfinite (a[i]) && isfinite (v[i]))
              v[i] = a[i] + t * (v[i] - a[i]);
        }
    }
  return series;
}

double
cw_replay_progress (double seconds)
{
  double x = CLAMP (seconds / CW_REPLAY_SECONDS, 0, 1);

  /* Smoothstep: the eye sees where the lines start and where they land. */
  return x * x * (3 - 2 * x);
}

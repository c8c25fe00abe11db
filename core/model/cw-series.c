/* cw-series.c — storage for per-step outputs
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-series"

#include "config.h"

#include "cw-series.h"

CwSeries *
cw_series_new (int n_steps,
               int runs)
{
  CwSeries *self;

  g_return_val_if_fail (n_steps > 0 && runs > 0, NULL);

  self = g_new0 (CwSeries, 1);
  self->n_steps = n_steps;
  self->runs = runs;
  self->model_version = g_strdup (CW_MODEL_VERSION);
  self->data = g_new0 (double, (gsize) CW_N_STATS * CW_N_OUTPUTS * n_steps);
  return self;
}

void
cw_series_free (CwSeries *self)
{
  if (self == NULL)
    return;
  g_free (self->model_version);
  g_free (self->scenario_hash);
  g_strfreev (self->stage_ids);
  g_free (self->data);
  g_free (self);
}

/* The n_steps values of @output for @stat; writable by the model. */
double *
cw_series_get (const CwSeries *self,
               CwOutput        output,
               CwStat          stat)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (output >= 0 && output < CW_N_OUTPUTS, NULL);
  g_return_val_if_fail (stat >= 0 && stat < CW_N_STATS, NULL);

  return self->data + ((gsize) stat * CW_N_OUTPUTS + output) * self->n_steps;
}

int
cw_series_years (const CwSeries *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return (self->n_steps - 1) / CW_STEPS_PER_YEAR;
}

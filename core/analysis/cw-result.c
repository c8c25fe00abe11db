/* cw-result.c — what the evaluator published for one scenario, immutable
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-result"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cw-ensemble.h"
#include "cw-result.h"

/* A scenario or a series that several results hold: a band chunk or new
 * names make a new result without copying the runs. */
typedef struct {
  gpointer       data;
  GDestroyNotify free_func;
} Part;

struct _CwResult
{
  Part      *scenario;
  Part      *central;
  Part      *baseline;     /* NULL: not yet */
  Part      *band;         /* NULL: not yet */
  Part      *shown;        /* the central run with the band around it; NULL: central alone */
  Part      *effect;       /* policy − no policy; NULL: no baseline yet */
  GPtrArray *stage_names;  /* const char*, borrowed from scenario and central */
};

G_DEFINE_BOXED_TYPE (CwResult, cw_result, cw_result_ref, cw_result_unref)

static Part *
part_new (gpointer       data,
          GDestroyNotify free_func)
{
  Part *part = g_atomic_rc_box_new (Part);

  part->data = data;
  part->free_func = free_func;
  return part;
}

static void
part_clear (Part *part)
{
  part->free_func (part->data);
}

static Part *
part_ref (Part *part)
{
  return part != NULL ? g_atomic_rc_box_acquire (part) : NULL;
}

static void
part_unref (Part *part)
{
  if (part != NULL)
    g_atomic_rc_box_release_full (part, (GDestroyNotify) part_clear);
}

static void
result_clear (CwResult *self)
{
  part_unref (self->scenario);
  part_unref (self->central);
  part_unref (self->baseline);
  part_unref (self->band);
  part_unref (self->shown);
  part_unref (self->effect);
  g_ptr_array_unref (self->stage_names);
}

/* A new result holding the same parts as @self. */
static CwResult *
result_dup (const CwResult *self)
{
  CwResult *copy = g_atomic_rc_box_new0 (CwResult);

  copy->scenario = part_ref (self->scenario);
  copy->central = part_ref (self->central);
  copy->baseline = part_ref (self->baseline);
  copy->band = part_ref (self->band);
  copy->shown = part_ref (self->shown);
  copy->effect = part_ref (self->effect);
  copy->stage_names = g_ptr_array_ref (self->stage_names);
  return copy;
}

CwResult *
cw_result_new (const CwScenario *scenario,
               CwSeries         *central)
{
  CwResult *self;

  g_return_val_if_fail (scenario != NULL && central != NULL, NULL);

  self = g_atomic_rc_box_new0 (CwResult);
  self->scenario = part_new (cw_scenario_copy (scenario), (GDestroyNotify) cw_scenario_free);
  self->central = part_new (central, (GDestroyNotify) cw_series_free);
  self->stage_names = cw_chart_stage_names (self->scenario->data, central);
  return self;
}

/* A series of @runs replicates described like @central, its values unset. */
static CwSeries *
series_like (const CwSeries *central,
             int             runs)
{
  CwSeries *series = cw_series_new (central->n_steps, runs);

  series->seed = central->seed;
  series->start_year = central->start_year;
  series->scenario_hash = g_strdup (central->scenario_hash);
  series->stage_ids = g_strdupv (central->stage_ids);
  return series;
}

static Part *
series_part (CwSeries *series)
{
  return part_new (series, (GDestroyNotify) cw_series_free);
}

/* @self with @baseline (taken) instead of its own, and the effect of the
 * central run against it. */
static CwResult *
result_with_baseline (const CwResult *self,
                      Part           *baseline)
{
  CwResult *copy = result_dup (self);
  const CwSeries *central = self->central->data;
  CwSeries *effect = series_like (central, 1);

  part_unref (copy->baseline);
  copy->baseline = baseline;
  cw_ensemble_summarise_effect (effect, cw_series_get (central, 0, CW_STAT_MEAN),
                                cw_series_get (baseline->data, 0, CW_STAT_MEAN), 1);
  part_unref (copy->effect);
  copy->effect = series_part (effect);
  return copy;
}

CwResult *
cw_result_new_with_baseline (const CwResult *self,
                             CwSeries       *baseline)
{
  g_return_val_if_fail (self != NULL && baseline != NULL, NULL);
  return result_with_baseline (self, series_part (baseline));
}

CwResult *
cw_result_new_sharing_baseline (const CwResult *self,
                                const CwResult *other)
{
  g_return_val_if_fail (self != NULL && other != NULL && other->baseline != NULL, NULL);
  return result_with_baseline (self, part_ref (other->baseline));
}

/* The central run's line with the band's 5–95 % around it. */
static CwSeries *
combine (const CwSeries *central,
         const CwSeries *band)
{
  gsize block = (gsize) CW_N_OUTPUTS * central->n_steps;
  CwSeries *shown = series_like (central, band->runs);

  memcpy (cw_series_get (shown, 0, CW_STAT_MEAN),
          cw_series_get (central, 0, CW_STAT_MEAN), block * sizeof (double));
  memcpy (cw_series_get (shown, 0, CW_STAT_P05),
          cw_series_get (band, 0, CW_STAT_P05), 2 * block * sizeof (double));
  return shown;
}

CwResult *
cw_result_new_with_band (const CwResult *self,
                         CwSeries       *band,
                         CwSeries       *effect)
{
  const CwSeries *central;
  CwResult *copy;

  g_return_val_if_fail (self != NULL && band != NULL, NULL);
  central = self->central->data;
  g_return_val_if_fail (band->n_steps == central->n_steps, NULL);
  g_return_val_if_fail (effect == NULL || (effect->n_steps == band->n_steps && effect->runs == band->runs), NULL);

  copy = result_dup (self);
  part_unref (copy->band);
  part_unref (copy->shown);
  copy->band = series_part (band);
  copy->shown = band->runs > 1 ? series_part (combine (central, band)) : NULL;
  /* One replicate says no more than the central run against its baseline. */
  if (effect != NULL && effect->runs > 1 && copy->baseline != NULL)
    {
      part_unref (copy->effect);
      copy->effect = series_part (effect);
    }
  else if (effect != NULL)
    cw_series_free (effect);
  return copy;
}

CwResult *
cw_result_new_relabelled (const CwResult   *self,
                          const CwScenario *scenario)
{
  CwResult *copy;

  g_return_val_if_fail (self != NULL && scenario != NULL, NULL);
  g_return_val_if_fail (cw_scenario_same_run (self->scenario->data, scenario), NULL);

  copy = result_dup (self);
  part_unref (copy->scenario);
  g_ptr_array_unref (copy->stage_names);
  copy->scenario = part_new (cw_scenario_copy (scenario), (GDestroyNotify) cw_scenario_free);
  copy->stage_names = cw_chart_stage_names (copy->scenario->data, copy->central->data);
  return copy;
}

CwResult *
cw_result_ref (CwResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

void
cw_result_unref (CwResult *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify) result_clear);
}

const CwScenario *
cw_result_get_scenario (const CwResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->scenario->data;
}

const CwSeries *
cw_result_get_central (const CwResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->central->data;
}

const CwSeries *
cw_result_get_baseline (const CwResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->baseline != NULL ? self->baseline->data : NULL;
}

const CwSeries *
cw_result_get_band (const CwResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->band != NULL ? self->band->data : NULL;
}

int
cw_result_get_band_runs (const CwResult *self)
{
  const CwSeries *band = cw_result_get_band (self);

  return band != NULL ? band->runs : 0;
}

int
cw_result_get_band_total (const CwResult *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return CLAMP (cw_result_get_scenario (self)->runs, 1, CW_MAX_RUNS);
}

const CwSeries *
cw_result_get_shown (const CwResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->shown != NULL ? self->shown->data : self->central->data;
}

const CwSeries *
cw_result_get_effect (const CwResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->effect != NULL ? self->effect->data : NULL;
}

double
cw_result_get_budget (const CwResult *self)
{
  g_return_val_if_fail (self != NULL, NAN);
  return cw_result_get_scenario (self)->profile[CW_PROFILE_BUDGET];
}

const char *const *
cw_result_get_stage_names (const CwResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char *const *) self->stage_names->pdata;
}

void
cw_result_chart_spec (const CwResult *self,
                      CwChartKind     kind,
                      CwChartSpec    *spec)
{
  const CwSeries *shown;

  g_return_if_fail (self != NULL && spec != NULL);

  shown = cw_result_get_shown (self);
  cw_chart_spec_init (spec, kind, shown);
  spec->baseline = cw_result_get_baseline (self);
  spec->show_baseline = spec->baseline != NULL;
  spec->show_band = shown->runs > 1;
  spec->budget = cw_result_get_budget (self);
  spec->stage_names = cw_result_get_stage_names (self);
}

gboolean
cw_result_effect_chart_spec (const CwResult *self,
                             CwChartKind     kind,
                             CwChartSpec    *spec)
{
  const CwSeries *effect;

  g_return_val_if_fail (self != NULL && spec != NULL, FALSE);

  /* The path through heterogeneity and openness has no effect to draw. */
  if ((effect = cw_result_get_effect (self)) == NULL || kind == CW_CHART_PHASE)
    return FALSE;
  cw_chart_spec_init (spec, kind, effect);
  spec->effect = TRUE;
  spec->show_baseline = FALSE;
  spec->show_band = effect->runs > 1;
  spec->stage_names = cw_result_get_stage_names (self);
  return TRUE;
}

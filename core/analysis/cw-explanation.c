/* cw-explanation.c — the coalitions an explanation needs and the parts they give
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-explainer"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-explanation-private.h"
#include "cw-model.h"
#include "cw-rng.h"
#include "cw-shapley.h"

/* Stream of the sampled orderings, apart from the model's and Shapley's. */
#define ORDERING_STREAM 3000

G_DEFINE_BOXED_TYPE (CwExplanation, cw_explanation, cw_explanation_ref, cw_explanation_unref)

static const char *const group_notes[CW_N_LEVER_GROUPS] = {
  N_("Capabilities are what firms can learn: technological capability, effort and "
     "absorptive capacity (Cohen & Levinthal 1990; docs/model.md 1 and 4.1)."),
  N_("The governance of the value chain — market, modular, relational, captive, "
     "hierarchy — sets what suppliers learn from their buyers (Gereffi, Humphrey & "
     "Sturgeon 2005; docs/model.md 1 and 5.1)."),
  N_("The cluster life cycle: technological variety and openness decide between "
     "renewal and lock-in (Menzel & Fornahl 2010; docs/model.md 1 and 5.2)."),
  N_("Lead-firm strategies, not public spending: they open international doors for "
     "linked suppliers and move higher-value functions in or out (docs/model.md 4.1)."),
  N_("Inside the cluster organisation members climb cooperation levels I–IV and form "
     "communities of practice (Rozkwitalska & Lis 2022; docs/model.md 1 and 4.1)."),
  N_("A programme of instruments that takes small firms abroad, as in the Swedish "
     "geo-IT cluster (docs/model.md 1 and 4.1)."),
  N_("The policy cycle, from awareness to mission-oriented value creation, builds the "
     "legitimacy that gates every lever (the Hamburg clusters; docs/model.md 1, 4 and 6)."),
};

const char *
cw_explain_group_note (int group)
{
  g_return_val_if_fail (group >= 0 && group < CW_N_LEVER_GROUPS, NULL);
  return _(group_notes[group]);
}

char *
cw_explain_group_sources (const CwScenario *sc,
                          int               group)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint32 used = cw_scenario_used_levers (sc);

  g_return_val_if_fail (group >= 0 && group < CW_N_LEVER_GROUPS, NULL);
  for (int l = 0; l < CW_N_LEVERS; l++)
    {
      const CwLeverInfo *info = cw_lever_info (l);

      if ((int) info->group != group || !(used & (1u << l)) || strstr (text->str, info->source))
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, info->source);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* s!(n − s − 1)!/n!: the Shapley weight of a coalition of @s of @n players. */
static double
shapley_weight (int s,
                int n)
{
  double w = 1.0 / n;

  for (int j = 1; j <= s; j++)
    w *= (double) j / (n - j);
  return w;
}

/* Lever @l of @held and @levers left off: not held, as in a scenario that never set it. */
static void
leave_off (guint32 *held,
           double  *levers,
           guint32  off)
{
  for (int l = 0; l < CW_N_LEVERS; l++)
    if ((off & (1u << l)) || levers[l] == 0)
      {
        *held &= ~(1u << l);
        levers[l] = 0;
      }
}

/* The scenario coalition @key runs: every lever it leaves off, and every
 * lever at 0, not held. A run with levers_off reads 0 for them either way. */
static CwScenario *
coalition_run (const CwExplanation *self,
               guint64              key)
{
  CwScenario *run = cw_scenario_copy ((key & CW_COALITION_NO_STANDING) ? self->cycle_only : self->scenario);
  guint32 off = ~(guint32) (key & 0xffffffffu);

  leave_off (&run->standing_held, run->standing, off);
  for (guint i = 0; i < run->stages->len; i++)
    {
      CwStage *stage = g_ptr_array_index (run->stages, i);

      leave_off (&stage->held, stage->levers, off);
    }
  return run;
}

static CwCoalition *
add_key (CwExplanation *self,
         guint64        key)
{
  CwCoalition coalition = { key, NULL, 0, NULL };
  guint at = GPOINTER_TO_UINT (g_hash_table_lookup (self->index, &key));

  if (at > 0)
    return &g_array_index (self->coalitions, CwCoalition, at - 1);
  coalition.run = coalition_run (self, key);
  coalition.sum = g_new0 (double, (gsize) CW_N_OUTPUTS * self->n_steps);
  g_array_append_val (self->coalitions, coalition);
  g_hash_table_insert (self->index, g_memdup2 (&key, sizeof key),
                       GUINT_TO_POINTER (self->coalitions->len));
  return &g_array_index (self->coalitions, CwCoalition, self->coalitions->len - 1);
}

/* The levers of the groups whose bits are set in @bits (bit i: used group i). */
static guint32
groups_mask (const CwExplanation *self,
             guint                bits)
{
  guint32 mask = 0;

  for (int i = 0; i < self->n_groups; i++)
    if (bits & (1u << i))
      mask |= self->group_masks[i];
  return mask;
}

/* The levers of @self->levers whose bits are set in @bits. */
static guint32
levers_mask (const CwExplanation *self,
             guint                bits)
{
  guint32 mask = 0;

  for (int j = 0; j < self->n_levers; j++)
    if (bits & (1u << j))
      mask |= 1u << self->levers[j];
  return mask;
}

static int
expanded_index (const CwExplanation *self)
{
  for (int i = 0; i < self->n_groups; i++)
    if (self->groups[i] == self->expanded)
      return i;
  return -1;
}

/* Orderings of the groups and of the expanded group's levers, drawn with the
 * scenario's seed: the coalitions each one passes through. */
static void
plan_sampled_levers (CwExplanation *self)
{
  int e = expanded_index (self), s = self->n_levers;
  int order[CW_N_LEVER_GROUPS];
  CwRng rng;

  self->n_orderings = CW_EXPLAIN_PERMUTATIONS;
  self->ordering_before = g_new0 (guint32, self->n_orderings);
  self->ordering_levers = g_new (int, (gsize) self->n_orderings * s);
  cw_rng_seed (&rng, self->seed, ORDERING_STREAM);
  for (int k = 0; k < self->n_orderings; k++)
    {
      int *levers = self->ordering_levers + (gsize) k * s;
      guint32 before = 0;
      guint32 prefix;

      for (int i = 0; i < self->n_groups; i++)
        order[i] = i;
      for (int i = self->n_groups - 1; i > 0; i--)
        {
          int j = (int) (cw_rng_uniform (&rng) * (i + 1)), tmp = order[i];

          order[i] = order[j];
          order[j] = tmp;
        }
      for (int i = 0; order[i] != e; i++)
        before |= self->group_masks[order[i]];
      for (int j = 0; j < s; j++)
        levers[j] = j;
      for (int j = s - 1; j > 0; j--)
        {
          int m = (int) (cw_rng_uniform (&rng) * (j + 1)), tmp = levers[j];

          levers[j] = levers[m];
          levers[m] = tmp;
        }
      self->ordering_before[k] = before;
      prefix = before;
      add_key (self, prefix);
      for (int j = 0; j < s; j++)
        {
          prefix |= 1u << self->levers[levers[j]];
          add_key (self, prefix);
        }
    }
}

static void
plan_levers (CwExplanation *self)
{
  int e = expanded_index (self);
  guint32 used = cw_scenario_used_levers (self->scenario);
  guint others;

  if (e < 0)
    {
      self->expanded = -1;
      return;
    }
  for (int l = 0; l < CW_N_LEVERS; l++)
    if ((self->group_masks[e] & used) & (1u << l))
      self->levers[self->n_levers++] = l;
  self->levers_exact = self->n_groups - 1 + self->n_levers <= CW_SHAPLEY_EXACT_MAX;
  if (!self->levers_exact)
    {
      plan_sampled_levers (self);
      return;
    }
  others = ((1u << self->n_groups) - 1) & ~(1u << e);
  for (guint h = 0; h < (1u << self->n_groups); h++)
    if ((h & others) == h)
      for (guint t = 0; t < (1u << self->n_levers); t++)
        add_key (self, groups_mask (self, h) | levers_mask (self, t));
}

static gboolean
acts (const CwScenario *sc,
      gboolean          standing)
{
  if (standing)
    {
      for (int l = 0; l < CW_N_LEVERS; l++)
        if ((sc->standing_held & (1u << l)) && sc->standing[l] != 0)
          return TRUE;
      return FALSE;
    }
  for (guint i = 0; i < sc->stages->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (sc->stages, i);

      for (int l = 0; l < CW_N_LEVERS; l++)
        if ((stage->held & (1u << l)) && stage->levers[l] != 0)
          return TRUE;
    }
  return FALSE;
}

static CwExplanation *
explanation_new (const CwScenario *sc)
{
  CwExplanation *self = g_atomic_rc_box_new0 (CwExplanation);

  self->scenario = cw_scenario_copy (sc);
  self->expanded = -1;
  self->coalitions = g_array_new (FALSE, FALSE, sizeof (CwCoalition));
  self->index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  return self;
}

CwExplanation *
cw_explanation_plan (const CwScenario *sc,
                     int               expanded,
                     int               runs,
                     GError          **error)
{
  g_autoptr(CwExplanation) self = NULL;
  guint32 used, all;
  CwRunOptions opts;

  g_return_val_if_fail (sc != NULL && runs > 0, NULL);

  if (!cw_run_validate (sc, error))
    return NULL;
  self = explanation_new (sc);
  self->cycle_only = cw_scenario_copy (sc);
  self->cycle_only->standing_held = 0;
  cw_run_options_init (&opts);
  self->n_steps = cw_run_steps (sc, &opts);
  self->seed = sc->seed;
  self->total_runs = MIN (runs, CW_MAX_RUNS);
  self->expanded = expanded;

  used = cw_scenario_used_levers (sc);
  for (int g = 0; g < CW_N_LEVER_GROUPS; g++)
    {
      guint32 mask = 0;

      for (int l = 0; l < CW_N_LEVERS; l++)
        if ((int) cw_lever_info (l)->group == g)
          mask |= 1u << l;
      if ((mask & used) == 0)
        continue;
      self->groups[self->n_groups] = g;
      self->group_masks[self->n_groups++] = mask & used;
    }
  for (guint bits = 0; bits < (1u << self->n_groups); bits++)
    add_key (self, groups_mask (self, bits));
  all = groups_mask (self, (1u << self->n_groups) - 1);
  self->split = acts (sc, TRUE) && acts (sc, FALSE);
  if (self->split)
    {
      add_key (self, all | CW_COALITION_NO_CYCLE);
      add_key (self, all | CW_COALITION_NO_STANDING);
    }
  plan_levers (self);
  return g_steal_pointer (&self);
}

CwExplanation *
cw_explanation_copy (const CwExplanation *self)
{
  CwExplanation *copy = explanation_new (self->scenario);
  gsize block = (gsize) CW_N_OUTPUTS * self->n_steps;

  copy->cycle_only = cw_scenario_copy (self->cycle_only);
  copy->seed = self->seed;
  copy->n_steps = self->n_steps;
  copy->total_runs = self->total_runs;
  copy->expanded = self->expanded;
  copy->n_groups = self->n_groups;
  memcpy (copy->groups, self->groups, sizeof self->groups);
  memcpy (copy->group_masks, self->group_masks, sizeof self->group_masks);
  copy->split = self->split;
  copy->n_levers = self->n_levers;
  memcpy (copy->levers, self->levers, sizeof self->levers);
  copy->levers_exact = self->levers_exact;
  copy->n_orderings = self->n_orderings;
  if (self->n_orderings > 0)
    {
      copy->ordering_before = g_memdup2 (self->ordering_before, sizeof (guint32) * self->n_orderings);
      copy->ordering_levers = g_memdup2 (self->ordering_levers,
                                         sizeof (int) * self->n_orderings * self->n_levers);
    }
  for (guint i = 0; i < self->coalitions->len; i++)
    {
      const CwCoalition *c = &g_array_index (self->coalitions, CwCoalition, i);
      CwCoalition *to = add_key (copy, c->key);

      to->done = c->done;
      memcpy (to->sum, c->sum, block * sizeof (double));
    }
  return copy;
}

/* Whether @a and @b give the same runs. */
static gboolean
runs_alike (const CwCoalition *a,
            const CwCoalition *b)
{
  return (a->key & CW_COALITION_NO_CYCLE) == (b->key & CW_COALITION_NO_CYCLE) &&
         cw_scenario_same_run (a->run, b->run);
}

void
cw_explanation_adopt (CwExplanation       *self,
                      const CwExplanation *done)
{
  gsize block = (gsize) CW_N_OUTPUTS * self->n_steps;
  int complete = MIN (done->total_runs, self->total_runs);

  if (done->n_steps != self->n_steps || done->seed != self->seed)
    return;
  for (guint i = 0; i < self->coalitions->len; i++)
    {
      CwCoalition *c = &g_array_index (self->coalitions, CwCoalition, i);

      for (guint j = 0; j < done->coalitions->len; j++)
        {
          const CwCoalition *d = &g_array_index (done->coalitions, CwCoalition, j);

          if (d->done != complete || d->done <= c->done || !runs_alike (c, d))
            continue;
          c->done = d->done;
          memcpy (c->sum, d->sum, block * sizeof (double));
          break;
        }
    }
}

int
cw_explanation_get_runs (const CwExplanation *self)
{
  int runs = self->total_runs;

  for (guint i = 0; i < self->coalitions->len; i++)
    runs = MIN (runs, g_array_index (self->coalitions, CwCoalition, i).done);
  return runs;
}

int
cw_explanation_next_end (const CwExplanation *self)
{
  int done = cw_explanation_get_runs (self);
  int ends[] = { 1, self->total_runs / 4, self->total_runs };

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    if (ends[i] > done)
      return ends[i];
  return self->total_runs;
}

/* The mean of @output at @step over the replicates of coalition @key. */
static double
value (const CwExplanation *self,
       guint64              key,
       CwOutput             output,
       int                  step)
{
  guint at = GPOINTER_TO_UINT (g_hash_table_lookup (self->index, &key));
  const CwCoalition *c;

  g_assert (at > 0);
  c = &g_array_index (self->coalitions, CwCoalition, at - 1);
  return c->done > 0 ? c->sum[(gsize) output * self->n_steps + step] / c->done : NAN;
}

static CwExplainPart
part_of_group (int    group,
               double v)
{
  return (CwExplainPart) { cw_lever_group_id (group), cw_lever_group_name (group), group, -1, v, 0 };
}

static void
attribute_groups (const CwExplanation *self,
                  CwAttribution       *a)
{
  int n = self->n_groups;

  for (int i = 0; i < n; i++)
    {
      double phi = 0;

      for (guint bits = 0; bits < (1u << n); bits++)
        if (!(bits & (1u << i)))
          phi += shapley_weight (__builtin_popcount (bits), n) *
                 (value (self, groups_mask (self, bits | (1u << i)), a->output, a->step) -
                  value (self, groups_mask (self, bits), a->output, a->step));
      g_array_append_vals (a->groups, (CwExplainPart[]) { part_of_group (self->groups[i], phi) }, 1);
    }
}

static CwExplainPart
part_of_lever (int    lever,
               double v,
               double error)
{
  const CwLeverInfo *info = cw_lever_info (lever);

  return (CwExplainPart) { info->id, _(info->name), info->group, lever, v, error };
}

/* Owen values: over the sets H of other groups before the expanded one and
 * the sets T of its levers before lever j. */
static void
attribute_levers_exact (const CwExplanation *self,
                        CwAttribution       *a,
                        int                  e)
{
  int m = self->n_groups, s = self->n_levers;
  guint others = ((1u << m) - 1) & ~(1u << e);

  for (int j = 0; j < s; j++)
    {
      double phi = 0;

      for (guint h = 0; h < (1u << m); h++)
        {
          double wh;

          if ((h & others) != h)
            continue;
          wh = shapley_weight (__builtin_popcount (h), m);
          for (guint t = 0; t < (1u << s); t++)
            {
              guint32 base;

              if (t & (1u << j))
                continue;
              base = groups_mask (self, h) | levers_mask (self, t);
              phi += wh * shapley_weight (__builtin_popcount (t), s) *
                     (value (self, base | (1u << self->levers[j]), a->output, a->step) -
                      value (self, base, a->output, a->step));
            }
        }
      g_array_append_vals (a->levers, (CwExplainPart[]) { part_of_lever (self->levers[j], phi, 0) }, 1);
    }
}

/* The mean marginal contribution over the sampled orderings, with its
 * standard error; then the difference between the group's exact part and the
 * levers' sum shared equally, so the levers add up to their group. */
static void
attribute_levers_sampled (const CwExplanation *self,
                          CwAttribution       *a,
                          double               group_part)
{
  int s = self->n_levers, m = self->n_orderings;
  g_autofree double *sum = g_new0 (double, s);
  g_autofree double *sum2 = g_new0 (double, s);
  double total = 0;

  for (int k = 0; k < m; k++)
    {
      guint32 prefix = self->ordering_before[k];
      double before = value (self, prefix, a->output, a->step);

      for (int i = 0; i < s; i++)
        {
          int j = self->ordering_levers[(gsize) k * s + i];
          double after, d;

          prefix |= 1u << self->levers[j];
          after = value (self, prefix, a->output, a->step);
          d = after - before;
          sum[j] += d;
          sum2[j] += d * d;
          before = after;
        }
    }
  for (int j = 0; j < s; j++)
    total += sum[j] / m;
  for (int j = 0; j < s; j++)
    {
      double mean = sum[j] / m;
      double var = MAX (0.0, (sum2[j] / m - mean * mean) * m / (m - 1));

      g_array_append_vals (a->levers, (CwExplainPart[]) {
        part_of_lever (self->levers[j], mean + (group_part - total) / s, sqrt (var / m)) }, 1);
    }
}

CwAttribution *
cw_explanation_attribute (const CwExplanation *self,
                          CwOutput             output,
                          int                  step)
{
  CwAttribution *a;
  guint32 all;
  int e;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (output >= 0 && output < CW_N_OUTPUTS, NULL);
  g_return_val_if_fail (cw_output_info (output)->kind != CW_OUTPUT_KIND_CATEGORY, NULL);
  g_return_val_if_fail (step >= 0 && step < self->n_steps, NULL);

  a = g_new0 (CwAttribution, 1);
  a->output = output;
  a->step = step;
  a->year = cw_explanation_get_start_year (self) + (double) step / CW_STEPS_PER_YEAR;
  a->groups = g_array_new (FALSE, FALSE, sizeof (CwExplainPart));
  a->levers = g_array_new (FALSE, FALSE, sizeof (CwExplainPart));
  a->runs = cw_explanation_get_runs (self);
  a->total_runs = self->total_runs;
  all = groups_mask (self, (1u << self->n_groups) - 1);
  a->baseline = value (self, 0, output, step);
  a->policy = value (self, all, output, step);
  a->total = a->policy - a->baseline;
  attribute_groups (self, a);

  if (self->split)
    {
      double standing = value (self, all | CW_COALITION_NO_CYCLE, output, step);
      double cycle = value (self, all | CW_COALITION_NO_STANDING, output, step);

      a->standing = 0.5 * ((standing - a->baseline) + (a->policy - cycle));
      a->cycle = 0.5 * ((cycle - a->baseline) + (a->policy - standing));
    }
  else if (acts (self->scenario, TRUE))
    a->standing = a->total;
  else
    a->cycle = a->total;

  e = expanded_index (self);
  a->levers_exact = self->levers_exact;
  if (e >= 0 && self->levers_exact)
    attribute_levers_exact (self, a, e);
  else if (e >= 0)
    attribute_levers_sampled (self, a, g_array_index (a->groups, CwExplainPart, e).value);
  return a;
}

void
cw_attribution_free (CwAttribution *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->groups);
  g_array_unref (self->levers);
  g_free (self);
}

CwExplanation *
cw_explanation_ref (CwExplanation *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
explanation_clear (CwExplanation *self)
{
  for (guint i = 0; i < self->coalitions->len; i++)
    {
      g_free (g_array_index (self->coalitions, CwCoalition, i).sum);
      cw_scenario_free (g_array_index (self->coalitions, CwCoalition, i).run);
    }
  g_array_unref (self->coalitions);
  g_hash_table_unref (self->index);
  cw_scenario_free (self->scenario);
  g_clear_pointer (&self->cycle_only, cw_scenario_free);
  g_free (self->ordering_before);
  g_free (self->ordering_levers);
}

void
cw_explanation_unref (CwExplanation *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) explanation_clear);
}

const CwScenario *
cw_explanation_get_scenario (const CwExplanation *self)
{
  return self->scenario;
}

int
cw_explanation_get_expanded (const CwExplanation *self)
{
  return self->expanded;
}

int
cw_explanation_get_total_runs (const CwExplanation *self)
{
  return self->total_runs;
}

gboolean
cw_explanation_is_complete (const CwExplanation *self)
{
  return cw_explanation_get_runs (self) == self->total_runs;
}

int
cw_explanation_get_n_steps (const CwExplanation *self)
{
  return self->n_steps;
}

int
cw_explanation_get_start_year (const CwExplanation *self)
{
  return (int) self->scenario->profile[CW_PROFILE_START_YEAR];
}

int
cw_explanation_step_at (const CwExplanation *self,
                        double               year)
{
  double step = round ((year - cw_explanation_get_start_year (self)) * CW_STEPS_PER_YEAR);

  if (!isfinite (step))
    return self->n_steps - 1;
  return (int) CLAMP (step, 0, self->n_steps - 1);
}

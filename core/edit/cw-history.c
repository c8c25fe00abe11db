/* cw-history.c — every state of the session that was evaluated, in words
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-history"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-history.h"

struct _CwHistory
{
  GPtrArray *entries;   /* CwHistoryEntry*, oldest first */
};

static void
entry_free (CwHistoryEntry *entry)
{
  g_date_time_unref (entry->time);
  g_free (entry->change);
  cw_scenario_free (entry->scenario);
  g_free (entry);
}

CwHistory *
cw_history_new (void)
{
  CwHistory *self = g_new0 (CwHistory, 1);

  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  return self;
}

void
cw_history_free (CwHistory *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->entries);
  g_free (self);
}

guint
cw_history_get_n (const CwHistory *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->entries->len;
}

const CwHistoryEntry *
cw_history_get (const CwHistory *self,
                guint            index)
{
  g_return_val_if_fail (self != NULL && index < self->entries->len, NULL);
  return g_ptr_array_index (self->entries, index);
}

char *
cw_history_entry_headline (const CwHistoryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);
  /* Translators: the headline outcome of a state and its change against no policy */
  return g_strdup_printf (_("Upgrading %.2f (%+.2f)"), entry->headline, entry->headline - entry->baseline);
}

gboolean
cw_history_add (CwHistory        *self,
                const CwScenario *scenario,
                double            headline,
                double            baseline)
{
  const CwHistoryEntry *last = self->entries->len > 0 ? cw_history_get (self, self->entries->len - 1) : NULL;
  CwHistoryEntry *entry;

  g_return_val_if_fail (self != NULL && scenario != NULL, FALSE);

  if (last != NULL && cw_scenario_same_run (last->scenario, scenario))
    return FALSE;
  entry = g_new0 (CwHistoryEntry, 1);
  entry->time = g_date_time_new_now_local ();
  entry->change = cw_history_describe (last != NULL ? last->scenario : NULL, scenario);
  entry->headline = headline;
  entry->baseline = baseline;
  entry->scenario = cw_scenario_copy (scenario);
  g_ptr_array_set_size (entry->scenario->variants, 0);
  g_ptr_array_add (self->entries, entry);
  return TRUE;
}

/* "R&D subsidy 0.10 → 1.00"; a lever not held counts as 0. */
static void
describe_standing (GPtrArray        *parts,
                   const CwScenario *before,
                   const CwScenario *after)
{
  for (int l = 0; l < CW_N_LEVERS; l++)
    {
      double a = before->standing_held & (1u << l) ? before->standing[l] : 0;
      double b = after->standing_held & (1u << l) ? after->standing[l] : 0;

      if (a != b)
        /* Translators: a standing lever's name, its intensity before and after */
        g_ptr_array_add (parts, g_strdup_printf (_("%s %.2f → %.2f"), _(cw_lever_info (l)->name), a, b));
    }
}

/* Stages added, removed, or with other levers or stays. */
static void
describe_stages (GPtrArray        *parts,
                 const CwScenario *before,
                 const CwScenario *after)
{
  for (guint i = 0; i < after->stages->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (after->stages, i);
      const CwStage *old = cw_scenario_find_stage (before, stage->id, NULL);

      if (old == NULL)
        g_ptr_array_add (parts, g_strdup_printf (_("stage “%s” added"), stage->name));
      else if (old->held != stage->held || memcmp (old->levers, stage->levers, sizeof old->levers) != 0)
        g_ptr_array_add (parts, g_strdup_printf (_("levers of “%s” changed"), stage->name));
      else if (old->min_quarters != stage->min_quarters || old->max_quarters != stage->max_quarters)
        g_ptr_array_add (parts, g_strdup_printf (_("stay in “%s” changed"), stage->name));
    }
  for (guint i = 0; i < before->stages->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (before->stages, i);

      if (cw_scenario_find_stage (after, stage->id, NULL) == NULL)
        g_ptr_array_add (parts, g_strdup_printf (_("stage “%s” removed"), stage->name));
    }
}

char *
cw_history_describe (const CwScenario *before,
                     const CwScenario *after)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (after != NULL, NULL);

  if (before == NULL)
    return g_strdup (_("Start"));
  describe_standing (parts, before, after);
  describe_stages (parts, before, after);
  if (before->edges->len != after->edges->len || g_strcmp0 (before->start, after->start) != 0)
    g_ptr_array_add (parts, g_strdup (_("arrows changed")));
  if (memcmp (before->profile, after->profile, sizeof before->profile) != 0)
    g_ptr_array_add (parts, g_strdup (_("cluster profile changed")));
  /* An empty array may have no data at all: memcmp must not see it. */
  if (before->overrides->len != after->overrides->len ||
      (before->overrides->len > 0 &&
       memcmp (before->overrides->data, after->overrides->data,
               sizeof (CwParamOverride) * before->overrides->len) != 0))
    g_ptr_array_add (parts, g_strdup (_("model parameters changed")));
  if (before->years != after->years)
    g_ptr_array_add (parts, g_strdup_printf (_("years %d → %d"), before->years, after->years));
  if (parts->len == 0)
    /* Conditions of arrows, seeds: what the lines above do not name. */
    return g_strdup (_("run settings or conditions changed"));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("; ", (char **) parts->pdata);
}

gboolean
cw_document_restore_run (CwDocument       *self,
                         const CwScenario *state)
{
  g_autoptr(CwScenario) copy = NULL;
  CwScenario *sc;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (state != NULL, FALSE);

  if (cw_scenario_same_run (cw_document_get_scenario (self), state))
    return FALSE;
  copy = cw_scenario_copy (state);
  sc = cw_document_begin_action (self, NC_("undo", "Restore a Run"), NULL);
  memcpy (sc->profile, copy->profile, sizeof sc->profile);
  sc->standing_held = copy->standing_held;
  memcpy (sc->standing, copy->standing, sizeof sc->standing);
  g_ptr_array_unref (sc->stages);
  sc->stages = g_steal_pointer (&copy->stages);
  copy->stages = g_ptr_array_new ();
  g_ptr_array_unref (sc->edges);
  sc->edges = g_steal_pointer (&copy->edges);
  copy->edges = g_ptr_array_new ();
  g_free (sc->start);
  sc->start = g_steal_pointer (&copy->start);
  g_array_unref (sc->overrides);
  sc->overrides = g_steal_pointer (&copy->overrides);
  copy->overrides = g_array_new (FALSE, FALSE, sizeof (CwParamOverride));
  sc->seed = copy->seed;
  sc->years = copy->years;
  sc->runs = copy->runs;
  cw_document_end_edit (self);
  return TRUE;
}

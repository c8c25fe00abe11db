/* cw-undo.c — undo and redo as snapshots of the scenario
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-undo"

#include "config.h"

#include "cw-undo.h"

/* Enough for a two-hour workshop; the oldest steps go first. */
#define MAX_STEPS 500

typedef struct {
  CwScenario *scenario;
  guint       id;
  char       *key;
  const char *action;    /* static and untranslated, e.g. "Move Stage"; NULL: unnamed */
} Step;

struct _CwUndo
{
  GPtrArray *undo;   /* Step*, oldest first */
  GPtrArray *redo;   /* Step*, the next redo last */
  gboolean   sealed;
};

static void
step_free (Step *step)
{
  cw_scenario_free (step->scenario);
  g_free (step->key);
  g_free (step);
}

static Step *
step_new (CwScenario *scenario,
          guint       id,
          const char *action,
          const char *key)
{
  Step *step = g_new0 (Step, 1);

  step->scenario = scenario;
  step->id = id;
  step->action = action;
  step->key = g_strdup (key);
  return step;
}

CwUndo *
cw_undo_new (void)
{
  CwUndo *self = g_new0 (CwUndo, 1);

  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->sealed = TRUE;
  return self;
}

void
cw_undo_free (CwUndo *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_free (self);
}

void
cw_undo_clear (CwUndo *self)
{
  g_return_if_fail (self != NULL);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->sealed = TRUE;
}

gboolean
cw_undo_record (CwUndo           *self,
                const CwScenario *before,
                guint             before_id,
                const char       *action,
                const char       *merge_key)
{
  Step *top;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (before != NULL, FALSE);

  g_ptr_array_set_size (self->redo, 0);
  top = self->undo->len ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL;
  if (!self->sealed && top != NULL && merge_key != NULL && g_strcmp0 (top->key, merge_key) == 0)
    return FALSE;

  if (self->undo->len == MAX_STEPS)
    g_ptr_array_remove_index (self->undo, 0);
  g_ptr_array_add (self->undo, step_new (cw_scenario_copy (before), before_id, action, merge_key));
  self->sealed = merge_key == NULL;
  return TRUE;
}

void
cw_undo_seal (CwUndo *self)
{
  g_return_if_fail (self != NULL);
  self->sealed = TRUE;
}

gboolean
cw_undo_can_undo (CwUndo *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->undo->len > 0;
}

gboolean
cw_undo_can_redo (CwUndo *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->redo->len > 0;
}

/* Moves the newest step of @from to @to, leaving @current in its place. */
static CwScenario *
swap_step (CwUndo     *self,
           GPtrArray  *from,
           GPtrArray  *to,
           CwScenario *current,
           guint       current_id,
           guint      *id)
{
  Step *step = g_ptr_array_steal_index (from, from->len - 1);
  CwScenario *scenario = g_steal_pointer (&step->scenario);

  *id = step->id;
  g_ptr_array_add (to, step_new (current, current_id, step->action, step->key));
  step_free (step);
  self->sealed = TRUE;
  return scenario;
}

CwScenario *
cw_undo_undo (CwUndo     *self,
              CwScenario *current,
              guint       current_id,
              guint      *id)
{
  g_return_val_if_fail (self != NULL && current != NULL && id != NULL, NULL);
  g_return_val_if_fail (self->undo->len > 0, NULL);
  return swap_step (self, self->undo, self->redo, current, current_id, id);
}

CwScenario *
cw_undo_redo (CwUndo     *self,
              CwScenario *current,
              guint       current_id,
              guint      *id)
{
  g_return_val_if_fail (self != NULL && current != NULL && id != NULL, NULL);
  g_return_val_if_fail (self->redo->len > 0, NULL);
  return swap_step (self, self->redo, self->undo, current, current_id, id);
}

static const char *
newest_action (GPtrArray *steps)
{
  return steps->len > 0 ? ((Step *) g_ptr_array_index (steps, steps->len - 1))->action : NULL;
}

const char *
cw_undo_get_undo_action (CwUndo *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return newest_action (self->undo);
}

const char *
cw_undo_get_redo_action (CwUndo *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return newest_action (self->redo);
}

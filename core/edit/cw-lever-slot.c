/* cw-lever-slot.c — where a lever lives in a scenario: standing, or in a stage
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-lever-slot"

#include "config.h"

#include "cw-lever-slot.h"

/* The stage of the slot, NULL for the standing levers. FALSE when the stage
 * is not in the scenario. */
static gboolean
find_slot (const CwScenario  *sc,
           const char        *stage_id,
           CwStage          **stage)
{
  *stage = stage_id != NULL ? cw_scenario_find_stage (sc, stage_id, NULL) : NULL;
  return stage_id == NULL || *stage != NULL;
}

/* The held bits and values of the slot, to change them. */
static gboolean
find_writable_slot (CwScenario  *sc,
                    const char  *stage_id,
                    guint32    **held,
                    double     **values)
{
  CwStage *stage;

  if (!find_slot (sc, stage_id, &stage))
    return FALSE;
  *held = stage != NULL ? &stage->held : &sc->standing_held;
  *values = stage != NULL ? stage->levers : sc->standing;
  return TRUE;
}

gboolean
cw_lever_slot_exists (const CwScenario *scenario,
                      const char       *stage_id)
{
  CwStage *stage;

  g_return_val_if_fail (scenario != NULL, FALSE);
  return find_slot (scenario, stage_id, &stage);
}

guint32
cw_lever_slot_held (const CwScenario *scenario,
                    const char       *stage_id)
{
  CwStage *stage;

  g_return_val_if_fail (scenario != NULL, 0);
  if (!find_slot (scenario, stage_id, &stage))
    return 0;
  return stage != NULL ? stage->held : scenario->standing_held;
}

gboolean
cw_lever_slot_get (const CwScenario *scenario,
                   const char       *stage_id,
                   CwLever           lever,
                   double           *value)
{
  CwStage *stage;

  g_return_val_if_fail (scenario != NULL, FALSE);
  g_return_val_if_fail (lever >= 0 && lever < CW_N_LEVERS, FALSE);

  if (!(cw_lever_slot_held (scenario, stage_id) & (1u << lever)))
    return FALSE;
  find_slot (scenario, stage_id, &stage);
  if (value != NULL)
    *value = stage != NULL ? stage->levers[lever] : scenario->standing[lever];
  return TRUE;
}

/* Holds @lever at @value, or stops holding it: FALSE when nothing changes. */
static gboolean
change_slot (CwScenario *sc,
             const char *stage_id,
             CwLever     lever,
             gboolean    hold,
             double      value)
{
  guint32 bit = 1u << lever;
  guint32 *held;
  double *values;

  if (!find_writable_slot (sc, stage_id, &held, &values) ||
      (hold ? (*held & bit) && values[lever] == value : !(*held & bit)))
    return FALSE;
  *held = hold ? *held | bit : *held & ~bit;
  /* A lever that is not held has no value: the file never holds one either. */
  values[lever] = hold ? value : 0;
  return TRUE;
}

gboolean
cw_lever_slot_set (CwScenario *scenario,
                   const char *stage_id,
                   CwLever     lever,
                   double      value)
{
  g_return_val_if_fail (scenario != NULL, FALSE);
  g_return_val_if_fail (lever >= 0 && lever < CW_N_LEVERS, FALSE);
  return change_slot (scenario, stage_id, lever, TRUE, value);
}

gboolean
cw_lever_slot_clear (CwScenario *scenario,
                     const char *stage_id,
                     CwLever     lever)
{
  g_return_val_if_fail (scenario != NULL, FALSE);
  g_return_val_if_fail (lever >= 0 && lever < CW_N_LEVERS, FALSE);
  return change_slot (scenario, stage_id, lever, FALSE, 0);
}

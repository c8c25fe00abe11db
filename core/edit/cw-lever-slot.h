/* cw-lever-slot.h — where a lever lives in a scenario: standing, or in a stage
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A slot is the set of levers of one stage (@stage_id) or the standing levers
 * (@stage_id NULL). A lever in a slot is held or not; only held levers have a
 * value. These functions keep the held bits and the values together, so no
 * caller touches CwStage.held or CwScenario.standing_held by hand.
 */
#pragma once

#include "cw-scenario.h"

G_BEGIN_DECLS

/* TRUE when the slot exists: always for the standing levers, for a stage
 * while the scenario has it. */
gboolean  cw_lever_slot_exists (const CwScenario *scenario,
                                const char       *stage_id);
/* The levers the slot holds, one bit per CwLever; 0 when it does not exist. */
guint32   cw_lever_slot_held   (const CwScenario *scenario,
                                const char       *stage_id);
/* TRUE when the slot holds @lever; its value goes to @value (may be NULL). */
gboolean  cw_lever_slot_get    (const CwScenario *scenario,
                                const char       *stage_id,
                                CwLever           lever,
                                double           *value);
/* Holds @lever at @value. FALSE when the slot does not exist or already
 * holds @lever at exactly @value: nothing changed. */
gboolean  cw_lever_slot_set    (CwScenario       *scenario,
                                const char       *stage_id,
                                CwLever           lever,
                                double            value);
/* Stops holding @lever. FALSE when it was not held. */
gboolean  cw_lever_slot_clear  (CwScenario       *scenario,
                                const char       *stage_id,
                                CwLever           lever);

G_END_DECLS

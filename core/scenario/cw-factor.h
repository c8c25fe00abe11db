/* cw-factor.h — a value of a scenario set by its id: a lever, profile.ID or param.ID
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-scenario.h"

G_BEGIN_DECLS

/* Whether @id names something cw_factor_set() can set; @min and @max
 * receive its allowed range and @integer whether it takes whole numbers
 * only (each may be NULL). Sets @error (CW_SCENARIO_ERROR_INVALID) when it
 * does not. */
gboolean cw_factor_range (const char  *id,
                          double      *min,
                          double      *max,
                          gboolean    *integer,
                          GError     **error);
/* Sets @id on @sc: a lever id (its standing intensity), profile.ID or
 * param.ID (an override). FALSE, with @error, when the id is unknown or
 * @value is outside its range. */
gboolean cw_factor_set   (CwScenario  *sc,
                          const char  *id,
                          double       value,
                          GError     **error);

G_END_DECLS

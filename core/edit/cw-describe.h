/* cw-describe.h — stages and arrows in words: tooltips, screen readers, inspector
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-scenario.h"

G_BEGIN_DECLS

/* "is at least", ... */
const char *cw_describe_compare   (CwCompare         op);
/* "When Membership share is at least 0.40", or what an arrow without a
 * condition means. */
char       *cw_describe_condition (const CwEdge     *edge);
/* Kind, stay and levers of @stage, one per line. */
char       *cw_describe_stage     (const CwStage    *stage);
/* "From “A” to “B”" */
char       *cw_describe_arrow     (const CwScenario *scenario,
                                   const CwEdge     *edge);

/* "2 parameters differ from the model's default in this scenario: lambda0,
 * gov_threshold.", or NULL
 * when the scenario overrides none. */
char       *cw_describe_overrides (const CwScenario *scenario);

G_END_DECLS

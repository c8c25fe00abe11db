/* cw-report.h — the workshop minutes: a scenario's report as a PDF
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A4 portrait pages: the scenario and its cycle diagram, the levers with their
 * costs, the key outcome charts and the outcomes table against the no-policy
 * run, drawn with the same cairo code as the window.
 */
#pragma once

#include <glib.h>

#include "cw-render-error.h"
#include "cw-scenario.h"
#include "cw-series.h"

G_BEGIN_DECLS

/* Writes the report of @scenario, run as @series, against @baseline (the
 * no-policy run with the same seeds; NULL leaves it out of charts and table)
 * to @path, atomically (a temporary file renamed into place). @date is
 * printed on the title page; NULL: today. */
gboolean cw_report_write (const CwScenario *scenario,
                          const CwSeries   *series,
                          const CwSeries   *baseline,
                          GDateTime        *date,
                          const char       *path,
                          GError          **error);

G_END_DECLS

/* cw-cli-output.h — writing a series the way `run` prints it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-series.h"

G_BEGIN_DECLS

/* One row per step, the columns of docs/model.md 8 in order; for an ensemble each
 * numeric column other than step and year becomes ID_mean,ID_p05,ID_p95. */
GString *cw_cli_series_csv  (const CwSeries *series);
/* {"meta": {...}, "series": {ID: [...]}} with the CSV's column names;
 * @settings (a JSON object, or NULL) goes into meta as "settings". */
GString *cw_cli_series_json (const CwSeries *series,
                             const char     *settings);

G_END_DECLS

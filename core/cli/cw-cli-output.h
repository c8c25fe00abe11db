/* cw-cli-output.h — writing a series the way `run` prints it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cw-series.h"

G_BEGIN_DECLS

/* One row per step, the columns of docs/model.md 8 in order; for an ensemble each
 * numeric column other than step and year becomes ID_mean,ID_p05,ID_p95. The
 * last column, policy_stage_name, names the stage of policy_stage with
 * @stage_names (parallel to the series' stage ids; NULL: the ids). Unless
 * @settings is NULL, the rows follow the meta record: the JSON's meta object
 * without the wall time, each line behind "# ". */
GString *cw_cli_series_csv  (const CwSeries    *series,
                             const char        *settings,
                             const char *const *stage_names);
/* {"meta": {...}, "series": {ID: [...]}} with the CSV's column names, the
 * last policy_stage_name (named with @stage_names as in the CSV); @settings
 * (a JSON object, or NULL) goes into meta as "settings". */
GString *cw_cli_series_json (const CwSeries    *series,
                             const char        *settings,
                             const char *const *stage_names);

/* Writes @length bytes of @data to standard output (@path NULL) or to @path
 * through cw_safe_file_write_path(): a regular file is replaced safely, a
 * device or FIFO written to. A @path that is one of @inputs (NULL or
 * NULL-terminated, by inode) is refused. Prints what is wrong. */
gboolean cw_cli_write_output (const char         *path,
                              const char         *data,
                              gsize               length,
                              const char * const *inputs);
/* Whether @a and @b name the same existing file. */
gboolean cw_cli_same_file    (const char         *a,
                              const char         *b);

G_END_DECLS

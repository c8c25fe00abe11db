/* cw-run-record.h — what a result needs to be run again, recorded in the meta
 * of the JSON and CSV the CLI and the window write
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cw-model.h"
#include "cw-scenario.h"
#include "cw-series.h"

G_BEGIN_DECLS

/* The JSON object of a run's settings: the scenario file @path (NULL: none),
 * seed, years, runs, the switches of @opts and @effect, every --set in @sets
 * (NULL-terminated, or NULL) as given, the standing levers, profile and
 * parameter overrides in force, and @sc itself as a file; enough to run it
 * again bit for bit. @band_runs > 0 says that the 5–95 % columns come from an
 * ensemble of that many runs around the central run of @opts (the window's
 * charts); 0: no such band. Free with g_free(). */
char *cw_run_record_settings    (const char         *path,
                                 const CwScenario   *sc,
                                 const CwRunOptions *opts,
                                 const char *const  *sets,
                                 gboolean            effect,
                                 int                 band_runs);
/* The meta object of @series: model version, seed, runs, scenario hash and
 * steps, the wall time when @timing (it differs from run to run), and
 * @settings (cw_run_record_settings()) unless NULL. */
void  cw_run_record_append_meta (GString            *out,
                                 const CwSeries     *series,
                                 const char         *settings,
                                 gboolean            timing);
/* The same without the wall time, each line behind "# ": the record that
 * heads a CSV. */
void  cw_run_record_append_csv  (GString            *out,
                                 const CwSeries     *series,
                                 const char         *settings);

G_END_DECLS

/* cw-experiment-csv.h — an experiment's CSV output: resuming and merging
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where a rerun goes on in an output file that holds @header and then the
 * rows of points @first, @first + 1, … (@rows_per_point each; the last ones
 * perhaps cut off by a kill). Sets @next_point to the first point not
 * complete and @keep to the length of the file up to its rows; FALSE,
 * with CW_EXPERIMENT_ERROR_OUTPUT, when the file holds something else. */
gboolean cw_experiment_csv_resume (GInputStream   *in,
                                   const char     *name,
                                   const char     *header,
                                   guint           first,
                                   guint           rows_per_point,
                                   guint          *next_point,
                                   goffset        *keep,
                                   GError        **error);
/* Joins the outputs of shards, named by @paths, into @out: one header, then
 * the parts' rows in the order of their points. The parts must have the
 * same header and together hold points 0, 1, … without a gap or overlap;
 * the result is byte for byte what an unsharded run writes. */
gboolean cw_experiment_csv_merge  (const char *const *paths,
                                   GOutputStream      *out,
                                   GError            **error);

G_END_DECLS

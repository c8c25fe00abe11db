/* cw-quote.h — text quoted for the CSV and JSON the core writes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compare table, a chart's CSV and the CLI's tables write the same
 * formats; they quote text the same way.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @text to @out as a CSV field: as it is, or in double quotes (with
 * quotes doubled) when it holds a comma, a quote or a line break; nothing,
 * an empty field, for NULL. */
void cw_csv_append_field   (GString    *out,
                            const char *text);
/* Appends @text to @out as a JSON string, quoted and escaped. */
void cw_json_append_string (GString    *out,
                            const char *text);

G_END_DECLS

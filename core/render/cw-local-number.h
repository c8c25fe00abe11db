/* cw-local-number.h — numbers the core writes in the C locale, shown in the user's
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One rule: files (CSV, JSON, scenarios) have a point; what a person reads on
 * screen or in the report has the user's decimal separator (0,41 in German
 * and Polish), like the chart axes.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Takes @text, a cell written in the C locale such as "0.412", "+0.03" or
 * "0.30–0.35", and returns it with each point between two digits replaced
 * by the decimal separator of the user's locale; other points (in a name)
 * stay. */
char *cw_local_number (char *text);

G_END_DECLS

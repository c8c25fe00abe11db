/* cw-version.h — the version of the application, written into every saved file
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The version of the application, e.g. "0.1.0". */
const char *cw_version (void);

G_END_DECLS

/* cw-error.h — the error domain of the core
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CW_ERROR (cw_error_quark ())

typedef enum {
  CW_ERROR_INVALID,     /* a value, id or scenario that cannot be used */
  CW_ERROR_FILE,        /* a file that cannot be read or written */
  CW_ERROR_VERSION,     /* a file from a newer major version */
  CW_ERROR_CANCELLED,   /* a run stopped because a newer one replaced it */
} CwError;

GQuark cw_error_quark (void);

/* The version of the application, e.g. "0.1.0". */
const char *cw_version (void);

G_END_DECLS

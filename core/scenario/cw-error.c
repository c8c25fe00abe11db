/* cw-error.c — the error domain and version of the core
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-error"

#include "config.h"

#include "cw-error.h"

G_DEFINE_QUARK (cw-error-quark, cw_error)

const char *
cw_version (void)
{
  return PACKAGE_VERSION;
}

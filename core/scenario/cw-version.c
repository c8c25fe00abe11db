/* cw-version.c — the version of the application
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-scenario"

#include "config.h"

#include "cw-version.h"

const char *
cw_version (void)
{
  return PACKAGE_VERSION;
}

/* cw-cli-figure.c — what sensitivity and optimise share: the --chart option
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-cli-figure.h"

int
cw_cli_figure_format (const char *command,
                      const char *path)
{
  const char *dot = strrchr (path, '.');
  int format = dot != NULL ? cw_chart_format_from_id (dot + 1) : -1;

  if (format < 0 || format == CW_CHART_FORMAT_CSV)
    {
      g_printerr (_("cluster-workbench-cli %s: --chart must name a .png, .svg or .pdf file.\n"), command);
      return -1;
    }
  return format;
}

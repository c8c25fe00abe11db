/* cw-cli-figure.c — what sensitivity and optimise share: the --chart option
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-cli-figure.h"
#include "cw-cli.h"

#define N_FIGURE_ENTRIES 3

GOptionEntry *
cw_cli_figure_entries (const GOptionEntry *own,
                       CwCliFigure        *figure,
                       const char         *chart_help)
{
  const GOptionEntry entries[N_FIGURE_ENTRIES] = {
    { "chart", 0, 0, G_OPTION_ARG_FILENAME, &figure->path, chart_help, "FILE" },
    { "width", 0, 0, G_OPTION_ARG_INT, &figure->width, N_("Width in pixels (points for SVG and PDF), default 900"), "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &figure->height, N_("Height in pixels (points for SVG and PDF), default 500"), "H" },
  };

  return cw_cli_entries_join (own, entries, N_FIGURE_ENTRIES);
}

gboolean
cw_cli_figure_check (const char  *command,
                     CwCliFigure *figure)
{
  const char *dot;

  if (figure->path == NULL)
    return TRUE;
  dot = strrchr (figure->path, '.');
  figure->format = dot != NULL ? cw_chart_format_from_id (dot + 1) : -1;
  if (figure->format < 0 || figure->format == CW_CHART_FORMAT_CSV)
    {
      g_printerr (_("cluster-workbench-cli %s: --chart must name a .png, .svg or .pdf file.\n"), command);
      return FALSE;
    }
  return TRUE;
}

void
cw_cli_figure_clear (CwCliFigure *figure)
{
  g_clear_pointer (&figure->path, g_free);
}

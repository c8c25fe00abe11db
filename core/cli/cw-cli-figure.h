/* cw-cli-figure.h — what sensitivity and optimise share: the --chart option
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-chart-export.h"

G_BEGIN_DECLS

/* Figures are this size unless --width and --height say otherwise. */
#define CW_CLI_FIGURE_WIDTH 900
#define CW_CLI_FIGURE_HEIGHT 500

/* --chart, --width and --height as given. */
typedef struct {
  char *path;    /* NULL when there is no --chart */
  int   width;
  int   height;
  int   format;  /* CwChartFormat of path, set by cw_cli_figure_check() */
} CwCliFigure;

#define CW_CLI_FIGURE_INIT { NULL, CW_CLI_FIGURE_WIDTH, CW_CLI_FIGURE_HEIGHT, -1 }

/* @own followed by --chart (described by @chart_help, marked with N_()),
 * --width and --height writing into @figure; free with g_free(). */
GOptionEntry *cw_cli_figure_entries (const GOptionEntry *own,
                                     CwCliFigure        *figure,
                                     const char         *chart_help);
/* Sets figure->format from the extension of --chart (png, svg or pdf);
 * prints the usage error for @command and returns FALSE when it is none of
 * them. TRUE without --chart. */
gboolean      cw_cli_figure_check   (const char         *command,
                                     CwCliFigure        *figure);
void          cw_cli_figure_clear   (CwCliFigure        *figure);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CwCliFigure, cw_cli_figure_clear)

G_END_DECLS

/* cw-cli-figure.h — what sensitivity and optimise share: the --chart option
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-chart-export.h"

G_BEGIN_DECLS

/* Figures are this size unless --width and --height say otherwise. */
#define CW_CLI_FIGURE_WIDTH 900
#define CW_CLI_FIGURE_HEIGHT 500

/* The format of --chart @path from its extension (png, svg or pdf); prints
 * the usage error for @command and returns -1 otherwise. */
int cw_cli_figure_format (const char *command,
                          const char *path);

G_END_DECLS

/* cw-cli.h — shared pieces of the command-line tool's subcommands
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of cluster-workbench-cli. */
enum {
  CW_EXIT_OK = 0,
  CW_EXIT_BAD_INPUT = 1,
  CW_EXIT_USAGE = 2,
};

/* A subcommand gets its own name in argv[0] and returns an exit status. */
typedef int (*CwCliCommand) (int argc, char **argv);

/* Parses @entries out of @argv; prints the error and returns FALSE on a usage error. */
gboolean cw_cli_parse (const char    *command,
                       const char    *parameter_string,
                       const char    *summary,
                       GOptionEntry  *entries,
                       int           *argc,
                       char        ***argv);

int cw_cli_validate (int    argc,
                     char **argv);

G_END_DECLS

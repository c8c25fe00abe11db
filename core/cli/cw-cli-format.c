/* cw-cli-format.c — `cluster-workbench-cli format FILE...`: rewrites scenarios in the canonical form
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canonical form is what the window saves: stable element order,
 * two-space indentation, the current minor version. Files are written with
 * cw_scenario_save_file(), the window's own save.
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-cli.h"
#include "cw-cli-output.h"
#include "cw-scenario-file.h"

/* Reads @path, printing its problems; writes it to @output (a path), back
 * to itself (@output NULL and @in_place), or to standard output. */
static gboolean
format_one (const char *path,
            const char *output,
            gboolean    in_place)
{
  g_autoptr(CwScenario) sc = cw_cli_load_scenario (path);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (sc == NULL)
    return FALSE;
  if (output == NULL && !in_place)
    {
      g_autoptr(GBytes) bytes = cw_scenario_to_bytes (sc);
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      return cw_cli_write_output (NULL, data, length, NULL);
    }
  file = g_file_new_for_commandline_arg (in_place ? path : output);
  if (!cw_scenario_save_file (sc, file, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

int
cw_cli_format (int    argc,
               char **argv)
{
  g_autofree char *output = NULL;
  gboolean in_place = FALSE, ok = TRUE;
  GOptionEntry entries[] = {
    { "in-place", 'i', 0, G_OPTION_ARG_NONE, &in_place, N_("Rewrite each FILE where it is"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the one FILE to OUTPUT"), "OUTPUT" },
    G_OPTION_ENTRY_NULL
  };

  if (!cw_cli_parse ("format", _("FILE…"),
                     _("Rewrites scenario files in the canonical form the workbench saves "
                       "(stable order, current format version), to standard output, to "
                       "--output or in place. A file is replaced only once the new one is "
                       "complete on the disk."),
                     entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (argc < 2 || (in_place && output != NULL) || (!in_place && argc > 2))
    {
      g_printerr (_("cluster-workbench-cli format: give one FILE (to standard output or "
                    "--output), or FILE… with --in-place.\n"));
      return CW_EXIT_USAGE;
    }
  if (output != NULL && cw_cli_same_file (output, argv[1]))
    {
      g_printerr (_("cluster-workbench-cli format: “%s” is the input; use --in-place to "
                    "rewrite it.\n"), output);
      return CW_EXIT_USAGE;
    }
  for (int i = 1; i < argc; i++)
    ok &= format_one (argv[i], output, in_place);
  return ok ? CW_EXIT_OK : CW_EXIT_BAD_INPUT;
}

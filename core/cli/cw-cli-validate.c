/* cw-cli-validate.c — `cluster-workbench-cli validate FILE...`: checks scenario,
 * experiment and lesson files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "cw-cli.h"
#include "cw-experiment-file.h"
#include "cw-lesson.h"
#include "cw-scenario-file.h"

/* Prints every problem of @path on stderr; returns whether it can be used.
 * Files named *.experiment are experiments, *.lesson lessons, others
 * scenarios. */
static gboolean
validate_one (const char *path)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(CwScenario) scenario = NULL;
  g_autoptr(CwExperiment) experiment = NULL;
  g_autoptr(CwLesson) lesson = NULL;

  if (g_str_has_suffix (path, CW_EXPERIMENT_EXTENSION))
    experiment = cw_experiment_load_path (path, problems, NULL);
  else if (g_str_has_suffix (path, CW_LESSON_EXTENSION))
    lesson = cw_lesson_load_path (path, problems, NULL);
  else
    scenario = cw_scenario_load_path (path, problems, NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = cw_file_problem_format (g_ptr_array_index (problems, i));

      g_printerr ("%s\n", line);
    }
  if (scenario != NULL)
    /* Translators: %s is a file name */
    printf (_("%s: valid scenario\n"), path);
  if (experiment != NULL)
    /* Translators: %s is a file name */
    printf (_("%s: valid experiment\n"), path);
  if (lesson != NULL)
    /* Translators: %s is a file name */
    printf (_("%s: valid lesson\n"), path);
  return scenario != NULL || experiment != NULL || lesson != NULL;
}

int
cw_cli_validate (int    argc,
                 char **argv)
{
  GOptionEntry entries[] = { G_OPTION_ENTRY_NULL };
  gboolean valid = TRUE;

  if (!cw_cli_parse ("validate", _("FILE…"),
                     _("Checks scenario, experiment (*.experiment) and lesson (*.lesson) files: prints each problem as “file:line: message” and "
                       "exits with 0 when every file can be opened, 1 otherwise."),
                     entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (argc < 2)
    {
      g_printerr (_("cluster-workbench-cli validate: name at least one scenario file.\n"));
      return CW_EXIT_USAGE;
    }
  for (int i = 1; i < argc; i++)
    valid &= validate_one (argv[i]);
  return valid ? CW_EXIT_OK : CW_EXIT_BAD_INPUT;
}

/* cw-cli.c — cluster-workbench-cli: the model without a window
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>

#include "cw-cli.h"
#include "cw-version.h"

static const struct {
  const char   *name;
  CwCliCommand  run;
  const char   *summary;
} commands[] = {
  { "bench", cw_cli_bench, N_("Time the engine against its targets") },
  { "chart", cw_cli_chart, N_("Draw an outcome chart to PNG, SVG or PDF, or write its data as CSV") },
  { "experiment", cw_cli_experiment, N_("Run an experiment file’s design of runs to tidy CSV") },
  { "explain", cw_cli_explain, N_("Attribute the change in upgrading to levers (Shapley values)") },
  { "format", cw_cli_format, N_("Rewrite scenario files in the canonical form the workbench saves") },
  { "latency", cw_cli_latency, N_("Time a lever change to the drawn chart and the complete band") },
  { "levers", cw_cli_levers, N_("List the policy levers with their costs") },
  { "merge", cw_cli_merge, N_("Join the CSV shards of an experiment into one file") },
  { "optimise", cw_cli_optimise, N_("Find the best use of a yearly budget among some levers, or the efficient frontier") },
  { "params", cw_cli_params, N_("List the model's assumptions: every parameter with its source") },
  { "report", cw_cli_report, N_("Write the workshop minutes of a scenario as a PDF") },
  { "run", cw_cli_run, N_("Run a scenario and print its outcomes step by step") },
  { "sensitivity", cw_cli_sensitivity, N_("Sobol indices or Morris effects from an experiment’s CSV, with a tornado chart") },
  { "validate", cw_cli_validate, N_("Check scenario and experiment files and list their problems") },
  { NULL, NULL, NULL },
};

gboolean
cw_cli_parse (const char    *command,
              const char    *parameter_string,
              const char    *summary,
              GOptionEntry  *entries,
              int           *argc,
              char        ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("cluster-workbench-cli %s", command);

  g_set_prgname (prgname);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("cluster-workbench-cli %s: %s\n", command, error->message);
      g_printerr (_("Try “cluster-workbench-cli %s --help”.\n"), command);
      return FALSE;
    }
  return TRUE;
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage: cluster-workbench-cli COMMAND [OPTION…]"));
  fprintf (out, "\n%s\n", _("Runs cluster-policy scenarios without a window."));
  if (commands[0].name != NULL)
    fprintf (out, "\n%s\n", _("Commands:"));
  for (guint i = 0; commands[i].name != NULL; i++)
    fprintf (out, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Options:"));
  fprintf (out, "  %-10s %s\n", "--help", _("Show this help"));
  fprintf (out, "  %-10s %s\n", "--version", _("Show the version"));
  fprintf (out, "\n%s\n", _("Run “cluster-workbench-cli COMMAND --help” for a command’s options."));
  fprintf (out, "%s\n", _("Exit status: 0 success, 1 bad input, 2 usage error."));
}

/* Everything printed must have arrived: a full disk or a closed pipe
 * behind standard output is an error, not success. */
static int
close_stdout (int status)
{
  gboolean failed = ferror (stdout) != 0;
  /* After a failed write glibc drops the buffer and fclose() succeeds: the
   * reason is still in errno, since the program stops writing then. */
  int errnum = failed ? errno : 0;

  if (fclose (stdout) != 0)
    {
      errnum = errno;
      failed = TRUE;
    }
  /* A command that failed has said why already. */
  if (!failed || status != CW_EXIT_OK)
    return status;
  if (errnum != 0)
    /* Translators: %s is the system's reason */
    g_printerr (_("cluster-workbench-cli: the output could not be written: %s.\n"), g_strerror (errnum));
  else
    g_printerr (_("cluster-workbench-cli: the output could not be written.\n"));
  return CW_EXIT_BAD_INPUT;
}

/* The catalogues of the build tree when run from it, as the window does,
 * else those of the install prefix. */
static const char *
locale_dir (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  return exe != NULL && g_str_has_prefix (exe, CW_BUILD_ROOT "/") ? CW_BUILD_ROOT "/po" : LOCALEDIR;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("cluster-workbench-cli");
  /* Before any thread can parse a scenario file. */
  xmlInitParser ();

  if (argc < 2)
    {
      print_usage (stderr);
      return CW_EXIT_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage (stdout);
      return close_stdout (CW_EXIT_OK);
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("cluster-workbench-cli %s\n", cw_version ());
      return close_stdout (CW_EXIT_OK);
    }
  for (guint i = 0; commands[i].name != NULL; i++)
    if (g_str_equal (argv[1], commands[i].name))
      return close_stdout (commands[i].run (argc - 1, argv + 1));

  g_printerr (_("cluster-workbench-cli: unknown command “%s”.\n"), argv[1]);
  g_printerr (_("Run “cluster-workbench-cli --help” for the list of commands.\n"));
  return CW_EXIT_USAGE;
}

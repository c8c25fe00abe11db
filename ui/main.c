/* main.c — starts the Cluster Policy Workbench
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-main"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <libxml/parser.h>

#include "cw-application.h"

/* Run from the build tree, the program finds its translations and settings
 * schema there, so a developer or a workshop laptop needs no install step. */
static gboolean
running_uninstalled (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  return exe != NULL && g_str_has_prefix (exe, CW_BUILD_ROOT "/");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CwApplication) app = NULL;
  gboolean uninstalled = running_uninstalled ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, uninstalled ? CW_BUILD_ROOT "/po" : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (uninstalled)
    g_setenv ("GSETTINGS_SCHEMA_DIR", CW_BUILD_ROOT "/resources", FALSE);

  /* Before any thread exists: scenario files are parsed on workers too. */
  xmlInitParser ();

  app = cw_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

/* decimal-comma.h — switch a test's numbers to a German locale, made with localedef if need be
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <locale.h>
#include <glib.h>

/* Sets LC_NUMERIC to de_DE.UTF-8 (a decimal comma), building the locale in
 * @dir with localedef when the system has none; FALSE when neither works
 * (the caller skips). */
G_GNUC_UNUSED static gboolean
use_decimal_comma (const char *dir)
{
  g_autofree char *target = g_build_filename (dir, "de_DE.UTF-8", NULL);
  g_autofree char *localedef = g_find_program_in_path ("localedef");
  int status = -1;

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") != NULL)
    return TRUE;
  if (localedef == NULL ||
      !g_spawn_sync (NULL, (char *[]) { localedef, "-i", "de_DE", "-f", "UTF-8", target, NULL }, NULL,
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                     &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return FALSE;
  g_setenv ("LOCPATH", dir, TRUE);
  return setlocale (LC_NUMERIC, "de_DE.UTF-8") != NULL;
}

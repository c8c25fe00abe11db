/* cw-local-number.c — numbers the core writes in the C locale, shown in the user's
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-render"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "cw-local-number.h"

char *
cw_local_number (char *text)
{
  const char *point = localeconv ()->decimal_point;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (point == NULL || g_str_equal (point, ".") || strchr (text, '.') == NULL)
    return text;
  out = g_string_sized_new (strlen (text) + 4);
  for (const char *p = text; *p != '\0'; p++)
    if (*p == '.' && p > text && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1]))
      g_string_append (out, point);
    else
      g_string_append_c (out, *p);
  g_free (text);
  return g_string_free (out, FALSE);
}

/* cw-ids.c — finding an enum value by its stable id
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-model"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-ids.h"

int
cw_id_lookup (const char *const *first,
              gsize              n,
              gsize              stride,
              const char        *id)
{
  const char *entry = (const char *) first;

  g_return_val_if_fail (first != NULL, -1);
  g_return_val_if_fail (id != NULL, -1);

  for (gsize i = 0; i < n; i++, entry += stride)
    if (g_str_equal (*(const char *const *) entry, id))
      return (int) i;
  return -1;
}

/* Levenshtein distance between @a and @b, in bytes (the ids are ASCII). */
static gsize
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree gsize *row = g_new (gsize, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = j;
  for (gsize i = 1; i <= la; i++)
    {
      gsize diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          gsize above = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] != b[j - 1]));
          diagonal = above;
        }
    }
  return row[lb];
}

const char *
cw_id_suggest (const char *const *first,
               gsize              n,
               gsize              stride,
               const char        *id)
{
  const char *entry = (const char *) first, *best = NULL, *containing = NULL;
  gsize best_distance = MAX (2, strlen (id) / 3) + 1;
  guint n_containing = 0;

  g_return_val_if_fail (first != NULL && id != NULL, NULL);

  for (gsize i = 0; i < n; i++, entry += stride)
    {
      const char *candidate = *(const char *const *) entry;
      gsize distance = edit_distance (id, candidate);

      if (distance < best_distance)
        {
          best_distance = distance;
          best = candidate;
        }
      if (strlen (id) >= 4 && strstr (candidate, id) != NULL)
        {
          containing = candidate;
          n_containing++;
        }
    }
  if (best == NULL && n_containing == 1)
    return containing;
  return best;
}

char *
cw_id_hint (const char *suggestion,
            const char *command)
{
  g_autoptr(GString) hint = g_string_new (NULL);

  if (suggestion != NULL)
    /* Translators: appended to "There is no … called “%s”." */
    g_string_append_printf (hint, _(" Did you mean “%s”?"), suggestion);
  if (command != NULL)
    /* Translators: %s: a command, e.g. "cluster-workbench-cli levers" */
    g_string_append_printf (hint, _(" “%s” lists them all."), command);
  return g_string_free (g_steal_pointer (&hint), FALSE);
}

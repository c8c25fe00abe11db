/* cw-ids.c — finding an enum value by its stable id
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-model"

#include "config.h"

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

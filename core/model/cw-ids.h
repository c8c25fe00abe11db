/* cw-ids.h — finding an enum value by the stable id files and the CLI use
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every enum with an id (levers, outputs, parameters, profile entries, stage
 * kinds, comparisons, chart kinds and formats) keeps a table indexed by the
 * enum; this finds the index whose id matches.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The index of the first of @n ids that equals @id, or -1. The ids stand
 * @stride bytes apart from @first: the id field of entry 0 of a table. */
int cw_id_lookup (const char *const *first,
                  gsize              n,
                  gsize              stride,
                  const char        *id);

/* The index into @table, an array of structs with a field "id", whose id is
 * @wanted, or -1. */
#define CW_ID_LOOKUP(table, wanted) \
  cw_id_lookup (&(table)[0].id, G_N_ELEMENTS (table), sizeof (table)[0], (wanted))

G_END_DECLS

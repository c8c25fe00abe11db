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

/* The id of the @n that @id was most likely meant to be: the nearest by edit
 * distance (at most a third of its length, and at most 2 for short ids), else
 * the only id that contains it; NULL when none is close. */
const char *cw_id_suggest (const char *const *first,
                           gsize              n,
                           gsize              stride,
                           const char        *id);

#define CW_ID_SUGGEST(table, wanted) \
  cw_id_suggest (&(table)[0].id, G_N_ELEMENTS (table), sizeof (table)[0], (wanted))

/* What to add to "There is no … called “X”.": " Did you mean “@suggestion”?"
 * when there is one, and " “@command” lists them all." when @command is
 * not NULL; free with g_free(). */
char       *cw_id_hint    (const char *suggestion,
                           const char *command);

G_END_DECLS

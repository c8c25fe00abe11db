/* cw-references.h — the works the model's texts cite, with full citations
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *key;      /* as the texts cite it: "Menzel & Fornahl 2010" */
  const char *alias;    /* another short form in use ("GHS 2005"), or NULL */
  const char *citation; /* the full reference, as in docs/bibliography.md */
} CwReference;

guint              cw_references_count (void);
const CwReference *cw_reference        (guint       index);
/* Whether @text cites @ref by its key or its alias. */
gboolean           cw_reference_cited  (const CwReference *ref,
                                        const char        *text);
/* The full citations of the works @text cites, one per line, or NULL when it
 * cites none; free with g_free(). */
char              *cw_references_in    (const char        *text);

G_END_DECLS

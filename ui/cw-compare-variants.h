/* cw-compare-variants.h — the document's pinned variants, each evaluated off the main thread
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cw-document.h"
#include "cw-result.h"

G_BEGIN_DECLS

#define CW_TYPE_COMPARE_VARIANTS (cw_compare_variants_get_type ())

G_DECLARE_FINAL_TYPE (CwCompareVariants, cw_compare_variants, CW, COMPARE_VARIANTS, GObject)

/* Follows the variants of @document: each one gets an evaluator of its own
 * (central run and no-policy run, on one worker thread), kept while the
 * variant runs the same, so edits of the scenario on screen run nothing
 * here. "changed" comes when the list or a variant's result changes. */
CwCompareVariants *cw_compare_variants_new        (CwDocument        *document);
guint              cw_compare_variants_get_n      (CwCompareVariants *self);
const char        *cw_compare_variants_get_name   (CwCompareVariants *self,
                                                   guint              index);
/* The latest result of variant @index, or NULL before its central run. */
CwResult          *cw_compare_variants_get_result (CwCompareVariants *self,
                                                   guint              index);
/* Whether every variant has its central and no-policy runs. */
gboolean           cw_compare_variants_get_ready  (CwCompareVariants *self);

G_END_DECLS

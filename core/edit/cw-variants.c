/* cw-variants.c — pinning, renaming and removing the variants of a document
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-variants.h"

char *
cw_variants_next_name (const CwScenario *scenario)
{
  g_return_val_if_fail (scenario != NULL, NULL);

  if (scenario->variants->len >= CW_MAX_VARIANTS)
    return NULL;
  /* Renamed variants free their letter; there are more letters than variants. */
  for (char letter = 'A'; letter <= 'Z'; letter++)
    {
      char name[2] = { letter, '\0' };

      if (cw_scenario_find_variant (scenario, name) == NULL)
        return g_strdup (name);
    }
  g_return_val_if_reached (NULL);
}

char *
cw_document_add_variant (CwDocument       *self,
                         const CwScenario *scenario)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (scenario != NULL, NULL);

  if ((name = cw_variants_next_name (cw_document_get_scenario (self))) == NULL)
    return NULL;
  g_ptr_array_add (cw_document_begin_action (self, NC_("undo", "Pin Variant"), NULL)->variants, cw_variant_new (name, scenario));
  cw_document_end_edit (self);
  return g_steal_pointer (&name);
}

char *
cw_document_pin_variant (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);
  return cw_document_add_variant (self, cw_document_get_scenario (self));
}

gboolean
cw_document_rename_variant (CwDocument *self,
                            const char *name,
                            const char *new_name)
{
  g_autofree char *stripped = NULL;
  CwVariant *variant;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (name != NULL && new_name != NULL, FALSE);

  stripped = g_strstrip (g_strdup (new_name));
  if (cw_scenario_find_variant (cw_document_get_scenario (self), name) == NULL ||
      stripped[0] == '\0' || g_utf8_strlen (stripped, -1) > CW_MAX_VARIANT_NAME ||
      cw_scenario_find_variant (cw_document_get_scenario (self), stripped) != NULL)
    return FALSE;
  variant = cw_scenario_find_variant (cw_document_begin_action (self, NC_("undo", "Rename Variant"), NULL), name);
  g_free (variant->name);
  variant->name = g_steal_pointer (&stripped);
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_remove_variant (CwDocument *self,
                            const char *name)
{
  CwScenario *sc;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (cw_scenario_find_variant (cw_document_get_scenario (self), name) == NULL)
    return FALSE;
  sc = cw_document_begin_action (self, NC_("undo", "Remove Variant"), NULL);
  g_ptr_array_remove (sc->variants, cw_scenario_find_variant (sc, name));
  cw_document_end_edit (self);
  return TRUE;
}

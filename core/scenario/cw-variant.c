/* cw-variant.c — a pinned option of a scenario: a whole scenario under a name
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-scenario"

#include "config.h"

#include "cw-scenario.h"

CwVariant *
cw_variant_new (const char       *name,
                const CwScenario *scenario)
{
  CwVariant *self;

  g_return_val_if_fail (name != NULL && scenario != NULL, NULL);

  self = g_new0 (CwVariant, 1);
  self->name = g_strdup (name);
  self->scenario = cw_scenario_copy (scenario);
  /* A variant is its runs and its drawing: its name is its title, it does
   * not nest the options it was pinned beside, and present mode's levers in
   * focus are the document's. */
  cw_meta_clear (&self->scenario->meta);
  g_ptr_array_set_size (self->scenario->variants, 0);
  self->scenario->focus = 0;
  return self;
}

CwVariant *
cw_variant_copy (const CwVariant *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return cw_variant_new (self->name, self->scenario);
}

void
cw_variant_free (CwVariant *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  cw_scenario_free (self->scenario);
  g_free (self);
}

gboolean
cw_variant_equal (const CwVariant *a,
                  const CwVariant *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return g_str_equal (a->name, b->name) && cw_scenario_equal (a->scenario, b->scenario);
}

CwVariant *
cw_scenario_find_variant (const CwScenario *self,
                          const char       *name)
{
  g_return_val_if_fail (self != NULL && name != NULL, NULL);

  for (guint i = 0; i < self->variants->len; i++)
    {
      CwVariant *variant = g_ptr_array_index (self->variants, i);

      if (g_str_equal (variant->name, name))
        return variant;
    }
  return NULL;
}

/* cw-compare-variants.c — the document's pinned variants, each evaluated off the main thread
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-compare"

#include "config.h"

#include "cw-compare-variants.h"
#include "cw-evaluator.h"

typedef struct {
  CwCompareVariants *owner;
  char        *name;
  CwScenario  *scenario;   /* what the evaluator runs */
  CwEvaluator *evaluator;
} Entry;

struct _CwCompareVariants
{
  GObject       parent_instance;

  CwDocument   *document;
  GPtrArray    *entries;   /* Entry*, in the document's order */
};

G_DEFINE_FINAL_TYPE (CwCompareVariants, cw_compare_variants, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
entry_free (Entry *entry)
{
  g_signal_handlers_disconnect_by_data (entry->evaluator, entry);
  cw_evaluator_cancel (entry->evaluator);
  g_object_unref (entry->evaluator);
  cw_scenario_free (entry->scenario);
  g_free (entry->name);
  g_free (entry);
}

static void
result_cb (CwEvaluator *evaluator,
           GParamSpec  *pspec,
           Entry       *entry)
{
  g_signal_emit (entry->owner, signals[CHANGED], 0);
}

static Entry *
entry_new (CwCompareVariants *self,
           const CwVariant   *variant)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->owner = self;
  entry->name = g_strdup (variant->name);
  entry->scenario = cw_scenario_copy (variant->scenario);
  /* The central run and its no-policy run: what an overlay and the table
   * read. One worker each, so the scenario on screen keeps the others. */
  entry->scenario->runs = 1;
  entry->evaluator = cw_evaluator_new ();
  cw_evaluator_set_threads (entry->evaluator, 1);
  g_signal_connect (entry->evaluator, "notify::result", G_CALLBACK (result_cb), entry);
  cw_evaluator_submit (entry->evaluator, entry->scenario);
  return entry;
}

/* Takes the entry of @old that runs like @variant, or NULL. */
static Entry *
take_entry (GPtrArray       *old,
            const CwVariant *variant)
{
  for (guint i = 0; i < old->len; i++)
    {
      Entry *entry = g_ptr_array_index (old, i);
      g_autoptr(CwScenario) single = cw_scenario_copy (variant->scenario);

      single->runs = 1;
      if (cw_scenario_same_run (entry->scenario, single))
        return g_ptr_array_steal_index (old, i);
    }
  return NULL;
}

static void
sync_cb (CwCompareVariants *self)
{
  const CwScenario *sc = cw_document_get_scenario (self->document);
  g_autoptr(GPtrArray) old = g_steal_pointer (&self->entries);
  gboolean changed = old->len != sc->variants->len;

  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  for (guint i = 0; i < sc->variants->len; i++)
    {
      const CwVariant *variant = g_ptr_array_index (sc->variants, i);
      Entry *entry = take_entry (old, variant);

      if (entry == NULL)
        {
          entry = entry_new (self, variant);
          changed = TRUE;
        }
      else if (!g_str_equal (entry->name, variant->name))
        {
          g_free (entry->name);
          entry->name = g_strdup (variant->name);
          changed = TRUE;
        }
      g_ptr_array_add (self->entries, entry);
    }
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

CwCompareVariants *
cw_compare_variants_new (CwDocument *document)
{
  CwCompareVariants *self;

  g_return_val_if_fail (CW_IS_DOCUMENT (document), NULL);

  self = g_object_new (CW_TYPE_COMPARE_VARIANTS, NULL);
  self->document = g_object_ref (document);
  g_signal_connect_object (document, "changed", G_CALLBACK (sync_cb), self, G_CONNECT_SWAPPED);
  sync_cb (self);
  return self;
}

guint
cw_compare_variants_get_n (CwCompareVariants *self)
{
  g_return_val_if_fail (CW_IS_COMPARE_VARIANTS (self), 0);
  return self->entries->len;
}

const char *
cw_compare_variants_get_name (CwCompareVariants *self,
                              guint              index)
{
  g_return_val_if_fail (CW_IS_COMPARE_VARIANTS (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);
  return ((Entry *) g_ptr_array_index (self->entries, index))->name;
}

CwResult *
cw_compare_variants_get_result (CwCompareVariants *self,
                                guint              index)
{
  g_return_val_if_fail (CW_IS_COMPARE_VARIANTS (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);
  return cw_evaluator_get_result (((Entry *) g_ptr_array_index (self->entries, index))->evaluator);
}

gboolean
cw_compare_variants_get_ready (CwCompareVariants *self)
{
  g_return_val_if_fail (CW_IS_COMPARE_VARIANTS (self), FALSE);

  for (guint i = 0; i < self->entries->len; i++)
    {
      CwResult *result = cw_compare_variants_get_result (self, i);

      if (result == NULL || cw_result_get_baseline (result) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
cw_compare_variants_dispose (GObject *object)
{
  CwCompareVariants *self = CW_COMPARE_VARIANTS (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (cw_compare_variants_parent_class)->dispose (object);
}

static void
cw_compare_variants_class_init (CwCompareVariantsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cw_compare_variants_dispose;
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cw_compare_variants_init (CwCompareVariants *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
}

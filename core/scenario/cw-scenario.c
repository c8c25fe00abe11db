/* cw-scenario.c — the scenario data type
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-scenario"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-ids.h"
#include "cw-params.h"
#include "cw-scenario.h"

static const struct {
  const char *id;
  const char *name;
} stage_kinds[CW_N_STAGE_KINDS] = {
  { "awareness", N_("Raising awareness") },
  { "ownership", N_("Ownership and legitimacy") },
  { "co_learning", N_("Co-learning") },
  { "sustainability", N_("Sustainability") },
  { "mission", N_("Mission") },
  { "custom", N_("Custom") },
};

static const CwCompareInfo compares[CW_N_COMPARE] = {
  { "lt", "<", N_("is below") },
  { "le", "≤", N_("is at most") },
  { "gt", ">", N_("is above") },
  { "ge", "≥", N_("is at least") },
};

static void
stage_free (CwStage *stage)
{
  g_free (stage->id);
  g_free (stage->name);
  g_free (stage);
}

static void
edge_free (CwEdge *edge)
{
  g_free (edge->from);
  g_free (edge->to);
  g_free (edge);
}

static gpointer
stage_copy (gconstpointer src,
            gpointer      user_data)
{
  const CwStage *stage = src;
  CwStage *dup = g_memdup2 (stage, sizeof *stage);

  dup->id = g_strdup (stage->id);
  dup->name = g_strdup (stage->name);
  return dup;
}

static gpointer
edge_copy (gconstpointer src,
           gpointer      user_data)
{
  const CwEdge *edge = src;
  CwEdge *dup = g_memdup2 (edge, sizeof *edge);

  dup->from = g_strdup (edge->from);
  dup->to = g_strdup (edge->to);
  return dup;
}

static void
meta_clear (CwMeta *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->description, g_free);
  g_clear_pointer (&meta->author, g_free);
  g_clear_pointer (&meta->created, g_free);
  g_clear_pointer (&meta->modified, g_free);
  g_clear_pointer (&meta->language, g_free);
}

/* A scenario with the default profile, no levers, no stages and the default
 * run settings. */
CwScenario *
cw_scenario_new (void)
{
  CwScenario *self = g_new0 (CwScenario, 1);

  for (int i = 0; i < CW_N_PROFILE; i++)
    self->profile[i] = cw_profile_info (i)->fallback;
  self->stages = g_ptr_array_new_with_free_func ((GDestroyNotify) stage_free);
  self->edges = g_ptr_array_new_with_free_func ((GDestroyNotify) edge_free);
  self->overrides = g_array_new (FALSE, FALSE, sizeof (CwParamOverride));
  self->foreign = g_ptr_array_new_with_free_func (g_free);
  self->seed = 1;
  self->years = 15;
  self->runs = 100;
  return self;
}

void
cw_scenario_free (CwScenario *self)
{
  if (self == NULL)
    return;
  meta_clear (&self->meta);
  g_ptr_array_unref (self->stages);
  g_ptr_array_unref (self->edges);
  g_array_unref (self->overrides);
  g_ptr_array_unref (self->foreign);
  g_free (self->start);
  g_free (self);
}

CwScenario *
cw_scenario_copy (const CwScenario *self)
{
  CwScenario *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = cw_scenario_new ();
  copy->meta.title = g_strdup (self->meta.title);
  copy->meta.description = g_strdup (self->meta.description);
  copy->meta.author = g_strdup (self->meta.author);
  copy->meta.created = g_strdup (self->meta.created);
  copy->meta.modified = g_strdup (self->meta.modified);
  copy->meta.language = g_strdup (self->meta.language);
  memcpy (copy->profile, self->profile, sizeof copy->profile);
  copy->standing_held = self->standing_held;
  memcpy (copy->standing, self->standing, sizeof copy->standing);
  /* The copies keep the arrays' free functions. */
  g_ptr_array_unref (copy->stages);
  copy->stages = g_ptr_array_copy (self->stages, stage_copy, NULL);
  g_ptr_array_unref (copy->edges);
  copy->edges = g_ptr_array_copy (self->edges, edge_copy, NULL);
  copy->start = g_strdup (self->start);
  g_array_append_vals (copy->overrides, self->overrides->data, self->overrides->len);
  copy->seed = self->seed;
  copy->years = self->years;
  copy->runs = self->runs;
  copy->focus = self->focus;
  for (guint i = 0; i < self->foreign->len; i++)
    g_ptr_array_add (copy->foreign, g_strdup (g_ptr_array_index (self->foreign, i)));
  copy->foreign_minor = self->foreign_minor;
  return copy;
}

static gboolean
levers_equal (guint32 held_a, const double *a, guint32 held_b, const double *b)
{
  if (held_a != held_b)
    return FALSE;
  for (int l = 0; l < CW_N_LEVERS; l++)
    if ((held_a & (1u << l)) && a[l] != b[l])
      return FALSE;
  return TRUE;
}

/* The parts of a stage a run reads; not its name, kind or place on the canvas. */
static gboolean
stages_run_alike (const CwStage *a, const CwStage *b)
{
  return g_str_equal (a->id, b->id) && a->min_quarters == b->min_quarters &&
         a->max_quarters == b->max_quarters &&
         levers_equal (a->held, a->levers, b->held, b->levers);
}

static gboolean
stages_equal (const CwStage *a, const CwStage *b)
{
  return stages_run_alike (a, b) && g_strcmp0 (a->name, b->name) == 0 &&
         a->kind == b->kind && a->x == b->x && a->y == b->y;
}

static gboolean
edges_equal (const CwEdge *a, const CwEdge *b)
{
  if (!g_str_equal (a->from, b->from) || !g_str_equal (a->to, b->to) ||
      a->conditional != b->conditional)
    return FALSE;
  return !a->conditional ||
         (a->indicator == b->indicator && a->op == b->op && a->threshold == b->threshold);
}

static gboolean
meta_equal (const CwMeta *a, const CwMeta *b)
{
  return g_strcmp0 (a->title, b->title) == 0 &&
         g_strcmp0 (a->description, b->description) == 0 &&
         g_strcmp0 (a->author, b->author) == 0 &&
         g_strcmp0 (a->created, b->created) == 0 &&
         g_strcmp0 (a->modified, b->modified) == 0 &&
         g_strcmp0 (a->language, b->language) == 0;
}

/* TRUE when @a and @b run alike: they differ at most in what
 * cw_scenario_hash() leaves out (meta, stage names, kinds and positions). */
gboolean
cw_scenario_same_run (const CwScenario *a,
                      const CwScenario *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (memcmp (a->profile, b->profile, sizeof a->profile) != 0 ||
      !levers_equal (a->standing_held, a->standing, b->standing_held, b->standing) ||
      a->stages->len != b->stages->len || a->edges->len != b->edges->len ||
      g_strcmp0 (a->start, b->start) != 0 ||
      a->overrides->len != b->overrides->len ||
      a->seed != b->seed || a->years != b->years || a->runs != b->runs)
    return FALSE;
  for (guint i = 0; i < a->stages->len; i++)
    if (!stages_run_alike (g_ptr_array_index (a->stages, i), g_ptr_array_index (b->stages, i)))
      return FALSE;
  for (guint i = 0; i < a->edges->len; i++)
    if (!edges_equal (g_ptr_array_index (a->edges, i), g_ptr_array_index (b->edges, i)))
      return FALSE;
  for (guint i = 0; i < a->overrides->len; i++)
    {
      const CwParamOverride *oa = &g_array_index (a->overrides, CwParamOverride, i);
      const CwParamOverride *ob = &g_array_index (b->overrides, CwParamOverride, i);

      if (oa->index != ob->index || oa->value != ob->value)
        return FALSE;
    }
  return TRUE;
}

/* Exact equality of everything a scenario holds, meta and layout included. */
gboolean
cw_scenario_equal (const CwScenario *a,
                   const CwScenario *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (!cw_scenario_same_run (a, b) || !meta_equal (&a->meta, &b->meta) || a->focus != b->focus ||
      a->foreign->len != b->foreign->len || a->foreign_minor != b->foreign_minor)
    return FALSE;
  for (guint i = 0; i < a->stages->len; i++)
    if (!stages_equal (g_ptr_array_index (a->stages, i), g_ptr_array_index (b->stages, i)))
      return FALSE;
  for (guint i = 0; i < a->foreign->len; i++)
    if (!g_str_equal (g_ptr_array_index (a->foreign, i), g_ptr_array_index (b->foreign, i)))
      return FALSE;
  return TRUE;
}

static void
hash_double (GChecksum *sum, double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_dtostr (buf, sizeof buf, value);
  g_checksum_update (sum, (const guchar *) buf, -1);
  g_checksum_update (sum, (const guchar *) ";", 1);
}

/* Integers as integers: through a double, seeds above 2^53 would collide. The
 * text is the same as hash_double() gives for smaller values, so the hashes of
 * existing scenarios stay as they were. */
static void
hash_uint64 (GChecksum *sum, guint64 value)
{
  char buf[24];

  g_snprintf (buf, sizeof buf, "%" G_GUINT64_FORMAT ";", value);
  g_checksum_update (sum, (const guchar *) buf, -1);
}

static void
hash_int (GChecksum *sum, int value)
{
  char buf[16];

  g_snprintf (buf, sizeof buf, "%d;", value);
  g_checksum_update (sum, (const guchar *) buf, -1);
}

static void
hash_string (GChecksum *sum, const char *text)
{
  g_checksum_update (sum, (const guchar *) (text ? text : ""), -1);
  g_checksum_update (sum, (const guchar *) "\n", 1);
}

static void
hash_levers (GChecksum *sum, guint32 held, const double *levers)
{
  for (int l = 0; l < CW_N_LEVERS; l++)
    if (held & (1u << l))
      {
        hash_string (sum, cw_lever_info (l)->id);
        hash_double (sum, levers[l]);
      }
}

char *
cw_scenario_hash (const CwScenario *self)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  g_return_val_if_fail (self != NULL, NULL);

  for (int i = 0; i < CW_N_PROFILE; i++)
    hash_double (sum, self->profile[i]);
  hash_levers (sum, self->standing_held, self->standing);
  for (guint i = 0; i < self->stages->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (self->stages, i);

      hash_string (sum, stage->id);
      hash_int (sum, stage->min_quarters);
      hash_int (sum, stage->max_quarters);
      hash_levers (sum, stage->held, stage->levers);
    }
  for (guint i = 0; i < self->edges->len; i++)
    {
      const CwEdge *edge = g_ptr_array_index (self->edges, i);

      hash_string (sum, edge->from);
      hash_string (sum, edge->to);
      if (edge->conditional)
        {
          hash_int (sum, edge->indicator);
          hash_int (sum, edge->op);
          hash_double (sum, edge->threshold);
        }
    }
  hash_string (sum, self->start);
  for (guint i = 0; i < self->overrides->len; i++)
    {
      const CwParamOverride *o = &g_array_index (self->overrides, CwParamOverride, i);

      hash_string (sum, cw_param_info (o->index)->id);
      hash_double (sum, o->value);
    }
  hash_uint64 (sum, self->seed);
  hash_int (sum, self->years);
  hash_int (sum, self->runs);
  return g_strndup (g_checksum_get_string (sum), 16);
}

CwStage *
cw_scenario_find_stage (const CwScenario *self,
                        const char       *id,
                        guint            *index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (id == NULL)
    return NULL;
  for (guint i = 0; i < self->stages->len; i++)
    {
      CwStage *stage = g_ptr_array_index (self->stages, i);

      if (g_str_equal (stage->id, id))
        {
          if (index)
            *index = i;
          return stage;
        }
    }
  return NULL;
}

/* An id made from @base that no stage of @self has yet. */
char *
cw_scenario_unique_stage_id (const CwScenario *self,
                             const char       *base)
{
  char *id = g_strdup (base);

  for (guint n = 2; cw_scenario_find_stage (self, id, NULL) != NULL; n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  return id;
}

/* Adds a stage at the end. The first stage added becomes the start. The
 * duration defaults to one to four years. */
CwStage *
cw_scenario_add_stage (CwScenario  *self,
                       const char  *id,
                       const char  *name,
                       CwStageKind  kind)
{
  CwStage *stage;

  g_return_val_if_fail (self != NULL && id != NULL, NULL);
  g_return_val_if_fail (cw_scenario_find_stage (self, id, NULL) == NULL, NULL);

  stage = g_new0 (CwStage, 1);
  stage->id = g_strdup (id);
  stage->name = g_strdup (name ? name : id);
  stage->kind = kind;
  stage->min_quarters = 4;
  stage->max_quarters = 16;
  g_ptr_array_add (self->stages, stage);
  if (self->start == NULL)
    self->start = g_strdup (id);
  return stage;
}

gboolean
cw_scenario_remove_stage (CwScenario *self,
                          const char *id)
{
  guint index;

  g_return_val_if_fail (self != NULL, FALSE);

  if (cw_scenario_find_stage (self, id, &index) == NULL)
    return FALSE;
  for (guint i = self->edges->len; i > 0; i--)
    {
      const CwEdge *edge = g_ptr_array_index (self->edges, i - 1);

      if (g_str_equal (edge->from, id) || g_str_equal (edge->to, id))
        g_ptr_array_remove_index (self->edges, i - 1);
    }
  if (g_strcmp0 (self->start, id) == 0)
    {
      g_clear_pointer (&self->start, g_free);
      if (self->stages->len > 1)
        self->start = g_strdup (((CwStage *) g_ptr_array_index (self->stages, index == 0 ? 1 : 0))->id);
    }
  g_ptr_array_remove_index (self->stages, index);
  return TRUE;
}

CwEdge *
cw_scenario_add_edge (CwScenario *self,
                      const char *from,
                      const char *to)
{
  CwEdge *edge;

  g_return_val_if_fail (self != NULL && from != NULL && to != NULL, NULL);

  edge = g_new0 (CwEdge, 1);
  edge->from = g_strdup (from);
  edge->to = g_strdup (to);
  edge->indicator = CW_OUT_MEMBERSHIP_SHARE;
  edge->op = CW_COMPARE_GE;
  g_ptr_array_add (self->edges, edge);
  return edge;
}

void
cw_scenario_set_stage_lever (CwStage *stage,
                             CwLever  lever,
                             double   value)
{
  g_return_if_fail (stage != NULL && lever >= 0 && lever < CW_N_LEVERS);
  stage->held |= 1u << lever;
  stage->levers[lever] = value;
}

void
cw_scenario_set_standing (CwScenario *self,
                          CwLever     lever,
                          double      value)
{
  g_return_if_fail (self != NULL && lever >= 0 && lever < CW_N_LEVERS);
  self->standing_held |= 1u << lever;
  self->standing[lever] = value;
}

static int
override_position (const CwScenario *self, guint param, gboolean *found)
{
  guint i = 0;

  while (i < self->overrides->len &&
         g_array_index (self->overrides, CwParamOverride, i).index < param)
    i++;
  *found = i < self->overrides->len &&
           g_array_index (self->overrides, CwParamOverride, i).index == param;
  return i;
}

void
cw_scenario_set_override (CwScenario *self,
                          guint       param,
                          double      value)
{
  gboolean found;
  int i;

  g_return_if_fail (self != NULL && param < cw_params_count ());

  i = override_position (self, param, &found);
  if (found)
    g_array_index (self->overrides, CwParamOverride, i).value = value;
  else
    g_array_insert_val (self->overrides, i, ((CwParamOverride) { param, value }));
}

double
cw_scenario_param (const CwScenario *self,
                   guint             param)
{
  gboolean found;
  int i;

  g_return_val_if_fail (self != NULL && param < cw_params_count (), 0);

  i = override_position (self, param, &found);
  return found ? g_array_index (self->overrides, CwParamOverride, i).value
               : cw_param_info (param)->value;
}

const char *
cw_stage_kind_id (CwStageKind kind)
{
  g_return_val_if_fail (kind >= 0 && kind < CW_N_STAGE_KINDS, NULL);
  return stage_kinds[kind].id;
}

const char *
cw_stage_kind_name (CwStageKind kind)
{
  g_return_val_if_fail (kind >= 0 && kind < CW_N_STAGE_KINDS, NULL);
  return _(stage_kinds[kind].name);
}

int
cw_stage_kind_from_id (const char *id)
{
  return CW_ID_LOOKUP (stage_kinds, id);
}

const CwCompareInfo *
cw_compare_info (CwCompare op)
{
  g_return_val_if_fail (op >= 0 && op < CW_N_COMPARE, NULL);
  return &compares[op];
}

int
cw_compare_from_id (const char *id)
{
  return CW_ID_LOOKUP (compares, id);
}

gboolean
cw_compare_holds (CwCompare op,
                  double    value,
                  double    threshold)
{
  switch (op)
    {
    case CW_COMPARE_LT: return value < threshold;
    case CW_COMPARE_LE: return value <= threshold;
    case CW_COMPARE_GT: return value > threshold;
    case CW_COMPARE_GE: return value >= threshold;
    case CW_N_COMPARE:
    default: g_return_val_if_reached (FALSE);
    }
}

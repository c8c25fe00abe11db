/* cw-document-edits.c — every change the window makes to a scenario, each one
 * call on the document
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-document"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-diagram.h"
#include "cw-document-edits.h"
#include "cw-lever-slot.h"
#include "cw-params.h"

static const CwScenario *
scenario (CwDocument *self)
{
  return cw_document_get_scenario (self);
}

/* The stage @id in the scenario about to change: call after begin_edit. */
static CwStage *
edited_stage (CwScenario *sc,
              const char *id)
{
  CwStage *stage = cw_scenario_find_stage (sc, id, NULL);

  g_assert (stage != NULL);
  return stage;
}

static gboolean
replace_string (CwDocument  *self,
                char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_set_title (CwDocument *self,
                       const char *title)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  if (g_strcmp0 (scenario (self)->meta.title, title) == 0)
    return FALSE;
  return replace_string (self, &cw_document_begin_action (self, NC_("undo", "Rename Scenario"), NULL)->meta.title,
                         title);
}

gboolean
cw_document_set_years (CwDocument *self,
                       int         years)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (years >= 1 && years <= CW_MAX_YEARS, FALSE);

  if (scenario (self)->years == years)
    return FALSE;
  cw_document_begin_action (self, NC_("undo", "Change Years"), "years")->years = years;
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_set_profile (CwDocument  *self,
                         CwProfileId  id,
                         double       value)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (id >= 0 && id < CW_N_PROFILE, FALSE);

  if (scenario (self)->profile[id] == value)
    return FALSE;
  key = g_strdup_printf ("profile:%s", cw_profile_info (id)->id);
  cw_document_begin_action (self, NC_("undo", "Change Cluster Profile"), key)->profile[id] = value;
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_set_param (CwDocument *self,
                       guint       param,
                       double      value)
{
  const CwParamInfo *info;
  g_autofree char *key = NULL;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (param < cw_params_count (), FALSE);

  info = cw_param_info (param);
  g_return_val_if_fail (isfinite (value) && value >= info->min && value <= info->max, FALSE);
  if (cw_scenario_has_override (scenario (self), param) &&
      cw_scenario_param (scenario (self), param) == value)
    return FALSE;
  key = g_strdup_printf ("param:%s", info->id);
  cw_scenario_set_override (cw_document_begin_action (self, NC_("undo", "Change Parameter"), key), param, value);
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_reset_param (CwDocument *self,
                         guint       param)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (param < cw_params_count (), FALSE);

  if (!cw_scenario_has_override (scenario (self), param))
    return FALSE;
  cw_scenario_clear_override (cw_document_begin_action (self, NC_("undo", "Reset Parameter"), NULL), param);
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_reset_params (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);

  if (scenario (self)->overrides->len == 0)
    return FALSE;
  g_array_set_size (cw_document_begin_action (self, NC_("undo", "Reset Parameters"), NULL)->overrides, 0);
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_set_lever (CwDocument *self,
                       const char *stage_id,
                       CwLever     lever,
                       double      value)
{
  g_autofree char *key = NULL;
  double now;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (lever >= 0 && lever < CW_N_LEVERS, FALSE);

  if (!cw_lever_slot_exists (scenario (self), stage_id) ||
      (cw_lever_slot_get (scenario (self), stage_id, lever, &now) && now == value))
    return FALSE;
  key = g_strdup_printf ("lever:%s:%s", stage_id ? stage_id : "", cw_lever_info (lever)->id);
  cw_lever_slot_set (cw_document_begin_action (self, NC_("undo", "Change Lever"), key), stage_id, lever, value);
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_set_standing_levers (CwDocument   *self,
                                 const int    *levers,
                                 const double *values,
                                 guint         n_levers)
{
  gboolean changes = FALSE;
  CwScenario *edited;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (levers != NULL || n_levers == 0, FALSE);

  for (guint i = 0; i < n_levers && !changes; i++)
    {
      double now;

      g_return_val_if_fail (levers[i] >= 0 && levers[i] < CW_N_LEVERS, FALSE);
      changes = !cw_lever_slot_get (scenario (self), NULL, levers[i], &now) || now != values[i];
    }
  if (!changes)
    return FALSE;
  edited = cw_document_begin_edit (self, NULL);
  for (guint i = 0; i < n_levers; i++)
    cw_lever_slot_set (edited, NULL, levers[i], values[i]);
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_set_lever_focus (CwDocument *self,
                             CwLever     lever,
                             gboolean    focus)
{
  CwScenario *sc;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (lever >= 0 && lever < CW_N_LEVERS, FALSE);

  if (((scenario (self)->focus >> lever) & 1) == (focus ? 1u : 0u))
    return FALSE;
  sc = cw_document_begin_action (self, NC_("undo", "Change Lever Focus"), NULL);
  if (focus)
    sc->focus |= 1u << lever;
  else
    sc->focus &= ~(1u << lever);
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_clear_lever (CwDocument *self,
                         const char *stage_id,
                         CwLever     lever)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (lever >= 0 && lever < CW_N_LEVERS, FALSE);

  if (!cw_lever_slot_get (scenario (self), stage_id, lever, NULL))
    return FALSE;
  cw_lever_slot_clear (cw_document_begin_action (self, NC_("undo", "Remove Lever"), NULL), stage_id, lever);
  cw_document_end_edit (self);
  return TRUE;
}

char *
cw_document_add_stage (CwDocument *self,
                       const char *name,
                       double      x,
                       double      y)
{
  CwScenario *sc;
  CwStage *stage;
  char *id;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  sc = cw_document_begin_action (self, NC_("undo", "Add Stage"), NULL);
  id = cw_scenario_unique_stage_id (sc, "stage");
  stage = cw_scenario_add_stage (sc, id, name, CW_STAGE_CUSTOM);
  stage->x = x;
  stage->y = y;
  cw_document_end_edit (self);
  return id;
}

gboolean
cw_document_rename_stage (CwDocument *self,
                          const char *id,
                          const char *name)
{
  const CwStage *stage;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (id != NULL && name != NULL, FALSE);

  stage = cw_scenario_find_stage (scenario (self), id, NULL);
  if (stage == NULL || name[0] == '\0' || g_str_equal (stage->name, name))
    return FALSE;
  return replace_string (self, &edited_stage (cw_document_begin_action (self, NC_("undo", "Rename Stage"), NULL),
                                             id)->name, name);
}

gboolean
cw_document_set_stage_kind (CwDocument  *self,
                            const char  *id,
                            CwStageKind  kind)
{
  const CwStage *stage;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (id != NULL && kind >= 0 && kind < CW_N_STAGE_KINDS, FALSE);

  stage = cw_scenario_find_stage (scenario (self), id, NULL);
  if (stage == NULL || stage->kind == kind)
    return FALSE;
  edited_stage (cw_document_begin_action (self, NC_("undo", "Change Stage Kind"), NULL), id)->kind = kind;
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_set_stage_stay (CwDocument *self,
                            const char *id,
                            int         min_quarters,
                            int         max_quarters)
{
  const CwStage *stage;
  g_autofree char *key = NULL;
  CwStage *edited;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (0 <= min_quarters && min_quarters <= max_quarters &&
                        max_quarters <= CW_MAX_QUARTERS, FALSE);

  stage = cw_scenario_find_stage (scenario (self), id, NULL);
  if (stage == NULL || (stage->min_quarters == min_quarters && stage->max_quarters == max_quarters))
    return FALSE;
  key = g_strdup_printf ("duration:%s", id);
  edited = edited_stage (cw_document_begin_action (self, NC_("undo", "Change Stage Duration"), key), id);
  edited->min_quarters = min_quarters;
  edited->max_quarters = max_quarters;
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_place_stages (CwDocument         *self,
                          const CwStagePlace *places,
                          guint               n_places)
{
  const CwScenario *sc;
  CwScenario *edited;
  gboolean moves = FALSE;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (places != NULL || n_places == 0, FALSE);

  sc = scenario (self);
  for (guint i = 0; i < n_places && !moves; i++)
    {
      const CwStage *stage = cw_scenario_find_stage (sc, places[i].id, NULL);

      moves = stage != NULL && (stage->x != places[i].x || stage->y != places[i].y);
    }
  if (!moves)
    return FALSE;
  edited = cw_document_begin_action (self, n_places == 1 ? NC_("undo", "Move Stage") : NC_("undo", "Move Stages"),
                                     "move");
  for (guint i = 0; i < n_places; i++)
    {
      CwStage *stage = cw_scenario_find_stage (edited, places[i].id, NULL);

      if (stage != NULL)
        {
          stage->x = places[i].x;
          stage->y = places[i].y;
        }
    }
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_set_start (CwDocument *self,
                       const char *id)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (cw_scenario_find_stage (scenario (self), id, NULL) == NULL ||
      g_strcmp0 (scenario (self)->start, id) == 0)
    return FALSE;
  return replace_string (self, &cw_document_begin_action (self, NC_("undo", "Set Start Stage"), NULL)->start, id);
}

gboolean
cw_document_arrange (CwDocument *self)
{
  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);

  if (scenario (self)->stages->len == 0)
    return FALSE;
  cw_diagram_arrange_ring (cw_document_begin_action (self, NC_("undo", "Arrange Stages"), NULL));
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_delete_selection (CwDocument *self)
{
  g_autofree char **ids = NULL;
  g_auto(GStrv) copies = NULL;
  int edge;
  guint n;
  CwScenario *sc;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);

  edge = cw_document_get_selected_edge (self);
  ids = (char **) g_hash_table_get_keys_as_array (cw_document_get_selected_stages (self), &n);
  if (n == 0 && edge < 0)
    return FALSE;
  /* Copies: the selection is pruned while the stages go. */
  copies = g_strdupv (ids);
  sc = cw_document_begin_action (self, n == 0 ? NC_("undo", "Delete Arrow")
                                : n == 1 ? NC_("undo", "Delete Stage") : NC_("undo", "Delete Stages"), NULL);
  if (n == 0)
    g_ptr_array_remove_index (sc->edges, edge);
  for (guint i = 0; i < n; i++)
    cw_scenario_remove_stage (sc, copies[i]);
  cw_document_end_edit (self);
  cw_document_unselect_all (self);
  return TRUE;
}

int
cw_document_connect (CwDocument *self,
                     const char *from,
                     const char *to)
{
  const CwScenario *sc;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), -1);
  g_return_val_if_fail (from != NULL && to != NULL, -1);

  sc = scenario (self);
  if (g_str_equal (from, to) || cw_scenario_find_stage (sc, from, NULL) == NULL ||
      cw_scenario_find_stage (sc, to, NULL) == NULL)
    return -1;
  for (guint i = 0; i < sc->edges->len; i++)
    {
      const CwEdge *edge = g_ptr_array_index (sc->edges, i);

      if (g_str_equal (edge->from, from) && g_str_equal (edge->to, to))
        return i;
    }
  cw_scenario_add_edge (cw_document_begin_action (self, NC_("undo", "Add Arrow"), NULL), from, to);
  cw_document_end_edit (self);
  return scenario (self)->edges->len - 1;
}

gboolean
cw_document_set_edge_condition (CwDocument *self,
                                guint       index,
                                gboolean    conditional,
                                CwOutput    indicator,
                                CwCompare   op,
                                double      threshold)
{
  const CwEdge *edge;
  CwEdge *edited;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (indicator >= 0 && indicator < CW_N_OUTPUTS, FALSE);
  g_return_val_if_fail (op >= 0 && op < CW_N_COMPARE, FALSE);

  if (index >= scenario (self)->edges->len)
    return FALSE;
  edge = g_ptr_array_index (scenario (self)->edges, index);
  if (edge->conditional == conditional && edge->indicator == indicator && edge->op == op &&
      edge->threshold == threshold)
    return FALSE;
  edited = g_ptr_array_index (cw_document_begin_action (self, NC_("undo", "Change Arrow Condition"),
                                                     "condition")->edges, index);
  edited->conditional = conditional;
  edited->indicator = indicator;
  edited->op = op;
  edited->threshold = threshold;
  cw_document_end_edit (self);
  return TRUE;
}

gboolean
cw_document_move_edge (CwDocument *self,
                       guint       from,
                       guint       to)
{
  CwScenario *sc;
  gpointer edge;

  g_return_val_if_fail (CW_IS_DOCUMENT (self), FALSE);

  if (from == to || from >= scenario (self)->edges->len || to >= scenario (self)->edges->len)
    return FALSE;
  sc = cw_document_begin_action (self, NC_("undo", "Reorder Arrows"), NULL);
  edge = g_ptr_array_steal_index (sc->edges, from);
  g_ptr_array_insert (sc->edges, to, edge);
  cw_document_end_edit (self);
  return TRUE;
}

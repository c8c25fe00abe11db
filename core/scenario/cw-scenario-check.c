/* cw-scenario-check.c — finds what would stop a scenario from running
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-scenario"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-params.h"
#include "cw-scenario.h"

void
cw_problem_free (CwProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->message);
  g_free (problem);
}

G_GNUC_PRINTF (6, 7)
static void
add_problem (GPtrArray         *problems,
             CwProblemSeverity  severity,
             CwPlaceKind        place,
             int                index,
             int                sub,
             const char        *format,
             ...)
{
  CwProblem *problem = g_new0 (CwProblem, 1);
  va_list args;

  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  problem->severity = severity;
  problem->place = place;
  problem->index = index;
  problem->sub = sub;
  g_ptr_array_add (problems, problem);
}

static void
check_lever (GPtrArray   *problems,
             CwPlaceKind  place,
             int          index,
             CwLever      lever,
             double       value,
             const char  *where)
{
  const CwLeverInfo *info = cw_lever_info (lever);

  if (!isfinite (value) || value < info->min || value > info->max)
    add_problem (problems, CW_PROBLEM_ERROR, place, index, lever,
                 /* Translators: %s: lever id, %s: where (a stage name or "standing levers"),
                    %g %g: range, %g: the value given */
                 _("The lever “%s” in %s must be between %g and %g (it is %g)."),
                 info->id, where, info->min, info->max, value);
}

static void
check_profile (const CwScenario *self,
               GPtrArray        *problems)
{
  for (int i = 0; i < CW_N_PROFILE; i++)
    {
      const CwProfileInfo *info = cw_profile_info (i);

      if (cw_profile_in_range (i, self->profile[i]))
        continue;
      if (info->max_open)
        add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_PROFILE, i, 0,
                     _("The profile value “%s” must be at least %g and below %g (it is %g)."),
                     info->id, info->min, info->max, self->profile[i]);
      else if (info->integer)
        add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_PROFILE, i, 0,
                     _("The profile value “%s” must be a whole number from %g to %g (it is %g)."),
                     info->id, info->min, info->max, self->profile[i]);
      else
        add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_PROFILE, i, 0,
                     _("The profile value “%s” must be between %g and %g (it is %g)."),
                     info->id, info->min, info->max, self->profile[i]);
    }
  if (self->profile[CW_PROFILE_LEAD_FIRMS] > self->profile[CW_PROFILE_FIRMS])
    add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_PROFILE, CW_PROFILE_LEAD_FIRMS, 0,
                 _("The cluster has more lead firms (%g) than firms (%g)."),
                 self->profile[CW_PROFILE_LEAD_FIRMS], self->profile[CW_PROFILE_FIRMS]);
}

static void
check_stages (const CwScenario *self,
              GPtrArray        *problems)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->stages->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (self->stages, i);
      g_autofree char *where = NULL;

      if (stage->id[0] == '\0')
        add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_STAGE, i, 0,
                     _("A stage has an empty id."));
      else if (!g_hash_table_add (seen, stage->id))
        add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_STAGE, i, 0,
                     _("Two stages have the same id “%s”; each stage needs its own."),
                     stage->id);
      if (stage->min_quarters < 0 || stage->max_quarters > CW_MAX_QUARTERS ||
          stage->min_quarters > stage->max_quarters)
        add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_STAGE, i, 0,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "The stage “%s” must last at least 0 and at most %d quarter, "
                                  "with the minimum not above the maximum (it has %d to %d).",
                                  "The stage “%s” must last at least 0 and at most %d quarters, "
                                  "with the minimum not above the maximum (it has %d to %d).",
                                  CW_MAX_QUARTERS),
                     stage->id, CW_MAX_QUARTERS, stage->min_quarters, stage->max_quarters);
      if (!isfinite (stage->x) || !isfinite (stage->y) ||
          fabs (stage->x) > 1e6 || fabs (stage->y) > 1e6)
        add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_STAGE, i, 0,
                     _("The stage “%s” has a position off the canvas."), stage->id);
      /* Translators: where a lever is set, %s: stage id */
      where = g_strdup_printf (_("the stage “%s”"), stage->id);
      for (int l = 0; l < CW_N_LEVERS; l++)
        if (stage->held & (1u << l))
          check_lever (problems, CW_PLACE_STAGE_LEVER, i, l, stage->levers[l], where);
    }
}

/* Whether the condition of @edge lies outside its indicator's range: a
 * threshold below the least value or above the greatest. */
static gboolean
never_holds (const CwEdge *edge)
{
  const CwOutputInfo *info = cw_output_info (edge->indicator);
  gboolean bounded = info->max > info->min;

  switch (edge->op)
    {
    case CW_COMPARE_LT: return edge->threshold <= info->min;
    case CW_COMPARE_LE: return edge->threshold < info->min;
    case CW_COMPARE_GT: return bounded && edge->threshold >= info->max;
    case CW_COMPARE_GE: return bounded && edge->threshold > info->max;
    default: g_return_val_if_reached (FALSE);
    }
}

static void
check_edges (const CwScenario *self,
             GPtrArray        *problems)
{
  for (guint i = 0; i < self->edges->len; i++)
    {
      const CwEdge *edge = g_ptr_array_index (self->edges, i);

      if (cw_scenario_find_stage (self, edge->from, NULL) == NULL)
        add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_EDGE, i, 0,
                     _("An arrow starts at the stage “%s”, which does not exist."), edge->from);
      if (cw_scenario_find_stage (self, edge->to, NULL) == NULL)
        add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_EDGE, i, 0,
                     _("An arrow leads to the stage “%s”, which does not exist."), edge->to);
      if (!edge->conditional)
        continue;
      if (edge->indicator < 0 || edge->indicator >= CW_N_OUTPUTS ||
          cw_output_info (edge->indicator)->kind == CW_OUTPUT_KIND_CATEGORY)
        add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_EDGE, i, 0,
                     _("The condition on the arrow from “%s” to “%s” must test a numeric outcome."),
                     edge->from, edge->to);
      if (edge->op < 0 || edge->op >= CW_N_COMPARE)
        add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_EDGE, i, 0,
                     _("The condition on the arrow from “%s” to “%s” has no valid comparison."),
                     edge->from, edge->to);
      if (!isfinite (edge->threshold))
        add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_EDGE, i, 0,
                     _("The condition on the arrow from “%s” to “%s” needs a finite threshold."),
                     edge->from, edge->to);
      else if (edge->indicator >= 0 && edge->indicator < CW_N_OUTPUTS && edge->op >= 0 &&
               edge->op < CW_N_COMPARE && never_holds (edge))
        {
          const CwOutputInfo *info = cw_output_info (edge->indicator);

          if (info->max > info->min)
            add_problem (problems, CW_PROBLEM_WARNING, CW_PLACE_EDGE, i, 0,
                         /* Translators: %s %s: stage ids, %s: outcome id, %g %g: its range */
                         _("The condition on the arrow from “%s” to “%s” can never hold: "
                           "“%s” is always between %g and %g."),
                         edge->from, edge->to, info->id, info->min, info->max);
          else
            add_problem (problems, CW_PROBLEM_WARNING, CW_PLACE_EDGE, i, 0,
                         /* Translators: %s %s: stage ids, %s: outcome id, %g: its least value */
                         _("The condition on the arrow from “%s” to “%s” can never hold: "
                           "“%s” is never below %g."),
                         edge->from, edge->to, info->id, info->min);
        }
    }
}

/* Warnings for stages the walker can never reach and stages it can never leave. */
static void
check_reachability (const CwScenario *self,
                    GPtrArray        *problems)
{
  guint start, n = self->stages->len;
  g_autofree gboolean *reached = g_new0 (gboolean, n);
  g_autofree guint *queue = g_new (guint, n);
  guint head = 0, tail = 0;

  if (cw_scenario_find_stage (self, self->start, &start) == NULL)
    return;
  reached[start] = TRUE;
  queue[tail++] = start;
  while (head < tail)
    {
      const CwStage *stage = g_ptr_array_index (self->stages, queue[head++]);

      for (guint e = 0; e < self->edges->len; e++)
        {
          const CwEdge *edge = g_ptr_array_index (self->edges, e);
          guint to;

          if (g_str_equal (edge->from, stage->id) &&
              cw_scenario_find_stage (self, edge->to, &to) && !reached[to])
            {
              reached[to] = TRUE;
              queue[tail++] = to;
            }
        }
    }
  for (guint i = 0; i < n; i++)
    {
      const CwStage *stage = g_ptr_array_index (self->stages, i);
      guint exits = 0, fallbacks = 0;

      if (!reached[i])
        add_problem (problems, CW_PROBLEM_WARNING, CW_PLACE_STAGE, i, 0,
                     _("The stage “%s” can never be reached from the start."), stage->id);
      for (guint e = 0; e < self->edges->len; e++)
        {
          const CwEdge *edge = g_ptr_array_index (self->edges, e);

          if (g_str_equal (edge->from, stage->id))
            {
              exits++;
              fallbacks += !edge->conditional;
            }
        }
      if (exits == 0 && n > 1)
        add_problem (problems, CW_PROBLEM_WARNING, CW_PLACE_STAGE, i, 0,
                     _("The stage “%s” has no arrow out of it: the cycle stops there."), stage->id);
      else if (exits > 0 && fallbacks == 0)
        add_problem (problems, CW_PROBLEM_WARNING, CW_PLACE_STAGE, i, 0,
                     /* Translators: %s: stage id, %d: its maximum duration in quarters */
                     g_dngettext (GETTEXT_PACKAGE,
                                  "Every arrow out of the stage “%s” has a condition: while none holds, the "
                                  "stage lasts past its maximum of %d quarter, possibly to the end of the "
                                  "run. Add an arrow without a condition to leave it at the maximum.",
                                  "Every arrow out of the stage “%s” has a condition: while none holds, the "
                                  "stage lasts past its maximum of %d quarters, possibly to the end of the "
                                  "run. Add an arrow without a condition to leave it at the maximum.",
                                  stage->max_quarters),
                     stage->id, stage->max_quarters);
    }
}

static void
check_overrides (const CwScenario *self,
                 GPtrArray        *problems)
{
  for (guint i = 0; i < self->overrides->len; i++)
    {
      const CwParamOverride *o = &g_array_index (self->overrides, CwParamOverride, i);
      const CwParamInfo *info;

      if (o->index >= cw_params_count ())
        {
          add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_OVERRIDE, i, 0,
                       _("A parameter override names no known parameter."));
          continue;
        }
      info = cw_param_info (o->index);
      if (!isfinite (o->value) || o->value < info->min || o->value > info->max)
        add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_OVERRIDE, i, 0,
                     _("The parameter “%s” must be between %g and %g (it is %g)."),
                     info->id, info->min, info->max, o->value);
    }
}

gboolean
cw_scenario_check (const CwScenario *self,
                   GPtrArray        *problems)
{
  guint before;

  g_return_val_if_fail (self != NULL && problems != NULL, FALSE);

  before = problems->len;
  check_profile (self, problems);
  for (int l = 0; l < CW_N_LEVERS; l++)
    if (self->standing_held & (1u << l))
      check_lever (problems, CW_PLACE_STANDING, l, l, self->standing[l], _("the standing levers"));
  check_stages (self, problems);
  check_edges (self, problems);
  if (self->stages->len > 0 && self->start == NULL)
    add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_START, 0, 0,
                 _("The policy cycle has stages but no start stage."));
  else if (self->start != NULL && cw_scenario_find_stage (self, self->start, NULL) == NULL)
    add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_START, 0, 0,
                 _("The policy cycle starts at “%s”, but there is no stage with that id."),
                 self->start);
  else
    check_reachability (self, problems);
  check_overrides (self, problems);
  if (self->years < 1 || self->years > CW_MAX_YEARS)
    add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_RUN, 0, 0,
                 g_dngettext (GETTEXT_PACKAGE, "The horizon must be from 1 to %d year (it is %d).",
                              "The horizon must be from 1 to %d years (it is %d).", CW_MAX_YEARS),
                 CW_MAX_YEARS, self->years);
  if (self->runs < 1 || self->runs > CW_MAX_RUNS)
    add_problem (problems, CW_PROBLEM_ERROR, CW_PLACE_RUN, 0, 0,
                 _("The number of runs must be from 1 to %d (it is %d)."), CW_MAX_RUNS, self->runs);

  for (guint i = before; i < problems->len; i++)
    if (((CwProblem *) g_ptr_array_index (problems, i))->severity == CW_PROBLEM_ERROR)
      return FALSE;
  return TRUE;
}

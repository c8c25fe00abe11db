/* test-scenario.c — the scenario type, its tables and its checks
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "cw-params.h"
#include "cw-scenario.h"

static CwScenario *
make_cycle (void)
{
  CwScenario *sc = cw_scenario_new ();
  CwStage *a = cw_scenario_add_stage (sc, "a", "Awareness", CW_STAGE_AWARENESS);
  CwStage *b = cw_scenario_add_stage (sc, "b", "Ownership", CW_STAGE_OWNERSHIP);

  cw_scenario_set_stage_lever (a, CW_LEVER_AWARENESS_CAMPAIGN, 0.8);
  cw_scenario_set_stage_lever (b, CW_LEVER_CO_DESIGN, 0.5);
  cw_scenario_add_edge (sc, "a", "b");
  cw_scenario_add_edge (sc, "b", "a");
  return sc;
}

/* Counts the problems of @severity that @sc has. */
static guint
count_problems (const CwScenario *sc, CwProblemSeverity severity, CwPlaceKind *place)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_problem_free);
  guint n = 0;

  cw_scenario_check (sc, problems);
  for (guint i = 0; i < problems->len; i++)
    {
      const CwProblem *p = g_ptr_array_index (problems, i);

      g_assert_nonnull (p->message);
      g_assert_cmpuint (strlen (p->message), >, 10);
      if (p->severity == severity)
        {
          n++;
          if (place)
            *place = p->place;
        }
    }
  return n;
}

static void
test_tables (void)
{
  g_assert_cmpint (cw_lever_from_id ("education"), ==, CW_LEVER_EDUCATION);
  g_assert_cmpint (cw_lever_from_id ("mission"), ==, CW_LEVER_MISSION);
  g_assert_cmpint (cw_lever_from_id ("nope"), ==, -1);
  g_assert_cmpfloat (cw_lever_info (CW_LEVER_LEAD_RELOCATION)->min, ==, -1);
  g_assert_cmpfloat (cw_lever_clamp (CW_LEVER_EDUCATION, 1.5), ==, 1);
  for (int l = 0; l < CW_N_LEVERS; l++)
    {
      const CwLeverInfo *info = cw_lever_info (l);

      g_assert_cmpint (cw_lever_from_id (info->id), ==, l);
      g_assert_nonnull (cw_lever_group_name (info->group));
    }
  for (int p = 0; p < CW_N_PROFILE; p++)
    {
      const CwProfileInfo *info = cw_profile_info (p);

      g_assert_cmpint (cw_profile_from_id (info->id), ==, p);
      g_assert_true (cw_profile_in_range (p, info->fallback));
    }
  g_assert_false (cw_profile_in_range (CW_PROFILE_FOCUS, 1.0));
  g_assert_false (cw_profile_in_range (CW_PROFILE_FIRMS, 10.5));
  g_assert_false (cw_profile_in_range (CW_PROFILE_TRUST, NAN));
  g_assert_cmpint (cw_output_from_id ("budget_binding"), ==, CW_OUT_BUDGET_BINDING);
  g_assert_cmpint (cw_output_from_id ("step"), ==, 0);
  for (guint i = 0; i < cw_params_count (); i++)
    {
      const CwParamInfo *info = cw_param_info (i);

      g_assert_cmpint (cw_param_from_id (info->id), ==, (int) i);
      g_assert_cmpfloat (info->min, <=, info->value);
      g_assert_cmpfloat (info->value, <=, info->max);
    }
  for (int k = 0; k < CW_N_STAGE_KINDS; k++)
    g_assert_cmpint (cw_stage_kind_from_id (cw_stage_kind_id (k)), ==, k);
  for (int op = 0; op < CW_N_COMPARE; op++)
    g_assert_cmpint (cw_compare_from_id (cw_compare_info (op)->id), ==, op);
  g_assert_cmpstr (cw_compare_info (CW_COMPARE_GE)->symbol, ==, "≥");
  g_assert_cmpint (cw_compare_from_id ("ge"), ==, CW_COMPARE_GE);
  g_assert_cmpint (cw_compare_from_id (">="), ==, -1);
}

static void
test_copy_equal_hash (void)
{
  g_autoptr(CwScenario) sc = make_cycle ();
  g_autoptr(CwScenario) copy = cw_scenario_copy (sc);
  g_autofree char *h1 = cw_scenario_hash (sc);
  g_autofree char *h2 = NULL;
  g_autofree char *h3 = NULL;

  g_assert_true (cw_scenario_equal (sc, copy));
  h2 = cw_scenario_hash (copy);
  g_assert_cmpstr (h1, ==, h2);

  /* Layout does not change the hash, a lever does. */
  ((CwStage *) g_ptr_array_index (copy->stages, 0))->x = 40;
  g_assert_false (cw_scenario_equal (sc, copy));
  g_free (h2);
  h2 = cw_scenario_hash (copy);
  g_assert_cmpstr (h1, ==, h2);
  cw_scenario_set_stage_lever (g_ptr_array_index (copy->stages, 0), CW_LEVER_EDUCATION, 0.1);
  h3 = cw_scenario_hash (copy);
  g_assert_cmpstr (h1, !=, h3);
}

/* Identity by state: what changes a run is compared in full, integers as
 * integers, so seeds a double cannot tell apart still differ. */
static void
test_same_run (void)
{
  g_autoptr(CwScenario) sc = make_cycle ();
  g_autoptr(CwScenario) copy = cw_scenario_copy (sc);
  CwStage *stage = g_ptr_array_index (copy->stages, 0);
  g_autofree char *h1 = NULL;
  g_autofree char *h2 = NULL;

  /* Names, kinds, places and meta do not change a run. */
  g_free (stage->name);
  stage->name = g_strdup ("Another name");
  stage->kind = CW_STAGE_MISSION;
  stage->y += 10;
  g_free (copy->meta.title);
  copy->meta.title = g_strdup ("Another title");
  g_assert_false (cw_scenario_equal (sc, copy));
  g_assert_true (cw_scenario_same_run (sc, copy));
  stage->max_quarters++;
  g_assert_false (cw_scenario_same_run (sc, copy));
  stage->max_quarters--;
  copy->runs++;
  g_assert_false (cw_scenario_same_run (sc, copy));
  copy->runs--;
  g_assert_true (cw_scenario_same_run (sc, copy));

  sc->seed = G_GUINT64_CONSTANT (9007199254740992);
  copy->seed = sc->seed + 1;
  g_assert_cmpfloat ((double) sc->seed, ==, (double) copy->seed);
  g_assert_false (cw_scenario_same_run (sc, copy));
  h1 = cw_scenario_hash (sc);
  h2 = cw_scenario_hash (copy);
  g_assert_cmpstr (h1, !=, h2);
  copy->seed = G_MAXUINT64;
  g_free (h2);
  h2 = cw_scenario_hash (copy);
  g_assert_cmpstr (h1, !=, h2);
}

static void
test_edit (void)
{
  g_autoptr(CwScenario) sc = make_cycle ();
  g_autofree char *id = cw_scenario_unique_stage_id (sc, "a");

  g_assert_cmpstr (id, ==, "a-2");
  g_assert_cmpstr (sc->start, ==, "a");
  g_assert_true (cw_scenario_remove_stage (sc, "a"));
  g_assert_false (cw_scenario_remove_stage (sc, "a"));
  g_assert_cmpuint (sc->stages->len, ==, 1);
  g_assert_cmpuint (sc->edges->len, ==, 0);
  g_assert_cmpstr (sc->start, ==, "b");
  g_assert_true (cw_scenario_remove_stage (sc, "b"));
  g_assert_null (sc->start);
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, NULL), ==, 0);

  cw_scenario_set_override (sc, 0, 0.5);
  cw_scenario_set_override (sc, 0, 0.25);
  g_assert_cmpuint (sc->overrides->len, ==, 1);
  g_assert_cmpfloat (cw_scenario_param (sc, 0), ==, 0.25);
}

static void
test_check (void)
{
  g_autoptr(CwScenario) sc = make_cycle ();
  CwPlaceKind place;
  CwEdge *edge;

  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, NULL), ==, 0);
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_WARNING, NULL), ==, 0);

  sc->profile[CW_PROFILE_LEAD_FIRMS] = 500;
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, &place), ==, 1);
  g_assert_cmpint (place, ==, CW_PLACE_PROFILE);
  sc->profile[CW_PROFILE_LEAD_FIRMS] = 2;

  cw_scenario_set_standing (sc, CW_LEVER_EDUCATION, INFINITY);
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, &place), ==, 1);
  g_assert_cmpint (place, ==, CW_PLACE_STANDING);
  cw_scenario_set_standing (sc, CW_LEVER_EDUCATION, 0.5);

  edge = cw_scenario_add_edge (sc, "a", "ghost");
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, &place), ==, 1);
  g_assert_cmpint (place, ==, CW_PLACE_EDGE);
  g_free (edge->to);
  edge->to = g_strdup ("b");
  edge->conditional = TRUE;
  edge->indicator = CW_OUT_GOVERNANCE;
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, NULL), ==, 1);
  edge->indicator = CW_OUT_MEMBERSHIP_SHARE;
  edge->threshold = NAN;
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, NULL), ==, 1);
  edge->threshold = 0.4;
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, NULL), ==, 0);

  /* An island stage: reachable from nowhere, leading nowhere. */
  cw_scenario_add_stage (sc, "island", "Island", CW_STAGE_CUSTOM);
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_WARNING, NULL), ==, 2);
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, NULL), ==, 0);

  g_free (sc->start);
  sc->start = g_strdup ("nowhere");
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, &place), ==, 1);
  g_assert_cmpint (place, ==, CW_PLACE_START);
  g_clear_pointer (&sc->start, g_free);
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, &place), ==, 1);

  sc->start = g_strdup ("a");
  sc->years = 0;
  sc->runs = 0;
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, NULL), ==, 2);
  sc->years = 15;
  sc->runs = 1;
  ((CwStage *) g_ptr_array_index (sc->stages, 0))->min_quarters = 30;
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, NULL), ==, 1);
  ((CwStage *) g_ptr_array_index (sc->stages, 0))->min_quarters = 3;
  g_free (((CwStage *) g_ptr_array_index (sc->stages, 1))->id);
  ((CwStage *) g_ptr_array_index (sc->stages, 1))->id = g_strdup ("a");
  g_assert_cmpuint (count_problems (sc, CW_PROBLEM_ERROR, NULL), >=, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scenario/tables", test_tables);
  g_test_add_func ("/scenario/copy-equal-hash", test_copy_equal_hash);
  g_test_add_func ("/scenario/same-run", test_same_run);
  g_test_add_func ("/scenario/edit", test_edit);
  g_test_add_func ("/scenario/check", test_check);
  return g_test_run ();
}

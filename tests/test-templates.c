/* test-templates.c — the built-in scenarios are valid and laid out on a ring
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "cw-templates.h"

static void
test_valid (void)
{
  for (int t = 0; t < CW_N_TEMPLATES; t++)
    {
      g_autoptr(CwScenario) sc = cw_template_new (t);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_problem_free);

      g_assert_true (cw_scenario_check (sc, problems));
      /* No warnings either: every stage is reachable and has a way out. */
      g_assert_cmpuint (problems->len, ==, 0);
      g_assert_nonnull (sc->meta.title);
      g_assert_cmpstr (cw_template_name (t), ==, sc->meta.title);
      g_assert_nonnull (cw_template_id (t));
    }
}

static void
test_digital_era (void)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  static const CwStageKind kinds[] = { CW_STAGE_AWARENESS, CW_STAGE_OWNERSHIP, CW_STAGE_CO_LEARNING,
                                       CW_STAGE_SUSTAINABILITY, CW_STAGE_MISSION };
  const CwEdge *last;

  g_assert_cmpuint (sc->stages->len, ==, G_N_ELEMENTS (kinds));
  g_assert_cmpstr (sc->start, ==, "awareness");
  for (guint i = 0; i < sc->stages->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (sc->stages, i);

      g_assert_cmpint (stage->kind, ==, kinds[i]);
      g_assert_cmpfloat_with_epsilon (hypot (stage->x / CW_TEMPLATE_RADIUS_X, stage->y / CW_TEMPLATE_RADIUS_Y), 1,
                                      0.01);
      g_assert_cmpuint (stage->held, !=, 0);
    }
  /* The start is at the top of the ring; the cycle returns to it. */
  g_assert_cmpfloat (((CwStage *) g_ptr_array_index (sc->stages, 0))->y, <, -CW_TEMPLATE_RADIUS_Y + 1);
  last = g_ptr_array_index (sc->edges, sc->edges->len - 1);
  g_assert_cmpstr (last->from, ==, "mission");
  g_assert_cmpstr (last->to, ==, "awareness");
}

static void
test_policy_cycle (void)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_POLICY_CYCLE);
  gboolean conditional_first = FALSE;

  g_assert_cmpuint (sc->stages->len, ==, 4);
  for (guint i = 0; i < sc->edges->len; i++)
    {
      const CwEdge *edge = g_ptr_array_index (sc->edges, i);

      if (g_str_equal (edge->from, "evaluation"))
        {
          conditional_first = edge->conditional && g_str_equal (edge->to, "formulation");
          break;
        }
    }
  g_assert_true (conditional_first);
}

static void
test_empty (void)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_EMPTY);

  g_assert_cmpuint (sc->stages->len, ==, 0);
  g_assert_cmpuint (sc->standing_held, ==, 0);
  g_assert_null (sc->start);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/templates/valid", test_valid);
  g_test_add_func ("/templates/digital-era", test_digital_era);
  g_test_add_func ("/templates/policy-cycle", test_policy_cycle);
  g_test_add_func ("/templates/empty", test_empty);
  return g_test_run ();
}

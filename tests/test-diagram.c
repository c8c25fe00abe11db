/* test-diagram.c — the cycle diagram: hit tests, bounds, ring layout, drawing;
 * and what the levers cost
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "cw-budget.h"
#include "cw-diagram.h"
#include "cw-params.h"
#include "cw-templates.h"

static CwScenario *
two_stages (void)
{
  CwScenario *sc = cw_scenario_new ();
  CwStage *a = cw_scenario_add_stage (sc, "a", "Alpha", CW_STAGE_AWARENESS);
  CwStage *b = cw_scenario_add_stage (sc, "b", "Beta", CW_STAGE_MISSION);

  a->x = 0;
  a->y = 0;
  b->x = 400;
  b->y = 0;
  cw_scenario_add_edge (sc, "a", "b");
  return sc;
}

static void
test_hit (void)
{
  g_autoptr(CwScenario) sc = two_stages ();
  guint index = 99;
  double mx = 200, my = 0;

  g_assert_cmpint (cw_diagram_hit (sc, 0, 0, &index), ==, CW_DIAGRAM_HIT_STAGE);
  g_assert_cmpuint (index, ==, 0);
  g_assert_cmpint (cw_diagram_hit (sc, 400 - CW_DIAGRAM_STAGE_WIDTH / 2 + 2, 10, &index), ==,
                   CW_DIAGRAM_HIT_STAGE);
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpint (cw_diagram_hit (sc, CW_DIAGRAM_STAGE_WIDTH / 2, 0, &index), ==,
                   CW_DIAGRAM_HIT_HANDLE);
  g_assert_cmpuint (index, ==, 0);
  /* The arrow bends away from the straight line: find it by scanning across. */
  for (my = -120; my < 120; my += 1)
    if (cw_diagram_hit (sc, mx, my, &index) == CW_DIAGRAM_HIT_EDGE)
      break;
  g_assert_cmpfloat (my, <, 120);
  g_assert_cmpuint (index, ==, 0);
  g_assert_cmpfloat (fabs (my), >, 10);
  g_assert_cmpint (cw_diagram_hit (sc, 200, 300, NULL), ==, CW_DIAGRAM_HIT_NONE);
}

static void
test_bounds (void)
{
  g_autoptr(CwScenario) sc = two_stages ();
  g_autoptr(CwScenario) empty = cw_scenario_new ();
  double x, y, w, h;

  g_assert_true (cw_diagram_bounds (sc, &x, &y, &w, &h));
  g_assert_cmpfloat (x, <, -CW_DIAGRAM_STAGE_WIDTH / 2);
  g_assert_cmpfloat (x + w, >, 400 + CW_DIAGRAM_STAGE_WIDTH / 2);
  g_assert_cmpfloat (y, <, -CW_DIAGRAM_STAGE_HEIGHT / 2);
  g_assert_false (cw_diagram_bounds (empty, &x, &y, &w, &h));
  g_assert_cmpfloat (w, >, 0);
  g_assert_cmpfloat (h, >, 0);
  g_assert_true (cw_diagram_stage_in_rect (g_ptr_array_index (sc->stages, 0), -10, -10, 20, 20));
  g_assert_false (cw_diagram_stage_in_rect (g_ptr_array_index (sc->stages, 0), 300, -10, 20, 20));
}

/* The ring follows the cycle from the start, not the file order. */
static void
test_arrange (void)
{
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  const char *ids[] = { "s", "c", "b", "lonely" };
  const CwStage *s, *b, *c, *lonely;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    cw_scenario_add_stage (sc, ids[i], ids[i], CW_STAGE_CUSTOM);
  cw_scenario_add_edge (sc, "s", "b");
  cw_scenario_add_edge (sc, "b", "c");
  cw_scenario_add_edge (sc, "c", "s");
  cw_diagram_arrange_ring (sc);
  s = cw_scenario_find_stage (sc, "s", NULL);
  b = cw_scenario_find_stage (sc, "b", NULL);
  c = cw_scenario_find_stage (sc, "c", NULL);
  lonely = cw_scenario_find_stage (sc, "lonely", NULL);
  /* Start at the top, then clockwise (y grows downwards): right, bottom, left. */
  g_assert_cmpfloat (fabs (s->x), <, 1);
  g_assert_cmpfloat (s->y, <, 0);
  g_assert_cmpfloat (b->x, >, 0);
  g_assert_cmpfloat (c->y, >, 0);
  g_assert_cmpfloat (lonely->x, <, 0);
  /* No two boxes overlap. */
  for (guint i = 0; i < sc->stages->len; i++)
    for (guint j = i + 1; j < sc->stages->len; j++)
      {
        const CwStage *p = g_ptr_array_index (sc->stages, i), *q = g_ptr_array_index (sc->stages, j);

        g_assert_true (fabs (p->x - q->x) > CW_DIAGRAM_STAGE_WIDTH || fabs (p->y - q->y) > CW_DIAGRAM_STAGE_HEIGHT);
      }
}

static guint
count_ink (cairo_surface_t *surface)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint ink = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (((const guint32 *) (data + y * stride))[x] != 0)
        ink++;
  return ink;
}

static guint
draw (const CwScenario     *sc,
      const CwDiagramState *state)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 800);
  cairo_t *cr = cairo_create (surface);
  guint ink;

  cairo_translate (cr, 400, 400);
  cw_diagram_draw (cr, sc, state);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  ink = count_ink (surface);
  cairo_surface_destroy (surface);
  return ink;
}

/* Drawing paints; selection and a condition label paint more. */
static void
test_draw (void)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  g_autoptr(CwScenario) empty = cw_scenario_new ();
  g_autoptr(GHashTable) selected = g_hash_table_new (g_str_hash, g_str_equal);
  CwDiagramState state;
  guint plain, marked;

  cw_diagram_state_init (&state);
  g_assert_cmpuint (draw (empty, &state), ==, 0);
  plain = draw (sc, NULL);
  g_assert_cmpuint (plain, >, 10000);
  g_hash_table_add (selected, (gpointer) "awareness");
  state.selected = selected;
  state.active = "mission";
  state.selected_edge = 0;
  marked = draw (sc, &state);
  g_assert_cmpuint (marked, >, plain);
  ((CwEdge *) g_ptr_array_index (sc->edges, 0))->conditional = TRUE;
  g_assert_cmpuint (draw (sc, NULL), >, plain);
  state.dark = TRUE;
  g_assert_cmpuint (draw (sc, &state), >, 0);
}

static void
test_budget (void)
{
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  int education = cw_param_from_id ("cost_education");
  double unit = cw_param_info (education)->value;
  CwStage *stage;
  int worst = 99;

  g_assert_cmpfloat (cw_budget_peak_cost (sc, &worst), ==, 0);
  g_assert_cmpint (worst, ==, -1);
  /* Education: a fixed part plus a part per firm trained, for every firm. */
  unit += cw_scenario_param (sc, cw_param_from_id ("cost_firm_education")) / 1000 *
          sc->profile[CW_PROFILE_FIRMS];
  g_assert_cmpfloat_with_epsilon (cw_budget_lever_cost (sc, CW_LEVER_EDUCATION, 0.5), unit / 2, 1e-12);
  cw_scenario_set_override (sc, education, 4);
  cw_scenario_set_override (sc, cw_param_from_id ("cost_firm_education"), 0);
  g_assert_cmpfloat_with_epsilon (cw_budget_lever_cost (sc, CW_LEVER_EDUCATION, 0.5), 2, 1e-12);
  /* A negative relocation is a shock, not bought: it costs nothing. */
  g_assert_cmpfloat (cw_budget_lever_cost (sc, CW_LEVER_LEAD_RELOCATION, -0.5), ==, 0);

  cw_scenario_set_standing (sc, CW_LEVER_EDUCATION, 0.25);
  g_assert_cmpfloat_with_epsilon (cw_budget_stage_cost (sc, NULL), 1, 1e-12);
  cw_scenario_add_stage (sc, "cheap", "Cheap", CW_STAGE_CUSTOM);
  stage = cw_scenario_add_stage (sc, "dear", "Dear", CW_STAGE_CUSTOM);
  /* Intensities add and are clipped to the lever's range: 0.25 + 1 → 1. */
  cw_scenario_set_stage_lever (stage, CW_LEVER_EDUCATION, 1);
  g_assert_cmpfloat_with_epsilon (cw_budget_stage_cost (sc, stage), 4, 1e-12);
  g_assert_cmpfloat_with_epsilon (cw_budget_peak_cost (sc, &worst), 4, 1e-12);
  g_assert_cmpint (worst, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/diagram/hit", test_hit);
  g_test_add_func ("/diagram/bounds", test_bounds);
  g_test_add_func ("/diagram/arrange", test_arrange);
  g_test_add_func ("/diagram/draw", test_draw);
  g_test_add_func ("/budget/costs", test_budget);
  status = g_test_run ();
  /* Frees cairo's font caches, so that leak checkers see only our leaks. */
  cairo_debug_reset_static_data ();
  return status;
}

/* test-describe.c — stages and arrows in words
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cw-describe.h"
#include "cw-params.h"
#include "cw-templates.h"
#include "decimal-comma.h"

static void
test_condition (void)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_POLICY_CYCLE);
  CwEdge edge = { .from = (char *) "a", .to = (char *) "b", .conditional = TRUE,
                  .indicator = CW_OUT_FIRMS, .op = CW_COMPARE_GE, .threshold = 150 };
  g_autofree char *count = cw_describe_condition (&edge);
  g_autofree char *share = NULL, *none = NULL, *arrow = NULL;

  g_assert_cmpstr (count, ==, "When Firms is at least 150");
  edge.indicator = CW_OUT_MEMBERSHIP_SHARE;
  edge.op = CW_COMPARE_LT;
  edge.threshold = 0.4;
  share = cw_describe_condition (&edge);
  g_assert_cmpstr (share, ==, "When Membership share is below 0.40");
  edge.conditional = FALSE;
  none = cw_describe_condition (&edge);
  g_assert_cmpstr (none, ==, "Without a condition: taken at the longest stay");
  arrow = cw_describe_arrow (sc, g_ptr_array_index (sc->edges, 0));
  g_assert_cmpstr (arrow, ==, "From “Agenda setting” to “Formulation”");
}

/* The condition is read on screen: its threshold has the user's decimal separator. */
static void
test_condition_locale (void)
{
  CwEdge edge = { .from = (char *) "a", .to = (char *) "b", .conditional = TRUE,
                  .indicator = CW_OUT_MEMBERSHIP_SHARE, .op = CW_COMPARE_GE, .threshold = 0.6 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-describe-XXXXXX", &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  if (!use_decimal_comma (dir))
    g_test_skip ("no German locale, and localedef cannot make one");
  else
    {
      text = cw_describe_condition (&edge);
      setlocale (LC_NUMERIC, "C");
      g_assert_cmpstr (text, ==, "When Membership share is at least 0,60");
    }
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) "rm", (char *) "-r", dir, NULL }, NULL,
                               G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL));
}

static void
test_stage (void)
{
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  CwStage *stage = cw_scenario_add_stage (sc, "s", "S", CW_STAGE_AWARENESS);
  g_autofree char *bare = NULL, *held = NULL;

  bare = cw_describe_stage (stage);
  g_assert_cmpstr (bare, ==, "Raising awareness\nStays 4 to 16 quarters\nNo levers");
  cw_scenario_set_stage_lever (stage, CW_LEVER_PLATFORMS, 0.6);
  cw_scenario_set_stage_lever (stage, CW_LEVER_LEAD_RELOCATION, -0.25);
  held = cw_describe_stage (stage);
  g_assert_cmpstr (held, ==, "Raising awareness\nStays 4 to 16 quarters\n"
                             "Platforms and events 60 %\nLead-firm relocation -25 %");
}

/* The parameters a scenario overrides, counted and named. */
static void
test_overrides (void)
{
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  g_autofree char *one = NULL, *two = NULL;

  g_assert_null (cw_describe_overrides (sc));
  cw_scenario_set_override (sc, CW_PARAM_GOV_THRESHOLD, 0.45);
  one = cw_describe_overrides (sc);
  g_assert_cmpstr (one, ==, "1 parameter differs from the model's default in this scenario: gov_threshold.");
  cw_scenario_set_override (sc, CW_PARAM_LAMBDA0, 0.5);
  two = cw_describe_overrides (sc);
  g_assert_cmpstr (two, ==, "2 parameters differ from the model's default in this scenario: "
                            "lambda0, gov_threshold.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/describe/condition", test_condition);
  g_test_add_func ("/describe/condition-locale", test_condition_locale);
  g_test_add_func ("/describe/stage", test_stage);
  g_test_add_func ("/describe/overrides", test_overrides);
  return g_test_run ();
}

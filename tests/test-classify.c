/* test-classify.c — governance table (stylised fact 1), hysteresis, the
 * supplier-capability path of fact 2, life-cycle conditions and persistence
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "cw-classify.h"
#include "cw-params.h"

static double p[CW_N_PARAMS];

static void
memberships (double cx, double cd, double s, double m[CW_N_GOVERNANCE])
{
  cw_governance_memberships (cx, cd, s, p[CW_PARAM_GOV_THRESHOLD], p[CW_PARAM_GOV_WIDTH], m);
}

/* Fact 1: the table of Gereffi, Humphrey & Sturgeon at 0.9 / 0.1. */
static void
test_table (void)
{
  static const struct { double cx, cd, s; CwGovernance mode; } rows[] = {
    { 0.1, 0.9, 0.9, CW_GOVERNANCE_MARKET },
    { 0.9, 0.9, 0.9, CW_GOVERNANCE_MODULAR },
    { 0.9, 0.1, 0.9, CW_GOVERNANCE_RELATIONAL },
    { 0.9, 0.9, 0.1, CW_GOVERNANCE_CAPTIVE },
    { 0.9, 0.1, 0.1, CW_GOVERNANCE_HIERARCHY },
    { 0.1, 0.9, 0.1, CW_GOVERNANCE_EXCLUDED },
    { 0.1, 0.1, 0.9, CW_GOVERNANCE_MARKET },   /* unlikely: reported as market */
    { 0.1, 0.1, 0.1, CW_GOVERNANCE_MARKET },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      double m[CW_N_GOVERNANCE], sum = 0;

      memberships (rows[i].cx, rows[i].cd, rows[i].s, m);
      for (int g = 0; g < CW_N_GOVERNANCE; g++)
        sum += m[g];
      g_assert_cmpfloat_with_epsilon (sum, 1, 1e-12);
      g_assert_cmpint (cw_governance_leader (m), ==, rows[i].mode);
      g_assert_cmpfloat (m[rows[i].mode], >, 0.99);
    }
}

/* Fact 2, classifier side: supplier capability rising from 0.2 to 0.8 turns
 * captive into modular and hierarchy into relational, after the hysteresis. */
static void
test_supplier_path (void)
{
  static const struct { double cd; CwGovernance from, to; } cases[] = {
    { 0.9, CW_GOVERNANCE_CAPTIVE, CW_GOVERNANCE_MODULAR },
    { 0.1, CW_GOVERNANCE_HIERARCHY, CW_GOVERNANCE_RELATIONAL },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      CwGovernanceState state;
      double m[CW_N_GOVERNANCE];

      memberships (0.9, cases[c].cd, 0.2, m);
      cw_governance_init (&state, m);
      g_assert_cmpint (state.mode, ==, cases[c].from);
      for (int t = 0; t <= 60; t++)
        {
          memberships (0.9, cases[c].cd, 0.2 + 0.01 * t, m);
          cw_governance_update (&state, m, p[CW_PARAM_GOV_LEAD], (int) p[CW_PARAM_GOV_PERSIST]);
        }
      g_assert_cmpint (state.mode, ==, cases[c].to);
    }
}

/* A narrow lead holds for gov_persist steps; a wide lead wins at once. */
static void
test_hysteresis (void)
{
  CwGovernanceState state;
  double m[CW_N_GOVERNANCE] = { 0 };

  m[CW_GOVERNANCE_CAPTIVE] = 1;
  cw_governance_init (&state, m);
  m[CW_GOVERNANCE_CAPTIVE] = 0.48;
  m[CW_GOVERNANCE_MODULAR] = 0.52;
  for (int t = 1; t < 4; t++)
    g_assert_cmpint (cw_governance_update (&state, m, 0.1, 4), ==, CW_GOVERNANCE_CAPTIVE);
  g_assert_cmpint (cw_governance_update (&state, m, 0.1, 4), ==, CW_GOVERNANCE_MODULAR);

  m[CW_GOVERNANCE_MODULAR] = 0.3;
  m[CW_GOVERNANCE_CAPTIVE] = 0.7;
  g_assert_cmpint (cw_governance_update (&state, m, 0.1, 4), ==, CW_GOVERNANCE_CAPTIVE);
}

static void
test_lifecycle (void)
{
  CwLifecycleState state;
  CwLifecycleInput growth = { 100, 0.05, 0.5, 0, 0.3, 0.5 };
  CwLifecycleInput lockin = { 100, 0, 0.2, 0, 0.6, 0.2 };
  CwLifecycleInput reopening = { 100, 0.01, 0.3, 0.08, 0.6, 0.5 };
  CwLifecycleInput small = { 10, 0, 0.5, 0, 0.3, 0.5 };
  int persist = (int) p[CW_PARAM_LC_PERSIST];

  cw_lifecycle_init (&state, &growth, p);
  g_assert_cmpint (state.stage, ==, CW_LIFECYCLE_GROWTH);
  g_assert_cmpint (cw_lifecycle_condition (&small, &state, p), ==, CW_LIFECYCLE_EMERGENCE);
  /* Renewal needs a decline first. */
  g_assert_cmpint (cw_lifecycle_condition (&reopening, &state, p), !=, CW_LIFECYCLE_RENEWAL);
  for (int t = 1; t < persist; t++)
    g_assert_cmpint (cw_lifecycle_update (&state, &lockin, p), ==, CW_LIFECYCLE_GROWTH);
  g_assert_cmpint (cw_lifecycle_update (&state, &lockin, p), ==, CW_LIFECYCLE_DECLINE);
  for (int t = 1; t < persist; t++)
    cw_lifecycle_update (&state, &reopening, p);
  g_assert_cmpint (cw_lifecycle_update (&state, &reopening, p), ==, CW_LIFECYCLE_RENEWAL);
}

int
main (int argc, char *argv[])
{
  for (guint i = 0; i < CW_N_PARAMS; i++)
    p[i] = cw_param_info (i)->value;
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/classify/facts-1-table", test_table);
  g_test_add_func ("/classify/facts-2-supplier-path", test_supplier_path);
  g_test_add_func ("/classify/hysteresis", test_hysteresis);
  g_test_add_func ("/classify/lifecycle", test_lifecycle);
  return g_test_run ();
}

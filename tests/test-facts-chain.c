/* test-facts-chain.c — stylised facts of value-chain governance (docs/model.md 12:
 * 2, 3 and 15) on the running model, means over SEEDS seeds
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "facts-common.h"

static CwScenario *
chain (double complexity, double codifiability, double capability)
{
  CwScenario *sc = facts_scenario (10);

  sc->profile[CW_PROFILE_COMPLEXITY] = complexity;
  sc->profile[CW_PROFILE_CODIFIABILITY] = codifiability;
  sc->profile[CW_PROFILE_CAPABILITY_MEAN] = capability;
  sc->profile[CW_PROFILE_LINKED_SHARE] = 1;
  sc->profile[CW_PROFILE_LEAD_FIRMS] = 0;
  return sc;
}

/* Fact 2: raising supplier capability (education, R&D) turns a captive chain
 * modular and a hierarchy relational in most runs. */
static void
test_upgrading_suppliers (void)
{
  static const struct { double cd; CwGovernance from, to; } cases[] = {
    { 0.9, CW_GOVERNANCE_CAPTIVE, CW_GOVERNANCE_MODULAR },
    { 0.1, CW_GOVERNANCE_HIERARCHY, CW_GOVERNANCE_RELATIONAL },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(CwScenario) sc = chain (0.9, cases[c].cd, 0.25);
      g_autoptr(CwSeries) series = NULL;

      /* Digital adoption would codify the hierarchy away; keep Cd where it is. */
      facts_param (sc, "codify_digital", 0);
      cw_scenario_set_standing (sc, CW_LEVER_EDUCATION, 1);
      cw_scenario_set_standing (sc, CW_LEVER_RD_SUBSIDY, 1);
      series = facts_ensemble (sc);
      g_assert_cmpfloat (facts_at (series, CW_OUT_GOVERNANCE, 0), ==, cases[c].from);
      /* the most frequent mode at the end, over the seeds */
      g_assert_cmpfloat (facts_at (series, CW_OUT_GOVERNANCE, -1), ==, cases[c].to);
    }
}

/* Fact 3: captive chains raise capability fastest but keep the functional
 * position at or below 0.45; relational and modular chains reach a higher
 * value added. Margins: 0.01 in capability gain, 0.02 above the ceiling,
 * 0.03 in value added. */
static void
test_captive (void)
{
  g_autoptr(CwScenario) captive = chain (0.9, 0.9, 0.25);
  g_autoptr(CwScenario) hierarchy = chain (0.9, 0.1, 0.25);
  g_autoptr(CwScenario) relational = chain (0.9, 0.1, 0.6);
  g_autoptr(CwScenario) modular = chain (0.9, 0.9, 0.6);
  g_autoptr(CwSeries) s_captive = facts_ensemble (captive);
  g_autoptr(CwSeries) s_hierarchy = facts_ensemble (hierarchy);
  g_autoptr(CwSeries) s_relational = facts_ensemble (relational);
  g_autoptr(CwSeries) s_modular = facts_ensemble (modular);
  const int years3 = 12;
  double gain_captive = facts_at (s_captive, CW_OUT_CAPABILITY_MEAN, years3) -
                        facts_at (s_captive, CW_OUT_CAPABILITY_MEAN, 0);
  const CwSeries *others[] = { s_hierarchy, s_relational, s_modular };

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_cmpfloat (gain_captive, >, facts_at (others[i], CW_OUT_CAPABILITY_MEAN, years3) -
                                        facts_at (others[i], CW_OUT_CAPABILITY_MEAN, 0) + 0.01);

  /* Each run, while its chain is captive, keeps value added under the ceiling. */
  for (int seed = 1; seed <= SEEDS; seed++)
    {
      g_autoptr(CwSeries) run = facts_run_seed (captive, seed);

      for (int t = 0; t < run->n_steps; t++)
        if (cw_series_get (run, CW_OUT_GOVERNANCE, CW_STAT_MEAN)[t] == CW_GOVERNANCE_CAPTIVE)
          g_assert_cmpfloat (cw_series_get (run, CW_OUT_VALUE_ADDED, CW_STAT_MEAN)[t], <=, 0.45 + 0.02);
    }
  g_assert_cmpfloat (facts_at (s_relational, CW_OUT_VALUE_ADDED, -1), >,
                     facts_at (s_captive, CW_OUT_VALUE_ADDED, -1) + 0.03);
  g_assert_cmpfloat (facts_at (s_modular, CW_OUT_VALUE_ADDED, -1), >,
                     facts_at (s_captive, CW_OUT_VALUE_ADDED, -1) + 0.03);
}

/* Fact 15: FDI with embedding raises suppliers' capability and value added;
 * FDI without embedding raises the number of firms, pushes governance toward
 * captive and lowers value added. Margins: 0.01. */
static void
test_fdi (void)
{
  g_autoptr(CwScenario) base = facts_scenario (10);
  g_autoptr(CwScenario) embedded = NULL, attracted = NULL;
  g_autoptr(CwSeries) s_base = NULL, s_embedded = NULL, s_attracted = NULL;
  double captive_base = 0, captive_attracted = 0;

  embedded = cw_scenario_copy (base);
  cw_scenario_set_standing (embedded, CW_LEVER_FDI_ATTRACTION, 1);
  cw_scenario_set_standing (embedded, CW_LEVER_FDI_EMBEDDING, 1);
  attracted = cw_scenario_copy (base);
  cw_scenario_set_standing (attracted, CW_LEVER_FDI_ATTRACTION, 1);
  s_base = facts_ensemble (base);
  s_embedded = facts_ensemble (embedded);
  s_attracted = facts_ensemble (attracted);

  g_assert_cmpfloat (facts_at (s_embedded, CW_OUT_SUPPLIER_CAPABILITY, -1), >,
                     facts_at (s_base, CW_OUT_SUPPLIER_CAPABILITY, -1) + 0.01);
  g_assert_cmpfloat (facts_at (s_embedded, CW_OUT_VALUE_ADDED, -1), >,
                     facts_at (s_base, CW_OUT_VALUE_ADDED, -1) + 0.01);
  g_assert_cmpfloat (facts_at (s_attracted, CW_OUT_FIRMS, -1), >,
                     facts_at (s_base, CW_OUT_FIRMS, -1) + 1);
  for (int t = 0; t < s_base->n_steps; t++)
    {
      captive_base += facts_at (s_base, CW_OUT_GOVERNANCE_CAPTIVE, t) / s_base->n_steps;
      captive_attracted += facts_at (s_attracted, CW_OUT_GOVERNANCE_CAPTIVE, t) / s_base->n_steps;
    }
  g_assert_cmpfloat (captive_attracted, >, captive_base + 0.01);
  g_assert_cmpfloat (facts_at (s_attracted, CW_OUT_VALUE_ADDED, -1), <,
                     facts_at (s_base, CW_OUT_VALUE_ADDED, -1) - 0.01);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/facts/2-upgrading-suppliers", test_upgrading_suppliers);
  g_test_add_func ("/facts/3-captive", test_captive);
  g_test_add_func ("/facts/15-fdi", test_fdi);
  return g_test_run ();
}

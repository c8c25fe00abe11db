/* test-facts-instruments.c — each instrument has its own mechanism and costs
 * follow what is bought (docs/model.md 13: 5 and 6), over SEEDS seeds
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cw-model-private.h"
#include "cw-scenario-file.h"
#include "facts-common.h"

/* A member cluster with the programme lever @lever (or none, -1) at full
 * intensity for 5 years. */
static CwSeries *
programme_with (int lever)
{
  g_autoptr(CwScenario) sc = facts_scenario (5);

  sc->profile[CW_PROFILE_MEMBERSHIP_SHARE] = 0.8;
  sc->profile[CW_PROFILE_AWARENESS] = 0.6;
  if (lever >= 0)
    cw_scenario_set_standing (sc, lever, 1);
  return facts_ensemble (sc);
}

/* 13.5: five instruments, five mechanisms. Each alone leaves its own
 * signature against no policy and against the other four: coaching raises
 * effort (0.01) and loses fewer firms than the instruments that do not
 * speed the search for partners (a firm abroad no longer drops out); workshops bring the most digital
 * adopters (1 firm); consultant hours the most partners abroad (1 firm);
 * trips the most openness (0.02); the export lab alone gives prototypes and
 * the most value added. */
static void
test_five_mechanisms (void)
{
  static const CwLever instruments[] = { CW_LEVER_COACHING, CW_LEVER_WORKSHOPS,
                                         CW_LEVER_CONSULTANT_HOURS, CW_LEVER_TRIPS,
                                         CW_LEVER_EXPORT_LAB };
  enum { COACHING, WORKSHOPS, CONSULTANT, TRIPS, EXPORT_LAB, N };
  g_autoptr(CwSeries) none = programme_with (-1);
  CwSeries *alone[N];
  double effort[N], dropped[N], digital[N], intl[N], open[N], proto[N], value[N];

  for (int i = 0; i < N; i++)
    {
      alone[i] = programme_with (instruments[i]);
      effort[i] = facts_at (alone[i], CW_OUT_EFFORT_MEAN, -1);
      dropped[i] = facts_at (alone[i], CW_OUT_PROGRAMME_DROPOUTS, -1) /
                   MAX (1.0, facts_at (alone[i], CW_OUT_PROGRAMME_ENROLLED, -1) +
                             facts_at (alone[i], CW_OUT_PROGRAMME_DROPOUTS, -1));
      digital[i] = facts_at (alone[i], CW_OUT_DIGITAL_ADOPTERS, -1);
      intl[i] = facts_at (alone[i], CW_OUT_INTERNATIONALISED, -1);
      open[i] = facts_at (alone[i], CW_OUT_OPENNESS, -1);
      proto[i] = facts_at (alone[i], CW_OUT_PROTOTYPES, -1);
      value[i] = facts_at (alone[i], CW_OUT_VALUE_ADDED, -1);
      g_test_message ("%s: effort %g dropped %g digital %g intl %g open %g proto %g value %g",
                      cw_lever_info (instruments[i])->id, effort[i], dropped[i], digital[i], intl[i],
                      open[i], proto[i], value[i]);
    }
  g_assert_cmpfloat (effort[COACHING], >, facts_at (none, CW_OUT_EFFORT_MEAN, -1) + 0.01);
  g_assert_cmpfloat (digital[WORKSHOPS], >, facts_at (none, CW_OUT_DIGITAL_ADOPTERS, -1) + 1);
  g_assert_cmpfloat (intl[CONSULTANT], >, facts_at (none, CW_OUT_INTERNATIONALISED, -1) + 1);
  g_assert_cmpfloat (open[TRIPS], >, facts_at (none, CW_OUT_OPENNESS, -1) + 0.02);
  g_assert_cmpfloat (proto[EXPORT_LAB], >, 1);
  g_assert_cmpfloat (value[EXPORT_LAB], >, facts_at (none, CW_OUT_VALUE_ADDED, -1));
  for (int i = 0; i < N; i++)
    {
      if (i != COACHING)
        {
          g_assert_cmpfloat (effort[COACHING], >, effort[i] + 0.01);
          if (i != CONSULTANT && i != TRIPS)
            g_assert_cmpfloat (dropped[COACHING], <, dropped[i]);
        }
      if (i != WORKSHOPS)
        g_assert_cmpfloat (digital[WORKSHOPS], >, digital[i] + 1);
      if (i != CONSULTANT)
        g_assert_cmpfloat (intl[CONSULTANT], >, intl[i] + 1);
      if (i != TRIPS)
        g_assert_cmpfloat (open[TRIPS], >, open[i] + 0.02);
      if (i != EXPORT_LAB)
        {
          g_assert_cmpfloat (proto[i], ==, 0);
          g_assert_cmpfloat (value[EXPORT_LAB], >, value[i]);
        }
    }
  for (int i = 0; i < N; i++)
    cw_series_free (alone[i]);
}

/* Share of the micro firms of the Swedish example that find partners
 * without the programme, over its horizon. */
static double
micro_rate_without_programme (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwScenario) sc = cw_scenario_load_example ("sweden-geo-it.cluster", problems, &error);
  double micro = 0, abroad = 0;

  g_assert_no_error (error);
  for (int seed = 1; seed <= SEEDS; seed++)
    {
      g_autoptr(CwModel) m = NULL;
      double p[CW_N_PARAMS];
      CwRunOptions opts;

      cw_run_options_init (&opts);
      opts.baseline = TRUE;
      cw_model_params (sc, p);
      m = cw_model_new (sc, &opts, seed, p);
      for (int t = 1; t < m->n_steps; t++)
        cw_model_step (m);
      for (guint i = 0; i < m->n; i++)
        if (m->firms[i].size_w < 1)
          {
            micro++;
            abroad += m->firms[i].intl;
          }
    }
  return abroad / micro;
}

/* 13.5 (the Swedish case): without the programme micro firms internationalise
 * at a third of the rate of the firms the programme supports (38 of 55) or
 * less. The shares among supported firms are checked in test-examples. */
static void
test_micro_firms (void)
{
  double rate = micro_rate_without_programme ();

  g_test_message ("micro firms abroad without the programme: %g", rate);
  g_assert_cmpfloat (rate, <=, 38.0 / 55 / 3);
}

/* @levers at full intensity for 5 years in a cluster of @firms firms. */
static CwSeries *
package_in (const CwLever *levers, guint n, int firms)
{
  g_autoptr(CwScenario) sc = facts_scenario (5);

  sc->profile[CW_PROFILE_FIRMS] = firms;
  sc->profile[CW_PROFILE_MEMBERSHIP_SHARE] = 0.8;
  sc->profile[CW_PROFILE_BUDGET] = 1000;
  sc->runs = SEEDS / 5;   /* large clusters: each run averages many firms */
  for (guint i = 0; i < n; i++)
    cw_scenario_set_standing (sc, levers[i], 1);
  return facts_ensemble (sc);
}

/* 13.6: costs follow what is bought. A per-firm package costs about ten
 * times as much in a cluster ten times larger (at least six times), a
 * cluster-wide one the same; lead-firm strategies cost nothing; what a
 * per-firm package buys per M€ (the rise of the upgrading index times the
 * firms it is the mean of) is within a factor of 2 in a 40- and a 400-firm
 * cluster (the fixed parts weigh more in the small one); and the budget
 * binds. */
static void
test_costs (void)
{
  static const CwLever per_firm[] = { CW_LEVER_EDUCATION, CW_LEVER_RD_SUBSIDY, CW_LEVER_COACHING,
                                      CW_LEVER_CONSULTANT_HOURS, CW_LEVER_TRIPS };
  static const CwLever wide[] = { CW_LEVER_PLATFORMS, CW_LEVER_MANAGEMENT, CW_LEVER_STANDARDS };
  static const CwLever lead[] = { CW_LEVER_LEAD_INTERNATIONALISATION };
  g_autoptr(CwSeries) small = package_in (per_firm, G_N_ELEMENTS (per_firm), 40);
  g_autoptr(CwSeries) large = package_in (per_firm, G_N_ELEMENTS (per_firm), 400);
  g_autoptr(CwSeries) small_wide = package_in (wide, G_N_ELEMENTS (wide), 40);
  g_autoptr(CwSeries) large_wide = package_in (wide, G_N_ELEMENTS (wide), 400);
  g_autoptr(CwSeries) small_none = package_in (NULL, 0, 40);
  g_autoptr(CwSeries) large_none = package_in (NULL, 0, 400);
  g_autoptr(CwSeries) leading = package_in (lead, 1, 40);
  double spend_small = facts_at (small, CW_OUT_SPEND_CUMULATIVE, -1);
  double spend_large = facts_at (large, CW_OUT_SPEND_CUMULATIVE, -1);
  double per_me_small, per_me_large;

  per_me_small = (facts_at (small, CW_OUT_UPGRADING, -1) - facts_at (small_none, CW_OUT_UPGRADING, -1)) *
                 facts_at (small, CW_OUT_FIRMS, -1) / spend_small;
  per_me_large = (facts_at (large, CW_OUT_UPGRADING, -1) - facts_at (large_none, CW_OUT_UPGRADING, -1)) *
                 facts_at (large, CW_OUT_FIRMS, -1) / spend_large;
  g_test_message ("per-firm package: %g M€ for 40 firms, %g M€ for 400; firm-upgrading per M€ %g and %g",
                  spend_small, spend_large, per_me_small, per_me_large);
  g_assert_cmpfloat (spend_large, >, 6 * spend_small);
  g_assert_cmpfloat_with_epsilon (facts_at (large_wide, CW_OUT_SPEND_CUMULATIVE, -1),
                                  facts_at (small_wide, CW_OUT_SPEND_CUMULATIVE, -1), 1e-9);
  g_assert_cmpfloat (facts_at (leading, CW_OUT_SPEND_CUMULATIVE, -1), ==, 0);
  g_assert_cmpfloat (per_me_small, >, 0);
  g_assert_cmpfloat (per_me_large, <, 2 * per_me_small);
  g_assert_cmpfloat (per_me_small, <, 2 * per_me_large);

  {
    /* The same per-firm package in the 400-firm cluster on 1 M€ a year. */
    g_autoptr(CwScenario) sc = facts_scenario (2);
    g_autoptr(CwSeries) series = NULL;

    sc->profile[CW_PROFILE_FIRMS] = 400;
    sc->profile[CW_PROFILE_BUDGET] = 1;
    sc->runs = 4;
    for (guint i = 0; i < G_N_ELEMENTS (per_firm); i++)
      cw_scenario_set_standing (sc, per_firm[i], 1);
    series = facts_ensemble (sc);
    g_assert_cmpfloat (facts_at (series, CW_OUT_BUDGET_BINDING, -1), ==, 1);
    g_assert_cmpfloat_with_epsilon (facts_at (series, CW_OUT_SPEND, -1), 1, 1e-9);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/facts/13.5-five-mechanisms", test_five_mechanisms);
  g_test_add_func ("/facts/13.5-micro-firms", test_micro_firms);
  g_test_add_func ("/facts/13.6-costs", test_costs);
  return g_test_run ();
}

/* test-facts-diffusion.c — stylised facts of digital adoption, the
 * internationalisation programme and the order of the policy cycle (docs/model.md
 * 12: 11, 12 and 13), over SEEDS seeds
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "facts-common.h"

/* The step, interpolated, at which the mean adopter share reaches one half. */
static double
half_adoption (const CwScenario *sc)
{
  g_autoptr(CwSeries) series = facts_ensemble (sc);
  const double *adopters = cw_series_get (series, CW_OUT_DIGITAL_ADOPTERS, CW_STAT_MEAN);
  const double *firms = cw_series_get (series, CW_OUT_FIRMS, CW_STAT_MEAN);

  for (int t = 1; t < series->n_steps; t++)
    {
      double now = adopters[t] / firms[t], before = adopters[t - 1] / firms[t - 1];

      if (now >= 0.5)
        return t - 1 + (0.5 - before) / (now - before);
    }
  return series->n_steps;
}

/* Fact 11: adoption follows an S-curve; more management or density brings
 * the half-way point earlier; competition, small firms and long projects
 * delay it. Margin: one quarter (the S-curve: the fastest quarter is neither
 * among the first four nor the last eight). */
static void
test_digital_s_curve (void)
{
  g_autoptr(CwScenario) base = facts_scenario (15);
  g_autoptr(CwSeries) series = facts_ensemble (base);
  const double *adopters = cw_series_get (series, CW_OUT_DIGITAL_ADOPTERS, CW_STAT_MEAN);
  const double *firms = cw_series_get (series, CW_OUT_FIRMS, CW_STAT_MEAN);
  double t_base = half_adoption (base), fastest = 0;
  int fastest_step = 0;
  struct { CwProfileId id; double value; int sign; } profiles[] = {
    { CW_PROFILE_MANAGEMENT, 0.9, -1 },
    { CW_PROFILE_DENSITY, 0.8, -1 },
    { CW_PROFILE_COMPETITION, 0.95, +1 },
    { CW_PROFILE_SMALL_SHARE, 0.98, +1 },
  };

  /* S-curve: starts near zero, ends high, fastest in between. */
  g_assert_cmpfloat (adopters[0], ==, 0);
  g_assert_cmpfloat (adopters[series->n_steps - 1] / firms[series->n_steps - 1], >, 0.7);
  for (int t = 1; t < series->n_steps; t++)
    if (adopters[t] / firms[t] - adopters[t - 1] / firms[t - 1] > fastest)
      {
        fastest = adopters[t] / firms[t] - adopters[t - 1] / firms[t - 1];
        fastest_step = t;
      }
  g_assert_cmpint (fastest_step, >, 4);
  g_assert_cmpint (fastest_step, <, series->n_steps - 8);

  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    {
      g_autoptr(CwScenario) sc = cw_scenario_copy (base);

      sc->profile[profiles[i].id] = profiles[i].value;
      if (profiles[i].id == CW_PROFILE_MANAGEMENT)
        cw_scenario_set_standing (sc, CW_LEVER_MANAGEMENT, 1);
      g_assert_cmpfloat (profiles[i].sign * (half_adoption (sc) - t_base), >, 1);
    }
  {
    /* Long projects matter where an organisation runs them. Their delay is
     * about 1.3 quarters: over 50 runs it was 0.93–1.63 from one master seed
     * to the next (seeds 1–80), too close to the margin; over 200 runs it
     * was 1.13–1.51 (seeds 1–40, 112, 118, 9090). */
    g_autoptr(CwScenario) organised = cw_scenario_copy (base);
    g_autoptr(CwScenario) long_projects = NULL;

    organised->runs = 4 * SEEDS;
    cw_scenario_set_standing (organised, CW_LEVER_TRUST_BUILDING, 1);
    cw_scenario_set_standing (organised, CW_LEVER_PROJECT_CONSORTIA, 1);
    cw_scenario_set_standing (organised, CW_LEVER_PLATFORMS, 1);
    long_projects = cw_scenario_copy (organised);
    facts_param (long_projects, "project_years", 5);
    g_assert_cmpfloat (half_adoption (long_projects), >, half_adoption (organised) + 1);
  }
}

static CwScenario *
programme (double bureaucracy, double small_share)
{
  CwScenario *sc = facts_scenario (8);

  for (CwLever l = CW_LEVER_COACHING; l <= CW_LEVER_EXPORT_LAB; l++)
    cw_scenario_set_standing (sc, l, 0.8);
  cw_scenario_set_standing (sc, CW_LEVER_BUREAUCRACY, bureaucracy);
  cw_scenario_set_standing (sc, CW_LEVER_AWARENESS_CAMPAIGN, 0.5);
  sc->profile[CW_PROFILE_SMALL_SHARE] = small_share;
  return sc;
}

/* Dropouts as a share of the firms ever enrolled. */
static double
dropout_rate (const CwScenario *sc)
{
  g_autoptr(CwSeries) series = facts_ensemble (sc);
  double dropped = facts_at (series, CW_OUT_PROGRAMME_DROPOUTS, -1);

  return dropped / MAX (1.0, dropped + facts_at (series, CW_OUT_PROGRAMME_ENROLLED, -1));
}

/* Fact 12: dropouts rise with bureaucracy and fall with firm size; followers
 * internationalise faster near leaders. Margins: 5 percentage points of
 * dropouts; 1 firm more internationalised. */
static void
test_programme (void)
{
  g_autoptr(CwScenario) plain = programme (0, 0.7);
  g_autoptr(CwScenario) red_tape = programme (0.8, 0.7);
  g_autoptr(CwScenario) small = programme (0.3, 0.95);
  g_autoptr(CwScenario) large = programme (0.3, 0.1);
  g_autoptr(CwScenario) alone = programme (0, 0.7);

  g_assert_cmpfloat (dropout_rate (red_tape), >, dropout_rate (plain) + 0.05);
  g_assert_cmpfloat (dropout_rate (small), >, dropout_rate (large) + 0.05);
  /* The same programme without the pull of internationalised neighbours. */
  facts_param (alone, "intl_leaders", 0);
  g_assert_cmpfloat (facts_final (plain, CW_OUT_INTERNATIONALISED), >,
                     facts_final (alone, CW_OUT_INTERNATIONALISED) + 1);
}

/* Fact 13: awareness → ownership → co-learning → sustainability → mission
 * gives more upgrading than the reverse order. Margin 0.005. */
static void
test_policy_order (void)
{
  g_autoptr(CwScenario) forward = cycle_in_order (FALSE);
  g_autoptr(CwScenario) backward = cycle_in_order (TRUE);
  double up_forward = facts_final (forward, CW_OUT_UPGRADING);
  double up_backward = facts_final (backward, CW_OUT_UPGRADING);

  g_test_message ("forward %g, reverse %g", up_forward, up_backward);
  g_assert_cmpfloat (up_forward, >, up_backward + 0.005);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/facts/11-digital-s-curve", test_digital_s_curve);
  g_test_add_func ("/facts/12-programme", test_programme);
  g_test_add_func ("/facts/13-policy-order", test_policy_order);
  return g_test_run ();
}

/* test-model.c — the engine's invariants (stylised fact 16), the budget rule,
 * the spillover pool against its O(N²) reference, determinism across thread
 * counts, common random numbers, validation, cancellation and Shapley additivity
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "cw-model-private.h"
#include "cw-shapley.h"
#include "cw-templates.h"

static CwScenario *
small_default (int firms, int years)
{
  CwScenario *sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);

  sc->profile[CW_PROFILE_FIRMS] = firms;
  sc->years = years;
  sc->runs = 6;
  return sc;
}

static CwSeries *
run_ok (const CwScenario *sc, const CwRunOptions *opts)
{
  g_autoptr(GError) error = NULL;
  CwSeries *series = opts->runs > 1 ? cw_ensemble_run (sc, opts, NULL, NULL, NULL, &error)
                                    : cw_run (sc, opts, NULL, &error);

  g_assert_no_error (error);
  return series;
}

static gboolean
series_equal (const CwSeries *a, const CwSeries *b)
{
  return a->n_steps == b->n_steps &&
         memcmp (a->data, b->data, sizeof (double) * CW_N_STATS * CW_N_OUTPUTS * a->n_steps) == 0;
}

/* Fact 16: counts add up, every value is finite and in range. */
static void
test_invariants (void)
{
  g_autoptr(CwScenario) sc = small_default (120, 15);

  for (guint64 seed = 1; seed <= 20; seed++)
    {
      g_autoptr(CwSeries) s = NULL;
      CwRunOptions opts;

      cw_run_options_init (&opts);
      opts.seed_set = TRUE;
      opts.seed = seed;
      s = run_ok (sc, &opts);
      for (int t = 0; t < s->n_steps; t++)
        {
          double levels = 0, modes = 0;

          for (int o = 0; o < CW_N_OUTPUTS; o++)
            {
              const CwOutputInfo *info = cw_output_info (o);
              double v = cw_series_get (s, o, CW_STAT_MEAN)[t];

              g_assert_true (isfinite (v));
              if (info->kind == CW_OUTPUT_KIND_NUMBER && info->max > info->min)
                {
                  g_assert_cmpfloat (v, >=, info->min);
                  g_assert_cmpfloat (v, <=, info->max);
                }
              if (info->kind == CW_OUTPUT_KIND_COUNT)
                g_assert_cmpfloat (v, ==, floor (v));
            }
          for (int o = CW_OUT_OUTSIDE; o <= CW_OUT_LOCOMOTIVES; o++)
            levels += cw_series_get (s, o, CW_STAT_MEAN)[t];
          for (int o = CW_OUT_GOVERNANCE_MARKET; o <= CW_OUT_GOVERNANCE_EXCLUDED; o++)
            modes += cw_series_get (s, o, CW_STAT_MEAN)[t];
          g_assert_cmpfloat (levels, ==, cw_series_get (s, CW_OUT_FIRMS, CW_STAT_MEAN)[t]);
          g_assert_cmpfloat_with_epsilon (modes, 1, 1e-9);
        }
    }
}

/* Fact 16: same seed, same output, whatever the number of threads; with
 * parameter uncertainty too. */
static void
test_determinism (void)
{
  g_autoptr(CwScenario) sc = small_default (60, 5);
  g_autoptr(CwSeries) one = NULL, two = NULL, three = NULL, again = NULL, single = NULL;
  CwRunOptions opts;

  cw_run_options_init (&opts);
  opts.runs = 7;
  opts.uncertainty = TRUE;
  opts.threads = 1;
  one = run_ok (sc, &opts);
  opts.threads = 2;
  two = run_ok (sc, &opts);
  opts.threads = 3;
  three = run_ok (sc, &opts);
  g_assert_true (series_equal (one, two));
  g_assert_true (series_equal (one, three));
  opts.uncertainty = FALSE;
  again = run_ok (sc, &opts);
  g_assert_false (series_equal (one, again));

  opts.runs = 1;
  single = run_ok (sc, &opts);
  g_clear_pointer (&again, cw_series_free);
  again = run_ok (sc, &opts);
  g_assert_true (series_equal (single, again));
}

/* Fact 16: a lever at 0 in every stage and standing equals the lever absent. */
static void
test_zero_lever (void)
{
  g_autoptr(CwScenario) sc = small_default (60, 8);
  g_autoptr(CwScenario) zero = cw_scenario_copy (sc);
  g_autoptr(CwSeries) a = NULL, b = NULL;
  CwRunOptions opts;

  cw_scenario_set_standing (zero, CW_LEVER_VENTURE_FUND, 0);
  for (guint i = 0; i < zero->stages->len; i++)
    cw_scenario_set_stage_lever (g_ptr_array_index (zero->stages, i), CW_LEVER_VENTURE_FUND, 0);
  cw_run_options_init (&opts);
  a = run_ok (sc, &opts);
  b = run_ok (zero, &opts);
  g_assert_true (series_equal (a, b));
}

/* Fact 16 and docs/model.md 2: every firm takes a fixed number of draws
 * from its own sequence per step, so a lever leaves the draws of unrelated
 * processes alone, and a firm's draws depend on its id only. */
static void
test_common_random_numbers (void)
{
  g_autoptr(CwScenario) plain = small_default (50, 5);
  g_autoptr(CwScenario) lab = NULL;
  g_autoptr(CwModel) a = NULL, b = NULL;
  double p[CW_N_PARAMS];
  CwRunOptions opts;

  /* No entry and no exit: the number of firms stays put. */
  cw_scenario_set_override (plain, cw_param_from_id ("birth_rate"), 0);
  cw_scenario_set_override (plain, cw_param_from_id ("spinoff_rate"), 0);
  cw_scenario_set_override (plain, cw_param_from_id ("exit_base"), -8);
  cw_scenario_set_override (plain, cw_param_from_id ("exit_capability"), 0);
  cw_scenario_set_override (plain, cw_param_from_id ("exit_lockin"), 0);
  lab = cw_scenario_copy (plain);
  cw_scenario_set_standing (lab, CW_LEVER_TEST_LAB, 1);
  cw_run_options_init (&opts);
  cw_model_params (plain, p);
  a = cw_model_new (plain, &opts, 99, p);
  cw_model_params (lab, p);
  b = cw_model_new (lab, &opts, 99, p);
  for (int t = 1; t < a->n_steps; t++)
    {
      guint n = a->n;
      g_autofree guint64 *expected = g_new (guint64, n);

      for (guint i = 0; i < n; i++)
        {
          expected[i] = a->firms[i].draws;
          for (int d = 0; d < CW_DRAWS_PER_FIRM_STEP; d++)
            cw_splitmix64 (&expected[i]);
        }
      cw_model_step (a);
      cw_model_step (b);
      g_assert_cmpuint (a->n, ==, n);
      g_assert_cmpuint (b->n, ==, n);
      for (guint i = 0; i < n; i++)
        {
          g_assert_cmpuint (a->firms[i].draws, ==, expected[i]);
          g_assert_cmpuint (b->firms[i].id, ==, a->firms[i].id);
          g_assert_cmpuint (b->firms[i].draws, ==, a->firms[i].draws);
        }
      g_assert_cmpmem (a->rng, sizeof a->rng, b->rng, sizeof b->rng);
    }
  /* The test lab changed adoption, yet no sequence drifted. */
  g_assert_cmpfloat (b->out[CW_OUT_DIGITAL_ADOPTERS], >, a->out[CW_OUT_DIGITAL_ADOPTERS]);
}

/* Over budget, all bought intensities scale by one factor; spend equals the
 * budget. Costs follow the firms served (docs/model.md 4.2); a lead firm
 * moving out is a shock, not bought: it costs nothing and is not scaled. */
static void
test_budget (void)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_EMPTY);
  g_autoptr(CwModel) m = NULL;
  double p[CW_N_PARAMS], cost;
  CwRunOptions opts;

  sc->profile[CW_PROFILE_FIRMS] = 30;
  cw_scenario_set_standing (sc, CW_LEVER_TECH_PARK, 1);      /* fixed */
  cw_scenario_set_standing (sc, CW_LEVER_RD_SUBSIDY, 1);     /* fixed + per firm */
  cw_scenario_set_standing (sc, CW_LEVER_LEAD_RELOCATION, -1);
  sc->profile[CW_PROFILE_BUDGET] = 2;
  cw_run_options_init (&opts);
  cw_model_params (sc, p);
  cost = p[CW_PARAM_COST_TECH_PARK] + p[CW_PARAM_COST_RD_SUBSIDY] +
         p[CW_PARAM_COST_FIRM_RD_SUBSIDY] / 1000 * 30;
  m = cw_model_new (sc, &opts, 1, p);
  g_assert_cmpfloat (cw_lever_cost (p, CW_LEVER_LEAD_RELOCATION, -1, m->served), ==, 0);
  g_assert_cmpfloat_with_epsilon (cw_lever_cost (p, CW_LEVER_RD_SUBSIDY, 1, m->served),
                                  p[CW_PARAM_COST_RD_SUBSIDY] + p[CW_PARAM_COST_FIRM_RD_SUBSIDY] / 1000 * 30, 1e-12);
  cw_model_step (m);
  g_assert_true (m->budget_binding);
  g_assert_cmpfloat_with_epsilon (m->out[CW_OUT_SPEND], 2, 1e-12);
  g_assert_cmpfloat (m->out[CW_OUT_BUDGET_BINDING], ==, 1);
  g_assert_cmpfloat_with_epsilon (m->active[CW_LEVER_TECH_PARK], 2 / cost, 1e-12);
  g_assert_cmpfloat_with_epsilon (m->active[CW_LEVER_RD_SUBSIDY], 2 / cost, 1e-12);
  g_assert_cmpfloat (m->active[CW_LEVER_LEAD_RELOCATION], ==, -1);
  g_assert_cmpfloat_with_epsilon (m->out[CW_OUT_SPEND_CUMULATIVE], 2 * CW_DT, 1e-12);
  g_clear_pointer (&m, cw_model_free);

  sc->profile[CW_PROFILE_BUDGET] = 100;
  m = cw_model_new (sc, &opts, 1, p);
  cw_model_step (m);
  g_assert_false (m->budget_binding);
  g_assert_cmpfloat_with_epsilon (m->out[CW_OUT_SPEND], cost, 1e-12);
  g_assert_cmpfloat (m->active[CW_LEVER_TECH_PARK], ==, 1);
  /* Legitimacy gates the effect, not the spend; co-design is not gated. */
  g_assert_cmpfloat (m->gated[CW_LEVER_TECH_PARK], <, 1);
}

/* The binned pool equals the direct O(N²) sum on small clusters. */
static void
test_pool (void)
{
  CwRng rng;

  cw_rng_seed (&rng, 5, 0);
  for (int trial = 0; trial < 20; trial++)
    {
      guint n = 1 + (guint) (cw_rng_uniform (&rng) * 300);
      g_autofree CwPoolFirm *firms = g_new (CwPoolFirm, n);
      g_autofree guint32 *order = g_new (guint32, n);
      g_autofree guint64 *scratch = g_new (guint64, 2 * n);
      g_autofree double *pool = g_new (double, n);

      for (guint i = 0; i < n; i++)
        firms[i] = (CwPoolFirm) {
          cw_rng_uniform (&rng), trial == 0 ? 0.5 :
          /* keys that differ in their lowest byte only, in no order */
          trial % 5 == 1 ? 0.5 + floor (cw_rng_uniform (&rng) * 300) * 0x1p-32 :
          /* keys that share their upper two bytes in long runs */
          trial % 5 == 2 ? 0.5 + floor (cw_rng_uniform (&rng) * 3000) * 0x1p-28 :
          cw_rng_uniform (&rng),
          0.05 + cw_rng_uniform (&rng),
          /* some learners see across the whole circle */
          trial % 5 == 4 ? 0.6 : 0.05 + 0.35 * cw_rng_uniform (&rng) };
      cw_pool_order (n, &firms[0].k, sizeof (CwPoolFirm) / sizeof (double), order, scratch);
      /* By falling 32-bit key (as cw_pool_order_add() makes it), ties in
       * index order: the order of a stable sort by all four key bytes. */
      for (guint r = 1; r < n; r++)
        {
          guint32 a = ~(guint32) (firms[order[r - 1]].k * 4294967295.0);
          guint32 b = ~(guint32) (firms[order[r]].k * 4294967295.0);

          g_assert_cmpfloat (firms[order[r - 1]].k, >=, firms[order[r]].k);
          g_assert_true (a < b || (a == b && order[r - 1] < order[r]));
        }
      cw_pool_compute (n, firms, order, pool);
      for (guint i = 0; i < n; i++)
        g_assert_cmpfloat_with_epsilon (pool[i], cw_pool_reference (n, firms, i), 1e-9);
    }
}

/* Logit @i of 2 × @n where the engine's exp() shortcuts are used, in
 * (−700, 700): the first @n evenly spaced, the others at random. */
static double
exp_trial_z (CwRng *rng,
             int    i,
             int    n)
{
  return i < n ? -699.999 + i * (1399.998 / (n - 1)) : 1400 * (cw_rng_uniform (rng) - 0.5);
}

/* The bound that lets rare events skip exp() lies above exp() everywhere it
 * is used, and within a factor of two of it, or it would skip nothing. */
static void
test_exp_bound (void)
{
  CwRng rng;

  cw_rng_seed (&rng, 9, 0);
  for (int i = 0; i < 200000; i++)
    {
      double z = exp_trial_z (&rng, i, 100000);
      double bound = cw_model_exp_bound (z);

      g_assert_cmpfloat (bound, >, exp (z));
      g_assert_cmpfloat (bound, <, 2.0001 * exp (z));
    }
  /* Exact powers of two, where the margin matters most. */
  for (int k = -1000; k <= 1000; k++)
    {
      double z = k * G_LN2;

      if (z > -700 && z < 700)
        g_assert_cmpfloat (cw_model_exp_bound (z), >, exp (z));
    }
}

/* The estimate that decides cooperation moves without exp() stays within
 * 10⁻⁴ of it, the error its margins are built on (docs/model.md 16). */
static void
test_exp_near (void)
{
  CwRng rng;

  cw_rng_seed (&rng, 11, 0);
  for (int i = 0; i < 400000; i++)
    {
      double z = exp_trial_z (&rng, i, 200000);

      g_assert_cmpfloat (fabs (cw_model_exp_near (z) / exp (z) - 1), <, 1e-4);
    }
  /* Where z·log₂e lies halfway between integers, the ends of the Taylor
   * polynomial's range. */
  for (int k = -1009; k <= 1009; k++)
    for (int d = -2; d <= 2; d++)
      {
        double z = (k + 0.5) * G_LN2 + d * 1e-12;

        if (z > -700 && z < 700)
          g_assert_cmpfloat (fabs (cw_model_exp_near (z) / exp (z) - 1), <, 1e-4);
      }
}

/* The cooperation sweep gives each level a block of movers as large as the
 * level's firms at the last record: so they must be the firms' levels when
 * the next step starts, with locomotives at level IV. */
static void
test_level_blocks (void)
{
  g_autoptr(CwScenario) sc = small_default (300, 15);
  g_autoptr(CwModel) m = NULL;
  double p[CW_N_PARAMS];
  CwRunOptions opts;

  cw_run_options_init (&opts);
  cw_model_params (sc, p);
  m = cw_model_new (sc, &opts, 4, p);
  for (int t = 0; t < m->n_steps; t++)
    {
      guint levels[CW_N_LEVELS] = { 0 };

      if (t > 0)
        cw_model_step (m);
      for (guint i = 0; i < m->n; i++)
        {
          levels[m->firms[i].level]++;
          g_assert_true (!m->firms[i].locomotive || m->firms[i].level == CW_LEVEL_IV);
        }
      g_assert_cmpmem (levels, sizeof levels, m->level_firms, sizeof m->level_firms);
    }
  g_assert_cmpfloat (m->out[CW_OUT_COOPERATORS_4], >, 0);
}

static void
test_rejects_bad_input (void)
{
  g_autoptr(CwScenario) sc = small_default (30, 2);
  g_autoptr(CwSeries) s = NULL;
  g_autoptr(GError) error = NULL;
  CwRunOptions opts;

  cw_run_options_init (&opts);
  cw_scenario_set_standing (sc, CW_LEVER_EDUCATION, NAN);
  s = cw_run (sc, &opts, NULL, &error);
  g_assert_null (s);
  g_assert_error (error, CW_RUN_ERROR, CW_RUN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "education"));
  g_clear_error (&error);

  cw_scenario_set_standing (sc, CW_LEVER_EDUCATION, 0.5);
  cw_scenario_add_edge (sc, "awareness", "nowhere");
  opts.runs = 3;
  s = cw_ensemble_run (sc, &opts, NULL, NULL, NULL, &error);
  g_assert_null (s);
  g_assert_error (error, CW_RUN_ERROR, CW_RUN_ERROR_INVALID);
}

static void
count_progress_cb (int done, int total, gpointer data)
{
  int *calls = data;

  g_assert_cmpint (done, <=, total);
  (*calls)++;
}

static void
test_cancel_and_progress (void)
{
  g_autoptr(CwScenario) sc = small_default (40, 3);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(CwSeries) s = NULL;
  g_autoptr(GError) error = NULL;
  CwRunOptions opts;
  int calls = 0;

  cw_run_options_init (&opts);
  opts.runs = 5;
  s = cw_ensemble_run (sc, &opts, count_progress_cb, &calls, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (calls, ==, 5);
  g_clear_pointer (&s, cw_series_free);

  g_cancellable_cancel (cancellable);
  s = cw_ensemble_run (sc, &opts, NULL, NULL, cancellable, &error);
  g_assert_null (s);
  g_assert_error (error, CW_RUN_ERROR, CW_RUN_ERROR_CANCELLED);
  g_clear_error (&error);
  s = cw_run (sc, &opts, cancellable, &error);
  g_assert_null (s);
  g_assert_error (error, CW_RUN_ERROR, CW_RUN_ERROR_CANCELLED);
}

/* The Shapley parts add up to policy − baseline, exactly and sampled, and
 * come with their standard errors. */
static void
test_shapley_additivity (void)
{
  g_autoptr(CwScenario) sc = small_default (40, 3);
  g_autoptr(CwShapley) groups = NULL, levers = NULL;
  g_autoptr(GError) error = NULL;
  guint32 masks[9];
  const char *names[9];
  CwRunOptions opts;
  int n = 0;

  cw_run_options_init (&opts);
  opts.runs = 3;
  groups = cw_shapley_run_groups (sc, &opts, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (groups->exact);
  for (int l = 0; l < CW_N_LEVERS && n < 9; l++)
    if (cw_scenario_used_levers (sc) & (1u << l))
      {
        masks[n] = 1u << l;
        names[n++] = cw_lever_info (l)->id;
      }
  g_assert_cmpint (n, ==, 9);
  levers = cw_shapley_run (sc, &opts, masks, names, n, 6, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (levers->exact);
  for (int t = 0; t < CW_N_SHAPLEY_TARGETS; t++)
    {
      const CwShapley *results[] = { groups, levers };

      for (guint r = 0; r < G_N_ELEMENTS (results); r++)
        {
          double sum = 0;

          for (int i = 0; i < results[r]->n_players; i++)
            sum += results[r]->phi[t][i];
          g_assert_cmpfloat_with_epsilon (sum, results[r]->policy[t] - results[r]->baseline[t], 1e-12);
        }
    }
  /* The policy moves upgrading, so the parts are not all zero. */
  g_assert_cmpfloat (fabs (groups->policy[0] - groups->baseline[0]), >, 1e-4);
  /* Exact parts carry a standard error from the spread of the runs, which
   * the replicates make non-zero, and a single run cannot have. */
  {
    double largest = 0;
    g_autoptr(CwShapley) single = NULL;

    for (int i = 0; i < groups->n_players; i++)
      {
        g_assert_cmpfloat (groups->error[0][i], >=, 0);
        largest = MAX (largest, groups->error[0][i]);
      }
    g_assert_cmpfloat (largest, >, 0);
    opts.runs = 1;
    single = cw_shapley_run_groups (sc, &opts, NULL, &error);
    g_assert_no_error (error);
    for (int i = 0; i < single->n_players; i++)
      g_assert_cmpfloat (single->error[0][i], ==, 0);
  }
}

/* The parameter table: ids unique, defaults inside their ranges, one cost per
 * lever in lever order. */
static void
test_params (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (cw_params_count (), ==, CW_N_PARAMS);
  for (guint i = 0; i < CW_N_PARAMS; i++)
    {
      const CwParamInfo *info = cw_param_info (i);

      g_assert_true (g_hash_table_add (ids, (gpointer) info->id));
      g_assert_cmpint (cw_param_from_id (info->id), ==, (int) i);
      g_assert_cmpfloat (info->min, <=, info->value);
      g_assert_cmpfloat (info->value, <=, info->max);
      g_assert_cmpuint (strlen (info->source), >, 10);
    }
  for (int l = 0; l < CW_N_LEVERS; l++)
    {
      g_autofree char *id = g_strconcat ("cost_", cw_lever_info (l)->id, NULL);

      g_assert_cmpint (cw_param_from_id (id), ==, CW_PARAM_COST_EDUCATION + l);
    }
}

/* The reference guide's parameter table (docs/model.md 9) lists every
 * parameter with the value, range, tag and source of the table in core/. */
static void
test_reference_guide (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "docs", "model.md", NULL);
  g_autofree char *guide = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &guide, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < CW_N_PARAMS; i++)
    {
      const CwParamInfo *info = cw_param_info (i);
      char v[G_ASCII_DTOSTR_BUF_SIZE], lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *row = g_strdup_printf ("| %s | %s | %s..%s | %s | %s | %s |", info->id,
                                              g_ascii_formatd (v, sizeof v, "%g", info->value),
                                              g_ascii_formatd (lo, sizeof lo, "%g", info->min),
                                              g_ascii_formatd (hi, sizeof hi, "%g", info->max),
                                              info->unit, cw_param_tag_id (info->tag), info->source);

      if (strstr (guide, row) == NULL)
        g_error ("docs/model.md does not list %s as the table has it: %s", info->id, row);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/facts-16-invariants", test_invariants);
  g_test_add_func ("/model/facts-16-determinism", test_determinism);
  g_test_add_func ("/model/facts-16-zero-lever", test_zero_lever);
  g_test_add_func ("/model/facts-16-common-random-numbers", test_common_random_numbers);
  g_test_add_func ("/model/budget", test_budget);
  g_test_add_func ("/model/pool", test_pool);
  g_test_add_func ("/model/exp-bound", test_exp_bound);
  g_test_add_func ("/model/exp-near", test_exp_near);
  g_test_add_func ("/model/level-blocks", test_level_blocks);
  g_test_add_func ("/model/rejects-bad-input", test_rejects_bad_input);
  g_test_add_func ("/model/cancel-and-progress", test_cancel_and_progress);
  g_test_add_func ("/model/shapley-additivity", test_shapley_additivity);
  g_test_add_func ("/model/params", test_params);
  g_test_add_func ("/model/reference-guide", test_reference_guide);
  return g_test_run ();
}

/* test-facts-learning.c — stylised facts of social learning in the cluster
 * organisation (docs/model.md 12: 8, 9, 10 and 14), firm by firm over SEEDS seeds
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cw-model-private.h"
#include "facts-common.h"

/* Runs the digital-era default with @firms firms for @steps steps and calls
 * @visit after every step. */
typedef void (*Visit) (const CwModel *m, gpointer data);

static void
run_default (int firms, int steps, guint64 seed, Visit visit, gpointer data)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  g_autoptr(CwModel) m = NULL;
  double p[CW_N_PARAMS];
  CwRunOptions opts;

  sc->profile[CW_PROFILE_FIRMS] = firms;
  cw_run_options_init (&opts);
  cw_model_params (sc, p);
  m = cw_model_new (sc, &opts, seed, p);
  for (int t = 0; t < steps; t++)
    {
      cw_model_step (m);
      visit (m, data);
    }
}

/* Most engaged firms work close to the locomotives' domain: split there. */
#define ALIGNED 0.7

enum { DEAD, PARTICIPANT, COOPERATOR, LEVEL_IV, LOCOMOTIVE, N_CLASSES };

typedef struct {
  double learn[N_CLASSES];
  double count[N_CLASSES];
  double aligned[2];           /* learning of levels II–IV: alignment below / above ALIGNED */
  double aligned_count[2];
} Community;

static void
visit_community (const CwModel *m, gpointer data)
{
  Community *c = data;

  for (guint i = 0; i < m->n; i++)
    {
      const CwFirm *f = &m->firms[i];
      int cls = f->locomotive ? LOCOMOTIVE :
                f->level == CW_LEVEL_IV ? LEVEL_IV :
                f->level >= CW_LEVEL_II ? COOPERATOR :
                f->level == CW_LEVEL_I ? PARTICIPANT :
                f->level == CW_LEVEL_DEAD_SOUL ? DEAD : -1;

      if (cls < 0)
        continue;
      c->learn[cls] += f->learn;
      c->count[cls]++;
      if (f->level >= CW_LEVEL_II && !f->locomotive)
        {
          c->aligned[f->alignment > ALIGNED] += f->learn;
          c->aligned_count[f->alignment > ALIGNED]++;
        }
    }
}

/* Fact 8: learning by community — Dead souls nothing, Participants little,
 * Cooperators more, level IV and Locomotives most; rising with alignment.
 * Margins: each class at least 1.25 times the one below (level IV firms are
 * the more capable ones, with less left to learn from partners). */
static void
test_communities (void)
{
  Community c = { 0 };
  double mean[N_CLASSES];

  for (int seed = 1; seed <= SEEDS; seed++)
    run_default (80, 40, seed, visit_community, &c);
  for (int k = 0; k < N_CLASSES; k++)
    {
      g_assert_cmpfloat (c.count[k], >, 0);
      mean[k] = c.learn[k] / c.count[k];
    }
  g_test_message ("dead %g participant %g cooperator %g IV %g locomotive %g", mean[DEAD],
                  mean[PARTICIPANT], mean[COOPERATOR], mean[LEVEL_IV], mean[LOCOMOTIVE]);
  g_assert_cmpfloat (mean[DEAD], ==, 0);
  g_assert_cmpfloat (mean[PARTICIPANT], >, 0);
  g_assert_cmpfloat (mean[COOPERATOR], >, 1.25 * mean[PARTICIPANT]);
  g_assert_cmpfloat (mean[LEVEL_IV], >, 1.25 * mean[COOPERATOR]);
  g_assert_cmpfloat (mean[LOCOMOTIVE], >, 1.25 * mean[COOPERATOR]);
  g_assert_cmpfloat (MIN (c.aligned_count[0], c.aligned_count[1]), >, 100);
  g_assert_cmpfloat (c.aligned[1] / c.aligned_count[1], >, 1.25 * c.aligned[0] / c.aligned_count[0]);
}

/* Firms by their capability and effort at the start. */
enum { MID_K, HIGH_K_LOW_E, HIGH_K_HIGH_E, N_GROUPS };

typedef struct {
  GHashTable *group;           /* firm id → group + 1 */
  GHashTable *start_level;     /* firm id → level + 1 */
  double climb[N_GROUPS], count[N_GROUPS];
  double loco[N_GROUPS];
  GHashTable *was_loco;        /* firm ids ever locomotive */
} Climbers;

static void
visit_climbers (const CwModel *m, gpointer data)
{
  Climbers *c = data;

  for (guint i = 0; i < m->n; i++)
    if (m->firms[i].locomotive)
      g_hash_table_add (c->was_loco, GUINT_TO_POINTER (m->firms[i].id + 1));
}

/* Fact 9: highly capable firms with low effort climb less than firms of
 * middle capability; with high effort and alignment they are the likeliest
 * locomotives. Margins: 0.1 levels; twice the locomotive share. */
static void
test_capable_firms (void)
{
  Climbers c = { 0 };

  for (int seed = 1; seed <= SEEDS; seed++)
    {
      g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
      g_autoptr(CwModel) m = NULL;
      g_autoptr(GHashTable) group = g_hash_table_new (NULL, NULL);
      g_autoptr(GHashTable) level = g_hash_table_new (NULL, NULL);
      double p[CW_N_PARAMS];
      CwRunOptions opts;

      sc->profile[CW_PROFILE_FIRMS] = 100;
      sc->profile[CW_PROFILE_CAPABILITY_SPREAD] = 0.2;
      sc->profile[CW_PROFILE_EFFORT_MEAN] = 0.35;
      cw_run_options_init (&opts);
      cw_model_params (sc, p);
      m = cw_model_new (sc, &opts, seed, p);
      c.was_loco = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < m->n; i++)
        {
          const CwFirm *f = &m->firms[i];
          int g = f->lead ? -1 :
                  f->k > 0.6 && f->e < 0.3 ? HIGH_K_LOW_E :
                  f->k > 0.6 && f->e > 0.45 ? HIGH_K_HIGH_E :
                  f->k > 0.35 && f->k < 0.55 ? MID_K : -1;

          if (g < 0)
            continue;
          g_hash_table_insert (group, GUINT_TO_POINTER (f->id + 1), GINT_TO_POINTER (g + 1));
          g_hash_table_insert (level, GUINT_TO_POINTER (f->id + 1), GINT_TO_POINTER (f->level + 1));
        }
      for (int t = 0; t < 40; t++)
        {
          cw_model_step (m);
          visit_climbers (m, &c);
        }
      for (guint i = 0; i < m->n; i++)
        {
          const CwFirm *f = &m->firms[i];
          int g = GPOINTER_TO_INT (g_hash_table_lookup (group, GUINT_TO_POINTER (f->id + 1))) - 1;
          int start = GPOINTER_TO_INT (g_hash_table_lookup (level, GUINT_TO_POINTER (f->id + 1))) - 1;

          if (g < 0)
            continue;
          c.climb[g] += f->level - start;
          c.count[g]++;
          c.loco[g] += g_hash_table_contains (c.was_loco, GUINT_TO_POINTER (f->id + 1));
        }
      g_hash_table_unref (c.was_loco);
    }
  for (int g = 0; g < N_GROUPS; g++)
    g_assert_cmpfloat (c.count[g], >, 20);
  g_assert_cmpfloat (c.climb[HIGH_K_LOW_E] / c.count[HIGH_K_LOW_E], <,
                     c.climb[MID_K] / c.count[MID_K] - 0.1);
  g_assert_cmpfloat (c.loco[HIGH_K_HIGH_E] / c.count[HIGH_K_HIGH_E], >,
                     2 * c.loco[HIGH_K_LOW_E] / c.count[HIGH_K_LOW_E]);
  g_assert_cmpfloat (c.loco[HIGH_K_HIGH_E] / c.count[HIGH_K_HIGH_E], >,
                     2 * c.loco[MID_K] / c.count[MID_K]);
}

/* Fact 10: in a mature organisation (the default policy after 10 years)
 * locomotives < cooperators at IV < cooperators at II and at III <
 * participants. Margin: 0.5 firms on the means. */
static void
test_pyramid (void)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  g_autoptr(CwSeries) series = NULL;

  sc->years = 10;
  sc->runs = SEEDS;
  series = facts_ensemble (sc);
  g_assert_cmpfloat (facts_at (series, CW_OUT_LOCOMOTIVES, -1) + 0.5, <, facts_at (series, CW_OUT_COOPERATORS_4, -1));
  g_assert_cmpfloat (facts_at (series, CW_OUT_COOPERATORS_4, -1) + 0.5, <, facts_at (series, CW_OUT_COOPERATORS_3, -1));
  g_assert_cmpfloat (facts_at (series, CW_OUT_COOPERATORS_4, -1) + 0.5, <, facts_at (series, CW_OUT_COOPERATORS_2, -1));
  g_assert_cmpfloat (facts_at (series, CW_OUT_COOPERATORS_3, -1) + 0.5, <, facts_at (series, CW_OUT_PARTICIPANTS, -1));
  g_assert_cmpfloat (facts_at (series, CW_OUT_COOPERATORS_2, -1) + 0.5, <, facts_at (series, CW_OUT_PARTICIPANTS, -1));
}

typedef struct {
  double gap5, gap12;
} PathGap;

/* Fact 14: a firm that stops its effort for five years stays behind after it
 * resumes. Half the firms (odd ids) stop; gaps in mean capability. Margins:
 * a gap of 0.01 at year 12, seven years after they resumed, and at least
 * 25 % of the gap at year 5 (partners' spillovers help laggards catch up). */
static void
test_path_dependence (void)
{
  PathGap gap = { 0 };

  for (int seed = 1; seed <= SEEDS; seed++)
    {
      g_autoptr(CwScenario) sc = facts_scenario (12);
      g_autoptr(CwModel) m = NULL;
      double p[CW_N_PARAMS];
      CwRunOptions opts;
      guint32 n0;

      cw_run_options_init (&opts);
      cw_model_params (sc, p);
      m = cw_model_new (sc, &opts, seed, p);
      n0 = m->n;
      for (guint i = 0; i < m->n; i++)
        m->firms[i].effort_frozen = m->firms[i].id % 2 == 1 && !m->firms[i].lead;
      for (int t = 1; t < m->n_steps; t++)
        {
          double k[2] = { 0 }, n[2] = { 0 };

          if (t == 21)
            for (guint i = 0; i < m->n; i++)
              m->firms[i].effort_frozen = FALSE;
          cw_model_step (m);
          if (t != 20 && t != m->n_steps - 1)
            continue;
          for (guint i = 0; i < m->n; i++)
            if (m->firms[i].id < n0 && !m->firms[i].lead)
              {
                k[m->firms[i].id % 2] += m->firms[i].k;
                n[m->firms[i].id % 2]++;
              }
          *(t == 20 ? &gap.gap5 : &gap.gap12) += (k[0] / n[0] - k[1] / n[1]) / SEEDS;
        }
    }
  g_test_message ("gap at year 5: %g, at year 12: %g", gap.gap5, gap.gap12);
  g_assert_cmpfloat (gap.gap12, >, 0.01);
  g_assert_cmpfloat (gap.gap12, >, 0.25 * gap.gap5);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/facts/8-communities", test_communities);
  g_test_add_func ("/facts/9-capable-firms", test_capable_firms);
  g_test_add_func ("/facts/10-pyramid", test_pyramid);
  g_test_add_func ("/facts/14-path-dependence", test_path_dependence);
  return g_test_run ();
}

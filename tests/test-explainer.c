/* test-explainer.c — explanations: parts add up, match `explain`, arrive progressively, cancel, cache
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "cw-explainer.h"
#include "cw-scenario-file.h"
#include "cw-shapley.h"

/* Hamburg, small and short so that every coalition runs quickly. */
static CwScenario *
hamburg (int firms)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  CwScenario *sc = cw_scenario_load_example ("hamburg-aviation.cluster", problems, &error);

  g_assert_no_error (error);
  sc->profile[CW_PROFILE_FIRMS] = firms;
  sc->years = 6;
  return sc;
}

static double
sum_parts (GArray *parts)
{
  double sum = 0;

  for (guint i = 0; i < parts->len; i++)
    sum += g_array_index (parts, CwExplainPart, i).value;
  return sum;
}

static const CwExplainPart *
find_group (const CwAttribution *a, int group)
{
  for (guint i = 0; i < a->groups->len; i++)
    if (g_array_index (a->groups, CwExplainPart, i).group == group)
      return &g_array_index (a->groups, CwExplainPart, i);
  g_assert_not_reached ();
}

/* The groups, the standing/cycle split and an expanded group's levers all
 * add up, at every step of every numeric output checked. */
static void
test_additivity (void)
{
  g_autoptr(CwScenario) sc = hamburg (60);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwExplanation) e = cw_explanation_compute (sc, CW_LEVER_GROUP_CAPABILITIES, 3, 0, NULL, &error);
  CwOutput outputs[] = { CW_OUT_UPGRADING, CW_OUT_CAPABILITY_MEAN, CW_OUT_DIGITAL_ADOPTERS };

  g_assert_no_error (error);
  g_assert_true (cw_explanation_is_complete (e));
  for (guint o = 0; o < G_N_ELEMENTS (outputs); o++)
    for (int step = 0; step < cw_explanation_get_n_steps (e); step += 5)
      {
        g_autoptr(CwAttribution) a = cw_explanation_attribute (e, outputs[o], step);
        double scale = MAX (1.0, fabs (a->policy));

        g_assert_cmpfloat_with_epsilon (sum_parts (a->groups), a->total, 1e-12 * scale);
        g_assert_cmpfloat_with_epsilon (a->standing + a->cycle, a->total, 1e-12 * scale);
        g_assert_true (a->levers_exact);
        g_assert_cmpuint (a->levers->len, >=, 2);
        g_assert_cmpfloat_with_epsilon (sum_parts (a->levers),
                                        find_group (a, CW_LEVER_GROUP_CAPABILITIES)->value,
                                        1e-12 * scale);
      }
}

/* The group parts at the last step are the `explain` command's Shapley values. */
static void
test_matches_shapley (void)
{
  g_autoptr(CwScenario) sc = hamburg (60);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwExplanation) e = cw_explanation_compute (sc, -1, 4, 2, NULL, &error);
  g_autoptr(CwAttribution) a = NULL;
  g_autoptr(CwShapley) shapley = NULL;
  CwRunOptions opts;

  g_assert_no_error (error);
  cw_run_options_init (&opts);
  opts.runs = 4;
  shapley = cw_shapley_run_groups (sc, &opts, NULL, &error);
  g_assert_no_error (error);
  a = cw_explanation_attribute (e, CW_OUT_UPGRADING, cw_explanation_get_n_steps (e) - 1);
  g_assert_cmpuint (a->groups->len, ==, shapley->n_players);
  g_assert_cmpuint (a->groups->len, >=, 5);
  for (int i = 0; i < shapley->n_players; i++)
    {
      const CwExplainPart *part = &g_array_index (a->groups, CwExplainPart, i);

      g_assert_cmpstr (part->id, ==, shapley->names[i]);
      g_assert_cmpfloat_with_epsilon (part->value, shapley->phi[CW_SHAPLEY_UPGRADING][i], 1e-12);
    }
  g_assert_cmpfloat_with_epsilon (a->total, shapley->policy[0] - shapley->baseline[0], 1e-12);
  g_assert_cmpfloat (fabs (a->total), >, 0.01);
}

/* A group with more players than can be run exactly is sampled: the errors
 * are stated and the levers still add up to their group. */
static void
test_sampled_levers (void)
{
  g_autoptr(CwScenario) sc = hamburg (40);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwExplanation) e = NULL;
  g_autoptr(CwAttribution) a = NULL;
  CwLever programme[] = { CW_LEVER_COACHING, CW_LEVER_WORKSHOPS, CW_LEVER_CONSULTANT_HOURS,
                          CW_LEVER_TRIPS, CW_LEVER_EXPORT_LAB, CW_LEVER_BUREAUCRACY };
  double errors = 0;

  sc->years = 3;
  for (guint i = 0; i < G_N_ELEMENTS (programme); i++)
    cw_scenario_set_standing (sc, programme[i], 0.5);
  e = cw_explanation_compute (sc, CW_LEVER_GROUP_INTERNATIONALISATION, 2, 0, NULL, &error);
  g_assert_no_error (error);
  a = cw_explanation_attribute (e, CW_OUT_UPGRADING, cw_explanation_get_n_steps (e) - 1);
  g_assert_false (a->levers_exact);
  g_assert_cmpuint (a->levers->len, ==, G_N_ELEMENTS (programme));
  for (guint i = 0; i < a->levers->len; i++)
    errors += g_array_index (a->levers, CwExplainPart, i).error;
  g_assert_cmpfloat (errors, >, 0);
  g_assert_cmpfloat_with_epsilon (sum_parts (a->levers),
                                  find_group (a, CW_LEVER_GROUP_INTERNATIONALISATION)->value, 1e-12);
  g_assert_cmpfloat_with_epsilon (sum_parts (a->groups), a->total, 1e-12);
}

typedef struct {
  GPtrArray *published;    /* CwExplanation, in order */
  char      *failure;
} Seen;

static void
explanation_cb (CwExplainer *explainer, GParamSpec *pspec, Seen *seen)
{
  CwExplanation *e = cw_explainer_get_explanation (explainer);

  g_ptr_array_add (seen->published, cw_explanation_ref (e));
}

static void
failed_cb (CwExplainer *explainer, const char *message, Seen *seen)
{
  g_free (seen->failure);
  seen->failure = g_strdup (message);
}

static CwExplainer *
new_explainer (Seen *seen)
{
  CwExplainer *explainer = cw_explainer_new ();

  seen->published = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_explanation_unref);
  seen->failure = NULL;
  g_signal_connect (explainer, "notify::explanation", G_CALLBACK (explanation_cb), seen);
  g_signal_connect (explainer, "failed", G_CALLBACK (failed_cb), seen);
  return explainer;
}

static void
clear_seen (Seen *seen)
{
  g_ptr_array_unref (seen->published);
  g_free (seen->failure);
}

static void
wait_idle (CwExplainer *explainer)
{
  while (cw_explainer_get_busy (explainer))
    g_main_context_iteration (NULL, TRUE);
}

/* One replicate per coalition first, then more, up to all: each step adds up. */
static void
test_progressive (void)
{
  Seen seen;
  g_autoptr(CwExplainer) explainer = new_explainer (&seen);
  g_autoptr(CwScenario) sc = hamburg (50);

  cw_explainer_submit (explainer, sc, -1, 8);
  g_assert_true (cw_explainer_get_busy (explainer));
  wait_idle (explainer);
  g_assert_null (seen.failure);
  g_assert_cmpuint (seen.published->len, ==, 3);
  for (guint i = 0; i < seen.published->len; i++)
    {
      CwExplanation *e = g_ptr_array_index (seen.published, i);
      g_autoptr(CwAttribution) a = cw_explanation_attribute (e, CW_OUT_UPGRADING, 10);
      int expected[] = { 1, 2, 8 };

      g_assert_cmpint (a->runs, ==, expected[i]);
      g_assert_cmpint (a->total_runs, ==, 8);
      g_assert_cmpfloat_with_epsilon (sum_parts (a->groups), a->total, 1e-12);
    }
  g_assert_true (cw_explanation_is_complete (cw_explainer_get_explanation (explainer)));
  clear_seen (&seen);
}

/* A newer scenario cancels the older: nothing of the older is published
 * after it, and cancelling stops everything. */
static void
test_cancel (void)
{
  Seen seen;
  g_autoptr(CwExplainer) explainer = new_explainer (&seen);
  g_autoptr(CwScenario) a = hamburg (80);
  g_autoptr(CwScenario) b = hamburg (80);

  cw_scenario_set_standing (b, CW_LEVER_EDUCATION, 0.9);
  cw_explainer_submit (explainer, a, -1, 6);
  cw_explainer_submit (explainer, b, -1, 6);
  wait_idle (explainer);
  g_assert_cmpuint (seen.published->len, >, 0);
  for (guint i = 0; i < seen.published->len; i++)
    g_assert_true (cw_scenario_same_run (cw_explanation_get_scenario (g_ptr_array_index (seen.published, i)), b));

  g_ptr_array_set_size (seen.published, 0);
  cw_explainer_submit (explainer, a, -1, 6);
  cw_explainer_cancel (explainer);
  g_assert_false (cw_explainer_get_busy (explainer));
  for (int i = 0; i < 200; i++)
    g_main_context_iteration (NULL, FALSE);
  g_usleep (100000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (seen.published->len, ==, 0);
  clear_seen (&seen);
}

/* A scenario explained before is published again at once, without a run;
 * after a lever moved only the coalitions holding it run; opening a group
 * runs only the coalitions it adds. */
static void
test_cache (void)
{
  Seen seen;
  g_autoptr(CwExplainer) explainer = new_explainer (&seen);
  g_autoptr(CwScenario) a = hamburg (40);
  g_autoptr(CwScenario) b = hamburg (40);
  guint64 runs, runs_b;
  CwExplanation *first;

  cw_scenario_set_standing (b, CW_LEVER_EDUCATION, 0.9);
  cw_explainer_submit (explainer, a, -1, 3);
  wait_idle (explainer);
  first = g_ptr_array_index (seen.published, seen.published->len - 1);
  runs = cw_explainer_get_runs_done (explainer);
  g_assert_cmpuint (runs, >, 0);
  /* A lever moved: only the coalitions that hold it run again — the 32 with
   * the capabilities group and the split's standing-levers-only one (education
   * is a standing lever), half of the 66 — and the parts are those of a fresh
   * explanation. */
  cw_explainer_submit (explainer, b, -1, 3);
  wait_idle (explainer);
  runs_b = cw_explainer_get_runs_done (explainer) - runs;
  g_assert_cmpuint (runs_b, ==, runs / 2);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CwExplanation) fresh = cw_explanation_compute (b, -1, 3, 0, NULL, &error);
    CwExplanation *reused = cw_explainer_get_explanation (explainer);

    g_assert_no_error (error);
    for (int step = 0; step < cw_explanation_get_n_steps (fresh); step += 4)
      {
        g_autoptr(CwAttribution) x = cw_explanation_attribute (fresh, CW_OUT_UPGRADING, step);
        g_autoptr(CwAttribution) y = cw_explanation_attribute (reused, CW_OUT_UPGRADING, step);

        g_assert_cmpfloat (x->total, ==, y->total);
        g_assert_cmpfloat (x->standing, ==, y->standing);
        for (guint i = 0; i < x->groups->len; i++)
          g_assert_cmpfloat (g_array_index (x->groups, CwExplainPart, i).value, ==,
                             g_array_index (y->groups, CwExplainPart, i).value);
      }
  }

  cw_explainer_submit (explainer, a, -1, 3);
  g_assert_false (cw_explainer_get_busy (explainer));
  g_assert_true (cw_explainer_get_explanation (explainer) == first);
  g_assert_cmpuint (cw_explainer_get_runs_done (explainer), ==, runs + runs_b);

  /* Opening a group runs only what a fresh explainer would run beyond the groups. */
  cw_explainer_submit (explainer, a, CW_LEVER_GROUP_CAPABILITIES, 3);
  wait_idle (explainer);
  g_assert_cmpint (cw_explanation_get_expanded (cw_explainer_get_explanation (explainer)), ==,
                   CW_LEVER_GROUP_CAPABILITIES);
  {
    Seen fresh_seen;
    g_autoptr(CwExplainer) fresh = new_explainer (&fresh_seen);

    cw_explainer_submit (fresh, a, CW_LEVER_GROUP_CAPABILITIES, 3);
    wait_idle (fresh);
    g_assert_cmpuint (cw_explainer_get_runs_done (explainer) - runs - runs_b, ==,
                      cw_explainer_get_runs_done (fresh) - runs);
    clear_seen (&fresh_seen);
  }
  clear_seen (&seen);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/explainer/additivity", test_additivity);
  g_test_add_func ("/explainer/matches-shapley", test_matches_shapley);
  g_test_add_func ("/explainer/sampled-levers", test_sampled_levers);
  g_test_add_func ("/explainer/progressive", test_progressive);
  g_test_add_func ("/explainer/cancel", test_cancel);
  g_test_add_func ("/explainer/cache", test_cache);
  return g_test_run ();
}

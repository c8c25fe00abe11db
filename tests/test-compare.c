/* test-compare.c — Pin, Compare, rename and remove variants in the real window
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with GSK_RENDERER=cairo. Everything goes through the
 * window's actions, as the header bar, the menu and the keyboard reach them.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <adwaita.h>

#include "cw-chart-view.h"
#include "cw-compare-panel.h"
#include "cw-document-edits.h"
#include "cw-history-panel.h"
#include "cw-outcomes-pane.h"
#include "cw-replay.h"
#include "cw-window.h"
#include "ui-helpers.h"

typedef struct {
  CwWindow            *window;
  CwDocument          *doc;
  CwOutcomesPane      *pane;
  CwEvaluator         *evaluator;
  CwCompareController *compare;
  CwCompareVariants   *variants;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = ui_new_window ();
  f->doc = cw_window_get_document (f->window);
  f->pane = CW_OUTCOMES_PANE (ui_find_widget (GTK_WIDGET (f->window), CW_TYPE_OUTCOMES_PANE));
  f->evaluator = cw_outcomes_pane_get_evaluator (f->pane);
  f->compare = cw_outcomes_pane_get_compare (f->pane);
  f->variants = cw_compare_controller_get_variants (f->compare);
  /* Short runs: the test is about the window, not the model. */
  cw_document_set_years (f->doc, 6);
  ui_wait_evaluator (f->evaluator);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_destroy_window (f->window);
}

static void
activate (Fixture    *f,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->window), action, parameter));
  ui_flush ();
}

/* Iterates until every variant has its central and no-policy runs. */
static void
wait_variants (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!cw_compare_variants_get_ready (f->variants) || cw_evaluator_get_busy (f->evaluator))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  ui_flush ();
}

static gboolean
compare_on (Fixture *f)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (cw_compare_controller_get_actions (f->compare),
                                                               "compare");
  return g_variant_get_boolean (state);
}

static CwChartView *
upgrading_view (Fixture *f)
{
  GtkWidget *view = ui_find_widget (GTK_WIDGET (f->pane), CW_TYPE_CHART_VIEW);

  g_assert_nonnull (view);
  g_assert_cmpint (cw_chart_view_get_kind (CW_CHART_VIEW (view)), ==, CW_CHART_UPGRADING);
  return CW_CHART_VIEW (view);
}

static const CwCompareTable *
table (Fixture *f)
{
  return cw_compare_panel_get_table (CW_COMPARE_PANEL (cw_compare_controller_get_panel (f->compare)));
}

/* Whether the Key Outcomes tab is there. */
static gboolean
table_tab_shown (Fixture *f)
{
  GtkWidget *panel = cw_compare_controller_get_panel (f->compare);

  return gtk_stack_page_get_visible (gtk_stack_get_page (GTK_STACK (gtk_widget_get_parent (panel)), panel));
}

static GtkToggleButton *
compare_button (Fixture *f)
{
  return GTK_TOGGLE_BUTTON (ui_find_widget_where (GTK_WIDGET (f->window), GTK_TYPE_TOGGLE_BUTTON,
                                                  ui_has_tooltip,
                                                  "Overlay the Pinned Variants and Show Their Key Outcomes "
                                                  "(Ctrl+Shift+M)"));
}

/* Pin twice with a lever moved between: both overlaid on the charts, both
 * in the table, each against no policy and against the scenario on screen. */
static void
test_pin_and_compare (Fixture       *f,
                      gconstpointer  data)
{
  const CwScenario *sc;
  const CwCompareTable *t;
  const CwCompareColumn *current, *a, *b;
  g_auto(GStrv) legend = NULL;
  g_auto(GStrv) readout = NULL;
  CwChartSpec spec;

  g_assert_false (compare_on (f));
  g_assert_false (gtk_toggle_button_get_active (compare_button (f)));
  g_assert_false (table_tab_shown (f));
  cw_document_set_lever (f->doc, NULL, CW_LEVER_RD_SUBSIDY, 0.1);
  ui_wait_evaluator (f->evaluator);
  activate (f, "compare.pin", NULL);
  sc = cw_document_get_scenario (f->doc);
  g_assert_cmpuint (sc->variants->len, ==, 1);
  g_assert_cmpstr (((CwVariant *) g_ptr_array_index (sc->variants, 0))->name, ==, "A");
  g_assert_true (cw_document_get_modified (f->doc));
  /* Pinning turns Compare on: the header bar's toggle shows it. */
  g_assert_true (compare_on (f));
  g_assert_true (gtk_toggle_button_get_active (compare_button (f)));
  g_assert_true (table_tab_shown (f));

  cw_document_set_lever (f->doc, NULL, CW_LEVER_RD_SUBSIDY, 1.0);
  ui_wait_evaluator (f->evaluator);
  activate (f, "compare.pin", NULL);
  wait_variants (f);
  g_assert_cmpuint (cw_compare_variants_get_n (f->variants), ==, 2);

  /* Every chart overlays both, named in the legend and the readout. */
  g_assert_true (cw_chart_view_get_spec (upgrading_view (f), &spec));
  g_assert_cmpuint (spec.n_compare, ==, 2);
  g_assert_cmpstr (spec.compare_names[0], ==, "A");
  g_assert_cmpstr (spec.compare_names[1], ==, "B");
  g_assert_true (spec.compare[0] == cw_result_get_central (cw_compare_variants_get_result (f->variants, 0)));
  legend = cw_chart_legend_labels (&spec);
  g_assert_true (g_strv_contains ((const char *const *) legend, "A"));
  readout = cw_chart_readout (&spec);
  g_assert_true (g_str_has_prefix (readout[2], "A: "));

  /* The table: the scenario on screen, then A and B after the last year. */
  t = table (f);
  g_assert_nonnull (t);
  g_assert_cmpint (t->year, ==, 6);
  g_assert_cmpuint (t->columns->len, ==, 3);
  current = cw_compare_table_get (t, 0);
  a = cw_compare_table_get (t, 1);
  b = cw_compare_table_get (t, 2);
  g_assert_cmpstr (a->name, ==, "A");
  /* B is the scenario on screen: the same central run, the same cells. */
  g_assert_cmpfloat (b->value[0], ==, current->value[0]);
  g_assert_cmpfloat (b->baseline[0], ==, current->baseline[0]);
  g_assert_cmpfloat (a->value[0], ==,
                     cw_series_get (cw_result_get_central (cw_compare_variants_get_result (f->variants, 0)),
                                    CW_OUT_UPGRADING, CW_STAT_MEAN)[6 * CW_STEPS_PER_YEAR]);
  /* More R&D money spends more than A. */
  g_assert_cmpfloat (b->value[7], >, a->value[7]);
  cw_compare_panel_set_year (CW_COMPARE_PANEL (cw_compare_controller_get_panel (f->compare)), 3);
  g_assert_cmpint (table (f)->year, ==, 3);

  /* Editing the scenario on screen runs nothing for the variants. */
  cw_document_set_lever (f->doc, NULL, CW_LEVER_RD_SUBSIDY, 0.5);
  g_assert_true (cw_compare_variants_get_ready (f->variants));
  ui_wait_evaluator (f->evaluator);

  /* Compare off: the charts show the scenario alone again. */
  activate (f, "compare.compare", NULL);
  g_assert_false (gtk_toggle_button_get_active (compare_button (f)));
  g_assert_true (cw_chart_view_get_spec (upgrading_view (f), &spec));
  g_assert_cmpuint (spec.n_compare, ==, 0);
  g_assert_false (gtk_widget_get_visible (cw_compare_controller_get_panel (f->compare)));
  g_assert_false (table_tab_shown (f));
}

static void
test_rename_and_remove (Fixture       *f,
                        gconstpointer  data)
{
  CwChartSpec spec;

  activate (f, "compare.pin", NULL);
  activate (f, "compare.pin", NULL);
  wait_variants (f);
  activate (f, "compare.rename-variant", g_variant_new ("(ss)", "A", "  Mehr Förderung "));
  g_assert_nonnull (cw_scenario_find_variant (cw_document_get_scenario (f->doc), "Mehr Förderung"));
  g_assert_cmpstr (cw_compare_variants_get_name (f->variants, 0), ==, "Mehr Förderung");
  g_assert_cmpstr (cw_compare_table_get (table (f), 1)->name, ==, "Mehr Förderung");
  g_assert_true (cw_chart_view_get_spec (upgrading_view (f), &spec));
  g_assert_cmpstr (spec.compare_names[0], ==, "Mehr Förderung");
  /* A name that is taken or empty is refused. */
  activate (f, "compare.rename-variant", g_variant_new ("(ss)", "B", "Mehr Förderung"));
  activate (f, "compare.rename-variant", g_variant_new ("(ss)", "B", "   "));
  g_assert_nonnull (cw_scenario_find_variant (cw_document_get_scenario (f->doc), "B"));
  /* A renamed variant may still be relabelling its result under load. */
  wait_variants (f);

  activate (f, "compare.remove-variant", g_variant_new_string ("Mehr Förderung"));
  g_assert_cmpuint (cw_document_get_scenario (f->doc)->variants->len, ==, 1);
  g_assert_cmpuint (cw_compare_variants_get_n (f->variants), ==, 1);
  g_assert_cmpuint (table (f)->columns->len, ==, 2);
  /* Removing is undoable: the variant comes back and is run again (its
   * single run is quick, but under load not done within a flush). */
  activate (f, "win.undo", NULL);
  g_assert_cmpuint (cw_compare_variants_get_n (f->variants), ==, 2);
  g_assert_cmpstr (cw_compare_variants_get_name (f->variants, 0), ==, "Mehr Förderung");
  wait_variants (f);
  g_assert_true (cw_compare_variants_get_ready (f->variants));
  /* The free letter goes to the next pin. */
  activate (f, "compare.pin", NULL);
  g_assert_nonnull (cw_scenario_find_variant (cw_document_get_scenario (f->doc), "A"));
}

/* Six at most: then Pin and Open as Variant are off. */
static void
test_six_at_most (Fixture       *f,
                  gconstpointer  data)
{
  GActionGroup *actions = cw_compare_controller_get_actions (f->compare);

  for (int i = 0; i < CW_MAX_VARIANTS; i++)
    activate (f, "compare.pin", NULL);
  g_assert_cmpuint (cw_document_get_scenario (f->doc)->variants->len, ==, CW_MAX_VARIANTS);
  g_assert_false (g_action_group_get_action_enabled (actions, "pin"));
  g_assert_false (g_action_group_get_action_enabled (actions, "open-variant"));
  wait_variants (f);
  {
    CwChartSpec spec;

    g_assert_true (cw_chart_view_get_spec (upgrading_view (f), &spec));
    g_assert_cmpuint (spec.n_compare, ==, CW_MAX_VARIANTS);
  }
  activate (f, "compare.remove-variant", g_variant_new_string ("C"));
  g_assert_true (g_action_group_get_action_enabled (actions, "pin"));
}

/* A file opened as a variant keeps its own profile and levers. */
static void
test_open_as_variant (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "scenarios",
                                                 "poland-ict.cluster", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/x.cluster");
  const CwVariant *variant;
  GtkWindow *alert;

  cw_compare_controller_open_variant (f->compare, file);
  variant = cw_scenario_find_variant (cw_document_get_scenario (f->doc), "A");
  g_assert_nonnull (variant);
  g_assert_cmpfloat (variant->scenario->profile[CW_PROFILE_FIRMS], !=,
                     cw_document_get_scenario (f->doc)->profile[CW_PROFILE_FIRMS]);
  g_assert_true (compare_on (f));

  cw_compare_controller_open_variant (f->compare, missing);
  ui_flush ();
  alert = ui_find_transient (GTK_WINDOW (f->window), ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (alert);
  gtk_window_destroy (alert);
  g_assert_cmpuint (cw_document_get_scenario (f->doc)->variants->len, ==, 1);
}

/* Replay moves the charts from the run before the last change to the
 * current one, then leaves the current one on screen. */
static void
test_replay (Fixture       *f,
             gconstpointer  data)
{
  CwChartView *view = upgrading_view (f);
  const CwSeries *before, *after;
  double was, now, shown;
  int last;
  CwChartSpec spec;
  const CwSeries *shown_after;
  g_autoptr(CwResult) first = cw_result_ref (cw_chart_view_get_result (view));

  before = cw_result_get_central (first);
  cw_document_set_lever (f->doc, NULL, CW_LEVER_RD_SUBSIDY, 1.0);
  ui_wait_evaluator (f->evaluator);
  after = cw_result_get_central (cw_chart_view_get_result (view));
  g_assert_true (after != before);
  last = after->n_steps - 1;
  was = cw_series_get (before, CW_OUT_UPGRADING, CW_STAT_MEAN)[last];
  now = cw_series_get (after, CW_OUT_UPGRADING, CW_STAT_MEAN)[last];
  g_assert_cmpfloat (was, !=, now);
  g_assert_true (cw_chart_view_get_spec (view, &spec));
  shown_after = spec.series;

  activate (f, "compare.replay", NULL);
  g_assert_true (cw_chart_view_get_replaying (view));
  g_assert_true (cw_chart_view_get_spec (view, &spec));
  g_assert_true (spec.series != shown_after);
  g_assert_false (spec.show_band);
  /* It starts where the scenario was (a frame may have passed) and moves on. */
  shown = cw_series_get (spec.series, CW_OUT_UPGRADING, CW_STAT_MEAN)[last];
  g_assert_cmpfloat (fabs (shown - was), <, 0.25 * fabs (now - was));
  ui_spin (1000 * CW_REPLAY_SECONDS + 500);
  g_assert_false (cw_chart_view_get_replaying (view));
  g_assert_true (cw_chart_view_get_spec (view, &spec));
  g_assert_true (spec.series == shown_after);
}

/* Every evaluated state is listed with what changed and its headline; one
 * can be restored (and the restoring undone) or pinned. */
static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  const CwHistory *history = cw_history_panel_get_history (CW_HISTORY_PANEL (cw_compare_controller_get_history (f->compare)));
  guint n0 = cw_history_get_n (history);
  const CwHistoryEntry *entry;
  const CwSeries *central;
  g_autoptr(CwScenario) before = NULL;

  g_assert_cmpuint (n0, >=, 1);
  before = cw_scenario_copy (cw_document_get_scenario (f->doc));
  cw_document_set_lever (f->doc, NULL, CW_LEVER_RD_SUBSIDY, 1.0);
  ui_wait_evaluator (f->evaluator);
  g_assert_cmpuint (cw_history_get_n (history), ==, n0 + 1);
  entry = cw_history_get (history, n0);
  g_assert_nonnull (strstr (entry->change, cw_lever_info (CW_LEVER_RD_SUBSIDY)->name));
  g_assert_nonnull (strstr (entry->change, "→ 1.00"));
  central = cw_result_get_central (cw_evaluator_get_result (f->evaluator));
  g_assert_cmpfloat (entry->headline, ==, cw_series_get (central, CW_OUT_UPGRADING, CW_STAT_MEAN)[central->n_steps - 1]);
  g_assert_cmpfloat (entry->headline, !=, entry->baseline);

  /* Restore the state before: one edit, undoable. */
  activate (f, "compare.restore-state", g_variant_new_uint32 (n0 - 1));
  g_assert_true (cw_scenario_same_run (cw_document_get_scenario (f->doc), before));
  ui_wait_evaluator (f->evaluator);
  /* Going back is a state of its own in the list. */
  g_assert_cmpuint (cw_history_get_n (history), ==, n0 + 2);
  activate (f, "win.undo", NULL);
  g_assert_false (cw_scenario_same_run (cw_document_get_scenario (f->doc), before));
  g_assert_cmpfloat (cw_document_get_scenario (f->doc)->standing[CW_LEVER_RD_SUBSIDY], ==, 1.0);

  /* Pin an earlier state as a variant. */
  activate (f, "compare.pin-state", g_variant_new_uint32 (n0 - 1));
  g_assert_cmpuint (cw_document_get_scenario (f->doc)->variants->len, ==, 1);
  g_assert_true (cw_scenario_same_run (((CwVariant *) g_ptr_array_index (cw_document_get_scenario (f->doc)->variants,
                                                                         0))->scenario, before));
  ui_wait_evaluator (f->evaluator);
}

int
main (int    argc,
      char **argv)
{
  ui_test_init (&argc, &argv);
#define ADD(path, func) \
  g_test_add ("/compare/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("pin-and-compare", test_pin_and_compare);
  ADD ("rename-and-remove", test_rename_and_remove);
  ADD ("six-at-most", test_six_at_most);
  ADD ("open-as-variant", test_open_as_variant);
  ADD ("replay", test_replay);
  ADD ("history", test_history);
  return ui_test_run ();
}

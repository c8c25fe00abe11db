/* test-explain.c — Explain opened through its action: the waterfall adds up, an edit recomputes
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "cw-document-edits.h"
#include "cw-explain-dialog.h"
#include "cw-outcomes-pane.h"
#include "cw-scenario-file.h"
#include "cw-waterfall.h"
#include "cw-window.h"
#include "pdf-text.h"
#include "ui-helpers.h"

static void
wait_explainer (CwExplainer *explainer)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (cw_explainer_get_busy (explainer) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (cw_explainer_get_busy (explainer));
  ui_flush ();
}

static double
sum_parts (GArray *parts)
{
  double sum = 0;

  for (guint i = 0; i < parts->len; i++)
    sum += g_array_index (parts, CwExplainPart, i).value;
  return sum;
}

/* The small Hamburg: every coalition runs in milliseconds. */
static void
open_hamburg (CwWindow *window)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  CwScenario *sc = cw_scenario_load_example ("hamburg-aviation.cluster", problems, NULL);

  g_assert_nonnull (sc);
  sc->profile[CW_PROFILE_FIRMS] = 60;
  sc->years = 5;
  sc->runs = 3;
  cw_document_replace (cw_window_get_document (window), sc, NULL);
  ui_flush ();
}

static gboolean
is_expander (GtkWidget *widget, const char *title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The Explain dialog of @window, opened through its action, with its
 * first result. */
static CwExplainDialog *
open_explained (CwWindow *window)
{
  CwExplainDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.explain", NULL));
  ui_flush ();
  dialog = CW_EXPLAIN_DIALOG (ui_find_transient (GTK_WINDOW (window), CW_TYPE_EXPLAIN_DIALOG));
  g_assert_nonnull (dialog);
  wait_explainer (cw_explain_dialog_get_explainer (dialog));
  return dialog;
}

static void
test_explain (void)
{
  CwWindow *window = ui_new_window ();
  CwDocument *document = cw_window_get_document (window);
  CwExplainDialog *dialog;
  CwExplainer *explainer;
  const CwAttribution *a;
  AdwExpanderRow *row;
  g_autofree char *value = NULL;
  double total_before;

  open_hamburg (window);
  dialog = open_explained (window);
  explainer = cw_explain_dialog_get_explainer (dialog);

  /* The upgrading chart is shown: its index at the last year, split by group. */
  a = cw_explain_dialog_get_attribution (dialog);
  g_assert_nonnull (a);
  g_assert_cmpint (a->output, ==, CW_OUT_UPGRADING);
  g_assert_cmpint (a->runs, ==, CW_EXPLAIN_RUNS);
  g_assert_cmpuint (a->groups->len, >=, 5);
  g_assert_cmpfloat (fabs (a->total), >, 1e-3);
  g_assert_cmpfloat_with_epsilon (sum_parts (a->groups), a->total, 1e-12);
  g_assert_cmpfloat_with_epsilon (a->standing + a->cycle, a->total, 1e-12);
  /* What the rows say is what the waterfall draws. */
  row = ADW_EXPANDER_ROW (ui_find_widget_where (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW, is_expander,
                                                g_array_index (a->groups, CwExplainPart, 0).name));
  g_assert_nonnull (row);
  value = cw_waterfall_value (a, &g_array_index (a->groups, CwExplainPart, 0));
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, value);

  /* Opening a group splits it among its levers, which add up to it. */
  adw_expander_row_set_expanded (row, TRUE);
  wait_explainer (explainer);
  a = cw_explain_dialog_get_attribution (dialog);
  g_assert_cmpuint (a->levers->len, >=, 1);
  g_assert_cmpfloat_with_epsilon (sum_parts (a->levers), g_array_index (a->groups, CwExplainPart, 0).value, 1e-12);

  /* An edit cancels the work and explains the new scenario. */
  total_before = a->total;
  g_assert_true (cw_document_set_lever (document, NULL, CW_LEVER_EDUCATION, 1.0));
  g_assert_true (cw_explainer_get_busy (explainer));
  wait_explainer (explainer);
  a = cw_explain_dialog_get_attribution (dialog);
  g_assert_true (cw_scenario_same_run (cw_explanation_get_scenario (cw_explainer_get_explanation (explainer)),
                                       cw_document_get_scenario (document)));
  g_assert_cmpfloat (fabs (a->total - total_before), >, 1e-6);
  g_assert_cmpfloat_with_epsilon (sum_parts (a->groups), a->total, 1e-12);

  /* Undo goes back to a scenario explained before: at once, from the cache. */
  cw_document_undo (document);
  g_assert_false (cw_explainer_get_busy (explainer));
  a = cw_explain_dialog_get_attribution (dialog);
  g_assert_cmpfloat (a->total, ==, total_before);

  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_destroy_window (window);
}

/* The waterfall the dialog shows is drawn again in the desktop's look when
 * it changes: in high contrast, dark, and back as it was. */
static void
test_follows_look (void)
{
  CwWindow *window = ui_new_window ();
  CwExplainDialog *dialog;
  GtkWidget *waterfall;

  open_hamburg (window);
  dialog = open_explained (window);
  waterfall = ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_DRAWING_AREA);
  g_assert_nonnull (waterfall);
  ui_assert_follows_look (waterfall);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_destroy_window (window);
}

static void
written_cb (CwWindow *window, gboolean ok, int *result)
{
  *result = ok ? 1 : 0;
}

/* Pins the scenario as variant "A" and waits until it has run. */
static void
pin_variant (CwWindow *window)
{
  CwOutcomesPane *pane = CW_OUTCOMES_PANE (ui_find_widget (GTK_WIDGET (window), CW_TYPE_OUTCOMES_PANE));
  CwCompareVariants *variants = cw_compare_controller_get_variants (cw_outcomes_pane_get_compare (pane));
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  ui_wait_evaluator (cw_outcomes_pane_get_evaluator (pane));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "compare.pin", NULL));
  while (!cw_compare_variants_get_ready (variants) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (cw_compare_variants_get_ready (variants));
  cw_document_set_lever (cw_window_get_document (window), NULL, CW_LEVER_RD_SUBSIDY, 1.0);
  ui_wait_evaluator (cw_outcomes_pane_get_evaluator (pane));
}

/* Report… asks for a file, writes the minutes off the main thread and says
 * where, with Open; the PDF has the explain page with the waterfall's numbers,
 * the pinned variant with its key outcomes, and the session's history. */
static void
test_report (void)
{
  CwWindow *window = ui_new_window ();
  g_autofree char *dir = g_dir_make_tmp ("cw-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "minutes.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autoptr(CwExplanation) explanation = NULL;
  g_autoptr(CwAttribution) a = NULL;
  int result = -1;
  gint64 end;

  open_hamburg (window);
  pin_variant (window);
  g_signal_connect (window, "report-written", G_CALLBACK (written_cb), &result);
#ifdef UNDER_ASAN
  /* The chooser's places sidebar leaks in libcloudproviders under LeakSanitizer. */
  cw_window_write_report (window, file);
#else
  {
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    GtkFileChooser *chooser;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.report", NULL));
    ui_flush ();
    chooser = (GtkFileChooser *) ui_find_transient (GTK_WINDOW (window), GTK_TYPE_FILE_CHOOSER_DIALOG);
    g_assert_nonnull (chooser);
    g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
    gtk_file_chooser_set_current_name (chooser, "minutes.pdf");
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  }
#endif
  /* Rendering is off the main thread: the window keeps answering. */
  end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  while (result < 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (result, ==, 1);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));

  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Why the outcome moved"));
  g_assert_nonnull (strstr (text, "Upgrading index in"));
  g_assert_nonnull (strstr (text, "Variants compared"));
  g_assert_nonnull (strstr (text, "This scenario"));
  g_assert_nonnull (strstr (text, "No policy"));
  g_assert_nonnull (strstr (text, "Session history"));
  g_assert_nonnull (strstr (text, cw_lever_info (CW_LEVER_RD_SUBSIDY)->name));
  explanation = cw_explanation_compute (cw_document_get_scenario (cw_window_get_document (window)), -1,
                                        CW_EXPLAIN_RUNS, 0, NULL, NULL);
  a = cw_explanation_attribute (explanation, CW_OUT_UPGRADING, cw_explanation_get_n_steps (explanation) - 1);
  for (guint i = 0; i < a->groups->len; i++)
    {
      g_autofree char *value = cw_waterfall_value (a, &g_array_index (a->groups, CwExplainPart, i));

      g_assert_nonnull (strstr (text, g_array_index (a->groups, CwExplainPart, i).name));
      g_assert_nonnull (strstr (text, value));
    }
  g_unlink (path);
  g_rmdir (dir);
  ui_destroy_window (window);
}

/* The waterfall's export is named like the charts' (the document's name and
 * the chart's) and headed by the scenario's title. */
static void
test_export (void)
{
  CwWindow *window = ui_new_window ();
  CwDocument *document = cw_window_get_document (window);
  g_autofree char *dir = g_dir_make_tmp ("cw-explain-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "waterfall.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) saved = g_file_new_for_path ("/tmp/hamburg.v2.cluster");
  g_autofree char *untitled = NULL, *named = NULL, *expected = NULL, *text = NULL;
  CwExplainDialog *dialog;

  open_hamburg (window);
  dialog = open_explained (window);

  untitled = cw_explain_dialog_export_name (dialog, CW_CHART_FORMAT_PNG);
  expected = g_strdup_printf ("%s – Explain Upgrading.png", cw_document_get_title (document));
  g_assert_cmpstr (untitled, ==, expected);
  cw_document_mark_saved (document, saved);
  named = cw_explain_dialog_export_name (dialog, CW_CHART_FORMAT_SVG);
  g_assert_cmpstr (named, ==, "hamburg.v2 – Explain Upgrading.svg");

  cw_explain_dialog_export (dialog, CW_CHART_FORMAT_PDF, file);
  text = pdf_text (path);
  g_assert_true (g_str_has_prefix (g_strchug (text), cw_document_get_title (document)));
  g_assert_nonnull (strstr (text, "Upgrading index in"));

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_destroy_window (window);
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/explain/action-adds-up-and-follows-edits", test_explain);
  g_test_add_func ("/explain/follows-look", test_follows_look);
  g_test_add_func ("/explain/report-action-writes-pdf", test_report);
  g_test_add_func ("/explain/export-named-and-titled", test_export);
  return ui_test_run ();
}

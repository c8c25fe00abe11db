/* test-document.c — the document: undo, redo, merged steps, modified flag, selection
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cw-document.h"
#include "cw-templates.h"

static void
count_cb (gpointer data)
{
  (*(guint *) data)++;
}

static void
test_undo_redo (void)
{
  g_autoptr(CwDocument) doc = cw_document_new (cw_template_new (CW_TEMPLATE_EMPTY));
  g_autoptr(CwScenario) start = cw_scenario_copy (cw_document_get_scenario (doc));
  g_autoptr(CwScenario) end = NULL;
  guint changed = 0;

  g_signal_connect_swapped (doc, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_false (cw_document_get_modified (doc));
  g_assert_false (cw_document_get_can_undo (doc));

  cw_scenario_add_stage (cw_document_begin_edit (doc, NULL), "a", "A", CW_STAGE_CUSTOM);
  cw_document_end_edit (doc);
  cw_scenario_add_stage (cw_document_begin_edit (doc, NULL), "b", "B", CW_STAGE_CUSTOM);
  cw_document_end_edit (doc);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (cw_document_get_modified (doc));
  g_assert_true (cw_document_get_can_undo (doc));
  end = cw_scenario_copy (cw_document_get_scenario (doc));

  cw_document_undo (doc);
  g_assert_cmpuint (cw_document_get_scenario (doc)->stages->len, ==, 1);
  g_assert_true (cw_document_get_can_redo (doc));
  cw_document_undo (doc);
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (doc), start));
  /* Back where it was loaded: nothing to save. */
  g_assert_false (cw_document_get_modified (doc));
  g_assert_false (cw_document_get_can_undo (doc));
  cw_document_redo (doc);
  cw_document_redo (doc);
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (doc), end));
  g_assert_true (cw_document_get_modified (doc));
  g_assert_cmpuint (changed, ==, 6);

  /* A new edit after an undo forgets the redo steps. */
  cw_document_undo (doc);
  cw_scenario_add_stage (cw_document_begin_edit (doc, NULL), "c", "C", CW_STAGE_CUSTOM);
  cw_document_end_edit (doc);
  g_assert_false (cw_document_get_can_redo (doc));
}

/* Edits with the same key in a row are one step until sealed: a slider drag. */
static void
test_merge (void)
{
  g_autoptr(CwDocument) doc = cw_document_new (cw_template_new (CW_TEMPLATE_EMPTY));

  for (int i = 1; i <= 10; i++)
    {
      cw_scenario_set_standing (cw_document_begin_edit (doc, "lever:education"), CW_LEVER_EDUCATION, i / 10.0);
      cw_document_end_edit (doc);
    }
  cw_document_seal (doc);
  cw_scenario_set_standing (cw_document_begin_edit (doc, "lever:education"), CW_LEVER_EDUCATION, 0.05);
  cw_document_end_edit (doc);
  /* Another key ends the merging too. */
  cw_scenario_set_standing (cw_document_begin_edit (doc, "lever:mission"), CW_LEVER_MISSION, 0.3);
  cw_document_end_edit (doc);

  cw_document_undo (doc);
  g_assert_false (cw_document_get_scenario (doc)->standing_held & (1u << CW_LEVER_MISSION));
  g_assert_cmpfloat (cw_document_get_scenario (doc)->standing[CW_LEVER_EDUCATION], ==, 0.05);
  cw_document_undo (doc);
  g_assert_cmpfloat (cw_document_get_scenario (doc)->standing[CW_LEVER_EDUCATION], ==, 1.0);
  cw_document_undo (doc);
  g_assert_false (cw_document_get_scenario (doc)->standing_held & (1u << CW_LEVER_EDUCATION));
  g_assert_false (cw_document_get_can_undo (doc));
}

static void
test_saved_state (void)
{
  g_autoptr(CwDocument) doc = cw_document_new (cw_template_new (CW_TEMPLATE_DIGITAL_ERA));
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/x.cluster");

  cw_document_begin_edit (doc, NULL)->years = 20;
  cw_document_end_edit (doc);
  cw_document_mark_saved (doc, file);
  g_assert_false (cw_document_get_modified (doc));
  g_assert_true (cw_document_get_file (doc) == file);
  /* Undoing past the save is a change again. */
  cw_document_undo (doc);
  g_assert_true (cw_document_get_modified (doc));
  cw_document_redo (doc);
  g_assert_false (cw_document_get_modified (doc));

  cw_document_replace (doc, cw_template_new (CW_TEMPLATE_EMPTY), NULL);
  g_assert_false (cw_document_get_modified (doc));
  g_assert_false (cw_document_get_can_undo (doc));
  g_assert_null (cw_document_get_file (doc));
  cw_document_restore (doc, cw_template_new (CW_TEMPLATE_EMPTY), file);
  g_assert_true (cw_document_get_modified (doc));
}

static void
test_selection (void)
{
  g_autoptr(CwDocument) doc = cw_document_new (cw_template_new (CW_TEMPLATE_DIGITAL_ERA));
  guint changed = 0;

  g_signal_connect_swapped (doc, "selection-changed", G_CALLBACK (count_cb), &changed);
  cw_document_select_stage (doc, "awareness", FALSE);
  g_assert_cmpstr (cw_document_get_selected_stage (doc)->id, ==, "awareness");
  cw_document_toggle_stage (doc, "mission");
  g_assert_null (cw_document_get_selected_stage (doc));
  g_assert_cmpuint (g_hash_table_size (cw_document_get_selected_stages (doc)), ==, 2);
  cw_document_select_edge (doc, 2);
  g_assert_cmpuint (g_hash_table_size (cw_document_get_selected_stages (doc)), ==, 0);
  g_assert_cmpint (cw_document_get_selected_edge (doc), ==, 2);

  /* Removing what is selected drops it from the selection. */
  cw_document_select_stage (doc, "mission", FALSE);
  changed = 0;
  cw_scenario_remove_stage (cw_document_begin_edit (doc, NULL), "mission");
  cw_document_end_edit (doc);
  g_assert_cmpuint (g_hash_table_size (cw_document_get_selected_stages (doc)), ==, 0);
  g_assert_cmpuint (changed, ==, 1);
  /* And undo brings the stage back, not the selection. */
  cw_document_undo (doc);
  g_assert_nonnull (cw_scenario_find_stage (cw_document_get_scenario (doc), "mission", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/document/undo-redo", test_undo_redo);
  g_test_add_func ("/document/merge", test_merge);
  g_test_add_func ("/document/saved-state", test_saved_state);
  g_test_add_func ("/document/selection", test_selection);
  return g_test_run ();
}

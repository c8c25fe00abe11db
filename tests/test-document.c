/* test-document.c — the document: undo, redo, merged steps, modified flag, selection
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cw-document.h"
#include "cw-lever-slot.h"
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
    g_assert_true (cw_document_set_lever (doc, NULL, CW_LEVER_EDUCATION, i / 10.0, "lever:education"));
  cw_document_seal (doc);
  g_assert_true (cw_document_set_lever (doc, NULL, CW_LEVER_EDUCATION, 0.05, "lever:education"));
  /* Another key ends the merging too. */
  g_assert_true (cw_document_set_lever (doc, NULL, CW_LEVER_MISSION, 0.3, "lever:mission"));

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

/* The slots of a scenario: the standing levers, and each stage's. */
static void
test_lever_slot (void)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_EMPTY);
  CwStage *stage = cw_scenario_add_stage (sc, "a", "A", CW_STAGE_CUSTOM);
  double value = -1;

  g_assert_true (cw_lever_slot_exists (sc, NULL));
  g_assert_true (cw_lever_slot_exists (sc, "a"));
  g_assert_false (cw_lever_slot_exists (sc, "nowhere"));
  g_assert_cmpuint (cw_lever_slot_held (sc, "a"), ==, 0);
  g_assert_false (cw_lever_slot_get (sc, "a", CW_LEVER_MISSION, &value));
  g_assert_cmpfloat (value, ==, -1);

  g_assert_true (cw_lever_slot_set (sc, "a", CW_LEVER_MISSION, 0.4));
  g_assert_cmpuint (stage->held, ==, 1u << CW_LEVER_MISSION);
  g_assert_cmpfloat (stage->levers[CW_LEVER_MISSION], ==, 0.4);
  g_assert_cmpuint (sc->standing_held, ==, 0);
  /* The same value again is no change; a held lever at 0 is one. */
  g_assert_false (cw_lever_slot_set (sc, "a", CW_LEVER_MISSION, 0.4));
  g_assert_true (cw_lever_slot_set (sc, NULL, CW_LEVER_EDUCATION, 0));
  g_assert_true (cw_lever_slot_get (sc, NULL, CW_LEVER_EDUCATION, &value));
  g_assert_cmpfloat (value, ==, 0);
  g_assert_cmpuint (cw_lever_slot_held (sc, NULL), ==, 1u << CW_LEVER_EDUCATION);
  g_assert_false (cw_lever_slot_set (sc, "nowhere", CW_LEVER_EDUCATION, 1));

  g_assert_true (cw_lever_slot_clear (sc, "a", CW_LEVER_MISSION));
  g_assert_cmpuint (stage->held, ==, 0);
  g_assert_cmpfloat (stage->levers[CW_LEVER_MISSION], ==, 0);
  g_assert_false (cw_lever_slot_clear (sc, "a", CW_LEVER_MISSION));
  g_assert_true (cw_lever_slot_clear (sc, NULL, CW_LEVER_EDUCATION));
  g_assert_cmpuint (sc->standing_held, ==, 0);
  g_assert_false (cw_lever_slot_clear (sc, "nowhere", CW_LEVER_EDUCATION));
}

/* Setting and clearing a lever through the document: one undo step and one
 * "changed" each, nothing at all when nothing changes. */
static void
test_lever_edits (void)
{
  g_autoptr(CwDocument) doc = cw_document_new (cw_template_new (CW_TEMPLATE_DIGITAL_ERA));
  const CwScenario *sc = cw_document_get_scenario (doc);
  guint changed = 0;
  double value;

  g_signal_connect_swapped (doc, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_true (cw_lever_slot_get (sc, "awareness", CW_LEVER_PLATFORMS, &value));
  g_assert_false (cw_document_set_lever (doc, "awareness", CW_LEVER_PLATFORMS, value, NULL));
  g_assert_false (cw_document_set_lever (doc, "nowhere", CW_LEVER_PLATFORMS, 0.5, NULL));
  g_assert_false (cw_document_clear_lever (doc, "awareness", CW_LEVER_MISSION));
  g_assert_cmpuint (changed, ==, 0);
  g_assert_false (cw_document_get_can_undo (doc));
  g_assert_false (cw_document_get_modified (doc));

  g_assert_true (cw_document_clear_lever (doc, "awareness", CW_LEVER_PLATFORMS));
  g_assert_cmpuint (changed, ==, 1);
  sc = cw_document_get_scenario (doc);
  g_assert_false (cw_lever_slot_get (sc, "awareness", CW_LEVER_PLATFORMS, NULL));
  /* The saved scenario keeps the lever, for the row's reset button. */
  g_assert_true (cw_lever_slot_get (cw_document_get_saved_scenario (doc), "awareness",
                                    CW_LEVER_PLATFORMS, NULL));

  g_assert_true (cw_document_set_lever (doc, NULL, CW_LEVER_MISSION, -0.5, NULL));
  g_assert_cmpuint (changed, ==, 2);
  sc = cw_document_get_scenario (doc);
  g_assert_true (sc->standing_held & (1u << CW_LEVER_MISSION));
  g_assert_cmpfloat (sc->standing[CW_LEVER_MISSION], ==, -0.5);

  cw_document_undo (doc);
  g_assert_false (cw_lever_slot_get (cw_document_get_scenario (doc), NULL, CW_LEVER_MISSION, NULL));
  cw_document_undo (doc);
  g_assert_true (cw_lever_slot_get (cw_document_get_scenario (doc), "awareness", CW_LEVER_PLATFORMS,
                                    &value));
  g_assert_false (cw_document_get_can_undo (doc));
  g_assert_false (cw_document_get_modified (doc));
  g_assert_cmpuint (changed, ==, 4);
}

/* Every change gives a new, larger state id; what changes nothing keeps it. */
static void
test_state_id (void)
{
  g_autoptr(CwDocument) doc = cw_document_new (cw_template_new (CW_TEMPLATE_EMPTY));
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/x.cluster");
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint64 last = cw_document_get_state_id (doc);

#define NEXT_STATE()                                                     \
  G_STMT_START {                                                         \
    guint64 id = cw_document_get_state_id (doc);                         \
    g_assert_cmpuint (id, >, last);                                      \
    g_assert_true (g_hash_table_add (seen, g_memdup2 (&id, sizeof id))); \
    last = id;                                                           \
  } G_STMT_END

  g_hash_table_add (seen, g_memdup2 (&last, sizeof last));
  cw_document_set_lever (doc, NULL, CW_LEVER_EDUCATION, 0.2, "lever");
  NEXT_STATE ();
  /* Merged into one undo step, still a state of its own. */
  cw_document_set_lever (doc, NULL, CW_LEVER_EDUCATION, 0.3, "lever");
  NEXT_STATE ();
  cw_document_undo (doc);
  NEXT_STATE ();
  cw_document_redo (doc);
  NEXT_STATE ();
  cw_document_undo (doc);
  NEXT_STATE ();

  /* Selection, saving, sealing and edits that change nothing keep the state. */
  cw_document_mark_saved (doc, file);
  cw_document_seal (doc);
  cw_document_unselect_all (doc);
  g_assert_false (cw_document_clear_lever (doc, NULL, CW_LEVER_EDUCATION));
  g_assert_cmpuint (cw_document_get_state_id (doc), ==, last);

  cw_document_replace (doc, cw_template_new (CW_TEMPLATE_EMPTY), NULL);
  NEXT_STATE ();
  cw_document_restore (doc, cw_template_new (CW_TEMPLATE_EMPTY), file);
  NEXT_STATE ();
  cw_scenario_add_stage (cw_document_begin_edit (doc, NULL), "a", "A", CW_STAGE_CUSTOM);
  cw_document_end_edit (doc);
  NEXT_STATE ();
#undef NEXT_STATE
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
  g_test_add_func ("/document/lever-slot", test_lever_slot);
  g_test_add_func ("/document/lever-edits", test_lever_edits);
  g_test_add_func ("/document/state-id", test_state_id);
  return g_test_run ();
}

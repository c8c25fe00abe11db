/* test-document.c — the document: undo, redo, merged steps, modified flag, selection
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cw-document-edits.h"
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

/* An allocation is applied in one step, and undone in one. */
static void
test_standing_levers (void)
{
  g_autoptr(CwDocument) doc = cw_document_new (cw_template_new (CW_TEMPLATE_EMPTY));
  const int levers[] = { CW_LEVER_EDUCATION, CW_LEVER_MISSION };
  const double values[] = { 0.25, 0.75 };
  const CwScenario *sc;

  g_assert_true (cw_document_set_lever (doc, NULL, CW_LEVER_EDUCATION, 0.5));
  cw_document_seal (doc);
  g_assert_true (cw_document_set_standing_levers (doc, levers, values, G_N_ELEMENTS (levers)));
  sc = cw_document_get_scenario (doc);
  g_assert_cmpfloat (sc->standing[CW_LEVER_EDUCATION], ==, 0.25);
  g_assert_cmpfloat (sc->standing[CW_LEVER_MISSION], ==, 0.75);
  /* The same allocation again changes nothing. */
  g_assert_false (cw_document_set_standing_levers (doc, levers, values, G_N_ELEMENTS (levers)));
  cw_document_undo (doc);
  sc = cw_document_get_scenario (doc);
  g_assert_cmpfloat (sc->standing[CW_LEVER_EDUCATION], ==, 0.5);
  g_assert_false (sc->standing_held & (1u << CW_LEVER_MISSION));
  cw_document_undo (doc);
  g_assert_false (cw_document_get_can_undo (doc));
}

/* Edits with the same key in a row are one step until sealed: a slider drag. */
static void
test_merge (void)
{
  g_autoptr(CwDocument) doc = cw_document_new (cw_template_new (CW_TEMPLATE_EMPTY));

  for (int i = 1; i <= 10; i++)
    g_assert_true (cw_document_set_lever (doc, NULL, CW_LEVER_EDUCATION, i / 10.0));
  cw_document_seal (doc);
  g_assert_true (cw_document_set_lever (doc, NULL, CW_LEVER_EDUCATION, 0.05));
  /* Another key ends the merging too. */
  g_assert_true (cw_document_set_lever (doc, NULL, CW_LEVER_MISSION, 0.3));

  cw_document_undo (doc);
  g_assert_false (cw_document_get_scenario (doc)->standing_held & (1u << CW_LEVER_MISSION));
  g_assert_cmpfloat (cw_document_get_scenario (doc)->standing[CW_LEVER_EDUCATION], ==, 0.05);
  cw_document_undo (doc);
  g_assert_cmpfloat (cw_document_get_scenario (doc)->standing[CW_LEVER_EDUCATION], ==, 1.0);
  cw_document_undo (doc);
  g_assert_false (cw_document_get_scenario (doc)->standing_held & (1u << CW_LEVER_EDUCATION));
  g_assert_false (cw_document_get_can_undo (doc));
}

/* A lever in focus is one undoable edit each way; the same again is none. */
static void
test_lever_focus (void)
{
  g_autoptr(CwDocument) doc = cw_document_new (cw_template_new (CW_TEMPLATE_DIGITAL_ERA));

  g_assert_true (cw_document_set_lever_focus (doc, CW_LEVER_MISSION, TRUE));
  g_assert_false (cw_document_set_lever_focus (doc, CW_LEVER_MISSION, TRUE));
  g_assert_true (cw_document_get_modified (doc));
  g_assert_true (cw_document_set_lever_focus (doc, CW_LEVER_EDUCATION, TRUE));
  g_assert_true (cw_document_set_lever_focus (doc, CW_LEVER_MISSION, FALSE));
  g_assert_cmpuint (cw_document_get_scenario (doc)->focus, ==, 1u << CW_LEVER_EDUCATION);
  cw_document_undo (doc);
  g_assert_cmpuint (cw_document_get_scenario (doc)->focus, ==,
                    (1u << CW_LEVER_EDUCATION) | (1u << CW_LEVER_MISSION));
  cw_document_undo (doc);
  cw_document_undo (doc);
  g_assert_cmpuint (cw_document_get_scenario (doc)->focus, ==, 0);
  g_assert_false (cw_document_get_modified (doc));
  cw_document_redo (doc);
  g_assert_cmpuint (cw_document_get_scenario (doc)->focus, ==, 1u << CW_LEVER_MISSION);
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
  g_assert_false (cw_document_set_lever (doc, "awareness", CW_LEVER_PLATFORMS, value));
  g_assert_false (cw_document_set_lever (doc, "nowhere", CW_LEVER_PLATFORMS, 0.5));
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

  g_assert_true (cw_document_set_lever (doc, NULL, CW_LEVER_MISSION, -0.5));
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
  cw_document_set_lever (doc, NULL, CW_LEVER_EDUCATION, 0.2);
  NEXT_STATE ();
  /* Merged into one undo step, still a state of its own. */
  cw_document_set_lever (doc, NULL, CW_LEVER_EDUCATION, 0.3);
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

/* Watches one edit: it must emit "changed" once and make one undo step that
 * goes back exactly to the scenario before it (and redo forward again). */
typedef struct {
  CwDocument *doc;
  CwScenario *before;
  guint       changed;
} Step;

static void
step_begin (Step       *step,
            CwDocument *doc)
{
  step->doc = doc;
  step->before = cw_scenario_copy (cw_document_get_scenario (doc));
  step->changed = 0;
  cw_document_seal (doc);
  g_signal_connect_swapped (doc, "changed", G_CALLBACK (count_cb), &step->changed);
}

static void
step_end (Step *step)
{
  g_autoptr(CwScenario) after = cw_scenario_copy (cw_document_get_scenario (step->doc));

  g_signal_handlers_disconnect_by_data (step->doc, &step->changed);
  g_assert_cmpuint (step->changed, ==, 1);
  g_assert_false (cw_scenario_equal (after, step->before));
  cw_document_undo (step->doc);
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (step->doc), step->before));
  cw_document_redo (step->doc);
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (step->doc), after));
  g_clear_pointer (&step->before, cw_scenario_free);
}

/* An edit that changes nothing makes no step and emits nothing. */
static void
assert_no_edit (CwDocument *doc,
                gboolean    edited,
                guint64     state)
{
  g_assert_false (edited);
  g_assert_cmpuint (cw_document_get_state_id (doc), ==, state);
}

/* Every edit of cw-document-edits.h: one step each, nothing when nothing
 * changes. */
static void
test_edits (void)
{
  g_autoptr(CwDocument) doc = cw_document_new (cw_template_new (CW_TEMPLATE_DIGITAL_ERA));
  const CwScenario *sc = cw_document_get_scenario (doc);
  g_autofree char *id = NULL;
  const CwStage *stage;
  const CwEdge *edge;
  Step step;
  guint64 state;
  int index;

  step_begin (&step, doc);
  g_assert_true (cw_document_set_title (doc, "Retitled"));
  step_end (&step);
  g_assert_cmpstr (cw_document_get_title (doc), ==, "Retitled");
  step_begin (&step, doc);
  g_assert_true (cw_document_set_years (doc, 12));
  step_end (&step);
  step_begin (&step, doc);
  g_assert_true (cw_document_set_profile (doc, CW_PROFILE_TRUST, 0.25));
  step_end (&step);
  sc = cw_document_get_scenario (doc);
  g_assert_cmpint (sc->years, ==, 12);
  g_assert_cmpfloat (sc->profile[CW_PROFILE_TRUST], ==, 0.25);
  state = cw_document_get_state_id (doc);
  assert_no_edit (doc, cw_document_set_title (doc, "Retitled"), state);
  assert_no_edit (doc, cw_document_set_years (doc, 12), state);
  assert_no_edit (doc, cw_document_set_profile (doc, CW_PROFILE_TRUST, 0.25), state);

  step_begin (&step, doc);
  id = cw_document_add_stage (doc, "Fresh", 500, -40);
  step_end (&step);
  stage = cw_scenario_find_stage (cw_document_get_scenario (doc), id, NULL);
  g_assert_nonnull (stage);
  g_assert_cmpstr (stage->name, ==, "Fresh");
  g_assert_cmpint (stage->kind, ==, CW_STAGE_CUSTOM);
  g_assert_cmpfloat (stage->x, ==, 500);
  g_assert_cmpfloat (stage->y, ==, -40);
  step_begin (&step, doc);
  g_assert_true (cw_document_rename_stage (doc, id, "Renamed"));
  step_end (&step);
  step_begin (&step, doc);
  g_assert_true (cw_document_set_stage_kind (doc, id, CW_STAGE_MISSION));
  step_end (&step);
  step_begin (&step, doc);
  g_assert_true (cw_document_set_stage_stay (doc, id, 3, 9));
  step_end (&step);
  stage = cw_scenario_find_stage (cw_document_get_scenario (doc), id, NULL);
  g_assert_cmpstr (stage->name, ==, "Renamed");
  g_assert_cmpint (stage->kind, ==, CW_STAGE_MISSION);
  g_assert_cmpint (stage->min_quarters, ==, 3);
  g_assert_cmpint (stage->max_quarters, ==, 9);
  state = cw_document_get_state_id (doc);
  assert_no_edit (doc, cw_document_rename_stage (doc, id, "Renamed"), state);
  assert_no_edit (doc, cw_document_rename_stage (doc, id, ""), state);
  assert_no_edit (doc, cw_document_rename_stage (doc, "nowhere", "X"), state);
  assert_no_edit (doc, cw_document_set_stage_kind (doc, id, CW_STAGE_MISSION), state);
  assert_no_edit (doc, cw_document_set_stage_stay (doc, id, 3, 9), state);
  assert_no_edit (doc, cw_document_set_stage_stay (doc, "nowhere", 3, 9), state);

  step_begin (&step, doc);
  g_assert_true (cw_document_place_stages (doc, (CwStagePlace[]) { { id, 10, 20 }, { "awareness", 30, 40 },
                                                                   { "nowhere", 0, 0 } }, 3));
  step_end (&step);
  sc = cw_document_get_scenario (doc);
  g_assert_cmpfloat (cw_scenario_find_stage (sc, id, NULL)->x, ==, 10);
  g_assert_cmpfloat (cw_scenario_find_stage (sc, "awareness", NULL)->y, ==, 40);
  state = cw_document_get_state_id (doc);
  assert_no_edit (doc, cw_document_place_stages (doc, (CwStagePlace[]) { { id, 10, 20 } }, 1), state);

  step_begin (&step, doc);
  g_assert_true (cw_document_set_start (doc, id));
  step_end (&step);
  g_assert_cmpstr (cw_document_get_scenario (doc)->start, ==, id);
  state = cw_document_get_state_id (doc);
  assert_no_edit (doc, cw_document_set_start (doc, id), state);
  assert_no_edit (doc, cw_document_set_start (doc, "nowhere"), state);

  step_begin (&step, doc);
  index = cw_document_connect (doc, id, "awareness");
  step_end (&step);
  sc = cw_document_get_scenario (doc);
  g_assert_cmpint (index, ==, (int) sc->edges->len - 1);
  edge = g_ptr_array_index (sc->edges, index);
  g_assert_cmpstr (edge->from, ==, id);
  g_assert_cmpstr (edge->to, ==, "awareness");
  state = cw_document_get_state_id (doc);
  g_assert_cmpint (cw_document_connect (doc, id, "awareness"), ==, index);
  g_assert_cmpint (cw_document_connect (doc, id, id), ==, -1);
  g_assert_cmpint (cw_document_connect (doc, id, "nowhere"), ==, -1);
  g_assert_cmpuint (cw_document_get_state_id (doc), ==, state);

  step_begin (&step, doc);
  g_assert_true (cw_document_set_edge_condition (doc, index, TRUE, CW_OUT_FIRMS, CW_COMPARE_LT, 120));
  step_end (&step);
  edge = g_ptr_array_index (cw_document_get_scenario (doc)->edges, index);
  g_assert_true (edge->conditional);
  g_assert_cmpint (edge->indicator, ==, CW_OUT_FIRMS);
  g_assert_cmpint (edge->op, ==, CW_COMPARE_LT);
  g_assert_cmpfloat (edge->threshold, ==, 120);
  state = cw_document_get_state_id (doc);
  assert_no_edit (doc, cw_document_set_edge_condition (doc, index, TRUE, CW_OUT_FIRMS, CW_COMPARE_LT, 120),
                  state);
  assert_no_edit (doc, cw_document_set_edge_condition (doc, 999, TRUE, CW_OUT_FIRMS, CW_COMPARE_LT, 1),
                  state);

  step_begin (&step, doc);
  g_assert_true (cw_document_move_edge (doc, index, 0));
  step_end (&step);
  g_assert_cmpstr (((CwEdge *) g_ptr_array_index (cw_document_get_scenario (doc)->edges, 0))->from, ==, id);
  state = cw_document_get_state_id (doc);
  assert_no_edit (doc, cw_document_move_edge (doc, 0, 0), state);
  assert_no_edit (doc, cw_document_move_edge (doc, 0, 999), state);

  step_begin (&step, doc);
  g_assert_true (cw_document_arrange (doc));
  step_end (&step);

  /* Delete: the selected arrow when no stage is selected, else the stages
   * with their arrows; nothing selected, nothing deleted. */
  cw_document_select_edge (doc, 0);
  step_begin (&step, doc);
  g_assert_true (cw_document_delete_selection (doc));
  step_end (&step);
  g_assert_cmpint (cw_document_get_selected_edge (doc), ==, -1);
  g_assert_cmpint (cw_document_connect (doc, id, "awareness"), >=, 0);
  cw_document_select_stage (doc, id, FALSE);
  cw_document_toggle_stage (doc, "mission");
  step_begin (&step, doc);
  g_assert_true (cw_document_delete_selection (doc));
  step_end (&step);
  sc = cw_document_get_scenario (doc);
  g_assert_null (cw_scenario_find_stage (sc, id, NULL));
  g_assert_null (cw_scenario_find_stage (sc, "mission", NULL));
  for (guint i = 0; i < sc->edges->len; i++)
    {
      edge = g_ptr_array_index (sc->edges, i);
      g_assert_cmpstr (edge->from, !=, id);
      g_assert_cmpstr (edge->to, !=, "mission");
    }
  g_assert_cmpuint (g_hash_table_size (cw_document_get_selected_stages (doc)), ==, 0);
  state = cw_document_get_state_id (doc);
  assert_no_edit (doc, cw_document_delete_selection (doc), state);
}

/* Values in a stream (a slider, a spin button held, a drag) grow one step;
 * after a seal, the next value starts a new one. */
static void
test_edit_streams (void)
{
  g_autoptr(CwDocument) doc = cw_document_new (cw_template_new (CW_TEMPLATE_DIGITAL_ERA));
  g_autoptr(CwScenario) start = cw_scenario_copy (cw_document_get_scenario (doc));

  for (int i = 1; i <= 5; i++)
    {
      cw_document_set_years (doc, 10 + i);
      cw_document_set_profile (doc, CW_PROFILE_TRUST, i / 10.0);
      cw_document_place_stages (doc, (CwStagePlace[]) { { "awareness", i, i } }, 1);
    }
  /* Interleaved streams are steps of their own: 15 here. */
  for (int i = 0; i < 15; i++)
    cw_document_undo (doc);
  g_assert_true (cw_scenario_equal (cw_document_get_scenario (doc), start));
  g_assert_false (cw_document_get_can_undo (doc));
  cw_document_redo (doc);

  for (int i = 1; i <= 5; i++)
    cw_document_set_stage_stay (doc, "awareness", i, 10);
  cw_document_seal (doc);
  cw_document_set_stage_stay (doc, "awareness", 7, 10);
  cw_document_undo (doc);
  g_assert_cmpint (cw_scenario_find_stage (cw_document_get_scenario (doc), "awareness", NULL)->min_quarters, ==, 5);
  cw_document_undo (doc);
  g_assert_cmpint (cw_document_get_scenario (doc)->years, ==, 11);
}

/* Undo and Redo name the change they take back or do again; a slider drag
 * merged into one step keeps its name; a new scenario has nothing to name. */
static void
test_action_names (void)
{
  g_autoptr(CwDocument) doc = cw_document_new (cw_template_new (CW_TEMPLATE_POLICY_CYCLE));
  const CwStage *first = g_ptr_array_index (cw_document_get_scenario (doc)->stages, 0);
  g_autofree char *id = g_strdup (first->id);
  guint replaced = 0;
  CwStagePlace place = { id, first->x + 40, first->y };

  g_signal_connect_swapped (doc, "replaced", G_CALLBACK (count_cb), &replaced);
  g_assert_null (cw_document_get_undo_action (doc));
  g_assert_true (cw_document_place_stages (doc, &place, 1));
  g_assert_cmpstr (cw_document_get_undo_action (doc), ==, "Move Stage");
  g_assert_true (cw_document_rename_stage (doc, id, "Agenda"));
  g_assert_cmpstr (cw_document_get_undo_action (doc), ==, "Rename Stage");
  g_assert_true (cw_document_set_lever (doc, NULL, CW_LEVER_RD_SUBSIDY, 0.2));
  g_assert_true (cw_document_set_lever (doc, NULL, CW_LEVER_RD_SUBSIDY, 0.3));
  g_assert_cmpstr (cw_document_get_undo_action (doc), ==, "Change Lever");
  g_assert_null (cw_document_get_redo_action (doc));

  cw_document_undo (doc);
  g_assert_cmpstr (cw_document_get_undo_action (doc), ==, "Rename Stage");
  g_assert_cmpstr (cw_document_get_redo_action (doc), ==, "Change Lever");
  cw_document_undo (doc);
  g_assert_cmpstr (cw_document_get_undo_action (doc), ==, "Move Stage");
  g_assert_cmpstr (cw_document_get_redo_action (doc), ==, "Rename Stage");
  cw_document_redo (doc);
  g_assert_cmpstr (cw_document_get_undo_action (doc), ==, "Rename Stage");
  cw_document_select_stage (doc, id, FALSE);
  g_assert_true (cw_document_delete_selection (doc));
  g_assert_cmpstr (cw_document_get_undo_action (doc), ==, "Delete Stage");
  /* An edit without a name has a plain Undo. */
  cw_document_begin_edit (doc, NULL)->years = 12;
  cw_document_end_edit (doc);
  g_assert_null (cw_document_get_undo_action (doc));

  g_assert_cmpuint (replaced, ==, 0);
  cw_document_replace (doc, cw_template_new (CW_TEMPLATE_EMPTY), NULL);
  g_assert_cmpuint (replaced, ==, 1);
  g_assert_null (cw_document_get_undo_action (doc));
  g_assert_null (cw_document_get_redo_action (doc));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/document/undo-redo", test_undo_redo);
  g_test_add_func ("/document/merge", test_merge);
  g_test_add_func ("/document/standing-levers", test_standing_levers);
  g_test_add_func ("/document/action-names", test_action_names);
  g_test_add_func ("/document/saved-state", test_saved_state);
  g_test_add_func ("/document/lever-focus", test_lever_focus);
  g_test_add_func ("/document/selection", test_selection);
  g_test_add_func ("/document/lever-slot", test_lever_slot);
  g_test_add_func ("/document/lever-edits", test_lever_edits);
  g_test_add_func ("/document/state-id", test_state_id);
  g_test_add_func ("/document/edits", test_edits);
  g_test_add_func ("/document/edit-streams", test_edit_streams);
  return g_test_run ();
}

/* test-diagram.c — the cycle diagram: hit tests, bounds, ring layout, drawing,
 * what a projector shows of every example (arrows, lanes, labels); and what
 * the levers cost
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "cw-budget.h"
#include "cw-diagram-private.h"
#include "cw-render-census.h"
#include "cw-params.h"
#include "cw-scenario-file.h"
#include "cw-templates.h"
#include "decimal-comma.h"

static CwScenario *
two_stages (void)
{
  CwScenario *sc = cw_scenario_new ();
  CwStage *a = cw_scenario_add_stage (sc, "a", "Alpha", CW_STAGE_AWARENESS);
  CwStage *b = cw_scenario_add_stage (sc, "b", "Beta", CW_STAGE_MISSION);

  a->x = 0;
  a->y = 0;
  b->x = 400;
  b->y = 0;
  cw_scenario_add_edge (sc, "a", "b");
  return sc;
}

static void
test_hit (void)
{
  g_autoptr(CwScenario) sc = two_stages ();
  guint index = 99;
  double mx = 200, my = 0;

  g_assert_cmpint (cw_diagram_hit (sc, FALSE, 0, 0, &index), ==, CW_DIAGRAM_HIT_STAGE);
  g_assert_cmpuint (index, ==, 0);
  g_assert_cmpint (cw_diagram_hit (sc, FALSE, 400 - CW_DIAGRAM_STAGE_WIDTH / 2 + 2, 10, &index), ==,
                   CW_DIAGRAM_HIT_STAGE);
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpint (cw_diagram_hit (sc, FALSE, CW_DIAGRAM_STAGE_WIDTH / 2, 0, &index), ==,
                   CW_DIAGRAM_HIT_HANDLE);
  g_assert_cmpuint (index, ==, 0);
  /* The arrow bends away from the straight line: find it by scanning across. */
  for (my = -120; my < 120; my += 1)
    if (cw_diagram_hit (sc, FALSE, mx, my, &index) == CW_DIAGRAM_HIT_EDGE)
      break;
  g_assert_cmpfloat (my, <, 120);
  g_assert_cmpuint (index, ==, 0);
  g_assert_cmpfloat (fabs (my), >, 10);
  g_assert_cmpint (cw_diagram_hit (sc, FALSE, 200, 300, NULL), ==, CW_DIAGRAM_HIT_NONE);
}

static void
test_bounds (void)
{
  g_autoptr(CwScenario) sc = two_stages ();
  g_autoptr(CwScenario) empty = cw_scenario_new ();
  double x, y, w, h;

  g_assert_true (cw_diagram_bounds (sc, FALSE, &x, &y, &w, &h));
  g_assert_cmpfloat (x, <, -CW_DIAGRAM_STAGE_WIDTH / 2);
  g_assert_cmpfloat (x + w, >, 400 + CW_DIAGRAM_STAGE_WIDTH / 2);
  g_assert_cmpfloat (y, <, -CW_DIAGRAM_STAGE_HEIGHT / 2);
  g_assert_false (cw_diagram_bounds (empty, FALSE, &x, &y, &w, &h));
  g_assert_cmpfloat (w, >, 0);
  g_assert_cmpfloat (h, >, 0);
  g_assert_true (cw_diagram_stage_in_rect (g_ptr_array_index (sc->stages, 0), FALSE, -10, -10, 20, 20));
  g_assert_false (cw_diagram_stage_in_rect (g_ptr_array_index (sc->stages, 0), FALSE, 300, -10, 20, 20));
}

/* The ring follows the cycle from the start, not the file order. */
static void
test_arrange (void)
{
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  const char *ids[] = { "s", "c", "b", "lonely" };
  const CwStage *s, *b, *c, *lonely;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    cw_scenario_add_stage (sc, ids[i], ids[i], CW_STAGE_CUSTOM);
  cw_scenario_add_edge (sc, "s", "b");
  cw_scenario_add_edge (sc, "b", "c");
  cw_scenario_add_edge (sc, "c", "s");
  cw_diagram_arrange_ring (sc);
  s = cw_scenario_find_stage (sc, "s", NULL);
  b = cw_scenario_find_stage (sc, "b", NULL);
  c = cw_scenario_find_stage (sc, "c", NULL);
  lonely = cw_scenario_find_stage (sc, "lonely", NULL);
  /* Start at the top, then clockwise (y grows downwards): right, bottom, left. */
  g_assert_cmpfloat (fabs (s->x), <, 1);
  g_assert_cmpfloat (s->y, <, 0);
  g_assert_cmpfloat (b->x, >, 0);
  g_assert_cmpfloat (c->y, >, 0);
  g_assert_cmpfloat (lonely->x, <, 0);
  /* No two boxes overlap. */
  for (guint i = 0; i < sc->stages->len; i++)
    for (guint j = i + 1; j < sc->stages->len; j++)
      {
        const CwStage *p = g_ptr_array_index (sc->stages, i), *q = g_ptr_array_index (sc->stages, j);

        g_assert_true (fabs (p->x - q->x) > CW_DIAGRAM_STAGE_WIDTH || fabs (p->y - q->y) > CW_DIAGRAM_STAGE_HEIGHT);
      }
}

static guint
count_ink (cairo_surface_t *surface)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint ink = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (((const guint32 *) (data + y * stride))[x] != 0)
        ink++;
  return ink;
}

static guint
draw (const CwScenario     *sc,
      const CwDiagramState *state)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 800);
  cairo_t *cr = cairo_create (surface);
  guint ink;

  cairo_translate (cr, 400, 400);
  cw_diagram_draw (cr, sc, state);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  ink = count_ink (surface);
  cairo_surface_destroy (surface);
  return ink;
}

/* Drawing paints; selection, a condition label and high contrast paint more. */
static void
test_draw (void)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  g_autoptr(CwScenario) empty = cw_scenario_new ();
  g_autoptr(GHashTable) selected = g_hash_table_new (g_str_hash, g_str_equal);
  CwDiagramState state;
  guint plain, marked;

  cw_diagram_state_init (&state);
  g_assert_cmpuint (draw (empty, &state), ==, 0);
  plain = draw (sc, NULL);
  g_assert_cmpuint (plain, >, 10000);
  g_hash_table_add (selected, (gpointer) "awareness");
  state.selected = selected;
  state.active = "mission";
  state.selected_edge = 0;
  marked = draw (sc, &state);
  g_assert_cmpuint (marked, >, plain);
  ((CwEdge *) g_ptr_array_index (sc->edges, 0))->conditional = TRUE;
  g_assert_cmpuint (draw (sc, NULL), >, plain);
  state.dark = TRUE;
  g_assert_cmpuint (draw (sc, &state), >, 0);
  /* High contrast: heavier outlines and lines. */
  cw_diagram_state_init (&state);
  plain = draw (sc, &state);
  state.high_contrast = TRUE;
  g_assert_cmpuint (draw (sc, &state), >, plain);
}


/* Every example and template, and cycles drawn cramped on purpose. */
static GPtrArray *
all_scenarios (void)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_scenario_free);
  g_auto(GStrv) examples = cw_scenario_list_examples ();
  CwScenario *sc;
  const char *ids[] = { "a", "b", "c" };

  g_assert_nonnull (examples);
  g_assert_cmpuint (g_strv_length (examples), >=, 7);
  for (guint i = 0; examples[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new ();

      sc = cw_scenario_load_example (examples[i], problems, NULL);
      g_assert_nonnull (sc);
      g_ptr_array_add (all, sc);
    }
  for (int t = 0; t < CW_N_TEMPLATES; t++)
    {
      g_ptr_array_add (all, sc = cw_template_new (t));
      /* The same after auto-arrange. */
      g_ptr_array_add (all, sc = cw_scenario_copy (sc));
      cw_diagram_arrange_ring (sc);
    }
  /* Side by side and touching, nearly on top of each other, one above the
   * other: arrows both ways and a conditional one with its fallback. */
  for (int layout = 0; layout < 3; layout++)
    {
      CwEdge *edge;

      sc = cw_scenario_new ();
      for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        {
          CwStage *stage = cw_scenario_add_stage (sc, ids[i], "A stage with a name of several words",
                                                  CW_STAGE_CUSTOM);

          stage->x = layout == 0 ? i * 175.0 : layout == 1 ? i * 12.0 : 0;
          stage->y = layout == 2 ? i * 110.0 : 0;
        }
      edge = cw_scenario_add_edge (sc, "a", "b");
      edge->conditional = TRUE;
      edge->indicator = CW_OUT_TRUST;
      edge->op = CW_COMPARE_GE;
      edge->threshold = 0.5;
      cw_scenario_add_edge (sc, "a", "b");
      cw_scenario_add_edge (sc, "b", "a");
      cw_scenario_add_edge (sc, "b", "c");
      cw_scenario_add_edge (sc, "c", "a");
      g_ptr_array_add (all, sc);
    }
  return all;
}

static double
point_distance (const CwDiagramCurve *a,
                const CwDiagramCurve *b)
{
  double nearest = G_MAXDOUBLE;

  /* The middle of each: at their ends two arrows may meet the same border. */
  for (int i = 0; i <= 30; i++)
    for (int j = 0; j <= 30; j++)
      {
        double ax, ay, bx, by;

        cw_diagram_curve_point (a, 0.2 + 0.6 * i / 30, &ax, &ay);
        cw_diagram_curve_point (b, 0.2 + 0.6 * j / 30, &bx, &by);
        nearest = MIN (nearest, hypot (ax - bx, ay - by));
      }
  return nearest;
}

static gboolean
same_pair (const CwEdge *a,
           const CwEdge *b)
{
  return (g_str_equal (a->from, b->from) && g_str_equal (a->to, b->to)) ||
         (g_str_equal (a->from, b->to) && g_str_equal (a->to, b->from));
}

/* Every arrow has a line of at least CW_DIAGRAM_MIN_LINE besides its head,
 * and that line is not hidden under its own boxes; arrows between the same
 * two stages keep apart; a fallback is told from a conditional arrow. */
static void
test_arrows_visible (void)
{
  g_autoptr(GPtrArray) all = all_scenarios ();

  /* On a desktop and on a projector, where the labels are larger. */
  for (guint s = 0; s < 2 * all->len; s++)
    {
      const CwScenario *sc = g_ptr_array_index (all, s / 2);
      g_autoptr(CwDiagramLayout) layout = cw_diagram_layout_new (sc, s % 2);

      g_test_message ("%s%s", sc->meta.title ? sc->meta.title : "(cramped)", s % 2 ? ", projector" : "");
      g_assert_cmpuint (layout->arrows->len, ==, sc->edges->len);
      for (guint e = 0; e < layout->arrows->len; e++)
        {
          const CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, e);
          const CwEdge *edge = g_ptr_array_index (sc->edges, e);
          guint from, to;
          int hidden = 0;

          g_assert_true (arrow->valid);
          g_assert_cmpfloat (cw_diagram_curve_length (&arrow->curve) - CW_DIAGRAM_HEAD_LENGTH, >=,
                             CW_DIAGRAM_MIN_LINE);
          /* The head points along a defined tangent. */
          g_assert_cmpfloat (hypot (arrow->curve.x1 - arrow->curve.cx, arrow->curve.y1 - arrow->curve.cy), >, 1);
          cw_scenario_find_stage (sc, edge->from, &from);
          cw_scenario_find_stage (sc, edge->to, &to);
          for (int k = 1; k < 40; k++)
            {
              double x, y;

              cw_diagram_curve_point (&arrow->curve, k / 40.0, &x, &y);
              hidden += cw_diagram_rect_contains (&g_array_index (layout->boxes, CwDiagramBox, from).box, x, y, -1) ||
                        cw_diagram_rect_contains (&g_array_index (layout->boxes, CwDiagramBox, to).box, x, y, -1);
            }
          g_assert_cmpint (hidden, ==, 0);
          if (edge->conditional)
            g_assert_false (arrow->fallback);
          g_assert_true (arrow->label != NULL || !(edge->conditional || arrow->fallback));
          for (guint other = 0; other < e; other++)
            if (same_pair (edge, g_ptr_array_index (sc->edges, other)) &&
                !g_str_equal (edge->from, edge->to))
              g_assert_cmpfloat (point_distance (&arrow->curve,
                                                 &g_array_index (layout->arrows, CwDiagramArrow, other).curve),
                                 >=, 10);
        }
    }
}

/* Names and kinds are never cut or set smaller: the box grows to hold them;
 * labels stand beside their line, on no box. */
static void
test_labels_readable (void)
{
  g_autoptr(GPtrArray) all = all_scenarios ();
  g_autoptr(cairo_t) cr = cw_render_measure_context ();
  CwScenario *odd = cw_scenario_new ();
  GString *endless = g_string_new (NULL);

  g_assert_cmpfloat (CW_DIAGRAM_NAME_SIZE, >=, CW_DIAGRAM_MIN_TEXT_SIZE);
  g_assert_cmpfloat (CW_DIAGRAM_CAPTION_SIZE, >=, CW_DIAGRAM_MIN_TEXT_SIZE);
  g_assert_cmpfloat (CW_DIAGRAM_LABEL_SIZE, >=, CW_DIAGRAM_MIN_TEXT_SIZE);
  for (int i = 0; i < 40; i++)
    g_string_append (endless, "policy cycle ");
  cw_scenario_add_stage (odd, "long", endless->str, CW_STAGE_CUSTOM);
  cw_scenario_add_stage (odd, "word", "Donaudampfschifffahrtsgesellschaftskapitänsmütze", CW_STAGE_MISSION)->x = 900;
  cw_scenario_add_stage (odd, "empty", "", CW_STAGE_CUSTOM)->y = 600;
  g_ptr_array_add (all, odd);
  g_string_free (endless, TRUE);

  cw_render_font (cr, CW_DIAGRAM_NAME_SIZE, TRUE);
  for (guint s = 0; s < 2 * all->len; s++)
    {
      const CwScenario *sc = g_ptr_array_index (all, s / 2);
      g_autoptr(CwDiagramLayout) layout = cw_diagram_layout_new (sc, s % 2);

      for (guint i = 0; i < sc->stages->len; i++)
        {
          const CwStage *stage = g_ptr_array_index (sc->stages, i);
          const CwDiagramBox *box = &g_array_index (layout->boxes, CwDiagramBox, i);
          g_autofree char *joined = NULL;
          g_auto(GStrv) words = g_strsplit (stage->name, " ", -1);
          g_autofree char *spaced = NULL;

          g_assert_cmpfloat (box->box.w, >=, CW_DIAGRAM_STAGE_WIDTH);
          g_assert_cmpfloat (box->box.h, >=, box->lines->len * layout->type->name_line + CW_DIAGRAM_BADGE_ROW);
          g_ptr_array_add (box->lines, NULL);
          joined = g_strjoinv (" ", (char **) box->lines->pdata);
          g_ptr_array_set_size (box->lines, box->lines->len - 1);
          spaced = g_strjoinv (" ", words);
          g_assert_cmpstr (joined, ==, g_strstrip (spaced));
          for (guint l = 0; l < box->lines->len; l++)
            g_assert_cmpfloat (cw_render_text_width (cr, g_ptr_array_index (box->lines, l)), <=, box->box.w - 2 * 12);
          if (box->caption != NULL)
            {
              cw_render_font (cr, layout->type->caption_size, FALSE);
              g_assert_cmpfloat (cw_render_text_width (cr, box->caption), <=, box->box.w - 2 * 12);
              cw_render_font (cr, CW_DIAGRAM_NAME_SIZE, TRUE);
            }
        }
      /* The examples and templates are drawn as they ship: no label on a box. */
      for (guint e = 0; sc->meta.title != NULL && e < layout->arrows->len; e++)
        {
          const CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, e);

          for (guint i = 0; arrow->label != NULL && i < layout->boxes->len; i++)
            {
              const CwDiagramRect *b = &g_array_index (layout->boxes, CwDiagramBox, i).box;
              const CwDiagramRect *r = &arrow->label_box;

              if (r->x < b->x + b->w && b->x < r->x + r->w && r->y < b->y + b->h && b->y < r->y + r->h)
                g_test_message ("%s: label of arrow %u on stage %u", sc->meta.title, e, i);
              g_assert_false (r->x < b->x + b->w && b->x < r->x + r->w && r->y < b->y + b->h && b->y < r->y + r->h);
            }
        }
    }
}

/* On a projector every text of the diagram is as large as the stage names:
 * kinds, conditions, "otherwise"; on a desktop the kinds are smaller. */
static void
test_projector_type (void)
{
  g_autoptr(GPtrArray) all = all_scenarios ();

  for (guint s = 0; s < all->len; s++)
    {
      const CwScenario *sc = g_ptr_array_index (all, s);
      cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
      cairo_t *cr = cairo_create (image);
      CwRenderCensus desktop, room;
      CwDiagramState state;
      double dw, dh, pw, ph, x, y;

      cw_diagram_state_init (&state);
      cairo_scale (cr, 1.5, 1.5);
      cw_render_census_attach (cr, &desktop);
      cw_diagram_draw (cr, sc, &state);
      state.projector = TRUE;
      cw_render_census_attach (cr, &room);
      cw_diagram_draw (cr, sc, &state);
      /* A box widened for its kind may take its name in fewer lines. */
      if (sc->stages->len == 0)
        {
          cairo_destroy (cr);
          cairo_surface_destroy (image);
          continue;
        }
      g_assert_cmpuint (room.n_texts, >, 0);
      g_assert_cmpfloat_with_epsilon (room.smallest, 1.5 * CW_DIAGRAM_NAME_SIZE, 1e-9);
      g_assert_cmpfloat_with_epsilon (room.largest, 1.5 * CW_DIAGRAM_NAME_SIZE, 1e-9);
      if (sc->meta.title != NULL)
        g_assert_cmpfloat (desktop.smallest, <, room.smallest);
      /* The boxes grow with their text, the diagram hardly. */
      cw_diagram_bounds (sc, FALSE, &x, &y, &dw, &dh);
      cw_diagram_bounds (sc, TRUE, &x, &y, &pw, &ph);
      g_test_message ("%s: %.0f × %.0f on a desktop, %.0f × %.0f on a projector",
                      sc->meta.title ? sc->meta.title : "(cramped)", dw, dh, pw, ph);
      g_assert_cmpfloat (pw, <, 1.2 * dw);
      g_assert_cmpfloat (ph, <, 1.2 * dh);
      cairo_destroy (cr);
      cairo_surface_destroy (image);
    }
}

/* How many pairs of @sc's boxes overlap in the type of @projector. */
static guint
overlaps (const CwScenario *sc,
          gboolean          projector)
{
  g_autoptr(CwDiagramLayout) layout = cw_diagram_layout_new (sc, projector);
  guint n = 0;

  for (guint i = 0; i < layout->boxes->len; i++)
    for (guint j = i + 1; j < layout->boxes->len; j++)
      {
        const CwDiagramRect *a = &g_array_index (layout->boxes, CwDiagramBox, i).box;
        const CwDiagramRect *b = &g_array_index (layout->boxes, CwDiagramBox, j).box;

        n += a->x < b->x + b->w && b->x < a->x + a->w && a->y < b->y + b->h && b->y < a->y + a->h;
      }
  return n;
}

/* The projector's larger boxes move apart where they would run into each
 * other (in Polish, "Współodpowiedzialność i legitymizacja" is a kind as
 * large as a name): boxes apart on a desktop stay apart on a projector, for
 * every example and template and two stages placed a hair apart. */
static void
test_projector_apart (void)
{
  g_autoptr(GPtrArray) all = all_scenarios ();
  g_autoptr(CwScenario) pair = cw_scenario_new ();
  CwDiagramRect a, b;
  CwStage *first, *second;

  for (guint s = 0; s < all->len; s++)
    if (overlaps (g_ptr_array_index (all, s), FALSE) == 0)
      g_assert_cmpuint (overlaps (g_ptr_array_index (all, s), TRUE), ==, 0);

  first = cw_scenario_add_stage (pair, "a", "Task groups", CW_STAGE_OWNERSHIP);
  second = cw_scenario_add_stage (pair, "b", "Task groups", CW_STAGE_CO_LEARNING);
  cw_scenario_add_edge (pair, "a", "b");
  cw_diagram_stage_box (first, cw_diagram_type (FALSE), &a, NULL, NULL);
  cw_diagram_stage_box (second, cw_diagram_type (FALSE), &b, NULL, NULL);
  second->x = (a.w + b.w) / 2 + 2;
  second->y = 20;
  g_assert_cmpuint (overlaps (pair, FALSE), ==, 0);
  cw_diagram_stage_box (first, cw_diagram_type (TRUE), &a, NULL, NULL);
  cw_diagram_stage_box (second, cw_diagram_type (TRUE), &b, NULL, NULL);
  g_assert_cmpfloat (second->x, <, (a.w + b.w) / 2);   /* they would overlap where placed */
  g_assert_cmpuint (overlaps (pair, TRUE), ==, 0);
}

/* The stage palette is one: boxes and the charts' stage ribbon by index. */
/* A condition on the drawing is read by people: the user's decimal separator. */
static void
test_condition_label_locale (void)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_POLICY_CYCLE);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-diagram-XXXXXX", &error);
  CwEdge *edge = g_ptr_array_index (sc->edges, 0);

  g_assert_no_error (error);
  edge->conditional = TRUE;
  edge->indicator = CW_OUT_MEMBERSHIP_SHARE;
  edge->op = CW_COMPARE_GE;
  edge->threshold = 0.6;
  if (!use_decimal_comma (dir))
    g_test_skip ("no German locale, and localedef cannot make one");
  else
    {
      g_autoptr(CwDiagramLayout) layout = cw_diagram_layout_new (sc, FALSE);

      setlocale (LC_NUMERIC, "C");
      g_assert_cmpstr (g_array_index (layout->arrows, CwDiagramArrow, 0).label, ==, "Membership share ≥ 0,6");
    }
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) "rm", (char *) "-r", dir, NULL }, NULL,
                               G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL));
}

static void
test_palette (void)
{
  for (guint i = 0; i < 8; i++)
    for (guint j = 0; j < i; j++)
      g_assert_cmpint (cw_render_stage_colour (i), !=, cw_render_stage_colour (j));
  g_assert_cmpint (cw_render_stage_colour (8), ==, cw_render_stage_colour (0));
}

/* Present mode reveals stages: only they and the arrows between them are drawn. */
static void
test_revealed (void)
{
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  g_autoptr(GHashTable) revealed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = cw_diagram_cycle_order (sc);
  CwDiagramState state;
  guint one, two, all, legend_one, legend_all;
  double w, h;

  cw_diagram_state_init (&state);
  state.revealed = revealed;
  g_assert_cmpuint (draw (sc, &state), ==, 0);
  g_hash_table_add (revealed, ((CwStage *) g_ptr_array_index (order, 0))->id);
  one = draw (sc, &state);
  g_hash_table_add (revealed, ((CwStage *) g_ptr_array_index (order, 1))->id);
  two = draw (sc, &state);
  all = draw (sc, NULL);
  g_assert_cmpuint (0, <, one);
  g_assert_cmpuint (one, <, two);
  g_assert_cmpuint (two, <, all);
  /* A column: one entry a row. */
  g_assert_true (cw_diagram_legend_size (sc, NULL, 1, 1, &w, &h));
  legend_all = (guint) h;
  state.revealed = NULL;
  g_hash_table_remove_all (revealed);
  g_hash_table_add (revealed, ((CwStage *) g_ptr_array_index (order, 0))->id);
  state.revealed = revealed;
  cw_diagram_legend_size (sc, &state, 1, 1, &w, &h);
  legend_one = (guint) h;
  g_assert_cmpuint (legend_one, <, legend_all);
  /* A row as wide as it needs: one line. */
  g_assert_true (cw_diagram_legend_size (sc, NULL, 1, G_MAXDOUBLE, &w, &h));
  g_assert_cmpfloat (h, <, legend_one);
}

static void
test_budget (void)
{
  g_autoptr(CwScenario) sc = cw_scenario_new ();
  int education = cw_param_from_id ("cost_education");
  double unit = cw_param_info (education)->value;
  CwStage *stage;
  int worst = 99;

  g_assert_cmpfloat (cw_budget_peak_cost (sc, &worst), ==, 0);
  g_assert_cmpint (worst, ==, -1);
  /* Education: a fixed part plus a part per firm trained, for every firm. */
  unit += cw_scenario_param (sc, cw_param_from_id ("cost_firm_education")) / 1000 *
          sc->profile[CW_PROFILE_FIRMS];
  g_assert_cmpfloat_with_epsilon (cw_budget_lever_cost (sc, CW_LEVER_EDUCATION, 0.5), unit / 2, 1e-12);
  cw_scenario_set_override (sc, education, 4);
  cw_scenario_set_override (sc, cw_param_from_id ("cost_firm_education"), 0);
  g_assert_cmpfloat_with_epsilon (cw_budget_lever_cost (sc, CW_LEVER_EDUCATION, 0.5), 2, 1e-12);
  /* A negative relocation is a shock, not bought: it costs nothing. */
  g_assert_cmpfloat (cw_budget_lever_cost (sc, CW_LEVER_LEAD_RELOCATION, -0.5), ==, 0);

  cw_scenario_set_standing (sc, CW_LEVER_EDUCATION, 0.25);
  g_assert_cmpfloat_with_epsilon (cw_budget_stage_cost (sc, NULL), 1, 1e-12);
  cw_scenario_add_stage (sc, "cheap", "Cheap", CW_STAGE_CUSTOM);
  stage = cw_scenario_add_stage (sc, "dear", "Dear", CW_STAGE_CUSTOM);
  /* Intensities add and are clipped to the lever's range: 0.25 + 1 → 1. */
  cw_scenario_set_stage_lever (stage, CW_LEVER_EDUCATION, 1);
  g_assert_cmpfloat_with_epsilon (cw_budget_stage_cost (sc, stage), 4, 1e-12);
  g_assert_cmpfloat_with_epsilon (cw_budget_peak_cost (sc, &worst), 4, 1e-12);
  g_assert_cmpint (worst, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/diagram/hit", test_hit);
  g_test_add_func ("/diagram/bounds", test_bounds);
  g_test_add_func ("/diagram/arrange", test_arrange);
  g_test_add_func ("/diagram/draw", test_draw);
  g_test_add_func ("/diagram/arrows-visible", test_arrows_visible);
  g_test_add_func ("/diagram/labels-readable", test_labels_readable);
  g_test_add_func ("/diagram/projector-type", test_projector_type);
  g_test_add_func ("/diagram/projector-apart", test_projector_apart);
  g_test_add_func ("/diagram/palette", test_palette);
  g_test_add_func ("/diagram/condition-label-locale", test_condition_label_locale);
  g_test_add_func ("/diagram/revealed", test_revealed);
  g_test_add_func ("/budget/costs", test_budget);
  status = g_test_run ();
  /* Frees cairo's font caches, so that leak checkers see only our leaks. */
  cairo_debug_reset_static_data ();
  return status;
}

/* test-diagram-view.c — the cycle on a screen: the least type size, following
 * the revealed stages, a legend that covers nothing, what fits whole
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas sizes are those of the window and of present mode as measured
 * on screens of 1280 × 800, 1024 × 700 and 1920 × 1080. Every bundled
 * example and template is checked in English, German and Polish.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <glib/gi18n-lib.h>

#include "chart-fixture.h"
#include "cw-diagram-private.h"
#include "cw-diagram-view.h"
#include "cw-render-census.h"
#include "cw-scenario-file.h"
#include "cw-templates.h"

typedef struct {
  const char *name;
  double      width, height;  /* the canvas */
  double      text;           /* present mode's type size; 0: the window */
} Screen;

static const Screen screens[] = {
  { "window at 1280 × 800", 868, 342, 0 },
  { "window at 1024 × 700", 612, 242, 0 },
  { "present mode at 1024 × 700", 606, 618, 16 },
  { "present mode at 1920 × 1080", 1251, 979, 24 },
};

static const char *languages[] = { "en", "de", "pl" };

/* The canvas's limits (cw-cycle-canvas-view.c) at the normal text size. */
static CwDiagramScreen
screen_for (const Screen *s)
{
  return (CwDiagramScreen) {
    .width = s->width,
    .height = s->height,
    .min_zoom = 0.7,
    .max_zoom = s->text > 0 ? 3.0 : 1.4,
    .least_text = s->text,
    .legend_scale = s->text > 0 ? s->text / CW_DIAGRAM_LEGEND_SIZE : 1,
    .legend_room = s->text > 0 ? 1 : 1 / 7.0,
  };
}

/* Messages in @language from the build tree's catalogue. */
static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* Setting the locale again makes gettext forget what it looked up. */
  setlocale (LC_MESSAGES, "");
  if (g_str_equal (setlocale (LC_MESSAGES, NULL), "C"))
    setlocale (LC_MESSAGES, "C.UTF-8");
}

/* Every example and template in the language in use. */
static GPtrArray *
all_scenarios (void)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_scenario_free);
  g_auto(GStrv) examples = cw_scenario_list_examples ();

  g_assert_cmpuint (g_strv_length (examples), >=, 7);
  for (guint i = 0; examples[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new ();
      CwScenario *sc = cw_scenario_load_example (examples[i], problems, NULL);

      g_assert_nonnull (sc);
      g_ptr_array_add (all, sc);
    }
  for (int t = 0; t < CW_N_TEMPLATES; t++)
    g_ptr_array_add (all, cw_template_new (t));
  return all;
}

/* The first @n stages in cycle order, as present mode reveals them. */
static GHashTable *
first_stages (const CwScenario *sc,
              guint             n,
              const char      **newest)
{
  g_autoptr(GPtrArray) order = cw_diagram_cycle_order (sc);
  GHashTable *shown = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      *newest = ((CwStage *) g_ptr_array_index (order, i))->id;
      g_hash_table_add (shown, (char *) *newest);
    }
  return shown;
}

/* Whether the box of stage @id, as laid out, lies inside the view's area. */
static gboolean
stage_in_view (const CwScenario    *sc,
               const CwDiagramView *view,
               const char          *id,
               gboolean             projector)
{
  g_autoptr(CwDiagramLayout) layout = cw_diagram_layout_new (sc, projector);
  const CwDiagramRect *box;
  double x0, y0;
  guint index;

  g_assert_nonnull (cw_scenario_find_stage (sc, id, &index));
  box = &g_array_index (layout->boxes, CwDiagramBox, index).box;
  x0 = box->x * view->zoom + view->tx;
  y0 = box->y * view->zoom + view->ty;
  return x0 >= view->x - 0.5 && y0 >= view->y - 0.5 && x0 + box->w * view->zoom <= view->x + view->width + 0.5 &&
         y0 + box->h * view->zoom <= view->y + view->height + 0.5;
}

/* The smallest text drawn through @view, in pixels. */
static double
smallest_text (const CwScenario     *sc,
               const CwDiagramState *state,
               const CwDiagramView  *view)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (image);
  CwRenderCensus census;

  cw_render_census_attach (cr, &census);
  cw_diagram_view_draw (cr, sc, state, view);
  cairo_destroy (cr);
  cairo_surface_destroy (image);
  g_assert_cmpuint (census.n_texts, >, 0);
  return census.smallest;
}

/* Present mode: at each step of the reveal, every text of the cycle and the
 * legend is at least the screen's type size, and the stage just revealed is
 * in view, whether the view was fitted afresh or followed from the step
 * before. */
static void
test_least_text (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GPtrArray) all = NULL;

      use_language (languages[l]);
      all = all_scenarios ();
      for (guint s = 0; s < G_N_ELEMENTS (screens); s++)
        for (guint i = 0; screens[s].text > 0 && i < all->len; i++)
          {
            const CwScenario *sc = g_ptr_array_index (all, i);
            CwDiagramScreen screen = screen_for (&screens[s]);
            CwDiagramView followed = { 0 };
            double least = G_MAXDOUBLE;
            guint panned = 0;

            for (guint n = 1; n <= sc->stages->len; n++)
              {
                const char *newest = NULL;
                g_autoptr(GHashTable) shown = first_stages (sc, n, &newest);
                CwDiagramState state;
                CwDiagramView view;
                double before = followed.tx;

                cw_diagram_state_init (&state);
                state.projector = TRUE;
                state.revealed = shown;
                cw_diagram_view_fit (sc, &state, &screen, &view);
                least = MIN (least, smallest_text (sc, &state, &view));
                g_assert_true (stage_in_view (sc, &view, newest, TRUE));
                if (n == 1)
                  followed = view;
                cw_diagram_view_follow (sc, &state, &followed);
                panned += n > 1 && followed.tx != before;
                g_assert_true (stage_in_view (sc, &followed, newest, TRUE));
              }
            g_test_message ("%s, %s, %s: text %.1f px at zoom %.2f, panned %u times", languages[l],
                            screens[s].name, sc->meta.title, least, followed.zoom, panned);
            g_assert_cmpfloat (least, >=, screens[s].text - 1e-6);
          }
    }
  g_unsetenv ("LANGUAGE");
}

/* The legend covers no stage, arrow or label: drawn without it, the view
 * leaves its rectangle empty, for every example and template in each
 * language, in the window and in present mode with every stage shown. */
static void
test_legend_covers_nothing (void)
{
  guint legends = 0;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GPtrArray) all = NULL;

      use_language (languages[l]);
      all = all_scenarios ();
      for (guint s = 0; s < G_N_ELEMENTS (screens); s++)
        for (guint i = 0; i < all->len; i++)
          {
            const CwScenario *sc = g_ptr_array_index (all, i);
            CwDiagramScreen screen = screen_for (&screens[s]);
            cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, screen.width, screen.height);
            cairo_t *cr = cairo_create (image);
            CwDiagramState state;
            CwDiagramView view, bare;
            double x, y, w, h, dx, dy, dw, dh;

            cw_diagram_state_init (&state);
            state.projector = screens[s].text > 0;
            cw_diagram_view_fit (sc, &state, &screen, &view);
            cw_diagram_bounds (sc, state.projector, &dx, &dy, &dw, &dh);
            g_test_message ("%s, %s, %s: diagram %.0f × %.0f px in %.0f × %.0f, legend %s", languages[l],
                            screens[s].name, sc->meta.title, dw * view.zoom, dh * view.zoom, view.width,
                            view.height, view.legend_left > 0 ? "beside" : view.legend_bottom > 0 ? "below" : "none");
            if (!cw_diagram_view_legend (sc, &state, &view, &x, &y, &w, &h))
              {
                /* Only the window leaves it out, on a canvas too small,
                 * or a cycle with nothing to explain. */
                g_assert_true (screens[s].text == 0 || !cw_diagram_legend_size (sc, NULL, 1, 1, &w, &h));
                cairo_destroy (cr);
                cairo_surface_destroy (image);
                continue;
              }
            legends++;
            g_assert_cmpfloat (x, >=, 0);
            g_assert_cmpfloat (y, >=, 0);
            g_assert_cmpfloat (x + w, <=, screen.width);
            g_assert_cmpfloat (y + h, <=, screen.height);
            bare = view;
            bare.legend_width = 0;
            cw_diagram_view_draw (cr, sc, &state, &bare);
            g_assert_cmpuint (chart_fixture_count_ink_in (image, (int) x, (int) y, (int) ceil (w), (int) ceil (h)), ==, 0);
            cairo_destroy (cr);
            cairo_surface_destroy (image);
          }
    }
  g_unsetenv ("LANGUAGE");
  g_assert_cmpuint (legends, >, 0);
}

/* Whether the cycle of @sc, as @state draws it, fits on @s beside or above
 * its legend: every stage, and with @whole every arrow and label too, so
 * that nothing is left to scroll or pan to. */
static void
assert_fits (const CwScenario     *sc,
             const CwDiagramState *state,
             const Screen         *s,
             const char           *language,
             gboolean              whole)
{
  CwDiagramScreen screen = screen_for (s);
  CwDiagramView view;
  double x, y, w, h;

  cw_diagram_view_fit (sc, state, &screen, &view);
  g_assert_cmpfloat (view.legend_width, >, 0);
  g_assert_true (cw_diagram_bounds (sc, state->projector, &x, &y, &w, &h));
  g_test_message ("%s, %s, %s: the cycle is %.0f × %.0f units, %.0f × %.0f px at zoom %.3f in %.0f × %.0f",
                  language, s->name, sc->meta.title, w, h, w * view.zoom, h * view.zoom, view.zoom,
                  view.width, view.height);
  if (whole && (w * view.zoom > view.width + 0.5 || h * view.zoom > view.height + 0.5))
    g_error ("%s, %s, %s: the cycle needs %.0f × %.0f px at zoom %.3f, the canvas has %.0f × %.0f beside its legend",
             language, s->name, sc->meta.title, w * view.zoom, h * view.zoom, view.zoom, view.width, view.height);
  for (guint k = 0; k < sc->stages->len; k++)
    if (!stage_in_view (sc, &view, ((CwStage *) g_ptr_array_index (sc->stages, k))->id, state->projector))
      g_error ("%s, %s, %s: stage “%s” is not in view", language, s->name, sc->meta.title,
               ((CwStage *) g_ptr_array_index (sc->stages, k))->name);
}

/* What an example or a new scenario shows first, in every language: the
 * whole cycle, stages, arrows and conditions, with no scrolling in a
 * 1280 × 800 window, and an example's in present mode at 1920 × 1080 once
 * every stage is revealed. */
static void
test_cycles_fit (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_auto(GStrv) examples = NULL;
      CwDiagramState desk, room;

      use_language (languages[l]);
      cw_diagram_state_init (&desk);
      cw_diagram_state_init (&room);
      room.projector = TRUE;
      examples = cw_scenario_list_examples ();
      for (guint i = 0; examples[i] != NULL; i++)
        {
          g_autoptr(GPtrArray) problems = g_ptr_array_new ();
          g_autoptr(CwScenario) sc = cw_scenario_load_example (examples[i], problems, NULL);

          g_assert_nonnull (sc);
          assert_fits (sc, &desk, &screens[0], languages[l], TRUE);
          assert_fits (sc, &room, &screens[3], languages[l], TRUE);
        }
      for (int t = 0; t < CW_N_TEMPLATES; t++)
        {
          g_autoptr(CwScenario) sc = cw_template_new (t);

          if (sc->stages->len > 0)
            assert_fits (sc, &desk, &screens[0], languages[l], TRUE);
        }
    }
  use_language ("en");
}

/* A legend beside the diagram is a narrow column in every language: an
 * entry longer than the legend's measure (thirteen times its type size)
 * wraps, at a blank, rather than widening the column and narrowing the
 * diagram. */
static void
test_legend_column (void)
{
  const double widest = 6 + 32 + 13 * CW_DIAGRAM_LEGEND_SIZE + 12;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GPtrArray) all = NULL;

      use_language (languages[l]);
      all = all_scenarios ();
      for (guint i = 0; i < all->len; i++)
        {
          const CwScenario *sc = g_ptr_array_index (all, i);
          double w, h, one_w, one_h;

          if (!cw_diagram_legend_size (sc, NULL, 1, 1, &w, &h))
            continue;
          g_test_message ("%s, %s: legend column %.0f × %.0f px", languages[l], sc->meta.title, w, h);
          g_assert_cmpfloat (w, <=, widest);
          /* Twice the type: the column twice as wide, wrapped alike. */
          g_assert_true (cw_diagram_legend_size (sc, NULL, 2, 1, &one_w, &one_h));
          g_assert_cmpfloat (fabs (one_w - 2 * w), <, 2);
          g_assert_cmpfloat (fabs (one_h - 2 * h), <, 2);
        }
    }
  use_language ("en");
}

/* How far (@x, @y) lies from @rect: 0 inside. */
static double
point_to_rect (const CwDiagramRect *rect,
               double               x,
               double               y)
{
  double nx = CLAMP (x, rect->x, rect->x + rect->w), ny = CLAMP (y, rect->y, rect->y + rect->h);

  return hypot (x - nx, y - ny);
}

/* How far @rect lies from the path of @arrow, at 400 points along it. */
static double
rect_to_arrow (const CwDiagramRect  *rect,
               const CwDiagramArrow *arrow)
{
  double least = G_MAXDOUBLE, x, y;

  for (int k = 0; k <= 400; k++)
    {
      cw_diagram_curve_point (&arrow->curve, k / 400.0, &x, &y);
      least = MIN (least, point_to_rect (rect, x, y));
    }
  return least;
}

static gboolean
rects_overlap (const CwDiagramRect *a,
               const CwDiagramRect *b)
{
  return a->x < b->x + b->w && b->x < a->x + a->w && a->y < b->y + b->h && b->y < a->y + a->h;
}

/* The label of an unconditional arrow beside a conditional one says when
 * it is taken: at its stage's longest stay, in years where they are whole
 * or halves, else in quarters, in the user's language. */
static void
test_fallback_labels (void)
{
  static const struct {
    const char *language;
    int         quarters;
    const char *label;
  } cases[] = {
    { "en", 6, "otherwise, after 1½ years" },
    { "en", 8, "otherwise, after 2 years" },
    { "en", 4, "otherwise, after 1 year" },
    { "en", 3, "otherwise, after 3 quarters" },
    { "en", 0, "otherwise, at once" },
    { "de", 0, "sonst sofort" },
    { "pl", 0, "inaczej od razu" },
    { "de", 6, "sonst nach 1½ Jahren" },
    { "de", 4, "sonst nach 1 Jahr" },
    { "pl", 6, "inaczej po 1,5 roku" },
    { "pl", 12, "inaczej po 3 latach" },
    { "pl", 5, "inaczej po 5 kw." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CwScenario) sc = cw_scenario_new ();
      g_autoptr(CwDiagramLayout) layout = NULL;
      CwStage *stage;
      CwEdge *edge;

      use_language (cases[i].language);
      stage = cw_scenario_add_stage (sc, "a", "A", CW_STAGE_AWARENESS);
      stage->max_quarters = cases[i].quarters;
      stage = cw_scenario_add_stage (sc, "b", "B", CW_STAGE_OWNERSHIP);
      stage->x = 400;
      edge = cw_scenario_add_edge (sc, "a", "b");
      edge->conditional = TRUE;
      cw_scenario_add_edge (sc, "a", "b");
      /* Alone, an unconditional arrow needs no label. */
      cw_scenario_add_edge (sc, "b", "a");
      layout = cw_diagram_layout_new (sc, FALSE);
      g_assert_true (g_array_index (layout->arrows, CwDiagramArrow, 1).fallback);
      g_assert_cmpstr (g_array_index (layout->arrows, CwDiagramArrow, 1).label, ==, cases[i].label);
      g_assert_null (g_array_index (layout->arrows, CwDiagramArrow, 2).label);
    }
  use_language ("en");
}

/* Prints what is wrong; returns 1, to count it. */
G_GNUC_PRINTF (1, 2) static guint
complain (const char *format,
          ...)
{
  va_list args;
  g_autofree char *text = NULL;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("%s\n", text);
  return 1;
}

/* Each arrow's label is unmistakably its own: nearer its own arrow than any
 * other by at least LABEL_CLEAR units, on no stage's box and no other label,
 * for every example and template in each language, on a desktop and on a
 * projector. */
static void
test_labels_own_arrow (void)
{
  const double LABEL_CLEAR = 8;
  guint labels = 0, wrong = 0;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GPtrArray) all = NULL;

      use_language (languages[l]);
      all = all_scenarios ();
      for (guint i = 0; i < all->len; i++)
        for (int projector = FALSE; projector <= TRUE; projector++)
          {
            const CwScenario *sc = g_ptr_array_index (all, i);
            g_autoptr(CwDiagramLayout) layout = cw_diagram_layout_new (sc, projector);

            for (guint e = 0; e < layout->arrows->len; e++)
              {
                const CwDiagramArrow *arrow = &g_array_index (layout->arrows, CwDiagramArrow, e);
                const CwDiagramRect *box = &arrow->label_box;
                double own, other = G_MAXDOUBLE;

                if (!arrow->valid || arrow->label == NULL)
                  continue;
                labels++;
                own = rect_to_arrow (box, arrow);
                for (guint k = 0; k < layout->arrows->len; k++)
                  {
                    const CwDiagramArrow *next = &g_array_index (layout->arrows, CwDiagramArrow, k);

                    if (k != e && next->valid)
                      other = MIN (other, rect_to_arrow (box, next));
                    if (k != e && next->valid && next->label != NULL && rects_overlap (box, &next->label_box))
                      wrong += complain ("%s, %s%s: the labels “%s” and “%s” overlap", languages[l],
                                         sc->meta.title, projector ? " (projector)" : "", arrow->label, next->label);
                  }
                for (guint k = 0; k < layout->boxes->len; k++)
                  if (rects_overlap (box, &g_array_index (layout->boxes, CwDiagramBox, k).box))
                    wrong += complain ("%s, %s%s: the label “%s” covers stage “%s”", languages[l], sc->meta.title,
                                       projector ? " (projector)" : "", arrow->label,
                                       ((CwStage *) g_ptr_array_index (sc->stages, k))->name);
                g_test_message ("%s, %s%s: “%s” %.1f from its arrow, %.1f from the nearest other", languages[l],
                                sc->meta.title, projector ? " (projector)" : "", arrow->label, own, other);
                if (own + LABEL_CLEAR > other)
                  wrong += complain ("%s, %s%s: the label “%s” is %.1f units from its arrow and %.1f from another",
                                     languages[l], sc->meta.title, projector ? " (projector)" : "", arrow->label,
                                     own, other);
              }
          }
    }
  use_language ("en");
  g_assert_cmpuint (labels, >, 0);
  g_assert_cmpuint (wrong, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, CW_BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/diagram-view/least-text", test_least_text);
  g_test_add_func ("/diagram-view/legend-covers-nothing", test_legend_covers_nothing);
  g_test_add_func ("/diagram-view/cycles-fit", test_cycles_fit);
  g_test_add_func ("/diagram-view/legend-column", test_legend_column);
  g_test_add_func ("/diagram-view/labels-own-arrow", test_labels_own_arrow);
  g_test_add_func ("/diagram-view/fallback-labels", test_fallback_labels);
  return g_test_run ();
}

/* cw-cycle-walker.c — the policy-cycle state machine
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-walker"

#include "config.h"

#include "cw-cycle-walker.h"

typedef struct {
  int        to;
  gboolean   conditional;
  CwOutput   indicator;
  CwCompare  op;
  double     threshold;
} Arrow;

typedef struct {
  int     min_quarters;
  int     max_quarters;
  double  levers[CW_N_LEVERS];
  GArray *arrows;             /* Arrow, in priority order */
} Node;

struct _CwWalker {
  guint  n_nodes;
  Node  *nodes;
  int    current;
  int    elapsed;
  double none[CW_N_LEVERS];   /* all zero: no stage */
};

CwWalker *
cw_walker_new (const CwScenario *sc)
{
  CwWalker *self = g_new0 (CwWalker, 1);
  guint start = 0;

  self->n_nodes = sc->stages->len;
  self->nodes = g_new0 (Node, self->n_nodes);
  for (guint i = 0; i < self->n_nodes; i++)
    {
      const CwStage *stage = g_ptr_array_index (sc->stages, i);
      Node *node = &self->nodes[i];

      node->min_quarters = stage->min_quarters;
      node->max_quarters = stage->max_quarters;
      for (int l = 0; l < CW_N_LEVERS; l++)
        node->levers[l] = (stage->held & (1u << l)) ? stage->levers[l] : 0.0;
      node->arrows = g_array_new (FALSE, FALSE, sizeof (Arrow));
    }
  for (guint e = 0; e < sc->edges->len; e++)
    {
      const CwEdge *edge = g_ptr_array_index (sc->edges, e);
      guint from, to;
      Arrow arrow;

      if (!cw_scenario_find_stage (sc, edge->from, &from) ||
          !cw_scenario_find_stage (sc, edge->to, &to))
        continue;
      arrow = (Arrow) { to, edge->conditional, edge->indicator, edge->op, edge->threshold };
      g_array_append_val (self->nodes[from].arrows, arrow);
    }
  self->current = -1;
  if (self->n_nodes > 0 && cw_scenario_find_stage (sc, sc->start, &start))
    self->current = start;
  return self;
}

void
cw_walker_free (CwWalker *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->n_nodes; i++)
    g_array_unref (self->nodes[i].arrows);
  g_free (self->nodes);
  g_free (self);
}

int
cw_walker_stage (const CwWalker *self)
{
  return self->current;
}

int
cw_walker_elapsed (const CwWalker *self)
{
  return self->elapsed;
}

int
cw_walker_max_quarters (const CwWalker *self)
{
  return self->current < 0 ? 0 : self->nodes[self->current].max_quarters;
}

const double *
cw_walker_levers (const CwWalker *self)
{
  return self->current < 0 ? self->none : self->nodes[self->current].levers;
}

/* The arrow the rules take out of the current stage now, or -1. */
static int
next_stage (const CwWalker *self,
            const double   *indicators)
{
  const Node *node = &self->nodes[self->current];

  if (self->elapsed >= node->min_quarters)
    for (guint a = 0; a < node->arrows->len; a++)
      {
        const Arrow *arrow = &g_array_index (node->arrows, Arrow, a);

        if (arrow->conditional &&
            cw_compare_holds (arrow->op, indicators[arrow->indicator], arrow->threshold))
          return arrow->to;
      }
  if (self->elapsed >= node->max_quarters)
    for (guint a = 0; a < node->arrows->len; a++)
      {
        const Arrow *arrow = &g_array_index (node->arrows, Arrow, a);

        if (!arrow->conditional)
          return arrow->to;
      }
  return -1;
}

gboolean
cw_walker_advance (CwWalker     *self,
                   const double *indicators)
{
  gboolean moved = FALSE;

  if (self->current < 0)
    return FALSE;
  /* Stages of zero duration are passed through in the same step; the bound
   * stops a ring of them from spinning forever. */
  for (guint hops = 0; hops < self->n_nodes; hops++)
    {
      int to = next_stage (self, indicators);

      if (to < 0)
        break;
      self->current = to;
      self->elapsed = 0;
      moved = TRUE;
    }
  return moved;
}

void
cw_walker_tick (CwWalker *self)
{
  if (self->current >= 0)
    self->elapsed++;
}

/* cw-shapley.c — exact and sampled Shapley values over lever sets
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-shapley"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cw-rng.h"
#include "cw-shapley.h"

/* Stream of the sampled permutations. */
#define PERMUTATION_STREAM 2000

typedef struct {
  const CwScenario   *sc;
  const CwRunOptions *opts;
  const guint32      *masks;
  int                 n;
  /* coalition bits → the means, then each target's value in each replicate:
   * double[CW_N_SHAPLEY_TARGETS * (1 + runs)] */
  GHashTable         *cache;
  GCancellable       *cancellable;
  int                 runs;
  int                 n_steps;
  guint64             seed;
} Game;

/* The value of target @t in replicate @r of a coalition's cached values. */
#define REPLICATE(game, value, t, r) ((value)[CW_N_SHAPLEY_TARGETS + (t) * (game)->runs + (r)])

guint32
cw_scenario_used_levers (const CwScenario *sc)
{
  guint32 used = 0;

  for (int l = 0; l < CW_N_LEVERS; l++)
    if ((sc->standing_held & (1u << l)) && sc->standing[l] != 0)
      used |= 1u << l;
  for (guint i = 0; i < sc->stages->len; i++)
    {
      const CwStage *stage = g_ptr_array_index (sc->stages, i);

      for (int l = 0; l < CW_N_LEVERS; l++)
        if ((stage->held & (1u << l)) && stage->levers[l] != 0)
          used |= 1u << l;
    }
  return used;
}

/* The value of coalition @bits (bit i: player i plays), cached: the means
 * over the replicates and each replicate's value at the last step. */
static const double *
coalition_value (Game *game, guint64 bits, GError **error)
{
  static const CwOutput outputs[CW_N_SHAPLEY_TARGETS] = { CW_OUT_UPGRADING, CW_OUT_CAPABILITY_MEAN };
  double *value = g_hash_table_lookup (game->cache, &bits);
  CwRunOptions opts = *game->opts;
  gsize block = (gsize) CW_N_OUTPUTS * game->n_steps;
  g_autofree double *values = NULL;
  guint32 on = 0;
  guint64 *key;

  if (value != NULL)
    return value;
  for (int i = 0; i < game->n; i++)
    if (bits & (G_GUINT64_CONSTANT (1) << i))
      on |= game->masks[i];
  opts.levers_off = ~on;
  opts.uncertainty = FALSE;
  values = g_new (double, block * game->runs);
  if (!cw_ensemble_fill (game->sc, &opts, game->seed, game->n_steps, values, 0, game->runs,
                         NULL, NULL, game->cancellable, error))
    return NULL;
  value = g_new0 (double, CW_N_SHAPLEY_TARGETS * (1 + game->runs));
  for (int t = 0; t < CW_N_SHAPLEY_TARGETS; t++)
    {
      for (int r = 0; r < game->runs; r++)
        {
          REPLICATE (game, value, t, r) = values[block * r + (gsize) outputs[t] * game->n_steps + game->n_steps - 1];
          value[t] += REPLICATE (game, value, t, r);
        }
      value[t] /= game->runs;
    }
  key = g_new (guint64, 1);
  *key = bits;
  g_hash_table_insert (game->cache, key, value);
  return value;
}

static gboolean
shapley_exact (Game *game, CwShapley *result, GError **error)
{
  int n = game->n;
  g_autofree double *weight = g_new (double, n);
  g_autofree double *per_run = g_new0 (double, (gsize) CW_N_SHAPLEY_TARGETS * n * game->runs);

  /* weight[s] = s!(n − s − 1)!/n! */
  for (int s = 0; s < n; s++)
    {
      double w = 1.0 / n;

      for (int j = 1; j <= s; j++)
        w *= (double) j / (n - j);
      weight[s] = w;
    }
  for (guint64 bits = 0; bits < (G_GUINT64_CONSTANT (1) << n); bits++)
    {
      int size = __builtin_popcountll (bits);
      const double *without = coalition_value (game, bits, error);

      if (without == NULL)
        return FALSE;
      for (int i = 0; i < n; i++)
        {
          const double *with;

          if (bits & (G_GUINT64_CONSTANT (1) << i))
            continue;
          if ((with = coalition_value (game, bits | (G_GUINT64_CONSTANT (1) << i), error)) == NULL)
            return FALSE;
          for (int t = 0; t < CW_N_SHAPLEY_TARGETS; t++)
            {
              result->phi[t][i] += weight[size] * (with[t] - without[t]);
              for (int r = 0; r < game->runs; r++)
                per_run[((gsize) t * n + i) * game->runs + r] +=
                  weight[size] * (REPLICATE (game, with, t, r) - REPLICATE (game, without, t, r));
            }
        }
    }
  /* The Shapley value is linear in the game: each replicate has its own, and
   * their spread gives the standard error of the mean over the runs. */
  for (int t = 0; t < CW_N_SHAPLEY_TARGETS; t++)
    for (int i = 0; i < n; i++)
      {
        const double *phi = &per_run[((gsize) t * n + i) * game->runs];
        double sum2 = 0;

        for (int r = 0; r < game->runs; r++)
          sum2 += (phi[r] - result->phi[t][i]) * (phi[r] - result->phi[t][i]);
        result->error[t][i] = game->runs > 1 ? sqrt (sum2 / (game->runs - 1) / game->runs) : 0;
      }
  return TRUE;
}

static gboolean
shapley_sampled (Game *game, CwShapley *result, GError **error)
{
  int n = game->n, m = result->permutations;
  g_autofree int *order = g_new (int, n);
  g_autofree double *sum2 = g_new0 (double, (gsize) CW_N_SHAPLEY_TARGETS * n);
  CwRng rng;

  cw_rng_seed (&rng, result->seed, PERMUTATION_STREAM);
  for (int p = 0; p < m; p++)
    {
      guint64 bits = 0;
      const double *before;

      for (int i = 0; i < n; i++)
        order[i] = i;
      for (int i = n - 1; i > 0; i--)
        {
          int j = (int) (cw_rng_uniform (&rng) * (i + 1)), tmp = order[i];

          order[i] = order[j];
          order[j] = tmp;
        }
      if ((before = coalition_value (game, 0, error)) == NULL)
        return FALSE;
      for (int i = 0; i < n; i++)
        {
          const double *after;

          bits |= G_GUINT64_CONSTANT (1) << order[i];
          if ((after = coalition_value (game, bits, error)) == NULL)
            return FALSE;
          for (int t = 0; t < CW_N_SHAPLEY_TARGETS; t++)
            {
              double d = after[t] - before[t];

              result->phi[t][order[i]] += d / m;
              sum2[t * n + order[i]] += d * d;
            }
          before = after;
        }
    }
  for (int t = 0; t < CW_N_SHAPLEY_TARGETS; t++)
    for (int i = 0; i < n; i++)
      {
        double mean = result->phi[t][i];
        double var = m > 1 ? MAX (0.0, (sum2[t * n + i] / m - mean * mean) * m / (m - 1)) : 0;

        result->error[t][i] = sqrt (var / m);
      }
  return TRUE;
}

CwShapley *
cw_shapley_run (const CwScenario   *sc,
                const CwRunOptions *opts,
                const guint32      *masks,
                const char * const *names,
                int                 n_players,
                int                 permutations,
                GCancellable       *cancellable,
                GError            **error)
{
  g_autoptr(CwShapley) result = g_new0 (CwShapley, 1);
  g_autoptr(GHashTable) cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  guint32 covered = 0, rest;
  Game game;
  gboolean ok;
  const double *v;

  g_return_val_if_fail (sc != NULL && opts != NULL && n_players >= 0 && n_players < 63, NULL);

  if (!cw_run_validate (sc, error))
    return NULL;
  for (int i = 0; i < n_players; i++)
    covered |= masks[i];
  rest = cw_scenario_used_levers (sc) & ~covered;
  result->n_players = n_players + (rest != 0);
  result->names = g_new0 (char *, result->n_players + 1);
  result->masks = g_new0 (guint32, result->n_players);
  for (int i = 0; i < n_players; i++)
    {
      result->names[i] = g_strdup (names[i]);
      result->masks[i] = masks[i];
    }
  if (rest != 0)
    {
      result->names[n_players] = g_strdup ("other");
      result->masks[n_players] = rest;
    }
  for (int t = 0; t < CW_N_SHAPLEY_TARGETS; t++)
    {
      result->phi[t] = g_new0 (double, result->n_players);
      result->error[t] = g_new0 (double, result->n_players);
    }
  result->exact = result->n_players <= CW_SHAPLEY_EXACT_MAX;
  result->permutations = result->exact ? 0 : MAX (permutations, 2);
  result->seed = opts->seed_set ? opts->seed : sc->seed;
  result->runs = opts->runs > 0 ? opts->runs : sc->runs;

  game = (Game) { sc, opts, result->masks, result->n_players, cache, cancellable,
                  MAX (result->runs, 1), cw_run_steps (sc, opts), result->seed };
  ok = result->exact ? shapley_exact (&game, result, error) : shapley_sampled (&game, result, error);
  if (!ok)
    return NULL;
  v = coalition_value (&game, 0, error);
  memcpy (result->baseline, v, sizeof result->baseline);
  v = coalition_value (&game, (G_GUINT64_CONSTANT (1) << result->n_players) - 1, error);
  if (v == NULL)
    return NULL;
  memcpy (result->policy, v, sizeof result->policy);
  return g_steal_pointer (&result);
}

CwShapley *
cw_shapley_run_groups (const CwScenario   *sc,
                       const CwRunOptions *opts,
                       GCancellable       *cancellable,
                       GError            **error)
{
  guint32 used = cw_scenario_used_levers (sc), masks[CW_N_LEVER_GROUPS];
  const char *names[CW_N_LEVER_GROUPS];
  int n = 0;

  for (int g = 0; g < CW_N_LEVER_GROUPS; g++)
    {
      guint32 mask = 0;

      for (int l = 0; l < CW_N_LEVERS; l++)
        if (cw_lever_info (l)->group == (CwLeverGroup) g)
          mask |= 1u << l;
      if ((mask & used) == 0)
        continue;
      masks[n] = mask;
      names[n++] = cw_lever_group_id (g);
    }
  return cw_shapley_run (sc, opts, masks, names, n, 0, cancellable, error);
}

void
cw_shapley_free (CwShapley *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->names);
  g_free (self->masks);
  for (int t = 0; t < CW_N_SHAPLEY_TARGETS; t++)
    {
      g_free (self->phi[t]);
      g_free (self->error[t]);
    }
  g_free (self);
}

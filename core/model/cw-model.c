/* cw-model.c — a run's state: the cluster at the start, levers, entrants
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-model"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cw-model-private.h"

#define P(id) (m->p[CW_PARAM_##id])

void
cw_run_options_init (CwRunOptions *opts)
{
  g_return_if_fail (opts != NULL);
  memset (opts, 0, sizeof *opts);
}

void
cw_model_params (const CwScenario *sc,
                 double           *p)
{
  for (guint i = 0; i < CW_N_PARAMS; i++)
    p[i] = cw_scenario_param (sc, i);
}

/* Gamma(shape, 1) by Marsaglia & Tsang; only the start-up stream uses it. */
static double
gamma_draw (CwRng *rng, double shape)
{
  double d, c;

  if (shape < 1)
    return gamma_draw (rng, shape + 1) * pow (cw_rng_uniform (rng) + 1e-300, 1 / shape);
  d = shape - 1.0 / 3;
  c = 1 / sqrt (9 * d);
  for (;;)
    {
      double z = cw_rng_normal (rng), v = 1 + c * z, u;

      if (v <= 0)
        continue;
      v = v * v * v;
      u = cw_rng_uniform (rng);
      if (log (u + 1e-300) < 0.5 * z * z + d - d * v + d * log (v))
        return d * v;
    }
}

/* Beta with this mean and standard deviation; the spread is capped at what a
 * beta distribution can have. */
static double
beta_draw (CwRng *rng, double mean, double sd)
{
  double c, a, b;

  mean = CLAMP (mean, 0.01, 0.99);
  if (sd <= 1e-6)
    return mean;
  c = MAX (0.5, mean * (1 - mean) / (sd * sd) - 1);
  a = gamma_draw (rng, mean * c);
  b = gamma_draw (rng, (1 - mean) * c);
  return a + b > 0 ? a / (a + b) : mean;
}

static const double size_weights[] = { 0.5, 1, 2, 4 };  /* micro, small, medium, large */

static void
ensure_capacity (CwModel *m, guint n)
{
  if (n <= m->capacity)
    return;
  m->capacity = MAX (n, 2 * m->capacity);
  m->firms = g_renew (CwFirm, m->firms, m->capacity);
  m->order = g_renew (guint32, m->order, m->capacity);
  m->sort_scratch = g_renew (guint64, m->sort_scratch, 2 * (gsize) m->capacity);
  m->movers = g_renew (CwMover, m->movers, m->capacity);
  m->pool_in = g_renew (CwPoolFirm, m->pool_in, m->capacity);
  m->pool = g_renew (double, m->pool, m->capacity);
}

/* Gives @f the next id and its own random sequence, which depends only on
 * the run's seed and the firm's @slot: its place at the start, or its step
 * of entry and its place among that step's entrants. Common random numbers
 * survive other firms' entries and exits, and the n-th entrant of a step is
 * the same firm in a policy run and its baseline however many came before
 * (docs/model.md 2). */
static void
name_firm (CwModel *m,
           CwFirm  *f,
           guint64  slot)
{
  guint64 state = m->firm_key + slot;

  f->id = m->next_id++;
  f->draws = cw_splitmix64 (&state);
}

static void
init_firm (CwModel *m, CwFirm *f, CwRng *rng, guint slot, gboolean lead)
{
  const double *pr = m->profile;
  double u_size = cw_rng_uniform (rng), u_linked = cw_rng_uniform (rng);
  double u_member = cw_rng_uniform (rng), u_age = cw_rng_uniform (rng);
  double z_e = cw_rng_normal (rng), z_v = cw_rng_normal (rng);
  double width = (pow (16, pr[CW_PROFILE_HETEROGENEITY]) - 1) / 15;
  int size;

  memset (f, 0, sizeof *f);
  name_firm (m, f, slot);
  f->lead = lead;
  f->k = beta_draw (rng, pr[CW_PROFILE_CAPABILITY_MEAN], pr[CW_PROFILE_CAPABILITY_SPREAD]);
  f->x = cw_rng_uniform (rng);
  f->x = m->focus + width * (f->x - 0.5);
  f->x -= floor (f->x);
  if (u_size < pr[CW_PROFILE_SMALL_SHARE])
    size = u_size < 0.5 * pr[CW_PROFILE_SMALL_SHARE] ? 0 : 1;
  else
    size = u_size < pr[CW_PROFILE_SMALL_SHARE] + 2 * (1 - pr[CW_PROFILE_SMALL_SHARE]) / 3 ? 2 : 3;
  f->linked = u_linked < pr[CW_PROFILE_LINKED_SHARE];
  f->level = u_member < pr[CW_PROFILE_MEMBERSHIP_SHARE] ?
             (u_member < 0.5 * pr[CW_PROFILE_MEMBERSHIP_SHARE] ? CW_LEVEL_DEAD_SOUL : CW_LEVEL_I) :
             CW_LEVEL_OUTSIDE;
  f->e0 = CLAMP (pr[CW_PROFILE_EFFORT_MEAN] + 0.1 * z_e, 0, 1);
  if (lead)
    {
      size = 3;
      f->k = MAX (f->k, 0.8);
      f->e0 = MAX (f->e0, 0.5);
      f->linked = TRUE;
      f->level = CW_LEVEL_III;
    }
  f->e = f->e0;
  f->size_w = size_weights[size];
  f->small = size <= 1;
  f->v = CLAMP (0.7 * f->k + 0.05 * z_v, 0, 1);
  f->birth_step = -(gint32) (u_age * 80);   /* up to 20 years old */
  f->alignment = 1;
}

CwModel *
cw_model_new (const CwScenario   *sc,
              const CwRunOptions *opts,
              guint64             seed,
              const double       *p)
{
  CwModel *m = g_new0 (CwModel, 1);
  int years = opts->years > 0 ? opts->years : sc->years;
  guint n0 = (guint) sc->profile[CW_PROFILE_FIRMS];
  guint leads = (guint) sc->profile[CW_PROFILE_LEAD_FIRMS];

  memcpy (m->p, p, sizeof m->p);
  memcpy (m->profile, sc->profile, sizeof m->profile);
  m->levers_off = opts->baseline ? ~0u : opts->levers_off;
  for (int l = 0; l < CW_N_LEVERS; l++)
    m->standing[l] = (sc->standing_held & (1u << l)) ? sc->standing[l] : 0;
  m->walker = opts->no_cycle ? NULL : cw_walker_new (sc);
  for (int s = 0; s < CW_N_STREAMS; s++)
    cw_rng_seed (&m->rng[s], seed, s);
  m->firm_key = cw_rng_next (&m->rng[CW_STREAM_FIRMS]);
  m->entry_key = cw_rng_next (&m->rng[CW_STREAM_ENTRY]);
  m->n_steps = CW_STEPS_FOR_YEARS (years);

  m->kappa[CW_LEVEL_I] = P (KAPPA_LEVEL1);
  m->kappa[CW_LEVEL_II] = P (KAPPA_LEVEL2);
  m->kappa[CW_LEVEL_III] = P (KAPPA_LEVEL3);
  m->kappa[CW_LEVEL_IV] = P (KAPPA_LEVEL4);
  m->focus = sc->profile[CW_PROFILE_FOCUS];
  m->cx = m->cx0 = sc->profile[CW_PROFILE_COMPLEXITY];
  m->cd = m->cd0 = sc->profile[CW_PROFILE_CODIFIABILITY];
  m->w_in = sc->profile[CW_PROFILE_DENSITY];
  m->w_ex = sc->profile[CW_PROFILE_OPENNESS];
  m->T = sc->profile[CW_PROFILE_TRUST];
  m->M = sc->profile[CW_PROFILE_MANAGEMENT];
  m->A = sc->profile[CW_PROFILE_AWARENESS];
  m->L = sc->profile[CW_PROFILE_LEGITIMACY];

  ensure_capacity (m, MAX (64u, n0 + n0 / 2));
  for (guint i = 0; i < n0; i++)
    init_firm (m, &m->firms[i], &m->rng[CW_STREAM_INIT], i, i < leads);
  m->n = n0;
  cw_model_absorptive (m);
  cw_model_record (m);
  return m;
}

gsize
cw_model_bytes_per_firm (void)
{
  /* the firm, its pool entry, order, mover, sort scratch, the pool value */
  return sizeof (CwFirm) + sizeof (CwPoolFirm) + sizeof (guint32) + sizeof (CwMover) +
         2 * sizeof (guint64) + sizeof (double);
}

void
cw_model_free (CwModel *m)
{
  if (m == NULL)
    return;
  g_clear_pointer (&m->walker, cw_walker_free);
  g_free (m->firms);
  g_free (m->order);
  g_free (m->sort_scratch);
  g_free (m->movers);
  g_free (m->pool_in);
  g_free (m->pool);
  g_free (m);
}

void
cw_model_apply_levers (CwModel *m)
{
  const double *stage = m->walker != NULL ? cw_walker_levers (m->walker) : NULL;
  double cost = 0, budget = m->profile[CW_PROFILE_BUDGET], scale = 1, eff;

  for (int l = 0; l < CW_N_LEVERS; l++)
    {
      double a = m->standing[l] + (stage != NULL ? stage[l] : 0);

      m->active[l] = (m->levers_off & (1u << l)) ? 0 : cw_lever_clamp (l, a);
      cost += cw_lever_cost (m->p, l, m->active[l], m->served);
    }
  m->budget_binding = cost > budget;
  if (m->budget_binding)
    scale = budget / cost;
  eff = P (LAMBDA0) + (1 - P (LAMBDA0)) * m->L;
  for (int l = 0; l < CW_N_LEVERS; l++)
    {
      gboolean ungated = l == CW_LEVER_AWARENESS_CAMPAIGN || l == CW_LEVER_PLATFORMS ||
                         l == CW_LEVER_CO_DESIGN;

      /* The budget cuts only what it pays for (docs/model.md 4.2). */
      if (cw_lever_cost (m->p, l, m->active[l], m->served) > 0)
        m->active[l] *= scale;
      m->gated[l] = m->active[l] * (ungated ? 1 : eff);
    }
  m->spend = cost * scale;
  m->spend_cumulative += m->spend * CW_DT;
}

void
cw_model_lifecycle_input (const CwModel    *m,
                          CwLifecycleInput *in)
{
  int last = m->step - 1, span = MIN (last, CW_HISTORY_STEPS - 1);
  double now = m->firms_history[last % CW_HISTORY_STEPS];
  double then = m->firms_history[(last - span) % CW_HISTORY_STEPS];

  in->firms = m->n;
  in->growth = span > 0 && then > 0 ? pow (MAX (now, 0.5) / then, 1 / (span * CW_DT)) - 1 : 0;
  in->h = m->h;
  in->dh3 = span > 0 ? m->h - m->h_history[(last - span) % CW_HISTORY_STEPS] : 0;
  in->density = m->w_in;
  in->openness = m->w_ex;
}

static double
circular_mean (const double *weights, guint bins, double fallback)
{
  double c = 0, s = 0;

  for (guint b = 0; b < bins; b++)
    {
      double angle = 2 * G_PI * (b + 0.5) / bins;

      c += weights[b] * cos (angle);
      s += weights[b] * sin (angle);
    }
  if (c * c + s * s < 1e-18)
    return fallback;
  return fmod (atan2 (s, c) / (2 * G_PI) + 1, 1);
}

/* Mean of @bins over each bin and its two neighbours: computed once a step
 * rather than once a firm. */
static void
near_means (const double *bins,
            double       *near)
{
  for (guint b = 0; b < CW_N_TECH_BINS; b++)
    near[b] = (bins[(b + CW_N_TECH_BINS - 1) % CW_N_TECH_BINS] + bins[b] +
               bins[(b + 1) % CW_N_TECH_BINS]) / 3;
}

/* The shares of engaged and internationalised firms near each position, the
 * locomotives' domain and the engagement-weighted centre, from the firms as
 * the last step left them. */
void
cw_model_neighbourhoods (CwModel                *m,
                         const CwNeighbourhoods *nb)
{
  for (guint b = 0; b < CW_N_TECH_BINS; b++)
    {
      m->engaged_bins[b] = nb->firms[b] > 0 ? (double) nb->engaged[b] / nb->firms[b] : 0;
      m->intl_bins[b] = nb->firms[b] > 0 ? (double) nb->intl[b] / nb->firms[b] : 0;
    }
  near_means (m->engaged_bins, m->engaged_near);
  near_means (m->intl_bins, m->intl_near);
  m->domain = nb->loco_c * nb->loco_c + nb->loco_s * nb->loco_s > 1e-18 ?
              fmod (atan2 (nb->loco_s, nb->loco_c) / (2 * G_PI) + 1, 1) : m->focus;
  m->centre = circular_mean (nb->weight, CW_POOL_BINS, m->focus);
}

/* @count entrants of this step; @capable: the firms that stayed and could
 * found a spin-off. Each entrant's kind, place, size and attributes come
 * from its own sequence (docs/model.md 2). */
void
cw_model_add_entrants (CwModel      *m,
                       guint         count,
                       const double *rates,
                       guint         capable)
{
  double total = 0;
  guint n_before = m->n;

  for (int t = 0; t < CW_N_ENTRY; t++)
    total += rates[t];
  count = MIN (count, CW_MAX_FIRMS - MIN (m->n, CW_MAX_FIRMS));
  ensure_capacity (m, m->n + count);
  for (guint c = 0; c < count; c++)
    {
      CwFirm *f = &m->firms[m->n];
      double u_type, u_pick, u_size, u_linked, u[4], z_k, z_x, z_e, z_v, acc = 0;
      CwEntry type = 0;

      memset (f, 0, sizeof *f);
      name_firm (m, f, ((guint64) m->step << 32) + c);
      u_type = cw_firm_uniform (f) * total;
      u_pick = cw_firm_uniform (f);
      u_size = cw_firm_uniform (f);
      u_linked = cw_firm_uniform (f);
      for (int d = 0; d < 4; d++)
        u[d] = cw_firm_uniform (f);
      cw_rng_normal_pair (u[0], u[1], &z_k, &z_x);
      cw_rng_normal_pair (u[2], u[3], &z_e, &z_v);
      while (type < CW_N_ENTRY - 1 && u_type >= acc + rates[type])
        acc += rates[type++];
      f->birth_step = m->step;
      f->alignment = 1;
      f->size_w = size_weights[u_size < 0.5 ? 0 : u_size < 0.85 ? 1 : 2];
      /* Newcomers bring what the cluster knows now, with its spread. */
      f->k = CLAMP (m->out[CW_OUT_CAPABILITY_MEAN] + m->profile[CW_PROFILE_CAPABILITY_SPREAD] * z_k, 0.02, 0.98);
      f->x = u_pick;
      f->e0 = CLAMP (m->profile[CW_PROFILE_EFFORT_MEAN] + 0.1 * z_e, 0, 1);
      f->linked = u_linked < m->profile[CW_PROFILE_LINKED_SHARE];
      if (type == CW_ENTRY_SPINOFF && capable > 0)
        {
          guint pick = MIN ((guint) (u_pick * capable), capable - 1), seen = 0;
          const CwFirm *parent = NULL;

          for (guint i = 0; i < n_before && parent == NULL; i++)
            if (m->firms[i].level >= CW_LEVEL_III && m->firms[i].k >= P (LOCO_CAPABILITY) && seen++ == pick)
              parent = &m->firms[i];
          f->k = CLAMP (P (SPINOFF_CAPABILITY) * parent->k + 0.05 * z_k, 0.02, 0.98);
          f->x = parent->x + 0.03 * z_x;
          f->x -= floor (f->x);
          f->e0 = parent->e0;
          f->linked = parent->linked;
        }
      else if (type == CW_ENTRY_LOGISTIC && n_before > 0)
        {
          /* Ordinary entrants are drawn to what the cluster already does: they
           * land near an incumbent; venture, mission and FDI entrants anywhere. */
          const CwFirm *near = &m->firms[MIN ((guint) (u_pick * n_before), n_before - 1)];

          f->x = near->x + 0.05 * z_x;
          f->x -= floor (f->x);
        }
      else if (type == CW_ENTRY_FDI)
        {
          /* Foreign investors are buyers: they lead chains, they do not supply them. */
          f->lead = TRUE;
          f->size_w = size_weights[3];
          f->k = CLAMP (P (FDI_ENTRANT_CAPABILITY) + 0.1 * z_k, 0.02, 0.98);
          f->linked = TRUE;
        }
      if (f->x >= 1)
        f->x = 0;
      f->small = f->size_w <= 1;
      f->e = f->e0;
      f->v = CLAMP (0.7 * f->k + 0.05 * z_v, 0, 1);
      /* Branch plants come for production, the higher functions stay at
       * headquarters; a mission's emerging industries start higher on the
       * smile curve (docs/model.md 7.13). */
      if (type == CW_ENTRY_FDI)
        f->v = MIN (f->v, P (FDI_ENTRANT_VALUE));
      else if (type == CW_ENTRY_MISSION)
        f->v = MAX (f->v, P (MISSION_ENTRANT_VALUE));
      m->n++;
    }
}

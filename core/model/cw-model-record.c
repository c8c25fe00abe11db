/* cw-model-record.c — the outputs of a step (docs/model.md 8) and the aggregates
 * the next step reads
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-model"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-model-private.h"
#include "cw-run.h"

#define P(id) (m->p[CW_PARAM_##id])

/* Normalised Shannon entropy of positions over CW_N_TECH_BINS bins, from the
 * firms counted in each. */
static double
heterogeneity (const guint *counts,
               guint        n)
{
  double h = 0;

  if (n == 0)
    return 0;
  for (guint b = 0; b < CW_N_TECH_BINS; b++)
    if (counts[b] > 0)
      {
        double p = (double) counts[b] / n;

        h -= p * log (p);
      }
  return h / log (CW_N_TECH_BINS);
}

static double
ratio (double a, double b)
{
  return b > 0 ? a / b : 0;
}

void
cw_model_record (CwModel *m)
{
  double *o = m->out;
  double w = 0, wk = 0, wv = 0, gamma = 0, effort = 0, sw = 0, swk = 0, all_k = 0, kap = 0;
  /* Counts in integers: exact, and without a chain of floating-point adds. */
  guint levels[CW_N_LEVELS] = { 0 }, loco = 0, digital = 0, intl = 0, enrolled = 0, dropped = 0, proto = 0;
  guint active = 0, small = 0, small_members = 0, partners = 0;
  double learn[CW_N_LEVELS + 1] = { 0 };   /* by level; locomotives last */
  double n = m->n, members;
  CwNeighbourhoods nb = { { 0 }, { 0 }, { 0 }, { 0 }, 0, 0 };
  CwPoolCounts counts;

  memset (&counts, 0, sizeof counts);
  for (guint i = 0; i < m->n; i++)
    {
      const CwFirm *f = &m->firms[i];
      /* The size weight of a supplier (linked, not a lead firm), else 0:
       * adding 0 to these sums of non-negative terms changes nothing and
       * spares a branch the processor cannot predict. */
      double supplier_w = f->size_w * (double) (f->linked & !f->lead);

      w += f->size_w;
      wk += f->size_w * f->k;
      wv += f->size_w * f->v;
      gamma += f->gamma;
      effort += f->e;
      all_k += f->k;
      sw += supplier_w;
      swk += supplier_w * f->k;
      if (f->locomotive)
        loco++;
      else
        levels[f->level]++;
      learn[f->locomotive ? CW_N_LEVELS : f->level] += f->learn;
      /* Firms outside weigh 0 (m->kappa[CW_LEVEL_OUTSIDE]): no branch. */
      kap += cw_model_kappa (m, f);
      small += f->small;
      /* The flags are 0 or 1: & spares branches. */
      small_members += f->small & (f->level > CW_LEVEL_OUTSIDE);
      digital += f->digital;
      intl += f->intl;
      enrolled += f->enrolled & !f->dropped;
      active += f->enrolled & !f->dropped & !f->intl;
      dropped += f->dropped;
      partners += f->enrolled & f->intl;
      proto += f->prototype;
      cw_neighbourhoods_add (&nb, m, f);
      cw_pool_order_add (&counts, m->sort_scratch, i, f->k);
    }
  cw_pool_order_finish (m->n, &counts, m->order, m->sort_scratch);
  m->h = heterogeneity (nb.firms, m->n);
  memcpy (m->level_firms, levels, sizeof levels);
  m->level_firms[CW_LEVEL_IV] += loco;
  m->programme_active = active;
  m->served[CW_SERVED_CLUSTER] = 0;
  m->served[CW_SERVED_FIRMS] = n;
  m->served[CW_SERVED_SMALL] = small;
  m->served[CW_SERVED_SMALL_MEMBERS] = small_members;
  m->served[CW_SERVED_PROGRAMME] = active;
  m->served[CW_SERVED_PROJECTS] = levels[CW_LEVEL_IV] + loco;
  cw_model_neighbourhoods (m, &nb);
  /* Supplier capability: linked non-lead firms; all firms when there are none. */
  m->s = sw > 0 ? swk / sw : ratio (all_k, n);
  m->frontier = m->n > 0 ? m->firms[m->order[(guint) (0.1 * (m->n - 1))]].k : 0;
  members = n - levels[CW_LEVEL_OUTSIDE];
  m->share_engaged = ratio (levels[CW_LEVEL_III] + levels[CW_LEVEL_IV] + loco, n);
  m->benefit = ratio (kap, members) / MAX (1e-9, P (KAPPA_LOCOMOTIVE));
  m->competition = (1 - m->h) * m->profile[CW_PROFILE_COMPETITION];
  /* Smooth degree of lock-in: homogeneous and closed (Menzel & Fornahl 2010). */
  m->lockin = 1 / (1 + exp ((m->h - P (LC_LOCKIN_H)) / P (GOV_WIDTH))) /
              (1 + exp ((m->w_ex - P (LC_LOCKIN_OPENNESS)) / P (GOV_WIDTH)));

  cw_governance_memberships (m->cx, m->cd, m->s, P (GOV_THRESHOLD), P (GOV_WIDTH), m->governance);
  if (m->step == 0)
    {
      CwLifecycleInput in = { n, 0, m->h, 0, m->w_in, m->w_ex };

      cw_governance_init (&m->gov, m->governance);
      cw_lifecycle_init (&m->lc, &in, m->p);
      for (int i = 0; i < CW_HISTORY_STEPS; i++)
        {
          m->firms_history[i] = n;
          m->h_history[i] = m->h;
        }
    }
  m->firms_history[m->step % CW_HISTORY_STEPS] = n;
  m->h_history[m->step % CW_HISTORY_STEPS] = m->h;

  o[CW_OUT_STEP] = m->step;
  o[CW_OUT_YEAR] = m->profile[CW_PROFILE_START_YEAR] + m->step * CW_DT;
  o[CW_OUT_POLICY_STAGE] = m->walker != NULL ? cw_walker_stage (m->walker) : -1;
  o[CW_OUT_GOVERNANCE] = m->gov.mode;
  o[CW_OUT_LIFECYCLE] = m->lc.stage;
  o[CW_OUT_UPGRADING_PROCESS_PRODUCT] = ratio (wk, w);
  o[CW_OUT_UPGRADING_FUNCTIONAL] = ratio (wv, w);
  o[CW_OUT_UPGRADING_CHAIN] = ratio (intl, n) * (0.5 + 0.5 * 4 * m->h * (1 - m->h));
  o[CW_OUT_UPGRADING] = 0.4 * o[CW_OUT_UPGRADING_PROCESS_PRODUCT] +
                        0.4 * o[CW_OUT_UPGRADING_FUNCTIONAL] + 0.2 * o[CW_OUT_UPGRADING_CHAIN];
  o[CW_OUT_UPGRADING_PROSPECTS] = m->p[CW_PARAM_PROSPECTS_EMERGENCE + m->lc.stage];
  o[CW_OUT_CAPABILITY_MEAN] = ratio (all_k, n);
  o[CW_OUT_CAPABILITY_P10] = m->n > 0 ? m->firms[m->order[(guint) (0.9 * (m->n - 1) + 0.5)]].k : 0;
  o[CW_OUT_CAPABILITY_P90] = m->frontier;
  o[CW_OUT_ABSORPTIVE_MEAN] = ratio (gamma, n);
  o[CW_OUT_EFFORT_MEAN] = ratio (effort, n);
  o[CW_OUT_VALUE_ADDED] = o[CW_OUT_UPGRADING_FUNCTIONAL];
  o[CW_OUT_HETEROGENEITY] = m->h;
  o[CW_OUT_DENSITY] = m->w_in;
  o[CW_OUT_OPENNESS] = m->w_ex;
  o[CW_OUT_TRUST] = m->T;
  o[CW_OUT_MANAGEMENT] = m->M;
  o[CW_OUT_AWARENESS] = m->A;
  o[CW_OUT_LEGITIMACY] = m->L;
  o[CW_OUT_MISSION] = m->Q;
  o[CW_OUT_COMPLEXITY] = m->cx;
  o[CW_OUT_CODIFIABILITY] = m->cd;
  o[CW_OUT_SUPPLIER_CAPABILITY] = m->s;
  for (int g = 0; g < CW_N_GOVERNANCE; g++)
    o[CW_OUT_GOVERNANCE_MARKET + g] = m->governance[g];
  o[CW_OUT_FIRMS] = n;
  for (int l = 0; l < CW_N_LEVELS; l++)
    o[CW_OUT_OUTSIDE + l] = levels[l];
  o[CW_OUT_LOCOMOTIVES] = loco;
  o[CW_OUT_MEMBERSHIP_SHARE] = ratio (members, n);
  o[CW_OUT_DIGITAL_ADOPTERS] = digital;
  o[CW_OUT_INTERNATIONALISED] = intl;
  o[CW_OUT_PROGRAMME_ENROLLED] = enrolled;
  o[CW_OUT_PROGRAMME_DROPOUTS] = dropped;
  o[CW_OUT_PROTOTYPES] = proto;
  o[CW_OUT_SPEND] = m->spend;
  o[CW_OUT_SPEND_CUMULATIVE] = m->spend_cumulative;
  o[CW_OUT_BUDGET_BINDING] = m->budget_binding;
  o[CW_OUT_PROGRAMME_PARTNERS] = partners;
  o[CW_OUT_LEARNING_DEAD_SOULS] = ratio (learn[CW_LEVEL_DEAD_SOUL], levels[CW_LEVEL_DEAD_SOUL]);
  o[CW_OUT_LEARNING_PARTICIPANTS] = ratio (learn[CW_LEVEL_I], levels[CW_LEVEL_I]);
  o[CW_OUT_LEARNING_COOPERATORS_2_3] = ratio (learn[CW_LEVEL_II] + learn[CW_LEVEL_III],
                                              levels[CW_LEVEL_II] + levels[CW_LEVEL_III]);
  o[CW_OUT_LEARNING_COOPERATORS_4] = ratio (learn[CW_LEVEL_IV], levels[CW_LEVEL_IV]);
  o[CW_OUT_LEARNING_LOCOMOTIVES] = ratio (learn[CW_N_LEVELS], loco);
  /* Flagged when the market mode leads mostly by the unlikely combination. */
  o[CW_OUT_GOVERNANCE_UNLIKELY] =
    m->gov.mode == CW_GOVERNANCE_MARKET &&
    cw_governance_unlikely (m->cx, m->cd, P (GOV_THRESHOLD), P (GOV_WIDTH)) >= 0.5 * m->governance[CW_GOVERNANCE_MARKET];
}

gboolean
cw_model_check_finite (const CwModel  *m,
                       GError        **error)
{
  for (int i = 0; i < CW_N_OUTPUTS; i++)
    if (!isfinite (m->out[i]))
      {
        g_set_error (error, CW_RUN_ERROR, CW_RUN_ERROR_INVALID,
                     _("The model produced a value that is not a number (“%s” at step %d). "
                       "Please report this with the scenario."),
                     cw_output_info (i)->id, m->step);
        return FALSE;
      }
  return TRUE;
}

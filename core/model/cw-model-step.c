/* cw-model-step.c — one quarter of the model: the 13 sub-steps of docs/model.md 7
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-model"

#include "config.h"

#include <math.h>

#include "cw-model-private.h"

#define P(id) (m->p[CW_PARAM_##id])
#define G(lever) (m->gated[CW_LEVER_##lever])

static inline double
clip01 (double v)
{
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/* A bound above e^@z that needs no exp(): cw_model_exp_bound(), or infinity
 * where that does not hold. */
static inline double
exp_above (double z)
{
  return z > -700 && z < 700 ? cw_model_exp_bound (z) : INFINITY;
}

/* Whether @u falls below the per-step probability of an event with yearly
 * probability σ(@z): 1 − (1 − σ(z))^dt = 1 − (1 + e^z)^−dt. That probability
 * is below dt·e^z, so most draws are decided by one exp; and as the events
 * are rare, most of those by a bound of e^z that needs no exp at all. */
static inline gboolean
happens_yearly_logit (double u, double z)
{
  double ez;

  if (u >= CW_DT * exp_above (z))
    return FALSE;
  ez = exp (z);
  return u < CW_DT * ez && u < -expm1 (-CW_DT * log1p (ez));
}

/* Whether @u falls below 1 − exp(−@hazard·dt), which is below hazard·dt. */
static inline gboolean
happens_hazard (double u, double hazard)
{
  return u < hazard * CW_DT && u < -expm1 (-hazard * CW_DT);
}

/* floor() for −16 < y < 2^31 − 16 by a truncating conversion, which the
 * compiler emits inline where floor() is a library call. Most y lie in
 * [0, 1): their 0 needs no conversion, whose latency would hold up the
 * position a firm moves to. */
static inline double
floor_small (double y)
{
  double shifted = y + 16.0;

  if (G_LIKELY (shifted >= 16.0 && shifted < 17.0))
    return 0.0;
  return (double) (int) shifted - 16.0;
}

/* Signed shortest way from @x to @target on the circle, in [−0.5, 0.5). */
static inline double
circular_offset (double x, double target)
{
  double d = target - x;

  return d - floor_small (d + 0.5);
}

/* Positions move by less than a few units per step: wrap them into [0, 1). */
static inline double
wrap01 (double x)
{
  x -= floor_small (x);
  return x >= 1.0 ? 0.0 : x;
}

/* Whether @f takes part in the internationalisation programme. The flags
 * are 0 or 1: & instead of && spares a branch the processor cannot predict. */
static inline gboolean
in_programme (const CwFirm *f)
{
  return f->enrolled & !f->dropped;
}

/* Foreign investment not matched by embedding: it imposes specifications. */
static inline double
unembedded_fdi (const CwModel *m)
{
  return MAX (0.0, G (FDI_ATTRACTION) - G (FDI_EMBEDDING));
}

/* 1. Demand, complexity drift and technological discontinuities. */
static void
step_exogenous (CwModel *m)
{
  CwRng *rng = &m->rng[CW_STREAM_SHOCK];
  double z_demand = cw_rng_normal (rng);
  double z_complexity = cw_rng_normal (rng);
  double u = cw_rng_uniform (rng);

  m->D = P (DEMAND_RHO) * m->D + P (DEMAND_SIGMA) * z_demand;
  m->cx += (P (COMPLEXITY_DRIFT) + P (COMPLEXITY_REVERT) * (m->cx0 - m->cx)) * CW_DT +
           P (COMPLEXITY_NOISE) * z_complexity;
  if (u < 1 - pow (1 - P (SHOCK_RATE), CW_DT))
    m->cx += P (SHOCK_SIZE);
  m->cx = clip01 (m->cx);
}

/* 2. Governance and life-cycle stage; the policy stage; this step's levers. */
static void
step_classify (CwModel *m)
{
  CwLifecycleInput in;

  cw_governance_memberships (m->cx, m->cd, m->s, P (GOV_THRESHOLD), P (GOV_WIDTH), m->governance);
  cw_governance_update (&m->gov, m->governance, P (GOV_LEAD), (int) P (GOV_PERSIST));
  cw_model_lifecycle_input (m, &in);
  cw_lifecycle_update (&m->lc, &in, m->p);
  if (m->walker != NULL)
    cw_walker_advance (m->walker, m->out);
  cw_model_apply_levers (m);
}

/* 3. Awareness, legitimacy, mission, management and trust. */
static void
step_organisation (CwModel *m)
{
  double members = m->out[CW_OUT_MEMBERSHIP_SHARE];
  double engaged = m->share_engaged;

  m->A += ((P (AW_CAMPAIGN) * G (AWARENESS_CAMPAIGN) + P (AW_PLATFORMS) * G (PLATFORMS) +
            P (AW_MEMBERS) * members) * (1 - m->A) - P (AW_DECAY) * m->A) * CW_DT;
  m->L += ((P (LEG_CODESIGN) * G (CO_DESIGN) * m->A + P (LEG_ENGAGED) * engaged +
            P (LEG_TRUST) * m->T * m->A + P (LEG_MISSION) * m->Q) * (1 - m->L) -
           P (LEG_DECAY) * m->L) * CW_DT;
  m->Q += (P (MIS_RATE) * G (MISSION) * m->L * (1 - m->Q) - P (MIS_DECAY) * m->Q) * CW_DT;
  m->M += (P (MGMT_RATE) * G (MANAGEMENT) * (1 - m->M) - P (MGMT_DECAY) * m->M) * CW_DT;
  m->T += (P (TRUST_BUILD) * G (TRUST_BUILDING) * (1 - m->T) +
           P (TRUST_LEARN) * (m->benefit - m->T) * members - P (TRUST_DECAY) * m->T) * CW_DT;
  m->A = clip01 (m->A);
  m->L = clip01 (m->L);
  m->Q = clip01 (m->Q);
  m->M = clip01 (m->M);
  m->T = clip01 (m->T);
}

/* Benefit of the levers that act on level @level (docs/model.md 7.4). */
static double
lever_benefit (const CwModel *m, int level)
{
  switch (level)
    {
    case CW_LEVEL_I: return G (PLATFORMS);
    case CW_LEVEL_II: return 0.5 * (G (MANAGEMENT) + G (TRUST_BUILDING));
    case CW_LEVEL_III: return G (CO_DESIGN);
    case CW_LEVEL_IV: return G (PROJECT_CONSORTIA);
    default: return 0;
    }
}

/* Membership fee and time a level costs a firm of size weight 1. */
static double
level_cost (const CwModel *m, int level)
{
  if (level == CW_LEVEL_OUTSIDE)
    return 0;
  return P (COOP_FEE) * (1 - G (FEE_SUBSIDY)) + P (COOP_TIME) * (level - 1);
}

/* The constants of sub-step 4 in a step. */
typedef struct {
  double rate;
  double competition;
  double long_projects;
  double benefit[CW_N_LEVELS];   /* lever_benefit() by level */
  double cost[CW_N_LEVELS];      /* level_cost() by level */
  double recruit_projects;       /* per step: consortia recruit levels II–III */
  double rate_up[CW_N_LEVELS];   /* rate, times recruitment from outside */
  double slack;                  /* what the rounding of rate − u can move */
} Cooperation;

/* How long the funded projects run (docs/model.md 7.4): as long as the drawn
 * stage that funds consortia lasts; project_years for consortia funded as a
 * standing lever; 0 when none are funded. */
static double
project_years (const CwModel *m)
{
  const double *stage = m->walker != NULL ? cw_walker_levers (m->walker) : NULL;

  if (G (PROJECT_CONSORTIA) <= 0)
    return 0;
  if (stage != NULL && stage[CW_LEVER_PROJECT_CONSORTIA] > 0)
    return cw_walker_max_quarters (m->walker) * CW_DT;
  return P (PROJECT_YEARS);
}

static void
cooperation_begin (const CwModel *m,
                   Cooperation   *c)
{
  c->rate = P (COOP_RATE) * CW_DT;
  c->competition = m->competition;
  c->long_projects = P (COOP_PROJECT) * MAX (0.0, project_years (m) - 2);
  for (int level = 0; level < CW_N_LEVELS; level++)
    {
      c->benefit[level] = lever_benefit (m, level);
      c->cost[level] = level_cost (m, level);
    }
  c->recruit_projects = c->rate * P (CONSORTIA_DIRECT) * G (PROJECT_CONSORTIA);
  for (int level = 0; level < CW_N_LEVELS; level++)
    c->rate_up[level] = c->rate * (level == CW_LEVEL_OUTSIDE ? MIN (1.0, P (COOP_RECRUIT) * m->A) : 1);
  c->slack = fabs (c->rate) * 0x1p-48;
}

/* 4. for one firm, first: its two numbers of the step, the first of them
 * returned, and its alignment m_i (1 at the domain, 0 a quarter circle or
 * more away). */
static inline double
cooperation_draw (const CwModel *m,
                  CwFirm        *f)
{
  f->alignment = MAX (0.0, 1 - 4 * cw_circular_distance (f->x, m->domain));
  return cw_firm_draw_uniform (cw_firm_take (f, 2), 1);
}

/* 4. for a firm at @level: the logits of its moves up and down (0 where
 * there is none). */
static inline __attribute__ ((always_inline)) void
cooperation_logits (const CwModel     *m,
                    const Cooperation *c,
                    const CwFirm      *f,
                    int                level,
                    double            *z_up,
                    double            *z_down)
{
  double align = f->alignment;
  double inertia = f->k * (1 - f->e * align);
  double follow = cw_model_near (m->engaged_near, f->x);
  /* cost · (1 / size_w) is cost / size_w, without the division's latency
   * (cw_firm_size_inverse()). */
  double per_size = cw_firm_size_inverse (f);

  *z_up = *z_down = 0;
  if (level < CW_LEVEL_IV)
    {
      int next = level + 1;
      double expected = m->kappa[next] * (next >= CW_LEVEL_II ? align : 1) * f->gamma;
      double benefit = c->benefit[next] + expected;

      *z_up = P (COOP_UP_BASE) + P (COOP_UP_SLOPE) * level + P (COOP_BENEFIT) * benefit -
              P (COOP_COST) * (c->cost[next] * per_size) - P (COOP_INERTIA) * inertia +
              P (COOP_MANAGEMENT) * m->M + P (COOP_TRUST) * m->T + P (COOP_FOLLOW) * follow;
    }
  if (level > CW_LEVEL_OUTSIDE)
    {
      double benefit = c->benefit[level] +
                       m->kappa[level] * (level >= CW_LEVEL_II ? align : 1) * f->gamma;

      *z_down = P (COOP_DOWN_BASE) - P (COOP_DOWN_BENEFIT) * benefit +
                P (COOP_DOWN_COST) * (c->cost[level] * per_size) +
                (level >= CW_LEVEL_II ? c->long_projects : 0) +
                P (COOP_COMPETITION) * c->competition;
    }
}

/* What cooperation_decide() finds a firm's draw does. */
typedef enum {
  MOVE_STAY,
  MOVE_UP,
  MOVE_DOWN,
  MOVE_UNSURE
} Move;

/* 4. for a firm at @level with logits @z_up and @z_down: what its draw
 * @u_move does, decided without exp() or a division wherever that is safe
 * (docs/model.md 16). cooperation_move() moves up when u < p_up and down
 * when u ≥ rate − p_down, with p = rate·e^z / (1 + e^z_up + e^z_down).
 * cw_model_exp_near() gives each e^z within 10⁻⁴, which moves the fraction
 * by less than 2.1·10⁻⁴; the comparisons, multiplied out, keep a margin of
 * 10⁻³ on both sides of it, and the slack covers the rounding of rate − u
 * and of rate − p_down (2⁻⁵³·rate each). A draw within the margins, or a
 * logit outside (−700, 700), is MOVE_UNSURE: cooperation_move() works it
 * out with exp(), as it would have. So the outcome is always exp()'s. */
static inline __attribute__ ((always_inline)) Move
cooperation_decide (const Cooperation *c,
                    double             u_move,
                    double             z_up,
                    double             z_down,
                    int                level)
{
  const double margin = 1e-3;
  double up = 0, down = 0, weights;

  if (level < CW_LEVEL_IV)
    {
      if (!(fabs (z_up) < 700))
        return MOVE_UNSURE;
      up = cw_model_exp_near (z_up);
    }
  if (level > CW_LEVEL_OUTSIDE)
    {
      if (!(fabs (z_down) < 700))
        return MOVE_UNSURE;
      down = cw_model_exp_near (z_down);
    }
  weights = 1 + up + down;
  if (level < CW_LEVEL_IV)
    {
      double below = u_move * weights, above = c->rate_up[level] * up;

      if (below < above * (1 - margin))
        return MOVE_UP;
      if (!(below >= above * (1 + margin)))
        return MOVE_UNSURE;
    }
  if (level > CW_LEVEL_OUTSIDE)
    {
      double gap = c->rate - u_move, above = c->rate * down;

      if ((gap + c->slack) * weights <= above * (1 - margin))
        return MOVE_DOWN;
      if (!((gap - c->slack) * weights > above * (1 + margin)))
        return MOVE_UNSURE;
    }
  return MOVE_STAY;
}

/* 4. for a firm at @level whose number @u_move gives it an opportunity: a
 * move between adjacent cooperation levels. */
static inline __attribute__ ((always_inline)) void
cooperation_move (const CwModel     *m,
                  const Cooperation *c,
                  CwFirm            *f,
                  double             u_move,
                  int                level)
{
  guint64 draws = cw_firm_taken (f, 2);
  double z_up, z_down, up = 0, down = 0, p_up = 0, p_down = 0;
  Move move;

  /* Funded consortia take task-group members (II–III) into projects (IV). */
  if ((level == CW_LEVEL_II || level == CW_LEVEL_III) &&
      cw_firm_draw_uniform (draws, 2) < c->recruit_projects)
    {
      f->level = CW_LEVEL_IV;
      return;
    }
  cooperation_logits (m, c, f, level, &z_up, &z_down);
  move = cooperation_decide (c, u_move, z_up, z_down, level);
  if (move == MOVE_UNSURE)
    {
      if (level < CW_LEVEL_IV)
        up = exp (z_up);
      if (level > CW_LEVEL_OUTSIDE)
        down = exp (z_down);
      /* A probability with a zero weight is zero without a division. */
      p_up = up > 0 ? c->rate * up / (1 + up + down) : 0;
      p_down = down > 0 ? c->rate * down / (1 + up + down) : 0;
      if (level == CW_LEVEL_OUTSIDE)
        p_up *= MIN (1.0, P (COOP_RECRUIT) * m->A);   /* recruitment scales with awareness */
      /* Up from the bottom of [0, rate), down from its top: a lever that
       * makes climbing likelier does not move the draws that make a firm
       * step down, so a policy run and its baseline differ only by the moves
       * the policy causes (common random numbers, docs/model.md 2). */
      move = u_move < p_up ? MOVE_UP : u_move >= c->rate - p_down ? MOVE_DOWN : MOVE_STAY;
    }
  if (move == MOVE_UP)
    f->level = level == CW_LEVEL_OUTSIDE &&
               cw_firm_draw_uniform (draws, 2) < P (PLATFORMS_DIRECT) * G (PLATFORMS) ?
               CW_LEVEL_I : level + 1;
  else if (move == MOVE_DOWN)
    f->level = level - 1;
}

/* 4. for the movers at @level. */
static inline __attribute__ ((always_inline)) void
cooperation_moves (const CwModel     *m,
                   const Cooperation *c,
                   const guint       *start,
                   const guint       *end,
                   int                level)
{
  for (guint j = start[level]; j < end[level]; j++)
    cooperation_move (m, c, &m->firms[m->movers[j].firm], m->movers[j].u, level);
}

/* 4. for one firm, last: locomotives form among capable, searching, aligned
 * firms in projects, with the second of the numbers cooperation took. */
static inline void
locomotive (const CwModel     *m,
            const Cooperation *c,
            CwFirm            *f)
{
  if (f->level == CW_LEVEL_IV && f->k >= P (LOCO_CAPABILITY) && f->e >= P (LOCO_EFFORT) &&
      f->alignment >= P (LOCO_ALIGNMENT))
    {
      if (!f->locomotive &&
          cw_firm_draw_uniform (cw_firm_taken (f, 2), 2) <
          c->rate * (P (LOCO_BASE) + P (LOCO_CONSORTIA) * G (PROJECT_CONSORTIA)))
        f->locomotive = TRUE;
    }
  else
    f->locomotive = FALSE;
}

/* 5. Absorptive capacity (Cohen & Levinthal 1990), with @beta of this step. */
static inline double
absorptive (const CwModel *m,
            const CwFirm  *f,
            double         beta)
{
  return 1 - exp (-(P (ABSORB_K) * f->k + P (ABSORB_E) * f->e) / beta);
}

static inline double
absorptive_beta (const CwModel *m)
{
  /* A locked-in cluster sees new knowledge through its old routines. */
  return P (ABSORB_BETA0) + P (ABSORB_BETA1) * m->cx + P (ABSORB_LOCKIN) * m->lockin;
}

void
cw_model_absorptive (CwModel *m)
{
  double beta = absorptive_beta (m);

  for (guint i = 0; i < m->n; i++)
    m->firms[i].gamma = absorptive (m, &m->firms[i], beta);
}

/* 4. and 5. Whether a firm has a move opportunity is a coin toss (rate is
 * about 0.5) that no processor predicts: a first sweep lists the firms that
 * have one, the moves run over that list, and a last sweep forms the
 * locomotives, learns each firm's absorptive capacity and what it brings to
 * the pool of 6. Each firm's outcome depends only on the firm itself, so the
 * order of the sweeps changes nothing. */
static void
step_cooperation_and_absorptive (CwModel *m)
{
  Cooperation c;
  double beta = absorptive_beta (m);
  guint start[CW_N_LEVELS], end[CW_N_LEVELS];

  cooperation_begin (m, &c);
  /* The movers of each level in a block of its own, as large as the
   * level's firms at the last record. */
  for (guint level = 0, at = 0; level < CW_N_LEVELS; at += m->level_firms[level++])
    start[level] = end[level] = at;
  for (guint i = 0; i < m->n; i++)
    {
      double u_move = cooperation_draw (m, &m->firms[i]);
      int level = m->firms[i].level;

      /* Written for every firm, counted for those with an opportunity
       * (both probabilities together stay below rate): stores instead of
       * a branch. */
      m->movers[end[level]] = (CwMover) { u_move, i };
      end[level] += u_move < c.rate;
    }
  /* Each block with the level as a constant: no branch on it. */
  cooperation_moves (m, &c, start, end, CW_LEVEL_OUTSIDE);
  cooperation_moves (m, &c, start, end, CW_LEVEL_DEAD_SOUL);
  cooperation_moves (m, &c, start, end, CW_LEVEL_I);
  cooperation_moves (m, &c, start, end, CW_LEVEL_II);
  cooperation_moves (m, &c, start, end, CW_LEVEL_III);
  cooperation_moves (m, &c, start, end, CW_LEVEL_IV);
  for (guint i = 0; i < m->n; i++)
    {
      CwFirm *f = &m->firms[i];

      locomotive (m, &c, f);
      f->gamma = absorptive (m, f, beta);
      m->pool_in[i] = cw_model_pool_firm (m, f);
    }
}

/* The constants of sub-steps 6 and 7 in a step. */
typedef struct {
  double levers_all, education, outside, secular, smart, decay;
  double informal;                /* P(CAP_INFORMAL)·w_in */
  /* Indexed by a firm's flag (linked, small, internationalised): a load
   * instead of a branch the processor cannot predict. */
  double chain[2], testlab[2];
  double spread[2];               /* the divergence times √dt, by internationalised */
  double workshops[2];            /* by whether the firm is in the programme */
  /* By level, locomotives last: projects co-create; the pull toward the
   * centre (convergence times the learning weight and density). */
  double cocreate[CW_N_LEVELS + 1];
  double converge[CW_N_LEVELS + 1];
} Learning;

/* Per-step products are worked out here, each as learn() would: the same
 * operations in the same order, so the same bits. */
static void
learning_begin (const CwModel *m,
                Learning      *c)
{
  double spread_base;

  c->levers_all = P (CAP_RD) * G (RD_SUBSIDY) + P (CAP_PARK) * G (TECH_PARK);
  c->education = P (CAP_EDUCATION) * G (EDUCATION);
  c->outside = P (CAP_EXTERNAL) * m->w_ex;
  c->secular = P (CAP_SECULAR);
  c->chain[0] = 0;
  c->chain[1] = m->p[CW_PARAM_CAP_GVC_MARKET + m->gov.mode] + P (CAP_EMBEDDING) * G (FDI_EMBEDDING);
  c->testlab[0] = 0;
  c->testlab[1] = P (CAP_TESTLAB) * G (TEST_LAB);
  c->workshops[0] = 0;
  c->workshops[1] = P (CAP_WORKSHOPS) * G (WORKSHOPS);
  for (int level = 0; level < CW_N_LEVELS; level++)
    c->cocreate[level] = level == CW_LEVEL_IV ? P (CAP_COCREATE) : 0;
  c->cocreate[CW_N_LEVELS] = P (CAP_COCREATE) * (1 + P (LOCO_COCREATE));
  for (int level = 0; level <= CW_N_LEVELS; level++)
    {
      double kappa = level == CW_N_LEVELS ? P (KAPPA_LOCOMOTIVE) : m->kappa[level];

      c->converge[level] = P (X_CONVERGE) * CW_DT * (kappa + m->w_in);
    }
  c->informal = P (CAP_INFORMAL) * m->w_in;
  c->smart = P (X_SMART) * G (SMART_SPECIALISATION) * CW_DT;
  spread_base = P (X_SMART_SPREAD) * G (SMART_SPECIALISATION) +
                P (X_CROSS) * G (CROSS_CLUSTERING) * MAX (0.0, P (X_CROSS_TARGET) - m->h) /
                P (X_CROSS_TARGET);
  for (int intl = 0; intl < 2; intl++)
    c->spread[intl] = (P (X_DIVERGE) * (m->w_ex + 0.5 * intl) + spread_base) * sqrt (CW_DT);
  c->decay = P (CAP_DECAY) * (1 + P (CAP_LOCKIN) * m->lockin);
}

/* 6. and 7. for one firm: capability from effort, partners, the chain and the
 * levers; then the position in technology space (convergence inside,
 * divergence outside). Two numbers at @draws. */
static inline void
learn (const CwModel  *m,
       const Learning *c,
       CwFirm         *f,
       double          pool,
       guint64         draws)
{
  int slot = f->locomotive ? CW_N_LEVELS : f->level;
  double z_k, z_x, kap = cw_model_kappa (m, f);
  double coop = P (CAP_COOP) * kap * (pool + c->cocreate[slot]);
  double gain;

  z_k = cw_rng_bits_normal_fast (cw_firm_draw (draws, 1));
  z_x = cw_rng_bits_normal_fast (cw_firm_draw (draws, 2));
  /* Every lever term sits inside γ (docs/model.md 7.6): a region without
   * the capabilities absorbs little of what policy offers. */
  gain = P (CAP_EFFORT) * f->e + c->secular +
         f->gamma * (coop + c->informal * pool + c->outside +
                     c->chain[f->linked != 0] + c->education * (1 - f->k) + c->levers_all +
                     c->testlab[f->small != 0] + c->workshops[in_programme (f)]);
  f->learn = f->gamma * coop * (1 - f->k);   /* realised: the gain through cooperation */
  f->k = clip01 (f->k + (gain * (1 - f->k) - c->decay * f->k) * CW_DT + P (CAP_NOISE) * z_k);

  f->x = wrap01 (f->x + c->converge[slot] * circular_offset (f->x, m->centre) +
                 c->smart * circular_offset (f->x, m->focus) + c->spread[f->intl != 0] * z_x);
}

/* The constants of sub-step 8 in a step. */
typedef struct {
  double young, levers, rate;
  double venture[2];   /* by whether the firm is young: no branch */
  double coaching[2];  /* by whether the firm is in the programme */
} Effort;

static void
effort_begin (const CwModel *m,
              Effort        *c)
{
  c->young = m->step - P (EFFORT_YOUNG) / CW_DT;
  c->levers = P (EFFORT_RD) * G (RD_SUBSIDY) + P (EFFORT_DEMAND) * m->D;
  c->rate = MIN (1.0, P (EFFORT_RATE) * CW_DT);
  c->venture[0] = 0;
  c->venture[1] = P (EFFORT_VC) * G (VENTURE_FUND);
  c->coaching[0] = 0;
  c->coaching[1] = P (EFFORT_COACHING) * G (COACHING);
}

/* 8. for one firm: effort moves toward its target; capable firms search more. */
static inline void
search (const CwModel *m,
        const Effort  *c,
        CwFirm        *f)
{
  double target = f->e0 + c->levers + P (EFFORT_CAPABILITY) * (f->k - 0.5) +
                  c->venture[f->birth_step > c->young] + c->coaching[in_programme (f)];

  f->e = f->effort_frozen ? 0 : f->e + c->rate * (clip01 (target) - f->e);
}

/* The constants of sub-step 9 in a step. */
typedef struct {
  double share, p;
  double workshops[2];         /* innovation added by workshops, by whether in the programme */
  double size[2];              /* by whether the firm is small: no branch */
  double imitation[CW_N_LEVELS]; /* q·(common + cooperation)·share, by level */
} Adoption;

static void
adoption_begin (const CwModel *m,
                Adoption      *c)
{
  double q, q_common;

  c->share = m->n > 0 ? m->out[CW_OUT_DIGITAL_ADOPTERS] / m->n : 0;
  c->p = P (BASS_P0) * (1 + P (DIGITAL_TESTLAB) * G (TEST_LAB));
  c->workshops[0] = 0;
  c->workshops[1] = P (BASS_P0) * P (DIGITAL_WORKSHOPS) * G (WORKSHOPS);
  q = P (BASS_Q0) * (1 - P (DIGITAL_COMPETITION) * m->competition);
  q_common = 1 + P (DIGITAL_MANAGEMENT) * m->M + P (DIGITAL_DENSITY) * m->w_in;
  c->size[0] = 1;
  c->size[1] = 1 - P (DIGITAL_SIZE);
  /* The products adopt() would work out, in its order. */
  for (int level = 0; level < CW_N_LEVELS; level++)
    c->imitation[level] = q * (q_common + (level >= CW_LEVEL_II ? P (DIGITAL_COOP) : 0)) * c->share;
}

/* 9. for one firm: digital adoption, a Bass diffusion inside the cluster.
 * One number at @draws. */
static inline void
adopt (const CwModel  *m,
       const Adoption *c,
       CwFirm         *f,
       guint64         draws)
{
  double size = c->size[f->small != 0];
  double hazard;

  if (f->digital)
    return;
  hazard = size * ((c->p + c->workshops[in_programme (f)]) * (0.5 + f->k) +
                   c->imitation[f->level]);
  if (happens_hazard (cw_firm_draw_uniform (draws, 1), hazard))
    f->digital = TRUE;
}

/* 9. for the cluster: codifiability. */
static void
adoption_end (CwModel        *m,
              const Adoption *c)
{
  m->cd += ((P (CODIFY_DIGITAL) * c->share + P (CODIFY_STANDARDS) * G (STANDARDS) +
             P (FDI_CODIFY) * unembedded_fdi (m)) * (1 - m->cd) + P (CODIFY_REVERT) * (m->cd0 - m->cd)) * CW_DT;
  m->cd = clip01 (m->cd);
}

/* The constants of sub-step 10 in a step, and the firms in the programme. */
typedef struct {
  double places, recruit, base, prototype, drop, search, leaders[2];
  /* By whether the firm is linked to a lead firm: what the leads add to the
   * hazard and what exclusion leaves of it. For firms not linked, 0 and 1:
   * hazard + 0 and hazard · 1 are the hazard (a −0 would turn +0, which
   * decides the same), and the tables spare a branch on half the firms. */
  double lead[2], cut[2];
  guint  active;
} Programme;

/* Each instrument has its own mechanism (docs/model.md 7.10): coaching
 * (effort, in 8) keeps firms in, workshops (in 6 and 9) teach and digitalise,
 * consultant hours search for partners, trips show the leaders abroad, the
 * export lab builds prototypes (and in 11 functions). The programme is as
 * large as its largest instrument. */
static void
programme_begin (const CwModel *m,
                 Programme     *c)
{
  double reach = MAX (MAX (G (COACHING), G (WORKSHOPS)),
                      MAX (MAX (G (CONSULTANT_HOURS), G (TRIPS)), G (EXPORT_LAB)));

  c->places = ceil (P (PROG_CAPACITY) * m->n * reach);
  c->recruit = P (PROG_RECRUIT) * m->A * (0.5 + reach) * CW_DT;
  c->base = P (INTL_BASE) + P (INTL_OPENNESS) * m->w_ex;
  c->lead[0] = 0;
  c->lead[1] = P (INTL_LEAD) * G (LEAD_INTERNATIONALISATION);
  c->cut[0] = 1;
  c->cut[1] = 1 - P (INTL_EXCLUDED) * m->governance[CW_GOVERNANCE_EXCLUDED];
  c->prototype = P (PROTO_RATE) * G (EXPORT_LAB) * CW_DT;
  c->drop = P (DROP_BASE) + P (DROP_BUREAUCRACY) * G (BUREAUCRACY) - P (DROP_BENEFIT) * G (COACHING);
  c->search = P (INTL_DOSE) * G (CONSULTANT_HOURS);
  c->leaders[0] = P (INTL_LEADERS);
  c->leaders[1] = P (INTL_LEADERS) * (1 + P (INTL_TRIPS) * G (TRIPS));
  c->active = m->programme_active;
}

/* 10. for one firm: the internationalisation programme (the Swedish cluster
 * project); firms are taken in order while places last. Four numbers at
 * @draws: recruitment, partner, dropping out, prototype. */
static inline void
internationalise (const CwModel *m,
                  Programme     *c,
                  CwFirm        *f,
                  guint64        draws)
{
  gboolean member;
  double hazard;

  /* Places first: without a programme there are none. */
  if (c->active < c->places &&
      (!f->enrolled & !f->dropped & !f->intl & (f->level > CW_LEVEL_OUTSIDE)) &&
      cw_firm_draw_uniform (draws, 1) < c->recruit)
    {
      f->enrolled = TRUE;
      c->active++;
    }
  member = in_programme (f);
  if (member && !f->intl &&
      happens_yearly_logit (cw_firm_draw_uniform (draws, 3), c->drop + P (DROP_SIZE) * cw_firm_size_inverse (f)))
    {
      f->dropped = TRUE;
      c->active--;
      return;
    }
  if (member && !f->prototype && f->level >= CW_LEVEL_II &&
      cw_firm_draw_uniform (draws, 4) < c->prototype)
    f->prototype = TRUE;
  if (f->intl)
    return;
  hazard = c->base + P (INTL_CAPABILITY) * f->k + (member ? c->search : 0) +
           c->leaders[member] * cw_model_near (m->intl_near, f->x);
  hazard = (hazard + c->lead[f->linked != 0]) * c->cut[f->linked != 0];
  if (happens_hazard (cw_firm_draw_uniform (draws, 2), hazard))
    {
      f->intl = TRUE;
      if (member)
        c->active--;
    }
}

/* The constants of sub-step 11 in a step. */
typedef struct {
  double reloc, unembedded, mission;
  double relocation, embedding, captive;   /* the lead firms' terms, without v */
  double ceiling[2], speed[2];   /* by whether the firm is in a chain */
  double export_lab[2];          /* by whether the firm has a prototype */
} Functional;

static void
functional_begin (const CwModel *m,
                  Functional    *c)
{
  CwGovernance mode = m->gov.mode;

  c->reloc = G (LEAD_RELOCATION);
  c->unembedded = unembedded_fdi (m);
  c->ceiling[0] = P (V_CEILING_MARKET);
  c->ceiling[1] = m->p[CW_PARAM_V_CEILING_MARKET + mode];
  c->speed[0] = P (V_RATE) * P (V_SPEED_MARKET) * CW_DT;
  c->speed[1] = P (V_RATE) * m->p[CW_PARAM_V_SPEED_MARKET + mode] * CW_DT;
  c->export_lab[0] = 0;
  c->export_lab[1] = P (V_EXPORT_LAB) * G (EXPORT_LAB) * CW_DT;
  c->mission = P (V_MISSION) * m->Q * CW_DT;
  c->relocation = P (V_RELOCATION) * c->reloc;
  c->embedding = P (V_EMBEDDING) * G (FDI_EMBEDDING);
  c->captive = P (V_FDI_CAPTIVE) * c->unembedded;
}

/* 11. for one firm: the functional position on the smile curve, bounded by
 * the chain's mode. */
static inline void
upgrade_function (const CwModel    *m,
                  const Functional *c,
                  CwFirm           *f)
{
  /* Half the firms are in chains, in no order: tables and a select, not
   * branches the processor cannot predict. */
  gboolean chained = f->linked & !f->lead;
  double dv = c->speed[chained] * (MIN (f->k, c->ceiling[chained]) - f->v), lead_dv;

  /* A product co-developed with foreign customers brings design and sales
   * functions; a mission orients the cluster to new, higher-value solutions. */
  dv += (c->export_lab[f->prototype != 0] + c->mission) * (1 - f->v);
  /* What the chain's lead firms do, for firms in a chain: times 0 for the
   * others, which adds a zero to a dv that is never −0 (its last term is
   * +0 or more), so dv stays as it was. */
  lead_dv = (c->relocation * (c->reloc > 0 ? 1 - f->v : f->v) + c->embedding * (1 - f->v) -
             c->captive * f->v) * CW_DT;
  dv += lead_dv * (double) chained;
  f->v = clip01 (f->v + dv);
}

/* 11. for the cluster: unembedded foreign investment raises complexity. */
static void
functional_end (CwModel          *m,
                const Functional *c)
{
  m->cx = clip01 (m->cx + P (FDI_COMPLEXITY) * c->unembedded * (1 - m->cx) * CW_DT);
}

/* 12. Internal density and external openness. */
static void
step_networks (CwModel *m)
{
  double intl = m->n > 0 ? m->out[CW_OUT_INTERNATIONALISED] / m->n : 0;
  double moving_out = MAX (0.0, -G (LEAD_RELOCATION));

  m->w_in += ((P (NET_ENGAGED) * m->share_engaged + P (NET_PLATFORMS) * G (PLATFORMS) +
               P (NET_PARK) * G (TECH_PARK)) * (1 - m->w_in) -
              P (NET_IN_DECAY) * (1 + moving_out) * m->w_in) * CW_DT;
  m->w_ex += ((P (NET_EX_BASE) + P (NET_INTL) * intl + P (NET_FDI) * G (FDI_EMBEDDING) +
               P (NET_LEAD) * G (LEAD_INTERNATIONALISATION) + P (NET_CROSS) * G (CROSS_CLUSTERING) +
               P (NET_TRIPS) * G (TRIPS)) * (1 - m->w_ex) - P (NET_EX_DECAY) * m->w_ex) * CW_DT;
  m->w_in = clip01 (m->w_in);
  m->w_ex = clip01 (m->w_ex);
}

/* The constants of sub-step 13 in a step. */
typedef struct {
  double demand, lockin;  /* their parameters times D and the degree of lock-in */
  double relocation[2];   /* by whether the firm is linked to a lead firm */
} Exit;

static void
exit_begin (const CwModel *m,
            Exit          *c)
{
  c->demand = P (EXIT_DEMAND) * m->D;
  c->lockin = P (EXIT_LOCKIN) * m->lockin;
  c->relocation[0] = 0;
  c->relocation[1] = P (EXIT_RELOCATION) * MAX (0.0, -G (LEAD_RELOCATION));
}

/* 13. for one firm: whether it exits. One number at @draws. */
static inline gboolean
exits (const CwModel *m,
       const Exit    *c,
       const CwFirm  *f,
       guint64        draws)
{
  double z = P (EXIT_BASE) + P (EXIT_CAPABILITY) * (m->frontier - f->k) - P (EXIT_VALUE) * f->v -
             c->demand + c->lockin + c->relocation[f->linked != 0];

  return !f->lead && happens_yearly_logit (cw_firm_draw_uniform (draws, 1), z);
}

/* 13. for the cluster: entry (logistic, spin-offs, levers) after @kept firms
 * stayed; @capable firms could found spin-offs before the exits, @parents of
 * them stayed. */
static void
demography_end (CwModel *m,
                guint    capable,
                guint    parents,
                guint    kept)
{
  double n = m->n, k_cap;
  double rates[CW_N_ENTRY], total = 0;
  CwRng entry;

  k_cap = P (CARRYING_CAPACITY) * m->profile[CW_PROFILE_FIRMS] *
          MAX (0.1, 1 + P (CAPACITY_VARIETY) * 4 * m->h * (1 - m->h) +
                    P (CAPACITY_PARK) * G (TECH_PARK) + P (CAPACITY_DEMAND) * m->D);
  rates[CW_ENTRY_LOGISTIC] = P (BIRTH_RATE) * n * MAX (0.0, 1 - n / k_cap);
  rates[CW_ENTRY_SPINOFF] = P (SPINOFF_RATE) * capable;
  rates[CW_ENTRY_VENTURE] = P (ENTRY_VENTURE) * G (VENTURE_FUND) * n;
  rates[CW_ENTRY_FDI] = P (ENTRY_FDI) * G (FDI_ATTRACTION) * n;
  rates[CW_ENTRY_MISSION] = P (ENTRY_MISSION) * G (MISSION) * m->Q * n;
  for (int t = 0; t < CW_N_ENTRY; t++)
    total += rates[t] * CW_DT;
  m->n = kept;
  /* The count comes from a generator of its own for each step: a policy
   * run's earlier entrants do not shift the baseline's later counts. */
  cw_rng_seed (&entry, m->entry_key, (guint64) m->step);
  cw_model_add_entrants (m, cw_rng_poisson (&entry, total), rates, parents);
}

/* 6. to 13. Each sub-step only reads its own firm (and, in 10, the places
 * taken by the firms before it), so one sweep over the firms runs them all
 * in order for each firm, drawing from the firm's own sequence. */
static void
step_firms (CwModel *m)
{
  guint n = m->n, capable = 0, parents = 0, kept = 0;
  Learning cl;
  Effort ce;
  Adoption ca;
  Programme cp;
  Functional cf;
  Exit cx;

  learning_begin (m, &cl);
  effort_begin (m, &ce);
  adoption_begin (m, &ca);
  programme_begin (m, &cp);
  functional_begin (m, &cf);
  exit_begin (m, &cx);
  /* k has not changed since the last record sorted it. */
  cw_pool_compute (n, m->pool_in, m->order, m->pool);
  for (guint i = 0; i < n; i++)
    {
      CwFirm *f = &m->firms[i];
      /* The firm's numbers of this step after cooperation's two: learning
       * 1–2, adoption 3, internationalisation 4–7, exit 8. */
      guint64 draws = cw_firm_take (f, CW_DRAWS_PER_FIRM_STEP - 2);

      learn (m, &cl, f, m->pool[i], draws);
      search (m, &ce, f);
      adopt (m, &ca, f, cw_firm_skip (draws, 2));
      internationalise (m, &cp, f, cw_firm_skip (draws, 3));
      upgrade_function (m, &cf, f);
    }
  /* 13. in a sweep of its own: the exit waits for the firm's new k and v,
   * the end of a long chain of dependent operations, and in the sweep
   * above it held up the next firm's start. */
  for (guint i = 0; i < n; i++)
    {
      CwFirm *f = &m->firms[i];
      gboolean can_found = (f->level >= CW_LEVEL_III) & (f->k >= P (LOCO_CAPABILITY));

      capable += can_found;
      if (exits (m, &cx, f, cw_firm_skip (cw_firm_taken (f, CW_DRAWS_PER_FIRM_STEP - 2), 7)))
        continue;
      parents += can_found;
      if (kept != i)
        m->firms[kept] = *f;
      kept++;
    }
  adoption_end (m, &ca);
  functional_end (m, &cf);
  step_networks (m);
  demography_end (m, capable, parents, kept);
}

void
cw_model_step (CwModel *m)
{
  g_return_if_fail (m->step + 1 < m->n_steps);

  m->step++;
  step_exogenous (m);
  step_classify (m);
  step_organisation (m);
  step_cooperation_and_absorptive (m);
  step_firms (m);
  if (m->walker != NULL)
    cw_walker_tick (m->walker);
  cw_model_record (m);
}

/* cw-classify.c — governance table of Gereffi, Humphrey & Sturgeon 2005 and
 * the life-cycle stages of Menzel & Fornahl 2010, both with hysteresis
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-classify"

#include "config.h"

#include <math.h>

#include "cw-classify.h"
#include "cw-params.h"

static double
high (double u, double threshold, double width)
{
  return 1.0 / (1.0 + exp (-(u - threshold) / width));
}

void
cw_governance_memberships (double cx,
                           double cd,
                           double s,
                           double threshold,
                           double width,
                           double memberships[CW_N_GOVERNANCE])
{
  double hx = high (cx, threshold, width), lx = 1 - hx;
  double hd = high (cd, threshold, width), ld = 1 - hd;
  double hs = high (s, threshold, width), ls = 1 - hs;

  memberships[CW_GOVERNANCE_MARKET] = lx * hd * hs + lx * ld;
  memberships[CW_GOVERNANCE_MODULAR] = hx * hd * hs;
  memberships[CW_GOVERNANCE_RELATIONAL] = hx * ld * hs;
  memberships[CW_GOVERNANCE_CAPTIVE] = hx * hd * ls;
  memberships[CW_GOVERNANCE_HIERARCHY] = hx * ld * ls;
  memberships[CW_GOVERNANCE_EXCLUDED] = lx * hd * ls;
}

double
cw_governance_unlikely (double cx,
                        double cd,
                        double threshold,
                        double width)
{
  return (1 - high (cx, threshold, width)) * (1 - high (cd, threshold, width));
}

CwGovernance
cw_governance_leader (const double memberships[CW_N_GOVERNANCE])
{
  CwGovernance best = 0;

  for (int g = 1; g < CW_N_GOVERNANCE; g++)
    if (memberships[g] > memberships[best])
      best = g;
  return best;
}

void
cw_governance_init (CwGovernanceState *state,
                    const double       memberships[CW_N_GOVERNANCE])
{
  state->mode = state->candidate = cw_governance_leader (memberships);
  state->streak = 0;
}

CwGovernance
cw_governance_update (CwGovernanceState *state,
                      const double       memberships[CW_N_GOVERNANCE],
                      double             lead,
                      int                persist)
{
  CwGovernance leader = cw_governance_leader (memberships);

  if (leader == state->mode)
    {
      state->candidate = leader;
      state->streak = 0;
      return state->mode;
    }
  state->streak = leader == state->candidate ? state->streak + 1 : 1;
  state->candidate = leader;
  if (memberships[leader] - memberships[state->mode] >= lead || state->streak >= persist)
    {
      state->mode = leader;
      state->streak = 0;
    }
  return state->mode;
}

CwLifecycle
cw_lifecycle_condition (const CwLifecycleInput *in,
                        const CwLifecycleState *state,
                        const double           *p)
{
  double g = p[CW_PARAM_LC_GROWTH_RATE];

  if (state->after_decline && in->dh3 > p[CW_PARAM_LC_RENEWAL_DH] &&
      in->openness >= p[CW_PARAM_LC_RENEWAL_OPENNESS])
    return CW_LIFECYCLE_RENEWAL;
  if (in->growth <= -g ||
      (in->h < p[CW_PARAM_LC_LOCKIN_H] && in->openness < p[CW_PARAM_LC_LOCKIN_OPENNESS]))
    return CW_LIFECYCLE_DECLINE;
  if (in->firms < p[CW_PARAM_LC_EMERGENCE_FIRMS] ||
      (in->h >= p[CW_PARAM_LC_EMERGENCE_H] && in->density < p[CW_PARAM_LC_EMERGENCE_DENSITY]))
    return CW_LIFECYCLE_EMERGENCE;
  if (in->growth >= g && in->openness >= p[CW_PARAM_LC_GROWTH_OPENNESS])
    return CW_LIFECYCLE_GROWTH;
  if (fabs (in->growth) < g && in->openness >= p[CW_PARAM_LC_SUSTAIN_OPENNESS])
    return CW_LIFECYCLE_SUSTAINMENT;
  return state->stage;
}

void
cw_lifecycle_init (CwLifecycleState       *state,
                   const CwLifecycleInput *in,
                   const double           *p)
{
  /* Without history the default guess is sustainment; the condition decides. */
  state->stage = CW_LIFECYCLE_SUSTAINMENT;
  state->after_decline = FALSE;
  state->stage = state->candidate = cw_lifecycle_condition (in, state, p);
  state->streak = 0;
  state->after_decline = state->stage == CW_LIFECYCLE_DECLINE;
}

CwLifecycle
cw_lifecycle_update (CwLifecycleState       *state,
                     const CwLifecycleInput *in,
                     const double           *p)
{
  CwLifecycle wanted = cw_lifecycle_condition (in, state, p);

  if (wanted == state->stage)
    {
      state->candidate = wanted;
      state->streak = 0;
      return state->stage;
    }
  state->streak = wanted == state->candidate ? state->streak + 1 : 1;
  state->candidate = wanted;
  if (state->streak >= (int) p[CW_PARAM_LC_PERSIST])
    {
      state->stage = wanted;
      state->streak = 0;
      if (wanted == CW_LIFECYCLE_DECLINE)
        state->after_decline = TRUE;
      else if (wanted != CW_LIFECYCLE_SUSTAINMENT)
        state->after_decline = FALSE;
    }
  return state->stage;
}

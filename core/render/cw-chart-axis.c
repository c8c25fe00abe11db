/* cw-chart-axis.c — nice tick steps (1, 2, 5 × 10^k) for chart axes
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>

#include "cw-chart-axis.h"

/* Relative slack so that 0.1 * 3 still counts as a multiple of 0.1. */
#define EPS 1e-9

/* The smallest of 1, 2, 5 × 10^k that is at least @raw. */
static double
nice_step (double raw)
{
  static const double mantissas[] = { 1, 2, 5, 10 };
  double mag;

  if (!(raw > 0) || !isfinite (raw))
    return 1;
  mag = pow (10, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
    if (mantissas[i] * mag >= raw * (1 - EPS))
      return mantissas[i] * mag;
  return 10 * mag;
}

static int
count_ticks (double first,
             double last,
             double step)
{
  return (int) floor ((last - first) / step + EPS) + 1;
}

/**
 * cw_ticks_inside:
 * @whole: TRUE for whole numbers only (years)
 *
 * At most @max_ticks nice ticks between @lo and @hi, which stay as they are
 * (the time axis).
 */
void
cw_ticks_inside (double   lo,
                 double   hi,
                 int      max_ticks,
                 gboolean whole,
                 CwTicks *ticks)
{
  double step;

  g_return_if_fail (ticks != NULL);

  if (!(hi > lo))
    {
      ticks->first = lo;
      ticks->step = 1;
      ticks->n = 1;
      return;
    }
  step = nice_step ((hi - lo) / MAX (1, max_ticks - 1));
  if (whole && step < 1)
    step = 1;
  /* Too many ticks after rounding to multiples: take the next nice step. */
  while (count_ticks (ceil (lo / step - EPS) * step, hi, step) > MAX (2, max_ticks))
    step = nice_step (step * (1 + 10 * EPS));
  /* A step wider than the range can leave one tick or none (2022–2037 in
   * steps of 20): an axis needs two labels to be read, even a crowded one. */
  while (count_ticks (ceil (lo / step - EPS) * step, hi, step) < 2 && step > (whole ? 1 : (hi - lo) / 2))
    step = nice_step (0.4 * step);   /* the next smaller of 1, 2, 5 × 10^k */
  ticks->first = ceil (lo / step - EPS) * step;
  ticks->step = step;
  ticks->n = count_ticks (ticks->first, hi, step);
}

/**
 * cw_ticks_extend:
 *
 * Widens [@lo, @hi] to multiples of a nice step (a value axis), with at most
 * about @max_ticks ticks.
 */
void
cw_ticks_extend (double  *lo,
                 double  *hi,
                 int      max_ticks,
                 CwTicks *ticks)
{
  double step;

  g_return_if_fail (lo != NULL && hi != NULL && ticks != NULL);

  if (!(*hi > *lo))
    *hi = *lo + 1;
  step = nice_step ((*hi - *lo) / MAX (1, max_ticks - 1));
  while (count_ticks (floor (*lo / step + EPS), ceil (*hi / step - EPS), 1) > MAX (2, max_ticks))
    step = nice_step (step * (1 + 10 * EPS));
  *lo = floor (*lo / step + EPS) * step;
  *hi = ceil (*hi / step - EPS) * step;
  ticks->first = *lo;
  ticks->step = step;
  ticks->n = count_ticks (*lo, *hi, step);
}

/* Tick @i, computed from the start so that errors do not add up. */
double
cw_ticks_value (const CwTicks *ticks,
                int            i)
{
  double v = ticks->first + i * ticks->step;

  /* No "-0" and no 0.30000000000000004 on an axis. */
  if (fabs (v) < ticks->step * EPS)
    return 0;
  return v;
}

/* Decimals needed to tell the ticks apart: 0.2 → 1, 50 → 0. */
int
cw_ticks_decimals (const CwTicks *ticks)
{
  return MAX (0, (int) ceil (-log10 (ticks->step) - EPS));
}

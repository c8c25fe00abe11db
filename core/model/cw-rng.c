/* cw-rng.c — seeding and the Poisson sampler of the model's generator
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-rng"

#include "config.h"

#include "cw-rng.h"

/* Seeds @rng for process @stream of a run with seed @seed: streams of one run
 * and runs of one ensemble never share a state. */
void
cw_rng_seed (CwRng   *rng,
             guint64  seed,
             guint64  stream)
{
  guint64 state = seed ^ (stream * G_GUINT64_CONSTANT (0xD1B54A32D192ED03));

  for (int i = 0; i < 4; i++)
    rng->s[i] = cw_splitmix64 (&state);
}

/* Poisson-distributed count: Knuth's product method below a mean of 30, a
 * rounded normal approximation above (the demography stream only). */
guint
cw_rng_poisson (CwRng  *rng,
                double  mean)
{
  if (!(mean > 0))
    return 0;
  if (mean < 30)
    {
      double limit = exp (-mean), product = cw_rng_uniform (rng);
      guint n = 0;

      while (product > limit)
        {
          product *= cw_rng_uniform (rng);
          n++;
        }
      return n;
    }
  return (guint) MAX (0.0, floor (mean + sqrt (mean) * cw_rng_normal (rng) + 0.5));
}

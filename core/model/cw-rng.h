/* cw-rng.h — our own random numbers: xoshiro256** seeded by splitmix64
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small, fast and the same on every platform. Never rand(), never global state:
 * a run holds one generator per process of the cluster and each firm its own
 * splitmix64 sequence (docs/model.md section 2).
 */
#pragma once

#include <glib.h>
#include <math.h>

G_BEGIN_DECLS

typedef struct {
  guint64 s[4];
} CwRng;

/* splitmix64 advances its state by this constant for each output. */
#define CW_SPLITMIX64_GAMMA G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)

/* splitmix64's output for the state @z it has advanced to. */
static inline guint64
cw_splitmix64_mix (guint64 z)
{
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* splitmix64: advances *state and returns the next output. Also the seed mixer. */
static inline guint64
cw_splitmix64 (guint64 *state)
{
  return cw_splitmix64_mix (*state += CW_SPLITMIX64_GAMMA);
}

/* The seed of replicate @r of an ensemble with master seed @seed: output r of
 * the splitmix64 sequence that starts at the mixed master seed. Nearby master
 * seeds (1 and 2) thus start far apart and share no replicate; with seed + r
 * as the start, seeds 1 and 2 shared all replicates but one. */
static inline guint64
cw_replicate_seed (guint64 seed,
                   guint64 r)
{
  guint64 state = cw_splitmix64_mix (seed) + r * CW_SPLITMIX64_GAMMA;

  return cw_splitmix64 (&state);
}

void   cw_rng_seed    (CwRng   *rng,
                       guint64  seed,
                       guint64  stream);

static inline guint64
cw_rng_rotl (guint64 x, int k)
{
  return (x << k) | (x >> (64 - k));
}

static inline guint64
cw_rng_next (CwRng *rng)
{
  guint64 *s = rng->s;
  guint64 result = cw_rng_rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = cw_rng_rotl (s[3], 45);
  return result;
}

/* Uniform in [0, 1) from the top 53 of 64 random bits @x. */
static inline double
cw_rng_bits_uniform (guint64 x)
{
  return (x >> 11) * 0x1.0p-53;
}

/* Uniform in [0, 1), 53 bits. */
static inline double
cw_rng_uniform (CwRng *rng)
{
  return cw_rng_bits_uniform (cw_rng_next (rng));
}

/* Standard normal from exactly two draws (Box–Muller, one value kept), so a
 * firm always consumes the same number of draws. */
static inline double
cw_rng_normal (CwRng *rng)
{
  double u1 = 1.0 - cw_rng_uniform (rng);   /* (0, 1] */
  double u2 = cw_rng_uniform (rng);

  return sqrt (-2.0 * log (u1)) * cos (2.0 * G_PI * u2);
}

/* Two independent standard normals from two uniforms in [0, 1) (Box–Muller). */
static inline void
cw_rng_normal_pair (double  u1,
                    double  u2,
                    double *z1,
                    double *z2)
{
  double r = sqrt (-2.0 * log (1.0 - u1));

  *z1 = r * cos (2.0 * G_PI * u2);
  *z2 = r * sin (2.0 * G_PI * u2);
}

/* Approximately standard normal from 64 random bits @x: the Irwin–Hall sum
 * of their four 16-bit parts, rescaled; bounded at ±2√3. For the learning
 * noise, where the hot loop cannot afford a logarithm and a cosine per firm.
 * The parts are added as integers, two at a time in each half of the word:
 * the sum is below 2¹⁸, so it is exact, as adding them as doubles was. */
static inline double
cw_rng_bits_normal_fast (guint64 x)
{
  guint64 pairs = (x & G_GUINT64_CONSTANT (0x0000ffff0000ffff)) +
                  ((x >> 16) & G_GUINT64_CONSTANT (0x0000ffff0000ffff));
  double sum = (double) ((pairs & 0xffffffff) + (pairs >> 32));

  return (sum * (1.0 / 65536.0) - 2.0) * 1.7320508075688772;
}

guint  cw_rng_poisson (CwRng   *rng,
                       double   mean);

G_END_DECLS

/* test-rng.c — the model's own generator: reference values, ranges, moments
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "cw-rng.h"

/* splitmix64 from state 0 gives the published first outputs. */
static void
test_splitmix (void)
{
  guint64 state = 0;

  g_assert_cmphex (cw_splitmix64 (&state), ==, G_GUINT64_CONSTANT (0xE220A8397B1DCDAF));
  g_assert_cmphex (cw_splitmix64 (&state), ==, G_GUINT64_CONSTANT (0x6E789E6AA1B965F4));
}

/* xoshiro256** from the state {1, 2, 3, 4} (reference implementation). */
static void
test_xoshiro (void)
{
  CwRng rng = { { 1, 2, 3, 4 } };

  g_assert_cmphex (cw_rng_next (&rng), ==, 11520);
  g_assert_cmphex (cw_rng_next (&rng), ==, 0);
  g_assert_cmphex (cw_rng_next (&rng), ==, 1509978240);
  g_assert_cmphex (cw_rng_next (&rng), ==, G_GUINT64_CONSTANT (1215971899390074240));
}

static void
test_streams (void)
{
  CwRng a, b, c;

  cw_rng_seed (&a, 42, 0);
  cw_rng_seed (&b, 42, 0);
  cw_rng_seed (&c, 42, 1);
  for (int i = 0; i < 100; i++)
    {
      guint64 x = cw_rng_next (&a);

      g_assert_cmphex (x, ==, cw_rng_next (&b));
      g_assert_cmphex (x, !=, cw_rng_next (&c));
    }
}

static int
compare_seeds (gconstpointer a,
               gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return (x > y) - (x < y);
}

/* The replicates of master seeds 0–19 (200 each) are 4,000 different seeds:
 * a run with another master seed, even the next one, is a new sample. */
static void
test_replicate_seeds (void)
{
  enum { MASTERS = 20, REPLICATES = 200 };
  g_autofree guint64 *seeds = g_new (guint64, MASTERS * REPLICATES);

  for (int s = 0; s < MASTERS; s++)
    for (int r = 0; r < REPLICATES; r++)
      seeds[s * REPLICATES + r] = cw_replicate_seed (s, r);
  qsort (seeds, MASTERS * REPLICATES, sizeof *seeds, compare_seeds);
  for (int i = 1; i < MASTERS * REPLICATES; i++)
    g_assert_cmphex (seeds[i - 1], !=, seeds[i]);
}

/* Sample moments with margins of about five standard errors. */
static void
test_moments (void)
{
  CwRng rng;
  guint64 firm = 7;   /* a firm's own sequence (splitmix64) */
  const int n = 200000;
  double sum = 0, sum2 = 0, nsum = 0, nsum2 = 0, fsum = 0, fsum2 = 0, psum = 0;

  cw_rng_seed (&rng, 7, 3);
  for (int i = 0; i < n; i++)
    {
      double u = cw_rng_uniform (&rng), z = cw_rng_normal (&rng), f = cw_rng_bits_normal_fast (cw_splitmix64 (&firm));

      g_assert_cmpfloat (u, >=, 0);
      g_assert_cmpfloat (u, <, 1);
      g_assert_cmpfloat (fabs (f), <=, 2 * sqrt (3) + 1e-12);
      sum += u;
      sum2 += u * u;
      nsum += z;
      nsum2 += z * z;
      fsum += f;
      fsum2 += f * f;
    }
  g_assert_cmpfloat (fabs (sum / n - 0.5), <, 0.004);
  g_assert_cmpfloat (fabs (sum2 / n - 1.0 / 3), <, 0.004);
  g_assert_cmpfloat (fabs (nsum / n), <, 0.012);
  g_assert_cmpfloat (fabs (nsum2 / n - 1), <, 0.02);
  g_assert_cmpfloat (fabs (fsum / n), <, 0.012);
  g_assert_cmpfloat (fabs (fsum2 / n - 1), <, 0.02);
  for (int i = 0; i < 20000; i++)
    psum += cw_rng_poisson (&rng, 3.5);
  g_assert_cmpfloat (fabs (psum / 20000 - 3.5), <, 0.07);
  psum = 0;
  for (int i = 0; i < 2000; i++)
    psum += cw_rng_poisson (&rng, 100);
  g_assert_cmpfloat (fabs (psum / 2000 - 100), <, 1.2);
  g_assert_cmpuint (cw_rng_poisson (&rng, 0), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rng/splitmix", test_splitmix);
  g_test_add_func ("/rng/xoshiro", test_xoshiro);
  g_test_add_func ("/rng/streams", test_streams);
  g_test_add_func ("/rng/replicate-seeds", test_replicate_seeds);
  g_test_add_func ("/rng/moments", test_moments);
  return g_test_run ();
}

/* test-chart-axis.c — nice ticks for the chart axes
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "cw-chart-axis.h"

static void
assert_ticks (const CwTicks *t,
              const double  *expected,
              int            n)
{
  g_assert_cmpint (t->n, ==, n);
  for (int i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (cw_ticks_value (t, i), expected[i], 1e-12);
}

static void
test_unit_range (void)
{
  double lo = 0, hi = 1;
  CwTicks t;

  cw_ticks_extend (&lo, &hi, 6, &t);
  assert_ticks (&t, (double[]) { 0, 0.2, 0.4, 0.6, 0.8, 1 }, 6);
  g_assert_cmpfloat (lo, ==, 0);
  g_assert_cmpfloat (hi, ==, 1);
  g_assert_cmpint (cw_ticks_decimals (&t), ==, 1);
}

static void
test_years (void)
{
  CwTicks t;

  cw_ticks_inside (2025, 2040, 5, TRUE, &t);
  assert_ticks (&t, (double[]) { 2025, 2030, 2035, 2040 }, 4);
  g_assert_cmpint (cw_ticks_decimals (&t), ==, 0);

  /* Ticks stay inside the range and on multiples of the step. */
  cw_ticks_inside (2025, 2035.75, 8, TRUE, &t);
  assert_ticks (&t, (double[]) { 2026, 2028, 2030, 2032, 2034 }, 5);

  /* A short run never gets ticks on fractions of a year. */
  cw_ticks_inside (2025, 2026, 10, TRUE, &t);
  assert_ticks (&t, (double[]) { 2025, 2026 }, 2);

  /* A narrow chart (two ticks at most) still labels two years: a step of 20
   * would leave no tick in 2022–2037, one of 10 only 2030. */
  cw_ticks_inside (2022, 2037, 2, TRUE, &t);
  assert_ticks (&t, (double[]) { 2025, 2030, 2035 }, 3);
  cw_ticks_inside (2022, 2037, 3, TRUE, &t);
  assert_ticks (&t, (double[]) { 2025, 2030, 2035 }, 3);
  cw_ticks_inside (0.1, 0.9, 2, FALSE, &t);
  g_assert_cmpint (t.n, >=, 2);
}

static void
test_extend (void)
{
  double lo = 0, hi = 137;
  CwTicks t;

  cw_ticks_extend (&lo, &hi, 5, &t);
  assert_ticks (&t, (double[]) { 0, 50, 100, 150 }, 4);
  g_assert_cmpfloat (hi, ==, 150);

  lo = 0, hi = 7.3;
  cw_ticks_extend (&lo, &hi, 7, &t);
  assert_ticks (&t, (double[]) { 0, 2, 4, 6, 8 }, 5);

  lo = -0.3, hi = 0.45;
  cw_ticks_extend (&lo, &hi, 6, &t);
  g_assert_cmpfloat_with_epsilon (lo, -0.4, 1e-12);
  g_assert_cmpfloat_with_epsilon (hi, 0.6, 1e-12);
  g_assert_cmpfloat_with_epsilon (t.step, 0.2, 1e-12);
  /* The tick at zero is exactly zero. */
  g_assert_cmpfloat (cw_ticks_value (&t, 2), ==, 0);
}

static void
test_degenerate (void)
{
  double lo = 0, hi = 0;
  CwTicks t;

  cw_ticks_extend (&lo, &hi, 6, &t);
  g_assert_cmpfloat (lo, ==, 0);
  g_assert_cmpfloat (hi, ==, 1);
  g_assert_cmpint (t.n, >=, 2);

  cw_ticks_inside (2025, 2025, 6, TRUE, &t);
  g_assert_cmpint (t.n, ==, 1);
  g_assert_cmpfloat (t.first, ==, 2025);

  /* Huge ranges give few, finite ticks. */
  lo = 0, hi = 1e12;
  cw_ticks_extend (&lo, &hi, 6, &t);
  g_assert_cmpint (t.n, <=, 6);
  g_assert_true (isfinite (hi));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-axis/unit-range", test_unit_range);
  g_test_add_func ("/chart-axis/years", test_years);
  g_test_add_func ("/chart-axis/extend", test_extend);
  g_test_add_func ("/chart-axis/degenerate", test_degenerate);
  return g_test_run ();
}

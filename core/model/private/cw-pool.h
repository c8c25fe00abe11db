/* cw-pool.h — the knowledge pool firms learn from, without O(N²) (docs/model.md 7.6)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pool_i = Σ_j w_j·max(0, k_j − k_i)·f(d_ij) / Σ_{j≠i} w_j, with the inverted U
 * f(d) = 4(d/d̂_i)(1 − d/d̂_i) for d ≤ d̂_i. A partner's position is taken at the
 * centre of its bin (CW_POOL_BINS bins on the circle), which is what lets the
 * sum run over bins: with firms visited in order of falling k, each bin keeps
 * running sums of w and w·k over the firms ahead, so a step costs
 * O(N log N) for the order plus O(N·B).
 */
#pragma once

#include <glib.h>
#include <math.h>

G_BEGIN_DECLS

#define CW_POOL_BINS 32   /* a power of two */

typedef struct {
  double x;     /* position in technology space, [0, 1) */
  double k;     /* capability */
  double w;     /* engagement weight, > 0 */
  double dhat;  /* best cognitive distance of this firm as a learner */
} CwPoolFirm;

/* Orders @n values in [0, 1] from largest to smallest into @order: by
 * 32-bit keys, ties in index order. @scratch holds 2·n guint64. */
void   cw_pool_order      (guint             n,
                           const double     *values,
                           gsize             stride,
                           guint32          *order,
                           guint64          *scratch);

/* The same in two halves, so that a caller's own sweep over the values can
 * feed the sort: zero @counts, cw_pool_order_add() each value i = 0 … n − 1,
 * then cw_pool_order_finish().
 *
 * A radix sort of items key·2³² + i, so that one 64-bit move carries a key
 * and its index and the items' own order is the order wanted. It sorts by
 * the upper two bytes of the key only, in two passes; each run of items
 * equal in those is sorted afterwards. A thousand firms spread over 2¹⁶
 * values make some 25 such runs a step, each a few instructions: less than
 * a third pass over all the items (docs/model.md 16). */
typedef struct {
  guint start[2][256];   /* per key byte 2–3: counts, then first places */
} CwPoolCounts;

static inline void
cw_pool_order_add (CwPoolCounts *counts,
                   guint64      *scratch,
                   guint         i,
                   double        value)
{
  double v = CLAMP (value, 0.0, 1.0);
  /* Inverted so that ascending keys give falling values. */
  guint32 key = ~(guint32) (v * 4294967295.0);

  scratch[i] = (guint64) key << 32 | i;
  counts->start[0][(key >> 16) & 0xff]++;
  counts->start[1][key >> 24]++;
}

void   cw_pool_order_finish (guint         n,
                             CwPoolCounts *counts,
                             guint32      *order,
                             guint64      *scratch);
/* Fills @pool for all @n firms; @order: firms by falling k. */
void   cw_pool_compute    (guint             n,
                           const CwPoolFirm *firms,
                           const guint32    *order,
                           double           *pool);
/* The same value for firm @i by the direct O(N) sum (the tests' reference). */
double cw_pool_reference  (guint             n,
                           const CwPoolFirm *firms,
                           guint             i);
/* Circular distance on the unit circle, in [0, 0.5]. Without a branch:
 * fabs (a − b) is a − b or b − a exactly, and MIN (d, 1 − d) is 1 − d just
 * when d > 0.5. */
static inline double
cw_circular_distance (double a, double b)
{
  double d = fabs (a - b);

  return MIN (d, 1.0 - d);
}

G_END_DECLS

/* cw-pool.c — spillover pool by bins and running sums
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-pool"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cw-pool.h"

/* One pass of the radix sort: moves @items into @out by the key byte at
 * @shift of the item, stably; @start holds each byte's first place. With
 * @order, also writes each item's index there. */
static inline void
radix_pass (guint           n,
            int             shift,
            guint          *start,
            const guint64  *items,
            guint64        *out,
            guint32        *order)
{
  for (guint i = 0; i < n; i++)
    {
      guint pos = start[(items[i] >> shift) & 0xff]++;

      out[pos] = items[i];
      if (order != NULL)
        order[pos] = (guint32) items[i];
    }
}

void
cw_pool_order (guint          n,
               const double  *values,
               gsize          stride,
               guint32       *order,
               guint64       *scratch)
{
  CwPoolCounts counts;

  memset (&counts, 0, sizeof counts);
  for (guint i = 0; i < n; i++)
    cw_pool_order_add (&counts, scratch, i, values[i * stride]);
  cw_pool_order_finish (n, &counts, order, scratch);
}

/* Whether items @a and @b have the same upper two key bytes. */
static inline gboolean
same_upper_key (guint64 a, guint64 b)
{
  return ((a ^ b) >> 48) == 0;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return (x > y) - (x < y);
}

/* Sorts the run of items from @first with the same upper key bytes, and
 * their indices in @order; returns the place of its last item. A run that
 * is in order already, such as firms whose capability was clipped at 0 or 1
 * (equal keys, in index order), is left as it is; a short one is sorted by
 * insertion; qsort() keeps a long one (a cluster whose capabilities all lie
 * within 2⁻¹⁶ of each other) from costing O(m²). Out of line: the loop that
 * looks for runs stays short. */
static G_GNUC_NO_INLINE guint
sort_run (guint64 *items,
          guint32 *order,
          guint    n,
          guint    first)
{
  guint end = first + 1;
  gboolean sorted = TRUE;

  for (; end < n && same_upper_key (items[first], items[end]); end++)
    sorted &= items[end - 1] < items[end];
  if (sorted)
    return end - 1;
  if (end - first <= 16)
    for (guint p = first + 1; p < end; p++)
      {
        guint64 item = items[p];
        guint j = p;

        for (; j > first && items[j - 1] > item; j--)
          items[j] = items[j - 1];
        items[j] = item;
      }
  else
    qsort (items + first, end - first, sizeof *items, compare_items);
  for (guint p = first; p < end; p++)
    order[p] = (guint32) items[p];
  return end - 1;
}

void
cw_pool_order_finish (guint          n,
                      CwPoolCounts  *counts,
                      guint32       *order,
                      guint64       *scratch)
{
  guint64 *items = scratch, *tmp = scratch + n;

  for (int byte = 0; byte < 2; byte++)
    {
      guint sum = 0;

      for (int b = 0; b < 256; b++)
        {
          guint count = counts->start[byte][b];

          counts->start[byte][b] = sum;
          sum += count;
        }
    }
  /* Key bytes 2, 3 (bits 48–63 of an item), least significant first. */
  radix_pass (n, 48, counts->start[0], items, tmp, NULL);
  radix_pass (n, 56, counts->start[1], tmp, items, order);
  /* Items equal in the upper key bytes came out in index order (the passes
   * are stable); each run of them, sorted by the whole item, is in order of
   * key, then index, which is where a sort by all four key bytes leaves it.
   * The result is in @scratch's first half, where the second pass put it. */
  for (guint p = 1; p < n; p++)
    if (G_UNLIKELY (same_upper_key (items[p - 1], items[p])))
      p = sort_run (items, order, n, p - 1);
}

static inline guint
bin_of (double x)
{
  guint b = (guint) (x * CW_POOL_BINS);

  return MIN (b, CW_POOL_BINS - 1);
}

static inline double
inverted_u (double d, double dhat)
{
  double r;

  if (d > dhat || dhat <= 0)
    return 0;
  r = d / dhat;
  return 4 * r * (1 - r);
}

/* floor() for y > −64 by a truncating conversion, inline where floor() is a
 * library call. */
static inline int
floor_int (double y)
{
  return (int) (y + 64.0) - 64;
}

/* Two doubles in one SSE2 (or NEON) register: lane 0 is one sum of
 * firm_sum(), lane 1 the other, so each lane adds in the scalar order. */
typedef double CwPair __attribute__ ((vector_size (16)));
typedef gint64 CwPairBits __attribute__ ((vector_size (16)));

/* The running sums of the bins, each bin repeated as if the circle were
 * unrolled: bin b of the window [−BINS/2, 3·BINS/2) sits at b + BINS/2, so
 * every window a learner can see is contiguous. */
#define EXT_OFFSET (CW_POOL_BINS / 2)
#define EXT_BINS (2 * CW_POOL_BINS)

typedef struct {
  double w[EXT_BINS];
  double wk[EXT_BINS];
} PoolSums;

static inline CwPair
load_pair (const double *p)
{
  CwPair v;

  memcpy (&v, p, sizeof v);
  return v;
}

/* f(r)·(sum_wk − k·sum_w) for the bins at @e and @e + 1 of @sums. */
static inline CwPair
pair_term (const PoolSums *sums,
           int             e,
           CwPair          r,
           CwPair          k)
{
  return 4 * r * (1 - r) * (load_pair (&sums->wk[e]) - k * load_pair (&sums->w[e]));
}

/* Σ over bins of f(d)·(sum_wk − k·sum_w) for firm @f. Only the bins whose
 * centre lies within d̂ of x can count; they form one window on the circle. */
static inline double
firm_sum (const CwPoolFirm *f,
          const PoolSums   *sums)
{
  const CwPairBits sign = { G_MININT64, G_MININT64 };   /* the sign bits */
  double centre = f->x * CW_POOL_BINS - 0.5, reach = f->dhat * CW_POOL_BINS;
  CwPair acc = { 0, 0 }, at, centre2, scale2, k2, r;
  int first, last, b;

  if (f->dhat <= 0)
    return 0;
  if (2 * reach >= CW_POOL_BINS - 1)
    {
      double all = 0;

      for (guint bin = 0; bin < CW_POOL_BINS; bin++)
        all += inverted_u (cw_circular_distance (f->x, (bin + 0.5) / CW_POOL_BINS), f->dhat) *
               (sums->wk[bin + EXT_OFFSET] - f->k * sums->w[bin + EXT_OFFSET]);
      return all;
    }
  centre2 = (CwPair) { centre, centre };
  scale2 = (CwPair) { 1.0 / reach, 1.0 / reach };
  k2 = (CwPair) { f->k, f->k };
  first = -floor_int (reach - centre);   /* ceil (centre − reach) */
  last = floor_int (centre + reach);
  /* Bins b and b + 1 at a time into the two lanes keeps the additions
   * independent; r = |b − centre|/reach, with b counted exactly in doubles. */
  at = (CwPair) { first, first + 1 };
  for (b = first; b < last; b += 2)
    {
      r = (CwPair) ((CwPairBits) (at - centre2) & ~sign) * scale2;
      acc += pair_term (sums, b + EXT_OFFSET, r, k2);
      at += 2;
    }
  if (b == last)
    {
      /* A lone last bin: lane 1 gets r = 1, where f(1) = 0. */
      r = (CwPair) ((CwPairBits) (at - centre2) & ~sign) * scale2;
      r[1] = 1.0;
      acc += pair_term (sums, b + EXT_OFFSET, r, k2);
    }
  return acc[0] + acc[1];
}

/* Adds a firm's weight to bin @b and to its copy. */
static inline void
add_to_bin (PoolSums *sums,
            guint     b,
            double    w,
            double    wk)
{
  guint copy = b < EXT_OFFSET ? b + EXT_OFFSET + CW_POOL_BINS : b - EXT_OFFSET;

  sums->w[b + EXT_OFFSET] += w;
  sums->wk[b + EXT_OFFSET] += wk;
  sums->w[copy] += w;
  sums->wk[copy] += wk;
}

void
cw_pool_compute (guint             n,
                 const CwPoolFirm *firms,
                 const guint32    *order,
                 double           *pool)
{
  PoolSums sums = { { 0 }, { 0 } };
  double total_w = 0;

  for (guint i = 0; i < n; i++)
    total_w += firms[i].w;
  for (guint r = 0; r < n; r++)
    {
      const CwPoolFirm *f = &firms[order[r]];
      double others = total_w - f->w;

      pool[order[r]] = others > 0 ? MAX (0.0, firm_sum (f, &sums)) / others : 0.0;
      add_to_bin (&sums, bin_of (f->x), f->w, f->w * f->k);
    }
}

double
cw_pool_reference (guint             n,
                   const CwPoolFirm *firms,
                   guint             i)
{
  double acc = 0, others = 0;

  for (guint j = 0; j < n; j++)
    {
      double centre = (bin_of (firms[j].x) + 0.5) / CW_POOL_BINS;

      if (j == i)
        continue;
      others += firms[j].w;
      acc += firms[j].w * MAX (0.0, firms[j].k - firms[i].k) *
             inverted_u (cw_circular_distance (firms[i].x, centre), firms[i].dhat);
    }
  return others > 0 ? acc / others : 0.0;
}

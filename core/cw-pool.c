/* cw-pool.c — spillover pool by bins and running sums
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-pool"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cw-pool.h"

void
cw_pool_order (guint          n,
               const double  *values,
               gsize          stride,
               guint32       *order,
               guint32       *scratch)
{
  guint32 *keys = scratch, *keys_tmp = scratch + n, *order_tmp = scratch + 2 * n;

  for (guint i = 0; i < n; i++)
    {
      double v = CLAMP (values[i * stride], 0.0, 1.0);

      /* Inverted so that ascending keys give falling values. */
      keys[i] = ~(guint32) (v * 4294967295.0);
      order[i] = i;
    }
  for (int shift = 0; shift < 32; shift += 8)
    {
      guint count[257] = { 0 };

      for (guint i = 0; i < n; i++)
        count[((keys[i] >> shift) & 0xff) + 1]++;
      for (int b = 0; b < 256; b++)
        count[b + 1] += count[b];
      for (guint i = 0; i < n; i++)
        {
          guint pos = count[(keys[i] >> shift) & 0xff]++;

          keys_tmp[pos] = keys[i];
          order_tmp[pos] = order[i];
        }
      memcpy (keys, keys_tmp, n * sizeof *keys);
      memcpy (order, order_tmp, n * sizeof *order);
    }
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

/* Σ over bins of f(d)·(sum_wk − k·sum_w) for firm @f. Only the bins whose
 * centre lies within d̂ of x can count; they form one window on the circle. */
static inline double
firm_sum (const CwPoolFirm *f,
          const double     *sum_w,
          const double     *sum_wk)
{
  double acc0 = 0, acc1 = 0, centre = f->x * CW_POOL_BINS - 0.5, reach = f->dhat * CW_POOL_BINS;
  double scale;
  int first, last;

  if (f->dhat <= 0)
    return 0;
  if (2 * reach >= CW_POOL_BINS - 1)
    {
      for (guint b = 0; b < CW_POOL_BINS; b++)
        acc0 += inverted_u (cw_circular_distance (f->x, (b + 0.5) / CW_POOL_BINS), f->dhat) *
                (sum_wk[b] - f->k * sum_w[b]);
      return acc0;
    }
  scale = 1.0 / reach;
  first = -floor_int (reach - centre);   /* ceil (centre − reach) */
  last = floor_int (centre + reach);
  /* Two bins at a time into two sums keeps the additions independent. */
  for (int b = first; b <= last; b += 2)
    {
      int bin0 = (b + CW_POOL_BINS) & (CW_POOL_BINS - 1);
      int bin1 = (b + 1 + CW_POOL_BINS) & (CW_POOL_BINS - 1);
      double r0 = fabs (b - centre) * scale;
      double r1 = b < last ? fabs (b + 1 - centre) * scale : 1.0;   /* f(1) = 0 */

      acc0 += 4 * r0 * (1 - r0) * (sum_wk[bin0] - f->k * sum_w[bin0]);
      acc1 += 4 * r1 * (1 - r1) * (sum_wk[bin1] - f->k * sum_w[bin1]);
    }
  return acc0 + acc1;
}

void
cw_pool_compute (guint             n,
                 const CwPoolFirm *firms,
                 const guint32    *order,
                 double           *pool)
{
  double sum_w[CW_POOL_BINS] = { 0 }, sum_wk[CW_POOL_BINS] = { 0 };
  double total_w = 0;

  for (guint i = 0; i < n; i++)
    total_w += firms[i].w;
  for (guint r = 0; r < n; r++)
    {
      const CwPoolFirm *f = &firms[order[r]];
      double others = total_w - f->w;
      guint b = bin_of (f->x);

      pool[order[r]] = others > 0 ? MAX (0.0, firm_sum (f, sum_w, sum_wk)) / others : 0.0;
      sum_w[b] += f->w;
      sum_wk[b] += f->w * f->k;
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

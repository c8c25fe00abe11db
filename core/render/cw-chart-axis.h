/* cw-chart-axis.h — nice tick steps (1, 2, 5 × 10^k) for chart axes
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Ticks first, first + step, … : n of them, all within the range they were made for. */
typedef struct {
  double first;
  double step;
  int    n;
} CwTicks;

void    cw_ticks_inside   (double   lo,
                           double   hi,
                           int      max_ticks,
                           gboolean whole,
                           CwTicks *ticks);
void    cw_ticks_extend   (double  *lo,
                           double  *hi,
                           int      max_ticks,
                           CwTicks *ticks);
double  cw_ticks_value    (const CwTicks *ticks,
                           int            i);
int     cw_ticks_decimals (const CwTicks *ticks);

G_END_DECLS

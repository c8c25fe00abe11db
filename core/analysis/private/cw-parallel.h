/* cw-parallel.h — items on a few threads: the loop ensembles and explanations share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-ensemble.h"

G_BEGIN_DECLS

/* Does item @index; @scratch is the calling thread's own buffer of the
 * size cw_parallel_run() was given (NULL when 0). */
typedef gboolean (*CwParallelFunc) (int       index,
                                    double   *scratch,
                                    gpointer  data,
                                    GError  **error);

/* Runs @func on items @first … @last − 1 on @threads threads (0: every core;
 * never more than there are items), the calling thread one of them; each
 * thread takes the next item not taken. After each item @progress (if set)
 * gets the items done so far, counted from @first, and @last; the calls are
 * serialised. The first failure stops the taking of items and is returned. */
gboolean  cw_parallel_run (int             first,
                           int             last,
                           int             threads,
                           gsize           scratch_doubles,
                           CwParallelFunc  func,
                           gpointer        data,
                           CwProgressFunc  progress,
                           gpointer        user_data,
                           GError        **error);

G_END_DECLS

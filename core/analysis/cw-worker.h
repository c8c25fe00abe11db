/* cw-worker.h — what the evaluator and the explainer share: one job at a time on worker threads
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A worker takes the latest request of the main thread and works on it on
 * worker threads, step by step; a newer request cancels the older, whose
 * steps are then dropped when they come back. It says whether it is busy
 * ("busy") and why a request cannot be worked on ("failed"). Signals are
 * emitted on the main context of the thread that created the worker.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CW_TYPE_WORKER (cw_worker_get_type ())

G_DECLARE_DERIVABLE_TYPE (CwWorker, cw_worker, CW, WORKER, GObject)

struct _CwWorkerClass
{
  GObjectClass parent_class;
};

/* Whether a request is under way. */
gboolean  cw_worker_get_busy     (CwWorker *self);
/* Stops the request under way: nothing of it is published any more. */
void      cw_worker_cancel       (CwWorker *self);
/* Steps handed to worker threads that have not come back to the main context
 * yet, cancelled ones included. */
guint     cw_worker_get_pending  (CwWorker *self);
/* Threads a step may use; 0 (the default): every core. */
void      cw_worker_set_threads  (CwWorker *self,
                                  int       threads);
int       cw_worker_get_threads  (CwWorker *self);

G_END_DECLS

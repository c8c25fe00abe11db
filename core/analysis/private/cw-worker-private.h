/* cw-worker-private.h — the job bookkeeping of a CwWorker, for its subclasses
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-worker.h"

G_BEGIN_DECLS

/* The head of a subclass's job, which is a g_atomic_rc_box: only one step
 * works on a job at a time. */
typedef struct {
  guint           generation;
  GCancellable   *cancellable;
  GDestroyNotify  clear;        /* frees the rest of the job */
} CwWorkerJob;

/* A new job of @size bytes (the subclass's struct, CwWorkerJob first),
 * zeroed but for its head. */
gpointer      cw_worker_job_new      (gsize           size,
                                      GDestroyNotify  clear);
gpointer      cw_worker_job_ref      (gpointer        job);
void          cw_worker_job_unref    (gpointer        job);

/* Cancels the job under way and makes @job (taken) the current one: busy. */
void          cw_worker_begin        (CwWorker       *self,
                                      gpointer        job);
/* The job under way or last finished; NULL after a cancel. */
gpointer      cw_worker_get_current  (CwWorker       *self);
/* Runs @func on a worker thread with @job as task data; @callback gets a
 * reference to @job as user data and passes the result to cw_worker_finish(). */
void          cw_worker_run          (CwWorker        *self,
                                      gpointer         job,
                                      GTaskThreadFunc  func,
                                      GAsyncReadyCallback callback);
/* The pointer a step of @job returned, if @job is still the current one; NULL
 * for a superseded job (its value is freed with @value_free) and after a
 * failure, which is reported with "failed" unless it was a cancellation; then
 * the job is dropped and the worker is no longer busy. */
gpointer      cw_worker_finish       (CwWorker       *self,
                                      GAsyncResult   *result,
                                      gpointer        job,
                                      GDestroyNotify  value_free);
/* The current job is done: not busy; with @forget it is dropped too. */
void          cw_worker_done         (CwWorker       *self,
                                      gboolean        forget);

G_END_DECLS

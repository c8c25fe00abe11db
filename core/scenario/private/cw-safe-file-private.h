/* cw-safe-file-private.h — a fault to inject into cw_safe_file_write(), for tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests cannot fill every disk or cut every system call, so a test can make
 * one step of the next writes fail as the system would, without LD_PRELOAD.
 */
#pragma once

#include "cw-safe-file.h"

G_BEGIN_DECLS

typedef enum {
  CW_SAFE_FILE_STEP_NONE,   /* no fault: the normal case */
  CW_SAFE_FILE_STEP_CREATE, /* creating the temporary file */
  CW_SAFE_FILE_STEP_WRITE,  /* the @nth write() call, counted from 1 */
  CW_SAFE_FILE_STEP_SYNC,   /* the fsync() of the temporary file */
  CW_SAFE_FILE_STEP_CLOSE,  /* its close() */
  CW_SAFE_FILE_STEP_RENAME, /* the rename() over the target */
} CwSafeFileStep;

/* From now on, the @nth time @step is reached it fails with @errnum (once). */
void cw_safe_file_inject_fault (CwSafeFileStep step,
                                guint          nth,
                                int            errnum);

/* The bytes cw_safe_file_write() hands to one write() call at most. */
#define CW_SAFE_FILE_CHUNK (64 * 1024)

G_END_DECLS

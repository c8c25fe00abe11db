/* cw-recovery.h — recovery copies of unsaved work, offered after a crash
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A few seconds after each change, the unsaved scenario of a window is written
 * to g_get_user_data_dir()/cluster-workbench/recovery/ (with cw_safe_file_write).
 * The copy goes when the work is saved or deliberately discarded; one left
 * behind means the program did not end normally. The next plain start offers
 * every such copy, and opening a file offers the copies of that file. A copy
 * that cannot be read is never dropped silently: the window says where it is.
 */
#pragma once

#include "cw-document.h"

G_BEGIN_DECLS

/* Seconds between the last change and the recovery copy. */
#define CW_RECOVERY_DELAY_SECONDS 3

typedef struct _CwRecovery CwRecovery;

/* Watches @document and keeps its recovery copy up to date. */
CwRecovery *cw_recovery_new       (CwDocument  *document);
/* Called when a copy cannot be written (the first time after a success):
 * the user's unsaved work is then not backed up. */
typedef void (*CwRecoveryFailedFunc) (const GError *error,
                                      gpointer      user_data);

void        cw_recovery_set_failed_func (CwRecovery           *self,
                                         CwRecoveryFailedFunc  func,
                                         gpointer              user_data);
/* Removes the copy: the work was saved or deliberately discarded. The copy
 * comes back with the next change. */
void        cw_recovery_discard   (CwRecovery  *self);
/* Writes the copy now if one is due. */
void        cw_recovery_flush     (CwRecovery  *self);
void        cw_recovery_free      (CwRecovery  *self);

/* Copies left behind by a program that did not end normally, newest first
 * (GFile*). */
GPtrArray  *cw_recovery_list      (void);
/* The copies left behind that are not those of a CwRecovery alive in this
 * process, newest first (GFile*); with @original, only the copies of that
 * file. */
GPtrArray  *cw_recovery_list_left (GFile       *original);
/* Reads a copy; @original receives the file it was a copy of, or NULL. */
CwScenario *cw_recovery_load      (GFile       *copy,
                                   GFile      **original,
                                   GError     **error);
/* Deletes a copy left behind, once recovered or declined. */
void        cw_recovery_remove    (GFile       *copy);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwRecovery, cw_recovery_free)

G_END_DECLS

/* cw-history.h — every state of the session that was evaluated, in words
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The room's trail: each state the model ran, when, what changed from the
 * state before, and its headline outcome. A state can be restored (one
 * undoable edit) or pinned as a variant. The report lists it too.
 */
#pragma once

#include "cw-document.h"

G_BEGIN_DECLS

typedef struct {
  GDateTime  *time;
  char       *change;     /* translated, e.g. "R&D subsidy 0.10 → 1.00" */
  double      headline;   /* upgrading index at the end of the run */
  double      baseline;   /* the same without policy */
  CwScenario *scenario;   /* what ran; no variants */
} CwHistoryEntry;

typedef struct _CwHistory CwHistory;

CwHistory            *cw_history_new        (void);
void                  cw_history_free       (CwHistory        *self);
/* Adds the state @scenario with its outcomes unless it runs like the last
 * entry; returns whether it added one. */
gboolean              cw_history_add        (CwHistory        *self,
                                             const CwScenario *scenario,
                                             double            headline,
                                             double            baseline);
guint                 cw_history_get_n      (const CwHistory  *self);
/* The headline of @entry in words, e.g. "Upgrading 0.64 (+0.03)". */
char                 *cw_history_entry_headline (const CwHistoryEntry *entry);
const CwHistoryEntry *cw_history_get        (const CwHistory  *self,
                                             guint             index);

/* What changed from @before to @after that changes a run, in words
 * ("Start" without @before). */
char                 *cw_history_describe   (const CwScenario *before,
                                             const CwScenario *after);
/* Makes the document run like @state (its levers, cycle, profile,
 * parameters and run settings) in one undoable edit; the title and the
 * variants stay. FALSE when it runs like that already. */
gboolean              cw_document_restore_run (CwDocument       *self,
                                               const CwScenario *state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwHistory, cw_history_free)

G_END_DECLS

/* cw-compare.h — the key outcomes of several scenarios side by side
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the compare view of the window, `cluster-workbench-cli compare` and
 * the report show: after one year, the outcomes a room weighs its options by
 * (docs: the Compare part of the user guide), the no-policy run first, then
 * each scenario with its own no-policy run. One table, three ways out: the
 * window reads the cells, the CLI prints text, CSV or JSON.
 */
#pragma once

#include <glib.h>

#include "cw-outcomes.h"
#include "cw-series.h"

G_BEGIN_DECLS

/* At most this many pinned variants in a document. */
#define CW_COMPARE_MAX_VARIANTS 6

/* The rows of the table, in order. */
#define CW_COMPARE_N_ROWS 9

typedef struct {
  char   *name;
  double  value[CW_COMPARE_N_ROWS];     /* a category holds its code; NAN: none */
  double  baseline[CW_COMPARE_N_ROWS];  /* its no-policy run, same seeds */
} CwCompareColumn;

typedef struct {
  int        year;      /* years since the start */
  GPtrArray *columns;   /* CwCompareColumn*, in the order added */
} CwCompareTable;

/* The outcome shown in @row (0 … CW_COMPARE_N_ROWS - 1). */
CwOutcome       cw_compare_row_outcome   (guint                 row);
/* A stable id of @row for files: "upgrading", "gain_per_meur", … */
const char     *cw_compare_row_id        (guint                 row);

CwCompareTable *cw_compare_table_new     (int                   year);
void            cw_compare_table_free    (CwCompareTable       *self);
/* Adds the column @name: @series after the table's year against @baseline
 * (NULL: no differences). The series are not kept. */
void            cw_compare_table_add     (CwCompareTable       *self,
                                          const char           *name,
                                          const CwSeries       *series,
                                          const CwSeries       *baseline);
const CwCompareColumn *
                cw_compare_table_get     (const CwCompareTable *self,
                                          guint                 column);

/* The cells of the table for the report, row by row: a heading row (the
 * year, "No policy", the column names), then each outcome with the no-policy
 * run of the first column and every column's value. @n_columns is set to the
 * cells per row; there are CW_COMPARE_N_ROWS + 1 rows. */
char          **cw_compare_table_to_cells (const CwCompareTable *self,
                                           guint                *n_columns);
/* Aligned plain text for a terminal: the rows down, the no-policy run of the
 * first column, then each column with its change against its no-policy run. */
GString        *cw_compare_table_to_text (const CwCompareTable *self);
/* One row per column and outcome: scenario,outcome,value,baseline,difference
 * (C locale; a category by its id; empty where there is nothing), the
 * no-policy run of the first column first, named "no-policy". */
GString        *cw_compare_table_to_csv  (const CwCompareTable *self);
/* {"year":…,"scenarios":[{"name":…,"outcomes":{ID:{"value":…,"baseline":…,
 * "difference":…}}}]}, the no-policy run first; null where there is nothing. */
GString        *cw_compare_table_to_json (const CwCompareTable *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwCompareTable, cw_compare_table_free)

G_END_DECLS

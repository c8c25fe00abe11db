/* cw-cli-table.h — the listing commands' tables as aligned text, CSV or JSON
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CW_CLI_TABLE_TEXT,
  CW_CLI_TABLE_CSV,
  CW_CLI_TABLE_JSON,
} CwCliTableFormat;

/* Where a column appears: text is for people, data (CSV, JSON) for programs. */
typedef enum {
  CW_CLI_COLUMN_BOTH,
  CW_CLI_COLUMN_TEXT,
  CW_CLI_COLUMN_DATA,
} CwCliColumnShow;

typedef struct {
  const char      *id;       /* header of text and CSV, key of JSON */
  CwCliColumnShow  show;
  gboolean         number;   /* a JSON number (an empty cell is null) */
} CwCliColumn;

typedef struct _CwCliTable CwCliTable;

/* @columns must outlive the table. */
CwCliTable *cw_cli_table_new          (const CwCliColumn *columns,
                                       guint              n_columns);
void        cw_cli_table_free         (CwCliTable        *table);
/* Adds the next cell of the current row; a row ends after n_columns cells. */
void        cw_cli_table_add          (CwCliTable        *table,
                                       const char        *cell);
void        cw_cli_table_add_number   (CwCliTable        *table,
                                       double             value);
void        cw_cli_table_print        (const CwCliTable  *table,
                                       CwCliTableFormat   format,
                                       FILE              *out);
/* Parses --format's text, json or csv; FALSE with a message otherwise. */
gboolean    cw_cli_table_format_parse (const char        *text,
                                       CwCliTableFormat  *format,
                                       GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwCliTable, cw_cli_table_free)

G_END_DECLS

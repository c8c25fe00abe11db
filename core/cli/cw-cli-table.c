/* cw-cli-table.c — a table printed for people (aligned) or programs (CSV, JSON)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-cli-table.h"
#include "cw-quote.h"

struct _CwCliTable {
  const CwCliColumn *columns;
  guint              n_columns;
  GPtrArray         *cells;     /* row after row */
};

CwCliTable *
cw_cli_table_new (const CwCliColumn *columns,
                  guint              n_columns)
{
  CwCliTable *table = g_new0 (CwCliTable, 1);

  table->columns = columns;
  table->n_columns = n_columns;
  table->cells = g_ptr_array_new_with_free_func (g_free);
  return table;
}

void
cw_cli_table_free (CwCliTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->cells);
  g_free (table);
}

void
cw_cli_table_add (CwCliTable *table,
                  const char *cell)
{
  g_ptr_array_add (table->cells, g_strdup (cell != NULL ? cell : ""));
}

void
cw_cli_table_add_number (CwCliTable *table,
                         double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  cw_cli_table_add (table, g_ascii_formatd (buf, sizeof buf, "%g", value));
}

static gboolean
shown (const CwCliColumn *column,
       CwCliTableFormat   format)
{
  if (format == CW_CLI_TABLE_TEXT)
    return column->show != CW_CLI_COLUMN_DATA;
  return column->show != CW_CLI_COLUMN_TEXT;
}

static const char *
cell (const CwCliTable *table,
      guint             row,
      guint             column)
{
  return g_ptr_array_index (table->cells, row * table->n_columns + column);
}

static void
print_text (const CwCliTable *table,
            guint             rows,
            FILE             *out)
{
  g_autofree glong *width = g_new0 (glong, table->n_columns);
  int last = -1;

  for (guint c = 0; c < table->n_columns; c++)
    if (shown (&table->columns[c], CW_CLI_TABLE_TEXT))
      {
        width[c] = g_utf8_strlen (table->columns[c].id, -1);
        for (guint r = 0; r < rows; r++)
          width[c] = MAX (width[c], g_utf8_strlen (cell (table, r, c), -1));
        last = c;
      }
  for (int r = -1; r < (int) rows; r++)
    {
      for (guint c = 0; c < table->n_columns; c++)
        {
          const char *text = r < 0 ? table->columns[c].id : cell (table, r, c);

          if (!shown (&table->columns[c], CW_CLI_TABLE_TEXT))
            continue;
          if ((int) c == last)
            fprintf (out, "%s\n", text);
          else
            fprintf (out, "%s%*s ", text, (int) (width[c] - g_utf8_strlen (text, -1)), "");
        }
    }
}

/* Prints @text as @quote quotes it: a CSV field, a JSON string. */
static void
print_quoted (void        (*quote) (GString *out, const char *text),
              const char   *text,
              FILE         *out)
{
  g_autoptr(GString) quoted = g_string_new (NULL);

  quote (quoted, text);
  fputs (quoted->str, out);
}

static void
print_csv (const CwCliTable *table,
           guint             rows,
           FILE             *out)
{
  for (int r = -1; r < (int) rows; r++)
    {
      gboolean first = TRUE;

      for (guint c = 0; c < table->n_columns; c++)
        if (shown (&table->columns[c], CW_CLI_TABLE_CSV))
          {
            if (!first)
              fputc (',', out);
            print_quoted (cw_csv_append_field, r < 0 ? table->columns[c].id : cell (table, r, c), out);
            first = FALSE;
          }
      fputc ('\n', out);
    }
}

static void
print_json (const CwCliTable *table,
            guint             rows,
            FILE             *out)
{
  fputs ("[", out);
  for (guint r = 0; r < rows; r++)
    {
      gboolean first = TRUE;

      fputs (r == 0 ? "\n  {" : ",\n  {", out);
      for (guint c = 0; c < table->n_columns; c++)
        {
          const CwCliColumn *column = &table->columns[c];
          const char *text = cell (table, r, c);

          if (!shown (column, CW_CLI_TABLE_JSON))
            continue;
          fputs (first ? "" : ", ", out);
          print_quoted (cw_json_append_string, column->id, out);
          fputs (": ", out);
          if (column->number)
            fputs (text[0] != '\0' ? text : "null", out);
          else
            print_quoted (cw_json_append_string, text, out);
          first = FALSE;
        }
      fputs ("}", out);
    }
  fputs (rows > 0 ? "\n]\n" : "]\n", out);
}

void
cw_cli_table_print (const CwCliTable *table,
                    CwCliTableFormat  format,
                    FILE             *out)
{
  guint rows = table->cells->len / table->n_columns;

  g_return_if_fail (table->cells->len % table->n_columns == 0);

  switch (format)
    {
    case CW_CLI_TABLE_TEXT:
      print_text (table, rows, out);
      break;
    case CW_CLI_TABLE_CSV:
      print_csv (table, rows, out);
      break;
    case CW_CLI_TABLE_JSON:
      print_json (table, rows, out);
      break;
    default:
      g_return_if_reached ();
    }
}

gboolean
cw_cli_table_format_parse (const char        *text,
                           CwCliTableFormat  *format,
                           GError           **error)
{
  static const char *const names[] = { "text", "csv", "json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (text, names[i]) == 0)
      {
        *format = (CwCliTableFormat) i;
        return TRUE;
      }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* Translators: %s: the value given to --format */
               _("--format must be text, csv or json (it is “%s”)."), text);
  return FALSE;
}

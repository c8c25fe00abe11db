/* cw-compare.c — the key outcomes of several scenarios side by side
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-compare"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-compare.h"
#include "cw-quote.h"

static const struct {
  CwOutcome   outcome;
  const char *id;
} rows[CW_COMPARE_N_ROWS] = {
  { CW_OUTCOME_UPGRADING, "upgrading" },
  { CW_OUTCOME_CAPABILITY, "capability" },
  { CW_OUTCOME_VALUE_ADDED, "value_added" },
  { CW_OUTCOME_GOVERNANCE, "governance" },
  { CW_OUTCOME_LIFECYCLE, "lifecycle" },
  { CW_OUTCOME_INTERNATIONALISED, "internationalised" },
  { CW_OUTCOME_DIGITAL, "digital_adopters" },
  { CW_OUTCOME_SPEND, "spend_cumulative" },
  { CW_OUTCOME_GAIN_PER_MEUR, "gain_per_meur" },
};

CwOutcome
cw_compare_row_outcome (guint row)
{
  g_return_val_if_fail (row < CW_COMPARE_N_ROWS, CW_OUTCOME_UPGRADING);
  return rows[row].outcome;
}

const char *
cw_compare_row_id (guint row)
{
  g_return_val_if_fail (row < CW_COMPARE_N_ROWS, NULL);
  return rows[row].id;
}

static void
column_free (gpointer data)
{
  CwCompareColumn *column = data;

  g_free (column->name);
  g_free (column);
}

CwCompareTable *
cw_compare_table_new (int year)
{
  CwCompareTable *self = g_new0 (CwCompareTable, 1);

  self->year = year;
  self->columns = g_ptr_array_new_with_free_func (column_free);
  return self;
}

void
cw_compare_table_free (CwCompareTable *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->columns);
  g_free (self);
}

void
cw_compare_table_add (CwCompareTable *self,
                      const char     *name,
                      const CwSeries *series,
                      const CwSeries *baseline)
{
  g_autofree CwOutcomesTable *outcomes = NULL;
  CwCompareColumn *column;

  g_return_if_fail (self != NULL && name != NULL && series != NULL);

  outcomes = cw_outcomes_table (series, baseline, &self->year, 1);
  column = g_new0 (CwCompareColumn, 1);
  column->name = g_strdup (name);
  for (guint r = 0; r < CW_COMPARE_N_ROWS; r++)
    {
      column->value[r] = outcomes->scenario[rows[r].outcome][0];
      column->baseline[r] = outcomes->baseline[rows[r].outcome][0];
    }
  g_ptr_array_add (self->columns, column);
}

const CwCompareColumn *
cw_compare_table_get (const CwCompareTable *self,
                      guint                 column)
{
  g_return_val_if_fail (self != NULL && column < self->columns->len, NULL);
  return g_ptr_array_index (self->columns, column);
}

/* "After 5 years", the heading of the outcome names. */
static char *
year_title (const CwCompareTable *self)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "After %d year", "After %d years", self->year), self->year);
}

char **
cw_compare_table_to_cells (const CwCompareTable *self,
                           guint                *n_columns)
{
  GPtrArray *cells = g_ptr_array_new ();
  const CwCompareColumn *first;

  g_return_val_if_fail (self != NULL && self->columns->len > 0 && n_columns != NULL, NULL);

  first = cw_compare_table_get (self, 0);
  *n_columns = 2 + self->columns->len;
  g_ptr_array_add (cells, year_title (self));
  g_ptr_array_add (cells, g_strdup (_("No policy")));
  for (guint c = 0; c < self->columns->len; c++)
    g_ptr_array_add (cells, g_strdup (cw_compare_table_get (self, c)->name));
  for (guint r = 0; r < CW_COMPARE_N_ROWS; r++)
    {
      CwOutcome o = rows[r].outcome;

      g_ptr_array_add (cells, g_strdup (cw_outcome_name (o)));
      g_ptr_array_add (cells, cw_outcome_format (o, first->baseline[r]));
      for (guint c = 0; c < self->columns->len; c++)
        g_ptr_array_add (cells, cw_outcome_format (o, cw_compare_table_get (self, c)->value[r]));
    }
  g_ptr_array_add (cells, NULL);
  return (char **) g_ptr_array_free (cells, FALSE);
}

GString *
cw_compare_table_to_text (const CwCompareTable *self)
{
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  const CwCompareColumn *first;
  GString *out = g_string_new (NULL);
  glong label_width;
  g_autofree glong *width = NULL;
  guint n_cells;

  g_return_val_if_fail (self != NULL && self->columns->len > 0, out);

  title = year_title (self);
  label_width = g_utf8_strlen (title, -1);
  first = cw_compare_table_get (self, 0);
  g_ptr_array_add (headings, g_strdup (_("No policy")));
  for (guint c = 0; c < self->columns->len; c++)
    {
      g_ptr_array_add (headings, g_strdup (cw_compare_table_get (self, c)->name));
      g_ptr_array_add (headings, g_strdup (_("Change")));
    }
  n_cells = headings->len;
  for (guint r = 0; r < CW_COMPARE_N_ROWS; r++)
    {
      CwOutcome o = rows[r].outcome;

      label_width = MAX (label_width, g_utf8_strlen (cw_outcome_name (o), -1));
      g_ptr_array_add (cells, cw_outcome_format (o, first->baseline[r]));
      for (guint c = 0; c < self->columns->len; c++)
        {
          const CwCompareColumn *column = cw_compare_table_get (self, c);

          g_ptr_array_add (cells, cw_outcome_format (o, column->value[r]));
          g_ptr_array_add (cells, cw_outcome_format_change (o, column->value[r], column->baseline[r]));
        }
    }
  /* Each column as wide as its widest cell. */
  width = g_new0 (glong, n_cells);
  for (guint i = 0; i < cells->len; i++)
    width[i % n_cells] = MAX (width[i % n_cells], g_utf8_strlen (g_ptr_array_index (cells, i), -1));
  for (guint i = 0; i < n_cells; i++)
    width[i] = MAX (width[i], g_utf8_strlen (g_ptr_array_index (headings, i), -1));

  cw_outcomes_append_padded (out, title, label_width, FALSE);
  for (guint i = 0; i < n_cells; i++)
    {
      g_string_append (out, "  ");
      cw_outcomes_append_padded (out, g_ptr_array_index (headings, i), width[i], TRUE);
    }
  g_string_append_c (out, '\n');
  for (guint r = 0; r < CW_COMPARE_N_ROWS; r++)
    {
      cw_outcomes_append_padded (out, cw_outcome_name (rows[r].outcome), label_width, FALSE);
      for (guint i = 0; i < n_cells; i++)
        {
          g_string_append (out, "  ");
          cw_outcomes_append_padded (out, g_ptr_array_index (cells, r * n_cells + i), width[i], TRUE);
        }
      g_string_append_c (out, '\n');
    }
  return out;
}

/* A category's id, a number in the C locale, or NULL for NAN. */
static char *
file_value (guint  row,
            double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  int code;

  if (!isfinite (value))
    return NULL;
  code = (int) lround (value);
  if (rows[row].outcome == CW_OUTCOME_GOVERNANCE)
    return code >= 0 && code < CW_N_GOVERNANCE ? g_strdup (cw_governance_id (code)) : NULL;
  if (rows[row].outcome == CW_OUTCOME_LIFECYCLE)
    return code >= 0 && code < CW_N_LIFECYCLE ? g_strdup (cw_lifecycle_id (code)) : NULL;
  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.6g", value));
}

/* The difference @value − @baseline where it says something. */
static char *
file_difference (guint  row,
                 double value,
                 double baseline)
{
  CwOutcome o = rows[row].outcome;

  if (o == CW_OUTCOME_GOVERNANCE || o == CW_OUTCOME_LIFECYCLE || o == CW_OUTCOME_GAIN_PER_MEUR)
    return NULL;
  return file_value (row, value - baseline);
}

/* The name, value, baseline and difference of each (column, row) pair: the
 * no-policy run of the first column, then every column. */
typedef void (*CellFunc) (GString    *out,
                          gboolean    first,
                          const char *scenario,
                          guint       row,
                          const char *value,
                          const char *baseline,
                          const char *difference);

static void
for_each_cell (const CwCompareTable *self,
               GString              *out,
               CellFunc              func)
{
  const CwCompareColumn *first = cw_compare_table_get (self, 0);

  for (guint c = 0; c <= self->columns->len; c++)
    {
      const CwCompareColumn *column = c > 0 ? cw_compare_table_get (self, c - 1) : first;

      for (guint r = 0; r < CW_COMPARE_N_ROWS; r++)
        {
          /* The no-policy run is its own baseline: it gains nothing per M€. */
          double value = c > 0 ? column->value[r] : rows[r].outcome == CW_OUTCOME_GAIN_PER_MEUR ? NAN : first->baseline[r];
          g_autofree char *v = file_value (r, value);
          g_autofree char *b = file_value (r, column->baseline[r]);
          g_autofree char *d = file_difference (r, value, column->baseline[r]);

          func (out, c == 0 && r == 0, c > 0 ? column->name : "no-policy", r, v, b, d);
        }
    }
}

static void
csv_cell (GString    *out,
          gboolean    first,
          const char *scenario,
          guint       row,
          const char *value,
          const char *baseline,
          const char *difference)
{
  cw_csv_append_field (out, scenario);
  g_string_append_printf (out, ",%s,", rows[row].id);
  cw_csv_append_field (out, value);
  g_string_append_c (out, ',');
  cw_csv_append_field (out, baseline);
  g_string_append_c (out, ',');
  cw_csv_append_field (out, difference);
  g_string_append_c (out, '\n');
}

GString *
cw_compare_table_to_csv (const CwCompareTable *self)
{
  GString *out = g_string_new ("scenario,outcome,value,baseline,difference\n");

  g_return_val_if_fail (self != NULL && self->columns->len > 0, out);
  for_each_cell (self, out, csv_cell);
  return out;
}

/* A number as it is, a category quoted, null for nothing. */
static void
append_json_value (GString    *out,
                   guint       row,
                   const char *text)
{
  if (text == NULL)
    g_string_append (out, "null");
  else if (rows[row].outcome == CW_OUTCOME_GOVERNANCE || rows[row].outcome == CW_OUTCOME_LIFECYCLE)
    cw_json_append_string (out, text);
  else
    g_string_append (out, text);
}

static void
json_cell (GString    *out,
           gboolean    first,
           const char *scenario,
           guint       row,
           const char *value,
           const char *baseline,
           const char *difference)
{
  if (row == 0)
    {
      g_string_append (out, first ? "\n    {\"name\": " : "}},\n    {\"name\": ");
      cw_json_append_string (out, scenario);
      g_string_append (out, ", \"outcomes\": {");
    }
  g_string_append_printf (out, "%s\"%s\": {\"value\": ", row > 0 ? ", " : "", rows[row].id);
  append_json_value (out, row, value);
  g_string_append (out, ", \"baseline\": ");
  append_json_value (out, row, baseline);
  g_string_append (out, ", \"difference\": ");
  append_json_value (out, row, difference);
  g_string_append_c (out, '}');
}

GString *
cw_compare_table_to_json (const CwCompareTable *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL && self->columns->len > 0, out);
  g_string_append_printf (out, "{\n  \"year\": %d,\n  \"scenarios\": [", self->year);
  for_each_cell (self, out, json_cell);
  g_string_append (out, "}}\n  ]\n}\n");
  return out;
}

/* cw-outcomes.c — the outcomes table: a scenario against the no-policy run
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-outcomes"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-outcomes.h"

typedef enum {
  CELL_SHARE,      /* three decimals */
  CELL_COUNT,      /* whole firms */
  CELL_MONEY,      /* one decimal */
  CELL_RATIO,      /* three significant digits */
  CELL_CATEGORY,
} CellKind;

static const struct {
  int         output;   /* CwOutput read from the series, or -1 (derived) */
  int         plus;     /* a CwOutput added to it, or -1 */
  CellKind    cell;
  const char *name;
} outcomes[CW_N_OUTCOMES] = {
  { CW_OUT_UPGRADING, -1, CELL_SHARE, N_("Upgrading index") },
  { CW_OUT_CAPABILITY_MEAN, -1, CELL_SHARE, N_("Mean capability") },
  { CW_OUT_VALUE_ADDED, -1, CELL_SHARE, N_("Functional position") },
  { CW_OUT_FIRMS, -1, CELL_COUNT, N_("Firms") },
  { CW_OUT_MEMBERSHIP_SHARE, -1, CELL_SHARE, N_("Membership share") },
  /* Locomotives are level-IV firms counted apart. */
  { CW_OUT_COOPERATORS_4, CW_OUT_LOCOMOTIVES, CELL_COUNT, N_("Cooperators at level IV and locomotives") },
  { CW_OUT_INTERNATIONALISED, -1, CELL_COUNT, N_("Internationalised firms") },
  { CW_OUT_DIGITAL_ADOPTERS, -1, CELL_COUNT, N_("Digital adopters") },
  { CW_OUT_GOVERNANCE, -1, CELL_CATEGORY, N_("Dominant governance") },
  { CW_OUT_LIFECYCLE, -1, CELL_CATEGORY, N_("Life-cycle stage") },
  { CW_OUT_SPEND_CUMULATIVE, -1, CELL_MONEY, N_("Cumulative spend (M€)") },
  { -1, -1, CELL_RATIO, N_("Upgrading gained per M€") },
};

/* The @stat of @output after @year years, or NAN past the end of the run. */
static double
value_at (const CwSeries *series,
          CwOutput        output,
          CwStat          stat,
          int             year)
{
  int step = year * CW_STEPS_PER_YEAR;

  if (series == NULL || step < 0 || step >= series->n_steps)
    return NAN;
  return cw_series_get (series, output, stat)[step];
}

/* The percentiles of a sum are not the sum of the percentiles: a band only
 * for outcomes read from one output. */
static void
fill_column (double          column[CW_N_OUTCOMES][CW_OUTCOMES_MAX_YEARS],
             guint           index,
             const CwSeries *series,
             CwStat          stat,
             int             year)
{
  for (int o = 0; o < CW_N_OUTCOMES; o++)
    {
      gboolean banded = outcomes[o].plus < 0 && outcomes[o].cell != CELL_CATEGORY;

      if (outcomes[o].output < 0 || (stat != CW_STAT_MEAN && (!banded || series->runs <= 1)))
        column[o][index] = NAN;
      else
        column[o][index] = value_at (series, outcomes[o].output, stat, year);
      if (outcomes[o].plus >= 0 && stat == CW_STAT_MEAN)
        column[o][index] += value_at (series, outcomes[o].plus, stat, year);
    }
}

CwOutcomesTable *
cw_outcomes_table (const CwSeries *series,
                   const CwSeries *baseline,
                   const int      *years,
                   guint           n_years)
{
  CwOutcomesTable *table;

  g_return_val_if_fail (series != NULL, NULL);
  g_return_val_if_fail (years != NULL || n_years == 0, NULL);
  g_return_val_if_fail (n_years <= CW_OUTCOMES_MAX_YEARS, NULL);

  table = g_new0 (CwOutcomesTable, 1);
  table->n_years = n_years;
  table->runs = series->runs;
  for (guint i = 0; i < n_years; i++)
    {
      double gain, spent;

      table->years[i] = years[i];
      fill_column (table->scenario, i, series, CW_STAT_MEAN, years[i]);
      fill_column (table->low, i, series, CW_STAT_P05, years[i]);
      fill_column (table->high, i, series, CW_STAT_P95, years[i]);
      if (baseline != NULL)
        fill_column (table->baseline, i, baseline, CW_STAT_MEAN, years[i]);
      else
        for (int o = 0; o < CW_N_OUTCOMES; o++)
          table->baseline[o][i] = NAN;
      gain = table->scenario[CW_OUTCOME_UPGRADING][i] - table->baseline[CW_OUTCOME_UPGRADING][i];
      spent = table->scenario[CW_OUTCOME_SPEND][i] - table->baseline[CW_OUTCOME_SPEND][i];
      /* Nothing spent buys nothing: no ratio rather than an infinite one. */
      table->scenario[CW_OUTCOME_GAIN_PER_MEUR][i] = spent > 0 ? gain / spent : NAN;
    }
  return table;
}

guint
cw_outcomes_default_years (int horizon,
                           int years[3])
{
  guint n = 0;

  for (int y = 5; y <= 15 && y <= horizon; y += 5)
    years[n++] = y;
  if (horizon < 15 && (n == 0 || years[n - 1] != horizon))
    years[n++] = horizon;
  return n;
}

guint
cw_outcomes_five_year_steps (int horizon,
                             int years[CW_OUTCOMES_MAX_YEARS])
{
  guint n = 0;

  for (int y = 5; y <= horizon && n < CW_OUTCOMES_MAX_YEARS; y += 5)
    years[n++] = y;
  if (n < CW_OUTCOMES_MAX_YEARS && (n == 0 || years[n - 1] != horizon))
    years[n++] = horizon;
  return n;
}

const char *
cw_outcome_name (CwOutcome outcome)
{
  g_return_val_if_fail (outcome >= 0 && outcome < CW_N_OUTCOMES, NULL);
  return _(outcomes[outcome].name);
}

static char *
format_number (const char *format,
               double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, format, value));
}

char *
cw_outcome_format (CwOutcome outcome,
                   double    value)
{
  g_return_val_if_fail (outcome >= 0 && outcome < CW_N_OUTCOMES, NULL);

  if (!isfinite (value))
    return g_strdup ("–");
  switch (outcomes[outcome].cell)
    {
    case CELL_SHARE:
      return format_number ("%.3f", value);
    case CELL_COUNT:
      return format_number ("%.0f", value);
    case CELL_MONEY:
      return format_number ("%.1f", value);
    case CELL_RATIO:
      return format_number ("%.3g", value);
    case CELL_CATEGORY:
    default:
      {
        int code = (int) lround (value);

        if (outcomes[outcome].output == CW_OUT_GOVERNANCE && code >= 0 && code < CW_N_GOVERNANCE)
          return g_strdup (cw_governance_name (code));
        if (outcomes[outcome].output == CW_OUT_LIFECYCLE && code >= 0 && code < CW_N_LIFECYCLE)
          return g_strdup (cw_lifecycle_name (code));
        return g_strdup ("–");
      }
    }
}

char *
cw_outcome_format_change (CwOutcome outcome,
                          double    scenario,
                          double    baseline)
{
  g_autofree char *magnitude = NULL;
  g_autofree char *zero = NULL;
  double change = scenario - baseline;

  g_return_val_if_fail (outcome >= 0 && outcome < CW_N_OUTCOMES, NULL);

  if (!isfinite (change) || outcomes[outcome].cell == CELL_CATEGORY || outcomes[outcome].cell == CELL_RATIO)
    return g_strdup ("");
  magnitude = cw_outcome_format (outcome, fabs (change));
  zero = cw_outcome_format (outcome, 0);
  /* A change that rounds to zero has no sign. */
  if (g_str_equal (magnitude, zero))
    return g_steal_pointer (&magnitude);
  return g_strconcat (change > 0 ? "+" : "−", magnitude, NULL);
}

void
cw_outcomes_append_padded (GString    *out,
                           const char *text,
                           glong       width,
                           gboolean    right)
{
  glong pad = MAX (0, width - g_utf8_strlen (text, -1));

  if (right)
    for (glong i = 0; i < pad; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, text);
  if (!right)
    for (glong i = 0; i < pad; i++)
      g_string_append_c (out, ' ');
}

/* "0.301–0.352", or "" where there is no range. */
static char *
format_range (CwOutcome outcome,
              double    low,
              double    high)
{
  g_autofree char *a = NULL, *b = NULL;

  if (!isfinite (low) || !isfinite (high))
    return g_strdup ("");
  a = cw_outcome_format (outcome, low);
  b = cw_outcome_format (outcome, high);
  return g_strconcat (a, "–", b, NULL);
}

GString *
cw_outcomes_to_text (const CwOutcomesTable *table)
{
  /* Translators: a column heading: where nine in ten runs of the scenario lie */
  const char *headings[4] = { _("Scenario"),
                              /* xgettext:no-c-format */
                              _("5–95 %"),
                              _("No policy"), _("Change") };
  int columns = table != NULL && table->runs > 1 ? 4 : 3;
  int order[4] = { 0, 2, 3, 1 };   /* without a range: no column 1 */
  glong label_width = 0, cell_width[4] = { 0 };
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (table != NULL, out);

  if (columns == 4)
    {
      order[1] = 1;
      order[2] = 2;
      order[3] = 3;
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "Means of %d run with the same seeds for both columns; "
                                                "5–95 %%: nine in ten runs of the scenario lie in this range.\n\n",
                                                "Means of %d runs with the same seeds for both columns; "
                                                "5–95 %%: nine in ten runs of the scenario lie in this range.\n\n",
                                                table->runs), table->runs);
    }
  /* Every cell first, to size the columns. */
  for (guint i = 0; i < table->n_years; i++)
    for (int o = 0; o < CW_N_OUTCOMES; o++)
      {
        char *c[4] = {
          cw_outcome_format (o, table->scenario[o][i]),
          format_range (o, table->low[o][i], table->high[o][i]),
          cw_outcome_format (o, table->baseline[o][i]),
          cw_outcome_format_change (o, table->scenario[o][i], table->baseline[o][i]),
        };

        label_width = MAX (label_width, g_utf8_strlen (cw_outcome_name (o), -1));
        for (int k = 0; k < 4; k++)
          {
            cell_width[k] = MAX (cell_width[k], g_utf8_strlen (c[k], -1));
            g_ptr_array_add (cells, c[k]);
          }
      }
  for (int k = 0; k < 4; k++)
    cell_width[k] = MAX (cell_width[k], g_utf8_strlen (headings[k], -1));

  for (guint i = 0; i < table->n_years; i++)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "After %d year", "After %d years",
                                                             table->years[i]), table->years[i]);

      if (i > 0)
        g_string_append_c (out, '\n');
      cw_outcomes_append_padded (out, title, label_width, FALSE);
      for (int j = 0; j < columns; j++)
        {
          g_string_append (out, "  ");
          cw_outcomes_append_padded (out, headings[order[j]], cell_width[order[j]], TRUE);
        }
      g_string_append_c (out, '\n');
      for (int o = 0; o < CW_N_OUTCOMES; o++)
        {
          cw_outcomes_append_padded (out, cw_outcome_name (o), label_width, FALSE);
          for (int j = 0; j < columns; j++)
            {
              g_string_append (out, "  ");
              cw_outcomes_append_padded (out, g_ptr_array_index (cells, (i * CW_N_OUTCOMES + o) * 4 + order[j]),
                             cell_width[order[j]], TRUE);
            }
          g_string_append_c (out, '\n');
        }
    }
  return out;
}

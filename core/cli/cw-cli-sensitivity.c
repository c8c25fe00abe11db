/* cw-cli-sensitivity.c — `sensitivity FILE.csv`: Sobol indices or Morris effects, and a tornado
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "cw-cli.h"
#include "cw-cli-figure.h"
#include "cw-experiment-figures.h"
#include "cw-sensitivity.h"

static void
print_sobol (const CwPointTable     *table,
             const CwSensitivityRow *rows)
{
  printf ("%-28s %-24s %s\n", _("factor"),
          /* xgettext:no-c-format */
          _("first order [95 %]"),
          /* xgettext:no-c-format */
          _("total order [95 %]"));
  for (guint i = 0; i < table->k; i++)
    {
      const CwSobolIndex *s = &rows[i].sobol;
      g_autofree char *first = g_strdup_printf ("%.3f [%.3f, %.3f]", s->first, s->first_lo, s->first_hi);

      printf ("%-28s %-24s %.3f [%.3f, %.3f]\n", table->factors[rows[i].factor], first,
              s->total, s->total_lo, s->total_hi);
    }
}

static void
print_morris (const CwPointTable     *table,
              const CwSensitivityRow *rows)
{
  printf ("%-28s %10s %10s %10s\n", _("factor"), "μ*", "μ", "σ");
  for (guint i = 0; i < table->k; i++)
    printf ("%-28s %10.4g %10.4g %10.4g\n", table->factors[rows[i].factor],
            rows[i].morris.mu_star, rows[i].morris.mu, rows[i].morris.sigma);
}

static gboolean
draw_tornado (const CwPointTable     *table,
              const CwSensitivityRow *rows,
              CwSensitivityKind       kind,
              const char             *title,
              const CwCliFigure      *figure)
{
  g_autofree CwTornadoBar *bars = g_new0 (CwTornadoBar, table->k);
  g_autoptr(GError) error = NULL;
  CwTornadoSpec spec;

  cw_tornado_spec_init (&spec, bars, table, kind, rows, title);
  if (!cw_tornado_export (&spec, figure->format, figure->width, figure->height, figure->path, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

int
cw_cli_sensitivity (int    argc,
                    char **argv)
{
  g_autofree char *outcome = NULL;
  int year = 0, resamples = CW_SENSITIVITY_RESAMPLES;
  g_auto(CwCliFigure) figure = CW_CLI_FIGURE_INIT;
  const GOptionEntry own[] = {
    { "outcome", 0, 0, G_OPTION_ARG_STRING, &outcome, N_("The output column to analyse (default: the first)"), "ID" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The recorded year to analyse (default: the last)"), "Y" },
    { "bootstrap", 0, 0, G_OPTION_ARG_INT, &resamples, N_("Bootstrap resamples for the intervals (default 1000)"), "B" },
    G_OPTION_ENTRY_NULL
  };
  g_autofree GOptionEntry *entries = cw_cli_figure_entries (own, &figure,
                                                            N_("Draw the tornado chart to FILE (.png, .svg or .pdf)"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(CwPointTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree CwSensitivityRow *rows = NULL;
  g_autofree char *title = NULL;
  CwSensitivityKind kind;

  if (!cw_cli_parse ("sensitivity", _("FILE.csv"),
                     _("Reads the output of an experiment with a Saltelli design (prints first- and "
                       "total-order Sobol indices with bootstrap intervals) or Morris trajectories "
                       "(prints μ*, μ and σ of the elementary effects, per full range of each factor), "
                       "most influential factor first."), entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (argc != 2)
    {
      g_printerr (_("cluster-workbench-cli sensitivity: name one experiment output.\n"));
      return CW_EXIT_USAGE;
    }
  if (resamples < 0 || resamples > 100000 || year < 0 || year > CW_MAX_YEARS)
    {
      g_printerr (_("cluster-workbench-cli sensitivity: --bootstrap must be from 0 to 100000 and --year from 1 to %d.\n"),
                  CW_MAX_YEARS);
      return CW_EXIT_USAGE;
    }
  if (!cw_cli_figure_check ("sensitivity", &figure))
    return CW_EXIT_USAGE;
  file = g_file_new_for_commandline_arg (argv[1]);
  if ((in = g_file_read (file, NULL, &error)) == NULL ||
      (table = cw_point_table_read (G_INPUT_STREAM (in), outcome, year, &error)) == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return CW_EXIT_BAD_INPUT;
    }
  rows = g_new0 (CwSensitivityRow, table->k);
  kind = cw_sensitivity_analyse (table, resamples, CW_SENSITIVITY_SEED, rows);
  if (kind == CW_SENSITIVITY_SOBOL)
    print_sobol (table, rows);
  else if (kind == CW_SENSITIVITY_MORRIS)
    print_morris (table, rows);
  else
    {
      g_printerr (_("%s: the points are neither Saltelli’s design nor Morris trajectories; run an "
                    "experiment with design “saltelli” or “morris”.\n"), argv[1]);
      return CW_EXIT_BAD_INPUT;
    }
  /* Translators: a chart title; %s is an output id such as upgrading, %d a year of the run */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "What drives %s after %d year",
                                        "What drives %s after %d years", table->year),
                           table->output, table->year);
  if (figure.path != NULL && !draw_tornado (table, rows, kind, title, &figure))
    return CW_EXIT_BAD_INPUT;
  return CW_EXIT_OK;
}

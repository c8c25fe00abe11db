/* cw-cli-tables.c — `levers`, `params`, `profile` and `outcomes`: what a
 * scenario file may say, with the texts the window and docs/ use
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "cw-budget.h"
#include "cw-cli-table.h"
#include "cw-cli.h"
#include "cw-params.h"
#include "cw-references.h"

/* Parses --format and refuses arguments; prints the error and returns FALSE. */
static gboolean
parse_listing (const char        *command,
               const char        *summary,
               int               *argc,
               char            ***argv,
               CwCliTableFormat  *format)
{
  g_autofree char *format_text = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, N_("text (default), csv or json"), "FORMAT" },
    G_OPTION_ENTRY_NULL
  };

  if (!cw_cli_parse (command, "", summary, entries, argc, argv))
    return FALSE;
  if (*argc > 1)
    {
      g_printerr (_("cluster-workbench-cli %s: takes no arguments.\n"), command);
      return FALSE;
    }
  *format = CW_CLI_TABLE_TEXT;
  if (format_text != NULL && !cw_cli_table_format_parse (format_text, format, &error))
    {
      g_printerr ("cluster-workbench-cli %s: %s\n", command, error->message);
      return FALSE;
    }
  return TRUE;
}

static char *
range_text (double   min,
            double   max,
            gboolean max_open)
{
  char lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (lo, sizeof lo, "%g", min);
  if (max < min)
    return g_strdup_printf ("%s..", lo);
  g_ascii_formatd (hi, sizeof hi, "%g", max);
  return g_strdup_printf (max_open ? "%s..<%s" : "%s..%s", lo, hi);
}

int
cw_cli_levers (int    argc,
               char **argv)
{
  static const CwCliColumn columns[] = {
    { "id", CW_CLI_COLUMN_BOTH, FALSE },
    { "group", CW_CLI_COLUMN_BOTH, FALSE },
    { "range", CW_CLI_COLUMN_TEXT, FALSE },
    { "min", CW_CLI_COLUMN_DATA, TRUE },
    { "max", CW_CLI_COLUMN_DATA, TRUE },
    { "cost", CW_CLI_COLUMN_TEXT, FALSE },
    { "cost_meur_per_year", CW_CLI_COLUMN_DATA, TRUE },
    { "cost_keur_per_firm_year", CW_CLI_COLUMN_DATA, TRUE },
    { "name", CW_CLI_COLUMN_DATA, FALSE },
    { "explanation", CW_CLI_COLUMN_BOTH, FALSE },
    { "source", CW_CLI_COLUMN_DATA, FALSE },
  };
  g_autoptr(CwCliTable) table = cw_cli_table_new (columns, G_N_ELEMENTS (columns));
  CwCliTableFormat format;

  if (!parse_listing ("levers", _("Lists the policy levers: id, group, range, cost at full "
                                  "intensity in M€ a year (plus k€ a year per firm served) "
                                  "and what each does."), &argc, &argv, &format))
    return CW_EXIT_USAGE;
  for (int l = 0; l < CW_N_LEVERS; l++)
    {
      const CwLeverInfo *info = cw_lever_info (l);
      double fixed = cw_param_info (CW_PARAM_COST_EDUCATION + l)->value;
      int per_firm = cw_lever_per_firm_param (l);
      char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *range = range_text (info->min, info->max, FALSE);
      g_autofree char *cost = NULL;

      g_ascii_formatd (a, sizeof a, "%g", fixed);
      if (per_firm < 0)
        /* Translators: a lever's cost; %s: million euros a year at full intensity */
        cost = g_strdup_printf (_("%s M€/yr"), a);
      else
        /* Translators: a lever's cost; %s: M€ a year, %s: k€ a year per firm it serves */
        cost = g_strdup_printf (_("%s M€/yr + %s k€/firm/yr"), a,
                                g_ascii_formatd (b, sizeof b, "%g", cw_param_info (per_firm)->value));
      cw_cli_table_add (table, info->id);
      cw_cli_table_add (table, cw_lever_group_id (info->group));
      cw_cli_table_add (table, range);
      cw_cli_table_add_number (table, info->min);
      cw_cli_table_add_number (table, info->max);
      cw_cli_table_add (table, cost);
      cw_cli_table_add_number (table, fixed);
      if (per_firm < 0)
        cw_cli_table_add (table, "");
      else
        cw_cli_table_add_number (table, cw_param_info (per_firm)->value);
      cw_cli_table_add (table, _(info->name));
      cw_cli_table_add (table, _(info->explanation));
      cw_cli_table_add (table, info->source);
    }
  cw_cli_table_print (table, format, stdout);
  return CW_EXIT_OK;
}

int
cw_cli_params (int    argc,
               char **argv)
{
  static const CwCliColumn columns[] = {
    { "id", CW_CLI_COLUMN_BOTH, FALSE },
    { "value", CW_CLI_COLUMN_BOTH, TRUE },
    { "range", CW_CLI_COLUMN_TEXT, FALSE },
    { "min", CW_CLI_COLUMN_DATA, TRUE },
    { "max", CW_CLI_COLUMN_DATA, TRUE },
    { "unit", CW_CLI_COLUMN_BOTH, FALSE },
    { "tag", CW_CLI_COLUMN_BOTH, FALSE },
    { "source", CW_CLI_COLUMN_BOTH, FALSE },
    { "references", CW_CLI_COLUMN_DATA, FALSE },
  };
  g_autoptr(CwCliTable) table = cw_cli_table_new (columns, G_N_ELEMENTS (columns));
  g_autoptr(GString) cited = g_string_new (NULL);
  CwCliTableFormat format;

  if (!parse_listing ("params", _("Lists every constant of the model: id, value, plausible "
                                  "range, unit, tag and source, then what the tags mean and "
                                  "the works the sources cite."), &argc, &argv, &format))
    return CW_EXIT_USAGE;
  for (guint i = 0; i < cw_params_count (); i++)
    {
      const CwParamInfo *info = cw_param_info (i);
      g_autofree char *range = range_text (info->min, info->max, FALSE);
      g_autofree char *references = cw_references_in (info->source);

      cw_cli_table_add (table, info->id);
      cw_cli_table_add_number (table, info->value);
      cw_cli_table_add (table, range);
      cw_cli_table_add_number (table, info->min);
      cw_cli_table_add_number (table, info->max);
      cw_cli_table_add (table, info->unit);
      cw_cli_table_add (table, cw_param_tag_id (info->tag));
      cw_cli_table_add (table, info->source);
      cw_cli_table_add (table, references);
      g_string_append_printf (cited, "%s\n", info->source);
    }
  cw_cli_table_print (table, format, stdout);
  if (format != CW_CLI_TABLE_TEXT)
    return CW_EXIT_OK;

  printf ("\n%s\n", _("Tags:"));
  for (CwParamTag tag = CW_PARAM_TAG_INV; tag <= CW_PARAM_TAG_LIT; tag++)
    printf ("  %s  %s\n", cw_param_tag_id (tag), cw_param_tag_meaning (tag));
  printf ("%s\n", _("Units: 1/yr a yearly rate or hazard, M€/yr million euros a year at full "
                    "intensity, k€/firm/yr thousand euros a year per firm served, none a "
                    "share, weight or log-odds."));
  printf ("\n%s\n", _("Works the sources cite (docs/bibliography.md):"));
  for (guint i = 0; i < cw_references_count (); i++)
    if (cw_reference_cited (cw_reference (i), cited->str))
      printf ("  %s\n", cw_reference (i)->citation);
  return CW_EXIT_OK;
}

int
cw_cli_profile (int    argc,
                char **argv)
{
  static const CwCliColumn columns[] = {
    { "id", CW_CLI_COLUMN_BOTH, FALSE },
    { "unit", CW_CLI_COLUMN_BOTH, FALSE },
    { "range", CW_CLI_COLUMN_TEXT, FALSE },
    { "min", CW_CLI_COLUMN_DATA, TRUE },
    { "max", CW_CLI_COLUMN_DATA, TRUE },
    { "max_included", CW_CLI_COLUMN_DATA, FALSE },
    { "whole", CW_CLI_COLUMN_DATA, FALSE },
    { "default", CW_CLI_COLUMN_BOTH, TRUE },
    { "name", CW_CLI_COLUMN_DATA, FALSE },
    { "meaning", CW_CLI_COLUMN_BOTH, FALSE },
  };
  g_autoptr(CwCliTable) table = cw_cli_table_new (columns, G_N_ELEMENTS (columns));
  CwCliTableFormat format;

  if (!parse_listing ("profile", _("Lists the values of a cluster's profile (<profile> in a "
                                   "file, --set profile.ID=VALUE): id, unit, range, default "
                                   "and meaning; shares run from 0 to 1."), &argc, &argv, &format))
    return CW_EXIT_USAGE;
  for (int i = 0; i < CW_N_PROFILE; i++)
    {
      const CwProfileInfo *info = cw_profile_info (i);
      g_autofree char *range = range_text (info->min, info->max, info->max_open);

      cw_cli_table_add (table, info->id);
      cw_cli_table_add (table, info->unit[0] != '\0' ? _(info->unit) : "");
      cw_cli_table_add (table, range);
      cw_cli_table_add_number (table, info->min);
      cw_cli_table_add_number (table, info->max);
      cw_cli_table_add (table, info->max_open ? "false" : "true");
      cw_cli_table_add (table, info->integer ? "true" : "false");
      cw_cli_table_add_number (table, info->fallback);
      cw_cli_table_add (table, _(info->name));
      cw_cli_table_add (table, _(info->description));
    }
  cw_cli_table_print (table, format, stdout);
  return CW_EXIT_OK;
}

int
cw_cli_outcomes (int    argc,
                 char **argv)
{
  static const CwCliColumn columns[] = {
    { "id", CW_CLI_COLUMN_BOTH, FALSE },
    { "kind", CW_CLI_COLUMN_BOTH, FALSE },
    { "unit", CW_CLI_COLUMN_BOTH, FALSE },
    { "range", CW_CLI_COLUMN_TEXT, FALSE },
    { "min", CW_CLI_COLUMN_DATA, TRUE },
    { "max", CW_CLI_COLUMN_DATA, TRUE },
    { "name", CW_CLI_COLUMN_DATA, FALSE },
    { "meaning", CW_CLI_COLUMN_BOTH, FALSE },
  };
  g_autoptr(CwCliTable) table = cw_cli_table_new (columns, G_N_ELEMENTS (columns));
  CwCliTableFormat format;

  if (!parse_listing ("outcomes", _("Lists what a run reports (the columns of `run`, the "
                                    "indicators of conditions): id, kind (index, share, "
                                    "count, category, amount), unit, range and meaning."),
                      &argc, &argv, &format))
    return CW_EXIT_USAGE;
  for (int o = 0; o < CW_N_OUTPUTS; o++)
    {
      const CwOutputInfo *info = cw_output_info (o);
      g_autofree char *range = range_text (info->min, info->max, FALSE);

      cw_cli_table_add (table, info->id);
      cw_cli_table_add (table, cw_output_scale_id (info->scale));
      cw_cli_table_add (table, info->unit[0] != '\0' ? _(info->unit) : "");
      cw_cli_table_add (table, range);
      cw_cli_table_add_number (table, info->min);
      if (info->max < info->min)
        cw_cli_table_add (table, "");
      else
        cw_cli_table_add_number (table, info->max);
      cw_cli_table_add (table, _(info->name));
      cw_cli_table_add (table, _(info->meaning));
    }
  cw_cli_table_print (table, format, stdout);
  return CW_EXIT_OK;
}

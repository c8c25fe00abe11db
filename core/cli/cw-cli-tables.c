/* cw-cli-tables.c — `levers` and `params`: the model's assumptions as tables
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "cw-budget.h"
#include "cw-cli.h"
#include "cw-params.h"

static const char *
number (char *buf, double value)
{
  return g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%g", value);
}

int
cw_cli_levers (int    argc,
               char **argv)
{
  GOptionEntry entries[] = { G_OPTION_ENTRY_NULL };

  if (!cw_cli_parse ("levers", "", _("Lists the policy levers: id, group, range, cost per "
                                     "unit-year (M€, plus k€ per firm served) and what each does."), entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (argc > 1)
    {
      g_printerr (_("cluster-workbench-cli levers: takes no arguments.\n"));
      return CW_EXIT_USAGE;
    }
  printf ("%-26s %-21s %-7s %-14s %s\n", "id", "group", "range", "cost", _("explanation"));
  for (int l = 0; l < CW_N_LEVERS; l++)
    {
      const CwLeverInfo *info = cw_lever_info (l);
      const CwParamInfo *cost = cw_param_info (CW_PARAM_COST_EDUCATION + l);
      char lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE], c[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *range = g_strdup_printf ("%s..%s", number (lo, info->min), number (hi, info->max));
      int per_firm = cw_lever_per_firm_param (l);
      g_autofree char *price = per_firm < 0 ? g_strdup (number (c, cost->value)) :
                               g_strdup_printf ("%s+%sk/firm", number (c, cost->value),
                                                number (hi, cw_param_info (per_firm)->value));

      printf ("%-26s %-21s %-7s %-14s %s\n", info->id, cw_lever_group_id (info->group), range,
              price, _(info->explanation));
    }
  return CW_EXIT_OK;
}

int
cw_cli_params (int    argc,
               char **argv)
{
  GOptionEntry entries[] = { G_OPTION_ENTRY_NULL };

  if (!cw_cli_parse ("params", "", _("Lists every constant of the model: id, value, plausible "
                                     "range, unit, tag (inv, ord, lit) and source."),
                     entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (argc > 1)
    {
      g_printerr (_("cluster-workbench-cli params: takes no arguments.\n"));
      return CW_EXIT_USAGE;
    }
  printf ("%-30s %-8s %-14s %-10s %-4s %s\n", "id", "value", "range", "unit", "tag", "source");
  for (guint i = 0; i < cw_params_count (); i++)
    {
      const CwParamInfo *info = cw_param_info (i);
      char v[G_ASCII_DTOSTR_BUF_SIZE], lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *range = g_strdup_printf ("%s..%s", number (lo, info->min), number (hi, info->max));

      printf ("%-30s %-8s %-14s %-10s %-4s %s\n", info->id, number (v, info->value), range,
              info->unit, cw_param_tag_id (info->tag), info->source);
    }
  return CW_EXIT_OK;
}

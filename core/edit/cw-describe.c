/* cw-describe.c — stages and arrows in words: tooltips, screen readers, inspector
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-describe"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "cw-describe.h"
#include "cw-params.h"

const char *
cw_describe_compare (CwCompare op)
{
  g_return_val_if_fail (op >= 0 && op < CW_N_COMPARE, NULL);
  return _(cw_compare_info (op)->words);
}

char *
cw_describe_condition (const CwEdge *edge)
{
  const CwOutputInfo *info;
  g_autofree char *number = NULL;

  g_return_val_if_fail (edge != NULL, NULL);

  if (!edge->conditional)
    return g_strdup (_("Without a condition: taken at the longest stay"));
  info = cw_output_info (edge->indicator);
  /* Read on screen: the user's decimal separator (files keep the point). */
  number = g_strdup_printf (info->kind == CW_OUTPUT_KIND_COUNT ? "%.0f" : "%.2f", edge->threshold);
  /* Translators: a condition, e.g. "When Membership share is at least 0.40" */
  return g_strdup_printf (_("When %s %s %s"), _(info->name), cw_describe_compare (edge->op), number);
}

char *
cw_describe_stage (const CwStage *stage)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean any = FALSE;

  g_return_val_if_fail (stage != NULL, NULL);

  g_string_append (text, cw_stage_kind_name (stage->kind));
  g_string_append_c (text, '\n');
  /* Translators: how long the cycle stays in a stage, e.g. "Stays 4 to 6 quarters";
   * the plural follows the maximum */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Stays %d to %d quarter", "Stays %d to %d quarters",
                                            stage->max_quarters),
                          stage->min_quarters, stage->max_quarters);
  for (int l = 0; l < CW_N_LEVERS; l++)
    {
      if (!(stage->held & (1u << l)))
        continue;
      g_string_append_c (text, '\n');
      /* Translators: a lever and its intensity, e.g. "Platforms and events 60 %" */
      g_string_append_printf (text, _("%s %d %%"), _(cw_lever_info (l)->name),
                              (int) lround (stage->levers[l] * 100));
      any = TRUE;
    }
  if (!any)
    g_string_append_printf (text, "\n%s", _("No levers"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
cw_describe_arrow (const CwScenario *sc,
                   const CwEdge     *edge)
{
  const CwStage *from, *to;

  g_return_val_if_fail (sc != NULL && edge != NULL, NULL);

  from = cw_scenario_find_stage (sc, edge->from, NULL);
  to = cw_scenario_find_stage (sc, edge->to, NULL);
  /* Translators: an arrow of the policy cycle, from one stage to another */
  return g_strdup_printf (_("From “%s” to “%s”"), from ? from->name : edge->from, to ? to->name : edge->to);
}

char *
cw_describe_overrides (const CwScenario *scenario)
{
  guint n;
  g_autoptr(GString) ids = g_string_new (NULL);

  g_return_val_if_fail (scenario != NULL, NULL);

  n = scenario->overrides->len;
  if (n == 0)
    return NULL;
  for (guint i = 0; i < n; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "",
                            cw_param_info (g_array_index (scenario->overrides, CwParamOverride, i).index)->id);
  /* Translators: %u: how many, %s: their ids, e.g. "lambda0, gov_threshold" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u parameter differs from the model's default in this scenario: %s.",
                                       "%u parameters differ from the model's default in this scenario: %s.",
                                       n), n, ids->str);
}

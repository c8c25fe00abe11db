/* cw-cli-scenario.c — what the run and explain subcommands share: reading the
 * scenario, --set assignments and numbers typed on the command line
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-cli.h"
#include "cw-ids.h"
#include "cw-params.h"
#include "cw-scenario-file.h"
#include "cw-templates.h"

CwScenario *
cw_cli_load_scenario (const char *path)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  CwScenario *sc;

  if (path == NULL)
    return cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  sc = cw_scenario_load_path (path, problems, &error);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = cw_file_problem_format (g_ptr_array_index (problems, i));

      g_printerr ("%s\n", line);
    }
  if (sc == NULL && problems->len == 0)
    g_printerr ("%s\n", error->message);
  return sc;
}

gboolean
cw_cli_parse_number (const char  *text,
                     double      *value,
                     GError     **error)
{
  char *end = NULL;

  *value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (*value))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("“%s” is not a finite number."), text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
out_of_range (const char *id, double value, double min, double max, GError **error)
{
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* Translators: %s: an id given to --set; %g %g: the allowed range; %g: the value given */
               _("“%s” must be between %g and %g (it is %g)."), id, min, max, value);
  return FALSE;
}

/* What an unknown --set id was probably meant to be, with its prefix, or NULL. */
static char *
suggest_set_id (const char *id)
{
  const char *bare = strchr (id, '.') != NULL ? strchr (id, '.') + 1 : id;
  const char *found;

  if (g_str_has_prefix (id, "profile."))
    return (found = cw_profile_suggest (bare)) != NULL ? g_strconcat ("profile.", found, NULL) : NULL;
  if (g_str_has_prefix (id, "param."))
    return (found = cw_param_suggest (bare)) != NULL ? g_strconcat ("param.", found, NULL) : NULL;
  if (cw_profile_from_id (bare) >= 0)
    return g_strconcat ("profile.", bare, NULL);
  if (cw_param_from_id (bare) >= 0)
    return g_strconcat ("param.", bare, NULL);
  if ((found = cw_lever_suggest (id)) != NULL)
    return g_strdup (found);
  if ((found = cw_profile_suggest (bare)) != NULL)
    return g_strconcat ("profile.", found, NULL);
  if ((found = cw_param_suggest (bare)) != NULL)
    return g_strconcat ("param.", found, NULL);
  return NULL;
}

gboolean
cw_cli_apply_set (CwScenario  *sc,
                  const char  *assignment,
                  GError     **error)
{
  const char *eq = strchr (assignment, '=');
  g_autofree char *id = NULL;
  double value;
  int index;

  if (eq == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not of the form ID=VALUE."), assignment);
      return FALSE;
    }
  id = g_strndup (assignment, eq - assignment);
  if (!cw_cli_parse_number (eq + 1, &value, error))
    return FALSE;
  if (g_str_has_prefix (id, "profile."))
    {
      const CwProfileInfo *info;

      if ((index = cw_profile_from_id (id + 8)) < 0)
        goto unknown;
      info = cw_profile_info (index);
      if (!cw_profile_in_range (index, value))
        return out_of_range (id, value, info->min, info->max, error);
      sc->profile[index] = value;
      return TRUE;
    }
  if (g_str_has_prefix (id, "param."))
    {
      const CwParamInfo *info;

      if ((index = cw_param_from_id (id + 6)) < 0)
        goto unknown;
      info = cw_param_info (index);
      if (value < info->min || value > info->max)
        return out_of_range (id, value, info->min, info->max, error);
      cw_scenario_set_override (sc, index, value);
      return TRUE;
    }
  if ((index = cw_lever_from_id (id)) >= 0)
    {
      const CwLeverInfo *info = cw_lever_info (index);

      if (value < info->min || value > info->max)
        return out_of_range (id, value, info->min, info->max, error);
      cw_scenario_set_standing (sc, index, value);
      return TRUE;
    }
unknown:
  {
    g_autofree char *suggestion = suggest_set_id (id);
    g_autofree char *hint = cw_id_hint (suggestion, NULL);

    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("Unknown id “%s”: use a lever id, profile.ID or param.ID "
                   "(see “cluster-workbench-cli levers”, “profile” and “params”).%s"), id, hint);
    return FALSE;
  }
}

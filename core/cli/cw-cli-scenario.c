/* cw-cli-scenario.c — what the run and explain subcommands share: reading the
 * scenario, --set assignments and numbers typed on the command line
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-cli.h"
#include "cw-factor.h"
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

gboolean
cw_cli_apply_set (CwScenario  *sc,
                  const char  *assignment,
                  GError     **error)
{
  const char *eq = strchr (assignment, '=');
  g_autofree char *id = NULL;
  g_autoptr(GError) local_error = NULL;
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
  /* Firm counts and the like take whole numbers (experiments round them). */
  if (g_str_has_prefix (id, "profile.") && (index = cw_profile_from_id (id + 8)) >= 0 &&
      cw_profile_info (index)->integer && value != floor (value))
    {
      const CwProfileInfo *info = cw_profile_info (index);

      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: %s: an id given to --set; %g %g: the allowed range */
                   _("“%s” must be a whole number from %g to %g."), id, info->min, info->max);
      return FALSE;
    }
  if (!cw_factor_set (sc, id, value, &local_error))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, local_error->message);
      return FALSE;
    }
  return TRUE;
}

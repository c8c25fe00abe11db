/* cw-factor.c — a value of a scenario set by its id: a lever, profile.ID or param.ID
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-factor.h"
#include "cw-params.h"
#include "cw-scenario-file.h"

typedef enum { FACTOR_LEVER, FACTOR_PROFILE, FACTOR_PARAM } FactorKind;

static gboolean
lookup (const char  *id,
        FactorKind  *kind,
        int         *index,
        double      *min,
        double      *max,
        GError     **error)
{
  if (g_str_has_prefix (id, "profile.") && (*index = cw_profile_from_id (id + 8)) >= 0)
    {
      *kind = FACTOR_PROFILE;
      *min = cw_profile_info (*index)->min;
      *max = cw_profile_info (*index)->max;
      return TRUE;
    }
  if (g_str_has_prefix (id, "param.") && (*index = cw_param_from_id (id + 6)) >= 0)
    {
      *kind = FACTOR_PARAM;
      *min = cw_param_info (*index)->min;
      *max = cw_param_info (*index)->max;
      return TRUE;
    }
  if ((*index = cw_lever_from_id (id)) >= 0)
    {
      *kind = FACTOR_LEVER;
      *min = cw_lever_info (*index)->min;
      *max = cw_lever_info (*index)->max;
      return TRUE;
    }
  g_set_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_INVALID,
               _("Unknown id “%s”: use a lever id, profile.ID or param.ID "
                 "(see “cluster-workbench-cli levers” and “params”)."), id);
  return FALSE;
}

gboolean
cw_factor_range (const char  *id,
                 double      *min,
                 double      *max,
                 gboolean    *integer,
                 GError     **error)
{
  FactorKind kind;
  int index;
  double lo, hi;

  if (!lookup (id, &kind, &index, &lo, &hi, error))
    return FALSE;
  if (min != NULL)
    *min = lo;
  if (max != NULL)
    *max = hi;
  if (integer != NULL)
    *integer = kind == FACTOR_PROFILE && cw_profile_info (index)->integer;
  return TRUE;
}

gboolean
cw_factor_set (CwScenario  *sc,
               const char  *id,
               double       value,
               GError     **error)
{
  FactorKind kind;
  int index;
  double min, max;

  if (!lookup (id, &kind, &index, &min, &max, error))
    return FALSE;
  if (kind == FACTOR_PROFILE ? !cw_profile_in_range (index, value) : (value < min || value > max))
    {
      g_set_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_INVALID,
                   /* Translators: %s: an id such as rd_subsidy or param.x; %g %g: the allowed range */
                   _("“%s” must be between %g and %g."), id, min, max);
      return FALSE;
    }
  switch (kind)
    {
    case FACTOR_PROFILE:
      sc->profile[index] = value;
      break;
    case FACTOR_PARAM:
      cw_scenario_set_override (sc, index, value);
      break;
    case FACTOR_LEVER:
      cw_scenario_set_standing (sc, index, value);
      break;
    }
  return TRUE;
}

/* cw-params.c — the table of model constants
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-params"

#include "config.h"

#include "cw-params.h"

static const CwParamInfo params[] = {
  { "lambda0", 0.4, 0.0, 1.0, "", CW_PARAM_TAG_INV,
    "Effectiveness of a lever before any legitimacy is built (model.md 4)" },
  { "bass_p0", 0.03, 0.005, 0.1, "1/yr", CW_PARAM_TAG_LIT,
    "Bass innovation coefficient, meta-analysis mean (Sultan, Farley & Lehmann 1990)" },
  { "bass_q0", 0.38, 0.1, 0.8, "1/yr", CW_PARAM_TAG_LIT,
    "Bass imitation coefficient, meta-analysis mean (Sultan, Farley & Lehmann 1990)" },
};

guint
cw_params_count (void)
{
  return G_N_ELEMENTS (params);
}

const CwParamInfo *
cw_param_info (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (params), NULL);
  return &params[index];
}

int
cw_param_from_id (const char *id)
{
  g_return_val_if_fail (id != NULL, -1);
  for (guint i = 0; i < G_N_ELEMENTS (params); i++)
    if (g_str_equal (params[i].id, id))
      return i;
  return -1;
}

const char *
cw_param_tag_id (CwParamTag tag)
{
  switch (tag)
    {
    case CW_PARAM_TAG_INV: return "inv";
    case CW_PARAM_TAG_ORD: return "ord";
    case CW_PARAM_TAG_LIT: return "lit";
    default: g_return_val_if_reached (NULL);
    }
}

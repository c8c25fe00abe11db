/* cw-cli-meta.c — what a result needs to be run again: the settings and every
 * override behind it, recorded in the JSON's meta
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include "cw-cli.h"
#include "cw-params.h"
#include "cw-quote.h"
#include "cw-scenario-file.h"

static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* %.17g reads back to the same double. */
  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.17g", value));
}

static void
append_bool (GString    *out,
             const char *name,
             gboolean    value)
{
  g_string_append_printf (out, "      \"%s\": %s,\n", name, value ? "true" : "false");
}

char *
cw_cli_settings_json (const char         *path,
                      const CwScenario   *sc,
                      const CwRunOptions *opts,
                      const CwCliRunArgs *args,
                      gboolean            effect)
{
  GString *out = g_string_new ("{\n");
  g_autoptr(GBytes) file = cw_scenario_to_bytes (sc);
  g_autofree char *xml = g_strndup (g_bytes_get_data (file, NULL), g_bytes_get_size (file));
  gboolean first = TRUE;

  g_string_append (out, "      \"scenario_file\": ");
  if (path != NULL)
    cw_json_append_string (out, path);
  else
    g_string_append (out, "null");
  g_string_append_printf (out, ",\n      \"seed\": %" G_GUINT64_FORMAT ",\n",
                          opts->seed_set ? opts->seed : sc->seed);
  g_string_append_printf (out, "      \"years\": %d,\n", sc->years);
  g_string_append_printf (out, "      \"runs\": %d,\n", MAX (opts->runs, 1));
  append_bool (out, "uncertainty", opts->uncertainty);
  append_bool (out, "baseline", opts->baseline);
  append_bool (out, "no_cycle", opts->no_cycle);
  append_bool (out, "effect", effect);

  /* Every --set as given, then what the scenario run holds after them. */
  g_string_append (out, "      \"set\": [");
  for (guint i = 0; args->sets != NULL && args->sets[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? ", " : "");
      cw_json_append_string (out, args->sets[i]);
    }
  g_string_append (out, "],\n      \"standing_levers\": {");
  for (int l = 0; l < CW_N_LEVERS; l++)
    if (sc->standing_held & (1u << l))
      {
        g_string_append_printf (out, "%s\"%s\": ", first ? "" : ", ", cw_lever_info (l)->id);
        append_number (out, sc->standing[l]);
        first = FALSE;
      }
  g_string_append (out, "},\n      \"profile\": {");
  for (int p = 0; p < CW_N_PROFILE; p++)
    {
      g_string_append_printf (out, "%s\"%s\": ", p > 0 ? ", " : "", cw_profile_info (p)->id);
      append_number (out, sc->profile[p]);
    }
  g_string_append (out, "},\n      \"parameters\": {");
  for (guint i = 0; i < sc->overrides->len; i++)
    {
      const CwParamOverride *o = &g_array_index (sc->overrides, CwParamOverride, i);

      g_string_append_printf (out, "%s\"%s\": ", i > 0 ? ", " : "", cw_param_info (o->index)->id);
      append_number (out, o->value);
    }
  /* The scenario itself, overrides applied: the result can be run again
   * from this file alone. */
  g_string_append (out, "},\n      \"scenario\": ");
  cw_json_append_string (out, xml);
  g_string_append (out, "\n    }");
  return g_string_free (out, FALSE);
}

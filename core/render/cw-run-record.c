/* cw-run-record.c — what a result needs to be run again: the settings and every
 * override behind it, recorded in the meta of the JSON and CSV the CLI and the
 * window write
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-render"

#include "config.h"

#include "cw-params.h"
#include "cw-quote.h"
#include "cw-run-record.h"
#include "cw-scenario-file.h"

static void
append_number (GString    *out,
               const char *format,
               double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buf, sizeof buf, format, value));
}

/* %.17g reads back to the same double. */
#define EXACT "%.17g"

static void
append_bool (GString    *out,
             const char *name,
             gboolean    value)
{
  g_string_append_printf (out, "      \"%s\": %s,\n", name, value ? "true" : "false");
}

char *
cw_run_record_settings (const char         *path,
                        const CwScenario   *sc,
                        const CwRunOptions *opts,
                        const char *const  *sets,
                        gboolean            effect,
                        int                 band_runs)
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
  if (band_runs > 0)
    g_string_append_printf (out, "      \"band_runs\": %d,\n", band_runs);
  append_bool (out, "uncertainty", opts->uncertainty);
  append_bool (out, "baseline", opts->baseline);
  append_bool (out, "no_cycle", opts->no_cycle);
  append_bool (out, "effect", effect);

  /* Every --set as given, then what the scenario run holds after them. */
  g_string_append (out, "      \"set\": [");
  for (guint i = 0; sets != NULL && sets[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? ", " : "");
      cw_json_append_string (out, sets[i]);
    }
  g_string_append (out, "],\n      \"standing_levers\": {");
  for (int l = 0; l < CW_N_LEVERS; l++)
    if (sc->standing_held & (1u << l))
      {
        g_string_append_printf (out, "%s\"%s\": ", first ? "" : ", ", cw_lever_info (l)->id);
        append_number (out, EXACT, sc->standing[l]);
        first = FALSE;
      }
  g_string_append (out, "},\n      \"profile\": {");
  for (int p = 0; p < CW_N_PROFILE; p++)
    {
      g_string_append_printf (out, "%s\"%s\": ", p > 0 ? ", " : "", cw_profile_info (p)->id);
      append_number (out, EXACT, sc->profile[p]);
    }
  g_string_append (out, "},\n      \"parameters\": {");
  for (guint i = 0; i < sc->overrides->len; i++)
    {
      const CwParamOverride *o = &g_array_index (sc->overrides, CwParamOverride, i);

      g_string_append_printf (out, "%s\"%s\": ", i > 0 ? ", " : "", cw_param_info (o->index)->id);
      append_number (out, EXACT, o->value);
    }
  /* The scenario itself, overrides applied: the result can be run again
   * from this file alone. */
  g_string_append (out, "},\n      \"scenario\": ");
  cw_json_append_string (out, xml);
  g_string_append (out, "\n    }");
  return g_string_free (out, FALSE);
}

void
cw_run_record_append_meta (GString        *out,
                           const CwSeries *series,
                           const char     *settings,
                           gboolean        timing)
{
  g_return_if_fail (out != NULL && series != NULL);

  g_string_append (out, "{\n");
  g_string_append_printf (out, "    \"model_version\": \"%s\",\n", series->model_version);
  g_string_append_printf (out, "    \"seed\": %" G_GUINT64_FORMAT ",\n", series->seed);
  g_string_append_printf (out, "    \"runs\": %d,\n", series->runs);
  g_string_append_printf (out, "    \"scenario_hash\": \"%s\",\n", series->scenario_hash);
  g_string_append_printf (out, "    \"steps\": %d", series->n_steps);
  if (timing)
    {
      g_string_append (out, ",\n    \"wall_ms\": ");
      append_number (out, "%.10g", series->wall_ms);
    }
  if (settings != NULL)
    g_string_append_printf (out, ",\n    \"settings\": %s", settings);
  g_string_append (out, "\n  }");
}

void
cw_run_record_append_csv (GString        *out,
                          const CwSeries *series,
                          const char     *settings)
{
  g_autoptr(GString) meta = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;

  g_return_if_fail (out != NULL && series != NULL);

  cw_run_record_append_meta (meta, series, settings, FALSE);
  lines = g_strsplit (meta->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (out, "# %s\n", lines[i]);
}

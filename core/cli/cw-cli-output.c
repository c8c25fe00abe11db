/* cw-cli-output.c — a run's series as CSV or JSON, numbers locale-independent
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cw-chart-export.h"
#include "cw-cli-output.h"
#include "cw-quote.h"
#include "cw-run-record.h"
#include "cw-safe-file.h"

static const char *stat_suffix[CW_N_STATS] = { "_mean", "_p05", "_p95" };

/* step and year are the axis: one column even for an ensemble. */
static gboolean
is_axis (CwOutput o)
{
  return o == CW_OUT_STEP || o == CW_OUT_YEAR;
}

static int
stats_of (const CwSeries *series, CwOutput o)
{
  if (series->runs <= 1 || is_axis (o) || cw_output_info (o)->kind == CW_OUTPUT_KIND_CATEGORY)
    return 1;
  return CW_N_STATS;
}

static void
append_number (GString *out, double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.10g", value));
}

/* Categories print as their ids: stage, governance mode, life-cycle stage. */
static const char *
category_id (const CwSeries *series, CwOutput o, double code)
{
  int c = (int) code;

  switch (o)
    {
    case CW_OUT_POLICY_STAGE:
      return c >= 0 && series->stage_ids != NULL && (guint) c < g_strv_length (series->stage_ids) ?
             series->stage_ids[c] : "";
    case CW_OUT_GOVERNANCE:
      return cw_governance_id (c);
    case CW_OUT_LIFECYCLE:
      return cw_lifecycle_id (c);
    default:
      g_return_val_if_reached ("");
    }
}

static void
append_value (GString *out, const CwSeries *series, CwOutput o, CwStat stat, int t, gboolean quote)
{
  double value = cw_series_get (series, o, stat)[t];

  if (cw_output_info (o)->kind != CW_OUTPUT_KIND_CATEGORY)
    append_number (out, value);
  else if (quote)
    g_string_append_printf (out, "\"%s\"", category_id (series, o, value));
  else
    g_string_append (out, category_id (series, o, value));
}

/* The name of the stage in force at step @t, or "" for none. */
static const char *
stage_name (const CwSeries    *series,
            const char *const *stage_names,
            int                t)
{
  int c = (int) cw_series_get (series, CW_OUT_POLICY_STAGE, CW_STAT_MEAN)[t];

  if (stage_names != NULL && c >= 0 && (guint) c < g_strv_length ((GStrv) stage_names))
    return stage_names[c];
  return category_id (series, CW_OUT_POLICY_STAGE, c);
}

GString *
cw_cli_series_csv (const CwSeries    *series,
                   const char        *settings,
                   const char *const *stage_names)
{
  GString *out = g_string_new (NULL);

  if (settings != NULL)
    cw_run_record_append_csv (out, series, settings);
  for (int o = 0; o < CW_N_OUTPUTS; o++)
    for (int s = 0, n = stats_of (series, o); s < n; s++)
      g_string_append_printf (out, "%s%s%s", o > 0 || s > 0 ? "," : "",
                              cw_output_info (o)->id, n > 1 ? stat_suffix[s] : "");
  /* Last, so that every column before keeps its place. */
  g_string_append (out, ",policy_stage_name\n");
  for (int t = 0; t < series->n_steps; t++)
    {
      for (int o = 0; o < CW_N_OUTPUTS; o++)
        for (int s = 0, n = stats_of (series, o); s < n; s++)
          {
            if (o > 0 || s > 0)
              g_string_append_c (out, ',');
            append_value (out, series, o, s, t, FALSE);
          }
      g_string_append_c (out, ',');
      cw_csv_append_field (out, stage_name (series, stage_names, t));
      g_string_append_c (out, '\n');
    }
  return out;
}

GString *
cw_cli_series_json (const CwSeries    *series,
                    const char        *settings,
                    const char *const *stage_names)
{
  GString *out = g_string_new ("{\n  \"meta\": ");
  gboolean first = TRUE;

  cw_run_record_append_meta (out, series, settings, TRUE);
  g_string_append (out, ",\n  \"series\": {");
  for (int o = 0; o < CW_N_OUTPUTS; o++)
    for (int s = 0, n = stats_of (series, o); s < n; s++)
      {
        g_string_append_printf (out, "%s\n    \"%s%s\": [", first ? "" : ",",
                                cw_output_info (o)->id, n > 1 ? stat_suffix[s] : "");
        first = FALSE;
        for (int t = 0; t < series->n_steps; t++)
          {
            if (t > 0)
              g_string_append (out, ", ");
            append_value (out, series, o, s, t, TRUE);
          }
        g_string_append_c (out, ']');
      }
  /* Last, as in the CSV. */
  g_string_append (out, ",\n    \"policy_stage_name\": [");
  for (int t = 0; t < series->n_steps; t++)
    {
      if (t > 0)
        g_string_append (out, ", ");
      cw_json_append_string (out, stage_name (series, stage_names, t));
    }
  g_string_append (out, "]\n  }\n}\n");
  return out;
}

gboolean
cw_cli_same_file (const char *a,
                  const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

gboolean
cw_cli_write_output (const char         *path,
                     const char         *data,
                     gsize               length,
                     const char * const *inputs)
{
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    {
      if (fwrite (data, 1, length, stdout) != length)
        {
          /* Translators: %s is the system's reason */
          g_printerr (_("cluster-workbench-cli: the output could not be written: %s.\n"), g_strerror (errno));
          return FALSE;
        }
      return TRUE;
    }
  for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
    if (cw_cli_same_file (path, inputs[i]))
      {
        /* Translators: %s is a file name given to --output */
        g_printerr (_("cluster-workbench-cli: “%s” is an input of this command; it is not "
                      "written over. Choose another output file.\n"), path);
        return FALSE;
      }
  if (!cw_safe_file_write_path (path, data, length, &error))
    {
      /* Translators: %s: a file name; %s: the reason, a sentence */
      g_printerr (_("cluster-workbench-cli: cannot write “%s”: %s\n"), path, error->message);
      return FALSE;
    }
  return TRUE;
}

/* cw-chart-export.c — a chart to PNG, SVG or PDF, its data to CSV
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-export.h"
#include "cw-chart-private.h"
#include "cw-ids.h"
#include "cw-quote.h"
#include "cw-run-record.h"
#include "cw-safe-file.h"

/* Large enough for a 4K projector, small enough to keep an image in memory. */
#define MAX_SIZE 10000

G_DEFINE_QUARK (cw-render-error-quark, cw_render_error)

static const char *const format_ids[CW_N_CHART_FORMATS] = { "png", "svg", "pdf", "csv" };

const char *
cw_chart_format_id (CwChartFormat format)
{
  g_return_val_if_fail (format >= 0 && format < CW_N_CHART_FORMATS, NULL);
  return format_ids[format];
}

/* Returns the format with @id ("png", "svg", "pdf", "csv", in any case), or -1. */
int
cw_chart_format_from_id (const char *id)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (id != NULL, -1);
  lower = g_ascii_strdown (id, -1);
  return cw_id_lookup (format_ids, G_N_ELEMENTS (format_ids), sizeof *format_ids, lower);
}

static void
append_number (GString *out,
               double   v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* A missing value is an empty cell, which every spreadsheet understands. */
  if (isfinite (v))
    g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.6g", v));
}

/* The id of category @code of @output, as in the scenario file and the CLI's CSV. */
static const char *
category_id (const CwSeries *series,
             CwOutput        output,
             double          value)
{
  int code;

  if (!isfinite (value))
    return "";
  code = (int) lround (value);
  if (output == CW_OUT_GOVERNANCE)
    return code >= 0 && code < CW_N_GOVERNANCE ? cw_governance_id (code) : "";
  if (output == CW_OUT_LIFECYCLE)
    return code >= 0 && code < CW_N_LIFECYCLE ? cw_lifecycle_id (code) : "";
  if (series->stage_ids == NULL || code < 0 || (guint) code >= g_strv_length (series->stage_ids))
    return "";
  return series->stage_ids[code];
}

/* The phase plot shown beside the life cycle, as its own spec. */
static CwChartSpec
phase_of (const CwChartSpec *spec)
{
  CwChartSpec phase = *spec;

  phase.kind = CW_CHART_PHASE;
  return phase;
}

/* The chart's columns; the life cycle's with those of its phase plot. */
static GArray *
csv_columns (const CwChartSpec *spec)
{
  GArray *columns = cw_chart_columns (spec);
  CwChartSpec phase = phase_of (spec);
  g_autoptr(GArray) more = NULL;

  if (spec->kind != CW_CHART_LIFECYCLE)
    return columns;
  more = cw_chart_columns (&phase);
  for (guint i = 0; i < more->len; i++)
    {
      CwChartColumn column = g_array_index (more, CwChartColumn, i);
      gboolean known = FALSE;

      for (guint j = 0; j < columns->len && !known; j++)
        known = g_str_equal (g_array_index (columns, CwChartColumn, j).id, column.id);
      if (known)
        continue;
      column.id = g_strdup (column.id);
      column.label = g_strdup (column.label);
      g_array_append_val (columns, column);
    }
  return columns;
}

/* A stage's id says which stage to a program, its name to a person. */
static gboolean
has_name_column (const CwChartColumn *column)
{
  return column->kind == CW_COLUMN_CATEGORY && column->output == CW_OUT_POLICY_STAGE;
}

char *
cw_chart_to_csv (const CwChartSpec *spec)
{
  g_autoptr(GArray) columns = NULL;
  const CwSeries *series;
  GString *out;

  g_return_val_if_fail (spec != NULL && spec->series != NULL, NULL);

  series = spec->series;
  columns = csv_columns (spec);
  out = g_string_new (NULL);
  if (spec->settings != NULL)
    cw_run_record_append_csv (out, series, spec->settings);
  g_string_append (out, "step,year");
  for (guint i = 0; i < columns->len; i++)
    {
      const CwChartColumn *column = &g_array_index (columns, CwChartColumn, i);

      g_string_append_c (out, ',');
      cw_csv_append_field (out, column->id);
      if (has_name_column (column))
        g_string_append_printf (out, ",%s_name", column->id);
    }
  g_string_append_c (out, '\n');

  for (int s = 0; s < series->n_steps; s++)
    {
      g_string_append_printf (out, "%d,", s);
      append_number (out, cw_chart_year_of_step (series, s));
      for (guint i = 0; i < columns->len; i++)
        {
          const CwChartColumn *column = &g_array_index (columns, CwChartColumn, i);
          double v = cw_chart_column_value (column, spec, s);

          g_string_append_c (out, ',');
          if (column->kind == CW_COLUMN_CATEGORY)
            cw_csv_append_field (out, category_id (series, column->output, v));
          else
            append_number (out, v);
          if (has_name_column (column))
            {
              const char *name = isfinite (v) ? cw_chart_category_name (spec, column->output, (int) lround (v))
                                              : NULL;

              g_string_append_c (out, ',');
              cw_csv_append_field (out, name != NULL ? name : "");
            }
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

cairo_status_t
cw_chart_append_bytes_cb (void                *closure,
                          const unsigned char *data,
                          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Draws the chart on a surface of @format that writes into @bytes. */
cairo_status_t
cw_chart_close_surface (cairo_t         *cr,
                        cairo_surface_t *surface,
                        GByteArray      *png)
{
  cairo_status_t status = cairo_status (cr);

  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && png != NULL)
    status = cairo_surface_write_to_png_stream (surface, cw_chart_append_bytes_cb, png);
  /* SVG and PDF are written out when the surface finishes. */
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

/* The scenario's title above a figure, so that a file says what it shows. */
double
cw_chart_draw_heading (cairo_t    *cr,
                       const char *title,
                       CwLook      look,
                       double      em,
                       double      width)
{
  const CwRenderStyle *style = cw_render_style_of (look);
  g_autofree char *text = NULL;
  cairo_font_extents_t extents;

  if (title == NULL || title[0] == '\0')
    return 0;
  cw_render_set_colour (cr, style->background, 1);
  cairo_paint (cr);
  cw_render_font (cr, 1.1 * em, FALSE);
  cairo_font_extents (cr, &extents);
  text = cw_render_fit_text (cr, title, width - 1.6 * em);
  if (text != NULL)
    {
      cw_render_set_colour (cr, style->muted, 1);
      cw_render_text (cr, text, 0.8 * em, 0.8 * em + extents.ascent, 0);
    }
  return 0.8 * em + extents.height;
}

double
cw_chart_heading_height (const char *title,
                         double      em)
{
  /* A font's line is at most about 1.3 of its size. */
  return title == NULL || title[0] == '\0' ? 0 : 0.8 * em + 1.3 * 1.1 * em;
}

/* The heading, then the chart; the life cycle with its phase plot at the
 * right, in the proportions of the window. */
static void
draw_chart_cb (cairo_t       *cr,
               double         width,
               double         height,
               gconstpointer  data)
{
  const CwChartSpec *spec = data;
  CwChartSpec phase = phase_of (spec);
  double top = cw_chart_draw_heading (cr, spec->title, spec->look, cw_chart_em (spec, width, height), width);
  double left = spec->kind == CW_CHART_LIFECYCLE ? round (0.62 * width) : width;

  cairo_save (cr);
  cairo_translate (cr, 0, top);
  cw_chart_draw (cr, left, height - top, spec);
  if (left < width)
    {
      cairo_translate (cr, left, 0);
      cw_chart_draw (cr, width - left, height - top, &phase);
    }
  cairo_restore (cr);
}

static cairo_status_t
render (CwFigureDrawFunc  draw,
        gconstpointer     data,
        CwChartFormat     format,
        double            width,
        double            height,
        GByteArray       *bytes)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  switch (format)
    {
    case CW_CHART_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width), (int) ceil (height));
      break;
    case CW_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (cw_chart_append_bytes_cb, bytes, width, height);
      break;
    case CW_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (cw_chart_append_bytes_cb, bytes, width, height);
      break;
    case CW_CHART_FORMAT_CSV:
    case CW_N_CHART_FORMATS:
    default:
      g_assert_not_reached ();
    }
  cr = cairo_create (surface);
  draw (cr, width, height, data);
  return cw_chart_close_surface (cr, surface, format == CW_CHART_FORMAT_PNG ? bytes : NULL);
}

gboolean
cw_chart_export_figure (CwFigureDrawFunc  draw,
                        gconstpointer     data,
                        int               format,
                        double            width,
                        double            height,
                        const char       *path,
                        GError          **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_status_t status;

  g_return_val_if_fail (format >= 0 && format < CW_CHART_FORMAT_CSV, FALSE);

  if (!(width >= 1 && width <= MAX_SIZE && height >= 1 && height <= MAX_SIZE))
    {
      g_set_error (error, CW_RENDER_ERROR, CW_RENDER_ERROR_INVALID,
                   _("Cannot draw a chart of %g × %g: width and height must be between 1 and %d."),
                   width, height, MAX_SIZE);
      return FALSE;
    }
  status = render (draw, data, format, width, height, bytes);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, CW_RENDER_ERROR, CW_RENDER_ERROR_FILE, _("Could not draw the chart for “%s”: %s"),
                   display, cairo_status_to_string (status));
      return FALSE;
    }
  return cw_chart_save_bytes (path, bytes, error);
}

char *
cw_chart_export_name (const char    *scenario,
                      CwChartKind    kind,
                      CwChartFormat  format)
{
  g_return_val_if_fail (kind >= 0 && kind < CW_N_CHART_KINDS, NULL);
  g_return_val_if_fail (format >= 0 && format < CW_N_CHART_FORMATS, NULL);

  return cw_figure_export_name (scenario, cw_chart_kind_name (kind), format);
}

char *
cw_figure_export_name (const char    *scenario,
                       const char    *figure,
                       CwChartFormat  format)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (figure != NULL, NULL);
  g_return_val_if_fail (format >= 0 && format < CW_N_CHART_FORMATS, NULL);

  base = g_strstrip (g_strdup (scenario != NULL ? scenario : ""));
  /* A separator or a control character would make another path; a leading
   * dot a hidden file. */
  for (char *c = base; *c != '\0'; c++)
    if (*c == '/' || *c == '\\' || (guchar) *c < 0x20 || *c == 0x7f || (c == base && *c == '.'))
      *c = '-';
  if (base[0] == '\0')
    return g_strdup_printf ("%s.%s", figure, format_ids[format]);
  /* Translators: a file name: the scenario, the chart, e.g. "hamburg – Upgrading" */
  return g_strdup_printf (_("%s – %s.%s"), base, figure, format_ids[format]);
}

gboolean
cw_chart_export (const CwChartSpec *spec,
                 CwChartFormat      format,
                 double             width,
                 double             height,
                 const char        *path,
                 GError           **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *csv = NULL;

  g_return_val_if_fail (spec != NULL && spec->series != NULL, FALSE);
  g_return_val_if_fail (format >= 0 && format < CW_N_CHART_FORMATS, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (format != CW_CHART_FORMAT_CSV)
    return cw_chart_export_figure (draw_chart_cb, spec, format, width, height, path, error);
  csv = cw_chart_to_csv (spec);
  g_byte_array_append (bytes, (const guint8 *) csv, strlen (csv));
  return cw_chart_save_bytes (path, bytes, error);
}

gboolean
cw_chart_save_bytes (const char  *path,
                     GByteArray  *bytes,
                     GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  /* A regular file is replaced safely, a symlink's target rather than the
   * link, a device or FIFO written to rather than replaced. */
  if (!cw_safe_file_write_path (path, bytes->data, bytes->len, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, CW_RENDER_ERROR, CW_RENDER_ERROR_FILE, _("Could not write “%s”: %s"),
                   display, local_error->message);
      return FALSE;
    }
  return TRUE;
}

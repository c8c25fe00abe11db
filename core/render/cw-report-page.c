/* cw-report-page.c — the report's page furniture: running header, headings,
 * paragraphs, table rows
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-report-private.h"

#define HEADER_Y 36.0   /* baseline of the running header */

const char *
cw_report_scenario_title (const CwScenario *scenario)
{
  if (scenario->meta.title != NULL && scenario->meta.title[0] != '\0')
    return scenario->meta.title;
  return _("Untitled scenario");
}

void
cw_report_set_ink (cairo_t  *cr,
                   gboolean  muted)
{
  const CwRenderStyle *style = cw_render_style (FALSE);

  cw_render_set_colour (cr, muted ? style->muted : style->text, 1);
}

void
cw_report_begin_sized_page (CwReport   *report,
                            const char *heading,
                            double      width,
                            double      height)
{
  cairo_rectangle_t extents = { 0, 0, width, height };
  cairo_surface_t *page = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cairo_t *cr = cairo_create (page);
  g_autofree char *title = NULL;

  g_ptr_array_add (report->pages, page);
  g_clear_pointer (&report->cr, cairo_destroy);
  report->cr = cr;

  /* The running header: which scenario, on every page. */
  cw_render_font (cr, CW_REPORT_SMALL_SIZE, FALSE);
  cw_report_set_ink (cr, TRUE);
  title = cw_render_fit_text (cr, cw_report_scenario_title (report->scenario), (width - 2 * CW_REPORT_MARGIN) * 0.6);
  if (title != NULL)
    cw_render_text (cr, title, CW_REPORT_LEFT, HEADER_Y, 0);
  cw_render_text (cr, _("Workshop minutes"), width - CW_REPORT_MARGIN, HEADER_Y, 1);
  report->y = CW_REPORT_TOP;
  if (heading != NULL)
    {
      cw_render_font (cr, CW_REPORT_HEADING_SIZE, TRUE);
      cw_report_set_ink (cr, FALSE);
      report->y += CW_REPORT_HEADING_SIZE;
      cw_render_text (cr, heading, CW_REPORT_LEFT, report->y, 0);
      report->y += CW_REPORT_GAP;
    }
}

void
cw_report_begin_page (CwReport   *report,
                      const char *heading)
{
  cw_report_begin_sized_page (report, heading, CW_REPORT_PAGE_WIDTH, CW_REPORT_PAGE_HEIGHT);
}

gboolean
cw_report_ensure_space (CwReport   *report,
                        double      height,
                        const char *heading)
{
  g_autofree char *continued = NULL;

  if (report->y + height <= CW_REPORT_BOTTOM)
    return FALSE;
  /* TRANSLATORS: a heading repeated on the next page of a long table */
  continued = g_strdup_printf (_("%s (continued)"), heading);
  cw_report_begin_page (report, continued);
  return TRUE;
}

void
cw_report_paragraph (CwReport   *report,
                     const char *text,
                     double      size,
                     gboolean    bold)
{
  cairo_t *cr = report->cr;
  g_autoptr(GPtrArray) lines = NULL;

  cw_render_font (cr, size, bold);
  cw_report_set_ink (cr, FALSE);
  lines = cw_render_wrap_text (cr, text, CW_REPORT_WIDTH, G_MAXUINT, NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      report->y += size * 1.3;
      cw_render_text (cr, g_ptr_array_index (lines, i), CW_REPORT_LEFT, report->y, 0);
    }
  report->y += size * 0.4;
}

void
cw_report_chart_spec (CwReport    *report,
                      CwChartKind  kind,
                      CwChartSpec *spec)
{
  cw_chart_spec_init (spec, kind, report->series);
  spec->baseline = report->baseline;
  /* The charts' text at about the report's table and body sizes. */
  spec->font_scale = 0.8;
}

void
cw_report_chart (CwReport          *report,
                 const CwChartSpec *spec,
                 double             height)
{
  cairo_save (report->cr);
  cairo_translate (report->cr, CW_REPORT_LEFT, report->y);
  cw_chart_draw (report->cr, CW_REPORT_WIDTH, height - CW_REPORT_GAP / 2, spec);
  cairo_restore (report->cr);
  report->y += height;
}

double
cw_report_row_height (CwReport             *report,
                      const CwReportColumn *columns,
                      const char *const    *cells,
                      guint                 n,
                      gboolean              bold)
{
  guint most = 1;

  cw_render_font (report->cr, CW_REPORT_TABLE_SIZE, bold);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GPtrArray) lines = cw_render_wrap_text (report->cr, cells[i], columns[i].width - 6,
                                                         CW_REPORT_MAX_CELL_LINES, NULL);

      most = MAX (most, lines->len);
    }
  return CW_REPORT_ROW_HEIGHT + (most - 1) * CW_REPORT_LINE_HEIGHT;
}

void
cw_report_row (CwReport             *report,
               const CwReportColumn *columns,
               const char *const    *cells,
               guint                 n,
               gboolean              bold,
               gboolean              shade)
{
  cairo_t *cr = report->cr;
  const CwRenderStyle *style = cw_render_style (FALSE);
  double baseline = report->y + CW_REPORT_ROW_HEIGHT - 0.3 * CW_REPORT_TABLE_SIZE;
  double height = cw_report_row_height (report, columns, cells, n, bold);

  if (shade)
    {
      cw_render_set_colour (cr, style->grid, 0.45);
      cairo_rectangle (cr, CW_REPORT_LEFT, report->y, CW_REPORT_WIDTH, height);
      cairo_fill (cr);
    }
  cw_render_font (cr, CW_REPORT_TABLE_SIZE, bold);
  cw_report_set_ink (cr, FALSE);
  for (guint i = 0; i < n; i++)
    {
      /* Columns keep a little air between them. */
      double inner = columns[i].width - 6;
      double x = columns[i].x + 3 + columns[i].align * inner;
      g_autoptr(GPtrArray) lines = cw_render_wrap_text (cr, cells[i], inner, CW_REPORT_MAX_CELL_LINES, NULL);

      for (guint k = 0; k < lines->len; k++)
        cw_render_text (cr, g_ptr_array_index (lines, k), x, baseline + k * CW_REPORT_LINE_HEIGHT,
                        columns[i].align);
    }
  report->y += height;
}

void
cw_report_rule (CwReport *report)
{
  cairo_t *cr = report->cr;

  cw_report_set_ink (cr, TRUE);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, CW_REPORT_LEFT, report->y);
  cairo_line_to (cr, CW_REPORT_RIGHT, report->y);
  cairo_stroke (cr);
}

/* cw-report-page.c — the report's page furniture: running header, headings,
 * paragraphs, table rows
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"
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
  const CwChartStyle *style = cw_chart_style (FALSE);

  cw_chart_set_colour (cr, muted ? style->muted : style->text, 1);
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
  cw_chart_font (cr, CW_REPORT_SMALL_SIZE, FALSE);
  cw_report_set_ink (cr, TRUE);
  title = cw_chart_fit_text (cr, cw_report_scenario_title (report->scenario), (width - 2 * CW_REPORT_MARGIN) * 0.6);
  if (title != NULL)
    cw_chart_text (cr, title, CW_REPORT_LEFT, HEADER_Y, 0);
  cw_chart_text (cr, _("Workshop minutes"), width - CW_REPORT_MARGIN, HEADER_Y, 1);
  report->y = CW_REPORT_TOP;
  if (heading != NULL)
    {
      cw_chart_font (cr, CW_REPORT_HEADING_SIZE, TRUE);
      cw_report_set_ink (cr, FALSE);
      report->y += CW_REPORT_HEADING_SIZE;
      cw_chart_text (cr, heading, CW_REPORT_LEFT, report->y, 0);
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

/* Splits @text into lines no wider than @width at the current font. */
static GPtrArray *
wrap_lines (cairo_t    *cr,
            const char *text,
            double      width)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);

  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      g_auto(GStrv) words = g_strsplit_set (paragraphs[p], " \t", -1);
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint w = 0; words[w] != NULL; w++)
        {
          g_autofree char *candidate = NULL;

          if (words[w][0] == '\0')
            continue;
          candidate = line->len > 0 ? g_strconcat (line->str, " ", words[w], NULL) : g_strdup (words[w]);
          if (line->len > 0 && cw_chart_text_width (cr, candidate) > width)
            {
              g_ptr_array_add (lines, g_strdup (line->str));
              g_string_assign (line, words[w]);
            }
          else
            g_string_assign (line, candidate);
        }
      g_ptr_array_add (lines, g_string_free (g_steal_pointer (&line), FALSE));
    }
  return lines;
}

/* @text wrapped into @width, at most @max_lines, the last cut with "…" when
 * the text is longer still. */
static GPtrArray *
fitted_lines (cairo_t    *cr,
              const char *text,
              double      width,
              guint       max_lines)
{
  GPtrArray *lines = wrap_lines (cr, text, width);

  if (lines->len > max_lines)
    {
      g_autoptr(GString) rest = g_string_new (NULL);

      for (guint i = max_lines - 1; i < lines->len; i++)
        g_string_append_printf (rest, "%s%s", rest->len > 0 ? " " : "", (char *) g_ptr_array_index (lines, i));
      g_ptr_array_set_size (lines, max_lines - 1);
      g_ptr_array_add (lines, g_string_free (g_steal_pointer (&rest), FALSE));
    }
  for (guint i = 0; i < lines->len; i++)
    {
      /* A single word wider than the column is cut rather than run over. */
      char *fitted = cw_chart_fit_text (cr, g_ptr_array_index (lines, i), width);

      g_free (g_ptr_array_index (lines, i));
      lines->pdata[i] = fitted != NULL ? fitted : g_strdup ("");
    }
  return lines;
}

void
cw_report_paragraph (CwReport   *report,
                     const char *text,
                     double      size,
                     gboolean    bold)
{
  cairo_t *cr = report->cr;
  g_autoptr(GPtrArray) lines = NULL;

  cw_chart_font (cr, size, bold);
  cw_report_set_ink (cr, FALSE);
  lines = fitted_lines (cr, text, CW_REPORT_WIDTH, G_MAXUINT);
  for (guint i = 0; i < lines->len; i++)
    {
      report->y += size * 1.3;
      cw_chart_text (cr, g_ptr_array_index (lines, i), CW_REPORT_LEFT, report->y, 0);
    }
  report->y += size * 0.4;
}

double
cw_report_row_height (CwReport             *report,
                      const CwReportColumn *columns,
                      const char *const    *cells,
                      guint                 n,
                      gboolean              bold)
{
  guint most = 1;

  cw_chart_font (report->cr, CW_REPORT_TABLE_SIZE, bold);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GPtrArray) lines = fitted_lines (report->cr, cells[i], columns[i].width - 6, CW_REPORT_MAX_CELL_LINES);

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
  const CwChartStyle *style = cw_chart_style (FALSE);
  double baseline = report->y + CW_REPORT_ROW_HEIGHT - 0.3 * CW_REPORT_TABLE_SIZE;
  double height = cw_report_row_height (report, columns, cells, n, bold);

  if (shade)
    {
      cw_chart_set_colour (cr, style->grid, 0.45);
      cairo_rectangle (cr, CW_REPORT_LEFT, report->y, CW_REPORT_WIDTH, height);
      cairo_fill (cr);
    }
  cw_chart_font (cr, CW_REPORT_TABLE_SIZE, bold);
  cw_report_set_ink (cr, FALSE);
  for (guint i = 0; i < n; i++)
    {
      /* Columns keep a little air between them. */
      double inner = columns[i].width - 6;
      double x = columns[i].x + 3 + columns[i].align * inner;
      g_autoptr(GPtrArray) lines = fitted_lines (cr, cells[i], inner, CW_REPORT_MAX_CELL_LINES);

      for (guint k = 0; k < lines->len; k++)
        cw_chart_text (cr, g_ptr_array_index (lines, k), x, baseline + k * CW_REPORT_LINE_HEIGHT,
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

/* cw-report.c — the workshop minutes as a PDF: title page, diagram, charts
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"
#include "cw-diagram.h"
#include "cw-report-private.h"

/* The charts of the report, two to a page. */
static const CwChartKind report_charts[] = {
  CW_CHART_UPGRADING, CW_CHART_CAPABILITIES,
  CW_CHART_GOVERNANCE, CW_CHART_LIFECYCLE,
  CW_CHART_COMMUNITIES, CW_CHART_BUDGET,
};

#define FOOTER_DROP 30.0  /* footer baseline above the bottom edge */
/* A diagram shrunk below this on the title page gets a landscape page, where
 * it is drawn larger. */
#define SMALLEST_SCALE 0.6

static char *
format_date (GDateTime *date)
{
  g_autoptr(GDateTime) now = NULL;

  if (date == NULL)
    date = now = g_date_time_new_now_local ();
  return g_date_time_format (date, "%Y-%m-%d");
}

/* The facts that make the run reproducible, as label: value rows. */
static void
draw_facts (CwReport  *report,
            GDateTime *date)
{
  const CwMeta *meta = &report->scenario->meta;
  const CwSeries *series = report->series;
  const CwReportColumn columns[] = {
    { CW_REPORT_LEFT, 130, 0 },
    { CW_REPORT_LEFT + 130, CW_REPORT_WIDTH - 130, 0 },
  };
  g_autofree char *today = format_date (date);
  g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, series->seed);
  g_autofree char *runs = g_strdup_printf ("%d", series->runs);
  int horizon = cw_series_years (series);
  g_autofree char *years = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year from %d", "%d years from %d",
                                                         horizon), horizon, series->start_year);
  const char *facts[][2] = {
    { _("Author"), meta->author != NULL && meta->author[0] != '\0' ? meta->author : "–" },
    { _("Scenario saved"), meta->modified != NULL ? meta->modified : meta->created != NULL ? meta->created : "–" },
    { _("Report date"), today },
    { _("Horizon"), years },
    { _("Runs"), runs },
    { _("Seed"), seed },
    { _("Model version"), series->model_version != NULL ? series->model_version : "–" },
    { _("Scenario hash"), series->scenario_hash != NULL ? series->scenario_hash : "–" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      const char *cells[2] = { facts[i][0], facts[i][1] };

      cw_report_row (report, columns, cells, 2, FALSE, i % 2 == 0);
    }
}

/* The scale that fits @bw × @bh into @width × @height, never enlarging. */
static double
fit_scale (double bw,
           double bh,
           double width,
           double height)
{
  return MIN (1.0, MIN (width / bw, height / bh));
}

/* The diagram scaled and centred across @width, from y down. */
static void
draw_diagram (CwReport *report,
              double    width,
              double    scale)
{
  cairo_t *cr = report->cr;
  double bx, by, bw, bh;

  cw_diagram_bounds (report->scenario, FALSE, &bx, &by, &bw, &bh);
  cairo_save (cr);
  cairo_translate (cr, CW_REPORT_LEFT + (width - bw * scale) / 2, report->y);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -bx, -by);
  cw_diagram_draw (cr, report->scenario, NULL);
  cairo_restore (cr);
  report->y += bh * scale;
}

/* Below the title block when it fits there legibly, else on a landscape page
 * of its own (a long row of stages). */
static void
place_diagram (CwReport *report)
{
  const double wide = CW_REPORT_PAGE_HEIGHT - 2 * CW_REPORT_MARGIN;
  const double low = CW_REPORT_PAGE_WIDTH - 2 * CW_REPORT_MARGIN - CW_REPORT_HEADING_SIZE - CW_REPORT_GAP;
  double bx, by, bw, bh, here, there;

  if (!cw_diagram_bounds (report->scenario, FALSE, &bx, &by, &bw, &bh))
    {
      cw_report_paragraph (report, _("No policy cycle is drawn: only the standing levers act."),
                           CW_REPORT_BODY_SIZE, FALSE);
      return;
    }
  here = fit_scale (bw, bh, CW_REPORT_WIDTH, CW_REPORT_BOTTOM - report->y);
  there = fit_scale (bw, bh, wide, low);
  if (here >= SMALLEST_SCALE || there <= here)
    {
      draw_diagram (report, CW_REPORT_WIDTH, here);
      return;
    }
  cw_report_paragraph (report, _("The diagram follows on the next page, turned to landscape to stay legible."),
                       CW_REPORT_BODY_SIZE, FALSE);
  cw_report_begin_sized_page (report, _("Policy cycle"), CW_REPORT_PAGE_HEIGHT, CW_REPORT_PAGE_WIDTH);
  draw_diagram (report, wide, there);
}

static void
draw_title_page (CwReport  *report,
                 GDateTime *date)
{
  const char *description = report->scenario->meta.description;

  cw_report_begin_page (report, NULL);
  cw_report_paragraph (report, cw_report_scenario_title (report->scenario), CW_REPORT_TITLE_SIZE, TRUE);
  if (description != NULL && description[0] != '\0')
    cw_report_paragraph (report, description, CW_REPORT_BODY_SIZE, FALSE);
  report->y += CW_REPORT_GAP;
  draw_facts (report, date);
  report->y += 2 * CW_REPORT_GAP;
  cw_report_paragraph (report, _("Policy cycle"), CW_REPORT_HEADING_SIZE, TRUE);
  report->y += CW_REPORT_GAP;
  place_diagram (report);
}

static void
draw_charts (CwReport *report)
{
  g_autoptr(GPtrArray) names = cw_chart_stage_names (report->scenario, report->series);
  const double height = (CW_REPORT_BOTTOM - CW_REPORT_TOP - CW_REPORT_HEADING_SIZE - 2 * CW_REPORT_GAP) / 2;

  for (guint i = 0; i < G_N_ELEMENTS (report_charts); i++)
    {
      CwChartSpec spec;

      if (i % 2 == 0)
        cw_report_begin_page (report, _("Outcomes over time"));
      cw_report_chart_spec (report, report_charts[i], &spec);
      spec.budget = report->scenario->profile[CW_PROFILE_BUDGET];
      spec.stage_names = (const char *const *) names->pdata;
      cw_report_chart (report, &spec, height);
    }
}

static void
draw_footer (cairo_t    *cr,
             double      width,
             double      height,
             const char *date,
             guint       page,
             guint       n_pages)
{
  /* TRANSLATORS: the footer of a report page, e.g. "Page 2 of 6" */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page, n_pages);

  cw_render_font (cr, CW_REPORT_SMALL_SIZE, FALSE);
  cw_report_set_ink (cr, TRUE);
  cw_render_text (cr, "Cluster Policy Workbench " PACKAGE_VERSION, CW_REPORT_LEFT, height - FOOTER_DROP, 0);
  cw_render_text (cr, number, width / 2, height - FOOTER_DROP, 0.5);
  cw_render_text (cr, date, width - CW_REPORT_MARGIN, height - FOOTER_DROP, 1);
}

/* Copies the recorded pages into a PDF in @bytes, each on white with its footer. */
static cairo_status_t
render_pdf (const CwReport *report,
            const char     *date,
            GByteArray     *bytes)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (cw_chart_append_bytes_cb, bytes,
                                                                  CW_REPORT_PAGE_WIDTH, CW_REPORT_PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, cw_report_scenario_title (report->scenario));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Cluster Policy Workbench " PACKAGE_VERSION);
  for (guint i = 0; i < report->pages->len; i++)
    {
      cairo_surface_t *page = g_ptr_array_index (report->pages, i);
      cairo_rectangle_t extents;

      cairo_recording_surface_get_extents (page, &extents);
      cairo_pdf_surface_set_size (surface, extents.width, extents.height);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_set_source_surface (cr, page, 0, 0);
      cairo_paint (cr);
      draw_footer (cr, extents.width, extents.height, date, i + 1, report->pages->len);
      cairo_show_page (cr);
    }
  return cw_chart_close_surface (cr, surface, NULL);
}

gboolean
cw_report_write (const CwScenario *scenario,
                 const CwSeries   *series,
                 const CwSeries   *baseline,
                 GDateTime        *date,
                 const char       *path,
                 GError          **error)
{
  return cw_report_write_with (scenario, series, baseline, NULL, date, path, error);
}

gboolean
cw_report_write_with (const CwScenario     *scenario,
                      const CwSeries       *series,
                      const CwSeries       *baseline,
                      const CwReportExtras *extras,
                      GDateTime            *date,
                      const char           *path,
                      GError              **error)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *today = format_date (date);
  CwReport report = {
    .pages = pages,
    .scenario = scenario,
    .series = series,
    .baseline = baseline,
  };
  cairo_status_t status;

  g_return_val_if_fail (scenario != NULL && series != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  draw_title_page (&report, date);
  cw_report_draw_levers (&report);
  draw_charts (&report);
  cw_report_draw_outcomes (&report);
  if (extras != NULL)
    cw_report_draw_extras (&report, extras);
  g_clear_pointer (&report.cr, cairo_destroy);

  status = render_pdf (&report, today, bytes);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, CW_RENDER_ERROR, CW_RENDER_ERROR_FILE, _("Could not draw the report for “%s”: %s"),
                   display, cairo_status_to_string (status));
      return FALSE;
    }
  return cw_chart_save_bytes (path, bytes, error);
}

/* cw-chart-a11y.c — a chart's text alternative, kept up to date
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-chart-a11y.h"
#include "cw-chart-describe.h"

/* Sets the accessible description of @view to what it shows now, in words
 * and figures (core/render/cw-chart-describe.c), for a screen reader. */
void
cw_chart_a11y_update (CwChartView *view)
{
  CwChartSpec spec;
  g_autofree char *text = NULL;

  g_return_if_fail (CW_IS_CHART_VIEW (view));

  if (cw_chart_view_get_spec (view, &spec))
    text = cw_chart_describe (&spec);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text ? text : _("No results yet."), -1);
}

/* cw-chart-a11y.h — a chart's text alternative, kept up to date
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-chart-view.h"

G_BEGIN_DECLS

void cw_chart_a11y_update (CwChartView *view);

G_END_DECLS

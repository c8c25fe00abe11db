/* cw-window.h — the main window: one scenario document
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cw-application.h"
#include "cw-document.h"

G_BEGIN_DECLS

#define CW_TYPE_WINDOW (cw_window_get_type ())

G_DECLARE_FINAL_TYPE (CwWindow, cw_window, CW, WINDOW, AdwApplicationWindow)

CwWindow   *cw_window_new              (CwApplication *application);
/* Opens @file in this window: a scenario, or a lesson (a .lesson file) with
 * its scenario. A file that cannot be read leaves the current work untouched
 * and lists every problem found; unsaved changes are asked about first. */
void        cw_window_open             (CwWindow      *self,
                                        GFile         *file);
CwDocument *cw_window_get_document     (CwWindow      *self);
/* Writes the workshop minutes of the scenario to @file (a PDF) on a worker,
 * as Report… does once a file is chosen; emits "report-written" when done. */
void        cw_window_write_report     (CwWindow      *self,
                                        GFile         *file);
/* Offers the work a crashed session left behind, if there is any. */
void        cw_window_offer_recovery   (CwWindow      *self);

G_END_DECLS

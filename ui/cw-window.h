/* cw-window.h — the main window: one scenario document
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cw-application.h"

G_BEGIN_DECLS

#define CW_TYPE_WINDOW (cw_window_get_type ())

G_DECLARE_FINAL_TYPE (CwWindow, cw_window, CW, WINDOW, AdwApplicationWindow)

CwWindow *cw_window_new  (CwApplication *application);
void      cw_window_open (CwWindow      *self,
                          GFile         *file);

G_END_DECLS

/* cw-application.h — the workbench application
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CW_TYPE_APPLICATION (cw_application_get_type ())

G_DECLARE_FINAL_TYPE (CwApplication, cw_application, CW, APPLICATION, AdwApplication)

CwApplication *cw_application_new           (void);
GSettings     *cw_application_get_settings  (CwApplication *self);

G_END_DECLS

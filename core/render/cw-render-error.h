/* cw-render-error.h — why a chart or a report could not be drawn or written
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CW_RENDER_ERROR (cw_render_error_quark ())

typedef enum {
  CW_RENDER_ERROR_INVALID,  /* a size or a kind that cannot be drawn */
  CW_RENDER_ERROR_FILE,     /* cairo failed, or the file cannot be written */
} CwRenderError;

GQuark cw_render_error_quark (void);

G_END_DECLS

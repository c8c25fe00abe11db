/* cw-render-style.h — the look a figure is drawn in: light or dark, high contrast or not
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The style every figure is drawn in (charts, the waterfall, the lesson
 * plot, the experiment figures), as the desktop has it: for a dark or light
 * background, in high contrast (stronger colours, full-strength text and
 * axes, thicker lines) or not. All FALSE draws light. */
typedef struct {
  gboolean dark;
  gboolean high_contrast;
} CwLook;

G_END_DECLS

/* cw-lesson-private.h — what the lesson room's files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-lesson.h"

G_BEGIN_DECLS

/* An empty lesson, for the reader to fill. */
CwLesson *cw_lesson_new (void);

G_END_DECLS

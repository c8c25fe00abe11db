/* cw-replay.h — the charts between two states: replaying the last change
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-series.h"

G_BEGIN_DECLS

/* How long a replay lasts. */
#define CW_REPLAY_SECONDS 1.5

/* @to with every numeric output moved back towards @from: at @t = 0 the
 * values of @from, at 1 those of @to (steps @from lacks keep @to's value;
 * categories are @to's). @t follows the eased progress of a replay. */
CwSeries *cw_replay_series   (const CwSeries *from,
                              const CwSeries *to,
                              double          t);
/* The eased progress (0 … 1) @seconds into a replay: slow at both ends. */
double    cw_replay_progress (double          seconds);

G_END_DECLS

/* cw-experiment-write.h — an experiment as the XML of an experiment file
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-experiment-file.h"

G_BEGIN_DECLS

/* The file of @self with its base scenario embedded (resources/experiment-format.md);
 * cw_experiment_load_bytes() reads it back to the same experiment. */
GBytes *cw_experiment_to_bytes (const CwExperiment *self);

G_END_DECLS

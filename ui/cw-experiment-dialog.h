/* cw-experiment-dialog.h — Experiments: sweeps with sensitivity, and the best use of a budget
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cw-document.h"
#include "cw-point-grid.h"
#include "cw-sensitivity.h"

G_BEGIN_DECLS

#define CW_TYPE_EXPERIMENT_DIALOG (cw_experiment_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwExperimentDialog, cw_experiment_dialog, CW, EXPERIMENT_DIALOG, AdwWindow)

/* The parent's Experiments window, made on first use, shown. */
CwExperimentDialog     *cw_experiment_dialog_present   (GtkWindow          *parent,
                                                        CwDocument         *document);
/* Whether a sweep or a search is under way. */
gboolean                cw_experiment_dialog_get_running (CwExperimentDialog *self);
/* The sensitivity analysis shown, most influential factor first (NULL and
 * 0 when there is none), and the table it analyses. */
const CwSensitivityRow *cw_experiment_dialog_get_rows  (CwExperimentDialog *self,
                                                        guint              *n_rows);
const CwPointTable     *cw_experiment_dialog_get_table (CwExperimentDialog *self);
/* The heatmap shown (NULL when there is none) and the table's columns of
 * its factors across (@x) and up (@y). */
const CwPointGrid      *cw_experiment_dialog_get_grid  (CwExperimentDialog *self,
                                                        guint              *x,
                                                        guint              *y);
/* What Open…, Save… and Export the Runs… do with the file chosen; FALSE
 * (the reason shown in the dialog) when they cannot. An experiment read
 * while the design has changes not saved is shown once the user says to
 * discard or save them. */
gboolean                cw_experiment_dialog_open_file  (CwExperimentDialog *self,
                                                         GFile              *file);
gboolean                cw_experiment_dialog_save_file  (CwExperimentDialog *self,
                                                         GFile              *file);
gboolean                cw_experiment_dialog_export_csv (CwExperimentDialog *self,
                                                         GFile              *file);

G_END_DECLS

/* cw-inspector-private.h — the inspector's widgets, shared by its pages
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cw-inspector.h"

G_BEGIN_DECLS

struct _CwInspector
{
  GtkWidget        parent_instance;

  CwDocument      *document;
  GSignalGroup    *document_signals;
  gboolean         updating;     /* showing the document: make no edits */
  char            *stage_id;     /* the stage shown */
  char            *shown_name;   /* its name as last shown: typing is kept until it changes */
  char            *shown_title;  /* the same for the scenario title */
  int              edge;         /* the arrow shown */

  GtkWidget       *scroller;
  GtkStack        *stack;

  /* scenario page */
  AdwEntryRow     *scenario_title;
  GtkSpinButton   *years_spin;
  GtkLevelBar     *budget_meter;
  GtkLabel        *budget_label;
  AdwActionRow    *assumptions_row;
  GtkWidget       *standing_levers;
  AdwPreferencesGroup *profile_group;
  GtkSpinButton   *profile_spins[CW_N_PROFILE];

  /* stage page */
  AdwEntryRow     *stage_name;
  AdwComboRow     *stage_kind;
  GtkSpinButton   *stage_min;
  GtkSpinButton   *stage_max;
  GtkLabel        *stage_cost;
  AdwPreferencesGroup *stage_arrows;
  GPtrArray       *arrow_rows;   /* rows of stage_arrows, not owned */
  GtkWidget       *stage_levers;

  /* edge page */
  AdwPreferencesGroup *edge_group;
  GtkSwitch       *edge_conditional;
  AdwComboRow     *edge_indicator;
  AdwComboRow     *edge_op;
  GtkSpinButton   *edge_threshold;
  GtkWidget       *edge_first;
  GArray          *indicators;   /* CwOutput offered, in the order of the list */

  AdwStatusPage   *many_page;
};

/* cw-inspector-scenario.c */
void _cw_inspector_scenario_init       (CwInspector *self);
void _cw_inspector_scenario_show       (CwInspector *self);
void _cw_inspector_scenario_class_init (GtkWidgetClass *widget_class);
/* cw-inspector-stage.c */
void _cw_inspector_stage_init          (CwInspector *self);
void _cw_inspector_stage_show          (CwInspector *self,
                                        const CwStage *stage);
void _cw_inspector_stage_class_init    (GtkWidgetClass *widget_class);
/* cw-inspector-edge.c */
void _cw_inspector_edge_init           (CwInspector *self);
void _cw_inspector_edge_show           (CwInspector *self,
                                        int          index);
void _cw_inspector_edge_class_init     (GtkWidgetClass *widget_class);

G_END_DECLS

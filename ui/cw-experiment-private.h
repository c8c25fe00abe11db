/* cw-experiment-private.h — the Experiments window's state, shared by its source files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-chart-export.h"
#include "cw-experiment-dialog.h"
#include "cw-experiment-file.h"
#include "cw-optimise.h"
#include "cw-point-grid.h"

G_BEGIN_DECLS

struct _CwExperimentDialog
{
  AdwWindow          parent_instance;

  CwDocument        *document;
  gboolean           disposed;       /* a job ending now finds no widgets */
  gulong             changed_id;
  CwScenario        *base;           /* what the experiment varies */
  gboolean           base_from_file; /* else it follows the document */
  char              *title;          /* of an experiment opened, or NULL */
  guint64            seed;
  int                levels;         /* Morris grid levels */
  GPtrArray         *factor_ids;     /* the choice's ids, in its order */
  gboolean           design_unsaved; /* the Sweep page was edited since it was set up, opened or saved */

  /* The job under way */
  GCancellable      *cancellable;
  GTimer            *timer;
  guint              progress_id;
  gint               done;           /* atomic: runs (or allocations) done */
  gint               total;          /* atomic */
  gboolean           searching;      /* the job is the optimiser's */

  /* The last sweep: its experiment and rows, and the analysis shown */
  CwExperiment      *experiment;
  GBytes            *csv;
  CwPointTable      *table;
  CwSensitivityKind  kind;
  CwSensitivityRow  *rows;
  GStrv              factor_names;   /* of the table's columns, for people */
  CwPointGrid       *grid;           /* a full factorial's outcome over two factors */
  guint              grid_x, grid_y; /* those two: the table's columns across and up */
  GCancellable      *analysis_cancellable;

  /* The last search */
  CwOptimiseProblem  problem;        /* levers: problem_levers' data */
  GArray            *problem_levers;
  GArray            *budgets;        /* double: ascending, the problem's among them */
  guint              chosen;         /* the problem's budget in budgets */
  CwOptimum         *optima;         /* one per budget, once the search is done */
  CwScenario        *search_base;    /* the base when it started */
  gboolean           search_applies; /* its base is the document's scenario */

  AdwToastOverlay   *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack      *setup_stack;
  GtkListBox        *factor_list;
  GtkDropDown       *factor_choice;
  AdwComboRow       *design_row;
  AdwActionRow      *samples_row;
  GtkSpinButton     *samples;
  GtkSpinButton     *replicates;
  AdwEntryRow       *years_row;
  AdwExpanderRow    *outputs_row;
  GPtrArray         *output_checks;  /* GtkCheckButton per numeric output, data "output" */
  GtkSpinButton     *budget;
  AdwComboRow       *objective_row;
  GtkSpinButton     *objective_year;
  GtkSpinButton     *optimise_runs;
  GtkListBox        *lever_list;
  GPtrArray         *lever_checks;   /* GtkCheckButton per lever */
  GtkLabel          *base_label;
  GtkWidget         *follow_button;  /* back to the window's scenario as the base */
  GtkLabel          *size_label;
  GtkProgressBar    *progress;
  GtkLabel          *status_label;
  GtkStack          *results_stack;
  GtkDropDown       *analyse_output;
  GtkDropDown       *analyse_year;
  GtkDrawingArea    *tornado;
  GtkDrawingArea    *heatmap;
  GtkWidget         *heatmap_axes;
  GtkDropDown       *heatmap_across;
  GtkDropDown       *heatmap_up;
  GtkWidget         *heatmap_note;
  GtkGrid           *sensitivity_table;
  AdwEntryRow       *frontier_row;
  GtkDrawingArea    *frontier;
  GtkLabel          *optimum_label;
  GtkGrid           *allocation_table;
};

/* Whether a sweep can record @output and a search maximise it: a number. */
gboolean      _cw_experiment_is_numeric     (int                 output);

/* The experiment varies @base (a copy is taken), named in the header; one
 * @from_file no longer follows the document. */
void          _cw_experiment_set_base       (CwExperimentDialog *self,
                                             const CwScenario   *base,
                                             gboolean            from_file);
/* Forgets the last job's results and shows none. */
void          _cw_experiment_forget_results (CwExperimentDialog *self);

/* cw-experiment-setup.c: the set-up pages */
/* A factor's name for people: a lever's or profile value's title, else its id. */
char         *_cw_experiment_factor_name    (const char         *id);
void          _cw_experiment_setup_init     (CwExperimentDialog *self);
/* Fills the pages from the scenario; its held standing levers are the
 * factors and the levers to allocate. */
void          _cw_experiment_setup_reset    (CwExperimentDialog *self);
/* The Budget page allocates the base's levers over its years. */
void          _cw_experiment_setup_budget   (CwExperimentDialog *self);
/* Shows @experiment's factors, design and record, and takes its base. */
void          _cw_experiment_setup_show     (CwExperimentDialog *self,
                                             const CwExperiment *experiment);
/* The experiment the Sweep page describes, checked as a file is; NULL with
 * @error saying what is wrong. */
CwExperiment *_cw_experiment_setup_build    (CwExperimentDialog *self,
                                             GError            **error);
void          _cw_experiment_setup_add_factor (CwExperimentDialog *self,
                                               const char         *id);
/* Updates the label of the number of runs. */
void          _cw_experiment_setup_size     (CwExperimentDialog *self);
/* The search the Budget page describes; FALSE with @error. */
gboolean      _cw_experiment_setup_problem  (CwExperimentDialog *self,
                                             GError            **error);

/* cw-experiment-results.c: what a finished job shows */
void          _cw_experiment_results_init   (CwExperimentDialog *self);
/* A sweep's CSV is there: list what it recorded and analyse it. */
void          _cw_experiment_results_sweep  (CwExperimentDialog *self);
/* The search's results are in self->optima. */
void          _cw_experiment_results_search (CwExperimentDialog *self);
/* Forgets the last job's results (the widgets are left as they are). */
void          _cw_experiment_results_clear  (CwExperimentDialog *self);
void          _cw_experiment_results_apply  (CwExperimentDialog *self);
gboolean      _cw_experiment_results_export_chart (CwExperimentDialog *self,
                                                   CwChartFormat       format,
                                                   double              width,
                                                   double              height,
                                                   const char         *path,
                                                   GError            **error);

/* cw-experiment-files.c: open, save and export */
void          _cw_experiment_files_class_init (GtkWidgetClass   *widget_class);
void          _cw_experiment_toast          (CwExperimentDialog *self,
                                             const char         *message);

G_END_DECLS

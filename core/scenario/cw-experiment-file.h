/* cw-experiment-file.h — experiment files: a base scenario, factors, a design, what to record
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is resources/experiment-format.md; the loader follows the rules
 * of scenario files (size cap, no DTD, no entities, line-numbered problems).
 */
#pragma once

#include <gio/gio.h>

#include "cw-scenario.h"

G_BEGIN_DECLS

#define CW_EXPERIMENT_FORMAT_MAJOR 1
#define CW_EXPERIMENT_NAMESPACE "https://clusterworkbench.github.io/ns/experiment"
#define CW_EXPERIMENT_EXTENSION ".experiment"
/* No design has more points or runs than this: 100 million rows of CSV. */
#define CW_EXPERIMENT_MAX_RUNS 100000000

typedef enum {
  CW_DESIGN_FACTORIAL,  /* every combination of the factors' values */
  CW_DESIGN_LHS,        /* Latin hypercube of @samples points */
  CW_DESIGN_SALTELLI,   /* Saltelli's design for Sobol indices: samples × (k + 2) */
  CW_DESIGN_MORRIS,     /* @samples trajectories of k + 1 points on @levels levels */
  CW_N_DESIGNS
} CwDesignKind;

/* A factor: a list of values, or a range [min, max] (with @steps values for a
 * full factorial). Profile values that are whole numbers are sampled as such. */
typedef struct {
  char     *id;        /* lever id, profile.ID or param.ID */
  double   *values;    /* n_values values, or NULL for a range */
  guint     n_values;
  double    min, max;
  int       steps;     /* 0 when not given */
  gboolean  integer;
} CwFactor;

typedef struct {
  char          *title;       /* may be NULL */
  CwScenario    *base;
  GPtrArray     *factors;     /* CwFactor*, owning */
  CwDesignKind   design;
  int            samples;
  int            levels;      /* Morris: grid levels (default 4) */
  int            replicates;  /* runs per point, default 1 */
  guint64        seed;
  GArray        *outputs;     /* int: CwOutput, numeric ones */
  GArray        *years;       /* int: years after the start, ascending */
} CwExperiment;

const char   *cw_design_kind_id         (CwDesignKind        kind);

/* An empty experiment (no base, factors, outputs or years) to fill in. */
CwExperiment *cw_experiment_new         (void);
void          cw_experiment_free        (CwExperiment       *self);
/* The last year recorded: how long each run is. */
int           cw_experiment_run_years   (const CwExperiment *self);

/* Reads an experiment file; a base scenario's path is relative to the
 * experiment's folder. Problems (of the experiment and of its base scenario)
 * are appended to @problems as CwFileProblem*; NULL, with @error
 * (CW_SCENARIO_ERROR) summarising them, when it cannot be used. */
CwExperiment *cw_experiment_load_path   (const char         *path,
                                         GPtrArray          *problems,
                                         GError            **error);
CwExperiment *cw_experiment_load_bytes  (GBytes             *bytes,
                                         const char         *name,
                                         GFile              *folder,
                                         GPtrArray          *problems,
                                         GError            **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwExperiment, cw_experiment_free)

G_END_DECLS

/* cw-scenario.h — a scenario: the cluster, the levers and the drawn policy cycle
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain data type shared by the model, the file format and the window. It
 * knows nothing of how it is read or drawn. Everything it owns is deep-copied by
 * cw_scenario_copy(), so a copy can be handed to a worker thread.
 */
#pragma once

#include <glib.h>

#include "cw-levers.h"
#include "cw-outputs.h"
#include "cw-profile.h"

G_BEGIN_DECLS

/* What a stage is, for colour and templates only: the model never reads it. */
typedef enum {
  CW_STAGE_AWARENESS,
  CW_STAGE_OWNERSHIP,
  CW_STAGE_CO_LEARNING,
  CW_STAGE_SUSTAINABILITY,
  CW_STAGE_MISSION,
  CW_STAGE_CUSTOM,
  CW_N_STAGE_KINDS
} CwStageKind;

/* Longest stage duration a file or the window may set: the 50-year horizon. */
#define CW_MAX_QUARTERS 200

typedef struct {
  char        *id;            /* unique within the scenario */
  char        *name;          /* what the user called it */
  CwStageKind  kind;
  int          min_quarters;  /* 0 ... CW_MAX_QUARTERS */
  int          max_quarters;  /* min_quarters ... CW_MAX_QUARTERS */
  double       x, y;          /* position on the canvas, model coordinates */
  guint32      held;          /* bit per CwLever the stage holds */
  double       levers[CW_N_LEVERS]; /* intensities; meaningful where held */
} CwStage;

typedef enum {
  CW_COMPARE_LT,
  CW_COMPARE_LE,
  CW_COMPARE_GT,
  CW_COMPARE_GE,
  CW_N_COMPARE
} CwCompare;

/* The one table of comparisons: how files, diagrams and sentences say them. */
typedef struct {
  const char *id;       /* in files: "lt", "le", "gt", "ge" */
  const char *symbol;   /* what people read: "<", "≤", ">", "≥" */
  const char *words;    /* N_(): "is below", "is at most", ... */
} CwCompareInfo;

typedef struct {
  char      *from;          /* stage ids */
  char      *to;
  gboolean   conditional;
  CwOutput   indicator;     /* a numeric output (membership_share, firms, ...) */
  CwCompare  op;
  double     threshold;
} CwEdge;

typedef struct {
  guint  index;             /* into cw_params_count() */
  double value;
} CwParamOverride;

typedef struct {
  char *title;
  char *description;
  char *author;
  char *created;            /* ISO 8601 */
  char *modified;
  char *language;           /* BCP 47, e.g. "en" */
} CwMeta;

typedef struct {
  CwMeta      meta;
  double      profile[CW_N_PROFILE];
  guint32     standing_held;           /* bit per CwLever set as standing */
  double      standing[CW_N_LEVERS];   /* standing intensities, whole horizon */
  GPtrArray  *stages;                  /* CwStage*, in file order */
  GPtrArray  *edges;                   /* CwEdge*, in priority order */
  char       *start;                   /* id of the start stage; NULL when no stages */
  GArray     *overrides;               /* CwParamOverride, sorted by index, unique */
  guint64     seed;
  int         years;                   /* 1 ... 50 */
  int         runs;                    /* ensemble size, 1 ... CW_MAX_RUNS */
  guint32     focus;                   /* bit per CwLever the facilitator marked
                                        * "in focus" for present mode; no effect on runs */
  GPtrArray  *foreign;                 /* char* XML of unknown elements, kept for saving */
  guint       foreign_minor;           /* format minor version they come from */
} CwScenario;

#define CW_MAX_YEARS 50
#define CW_MAX_RUNS 10000

CwScenario  *cw_scenario_new            (void);
CwScenario  *cw_scenario_copy           (const CwScenario *self);
void         cw_scenario_free           (CwScenario       *self);
gboolean     cw_scenario_equal          (const CwScenario *a,
                                         const CwScenario *b);
/* Equality of everything that changes a run: where identity matters, use
 * this, not the hash. */
gboolean     cw_scenario_same_run       (const CwScenario *a,
                                         const CwScenario *b);
/* A hex digest of everything that changes a run (not meta, not positions). */
char        *cw_scenario_hash           (const CwScenario *self);

CwStage     *cw_scenario_find_stage     (const CwScenario *self,
                                         const char       *id,
                                         guint            *index);
CwStage     *cw_scenario_add_stage      (CwScenario       *self,
                                         const char       *id,
                                         const char       *name,
                                         CwStageKind       kind);
char        *cw_scenario_unique_stage_id (const CwScenario *self,
                                          const char       *base);
/* Removes the stage and every edge touching it; moves start if needed. */
gboolean     cw_scenario_remove_stage   (CwScenario       *self,
                                         const char       *id);
CwEdge      *cw_scenario_add_edge       (CwScenario       *self,
                                         const char       *from,
                                         const char       *to);
void         cw_scenario_set_stage_lever (CwStage         *stage,
                                          CwLever          lever,
                                          double           value);
void         cw_scenario_set_standing   (CwScenario       *self,
                                         CwLever           lever,
                                         double            value);
void         cw_scenario_set_override   (CwScenario       *self,
                                         guint             param,
                                         double            value);
/* The value in force for parameter @param: the override or the default. */
double       cw_scenario_param          (const CwScenario *self,
                                         guint             param);

const char  *cw_stage_kind_id           (CwStageKind      kind);
const char  *cw_stage_kind_name         (CwStageKind      kind);
int          cw_stage_kind_from_id      (const char      *id);
const CwCompareInfo *cw_compare_info   (CwCompare        op);
int          cw_compare_from_id         (const char      *id);
gboolean     cw_compare_holds           (CwCompare        op,
                                         double           value,
                                         double           threshold);

/* Problems found in a scenario, before a run or after a file was read. */
typedef enum {
  CW_PROBLEM_ERROR,       /* the scenario cannot run */
  CW_PROBLEM_WARNING,     /* it runs, but probably not as meant */
} CwProblemSeverity;

/* What a problem is about, so that a file reader can point at the line. */
typedef enum {
  CW_PLACE_SCENARIO,      /* the whole */
  CW_PLACE_PROFILE,       /* index: CwProfileId */
  CW_PLACE_STANDING,      /* index: CwLever */
  CW_PLACE_STAGE,         /* index: stage */
  CW_PLACE_STAGE_LEVER,   /* index: stage, sub: CwLever */
  CW_PLACE_EDGE,          /* index: edge */
  CW_PLACE_START,
  CW_PLACE_OVERRIDE,      /* index: position in overrides */
  CW_PLACE_RUN,
} CwPlaceKind;

typedef struct {
  CwProblemSeverity  severity;
  CwPlaceKind        place;
  int                index;
  int                sub;
  char              *message;  /* a translated sentence a policymaker understands */
} CwProblem;

void         cw_problem_free            (CwProblem        *problem);
/* Appends every problem of @self to @problems (of CwProblem*, owning).
 * Returns TRUE when none of them is an error. */
gboolean     cw_scenario_check          (const CwScenario *self,
                                         GPtrArray        *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwScenario, cw_scenario_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwProblem, cw_problem_free)

G_END_DECLS

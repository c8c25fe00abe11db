/* cw-scenario-file.h — reading and writing scenario files (.cluster, XML)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cw-scenario.h"

G_BEGIN_DECLS

/* Why a scenario file could not be read or written. */
#define CW_SCENARIO_ERROR (cw_scenario_error_quark ())

typedef enum {
  CW_SCENARIO_ERROR_INVALID,  /* not a scenario, or one with errors */
  CW_SCENARIO_ERROR_FILE,     /* a file that cannot be read or written */
  CW_SCENARIO_ERROR_VERSION,  /* a file from a newer major version */
} CwScenarioError;

GQuark cw_scenario_error_quark (void);

/* The format this version reads and writes (resources/scenario-format.md). A
 * file of a newer major version is refused; one of a newer minor version is
 * read, and the elements it adds are kept for saving. */
#define CW_SCENARIO_FORMAT_MAJOR 1
#define CW_SCENARIO_FORMAT_MINOR 1
#define CW_SCENARIO_NAMESPACE "https://clusterworkbench.github.io/ns/scenario"
#define CW_SCENARIO_EXTENSION ".cluster"
#define CW_SCENARIO_MIME_TYPE "application/x-cluster-scenario+xml"

/* Files above this size are refused unread: real scenarios are a few kilobytes. */
#define CW_SCENARIO_MAX_BYTES (4 * 1024 * 1024)
/* Larger cycles are refused, so that checking a hostile file stays fast. */
#define CW_SCENARIO_MAX_STAGES 500
#define CW_SCENARIO_MAX_EDGES 2000
/* Limits that keep libxml2 fast and small on hostile input: the largest real
 * scenario has about 18,000 elements, and no element has more than 8
 * attributes (libxml2's check for repeated attributes is quadratic). */
#define CW_SCENARIO_MAX_ELEMENTS 30000
#define CW_SCENARIO_MAX_ATTRIBUTES 64
/* A file with more problems than this gets a last line saying so. */
#define CW_SCENARIO_MAX_PROBLEMS 100

/* One thing wrong (or doubtful) in a file, where it is. */
typedef struct {
  CwProblemSeverity  severity;
  char              *file;     /* the name the user knows the file by */
  int                line;     /* 1-based; 0 when the problem is the whole file */
  char              *message;  /* a translated sentence a policymaker understands */
} CwFileProblem;

void        cw_file_problem_free      (CwFileProblem    *problem);
/* "file:line: message", as the CLI prints it and the window lists it. */
char       *cw_file_problem_format    (const CwFileProblem *problem);

/* Reads a scenario. Every problem found is appended to @problems (of
 * CwFileProblem*, owning; warnings too). Returns NULL, with @error set to a
 * one-line summary, when the file cannot be used. */
CwScenario *cw_scenario_load_file     (GFile            *file,
                                       GPtrArray        *problems,
                                       GError          **error);
CwScenario *cw_scenario_load_bytes    (GBytes           *bytes,
                                       const char       *name,
                                       GPtrArray        *problems,
                                       GError          **error);
/* The same for a path as the user typed it, which names the file in messages. */
CwScenario *cw_scenario_load_path     (const char       *path,
                                       GPtrArray        *problems,
                                       GError          **error);

/* The example scenarios built into the program: names such as
 * "hamburg-aviation.cluster", sorted. */
char      **cw_scenario_list_examples (void);
CwScenario *cw_scenario_load_example  (const char       *name,
                                       GPtrArray        *problems,
                                       GError          **error);

/* The file's bytes: stable element order, two-space indentation. */
GBytes     *cw_scenario_to_bytes      (const CwScenario *self);
/* Writes with cw_safe_file_write(): a crash, a full disk or a refusal leaves
 * the old file intact. A scenario that would be larger than
 * CW_SCENARIO_MAX_BYTES is not written, since it could not be opened again. */
gboolean    cw_scenario_save_file     (const CwScenario *self,
                                       GFile            *file,
                                       GError          **error);

/* The shortest text that reads back as exactly @value, in the C locale (as
 * files write numbers); NaN and INF for those. */
void        cw_format_double          (char             *buffer,
                                       gsize             size,
                                       double            value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwFileProblem, cw_file_problem_free)

G_END_DECLS

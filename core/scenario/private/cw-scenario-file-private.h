/* cw-scenario-file-private.h — the parts of the scenario file reader and writer
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading goes: cw-scenario-file.c reads at most CW_SCENARIO_MAX_BYTES, then
 * cw-scenario-parse.c turns the bytes into a tree (refusing anything unsafe)
 * and validates it with the schema, cw-scenario-read.c turns the tree into a
 * CwScenario and points the problems of cw_scenario_check() at lines, and
 * cw-scenario-write.c turns a scenario back into bytes.
 */
#pragma once

#include <libxml/tree.h>

#include "cw-scenario-file.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* The problems of one file, collected while it is read. */
typedef struct {
  const char *name;      /* the file's name in messages */
  GPtrArray  *problems;  /* CwFileProblem*, owning */
  GPtrArray  *schema;    /* CwFileProblem* the schema found, merged at the end */
  guint       dropped;   /* problems beyond CW_SCENARIO_MAX_PROBLEMS, not kept */
  gboolean    dropped_error;
} CwFileReport;

void         cw_file_report_init        (CwFileReport      *report,
                                         const char        *name);
void         cw_file_report_clear       (CwFileReport      *report);
G_GNUC_PRINTF (4, 5)
void         cw_file_report_add         (CwFileReport      *report,
                                         CwProblemSeverity  severity,
                                         int                line,
                                         const char        *format,
                                         ...);
#define cw_file_report_error(report, line, ...) \
  cw_file_report_add ((report), CW_PROBLEM_ERROR, (line), __VA_ARGS__)
/* An error the schema found: see merge_schema_problems(). */
void         cw_file_report_add_schema  (CwFileReport      *report,
                                         int                line,
                                         const char        *message);

/* The schemas built into the loader. */
typedef enum {
  CW_FILE_SCHEMA_SCENARIO,    /* resources/cw-scenario.rng */
  CW_FILE_SCHEMA_EXPERIMENT,  /* resources/cw-experiment.rng */
  CW_FILE_SCHEMA_LESSON,      /* resources/cw-lesson.rng */
  CW_N_FILE_SCHEMAS
} CwFileSchema;

/* cw-scenario-file.c. Moves the problems of @report, in line order and at
 * most CW_SCENARIO_MAX_PROBLEMS of them, to @problems; FALSE, with @error
 * (@domain, @code) summarising them, when there is an error among them. */
gboolean     cw_file_report_finish      (CwFileReport      *report,
                                         GPtrArray         *problems,
                                         GQuark             domain,
                                         int                code,
                                         GError           **error);
/* Reads @file, at most CW_SCENARIO_MAX_BYTES of it; NULL, with the reason
 * in @report, when it cannot be read or is larger. */
GBytes      *cw_file_read_untrusted     (GFile             *file,
                                         CwFileReport      *report);
/* The same for a loader: when @file cannot be read, moves the reason to
 * @problems and sets @error (@domain, @code). */
GBytes      *cw_file_read_named         (GFile             *file,
                                         const char        *name,
                                         GQuark             domain,
                                         int                code,
                                         GPtrArray         *problems,
                                         GError           **error);
/* The problem for a file larger than CW_SCENARIO_MAX_BYTES. */
void         cw_file_report_too_large   (CwFileReport      *report);
/* Parses @bytes, the whole of an untrusted file, into a tree; NULL, with
 * the problems in @report, when they are larger than CW_SCENARIO_MAX_BYTES
 * (then @too_large, which may be NULL, is set) or not safe, well-formed XML. */
xmlDoc      *cw_file_parse_bytes        (GBytes            *bytes,
                                         CwFileReport      *report,
                                         gboolean          *too_large);

/* A loader's cw_…_load_bytes(). */
typedef gpointer (*CwFileLoadBytes)     (GBytes            *bytes,
                                         const char        *name,
                                         GPtrArray         *problems,
                                         GError           **error);
/* One kind of file: scenario, lesson. */
typedef struct {
  GQuark          (*domain) (void);  /* its error domain */
  int               file_code;       /* the error code when the file cannot be read or found */
  CwFileLoadBytes   load_bytes;
  const char       *resource_folder; /* where the program's own files of this kind are */
  const char       *missing;         /* N_("There is no … called “%s”.") */
} CwFileKind;
/* Loads @file, or the file at @path (a command-line argument), as one of
 * @kind: read with cw_file_read_named(), then loaded with kind->load_bytes.
 * The file is named @path in messages, or by its parse name. */
gpointer     cw_file_load               (const CwFileKind  *kind,
                                         GFile             *file,
                                         const char        *path,
                                         GPtrArray         *problems,
                                         GError           **error);

/* cw-scenario-parse.c. Checks the encoding and parses @data into a tree;
 * NULL, with the problems in @report, when it is not safe, well-formed XML. */
xmlDoc      *cw_scenario_parse_xml      (const char        *data,
                                         gsize              length,
                                         CwFileReport      *report);
/* Validates @doc with the schema @which, adding to report->schema. */
void         cw_file_validate_xml       (xmlDoc            *doc,
                                         CwFileSchema       which,
                                         CwFileReport      *report);
/* The text of the child @element (in namespace @ns) of @parent whose
 * xml:lang best matches the user's languages, one without xml:lang
 * standing for any other; NULL when there is none. Sets @lang (may be
 * NULL) to the language picked, NULL for the one without. */
char        *cw_file_localized_text     (xmlNode           *parent,
                                         const char        *ns,
                                         const char        *element,
                                         char             **lang);

/* cw-scenario-read.c. Checks the root and the format version, and sets
 * @minor. Returns FALSE when the file cannot be read at all; @newer_major is
 * then TRUE when it is from a newer major version. */
gboolean     cw_scenario_read_version   (xmlDoc            *doc,
                                         CwFileReport      *report,
                                         guint             *minor,
                                         gboolean          *newer_major);
/* Takes the unknown children of the root out of @doc, keeping them in
 * @foreign: a warning in a newer minor version, an error otherwise. */
void         cw_scenario_take_foreign   (xmlDoc            *doc,
                                         guint              minor,
                                         GPtrArray         *foreign,
                                         CwFileReport      *report);
/* Reads the validated tree into a scenario and reports, at their lines, the
 * problems of the file and those of cw_scenario_check(). */
CwScenario  *cw_scenario_read_tree      (xmlDoc            *doc,
                                         CwFileReport      *report);

/* cw-scenario-read.c. The line of @node in its file (0 when unknown); the
 * value of its attribute @name without a namespace (NULL when absent);
 * whether it is the element @name (NULL: any) of the namespace @ns. */
int          cw_file_line_of            (xmlNode           *node);
char        *cw_file_attribute          (xmlNode           *node,
                                         const char        *name);
gboolean     cw_file_is_element         (xmlNode           *node,
                                         const char        *ns,
                                         const char        *name);
/* The attribute @name of @node as a finite number; FALSE when it is absent,
 * or, reported in @report, when it is not one. */
gboolean     cw_file_double_attribute   (CwFileReport      *report,
                                         xmlNode           *node,
                                         const char        *name,
                                         double            *value);

/* cw-scenario-file.c. The names of the files under the resource folder
 * @path, sorted: the examples, the bundled lessons. */
char       **cw_resource_list_sorted    (const char        *path);
/* Loads @name, one of the program's own files of @kind (an example, a
 * bundled lesson); NULL, with kind->missing in @error, when there is none. */
gpointer     cw_file_load_resource      (const CwFileKind  *kind,
                                         const char        *name,
                                         GPtrArray         *problems,
                                         GError           **error);

/* cw-scenario-read.c. Parses the whole of @text (blanks around it allowed)
 * as an XML Schema double. */
gboolean     cw_parse_double            (const char        *text,
                                         double            *value);

G_END_DECLS

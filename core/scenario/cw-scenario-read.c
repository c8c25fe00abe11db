/* cw-scenario-read.c — an XML tree to a scenario, with every problem at its line
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader is lenient about structure (the schema reports that) and exact
 * about values: each number, id and reference is checked here or by
 * cw_scenario_check(), and each problem is pointed at the line of the element
 * it came from.
 */
#define G_LOG_DOMAIN "cw-scenario-file"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-ids.h"
#include "cw-params.h"
#include "cw-scenario-file-private.h"
#include "cw-version.h"

/* Where things were in the file, for pointing problems at lines. */
typedef struct {
  int line;
  int lever[CW_N_LEVERS];
} StageLines;

typedef struct {
  CwFileReport *report;
  CwScenario   *scenario;
  int           root, profile, levers, cycle, parameters, run;
  int           property[CW_N_PROFILE];
  int           standing[CW_N_LEVERS];
  GArray       *stages;      /* StageLines */
  GArray       *edges;       /* int */
  int          *parameter;   /* per parameter index */
  const char   *variant;     /* the name of the variant read, or NULL */
} Reader;

static const char *sections[] = { "meta", "profile", "levers", "cycle", "parameters", "run", "focus",
                                  "variants" };

int
cw_file_line_of (xmlNode *node)
{
  long line = xmlGetLineNo (node);

  return line > 0 && line < G_MAXINT ? (int) line : 0;
}

gboolean
cw_file_is_element (xmlNode    *node,
                    const char *ns,
                    const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, ns) == 0 &&
         (name == NULL || g_str_equal ((const char *) node->name, name));
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return cw_file_is_element (node, CW_SCENARIO_NAMESPACE, name);
}

char *
cw_file_attribute (xmlNode    *node,
                   const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

gboolean
cw_file_double_attribute (CwFileReport *report,
                          xmlNode      *node,
                          const char   *name,
                          double       *value)
{
  g_autofree char *text = cw_file_attribute (node, name);

  if (text == NULL)
    return FALSE;
  if (!cw_parse_double (text, value) || !isfinite (*value))
    {
      cw_file_report_error (report, cw_file_line_of (node),
                            _("The value “%s” of “%s” is not a finite number."), text, name);
      return FALSE;
    }
  return TRUE;
}

/* The attribute's value; reports it missing when it is. */
static char *
require_attribute (Reader     *reader,
                   xmlNode    *node,
                   const char *name)
{
  char *value = cw_file_attribute (node, name);

  if (value == NULL)
    cw_file_report_error (reader->report, cw_file_line_of (node),
                          _("The element “%s” needs the attribute “%s”."),
                          (const char *) node->name, name);
  return value;
}

/* Whether @text is a number as XML Schema writes one ("1", "-0.5", "2.5e-3",
 * "NaN", "INF"), blanks around it allowed. Sets @value. */
gboolean
cw_parse_double (const char *text,
                 double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  const char *p = copy;
  gboolean digits = FALSE;

  if (g_str_equal (copy, "NaN") || g_str_equal (copy, "INF") || g_str_equal (copy, "-INF") ||
      g_str_equal (copy, "+INF"))
    {
      *value = copy[0] == 'N' ? NAN : copy[0] == '-' ? -INFINITY : INFINITY;
      return TRUE;
    }
  if (*p == '+' || *p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits = TRUE;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      digits = TRUE;
  if (!digits)
    return FALSE;
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != '\0')
    return FALSE;
  *value = g_ascii_strtod (copy, NULL);
  return TRUE;
}

/* Reads a finite number into @value; reports it and leaves @value alone
 * when it is missing or not one. @what names it in the message. */
static gboolean
read_number (Reader     *reader,
             xmlNode    *node,
             const char *attribute,
             const char *what,
             double     *value)
{
  g_autofree char *text = require_attribute (reader, node, attribute);
  double number;

  if (text == NULL)
    return FALSE;
  if (!cw_parse_double (text, &number))
    cw_file_report_error (reader->report, cw_file_line_of (node),
                          _("The value of “%s” is “%s”, which is not a number."), what, text);
  else if (isnan (number))
    cw_file_report_error (reader->report, cw_file_line_of (node),
                          _("The value of “%s” is “%s”, which is not a number."), what, text);
  else if (isinf (number))
    cw_file_report_error (reader->report, cw_file_line_of (node),
                          _("The value of “%s” is “%s”, which is too large to be used."), what, text);
  else
    {
      *value = number;
      return TRUE;
    }
  return FALSE;
}

/* An optional whole-number attribute: left alone when absent. */
static void
read_optional_int (Reader     *reader,
                   xmlNode    *node,
                   const char *attribute,
                   int        *value)
{
  g_autofree char *text = cw_file_attribute (node, attribute);
  gint64 number;

  if (text == NULL)
    return;
  g_strstrip (text);
  if (g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &number, NULL))
    *value = (int) number;
  else
    cw_file_report_error (reader->report, cw_file_line_of (node),
                          _("The value of “%s” is “%s”, which is not a whole number of a usable size."),
                          attribute, text);
}

/* The title and the description may come in several languages (xml:lang):
 * the one the user reads is kept, and becomes the scenario's language, so
 * that a saved copy holds the words the user saw and edited. */
static void
read_meta (Reader  *reader,
           xmlNode *meta)
{
  CwMeta *m = &reader->scenario->meta;
  struct { const char *name; char **field; } fields[] = {
    { "title", &m->title }, { "description", &m->description }, { "author", &m->author },
    { "created", &m->created }, { "modified", &m->modified }, { "language", &m->language },
  };
  g_autofree char *picked = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      char *text = cw_file_localized_text (meta, CW_SCENARIO_NAMESPACE, fields[i].name,
                                           i < 2 && picked == NULL ? &picked : NULL);

      if (text != NULL)
        {
          g_free (*fields[i].field);
          *fields[i].field = text;
        }
    }
  if (picked != NULL)
    {
      g_free (m->language);
      m->language = g_steal_pointer (&picked);
    }
}

typedef int (*LookupFunc) (const char *id);
typedef const char *(*SuggestFunc) (const char *id);
typedef void (*StoreFunc) (Reader *reader, int index, double value);

/* Reports the unknown @id with @message (a format with one %s), what it was
 * probably meant to be and the command that lists the ids it can be. */
static void
report_unknown (Reader     *reader,
                xmlNode    *node,
                const char *message,
                const char *id,
                const char *suggestion,
                const char *command)
{
  g_autofree char *hint = cw_id_hint (suggestion, command);
  g_autofree char *text = g_strdup_printf (message, id);

  cw_file_report_error (reader->report, cw_file_line_of (node), "%s%s", text, hint);
}

/* Reads the children @element of @parent, each an id that @lookup knows and
 * a "value": the profile and the parameter overrides. */
static void
read_values (Reader     *reader,
             xmlNode    *parent,
             const char *element,
             LookupFunc  lookup,
             SuggestFunc suggest,
             const char *command,
             int        *lines,
             const char *unknown,
             StoreFunc   store)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;
      double value = 0;
      int index;

      if (!is_element (node, element) || (id = require_attribute (reader, node, "id")) == NULL)
        continue;
      index = lookup (id);
      if (index < 0)
        report_unknown (reader, node, unknown, id, suggest (id), command);
      else if (lines[index] != 0)
        cw_file_report_error (reader->report, cw_file_line_of (node),
                              _("“%s” is given twice (first on line %d)."), id, lines[index]);
      else if (read_number (reader, node, "value", id, &value))
        {
          lines[index] = cw_file_line_of (node);
          store (reader, index, value);
        }
    }
}

static void
store_profile (Reader *reader,
               int     index,
               double  value)
{
  reader->scenario->profile[index] = value;
}

static void
store_override (Reader *reader,
                int     index,
                double  value)
{
  cw_scenario_set_override (reader->scenario, index, value);
}

/* The lever a <lever> element names: -1, reported, when it names none or
 * one already in @seen (read on @lines). */
static int
lever_of (Reader   *reader,
          xmlNode  *node,
          guint32   seen,
          const int *lines)
{
  g_autofree char *id = NULL;
  int lever;

  if (!is_element (node, "lever") || (id = require_attribute (reader, node, "id")) == NULL)
    return -1;
  lever = cw_lever_from_id (id);
  if (lever < 0)
    report_unknown (reader, node, _("There is no lever called “%s”."), id,
                    cw_lever_suggest (id), "cluster-workbench-cli levers");
  else if (seen & (1u << lever))
    cw_file_report_error (reader->report, cw_file_line_of (node),
                          _("The lever “%s” is set twice here (first on line %d)."),
                          id, lines[lever]);
  else
    return lever;
  return -1;
}

/* Reads the <lever> children of @parent into @held and @values. */
static void
read_levers (Reader   *reader,
             xmlNode  *parent,
             guint32  *held,
             double   *values,
             int      *lines)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      int lever = lever_of (reader, node, *held, lines);

      if (lever >= 0 && read_number (reader, node, "intensity", cw_lever_info (lever)->id, &values[lever]))
        {
          *held |= 1u << lever;
          lines[lever] = cw_file_line_of (node);
        }
    }
}

static void
read_stage (Reader  *reader,
            xmlNode *node)
{
  g_autofree char *id = require_attribute (reader, node, "id");
  g_autofree char *kind = cw_file_attribute (node, "kind");
  StageLines lines = { cw_file_line_of (node), { 0 } };
  CwStage *stage;

  if (id == NULL)
    return;
  stage = g_new0 (CwStage, 1);
  stage->id = g_steal_pointer (&id);
  /* A <name xml:lang="…"> child in the user's language wins over the attribute. */
  stage->name = cw_file_localized_text (node, CW_SCENARIO_NAMESPACE, "name", NULL);
  if (stage->name == NULL)
    stage->name = cw_file_attribute (node, "name");
  if (stage->name == NULL)
    stage->name = g_strdup (stage->id);
  stage->kind = CW_STAGE_CUSTOM;
  if (kind != NULL && cw_stage_kind_from_id (kind) >= 0)
    stage->kind = cw_stage_kind_from_id (kind);
  else if (kind != NULL)
    report_unknown (reader, node, _("The stage kind “%s” is not known; it can be awareness, ownership, "
                                    "co_learning, sustainability, mission or custom."),
                    kind, cw_stage_kind_suggest (kind), NULL);
  /* The defaults of a new stage in the window. */
  stage->min_quarters = 4;
  stage->max_quarters = 16;
  read_optional_int (reader, node, "min-quarters", &stage->min_quarters);
  read_optional_int (reader, node, "max-quarters", &stage->max_quarters);
  if (xmlHasProp (node, (const xmlChar *) "x"))
    read_number (reader, node, "x", "x", &stage->x);
  if (xmlHasProp (node, (const xmlChar *) "y"))
    read_number (reader, node, "y", "y", &stage->y);
  read_levers (reader, node, &stage->held, stage->levers, lines.lever);
  /* Duplicate ids are kept, for cw_scenario_check() to report. */
  g_ptr_array_add (reader->scenario->stages, stage);
  g_array_append_val (reader->stages, lines);
}

static void
read_condition (Reader  *reader,
                xmlNode *node,
                CwEdge  *edge)
{
  g_autofree char *indicator = require_attribute (reader, node, "indicator");
  g_autofree char *op = require_attribute (reader, node, "op");
  int output = indicator ? cw_output_from_id (indicator) : -1;
  int compare = op ? cw_compare_from_id (op) : -1;
  double threshold = 0;

  if (indicator != NULL && output < 0)
    report_unknown (reader, node, _("The condition tests “%s”, which is not an outcome of the model."),
                    indicator, cw_output_suggest (indicator), "cluster-workbench-cli outcomes");
  if (op != NULL && compare < 0)
    report_unknown (reader, node, _("The comparison “%s” is not known; it can be lt (less than), le (at "
                                    "most), gt (more than) or ge (at least)."),
                    op, cw_compare_suggest (op), NULL);
  if (read_number (reader, node, "threshold", "threshold", &threshold) && output >= 0 && compare >= 0)
    {
      edge->conditional = TRUE;
      edge->indicator = output;
      edge->op = compare;
      edge->threshold = threshold;
    }
}

static void
read_edge (Reader  *reader,
           xmlNode *node)
{
  g_autofree char *from = require_attribute (reader, node, "from");
  g_autofree char *to = require_attribute (reader, node, "to");
  CwEdge *edge;
  int line = cw_file_line_of (node);

  if (from == NULL || to == NULL)
    return;
  edge = cw_scenario_add_edge (reader->scenario, from, to);
  g_array_append_val (reader->edges, line);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_element (child, "condition"))
      read_condition (reader, child, edge);
}

static void
read_cycle (Reader  *reader,
            xmlNode *cycle)
{
  CwScenario *scenario = reader->scenario;
  gboolean too_many = FALSE;

  reader->cycle = cw_file_line_of (cycle);
  g_free (scenario->start);
  scenario->start = cw_file_attribute (cycle, "start");
  for (xmlNode *node = cycle->children; node != NULL && !too_many; node = node->next)
    {
      if (is_element (node, "stage") && scenario->stages->len == CW_SCENARIO_MAX_STAGES)
        {
          cw_file_report_error (reader->report, cw_file_line_of (node),
                                g_dngettext (GETTEXT_PACKAGE,
                                             "The policy cycle has more than %d stage, more than this "
                                             "program can handle.",
                                             "The policy cycle has more than %d stages, more than this "
                                             "program can handle.", CW_SCENARIO_MAX_STAGES),
                                CW_SCENARIO_MAX_STAGES);
          too_many = TRUE;
        }
      else if (is_element (node, "edge") && scenario->edges->len == CW_SCENARIO_MAX_EDGES)
        {
          cw_file_report_error (reader->report, cw_file_line_of (node),
                                g_dngettext (GETTEXT_PACKAGE,
                                             "The policy cycle has more than %d arrow, more than this "
                                             "program can handle.",
                                             "The policy cycle has more than %d arrows, more than this "
                                             "program can handle.", CW_SCENARIO_MAX_EDGES),
                                CW_SCENARIO_MAX_EDGES);
          too_many = TRUE;
        }
      else if (is_element (node, "stage"))
        read_stage (reader, node);
      else if (is_element (node, "edge"))
        read_edge (reader, node);
    }
}

static void
read_run (Reader  *reader,
          xmlNode *run)
{
  g_autofree char *seed = cw_file_attribute (run, "seed");

  reader->run = cw_file_line_of (run);
  if (seed != NULL &&
      !g_ascii_string_to_unsigned (g_strstrip (seed), 10, 0, G_MAXUINT64, &reader->scenario->seed, NULL))
    {
      /* Formatted apart, so that the message is one string for translators. */
      g_autofree char *largest = g_strdup_printf ("%" G_GUINT64_FORMAT, G_MAXUINT64);

      cw_file_report_error (reader->report, reader->run,
                            _("The seed is “%s”; it must be a whole number from 0 to %s."),
                            seed, largest);
    }
  read_optional_int (reader, run, "years", &reader->scenario->years);
  read_optional_int (reader, run, "runs", &reader->scenario->runs);
}

/* Format 1.1: the levers marked "in focus" for present mode. */
static void
read_focus (Reader  *reader,
            xmlNode *focus)
{
  int lines[CW_N_LEVERS] = { 0 };

  for (xmlNode *node = focus->children; node != NULL; node = node->next)
    {
      int lever = lever_of (reader, node, reader->scenario->focus, lines);

      if (lever >= 0)
        {
          reader->scenario->focus |= 1u << lever;
          lines[lever] = cw_file_line_of (node);
        }
    }
}

static int
first_line (int a,
            int b,
            int c)
{
  return a > 0 ? a : b > 0 ? b : c;
}

/* The line of the element a problem of cw_scenario_check() is about. */
static int
problem_line (const Reader    *reader,
              const CwProblem *problem)
{
  const CwScenario *scenario = reader->scenario;
  guint index = problem->index;

  switch (problem->place)
    {
    case CW_PLACE_PROFILE:
      return first_line (reader->property[index], reader->profile, reader->root);
    case CW_PLACE_STANDING:
      return first_line (reader->standing[index], reader->levers, reader->root);
    case CW_PLACE_STAGE:
      return g_array_index (reader->stages, StageLines, index).line;
    case CW_PLACE_STAGE_LEVER:
      return first_line (g_array_index (reader->stages, StageLines, index).lever[problem->sub],
                         g_array_index (reader->stages, StageLines, index).line, reader->root);
    case CW_PLACE_EDGE:
      return g_array_index (reader->edges, int, index);
    case CW_PLACE_START:
      return first_line (reader->cycle, reader->root, 0);
    case CW_PLACE_OVERRIDE:
      return first_line (reader->parameter[g_array_index (scenario->overrides, CwParamOverride, index).index],
                         reader->parameters, reader->root);
    case CW_PLACE_RUN:
      return first_line (reader->run, reader->root, 0);
    case CW_PLACE_SCENARIO:
    default:
      return reader->root;
    }
}

static void
check_scenario (Reader *reader)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_problem_free);

  cw_scenario_check (reader->scenario, problems);
  for (guint i = 0; i < problems->len; i++)
    {
      const CwProblem *problem = g_ptr_array_index (problems, i);

      if (reader->variant != NULL)
        /* Translators: the first %s is a variant's name, the second a problem, a sentence */
        cw_file_report_add (reader->report, problem->severity, problem_line (reader, problem),
                            _("Variant “%s”: %s"), reader->variant, problem->message);
      else
        cw_file_report_add (reader->report, problem->severity, problem_line (reader, problem),
                            "%s", problem->message);
    }
}

gboolean
cw_scenario_read_version (xmlDoc       *doc,
                          CwFileReport *report,
                          guint        *minor,
                          gboolean     *newer_major)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *version = NULL;
  g_autofree char *app = NULL;
  g_auto(GStrv) parts = NULL;
  guint64 major_number = 0, minor_number = 0;

  *minor = 0;
  *newer_major = FALSE;
  if (!is_element (root, "scenario"))
    {
      cw_file_report_error (report, cw_file_line_of (root),
                            _("This is not a Cluster Workbench scenario: the file starts with “%s”, "
                              "not with a scenario in the namespace %s."),
                            (const char *) root->name, CW_SCENARIO_NAMESPACE);
      return FALSE;
    }
  version = cw_file_attribute (root, "version");
  if (version == NULL)
    {
      cw_file_report_error (report, cw_file_line_of (root),
                            _("The file does not say which version of the scenario format it uses "
                              "(the attribute “version” is missing)."));
      return FALSE;
    }
  parts = g_strsplit (version, ".", 3);
  if (parts[0] == NULL || !g_ascii_string_to_unsigned (parts[0], 10, 1, G_MAXUINT, &major_number, NULL) ||
      (parts[1] != NULL &&
       (parts[2] != NULL || !g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT, &minor_number, NULL))))
    {
      cw_file_report_error (report, cw_file_line_of (root),
                            _("The scenario format version “%s” is not valid; it should be a number "
                              "such as 1 or 1.2."), version);
      return FALSE;
    }
  if (major_number > CW_SCENARIO_FORMAT_MAJOR)
    {
      *newer_major = TRUE;
      app = cw_file_attribute (root, "app-version");
      if (app != NULL)
        cw_file_report_error (report, cw_file_line_of (root),
                              _("This file was saved by Cluster Workbench %s in version %s of the "
                                "scenario format, which this Cluster Workbench (%s) cannot read: it "
                                "reads version %d. Open the file with Cluster Workbench %s or later."),
                              app, version, cw_version (), CW_SCENARIO_FORMAT_MAJOR, app);
      else
        cw_file_report_error (report, cw_file_line_of (root),
                              _("This file is in version %s of the scenario format, which this "
                                "Cluster Workbench (%s) cannot read: it reads version %d. Open the "
                                "file with a newer Cluster Workbench that reads format %s."),
                              version, cw_version (), CW_SCENARIO_FORMAT_MAJOR, parts[0]);
      return FALSE;
    }
  *minor = (guint) minor_number;
  return TRUE;
}

static gboolean
is_section (xmlNode *node)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (is_element (node, sections[i]))
      return TRUE;
  return FALSE;
}

/* The element as text that stands on its own: namespaces it uses are
 * declared on it. */
static char *
serialize_element (xmlNode *node)
{
  xmlDoc *holder = xmlNewDoc ((const xmlChar *) "1.0");
  xmlNode *copy = xmlDocCopyNode (node, holder, 1);
  xmlBuffer *buffer = xmlBufferCreate ();
  char *text;

  xmlDocSetRootElement (holder, copy);
  xmlNodeDump (buffer, holder, copy, 1, 0);
  text = g_strdup ((const char *) xmlBufferContent (buffer));
  xmlBufferFree (buffer);
  xmlFreeDoc (holder);
  return text;
}

void
cw_scenario_take_foreign (xmlDoc       *doc,
                          guint         minor,
                          GPtrArray    *foreign,
                          CwFileReport *report)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *next;

  for (xmlNode *node = root->children; node != NULL; node = next)
    {
      next = node->next;
      if (node->type != XML_ELEMENT_NODE || is_section (node))
        continue;
      if (minor > CW_SCENARIO_FORMAT_MINOR)
        {
          cw_file_report_add (report, CW_PROBLEM_WARNING, cw_file_line_of (node),
                              _("The element “%s” comes from a newer version of the scenario "
                                "format (%d.%u). It has no effect here, but it is kept when the "
                                "scenario is saved."),
                              (const char *) node->name, CW_SCENARIO_FORMAT_MAJOR, minor);
          g_ptr_array_add (foreign, serialize_element (node));
        }
      else
        cw_file_report_error (report, cw_file_line_of (node),
                              _("The element “%s” is not part of the scenario format."),
                              (const char *) node->name);
      xmlUnlinkNode (node);
      xmlFreeNode (node);
    }
}

static void read_variants (Reader  *reader,
                           xmlNode *variants);

/* The scenario in the sections under @parent (the root, or a variant). */
static CwScenario *
read_sections (xmlNode      *parent,
               CwFileReport *report,
               const char   *variant)
{
  Reader reader = { report, cw_scenario_new (), cw_file_line_of (parent) };

  reader.variant = variant;
  reader.stages = g_array_new (FALSE, TRUE, sizeof (StageLines));
  reader.edges = g_array_new (FALSE, TRUE, sizeof (int));
  reader.parameter = g_new0 (int, cw_params_count ());
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      if (is_element (node, "meta"))
        read_meta (&reader, node);
      else if (is_element (node, "profile"))
        {
          reader.profile = cw_file_line_of (node);
          read_values (&reader, node, "property", cw_profile_from_id, cw_profile_suggest,
                       "cluster-workbench-cli profile", reader.property,
                       _("The cluster profile has no value called “%s”."), store_profile);
        }
      else if (is_element (node, "levers"))
        {
          reader.levers = cw_file_line_of (node);
          read_levers (&reader, node, &reader.scenario->standing_held, reader.scenario->standing,
                       reader.standing);
        }
      else if (is_element (node, "cycle"))
        read_cycle (&reader, node);
      else if (is_element (node, "parameters"))
        {
          reader.parameters = cw_file_line_of (node);
          read_values (&reader, node, "parameter", cw_param_from_id, cw_param_suggest,
                       "cluster-workbench-cli params", reader.parameter,
                       _("There is no model parameter called “%s”."), store_override);
        }
      else if (is_element (node, "run"))
        read_run (&reader, node);
      else if (is_element (node, "focus") && variant == NULL)
        read_focus (&reader, node);
      else if (is_element (node, "variants") && variant == NULL)
        read_variants (&reader, node);
    }
  check_scenario (&reader);
  g_array_unref (reader.stages);
  g_array_unref (reader.edges);
  g_free (reader.parameter);
  return reader.scenario;
}

/* The pinned options: each a name, unique, and a scenario of its own. */
static void
read_variants (Reader  *reader,
               xmlNode *variants)
{
  for (xmlNode *node = variants->children; node != NULL; node = node->next)
    {
      g_autofree char *name = NULL;
      g_autofree char *stripped = NULL;
      CwVariant *variant;

      if (!is_element (node, "variant"))
        continue;
      name = cw_file_attribute (node, "name");
      stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
      if (reader->scenario->variants->len == CW_MAX_VARIANTS)
        {
          cw_file_report_error (reader->report, cw_file_line_of (node),
                                g_dngettext (GETTEXT_PACKAGE, "A scenario holds at most %d variant.",
                                             "A scenario holds at most %d variants.", CW_MAX_VARIANTS),
                                CW_MAX_VARIANTS);
          return;
        }
      if (stripped[0] == '\0' || g_utf8_strlen (stripped, -1) > CW_MAX_VARIANT_NAME)
        {
          cw_file_report_error (reader->report, cw_file_line_of (node),
                                g_dngettext (GETTEXT_PACKAGE,
                                             "A variant needs a name of 1 to %d character.",
                                             "A variant needs a name of 1 to %d characters.",
                                             CW_MAX_VARIANT_NAME), CW_MAX_VARIANT_NAME);
          continue;
        }
      if (cw_scenario_find_variant (reader->scenario, stripped) != NULL)
        {
          cw_file_report_error (reader->report, cw_file_line_of (node),
                                _("There are two variants called “%s”."), stripped);
          continue;
        }
      variant = g_new0 (CwVariant, 1);
      variant->name = g_steal_pointer (&stripped);
      variant->scenario = read_sections (node, reader->report, variant->name);
      g_ptr_array_add (reader->scenario->variants, variant);
    }
}

CwScenario *
cw_scenario_read_tree (xmlDoc       *doc,
                       CwFileReport *report)
{
  return read_sections (xmlDocGetRootElement (doc), report, NULL);
}

/* cw-lesson-file.c — reading lesson files (.lesson, XML) as untrusted input
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A lesson file goes through the scenario loader's pieces: the size cap,
 * the safe parser (no DTD, no entities), the schema resources/cw-lesson.rng
 * and problems at their lines; then this reader checks ids and references.
 */
#define G_LOG_DOMAIN "cw-lesson"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-lesson-private.h"
#include "cw-levers.h"
#include "cw-scenario-file-private.h"

#define BUNDLED_PATH RESOURCE_BASE "/lessons"

typedef struct {
  CwFileReport *report;
  CwLesson     *lesson;
  int           last_predict;   /* index of the latest predict step, -1 */
} Reader;


static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return cw_file_is_element (node, CW_LESSON_NAMESPACE, name);
}

/* The text of @element in the user's language, "" when there is none. */
static char *
localized (xmlNode    *parent,
           const char *element)
{
  char *text = cw_file_localized_text (parent, CW_LESSON_NAMESPACE, element, NULL);

  return text ? g_strstrip (text) : g_strdup ("");
}

/* An outcome the model reports as a number (not a category). */
static gboolean
read_outcome (Reader     *reader,
              xmlNode    *node,
              const char *attribute,
              CwOutput   *output)
{
  g_autofree char *id = cw_file_attribute (node, attribute);
  int found = id ? cw_output_from_id (id) : -1;

  if (id == NULL)
    return FALSE;
  if (found < 0 || cw_output_info (found)->kind == CW_OUTPUT_KIND_CATEGORY)
    {
      cw_file_report_error (reader->report, cw_file_line_of (node),
                            _("“%s” is not an outcome of the model that a lesson can ask about."), id);
      return FALSE;
    }
  *output = found;
  return TRUE;
}

static void
read_predict (Reader       *reader,
              xmlNode      *node,
              CwLessonStep *step)
{
  step->curve = xmlHasProp (node, (const xmlChar *) "outcome") != NULL;
  if (step->curve)
    {
      if (read_outcome (reader, node, "outcome", &step->outcomes[0]))
        step->n_outcomes = 1;
      if (step->n_outcomes == 1 && (cw_output_info (step->outcomes[0])->min != 0 ||
                                    cw_output_info (step->outcomes[0])->max != 1))
        cw_file_report_error (reader->report, cw_file_line_of (node),
                              _("A curve can be sketched only for an outcome from 0 to 1."));
      return;
    }
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_element (child, "outcome") && step->n_outcomes < CW_LESSON_MAX_OUTCOMES &&
        read_outcome (reader, child, "id", &step->outcomes[step->n_outcomes]))
      step->n_outcomes++;
  if (step->n_outcomes == 0)
    cw_file_report_error (reader->report, cw_file_line_of (node),
                          _("A prediction needs an outcome to sketch or outcomes to answer."));
}

static void
read_run (Reader       *reader,
          xmlNode      *node,
          CwLessonStep *step)
{
  g_autofree char *by = cw_file_attribute (node, "by");

  step->by_step = g_strcmp0 (by, "learner") != 0;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *lever = NULL;
      CwLessonChange *change;
      int found;

      if (!is_element (child, "set") || step->n_changes == CW_LESSON_MAX_CHANGES)
        continue;
      lever = cw_file_attribute (child, "lever");
      found = lever ? cw_lever_from_id (lever) : -1;
      change = &step->changes[step->n_changes];
      if (found < 0)
        {
          cw_file_report_error (reader->report, cw_file_line_of (child),
                                _("There is no lever called “%s”."), lever ? lever : "");
          continue;
        }
      change->lever = found;
      change->stage = cw_file_attribute (child, "stage");
      if (!cw_file_double_attribute (reader->report, child, "value", &change->value))
        {
          g_clear_pointer (&change->stage, g_free);
          continue;
        }
      if (change->value < cw_lever_info (found)->min || change->value > cw_lever_info (found)->max)
        cw_file_report_error (reader->report, cw_file_line_of (child),
                              _("The lever “%s” goes from %g to %g, not to %g."), lever,
                              cw_lever_info (found)->min, cw_lever_info (found)->max, change->value);
      if (change->stage != NULL && reader->lesson->scenario != NULL &&
          cw_scenario_find_stage (reader->lesson->scenario, change->stage, NULL) == NULL)
        cw_file_report_error (reader->report, cw_file_line_of (child),
                              _("The scenario has no stage “%s”."), change->stage);
      step->n_changes++;
    }
}

static void
read_challenge (Reader       *reader,
                xmlNode      *node,
                CwLessonStep *step)
{
  g_autofree char *op = cw_file_attribute (node, "op");
  g_autofree char *levers = cw_file_attribute (node, "levers");
  g_autoptr(GStrvBuilder) hints = g_strv_builder_new ();
  double year = 0;
  int years = reader->lesson->scenario ? reader->lesson->scenario->years : CW_MAX_YEARS;

  if (read_outcome (reader, node, "outcome", &step->outcomes[0]))
    step->n_outcomes = 1;
  step->op = op ? cw_compare_from_id (op) : CW_COMPARE_GE;
  cw_file_double_attribute (reader->report, node, "threshold", &step->threshold);
  step->budget = NAN;
  cw_file_double_attribute (reader->report, node, "budget", &step->budget);
  if (cw_file_double_attribute (reader->report, node, "year", &year) &&
      (year < 1 || year > years || year != floor (year)))
    cw_file_report_error (reader->report, cw_file_line_of (node),
                          _("The goal year %g is not a whole year of the run (1 to %d)."), year, years);
  step->year = (int) CLAMP (year, 1, years);
  /* The levers a learner may move to reach it, which present mode shows. */
  if (levers != NULL)
    {
      g_auto(GStrv) ids = g_strsplit_set (levers, " \t\n", -1);

      for (guint i = 0; ids[i] != NULL; i++)
        {
          int found = ids[i][0] != '\0' ? cw_lever_from_id (ids[i]) : CW_N_LEVERS;

          if (found < 0)
            cw_file_report_error (reader->report, cw_file_line_of (node),
                                  _("There is no lever called “%s”."), ids[i]);
          else if (found < CW_N_LEVERS)
            step->levers |= 1u << found;
        }
    }
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_element (child, "hint"))
      {
        g_autofree char *text = localized (child, "text");

        g_strv_builder_add (hints, text);
      }
  step->hints = g_strv_builder_end (hints);
}

static void
read_step (Reader  *reader,
           xmlNode *node)
{
  CwLessonStep *step = g_new0 (CwLessonStep, 1);
  CwLesson *lesson = reader->lesson;

  step->kind = CW_STEP_READ;
  for (int k = 0; k < CW_N_STEP_KINDS; k++)
    if (g_str_equal ((const char *) node->name, cw_step_kind_id (k)))
      step->kind = k;
  step->title = localized (node, "title");
  step->text = localized (node, "text");
  step->highlight_lever = -1;
  step->predict_step = -1;
  switch (step->kind)
    {
    case CW_STEP_READ:
      {
        g_autofree char *lever = cw_file_attribute (node, "lever");

        step->highlight_stage = cw_file_attribute (node, "stage");
        if (lever != NULL && (step->highlight_lever = cw_lever_from_id (lever)) < 0)
          cw_file_report_error (reader->report, cw_file_line_of (node),
                                _("There is no lever called “%s”."), lever);
        if (step->highlight_stage != NULL && lesson->scenario != NULL &&
            cw_scenario_find_stage (lesson->scenario, step->highlight_stage, NULL) == NULL)
          cw_file_report_error (reader->report, cw_file_line_of (node),
                                _("The scenario has no stage “%s”."), step->highlight_stage);
      }
      break;
    case CW_STEP_PREDICT:
      read_predict (reader, node, step);
      reader->last_predict = (int) lesson->steps->len;
      break;
    case CW_STEP_RUN:
      read_run (reader, node, step);
      break;
    case CW_STEP_REVEAL:
      step->predict_step = reader->last_predict;
      if (reader->last_predict < 0)
        cw_file_report_error (reader->report, cw_file_line_of (node),
                              _("A reveal step needs a predict step before it."));
      break;
    case CW_STEP_CHALLENGE:
      read_challenge (reader, node, step);
      break;
    case CW_N_STEP_KINDS:
    default:
      g_assert_not_reached ();
    }
  g_ptr_array_add (lesson->steps, step);
}

/* The embedded <scenario> of the scenario format, read like a file; its
 * problems are pointed at the lines of the lesson. */
static CwScenario *
read_embedded (Reader  *reader,
               xmlNode *node)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  xmlBuffer *buffer = xmlBufferCreate ();
  g_autoptr(GBytes) bytes = NULL;
  CwScenario *scenario;

  xmlNodeDump (buffer, node->doc, node, 0, 0);
  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  scenario = cw_scenario_load_bytes (bytes, reader->report->name, problems, NULL);
  for (guint i = 0; i < problems->len; i++)
    {
      const CwFileProblem *problem = g_ptr_array_index (problems, i);

      cw_file_report_add (reader->report, problem->severity,
                          cw_file_line_of (node) + MAX (problem->line, 1) - 1, "%s", problem->message);
    }
  return scenario;
}

static void
read_scenario (Reader  *reader,
               xmlNode *node)
{
  g_autofree char *example = cw_file_attribute (node, "example");

  if (example != NULL)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
      g_autoptr(GError) error = NULL;

      reader->lesson->scenario = cw_scenario_load_example (example, problems, &error);
      if (reader->lesson->scenario == NULL)
        cw_file_report_error (reader->report, cw_file_line_of (node),
                              _("The lesson uses the example “%s”, which this program does not have."),
                              example);
      reader->lesson->example = g_steal_pointer (&example);
      return;
    }
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      {
        reader->lesson->scenario = read_embedded (reader, child);
        return;
      }
}

static gboolean
read_version (xmlNode      *root,
              CwFileReport *report,
              gboolean     *newer)
{
  g_autofree char *version = cw_file_attribute (root, "version");
  g_autofree char *major_text = g_strdup (version);
  guint64 major = 0;

  *newer = FALSE;
  if (!is_element (root, "lesson"))
    {
      cw_file_report_error (report, cw_file_line_of (root),
                            _("This is not a Cluster Workbench lesson: the file starts with “%s”, "
                              "not with a lesson in the namespace %s."),
                            (const char *) root->name, CW_LESSON_NAMESPACE);
      return FALSE;
    }
  if (version == NULL || !g_ascii_string_to_unsigned (g_strdelimit (major_text, ".", '\0'), 10, 1,
                                                      G_MAXUINT, &major, NULL))
    {
      cw_file_report_error (report, cw_file_line_of (root),
                            _("The file does not say which version of the lesson format it uses, "
                              "as a number such as 1 or 1.2."));
      return FALSE;
    }
  if (major > CW_LESSON_FORMAT_MAJOR)
    {
      *newer = TRUE;
      cw_file_report_error (report, cw_file_line_of (root),
                            _("This lesson is in version %s of the lesson format, which this "
                              "Cluster Workbench cannot read: it reads version %d."),
                            version, CW_LESSON_FORMAT_MAJOR);
      return FALSE;
    }
  return TRUE;
}

static CwLesson *
read_tree (xmlDoc       *doc,
           CwFileReport *report)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  Reader reader = { report, cw_lesson_new (), -1 };
  gboolean has_scenario = FALSE;

  reader.lesson->title = localized (root, "title");
  reader.lesson->summary = localized (root, "summary");
  for (xmlNode *node = root->children; node != NULL; node = node->next)
    if (is_element (node, "scenario"))
      {
        read_scenario (&reader, node);
        has_scenario = TRUE;
      }
  if (!has_scenario)
    cw_file_report_error (report, cw_file_line_of (root), _("The lesson has no scenario to work on."));
  for (xmlNode *node = root->children; node != NULL; node = node->next)
    if (is_element (node, "steps"))
      for (xmlNode *step = node->children; step != NULL; step = step->next)
        if (is_element (step, NULL) && reader.lesson->steps->len < CW_LESSON_MAX_STEPS)
          read_step (&reader, step);
  if (reader.lesson->steps->len == 0)
    cw_file_report_error (report, cw_file_line_of (root), _("The lesson has no steps."));
  return reader.lesson;
}

CwLesson *
cw_lesson_load_bytes (GBytes     *bytes,
                      const char *name,
                      GPtrArray  *problems,
                      GError    **error)
{
  CwFileReport report;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(CwLesson) lesson = NULL;
  gboolean too_large = FALSE;
  gboolean newer = FALSE;
  int code;

  g_return_val_if_fail (bytes != NULL && name != NULL && problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  cw_file_report_init (&report, name);
  doc = cw_file_parse_bytes (bytes, &report, &too_large);
  if (doc != NULL && read_version (xmlDocGetRootElement (doc), &report, &newer))
    {
      cw_file_validate_xml (doc, CW_FILE_SCHEMA_LESSON, &report);
      lesson = read_tree (doc, &report);
    }
  code = too_large ? CW_LESSON_ERROR_FILE : newer ? CW_LESSON_ERROR_VERSION : CW_LESSON_ERROR_INVALID;
  if (!cw_file_report_finish (&report, problems, CW_LESSON_ERROR, code, error))
    g_clear_pointer (&lesson, cw_lesson_free);
  cw_file_report_clear (&report);
  return g_steal_pointer (&lesson);
}

static const CwFileKind lesson_kind = {
  cw_lesson_error_quark, CW_LESSON_ERROR_FILE, (CwFileLoadBytes) cw_lesson_load_bytes,
  BUNDLED_PATH, N_("There is no bundled lesson called “%s”.")
};

CwLesson *
cw_lesson_load_file (GFile      *file,
                     GPtrArray  *problems,
                     GError    **error)
{
  return cw_file_load (&lesson_kind, file, NULL, problems, error);
}

CwLesson *
cw_lesson_load_path (const char *path,
                     GPtrArray  *problems,
                     GError    **error)
{
  return cw_file_load (&lesson_kind, NULL, path, problems, error);
}

char **
cw_lesson_list_bundled (void)
{
  return cw_resource_list_sorted (BUNDLED_PATH);
}

CwLesson *
cw_lesson_load_bundled (const char *name,
                        GPtrArray  *problems,
                        GError    **error)
{
  return cw_file_load_resource (&lesson_kind, name, problems, error);
}

/* cw-experiment-file.c — reading experiment files with the scenario loader's rules
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes go through the same hardened parser as a scenario's
 * (cw-scenario-parse.c), the tree is validated with cw-experiment.rng, and
 * then every id, range and count is checked here, with its line. An
 * embedded base scenario is read as a scenario file is, lines and all.
 */
#define G_LOG_DOMAIN "cw-scenario-file"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cw-experiment-file.h"
#include "cw-factor.h"
#include "cw-outputs.h"
#include "cw-scenario-file-private.h"

static const char *design_ids[CW_N_DESIGNS] = { "factorial", "lhs", "saltelli", "morris" };

typedef struct {
  CwFileReport *report;
  CwExperiment *experiment;
  GFile        *folder;     /* where a base scenario's path starts */
  GPtrArray    *problems;   /* the caller's: the base scenario's problems go there */
} Reader;

const char *
cw_design_kind_id (CwDesignKind kind)
{
  g_return_val_if_fail (kind < CW_N_DESIGNS, NULL);
  return design_ids[kind];
}

static void
factor_free (CwFactor *factor)
{
  g_free (factor->id);
  g_free (factor->values);
  g_free (factor);
}

void
cw_experiment_free (CwExperiment *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_clear_pointer (&self->base, cw_scenario_free);
  g_ptr_array_unref (self->factors);
  g_array_unref (self->outputs);
  g_array_unref (self->years);
  g_free (self);
}

int
cw_experiment_run_years (const CwExperiment *self)
{
  return g_array_index (self->years, int, self->years->len - 1);
}

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return cw_file_is_element (node, CW_EXPERIMENT_NAMESPACE, name);
}

/* An attribute the schema has checked to be a whole number, or @fallback. */
static int
int_attribute (xmlNode    *node,
               const char *name,
               int         fallback)
{
  g_autofree char *text = cw_file_attribute (node, name);
  gint64 value;

  if (text == NULL || !g_ascii_string_to_signed (g_strstrip (text), 10, G_MININT, G_MAXINT, &value, NULL))
    return fallback;
  return (int) value;
}

static gboolean
check_value (Reader         *reader,
             xmlNode        *node,
             const CwFactor *factor,
             double          value)
{
  double min, max;

  cw_factor_range (factor->id, &min, &max, NULL, NULL);
  if (value < min || value > max || (factor->integer && value != floor (value)))
    {
      cw_file_report_error (reader->report, cw_file_line_of (node),
                            factor->integer ?
                            _("The factor “%s” takes whole numbers between %g and %g; %g is not one.") :
                            _("The factor “%s” takes values between %g and %g; %g is outside."),
                            factor->id, min, max, value);
      return FALSE;
    }
  return TRUE;
}

static void
read_factor (Reader  *reader,
             xmlNode *node)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *values = cw_file_attribute (node, "values");
  CwFactor *factor = g_new0 (CwFactor, 1);

  factor->id = cw_file_attribute (node, "id");
  g_ptr_array_add (reader->experiment->factors, factor);
  if (!cw_factor_range (factor->id, NULL, NULL, &factor->integer, &error))
    {
      cw_file_report_error (reader->report, cw_file_line_of (node), "%s", error->message);
      return;
    }
  for (guint i = 0; i + 1 < reader->experiment->factors->len; i++)
    if (g_str_equal (((CwFactor *) g_ptr_array_index (reader->experiment->factors, i))->id, factor->id))
      cw_file_report_error (reader->report, cw_file_line_of (node),
                            _("The factor “%s” is named twice."), factor->id);
  if (values != NULL)
    {
      g_auto(GStrv) words = g_strsplit_set (g_strstrip (values), " \t\r\n", -1);
      guint n = 0;

      factor->values = g_new (double, g_strv_length (words));
      for (guint i = 0; words[i] != NULL; i++)
        if (words[i][0] != '\0')
          {
            if (!cw_parse_double (words[i], &factor->values[n]) ||
                !check_value (reader, node, factor, factor->values[n]))
              return;
            n++;
          }
      factor->n_values = n;
      return;
    }
  if (!cw_file_double_attribute (reader->report, node, "min", &factor->min) ||
      !cw_file_double_attribute (reader->report, node, "max", &factor->max))
    return;
  factor->steps = int_attribute (node, "steps", 0);
  if (!check_value (reader, node, factor, factor->min) || !check_value (reader, node, factor, factor->max))
    return;
  if (factor->min >= factor->max)
    cw_file_report_error (reader->report, cw_file_line_of (node),
                          _("The range of the factor “%s” is empty: min must be below max."), factor->id);
}

/* Points × replicates, or -1 when it passes CW_EXPERIMENT_MAX_RUNS. */
static gint64
count_runs (const CwExperiment *self)
{
  gint64 points = 1;
  guint k = self->factors->len;

  switch (self->design)
    {
    case CW_DESIGN_FACTORIAL:
      for (guint i = 0; i < k && points <= CW_EXPERIMENT_MAX_RUNS; i++)
        {
          const CwFactor *factor = g_ptr_array_index (self->factors, i);

          points *= factor->values != NULL ? factor->n_values : (guint) factor->steps;
        }
      break;
    case CW_DESIGN_LHS:
      points = self->samples;
      break;
    case CW_DESIGN_SALTELLI:
      points = (gint64) self->samples * (k + 2);
      break;
    case CW_DESIGN_MORRIS:
      points = (gint64) self->samples * (k + 1);
      break;
    default:
      g_assert_not_reached ();
    }
  points *= self->replicates;
  return points > CW_EXPERIMENT_MAX_RUNS ? -1 : points;
}

static void
read_design (Reader  *reader,
             xmlNode *node)
{
  CwExperiment *self = reader->experiment;
  g_autofree char *type = cw_file_attribute (node, "type");
  g_autofree char *seed = cw_file_attribute (node, "seed");
  int line = cw_file_line_of (node);

  for (int d = 0; d < CW_N_DESIGNS; d++)
    if (g_strcmp0 (type, design_ids[d]) == 0)
      self->design = d;
  self->samples = int_attribute (node, "samples", 0);
  self->levels = int_attribute (node, "levels", 4);
  self->replicates = int_attribute (node, "replicates", 1);
  if (seed != NULL)
    g_ascii_string_to_unsigned (g_strstrip (seed), 10, 0, G_MAXUINT64, &self->seed, NULL);
  if (self->design != CW_DESIGN_FACTORIAL && self->samples == 0)
    cw_file_report_error (reader->report, line,
                          _("The design “%s” needs the number of samples (samples=\"…\")."), type);
  for (guint i = 0; i < self->factors->len; i++)
    {
      const CwFactor *factor = g_ptr_array_index (self->factors, i);

      if (self->design == CW_DESIGN_FACTORIAL && factor->values == NULL && factor->steps == 0)
        cw_file_report_error (reader->report, line,
                              _("A full factorial design needs values or steps=\"…\" for the factor “%s”."),
                              factor->id);
      if (self->design == CW_DESIGN_MORRIS && factor->values != NULL)
        cw_file_report_error (reader->report, line,
                              _("Morris trajectories need a range (min and max) for the factor “%s”, "
                                "not a list of values."), factor->id);
    }
  if (count_runs (self) < 0)
    cw_file_report_error (reader->report, line,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "The design has more than %d run; split the study into several experiments.",
                                       "The design has more than %d runs; split the study into several experiments.",
                                       CW_EXPERIMENT_MAX_RUNS),
                          CW_EXPERIMENT_MAX_RUNS);
}

static void
read_record (Reader  *reader,
             xmlNode *node)
{
  CwExperiment *self = reader->experiment;
  g_autofree char *outputs = cw_file_attribute (node, "outputs");
  g_autofree char *years = cw_file_attribute (node, "years");
  g_auto(GStrv) ids = g_strsplit_set (g_strstrip (outputs), " \t\r\n", -1);
  g_auto(GStrv) numbers = g_strsplit_set (g_strstrip (years), " \t\r\n", -1);
  int line = cw_file_line_of (node);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      int o = cw_output_from_id (ids[i]);
      gboolean twice = FALSE;

      if (ids[i][0] == '\0')
        continue;
      for (guint j = 0; j < self->outputs->len; j++)
        twice |= g_array_index (self->outputs, int, j) == o;
      if (o < 0 || o == CW_OUT_STEP || o == CW_OUT_YEAR)
        cw_file_report_error (reader->report, line,
                              _("There is no output called “%s” (see the columns of “cluster-workbench-cli run”)."),
                              ids[i]);
      else if (cw_output_info (o)->kind == CW_OUTPUT_KIND_CATEGORY)
        cw_file_report_error (reader->report, line,
                              _("The output “%s” is a category, not a number; an experiment records numbers."),
                              ids[i]);
      else if (twice)
        cw_file_report_error (reader->report, line, _("The output “%s” is named twice."), ids[i]);
      else
        g_array_append_val (self->outputs, o);
    }
  for (guint i = 0; numbers[i] != NULL; i++)
    {
      gint64 year;

      if (numbers[i][0] == '\0' || !g_ascii_string_to_signed (numbers[i], 10, 1, 50, &year, NULL))
        continue;   /* the schema has reported it */
      if (self->years->len > 0 && year <= g_array_index (self->years, int, self->years->len - 1))
        {
          cw_file_report_error (reader->report, line,
                                _("The years to record must be named in ascending order, each once."));
          return;
        }
      g_array_append_val (self->years, (int) { year });
    }
}

/* A copy of the embedded scenario as a document of its own, read as a
 * scenario file is; lines stay those of the experiment file. */
static CwScenario *
read_embedded (Reader  *reader,
               xmlNode *node)
{
  g_autoptr(xmlDoc) doc = xmlNewDoc ((const xmlChar *) "1.0");
  g_autoptr(GPtrArray) foreign = g_ptr_array_new_with_free_func (g_free);
  guint minor;
  gboolean newer_major;

  xmlDocSetRootElement (doc, xmlDocCopyNode (node, doc, 1));
  if (!cw_scenario_read_version (doc, reader->report, &minor, &newer_major))
    return NULL;
  cw_scenario_take_foreign (doc, minor, foreign, reader->report);
  cw_file_validate_xml (doc, CW_FILE_SCHEMA_SCENARIO, reader->report);
  return cw_scenario_read_tree (doc, reader->report);
}

static void
read_base (Reader  *reader,
           xmlNode *node)
{
  g_autofree char *href = cw_file_attribute (node, "href");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (href == NULL)
    {
      for (xmlNode *child = node->children; child != NULL; child = child->next)
        if (child->type == XML_ELEMENT_NODE)
          reader->experiment->base = read_embedded (reader, child);
      return;
    }
  file = g_file_resolve_relative_path (reader->folder, href);
  name = g_file_get_parse_name (file);
  reader->experiment->base = cw_scenario_load_file (file, reader->problems, &error);
  if (reader->experiment->base == NULL)
    cw_file_report_error (reader->report, cw_file_line_of (node),
                          _("The base scenario “%s” cannot be used."), href);
}

static CwExperiment *
read_tree (xmlDoc *doc,
           Reader *reader)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *version = cw_file_attribute (root, "version");

  if (!is_named (root, "experiment"))
    {
      cw_file_report_error (reader->report, cw_file_line_of (root),
                            _("This is not a Cluster Workbench experiment: the file starts with “%s”, "
                              "not with an experiment in the namespace %s."),
                            (const char *) root->name, CW_EXPERIMENT_NAMESPACE);
      return NULL;
    }
  if (version != NULL && g_ascii_strtoull (version, NULL, 10) > CW_EXPERIMENT_FORMAT_MAJOR)
    {
      cw_file_report_error (reader->report, cw_file_line_of (root),
                            _("This file is in version %s of the experiment format; this Cluster "
                              "Workbench reads version %d."), version, CW_EXPERIMENT_FORMAT_MAJOR);
      return NULL;
    }
  cw_file_validate_xml (doc, CW_FILE_SCHEMA_EXPERIMENT, reader->report);
  if (reader->report->schema->len > 0)
    return NULL;   /* the checks below rely on the schema's */

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    if (is_named (node, "title"))
      {
        xmlChar *text = xmlNodeGetContent (node);

        reader->experiment->title = g_strdup ((const char *) text);
        xmlFree (text);
      }
    else if (is_named (node, "base"))
      read_base (reader, node);
    else if (is_named (node, "factors"))
      {
        for (xmlNode *child = node->children; child != NULL; child = child->next)
          if (is_named (child, "factor"))
            read_factor (reader, child);
      }
  /* The design and what to record need the factors and the base. */
  for (xmlNode *node = root->children; node != NULL; node = node->next)
    if (is_named (node, "design"))
      {
        if (reader->experiment->base != NULL)
          reader->experiment->seed = reader->experiment->base->seed;
        read_design (reader, node);
      }
    else if (is_named (node, "record"))
      read_record (reader, node);
  return reader->experiment;
}

CwExperiment *
cw_experiment_new (void)
{
  CwExperiment *self = g_new0 (CwExperiment, 1);

  self->factors = g_ptr_array_new_with_free_func ((GDestroyNotify) factor_free);
  self->outputs = g_array_new (FALSE, FALSE, sizeof (int));
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  return self;
}

CwExperiment *
cw_experiment_load_bytes (GBytes     *bytes,
                          const char *name,
                          GFile      *folder,
                          GPtrArray  *problems,
                          GError    **error)
{
  g_autoptr(CwExperiment) experiment = cw_experiment_new ();
  g_autoptr(xmlDoc) doc = NULL;
  CwFileReport report;
  Reader reader = { &report, experiment, folder, problems };
  gboolean read = FALSE;

  g_return_val_if_fail (bytes != NULL && name != NULL && G_IS_FILE (folder) && problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  cw_file_report_init (&report, name);
  if ((doc = cw_file_parse_bytes (bytes, &report, NULL)) != NULL)
    read = read_tree (doc, &reader) != NULL;
  if (!cw_file_report_finish (&report, problems, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_INVALID, error) || !read)
    g_clear_pointer (&experiment, cw_experiment_free);
  cw_file_report_clear (&report);
  return g_steal_pointer (&experiment);
}

CwExperiment *
cw_experiment_load_path (const char *path,
                         GPtrArray  *problems,
                         GError    **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL && problems != NULL, NULL);

  file = g_file_new_for_commandline_arg (path);
  folder = g_file_get_parent (file);
  bytes = cw_file_read_named (file, path, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_FILE, problems, error);
  return bytes != NULL ? cw_experiment_load_bytes (bytes, path, folder, problems, error) : NULL;
}

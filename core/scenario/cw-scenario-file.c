/* cw-scenario-file.c — loading and saving scenario files, and their problems
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-scenario-file"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cw-core-resources.h"
#include "cw-scenario-file-private.h"

/* Longest message kept: a hostile file may quote megabytes in an id. */
#define MAX_MESSAGE_CHARS 400
#define EXAMPLES_PATH RESOURCE_BASE "/scenarios"

G_DEFINE_QUARK (cw-scenario-error-quark, cw_scenario_error)

void
cw_file_problem_free (CwFileProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->file);
  g_free (problem->message);
  g_free (problem);
}

char *
cw_file_problem_format (const CwFileProblem *problem)
{
  const char *prefix;

  g_return_val_if_fail (problem != NULL, NULL);

  /* Translators: put before a problem that does not stop the file from opening */
  prefix = problem->severity == CW_PROBLEM_WARNING ? _("warning: ") : "";
  if (problem->line > 0)
    return g_strdup_printf ("%s:%d: %s%s", problem->file, problem->line, prefix, problem->message);
  return g_strdup_printf ("%s: %s%s", problem->file, prefix, problem->message);
}

void
cw_file_report_init (CwFileReport *report,
                     const char   *name)
{
  report->name = name;
  report->dropped = 0;
  report->dropped_error = FALSE;
  report->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  report->schema = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
}

void
cw_file_report_clear (CwFileReport *report)
{
  g_clear_pointer (&report->problems, g_ptr_array_unref);
  g_clear_pointer (&report->schema, g_ptr_array_unref);
}

/* One line of plain text: controls (a terminal's escape sequences, line
 * breaks) become U+FFFD, and a very long message is cut. */
static char *
sanitize_message (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == MAX_MESSAGE_CHARS)
        {
          g_string_append (out, "…");
          break;
        }
      if (g_unichar_iscntrl (c))
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static CwFileProblem *
problem_new (const char        *file,
             CwProblemSeverity  severity,
             int                line,
             const char        *message)
{
  CwFileProblem *problem = g_new0 (CwFileProblem, 1);

  problem->severity = severity;
  problem->file = g_strdup (file);
  problem->line = MAX (line, 0);
  problem->message = sanitize_message (message);
  return problem;
}

/* A hostile file can have a problem per element: only so many are kept. */
static gboolean
keep_problem (CwFileReport      *report,
              GPtrArray         *list,
              CwProblemSeverity  severity)
{
  if (list->len < CW_SCENARIO_MAX_PROBLEMS)
    return TRUE;
  report->dropped++;
  report->dropped_error |= severity == CW_PROBLEM_ERROR;
  return FALSE;
}

void
cw_file_report_add (CwFileReport      *report,
                    CwProblemSeverity  severity,
                    int                line,
                    const char        *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (!keep_problem (report, report->problems, severity))
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (report->problems, problem_new (report->name, severity, line, message));
}

void
cw_file_report_add_schema (CwFileReport *report,
                           int           line,
                           const char   *message)
{
  if (keep_problem (report, report->schema, CW_PROBLEM_ERROR))
    g_ptr_array_add (report->schema, problem_new (report->name, CW_PROBLEM_ERROR, line, message));
}

static gboolean
has_error_on_line (const CwFileReport *report,
                   int                 line)
{
  for (guint i = 0; i < report->problems->len; i++)
    {
      const CwFileProblem *problem = g_ptr_array_index (report->problems, i);

      if (problem->severity == CW_PROBLEM_ERROR && problem->line == line)
        return TRUE;
    }
  return FALSE;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const CwFileProblem *pa = *(CwFileProblem **) a;
  const CwFileProblem *pb = *(CwFileProblem **) b;

  return (pa->line > pb->line) - (pa->line < pb->line);
}

/* The schema's messages are general; the reader's say more. A schema
 * problem is kept only for a line nothing else points at, one per line. */
static void
merge_schema_problems (CwFileReport *report)
{
  for (guint i = 0; i < report->schema->len; i++)
    {
      CwFileProblem *problem = g_ptr_array_index (report->schema, i);

      if (!has_error_on_line (report, problem->line))
        g_ptr_array_add (report->problems, g_ptr_array_steal_index (report->schema, i--));
    }
}

/* Moves the problems, in line order and at most CW_SCENARIO_MAX_PROBLEMS of
 * them, to @problems, and sets @error when there is an error among them. */
gboolean
cw_file_report_finish (CwFileReport  *report,
                       GPtrArray     *problems,
                       GQuark         domain,
                       int            code,
                       GError       **error)
{
  gboolean failed = report->dropped_error;
  guint n_errors = 0;
  guint more;
  const CwFileProblem *first = NULL;

  merge_schema_problems (report);
  g_ptr_array_sort (report->problems, compare_lines);  /* stable */
  for (guint i = 0; i < report->problems->len; i++)
    {
      CwFileProblem *problem = g_ptr_array_index (report->problems, i);

      if (problem->severity == CW_PROBLEM_ERROR && n_errors++ == 0)
        first = problem;
    }
  failed |= first != NULL;
  if (first != NULL)
    {
      g_autofree char *where = cw_file_problem_format (first);
      guint others = n_errors - 1 + (report->dropped_error ? report->dropped : 0);

      if (others == 0)
        g_set_error_literal (error, domain, code, where);
      else
        g_set_error (error, domain, code,
                     /* Translators: %s is the first of them, as “file:line: message” */
                     ngettext ("%s (and %u more problem)", "%s (and %u more problems)", others),
                     where, others);
    }
  else if (failed)
    g_set_error_literal (error, domain, code, _("The file has too many problems to list."));
  more = report->dropped;
  for (guint i = 0; i < report->problems->len; i++)
    {
      if (i < CW_SCENARIO_MAX_PROBLEMS)
        {
          g_ptr_array_add (problems, report->problems->pdata[i]);
          report->problems->pdata[i] = NULL;
        }
      else
        more++;
    }
  if (more > 0)
    {
      g_autofree char *message = g_strdup_printf (ngettext ("There is %u more problem, not listed.",
                                                            "There are %u more problems, not listed.",
                                                            more), more);

      g_ptr_array_add (problems, problem_new (report->name, failed ? CW_PROBLEM_ERROR : CW_PROBLEM_WARNING,
                                              0, message));
    }
  return !failed;
}

void
cw_file_report_too_large (CwFileReport *report)
{
  g_autofree char *cap = g_format_size (CW_SCENARIO_MAX_BYTES);

  cw_file_report_error (report, 0,
                        _("The file is larger than %s, the most a scenario file can be, so it is not one."),
                        cap);
}

xmlDoc *
cw_file_parse_bytes (GBytes       *bytes,
                     CwFileReport *report,
                     gboolean     *too_large)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  *too_large = length > CW_SCENARIO_MAX_BYTES;
  if (*too_large)
    {
      cw_file_report_too_large (report);
      return NULL;
    }
  return cw_scenario_parse_xml (data, length, report);
}

CwScenario *
cw_scenario_load_bytes (GBytes     *bytes,
                        const char *name,
                        GPtrArray  *problems,
                        GError    **error)
{
  CwFileReport report;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GPtrArray) foreign = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CwScenario) scenario = NULL;
  guint minor = 0;
  gboolean newer_major = FALSE, too_large;
  int code = CW_SCENARIO_ERROR_INVALID;

  g_return_val_if_fail (bytes != NULL && name != NULL && problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  cw_file_report_init (&report, name);
  doc = cw_file_parse_bytes (bytes, &report, &too_large);
  if (too_large)
    code = CW_SCENARIO_ERROR_FILE;
  else if (doc != NULL && cw_scenario_read_version (doc, &report, &minor, &newer_major))
    {
      cw_scenario_take_foreign (doc, minor, foreign, &report);
      cw_scenario_validate_xml (doc, &report);
      scenario = cw_scenario_read_tree (doc, &report);
      g_ptr_array_extend_and_steal (scenario->foreign, g_steal_pointer (&foreign));
      scenario->foreign_minor = scenario->foreign->len > 0 ? minor : 0;
    }
  if (newer_major)
    code = CW_SCENARIO_ERROR_VERSION;
  if (!cw_file_report_finish (&report, problems, CW_SCENARIO_ERROR, code, error))
    g_clear_pointer (&scenario, cw_scenario_free);
  cw_file_report_clear (&report);
  return g_steal_pointer (&scenario);
}

/* Reads the file, or sets @too_large when it is larger than
 * CW_SCENARIO_MAX_BYTES: a FIFO or a lying size cannot make us read more. */
static GBytes *
read_capped (GFile         *file,
             gboolean      *too_large,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  guint8 chunk[65536];

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      g_file_info_get_size (info) > CW_SCENARIO_MAX_BYTES)
    {
      *too_large = TRUE;
      return NULL;
    }
  while (buffer->len <= CW_SCENARIO_MAX_BYTES)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, n);
    }
  *too_large = buffer->len > CW_SCENARIO_MAX_BYTES;
  if (*too_large)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* A sentence for what went wrong opening or reading the file. */
static char *
describe_read_error (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return g_strdup (_("There is no such file."));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    return g_strdup (_("This is a folder, not a scenario file."));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return g_strdup (_("You do not have permission to read this file."));
  /* Translators: %s is the system's description of a read error */
  return g_strdup_printf (_("The file cannot be read: %s."), error->message);
}

gpointer
cw_file_load_named (GFile          *file,
                    const char     *name,
                    CwLoadBytesFunc load_bytes,
                    GQuark          domain,
                    int             code,
                    GPtrArray      *problems,
                    GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gboolean too_large = FALSE;
  CwFileReport report;

  bytes = read_capped (file, &too_large, NULL, &local_error);
  if (bytes != NULL)
    return load_bytes (bytes, name, problems, error);

  cw_file_report_init (&report, name);
  if (too_large)
    cw_file_report_too_large (&report);
  else
    {
      g_autofree char *message = describe_read_error (local_error);

      cw_file_report_error (&report, 0, "%s", message);
    }
  cw_file_report_finish (&report, problems, domain, code, error);
  cw_file_report_clear (&report);
  return NULL;
}

static gpointer
load_bytes_cb (GBytes     *bytes,
               const char *name,
               GPtrArray  *problems,
               GError    **error)
{
  return cw_scenario_load_bytes (bytes, name, problems, error);
}

static CwScenario *
load_named (GFile      *file,
            const char *name,
            GPtrArray  *problems,
            GError    **error)
{
  return cw_file_load_named (file, name, load_bytes_cb, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_FILE,
                             problems, error);
}

CwScenario *
cw_scenario_load_file (GFile      *file,
                       GPtrArray  *problems,
                       GError    **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file) && problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);
  return load_named (file, name, problems, error);
}

CwScenario *
cw_scenario_load_path (const char *path,
                       GPtrArray  *problems,
                       GError    **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (path != NULL && problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_file_new_for_commandline_arg (path);
  return load_named (file, path, problems, error);
}

gboolean
cw_scenario_save_file (const CwScenario *self,
                       GFile            *file,
                       GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (self != NULL && G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = cw_scenario_to_bytes (self);
  data = g_bytes_get_data (bytes, &length);
  /* A temporary file renamed over the old one once it is complete. */
  if (!g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, NULL, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_FILE,
                   /* Translators: %s: file name, %s: the system's reason */
                   _("The scenario could not be saved to “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

char **
cw_resource_list_sorted (const char *path)
{
  g_autoptr(GError) error = NULL;
  char **names = g_resource_enumerate_children (cw_core_get_resource (), path,
                                                G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  /* They are compiled into the core: not finding them is a build error. */
  g_assert_no_error (error);
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  return names;
}

char **
cw_scenario_list_examples (void)
{
  return cw_resource_list_sorted (EXAMPLES_PATH);
}

CwScenario *
cw_scenario_load_example (const char *name,
                          GPtrArray  *problems,
                          GError    **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (name != NULL && problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = g_build_path ("/", EXAMPLES_PATH, name, NULL);
  bytes = g_resource_lookup_data (cw_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_FILE,
                   _("There is no example scenario called “%s”."), name);
      return NULL;
    }
  return cw_scenario_load_bytes (bytes, name, problems, error);
}

/* cw-scenario-file.c — loading and saving scenario files, and their problems
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-scenario-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cw-core-resources.h"
#include "cw-safe-file.h"
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

/* Marks that reorder the text around them: an id with U+202E would make
 * the rest of a message read backwards. */
static gboolean
is_bidi_control (gunichar c)
{
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

/* One line of plain text: controls (a terminal's escape sequences, line
 * breaks) become U+FFFD, bidirectional marks are spelled out as <U+202E>,
 * and a very long message is cut. */
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
      else if (is_bidi_control (c))
        g_string_append_printf (out, "<U+%04X>", c);
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

static gboolean
has_errors (const CwFileReport *report)
{
  if (report->dropped_error || report->schema->len > 0)
    return TRUE;
  for (guint i = 0; i < report->problems->len; i++)
    if (((const CwFileProblem *) g_ptr_array_index (report->problems, i))->severity == CW_PROBLEM_ERROR)
      return TRUE;
  return FALSE;
}

static gsize
saved_size (const CwScenario *scenario)
{
  g_autoptr(GBytes) saved = cw_scenario_to_bytes (scenario);

  return g_bytes_get_size (saved);
}

/* Whatever opens must save and open again, so the cap holds for the file
 * the scenario would be saved as too (quoting can make kept elements
 * larger). The elements of a newer version go first; a scenario still too
 * large is refused. */
static void
check_saved_size (CwScenario   *scenario,
                  CwFileReport *report)
{
  g_autofree char *cap = NULL;

  if (saved_size (scenario) <= CW_SCENARIO_MAX_BYTES)
    return;
  cap = g_format_size (CW_SCENARIO_MAX_BYTES);
  if (scenario->foreign->len > 0)
    {
      g_ptr_array_set_size (scenario->foreign, 0);
      scenario->foreign_minor = 0;
      cw_file_report_add (report, CW_PROBLEM_WARNING, 0,
                          _("The elements of a newer version of the format would make the file "
                            "larger than %s once saved, the most a scenario file can be, so they "
                            "are left out: saving the file drops them."), cap);
      if (saved_size (scenario) <= CW_SCENARIO_MAX_BYTES)
        return;
    }
  cw_file_report_error (report, 0,
                        _("Saved again, this scenario would be larger than %s, the most a "
                          "scenario file can be, so it is not opened."), cap);
}

xmlDoc *
cw_file_parse_bytes (GBytes       *bytes,
                     CwFileReport *report,
                     gboolean     *too_large)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (too_large != NULL)
    *too_large = length > CW_SCENARIO_MAX_BYTES;
  if (length > CW_SCENARIO_MAX_BYTES)
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
  gboolean too_large = FALSE;
  gboolean newer_major = FALSE;
  int code;

  g_return_val_if_fail (bytes != NULL && name != NULL && problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  cw_file_report_init (&report, name);
  doc = cw_file_parse_bytes (bytes, &report, &too_large);
  if (doc != NULL && cw_scenario_read_version (doc, &report, &minor, &newer_major))
    {
      cw_scenario_take_foreign (doc, minor, foreign, &report);
      cw_file_validate_xml (doc, CW_FILE_SCHEMA_SCENARIO, &report);
      scenario = cw_scenario_read_tree (doc, &report);
      g_ptr_array_extend_and_steal (scenario->foreign, g_steal_pointer (&foreign));
      scenario->foreign_minor = scenario->foreign->len > 0 ? minor : 0;
      if (!has_errors (&report))
        check_saved_size (scenario, &report);
    }
  code = too_large ? CW_SCENARIO_ERROR_FILE : newer_major ? CW_SCENARIO_ERROR_VERSION : CW_SCENARIO_ERROR_INVALID;
  if (!cw_file_report_finish (&report, problems, CW_SCENARIO_ERROR, code, error))
    g_clear_pointer (&scenario, cw_scenario_free);
  cw_file_report_clear (&report);
  return g_steal_pointer (&scenario);
}

/* Opens @file for reading. A FIFO or device is refused before anything
 * waits on it: opening a FIFO without a writer would block for ever. */
static GInputStream *
open_regular (GFile         *file,
              GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  struct stat st;
  int fd;

  if (path == NULL)
    return G_INPUT_STREAM (g_file_read (file, NULL, error));
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      int errnum = errno;

      if (fd >= 0)
        close (fd);
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errnum), g_strerror (errnum));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error_literal (error, G_IO_ERROR,
                           S_ISDIR (st.st_mode) ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE,
                           "not a regular file");
      return NULL;
    }
  return g_unix_input_stream_new (fd, TRUE);
}

/* Reads the file, or sets @too_large when it is larger than
 * CW_SCENARIO_MAX_BYTES: a lying size cannot make us read more. */
static GBytes *
read_capped (GFile         *file,
             gboolean      *too_large,
             GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  guint8 chunk[65536];

  stream = open_regular (file, error);
  if (stream == NULL)
    return NULL;
  while (buffer->len <= CW_SCENARIO_MAX_BYTES)
    {
      gssize n = g_input_stream_read (stream, chunk, sizeof chunk, NULL, error);

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
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
    return g_strdup (_("This is not a regular file but a pipe or a device, so it is not read."));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return g_strdup (_("You do not have permission to read this file."));
  /* Translators: %s is the system's description of a read error */
  return g_strdup_printf (_("The file cannot be read: %s."), error->message);
}

GBytes *
cw_file_read_untrusted (GFile        *file,
                        CwFileReport *report)
{
  g_autoptr(GError) error = NULL;
  gboolean too_large = FALSE;
  GBytes *bytes = read_capped (file, &too_large, &error);

  if (bytes == NULL && too_large)
    cw_file_report_too_large (report);
  else if (bytes == NULL)
    {
      g_autofree char *message = describe_read_error (error);

      cw_file_report_error (report, 0, "%s", message);
    }
  return bytes;
}

GBytes *
cw_file_read_named (GFile      *file,
                    const char *name,
                    GQuark      domain,
                    int         code,
                    GPtrArray  *problems,
                    GError    **error)
{
  CwFileReport report;
  GBytes *bytes;

  cw_file_report_init (&report, name);
  bytes = cw_file_read_untrusted (file, &report);
  if (bytes == NULL)
    cw_file_report_finish (&report, problems, domain, code, error);
  cw_file_report_clear (&report);
  return bytes;
}

gpointer
cw_file_load (const CwFileKind  *kind,
              GFile             *file,
              const char        *path,
              GPtrArray         *problems,
              GError           **error)
{
  g_autoptr(GFile) opened = NULL;
  g_autofree char *parse_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *name = path;

  g_return_val_if_fail ((G_IS_FILE (file) && path == NULL) || (file == NULL && path != NULL), NULL);
  g_return_val_if_fail (problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (file == NULL)
    file = opened = g_file_new_for_commandline_arg (path);
  else
    name = parse_name = g_file_get_parse_name (file);
  bytes = cw_file_read_named (file, name, kind->domain (), kind->file_code, problems, error);
  return bytes != NULL ? kind->load_bytes (bytes, name, problems, error) : NULL;
}

gpointer
cw_file_load_resource (const CwFileKind  *kind,
                       const char        *name,
                       GPtrArray         *problems,
                       GError           **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (name != NULL && problems != NULL, NULL);

  path = g_build_path ("/", kind->resource_folder, name, NULL);
  bytes = g_resource_lookup_data (cw_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes != NULL)
    return kind->load_bytes (bytes, name, problems, error);
  g_set_error (error, kind->domain (), kind->file_code, _(kind->missing), name);
  return NULL;
}

static const CwFileKind scenario_kind = {
  cw_scenario_error_quark, CW_SCENARIO_ERROR_FILE, (CwFileLoadBytes) cw_scenario_load_bytes,
  EXAMPLES_PATH, N_("There is no example scenario called “%s”.")
};

CwScenario *
cw_scenario_load_file (GFile      *file,
                       GPtrArray  *problems,
                       GError    **error)
{
  return cw_file_load (&scenario_kind, file, NULL, problems, error);
}

CwScenario *
cw_scenario_load_path (const char *path,
                       GPtrArray  *problems,
                       GError    **error)
{
  return cw_file_load (&scenario_kind, NULL, path, problems, error);
}

gboolean
cw_scenario_save_file (const CwScenario *self,
                       GFile            *file,
                       GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (self != NULL && G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = cw_scenario_to_bytes (self);
  data = g_bytes_get_data (bytes, &length);
  name = g_file_get_parse_name (file);
  /* What cannot be opened again is not written. */
  if (length > CW_SCENARIO_MAX_BYTES)
    {
      g_autofree char *cap = g_format_size (CW_SCENARIO_MAX_BYTES);

      g_set_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_FILE,
                   /* Translators: %s: file name, %s: a size such as “4.2 MB” */
                   _("The scenario could not be saved to “%s”: it would be larger than %s, the "
                     "most a scenario file can be. Shorten its notes or remove stages."), name, cap);
      return FALSE;
    }
  if (!cw_safe_file_write (file, data, length, &local_error))
    {
      g_set_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_FILE,
                   /* Translators: %s: file name, %s: the reason, a sentence */
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
  return cw_file_load_resource (&scenario_kind, name, problems, error);
}

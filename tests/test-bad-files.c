/* test-bad-files.c — corrupt, hostile and wrong scenario and lesson files get a precise message
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file of tests/bad-files/ is given to the library and to
 * `cluster-workbench-cli validate`; both must refuse it with the expected
 * message at the expected line. The CLI runs as a child so that its time and
 * peak memory can be measured: each file within 2 s and 200 MB.
 */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "bad-file.h"
#include "cw-lesson.h"
#include "cw-scenario-file.h"

#define MAX_SECONDS 2.0
#define MAX_RSS_KB (200 * 1024)

/* A file may have several rows, in line order: all its errors are reported. */
static const BadFile bad_files[] = {
  { "bidi-id.cluster", 5, "“evil<U+202E>gnp.exe”" },
  { "declared-latin1.cluster", 1, "The file says it is in the encoding “ISO-8859-1”; scenario files must be in UTF-8." },
  { "deep-nesting.cluster", 4, "nested more than 256 levels deep" },
  { "duplicate-stage-ids.cluster", 6, "Two stages have the same id “a”" },
  { "edge-to-missing-stage.cluster", 7, "An arrow leads to the stage “nowhere”, which does not exist." },
  { "empty-version.cluster", 2, "The scenario format version “” is not valid" },
  { "empty.cluster", 0, "The file is empty." },
  { "entity-bomb.cluster", 2, "document type declaration" },
  { "focus-wrong-levers.cluster", 6, "There is no lever called “free_lunch”." },
  { "focus-wrong-levers.cluster", 7, "The lever “education” is set twice here (first on line 5)." },
  { "garbage.cluster", 2, "binary data" },
  { "given-twice.cluster", 5, "“trust” is given twice (first on line 4)." },
  { "given-twice.cluster", 10, "The lever “coaching” is set twice here (first on line 9)." },
  { "infinity.cluster", 4, "The value of “education” is “INF”, which is too large to be used." },
  { "latin1.cluster", 4, "not UTF-8 text: the byte 0xE4" },
  { "lesson-bad-embedded.lesson", 7, "There is no lever called “magic_money”." },
  { "lesson-entity-bomb.lesson", 2, "document type declaration" },
  { "lesson-latin1.lesson", 3, "not UTF-8 text: the byte 0xFC" },
  { "lesson-missing-example.lesson", 4, "the example “atlantis.cluster”, which this program does not have" },
  { "lesson-newer-major.lesson", 2, "version 2.0 of the lesson format" },
  { "lesson-schema.lesson", 6, "The element “dance” is not allowed here" },
  { "lesson-truncated.lesson", 9, "The file ends before the element “text” opened on line 8 is closed" },
  { "lesson-unknown-refs.lesson", 6, "A reveal step needs a predict step before it." },
  { "lesson-unknown-refs.lesson", 10, "There is no lever called “magic_money”." },
  { "lesson-unknown-refs.lesson", 10, "The scenario has no stage “nowhere”." },
  { "lesson-unknown-refs.lesson", 14, "“governance” is not an outcome of the model that a lesson can ask about." },
  { "lesson-unknown-refs.lesson", 18, "A curve can be sketched only for an outcome from 0 to 1." },
  { "lesson-unknown-refs.lesson", 23, "The lever “education” goes from 0 to 1, not to 3." },
  { "lesson-unknown-refs.lesson", 27, "The goal year 40 is not a whole year of the run (1 to 10)." },
  { "lesson-unknown-refs.lesson", 27, "There is no lever called “free_lunch”." },
  { "lesson-wrong-root.lesson", 2, "not a Cluster Workbench lesson" },
  { "lesson-xxe.lesson", 2, "document type declaration" },
  { "many-errors.cluster", 4, "The value of “firms” is “ten”, which is not a number." },
  { "many-errors.cluster", 5, "The cluster profile has no value called “colour”. "
    "“cluster-workbench-cli profile” lists them all." },
  { "many-errors.cluster", 8, "The lever “education” in the standing levers must be between 0 and 1 (it is 7)." },
  { "many-errors.cluster", 11, "(it has 9 to 3)" },
  { "many-errors.cluster", 12, "An arrow leads to the stage “z”" },
  { "many-errors.cluster", 12, "must test a numeric outcome" },
  { "many-errors.cluster", 17, "The parameter “lambda0” must be between 0 and 1 (it is 3)." },
  { "many-errors.cluster", 19, "The horizon must be from 1 to 50 years (it is 99)." },
  { "misspelt-ids.cluster", 4, "no value called “firm”. Did you mean “firms”? "
    "“cluster-workbench-cli profile” lists them all." },
  { "misspelt-ids.cluster", 7, "There is no lever called “consortia”. Did you mean “project_consortia”? "
    "“cluster-workbench-cli levers” lists them all." },
  { "misspelt-ids.cluster", 8, "Did you mean “trust_building”?" },
  { "misspelt-ids.cluster", 11, "The stage kind “awarenes” is not known; it can be awareness, ownership, "
    "co_learning, sustainability, mission or custom. Did you mean “awareness”?" },
  { "misspelt-ids.cluster", 13, "The comparison “gte” is not known; it can be lt (less than), le (at most), "
    "gt (more than) or ge (at least). Did you mean “gt”?" },
  { "misspelt-ids.cluster", 13, "The condition tests “upgradng”, which is not an outcome of the model. "
    "Did you mean “upgrading”? “cluster-workbench-cli outcomes” lists them all." },
  { "misspelt-ids.cluster", 17, "Did you mean “lambda0”? “cluster-workbench-cli params” lists them all." },
  { "missing-start.cluster", 3, "The policy cycle has stages but no start stage." },
  { "nan.cluster", 5, "The value of “trust” is “NaN”, which is not a number." },
  { "negative-counts.cluster", 7, "The number of runs must be from 1 to 10000 (it is -5)." },
  { "newer-major.cluster", 2, "Open the file with Cluster Workbench 2.0.0 or later." },
  { "not-xml.cluster", 1, "does not start like an XML document" },
  { "overflow.cluster", 4, "The value of “budget” is “1e999”, which is too large to be used." },
  { "truncated-attribute.cluster", 42, "The file ends in the middle of the scenario" },
  { "truncated.cluster", 42, "The file ends before the element “cycle” opened on line 37 is closed" },
  { "undefined-entity.cluster", 4, "The file uses “&eacute;”, which is not defined" },
  { "unknown-lever.cluster", 5, "There is no lever called “magic_money”." },
  { "utf16.cluster", 1, "UTF-16" },
  { "utf32.cluster", 1, "saved as UTF-32;" },
  { "wrong-order.cluster", 6, "The element “stage” is not allowed here, or not in this order: "
    "“cycle” may contain, in this order: stage, edge." },
  { "wrong-root.cluster", 2, "not a Cluster Workbench scenario" },
  { "xxe.cluster", 2, "document type declaration" },
};

static char *
bad_file_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "bad-files", name, NULL);
}

static void
assert_library_refuses (const char *path,
                        const BadFile *bad,
                        guint n)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwScenario) scenario = NULL;
  g_autoptr(CwLesson) lesson = NULL;

  /* Lessons go through the same loader pieces, and the CLI tells them by name. */
  if (g_str_has_suffix (path, CW_LESSON_EXTENSION))
    lesson = cw_lesson_load_path (path, problems, &error);
  else
    scenario = cw_scenario_load_path (path, problems, &error);
  g_test_message ("%s", path);
  g_assert_null (scenario);
  g_assert_null (lesson);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, path));
  for (guint i = 0; i < n; i++)
    g_assert_true (has_problem (problems, bad[i].line, bad[i].message));
}

/* Linux carries a process's peak memory across fork and exec, so a child
 * forked from this test would report the test's own memory. The CLI is
 * started instead from a fresh copy of this program, run as
 * `test-bad-files --measure CLI ARGS...`, which prints the CLI's wait status
 * and peak memory (kB). */
static int
measure_main (char **argv)
{
  struct rusage usage;
  int status;
  pid_t pid = fork ();

  if (pid == 0)
    {
      dup2 (open ("/dev/null", O_WRONLY), STDOUT_FILENO);
      execv (argv[0], argv);
      _exit (127);
    }
  if (pid < 0 || wait4 (pid, &status, 0, &usage) != pid)
    return 1;
  printf ("%d %ld\n", status, usage.ru_maxrss);
  return 0;
}

static char *
read_and_remove (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_unlink (path);
  return contents;
}

/* Runs `cluster-workbench-cli validate @path`; returns its stderr. */
static char *
run_cli (const char *path,
         int        *status,
         double     *seconds,
         long       *max_rss_kb)
{
  const char *cli = g_getenv ("CW_CLI");
  g_autofree char *err_path = NULL;
  g_autofree char *report_path = NULL;
  g_autofree char *report = NULL;
  int err_fd, report_fd, measure_status;
  gint64 start;
  pid_t pid;

  g_assert_nonnull (cli);
  err_fd = g_file_open_tmp ("cw-cli-stderr-XXXXXX", &err_path, NULL);
  report_fd = g_file_open_tmp ("cw-cli-usage-XXXXXX", &report_path, NULL);
  g_assert_cmpint (err_fd, >=, 0);
  g_assert_cmpint (report_fd, >=, 0);
  start = g_get_monotonic_time ();
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      dup2 (report_fd, STDOUT_FILENO);
      dup2 (err_fd, STDERR_FILENO);
      execl ("/proc/self/exe", "test-bad-files", "--measure", cli, "validate", path, (char *) NULL);
      _exit (127);
    }
  g_assert_cmpint (waitpid (pid, &measure_status, 0), ==, pid);
  *seconds = (g_get_monotonic_time () - start) / 1e6;
  g_assert_true (WIFEXITED (measure_status) && WEXITSTATUS (measure_status) == 0);
  close (err_fd);
  close (report_fd);
  report = read_and_remove (report_path);
  g_assert_cmpint (sscanf (report, "%d %ld", status, max_rss_kb), ==, 2);
  return read_and_remove (err_path);
}

static void
assert_cli_refuses (const char    *path,
                    const BadFile *bad,
                    guint          n)
{
  int status;
  double seconds;
  long rss;
  g_autofree char *output = run_cli (path, &status, &seconds, &rss);
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  g_test_message ("%s: %.3f s, %ld kB\n%s", path, seconds, rss, output);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  /* The messages and nothing else: no stray libxml2 output. */
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    g_assert_true (g_str_has_prefix (lines[i], path) && lines[i][strlen (path)] == ':');
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *where = bad[i].line > 0 ? g_strdup_printf ("%s:%d: ", path, bad[i].line)
                                               : g_strdup_printf ("%s: ", path);
      const char *at = strstr (output, where);

      g_assert_nonnull (at);
      g_assert_nonnull (strstr (at, bad[i].message));
    }
  g_assert_cmpfloat (seconds, <, MAX_SECONDS);
  g_assert_cmpint (rss, <, MAX_RSS_KB);
}

/* @data: the first row of a file in bad_files. */
static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = bad_file_path (bad->file);
  guint n = 1;

  while (bad + n < bad_files + G_N_ELEMENTS (bad_files) && g_str_equal (bad[n].file, bad->file))
    n++;
  assert_library_refuses (path, bad, n);
  assert_cli_refuses (path, bad, n);
}

/* A 50 MB file is refused unread. It is made here, not kept in git. */
static void
test_huge_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-huge-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "huge.cluster", NULL);
  const BadFile bad = { NULL, 0, "The file is larger than 4.2" };
  char chunk[65536];
  FILE *out;

  g_assert_no_error (error);
  out = fopen (path, "w");
  g_assert_nonnull (out);
  fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scenario xmlns=\"" CW_SCENARIO_NAMESPACE
         "\" version=\"1\">\n  <meta>\n    <description>", out);
  memset (chunk, 'x', sizeof chunk);
  for (int i = 0; i < 50 * 16; i++)
    g_assert_cmpuint (fwrite (chunk, 1, sizeof chunk, out), ==, sizeof chunk);
  fputs ("</description>\n  </meta>\n</scenario>\n", out);
  g_assert_cmpint (fclose (out), ==, 0);

  assert_library_refuses (path, &bad, 1);
  assert_cli_refuses (path, &bad, 1);
  g_unlink (path);
  g_rmdir (dir);
}

/* Writes @text to a new temporary file, refuses it through the library and
 * the CLI as @bad says, and removes it. */
static void
assert_text_refused (const char    *text,
                     const BadFile *bad,
                     guint          n)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-bad-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, bad->file, NULL);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  assert_library_refuses (path, bad, n);
  assert_cli_refuses (path, bad, n);
  g_unlink (path);
  g_rmdir (dir);
}

#define OPEN_SCENARIO \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scenario xmlns=\"" CW_SCENARIO_NAMESPACE "\" version=\"1\""

/* A million tiny elements would cost hundreds of megabytes as a tree. */
static void
test_many_elements (void)
{
  g_autoptr(GString) text = g_string_new (OPEN_SCENARIO ">\n  <profile>\n");
  const BadFile bad = { "many-elements.cluster", CW_SCENARIO_MAX_ELEMENTS + 2,
                        "The file has more than 30000 elements" };

  for (int i = 0; i < 100000; i++)
    g_string_append (text, "    <property id=\"trust\" value=\"0.3\"/>\n");
  g_string_append (text, "  </profile>\n</scenario>\n");
  assert_text_refused (text->str, &bad, 1);
}

/* libxml2 compares each attribute of an element with every other. */
static void
test_many_attributes (void)
{
  g_autoptr(GString) text = g_string_new (OPEN_SCENARIO);
  const BadFile bad = { "many-attributes.cluster", 2, "An element has more than 64 attributes" };

  for (int i = 0; i < 300000; i++)
    g_string_append_printf (text, " a%d=\"\"", i);
  g_string_append (text, "/>\n");
  assert_text_refused (text->str, &bad, 1);
}

/* A problem per line: the first CW_SCENARIO_MAX_PROBLEMS and a count. */
static void
test_many_problems (void)
{
  g_autoptr(GString) text = g_string_new (OPEN_SCENARIO ">\n  <levers>\n");
  const BadFile bad[] = {
    { "many-problems.cluster", 0, "There are 50 more problems, not listed." },
    { "many-problems.cluster", 4, "There is no lever called “lever0”." },
    { "many-problems.cluster", 103, "There is no lever called “lever99”." },
  };

  for (int i = 0; i < 150; i++)
    g_string_append_printf (text, "    <lever id=\"lever%d\" intensity=\"1\"/>\n", i);
  g_string_append (text, "  </levers>\n</scenario>\n");
  assert_text_refused (text->str, bad, G_N_ELEMENTS (bad));
}

/* Lines past 65535 are reported where they are, by the reader and the schema. */
static void
test_far_lines (void)
{
  g_autoptr(GString) text = g_string_new (OPEN_SCENARIO ">\n");
  const BadFile bad[] = {
    { "far-lines.cluster", 70005, "The value of “firms” is “ten”, which is not a number." },
    { "far-lines.cluster", 70006, "cannot have the attribute “colour”" },
  };

  for (int i = 0; i < 70000; i++)
    g_string_append_c (text, '\n');
  g_string_append (text, "  <profile>\n    <property id=\"firms\" value=\"ten\"/>\n"
                         "    <property id=\"trust\" value=\"0.3\" colour=\"red\"/>\n  </profile>\n</scenario>\n");
  assert_text_refused (text->str, bad, G_N_ELEMENTS (bad));
}

/* A FIFO without a writer would block a reader for ever: it is refused at once. */
static void
test_fifo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-fifo-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "pipe.cluster", NULL);
  const BadFile bad = { NULL, 0, "not a regular file but a pipe or a device" };

  g_assert_no_error (error);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  assert_library_refuses (path, &bad, 1);
  assert_cli_refuses (path, &bad, 1);
  g_unlink (path);
  g_rmdir (dir);
}

/* The cap holds for bytes handed over directly too. */
static void
test_huge_bytes (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 (CW_SCENARIO_MAX_BYTES + 1), CW_SCENARIO_MAX_BYTES + 1);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;

  g_assert_null (cw_scenario_load_bytes (bytes, "big.cluster", problems, &error));
  g_assert_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_FILE);
  g_assert_true (has_problem (problems, 0, "larger than"));
}

static void
test_newer_major_code (void)
{
  g_autofree char *path = bad_file_path ("newer-major.cluster");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;

  g_assert_null (cw_scenario_load_path (path, problems, &error));
  g_assert_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_VERSION);
  g_assert_cmpuint (problems->len, ==, 1);
}

static void
test_missing_file (void)
{
  const BadFile bad = { NULL, 0, "There is no such file." };
  g_autofree char *path = bad_file_path ("no-such-file.cluster");

  assert_library_refuses (path, &bad, 1);
  assert_cli_refuses (path, &bad, 1);
}

static void
test_cli_valid (void)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "..", "resources", "scenarios",
                                                 "poland-metal.cluster", NULL);
  int status;
  double seconds;
  long rss;
  g_autofree char *output = run_cli (good, &status, &seconds, &rss);

  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_cmpstr (output, ==, "");
}

int
main (int argc, char *argv[])
{
  if (argc > 2 && g_str_equal (argv[1], "--measure"))
    return measure_main (argv + 2);
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    if (i == 0 || !g_str_equal (bad_files[i - 1].file, bad_files[i].file))
      {
        g_autofree char *name = g_strconcat ("/bad-files/", bad_files[i].file, NULL);

        g_test_add_data_func (name, &bad_files[i], test_bad_file);
      }
  g_test_add_func ("/bad-files/huge-file", test_huge_file);
  g_test_add_func ("/bad-files/huge-bytes", test_huge_bytes);
  g_test_add_func ("/bad-files/far-lines", test_far_lines);
  g_test_add_func ("/bad-files/fifo", test_fifo);
  g_test_add_func ("/bad-files/many-elements", test_many_elements);
  g_test_add_func ("/bad-files/many-attributes", test_many_attributes);
  g_test_add_func ("/bad-files/many-problems", test_many_problems);
  g_test_add_func ("/bad-files/newer-major-code", test_newer_major_code);
  g_test_add_func ("/bad-files/missing-file", test_missing_file);
  g_test_add_func ("/bad-files/valid-file", test_cli_valid);

  return g_test_run ();
}

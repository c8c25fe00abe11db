/* test-cli-files.c — the command line writes where it should, and says when it cannot
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs cluster-workbench-cli (CW_CLI) as a child: output onto devices,
 * FIFOs, its own input and a full standard output; the rule for counts;
 * `format`, which saves through the window's own save function.
 */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "cw-scenario-file.h"

/* A child that has not ended by then is taken as hanging. */
#define MAX_SECONDS 20

static char *dir;

static char *
in_dir (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static char *
read_and_remove (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_unlink (path);
  return contents;
}

/* Runs the CLI with @args (NULL-terminated) and standard output going to
 * @out (NULL: a file whose text lands in @output). Returns the exit status;
 * the child's standard error goes to @errors. */
static int
run_cli (const char  *out,
         char       **output,
         char       **errors,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out_path = out ? NULL : in_dir ("stdout.txt");
  g_autofree char *err_path = in_dir ("stderr.txt");
  va_list args;
  const char *arg;
  int status = 0;
  gint64 deadline = g_get_monotonic_time () + MAX_SECONDS * G_USEC_PER_SEC;
  pid_t pid;

  g_ptr_array_add (argv, (char *) g_getenv ("CW_CLI"));
  va_start (args, errors);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_nonnull (argv->pdata[0]);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      int out_fd = open (out ? out : out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err_fd = open (err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

      dup2 (out_fd, STDOUT_FILENO);
      dup2 (err_fd, STDERR_FILENO);
      execv (argv->pdata[0], (char **) argv->pdata);
      _exit (127);
    }
  while (waitpid (pid, &status, WNOHANG) == 0)
    {
      if (g_get_monotonic_time () > deadline)
        {
          kill (pid, SIGKILL);
          waitpid (pid, &status, 0);
          g_error ("cluster-workbench-cli did not end within %d s", MAX_SECONDS);
        }
      g_usleep (2000);
    }
  g_assert_true (WIFEXITED (status));
  if (output != NULL)
    *output = read_and_remove (out_path);
  else if (out_path != NULL)
    g_unlink (out_path);
  *errors = read_and_remove (err_path);
  g_test_message ("exit %d, stderr: %s", WEXITSTATUS (status), *errors);
  return WEXITSTATUS (status);
}

static char *
example (const char *name)
{
  char *path = in_dir (name);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "resources", "scenarios",
                                                   "poland-ict.cluster", NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static char *
contents (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static gboolean
is_char_device (const char *path)
{
  struct stat st;

  return g_stat (path, &st) == 0 && S_ISCHR (st.st_mode);
}

/* -o onto a device, or a symbolic link to one, writes to it: the device
 * stays a device (as root, replacing /dev/null would break the system). */
static void
test_output_device (void)
{
  g_autofree char *link = in_dir ("zero-link");
  g_autofree char *errors = NULL, *errors2 = NULL;

  /* /dev/zero takes writes as /dev/null does; a device some other program
   * already replaced is not written to. */
  g_assert_true (is_char_device ("/dev/zero"));
  g_assert_cmpint (symlink ("/dev/zero", link), ==, 0);
  g_assert_cmpint (run_cli (NULL, NULL, &errors, "run", "--years", "2", "-o", link, NULL), ==, 0);
  g_assert_cmpint (run_cli (NULL, NULL, &errors2, "run", "--years", "2", "-o", "/dev/zero", NULL), ==, 0);
  g_assert_true (is_char_device ("/dev/zero"));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_unlink (link);
}

/* -o onto a FIFO writes into it for its reader; without a reader it says so
 * instead of waiting for ever. */
static void
test_output_fifo (void)
{
  g_autofree char *fifo = in_dir ("pipe");
  g_autofree char *errors = NULL, *errors2 = NULL;
  int status;
  pid_t reader;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (run_cli (NULL, NULL, &errors, "run", "--years", "2", "-o", fifo, NULL), ==, 1);
  g_assert_nonnull (strstr (errors, "no program is reading"));

  reader = fork ();
  g_assert_cmpint (reader, >=, 0);
  if (reader == 0)
    {
      g_autofree char *text = NULL;

      /* Exits 0 when it read the CSV's header (after the meta record). */
      _exit (g_file_get_contents (fifo, &text, NULL, NULL) && strstr (text, "\nstep,year,") != NULL ? 0 : 1);
    }
  /* The reader opens the FIFO in its own time: until then the CLI refuses. */
  for (int i = 0; i < 2000 && run_cli (NULL, NULL, &errors2, "run", "--years", "2", "-o", fifo, NULL) != 0; i++)
    g_clear_pointer (&errors2, g_free);
  g_assert_cmpint (waitpid (reader, &status, 0), ==, reader);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_false (g_file_test (fifo, G_FILE_TEST_IS_REGULAR));
  g_unlink (fifo);
}

/* `run mine.cluster -o mine.cluster` would put CSV in place of the scenario. */
static void
test_output_over_input (void)
{
  g_autofree char *path = example ("mine.cluster");
  g_autofree char *link = in_dir ("mine-link.cluster");
  g_autofree char *before = contents (path), *after = NULL;
  g_autofree char *errors = NULL, *errors2 = NULL;

  g_assert_cmpint (symlink (path, link), ==, 0);
  g_assert_cmpint (run_cli (NULL, NULL, &errors, "run", path, "--years", "2", "-o", path, NULL), ==, 1);
  g_assert_nonnull (strstr (errors, "is an input of this command"));
  g_assert_cmpint (run_cli (NULL, NULL, &errors2, "run", link, "--years", "2", "-o", path, NULL), ==, 1);
  after = contents (path);
  g_assert_cmpstr (after, ==, before);
  g_unlink (link);
  g_unlink (path);
}

/* Every command with standard output on a full device fails and says so. */
static void
test_stdout_full (void)
{
  g_autofree char *path = example ("full.cluster");
  const char *commands[][6] = {
    { "run", "--years", "2", NULL },
    { "validate", path, NULL },
    { "explain", "--years", "2", "--runs", "2", NULL },
    { "levers", NULL },
    { "params", NULL },
    { "format", path, NULL },
    { "--help", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *errors = NULL;
      const char **c = commands[i];

      g_test_message ("%s > /dev/full", c[0]);
      g_assert_cmpint (run_cli ("/dev/full", NULL, &errors, c[0], c[1], c[2], c[3], c[4], c[5], NULL), ==, 1);
      g_assert_nonnull (strstr (errors, "could not be written: No space left on device"));
    }
  g_unlink (path);
}

/* One rule for --years, --runs and --threads: a whole number in the range
 * --help shows; −1 and 0 are refused like any other number outside it. */
static void
test_counts (void)
{
  const char *bad[][2] = {
    { "--years", "-1" }, { "--years", "0" }, { "--years", "51" }, { "--years", "2.5" },
    { "--runs", "-1" }, { "--runs", "10001" }, { "--threads", "0" }, { "--threads", "-1" },
    { "--threads", "257" },
  };
  g_autofree char *help = NULL, *help_errors = NULL, *set_errors = NULL, *levers_errors = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *errors = NULL;
      g_autofree char *expected = g_strdup_printf ("%s must be a whole number from", bad[i][0]);

      g_assert_cmpint (run_cli (NULL, NULL, &errors, "run", bad[i][0], bad[i][1], NULL), ==, 1);
      g_assert_nonnull (strstr (errors, expected));
    }
  g_assert_cmpint (run_cli (NULL, &help, &help_errors, "run", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (help, "--years=1–50"));
  g_assert_nonnull (strstr (help, "--runs=1–10000"));
  g_assert_nonnull (strstr (help, "--threads=1–256"));

  g_assert_cmpint (run_cli (NULL, NULL, &set_errors, "run", "--set", "profile.firms=300.7", NULL), ==, 1);
  g_assert_nonnull (strstr (set_errors, "“profile.firms” must be a whole number"));
  g_assert_cmpint (run_cli (NULL, NULL, &levers_errors, "explain", "--levers", "coaching,coaching", NULL), ==, 1);
  g_assert_nonnull (strstr (levers_errors, "“coaching” is named twice"));
}

/* `format` prints the canonical form, writes it to --output or in place
 * (through symbolic links), and refuses what the window's save refuses. */
static void
test_format (void)
{
  g_autofree char *path = example ("f.cluster");
  g_autofree char *out = in_dir ("f-out.cluster");
  g_autofree char *symbolic = in_dir ("f-symbolic.cluster");
  g_autofree char *hard = in_dir ("f-hard.cluster");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(CwScenario) sc = cw_scenario_load_path (path, problems, NULL);
  g_autoptr(GBytes) canonical = cw_scenario_to_bytes (sc);
  g_autofree char *printed = NULL, *written = NULL, *rewritten = NULL, *kept = NULL;
  g_autofree char *e1 = NULL, *e2 = NULL, *e3 = NULL, *e4 = NULL, *e5 = NULL;

  g_assert_cmpint (run_cli (NULL, &printed, &e1, "format", path, NULL), ==, 0);
  g_assert_cmpstr (printed, ==, g_bytes_get_data (canonical, NULL));
  g_assert_cmpint (run_cli (NULL, NULL, &e2, "format", path, "--output", out, NULL), ==, 0);
  written = contents (out);
  g_assert_cmpstr (written, ==, printed);

  g_assert_cmpint (symlink (path, symbolic), ==, 0);
  g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<scenario xmlns=\"" CW_SCENARIO_NAMESPACE
                                      "\" version=\"1\"><run seed=\"3\"/></scenario>", -1, NULL));
  g_assert_cmpint (run_cli (NULL, NULL, &e3, "format", "--in-place", symbolic, out, NULL), ==, 0);
  g_assert_true (g_file_test (symbolic, G_FILE_TEST_IS_SYMLINK));
  rewritten = contents (path);
  g_assert_true (g_str_has_prefix (rewritten, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
  g_assert_nonnull (strstr (rewritten, "seed=\"3\""));

  g_assert_cmpint (run_cli (NULL, NULL, &e4, "format", path, "-o", symbolic, NULL), ==, 2);
  g_assert_cmpint (link (path, hard), ==, 0);
  g_assert_cmpint (run_cli (NULL, NULL, &e5, "format", "-i", path, NULL), ==, 1);
  g_assert_nonnull (strstr (e5, "hard links"));
  kept = contents (hard);
  g_assert_cmpstr (kept, ==, rewritten);
  g_unlink (hard);
  g_unlink (symbolic);
  g_unlink (out);
  g_unlink (path);
}

/* `format -o` onto a full 64 KiB tmpfs (where the test may mount one): the
 * old file stays whole and nothing is left beside it. */
static void
test_format_full_disk (void)
{
  g_autofree char *disk = in_dir ("disk");
  g_autofree char *path = example ("big.cluster");
  g_autofree char *target = g_build_filename (disk, "out.cluster", NULL);
  g_autofree char *filler = g_build_filename (disk, "filler", NULL);
  g_autofree char *errors = NULL, *after = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint n = 0;

  g_assert_cmpint (g_mkdir (disk, 0755), ==, 0);
  if (mount ("tmpfs", disk, "tmpfs", 0, "size=64k") != 0)
    {
      g_test_skip ("cannot mount a small tmpfs here");
      g_rmdir (disk);
      g_unlink (path);
      return;
    }
  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  {
    g_autofree char *block = g_malloc0 (4096);
    FILE *f = fopen (filler, "w");

    while (fwrite (block, 1, 4096, f) == 4096 && fflush (f) == 0)
      ;
    fclose (f);
  }
  g_assert_cmpint (run_cli (NULL, NULL, &errors, "format", path, "-o", target, NULL), ==, 1);
  g_assert_nonnull (strstr (errors, "The disk is full"));
  after = contents (target);
  g_assert_cmpstr (after, ==, "old");
  listing = g_dir_open (disk, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    n++;
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (umount2 (disk, MNT_DETACH), ==, 0);
  g_rmdir (disk);
  g_unlink (path);
}

/* Run from the build tree, the CLI speaks the user's language, as the
 * window does, with the build tree's catalogues. */
static void
test_translated (void)
{
  g_autofree char *errors = NULL;

  g_setenv ("LANGUAGE", "de", TRUE);
  g_assert_cmpint (run_cli (NULL, NULL, &errors, "run", "--years", "-1", NULL), ==, 1);
  g_unsetenv ("LANGUAGE");
  g_assert_nonnull (strstr (errors, "--years muss eine ganze Zahl von 1 bis 50 sein"));
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("cw-cli-files-XXXXXX", NULL);
  g_assert_nonnull (dir);
  g_test_add_func ("/cli-files/output-device", test_output_device);
  g_test_add_func ("/cli-files/output-fifo", test_output_fifo);
  g_test_add_func ("/cli-files/output-over-input", test_output_over_input);
  g_test_add_func ("/cli-files/stdout-full", test_stdout_full);
  g_test_add_func ("/cli-files/counts", test_counts);
  g_test_add_func ("/cli-files/translated", test_translated);
  g_test_add_func ("/cli-files/format", test_format);
  g_test_add_func ("/cli-files/format-full-disk", test_format_full_disk);
  status = g_test_run ();
  g_rmdir (dir);
  g_free (dir);
  return status;
}

/* test-safe-file.c — a save never loses the old file: faults, full disks, links, kills
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cw_safe_file_write() is what the window, the recovery copies and the CLI
 * save with. Every failure, injected or real (a 64 KiB tmpfs where the test
 * may mount one), must leave the old content and no temporary file; a
 * process killed at random points while saving leaves the old or the new
 * file, whole.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "cw-safe-file-private.h"

#define KILL_ITERATIONS 200

/* @n bytes of @c, with a line break now and then, as a file would have. */
static GBytes *
content (char  c,
         gsize n)
{
  char *data;

  if (n == 0)
    return g_bytes_new (NULL, 0);
  data = g_malloc (n);
  memset (data, c, n);
  for (gsize i = 79; i < n; i += 80)
    data[i] = '\n';
  return g_bytes_new_take (data, n);
}

static void
write_file (const char *path,
            GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_safe_file_write_path (path, g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes), &error));
  g_assert_no_error (error);
}

static gboolean
has_content (const char *path,
             GBytes     *bytes)
{
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return FALSE;
  return length == g_bytes_get_size (bytes) && memcmp (data, g_bytes_get_data (bytes, NULL), length) == 0;
}

static void
assert_content (const char *path,
                GBytes     *bytes)
{
  g_assert_true (has_content (path, bytes));
}

/* The names in @dir other than @expected (a NULL-terminated list). */
static guint
count_others (const char         *dir,
              const char * const *expected)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (!g_strv_contains (expected, name))
      {
        g_test_message ("unexpected file %s/%s", dir, name);
        n++;
      }
  return n;
}

static void
assert_only (const char *dir,
             const char *name)
{
  const char *expected[] = { name, NULL };

  g_assert_cmpuint (count_others (dir, expected), ==, 0);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("cw-safe-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* A save replaces the content, keeps the permissions, leaves nothing beside. */
static void
test_replace (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "a.cluster", NULL);
  g_autoptr(GBytes) a = content ('a', 1000), b = content ('b', 300000), empty = content ('e', 0);
  struct stat st;

  write_file (path, a);
  assert_content (path, a);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  write_file (path, b);
  assert_content (path, b);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  write_file (path, empty);
  assert_content (path, empty);
  assert_only (dir, "a.cluster");
  remove_tree (dir);
}

typedef struct {
  CwSafeFileStep step;
  guint          nth;
  int            errnum;
  int            code;
} Fault;

static const Fault faults[] = {
  { CW_SAFE_FILE_STEP_CREATE, 1, ENOSPC, CW_SAFE_FILE_ERROR_NO_SPACE },
  { CW_SAFE_FILE_STEP_CREATE, 1, EACCES, CW_SAFE_FILE_ERROR_READ_ONLY_FOLDER },
  { CW_SAFE_FILE_STEP_CREATE, 1, EROFS, CW_SAFE_FILE_ERROR_READ_ONLY_FOLDER },
  { CW_SAFE_FILE_STEP_WRITE, 1, ENOSPC, CW_SAFE_FILE_ERROR_NO_SPACE },
  { CW_SAFE_FILE_STEP_WRITE, 3, ENOSPC, CW_SAFE_FILE_ERROR_NO_SPACE },
  { CW_SAFE_FILE_STEP_WRITE, 2, EDQUOT, CW_SAFE_FILE_ERROR_NO_SPACE },
  { CW_SAFE_FILE_STEP_WRITE, 2, EIO, CW_SAFE_FILE_ERROR_FAILED },
  { CW_SAFE_FILE_STEP_SYNC, 1, EIO, CW_SAFE_FILE_ERROR_FAILED },
  { CW_SAFE_FILE_STEP_SYNC, 1, ENOSPC, CW_SAFE_FILE_ERROR_NO_SPACE },
  { CW_SAFE_FILE_STEP_CLOSE, 1, EIO, CW_SAFE_FILE_ERROR_FAILED },
  { CW_SAFE_FILE_STEP_RENAME, 1, EXDEV, CW_SAFE_FILE_ERROR_FAILED },
};

/* Each step failing as the system would fail it: the error says so, the old
 * file is whole, no temporary is left. */
static void
test_faults (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "a.cluster", NULL);
  g_autoptr(GBytes) old = content ('o', 5000), new = content ('n', 4 * CW_SAFE_FILE_CHUNK + 17);

  write_file (path, old);
  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("step %d, call %u, %s", faults[i].step, faults[i].nth, g_strerror (faults[i].errnum));
      cw_safe_file_inject_fault (faults[i].step, faults[i].nth, faults[i].errnum);
      g_assert_false (cw_safe_file_write_path (path, g_bytes_get_data (new, NULL),
                                               g_bytes_get_size (new), &error));
      g_assert_error (error, CW_SAFE_FILE_ERROR, faults[i].code);
      g_assert_nonnull (strstr (error->message, "not changed"));
      assert_content (path, old);
      assert_only (dir, "a.cluster");
    }
  /* The fault was spent: the next save works. */
  write_file (path, new);
  assert_content (path, new);
  remove_tree (dir);
}

/* A 64 KiB tmpfs at @dir; FALSE (the test skipped) where mounting is not allowed. */
static gboolean
mount_small_disk (const char *dir)
{
  if (mount ("tmpfs", dir, "tmpfs", 0, "size=64k,mode=0755") != 0)
    {
      g_autofree char *why = g_strdup_printf ("cannot mount a small tmpfs: %s", g_strerror (errno));

      g_test_skip (why);
      return FALSE;
    }
  return TRUE;
}

/* A real full disk: the save fails, says the disk is full, and the file
 * is as it was. */
static void
test_full_disk (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "a.cluster", NULL);
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autoptr(GBytes) old = content ('o', 3600), new = content ('n', 7000), chunk = content ('f', 4096);
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "a.cluster", "filler", NULL };
  FILE *fill;

  if (!mount_small_disk (dir))
    {
      g_rmdir (dir);
      return;
    }
  write_file (path, old);
  fill = fopen (filler, "w");
  g_assert_nonnull (fill);
  while (fwrite (g_bytes_get_data (chunk, NULL), 1, 4096, fill) == 4096 && fflush (fill) == 0)
    ;
  fclose (fill);
  g_assert_false (cw_safe_file_write_path (path, g_bytes_get_data (new, NULL), g_bytes_get_size (new), &error));
  g_assert_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_NO_SPACE);
  assert_content (path, old);
  g_assert_cmpuint (count_others (dir, expected), ==, 0);
  /* With room again, it saves. */
  g_unlink (filler);
  write_file (path, new);
  assert_content (path, new);
  g_assert_cmpint (umount2 (dir, MNT_DETACH), ==, 0);
  remove_tree (dir);
}

/* A writable file in a folder that takes no new files: refused, never
 * rewritten in place. Real as an ordinary user (a 0555 folder) and on a
 * read-only mount; the injected EACCES in test_faults covers the rest. */
static void
test_read_only_folder (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "a.cluster", NULL);
  g_autoptr(GBytes) old = content ('o', 3600), new = content ('n', 100);
  g_autoptr(GError) error = NULL;
  gboolean mounted = FALSE;

  if (geteuid () != 0)
    write_file (path, old);
  else if ((mounted = mount_small_disk (dir)))
    {
      write_file (path, old);
      g_assert_cmpint (mount (NULL, dir, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
    }
  else
    {
      g_rmdir (dir);
      return;
    }
  if (!mounted)
    g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_assert_false (cw_safe_file_write_path (path, g_bytes_get_data (new, NULL), g_bytes_get_size (new), &error));
  g_assert_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_READ_ONLY_FOLDER);
  g_assert_nonnull (strstr (error->message, "Save As"));
  assert_content (path, old);
  assert_only (dir, "a.cluster");
  if (mounted)
    g_assert_cmpint (umount2 (dir, MNT_DETACH), ==, 0);
  g_chmod (dir, 0755);
  remove_tree (dir);
}

/* Through a symbolic link the file it points to is replaced, beside itself:
 * the link stays a link. A link to a file not there yet creates it. */
static void
test_symlink (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *link_dir = g_build_filename (dir, "links", NULL);
  g_autofree char *target = g_build_filename (real_dir, "a.cluster", NULL);
  g_autofree char *link = g_build_filename (link_dir, "a.cluster", NULL);
  g_autofree char *chain = g_build_filename (link_dir, "chain.cluster", NULL);
  g_autofree char *dangling = g_build_filename (link_dir, "new.cluster", NULL);
  g_autofree char *created = g_build_filename (real_dir, "b.cluster", NULL);
  g_autoptr(GBytes) old = content ('o', 3600), new = content ('n', 200000);
  const char *links[] = { "a.cluster", "chain.cluster", "new.cluster", NULL };
  const char *reals[] = { "a.cluster", "b.cluster", NULL };

  g_assert_cmpint (g_mkdir (real_dir, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (link_dir, 0755), ==, 0);
  write_file (target, old);
  g_assert_cmpint (symlink ("../real/a.cluster", link), ==, 0);
  g_assert_cmpint (symlink ("a.cluster", chain), ==, 0);
  write_file (chain, new);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (chain, G_FILE_TEST_IS_SYMLINK));
  assert_content (target, new);
  g_assert_cmpint (symlink (created, dangling), ==, 0);
  write_file (dangling, old);
  assert_content (created, old);
  g_assert_true (g_file_test (dangling, G_FILE_TEST_IS_SYMLINK));
  g_assert_cmpuint (count_others (link_dir, links), ==, 0);
  g_assert_cmpuint (count_others (real_dir, reals), ==, 0);
  remove_tree (dir);
}

/* A file with other names is refused: replacing it would leave them behind. */
static void
test_hard_link (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "a.cluster", NULL);
  g_autofree char *other = g_build_filename (dir, "b.cluster", NULL);
  g_autoptr(GBytes) old = content ('o', 3600), new = content ('n', 100);
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "a.cluster", "b.cluster", NULL };

  write_file (path, old);
  g_assert_cmpint (link (path, other), ==, 0);
  g_assert_false (cw_safe_file_write_path (path, g_bytes_get_data (new, NULL), g_bytes_get_size (new), &error));
  g_assert_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_HARD_LINKED);
  assert_content (path, old);
  assert_content (other, old);
  g_assert_cmpuint (count_others (dir, expected), ==, 0);
  remove_tree (dir);
}

/* Devices and FIFOs are written to, never replaced; a FIFO nobody reads is
 * an error, not a hang; folders are refused. */
static void
test_special_files (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autofree char *null_link = g_build_filename (dir, "zero", NULL);
  g_autoptr(GBytes) data = content ('d', 100000);
  g_autoptr(GError) error = NULL;
  struct stat st;
  int status;
  pid_t reader;

  /* /dev/zero takes writes like /dev/null; other programs on this machine
   * write to /dev/null, so a broken test must not touch it. Checked first:
   * a device some other program already replaced is not written to. */
  g_assert_cmpint (g_stat ("/dev/zero", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  g_assert_cmpint (symlink ("/dev/zero", null_link), ==, 0);
  write_file (null_link, data);
  write_file ("/dev/zero", data);
  g_assert_cmpint (g_stat ("/dev/zero", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  g_assert_true (g_file_test (null_link, G_FILE_TEST_IS_SYMLINK));

  g_assert_false (cw_safe_file_write_path ("/dev/full", "x", 1, &error));
  g_assert_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_NO_SPACE);
  g_clear_error (&error);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (cw_safe_file_write_path (fifo, "x", 1, &error));
  g_assert_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_FAILED);
  g_clear_error (&error);
  reader = fork ();
  g_assert_cmpint (reader, >=, 0);
  if (reader == 0)
    {
      g_autoptr(GBytes) expected = content ('d', 100000);

      /* Exits 0 when it read exactly what was written. */
      _exit (has_content (fifo, expected) ? 0 : 1);
    }
  /* Until the reader has the FIFO open, writing is refused. */
  while (!cw_safe_file_write_path (fifo, g_bytes_get_data (data, NULL), g_bytes_get_size (data), &error))
    {
      g_assert_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_FAILED);
      g_clear_error (&error);
      g_usleep (1000);
    }
  g_assert_cmpint (waitpid (reader, &status, 0), ==, reader);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_true (g_file_test (fifo, G_FILE_TEST_EXISTS) && !g_file_test (fifo, G_FILE_TEST_IS_REGULAR));

  g_assert_false (cw_safe_file_write_path (dir, "x", 1, &error));
  g_assert_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_NOT_REGULAR);
  remove_tree (dir);
}

/* A child saves two versions in turn, through a symbolic link half the
 * time, and is killed at a random moment, again and again. The file is
 * always one version whole; a temporary file can only be left by a kill
 * between naming it and the rename, and the next save removes it. */
static void
test_kill_while_saving (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "a.cluster", NULL);
  g_autofree char *link = g_build_filename (dir, "link.cluster", NULL);
  g_autoptr(GBytes) a = content ('a', 300000), b = content ('b', 170000);
  const char *expected[] = { "a.cluster", "link.cluster", NULL };
  guint left = 0, whole_a = 0, whole_b = 0;

  write_file (path, a);
  g_assert_cmpint (symlink ("a.cluster", link), ==, 0);
  for (guint i = 0; i < KILL_ITERATIONS; i++)
    {
      pid_t child = fork ();
      int status;
      guint others;

      g_assert_cmpint (child, >=, 0);
      if (child == 0)
        for (guint n = 0;; n++)
          {
            GBytes *next = n % 2 ? a : b;

            if (!cw_safe_file_write_path (n % 4 < 2 ? path : link, g_bytes_get_data (next, NULL),
                                          g_bytes_get_size (next), NULL))
              _exit (1);
          }
      g_usleep (g_random_int_range (0, 4000));
      g_assert_cmpint (kill (child, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (child, &status, 0), ==, child);
      g_assert_true (WIFSIGNALED (status));
      g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
      if (has_content (path, a))
        whole_a++;
      else
        {
          assert_content (path, b);
          whole_b++;
        }
      others = count_others (dir, expected);
      g_assert_cmpuint (others, <=, 1);
      left += others;
    }
  g_test_message ("%u kills: %u times version a, %u times b; %u temporaries left by a kill "
                  "between naming and renaming", KILL_ITERATIONS, whole_a, whole_b, left);
  /* Both versions were seen: the children got through saves before the kill. */
  g_assert_cmpuint (whole_a, >, 0);
  g_assert_cmpuint (whole_b, >, 0);
  write_file (link, b);
  g_assert_cmpuint (count_others (dir, expected), ==, 0);
  remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/safe-file/replace", test_replace);
  g_test_add_func ("/safe-file/faults", test_faults);
  g_test_add_func ("/safe-file/full-disk", test_full_disk);
  g_test_add_func ("/safe-file/read-only-folder", test_read_only_folder);
  g_test_add_func ("/safe-file/symlink", test_symlink);
  g_test_add_func ("/safe-file/hard-link", test_hard_link);
  g_test_add_func ("/safe-file/special-files", test_special_files);
  g_test_add_func ("/safe-file/kill-while-saving", test_kill_while_saving);
  return g_test_run ();
}

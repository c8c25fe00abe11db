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
  /* An empty GBytes has no data pointer: memcmp must not see it. */
  return length == g_bytes_get_size (bytes) &&
         (length == 0 || memcmp (data, g_bytes_get_data (bytes, NULL), length) == 0);
}

static void
assert_content (const char *path,
                GBytes     *bytes)
{
  g_assert_true (has_content (path, bytes));
}

/* Saving @new over @path fails with @code and leaves @old there, whole;
 * returns the error for more checks. */
static GError *
assert_refused (const char *path,
                GBytes     *new,
                int         code,
                GBytes     *old)
{
  GError *error = NULL;

  g_assert_false (cw_safe_file_write_path (path, g_bytes_get_data (new, NULL), g_bytes_get_size (new), &error));
  g_assert_error (error, CW_SAFE_FILE_ERROR, code);
  assert_content (path, old);
  return error;
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

/* Each test works in a folder of its own, removed after it. */
typedef struct {
  char *dir;
  char *path;   /* dir/a.cluster */
} Folder;

static void
folder_set_up (Folder        *f,
               gconstpointer  unused)
{
  f->dir = make_dir ();
  f->path = g_build_filename (f->dir, "a.cluster", NULL);
}

static void
folder_tear_down (Folder        *f,
                  gconstpointer  unused)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* A save replaces the content, keeps the permissions, leaves nothing beside. */
static void
test_replace (Folder        *f,
             gconstpointer  unused)
{
  g_autoptr(GBytes) a = content ('a', 1000), b = content ('b', 300000), empty = content ('e', 0);
  struct stat st;

  write_file (f->path, a);
  assert_content (f->path, a);
  g_assert_cmpint (g_chmod (f->path, 0640), ==, 0);
  write_file (f->path, b);
  assert_content (f->path, b);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  write_file (f->path, empty);
  assert_content (f->path, empty);
  assert_only (f->dir, "a.cluster");
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
test_faults (Folder        *f,
            gconstpointer  unused)
{
  g_autoptr(GBytes) old = content ('o', 5000), new = content ('n', 4 * CW_SAFE_FILE_CHUNK + 17);

  write_file (f->path, old);
  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("step %d, call %u, %s", faults[i].step, faults[i].nth, g_strerror (faults[i].errnum));
      cw_safe_file_inject_fault (faults[i].step, faults[i].nth, faults[i].errnum);
      error = assert_refused (f->path, new, faults[i].code, old);
      g_assert_nonnull (strstr (error->message, "not changed"));
      assert_only (f->dir, "a.cluster");
    }
  /* The fault was spent: the next save works. */
  write_file (f->path, new);
  assert_content (f->path, new);
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
test_full_disk (Folder        *f,
               gconstpointer  unused)
{
  g_autofree char *filler = g_build_filename (f->dir, "filler", NULL);
  g_autoptr(GBytes) old = content ('o', 3600), new = content ('n', 7000), chunk = content ('f', 4096);
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "a.cluster", "filler", NULL };
  FILE *fill;

  if (!mount_small_disk (f->dir))
    return;
  write_file (f->path, old);
  fill = fopen (filler, "w");
  g_assert_nonnull (fill);
  while (fwrite (g_bytes_get_data (chunk, NULL), 1, 4096, fill) == 4096 && fflush (fill) == 0)
    ;
  fclose (fill);
  error = assert_refused (f->path, new, CW_SAFE_FILE_ERROR_NO_SPACE, old);
  g_assert_cmpuint (count_others (f->dir, expected), ==, 0);
  /* With room again, it saves. */
  g_unlink (filler);
  write_file (f->path, new);
  assert_content (f->path, new);
  g_assert_cmpint (umount2 (f->dir, MNT_DETACH), ==, 0);
}

/* A writable file in a folder that takes no new files: refused, never
 * rewritten in place. Real as an ordinary user (a 0555 folder) and on a
 * read-only mount; the injected EACCES in test_faults covers the rest. */
static void
test_read_only_folder (Folder        *f,
                      gconstpointer  unused)
{
  g_autoptr(GBytes) old = content ('o', 3600), new = content ('n', 100);
  g_autoptr(GError) error = NULL;
  gboolean mounted = FALSE;

  if (geteuid () != 0)
    write_file (f->path, old);
  else if ((mounted = mount_small_disk (f->dir)))
    {
      write_file (f->path, old);
      g_assert_cmpint (mount (NULL, f->dir, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
    }
  else
    return;
  if (!mounted)
    g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  error = assert_refused (f->path, new, CW_SAFE_FILE_ERROR_READ_ONLY_FOLDER, old);
  g_assert_nonnull (strstr (error->message, "save in another folder"));
  assert_only (f->dir, "a.cluster");
  if (mounted)
    g_assert_cmpint (umount2 (f->dir, MNT_DETACH), ==, 0);
  g_chmod (f->dir, 0755);
}

/* Through a symbolic link the file it points to is replaced, beside itself:
 * the link stays a link. A link to a file not there yet creates it. */
static void
test_symlink (Folder        *f,
             gconstpointer  unused)
{
  g_autofree char *real_dir = g_build_filename (f->dir, "real", NULL);
  g_autofree char *link_dir = g_build_filename (f->dir, "links", NULL);
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
}

/* A file with other names is refused: replacing it would leave them behind. */
static void
test_hard_link (Folder        *f,
               gconstpointer  unused)
{
  g_autofree char *other = g_build_filename (f->dir, "b.cluster", NULL);
  g_autoptr(GBytes) old = content ('o', 3600), new = content ('n', 100);
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "a.cluster", "b.cluster", NULL };

  write_file (f->path, old);
  g_assert_cmpint (link (f->path, other), ==, 0);
  error = assert_refused (f->path, new, CW_SAFE_FILE_ERROR_HARD_LINKED, old);
  assert_content (other, old);
  g_assert_cmpuint (count_others (f->dir, expected), ==, 0);
}

/* Devices and FIFOs are written to, never replaced; a FIFO nobody reads is
 * an error, not a hang; folders are refused. */
static void
test_special_files (Folder        *f,
                   gconstpointer  unused)
{
  g_autofree char *fifo = g_build_filename (f->dir, "pipe", NULL);
  g_autofree char *null_link = g_build_filename (f->dir, "zero", NULL);
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

  g_assert_false (cw_safe_file_write_path (f->dir, "x", 1, &error));
  g_assert_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_NOT_REGULAR);
}

/* A child saves two versions in turn, through a symbolic link half the
 * time, and is killed at a random moment, again and again. The file is
 * always one version whole; a temporary file can only be left by a kill
 * between naming it and the rename, and the next save removes it. The child
 * reports each finished save through a pipe, and the parent kills only after
 * one to four of them (then at a random moment up to a save later): on a busy
 * machine a bare random delay could pass before the child's first save, and
 * one version would never be seen. */
static void
test_kill_while_saving (Folder        *f,
                       gconstpointer  unused)
{
  g_autofree char *link = g_build_filename (f->dir, "link.cluster", NULL);
  g_autoptr(GBytes) a = content ('a', 300000), b = content ('b', 170000);
  const char *expected[] = { "a.cluster", "link.cluster", NULL };
  guint left = 0, whole_a = 0, whole_b = 0;

  write_file (f->path, a);
  g_assert_cmpint (symlink ("a.cluster", link), ==, 0);
  for (guint i = 0; i < KILL_ITERATIONS; i++)
    {
      int saved[2], status;
      pid_t child;
      guint others;
      char done;

      g_assert_cmpint (pipe (saved), ==, 0);
      child = fork ();
      g_assert_cmpint (child, >=, 0);
      if (child == 0)
        {
          close (saved[0]);
          for (guint n = 0;; n++)
            {
              GBytes *next = n % 2 ? a : b;

              if (!cw_safe_file_write_path (n % 4 < 2 ? f->path : link, g_bytes_get_data (next, NULL),
                                            g_bytes_get_size (next), NULL) ||
                  write (saved[1], "s", 1) != 1)
                _exit (1);
            }
        }
      close (saved[1]);
      for (int n = g_random_int_range (1, 5); n > 0; n--)
        g_assert_cmpint (read (saved[0], &done, 1), ==, 1);
      g_usleep (g_random_int_range (0, 2000));
      g_assert_cmpint (kill (child, SIGKILL), ==, 0);
      close (saved[0]);
      g_assert_cmpint (waitpid (child, &status, 0), ==, child);
      g_assert_true (WIFSIGNALED (status));
      g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
      if (has_content (f->path, a))
        whole_a++;
      else
        {
          assert_content (f->path, b);
          whole_b++;
        }
      others = count_others (f->dir, expected);
      g_assert_cmpuint (others, <=, 1);
      left += others;
    }
  g_test_message ("%u kills: %u times version a, %u times b; %u temporaries left by a kill "
                  "between naming and renaming", KILL_ITERATIONS, whole_a, whole_b, left);
  /* Both versions were seen: the children got through saves before the kill. */
  g_assert_cmpuint (whole_a, >, 0);
  g_assert_cmpuint (whole_b, >, 0);
  write_file (link, b);
  g_assert_cmpuint (count_others (f->dir, expected), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/safe-file/replace", Folder, NULL, folder_set_up, test_replace, folder_tear_down);
  g_test_add ("/safe-file/faults", Folder, NULL, folder_set_up, test_faults, folder_tear_down);
  g_test_add ("/safe-file/full-disk", Folder, NULL, folder_set_up, test_full_disk, folder_tear_down);
  g_test_add ("/safe-file/read-only-folder", Folder, NULL, folder_set_up, test_read_only_folder, folder_tear_down);
  g_test_add ("/safe-file/symlink", Folder, NULL, folder_set_up, test_symlink, folder_tear_down);
  g_test_add ("/safe-file/hard-link", Folder, NULL, folder_set_up, test_hard_link, folder_tear_down);
  g_test_add ("/safe-file/special-files", Folder, NULL, folder_set_up, test_special_files, folder_tear_down);
  g_test_add ("/safe-file/kill-while-saving", Folder, NULL, folder_set_up, test_kill_while_saving, folder_tear_down);
  return g_test_run ();
}

/* cw-safe-file.c — replacing a file so that its old or its new content is always there
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-safe-file"
/* O_TMPFILE */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cw-safe-file-private.h"

/* Symbolic links followed before giving up, as the kernel does. */
#define MAX_LINKS 40
/* The random letters at the end of a temporary file's name. */
#define TEMPORARY_RANDOM 6

G_DEFINE_QUARK (cw-safe-file-error-quark, cw_safe_file_error)

static struct {
  CwSafeFileStep step;
  guint          countdown;
  int            errnum;
} fault;

void
cw_safe_file_inject_fault (CwSafeFileStep step,
                           guint          nth,
                           int            errnum)
{
  fault.step = step;
  fault.countdown = nth;
  fault.errnum = errnum;
}

/* Whether the injected fault strikes now, at @step; sets errno when it does. */
static gboolean
fault_strikes (CwSafeFileStep step)
{
  if (fault.step != step || fault.countdown == 0 || --fault.countdown > 0)
    return FALSE;
  fault.step = CW_SAFE_FILE_STEP_NONE;
  errno = fault.errnum;
  return TRUE;
}

static void
set_errno_error (GError     **error,
                 int          errnum,
                 const char  *what)
{
  if (errnum == ENOSPC || errnum == EDQUOT)
    g_set_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_NO_SPACE,
                 _("The disk is full. The file was not changed; make room on the disk or save "
                   "somewhere else."));
  else
    g_set_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_FAILED,
                 /* Translators: %s: what failed, e.g. “writing”; %s: the system's reason */
                 _("%s failed: %s. The file was not changed."), what, g_strerror (errnum));
}

/* Writes all of @data, in chunks, through every short write. */
static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           GError     **error)
{
  while (length > 0)
    {
      gssize n;

      if (fault_strikes (CW_SAFE_FILE_STEP_WRITE))
        n = -1;
      else
        n = write (fd, data, MIN (length, CW_SAFE_FILE_CHUNK));
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          set_errno_error (error, n < 0 ? errno : ENOSPC, _("Writing"));
          return FALSE;
        }
      data += n;
      length -= n;
    }
  return TRUE;
}

/* The file @path finally names, through symbolic links; a link to a file not
 * there yet names that file. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_canonicalize_filename (path, NULL);

  for (int i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *parent = NULL, *dir = NULL;
      g_autofree char *target = g_file_read_link (current, NULL);

      if (target == NULL)
        return g_steal_pointer (&current);
      /* The link's folder as the kernel sees it: ".." in the link leaves
       * the real folder, not the one a folder link made it look like. */
      parent = g_path_get_dirname (current);
      dir = realpath (parent, NULL);
      g_free (current);
      current = g_canonicalize_filename (target, dir != NULL ? dir : parent);
    }
  g_set_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_FAILED,
               _("The name leads through too many symbolic links (perhaps a loop). "
                 "The file was not changed."));
  return NULL;
}

/* A device or FIFO: written to as it is, never replaced. A FIFO nobody reads
 * would block for ever, so that is an error. */
static gboolean
write_stream (const char  *path,
              const char  *data,
              gsize        length,
              GError     **error)
{
  int fd = open (path, O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  gboolean ok;

  if (fd < 0)
    {
      if (errno == ENXIO)
        g_set_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_FAILED,
                     _("It is a pipe (FIFO) that no program is reading from."));
      else
        set_errno_error (error, errno, _("Opening"));
      return FALSE;
    }
  ok = fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK) == 0 || errno == ENOTTY;
  ok = ok && write_all (fd, data, length, error);
  if (close (fd) != 0 && ok)
    {
      set_errno_error (error, errno, _("Closing"));
      ok = FALSE;
    }
  return ok;
}

/* Checks @path, the resolved target; sets @exists and @st when it is there. */
static gboolean
check_target (const char   *path,
              struct stat  *st,
              gboolean     *exists,
              GError      **error)
{
  *exists = g_stat (path, st) == 0;
  if (!*exists && errno != ENOENT)
    {
      set_errno_error (error, errno, _("Looking at the file"));
      return FALSE;
    }
  if (!*exists)
    return TRUE;
  if (S_ISDIR (st->st_mode))
    {
      g_set_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_NOT_REGULAR,
                   _("It is a folder, not a file."));
      return FALSE;
    }
  if (!S_ISREG (st->st_mode))
    {
      g_set_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_NOT_REGULAR,
                   _("It is not a regular file (a disk, a socket or another special file), "
                     "so it is not written to."));
      return FALSE;
    }
  if (st->st_nlink > 1)
    {
      g_set_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_HARD_LINKED,
                   _("The file also has other names (hard links). Replacing it safely would "
                     "leave the old content under those names, so it was not changed; save "
                     "under another name instead."));
      return FALSE;
    }
  return TRUE;
}

static void
set_create_error (GError     **error,
                  int          errnum,
                  const char  *dir)
{
  if (errnum == EACCES || errnum == EROFS || errnum == EPERM)
    g_set_error (error, CW_SAFE_FILE_ERROR, CW_SAFE_FILE_ERROR_READ_ONLY_FOLDER,
                 /* Translators: %s is a folder */
                 _("The folder “%s” does not allow new files, and saving safely needs one "
                   "beside the file. The file was not changed; save in another folder "
                   "instead."), dir);
  else
    set_errno_error (error, errnum, _("Creating a temporary file"));
}

/* The prefix of the temporary files for @target: ".NAME." then the pid of
 * the process writing it, so that a later save can tell a dead one's. */
static char *
temporary_prefix (const char *target)
{
  g_autofree char *base = g_path_get_basename (target);

  return g_strdup_printf (".%s.", base);
}

/* Removes the temporary files a killed process left beside @target. */
static void
remove_stale_temporaries (const char *target)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *prefix = temporary_prefix (target);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      const char *rest = name + strlen (prefix);
      char *end = NULL;
      guint64 pid;

      if (!g_str_has_prefix (name, prefix) || !g_ascii_isdigit (*rest))
        continue;
      pid = g_ascii_strtoull (rest, &end, 10);
      if (*end != '.' || strlen (end + 1) != TEMPORARY_RANDOM || pid == 0 || pid > G_MAXINT ||
          pid == (guint64) getpid () || kill ((pid_t) pid, 0) == 0 || errno != ESRCH)
        continue;
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_debug ("Removing %s, left by a process that ended while saving", path);
        g_unlink (path);
      }
    }
}

/* A name for the temporary file: mkstemp's template, or, with @unique, one
 * already filled in. */
static char *
temporary_name (const char *target,
                gboolean    unique)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *prefix = temporary_prefix (target);
  g_autofree char *name = g_strdup_printf ("%s%d.XXXXXX", prefix, (int) getpid ());

  if (unique)
    {
      static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
      char *x = name + strlen (name) - TEMPORARY_RANDOM;

      for (int i = 0; i < TEMPORARY_RANDOM; i++)
        x[i] = letters[g_random_int_range (0, sizeof letters - 1)];
    }
  return g_build_filename (dir, name, NULL);
}

/* An unnamed file in the folder of @target (O_TMPFILE): killed before it is
 * named, the process leaves nothing behind. -1 with errno EOPNOTSUPP where
 * the file system or the kernel cannot. */
static int
open_unnamed (const char *target)
{
  g_autofree char *dir = g_path_get_dirname (target);
  int fd;

  if (!g_file_test ("/proc/self/fd", G_FILE_TEST_IS_DIR))
    {
      errno = EOPNOTSUPP;
      return -1;
    }
  fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0 && (errno == EISDIR || errno == EINVAL))
    errno = EOPNOTSUPP;
  return fd;
}

/* Gives the unnamed file @fd a temporary name beside @target. */
static char *
name_unnamed (int          fd,
              const char  *target,
              GError     **error)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);

  for (int attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *temporary = temporary_name (target, TRUE);

      if (linkat (AT_FDCWD, proc, AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0)
        return g_steal_pointer (&temporary);
      if (errno != EEXIST)
        break;
    }
  set_errno_error (error, errno, _("Putting the new file in place"));
  return NULL;
}

/* Creates the temporary file beside @target: unnamed if it can (@temporary
 * NULL), else named @temporary. -1 with @error set if it cannot. */
static int
create_temporary (const char  *target,
                  char       **temporary,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  int fd;

  *temporary = NULL;
  if (fault_strikes (CW_SAFE_FILE_STEP_CREATE))
    fd = -1;
  else if ((fd = open_unnamed (target)) < 0 && errno == EOPNOTSUPP)
    {
      *temporary = temporary_name (target, FALSE);
      fd = g_mkstemp_full (*temporary, O_WRONLY | O_CLOEXEC, 0666);
    }
  if (fd >= 0)
    return fd;
  set_create_error (error, errno, dir);
  g_clear_pointer (temporary, g_free);
  return -1;
}

/* The old file's permissions, and its owner where we may give it. */
static gboolean
copy_ownership (int                fd,
                const struct stat *old,
                GError           **error)
{
  if (fchmod (fd, old->st_mode & 07777) != 0)
    {
      set_errno_error (error, errno, _("Setting the permissions"));
      return FALSE;
    }
  if ((old->st_uid != geteuid () || old->st_gid != getegid ()) &&
      fchown (fd, old->st_uid, old->st_gid) != 0)
    g_debug ("Cannot keep the owner of the file: %s", g_strerror (errno));
  return TRUE;
}

/* Makes the rename last: without this a crash may forget it. */
static void
sync_folder (const char *target)
{
  g_autofree char *dir = g_path_get_dirname (target);
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  if (fsync (fd) != 0)
    g_debug ("Cannot flush the folder %s: %s", dir, g_strerror (errno));
  close (fd);
}

static gboolean
replace_regular (const char         *target,
                 const struct stat  *old,
                 const char         *data,
                 gsize               length,
                 GError            **error)
{
  g_autofree char *temporary = NULL;
  int fd;
  gboolean ok;

  remove_stale_temporaries (target);
  fd = create_temporary (target, &temporary, error);
  if (fd < 0)
    return FALSE;
  ok = (old == NULL || copy_ownership (fd, old, error)) && write_all (fd, data, length, error);
  if (ok && (fault_strikes (CW_SAFE_FILE_STEP_SYNC) || fsync (fd) != 0))
    {
      set_errno_error (error, errno, _("Flushing the file to the disk"));
      ok = FALSE;
    }
  if (ok && temporary == NULL)
    ok = (temporary = name_unnamed (fd, target, error)) != NULL;
  if ((close (fd) != 0 || fault_strikes (CW_SAFE_FILE_STEP_CLOSE)) && ok)
    {
      set_errno_error (error, errno, _("Closing"));
      ok = FALSE;
    }
  if (ok && (fault_strikes (CW_SAFE_FILE_STEP_RENAME) || g_rename (temporary, target) != 0))
    {
      set_errno_error (error, errno, _("Putting the new file in place"));
      ok = FALSE;
    }
  if (!ok && temporary != NULL)
    g_unlink (temporary);
  else if (ok)
    sync_folder (target);
  return ok;
}

gboolean
cw_safe_file_write_path (const char  *path,
                         const void  *data,
                         gsize        length,
                         GError     **error)
{
  g_autofree char *target = NULL;
  struct stat st;
  gboolean exists;

  g_return_val_if_fail (path != NULL && (data != NULL || length == 0), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  target = resolve_links (path, error);
  if (target == NULL)
    return FALSE;
  if (g_stat (target, &st) == 0 && (S_ISCHR (st.st_mode) || S_ISFIFO (st.st_mode)))
    return write_stream (target, data, length, error);
  if (!check_target (target, &st, &exists, error))
    return FALSE;
  return replace_regular (target, exists ? &st : NULL, data, length, error);
}

gboolean
cw_safe_file_write (GFile       *file,
                    const void  *data,
                    gsize        length,
                    GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path != NULL)
    return cw_safe_file_write_path (path, data, length, error);
  /* A remote location (sftp://, smb://): its GVfs backend replaces the
   * file with a temporary one of its own. */
  return g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                  NULL, NULL, error);
}

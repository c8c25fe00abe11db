/* cw-recovery.c — recovery copies of unsaved work, offered after a crash
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-recovery"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "cw-recovery.h"
#include "cw-safe-file.h"
#include "cw-scenario-file.h"

/* Beside each copy NAME.cluster, NAME.origin holds the URI of the file it
 * copies, when the work had one. */
#define COPY_SUFFIX ".cluster"
#define ORIGIN_SUFFIX ".origin"

struct _CwRecovery
{
  CwDocument *document;
  GFile      *copy;
  GFile      *origin;
  guint       timeout;
  gulong      changed_handler;
  gboolean    failing;       /* the last copy could not be written */
  CwRecoveryFailedFunc failed;
  gpointer    failed_data;
};

/* The copies of the CwRecovery objects alive in this process (paths): not
 * left behind, so never offered. */
static GHashTable *live_copies;
G_LOCK_DEFINE_STATIC (live_copies);

static void
set_live (GFile    *copy,
          gboolean  live)
{
  char *path = g_file_get_path (copy);

  G_LOCK (live_copies);
  if (live_copies == NULL)
    live_copies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (live)
    g_hash_table_add (live_copies, path);
  else
    {
      g_hash_table_remove (live_copies, path);
      g_free (path);
    }
  G_UNLOCK (live_copies);
}

static gboolean
is_live (GFile *copy)
{
  g_autofree char *path = g_file_get_path (copy);
  gboolean live;

  G_LOCK (live_copies);
  live = live_copies != NULL && g_hash_table_contains (live_copies, path);
  G_UNLOCK (live_copies);
  return live;
}

static char *
recovery_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "cluster-workbench", "recovery", NULL);
}

static GFile *
origin_of (GFile *copy)
{
  g_autofree char *path = g_file_get_path (copy);
  g_autofree char *base = g_strndup (path, strlen (path) - strlen (COPY_SUFFIX));
  g_autofree char *origin = g_strconcat (base, ORIGIN_SUFFIX, NULL);

  return g_file_new_for_path (origin);
}

/* Writes the copy, its origin first: a copy is never without it. */
static gboolean
write_copy (CwRecovery  *self,
            GError     **error)
{
  g_autofree char *dir = recovery_dir ();
  GFile *file = cw_document_get_file (self->document);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int errnum = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errnum), "%s: %s", dir, g_strerror (errnum));
      return FALSE;
    }
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      if (!cw_safe_file_write (self->origin, uri, strlen (uri), error))
        return FALSE;
    }
  else
    g_file_delete (self->origin, NULL, NULL);
  return cw_scenario_save_file (cw_document_get_scenario (self->document), self->copy, error);
}

/* Writes the copy; the first failure after a success is reported. */
static void
back_up (CwRecovery *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = write_copy (self, &error);

  if (!ok && !self->failing)
    {
      if (self->failed != NULL)
        self->failed (error, self->failed_data);
      else
        g_warning ("Cannot write the recovery copy: %s", error->message);
    }
  self->failing = !ok;
}

static gboolean
timeout_cb (gpointer user_data)
{
  CwRecovery *self = user_data;

  self->timeout = 0;
  if (cw_document_get_modified (self->document))
    back_up (self);
  return G_SOURCE_REMOVE;
}

static void
remove_files (CwRecovery *self)
{
  cw_recovery_remove (self->copy);
}

static void
document_changed_cb (CwRecovery *self)
{
  g_clear_handle_id (&self->timeout, g_source_remove);
  if (cw_document_get_modified (self->document))
    self->timeout = g_timeout_add_seconds (CW_RECOVERY_DELAY_SECONDS, timeout_cb, self);
  else
    remove_files (self);
}

CwRecovery *
cw_recovery_new (CwDocument *document)
{
  static guint counter;
  CwRecovery *self;
  g_autofree char *dir = recovery_dir ();
  g_autofree char *name = NULL, *path = NULL;

  g_return_val_if_fail (CW_IS_DOCUMENT (document), NULL);

  self = g_new0 (CwRecovery, 1);
  self->document = g_object_ref (document);
  /* Unique per process and window; the time sorts the copies. */
  name = g_strdup_printf ("%" G_GINT64_FORMAT "-%d-%u" COPY_SUFFIX,
                          g_get_real_time (), (int) getpid (), ++counter);
  path = g_build_filename (dir, name, NULL);
  self->copy = g_file_new_for_path (path);
  self->origin = origin_of (self->copy);
  set_live (self->copy, TRUE);
  self->changed_handler = g_signal_connect_swapped (document, "changed",
                                                    G_CALLBACK (document_changed_cb), self);
  document_changed_cb (self);
  return self;
}

void
cw_recovery_set_failed_func (CwRecovery           *self,
                             CwRecoveryFailedFunc  func,
                             gpointer              user_data)
{
  g_return_if_fail (self != NULL);
  self->failed = func;
  self->failed_data = user_data;
}

void
cw_recovery_discard (CwRecovery *self)
{
  g_return_if_fail (self != NULL);
  g_clear_handle_id (&self->timeout, g_source_remove);
  remove_files (self);
}

void
cw_recovery_flush (CwRecovery *self)
{
  g_return_if_fail (self != NULL);
  if (self->timeout != 0)
    {
      g_clear_handle_id (&self->timeout, g_source_remove);
      timeout_cb (self);
    }
}

void
cw_recovery_free (CwRecovery *self)
{
  if (self == NULL)
    return;
  g_clear_handle_id (&self->timeout, g_source_remove);
  g_clear_signal_handler (&self->changed_handler, self->document);
  set_live (self->copy, FALSE);
  g_object_unref (self->document);
  g_object_unref (self->copy);
  g_object_unref (self->origin);
  g_free (self);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  g_autofree char *na = g_file_get_basename (*(GFile **) a);
  g_autofree char *nb = g_file_get_basename (*(GFile **) b);
  gint64 ta = g_ascii_strtoll (na, NULL, 10), tb = g_ascii_strtoll (nb, NULL, 10);

  return ta < tb ? 1 : ta > tb ? -1 : 0;
}

GPtrArray *
cw_recovery_list (void)
{
  GPtrArray *copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *path = recovery_dir ();
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return copies;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, COPY_SUFFIX))
      {
        g_autofree char *file = g_build_filename (path, name, NULL);

        g_ptr_array_add (copies, g_file_new_for_path (file));
      }
  g_ptr_array_sort (copies, compare_newest_first);
  return copies;
}

/* The file @copy is a copy of, or NULL for untitled work. */
static GFile *
read_origin (GFile *copy)
{
  g_autoptr(GFile) origin = origin_of (copy);
  g_autofree char *uri = NULL;

  if (!g_file_load_contents (origin, NULL, &uri, NULL, NULL, NULL))
    return NULL;
  return g_file_new_for_uri (g_strstrip (uri));
}

GPtrArray *
cw_recovery_list_left (GFile *original)
{
  GPtrArray *copies = cw_recovery_list ();

  for (guint i = copies->len; i-- > 0;)
    {
      GFile *copy = g_ptr_array_index (copies, i);
      g_autoptr(GFile) origin = NULL;

      if (is_live (copy))
        g_ptr_array_remove_index (copies, i);
      else if (original != NULL &&
               ((origin = read_origin (copy)) == NULL || !g_file_equal (origin, original)))
        g_ptr_array_remove_index (copies, i);
    }
  return copies;
}

CwScenario *
cw_recovery_load (GFile   *copy,
                  GFile  **original,
                  GError **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  CwScenario *sc;

  g_return_val_if_fail (G_IS_FILE (copy), NULL);

  sc = cw_scenario_load_file (copy, problems, error);
  if (sc == NULL)
    return NULL;
  if (original != NULL)
    *original = read_origin (copy);
  return sc;
}

void
cw_recovery_remove (GFile *copy)
{
  g_autoptr(GFile) origin = NULL;

  g_return_if_fail (G_IS_FILE (copy));
  origin = origin_of (copy);
  g_file_delete (copy, NULL, NULL);
  g_file_delete (origin, NULL, NULL);
}

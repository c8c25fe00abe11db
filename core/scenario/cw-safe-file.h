/* cw-safe-file.h — replacing a file so that its old or its new content is always there
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one way the window, the recovery copies and the command-line tool write
 * a file. A regular file is replaced: the new bytes go complete to a temporary
 * file beside the file a symbolic link points to (unnamed, O_TMPFILE, where
 * the file system allows), are flushed to the disk, and only then take the
 * old file's place in one rename. A crash, a full disk or a killed process
 * leaves the old file or the new one, never a mix. Every failure removes the
 * temporary file; one a killed process left (".NAME.PID.XXXXXX") is removed
 * by the next save of that file. A file with hard links is refused (the
 * rename would leave its other names with the old content), and so is a
 * file in a folder where no new file can be made (it is never rewritten in
 * place). A character device or a FIFO (/dev/null, a pipe) is written to
 * directly. Everything else is refused with a sentence saying why.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CW_SAFE_FILE_ERROR (cw_safe_file_error_quark ())

typedef enum {
  CW_SAFE_FILE_ERROR_READ_ONLY_FOLDER, /* no new file can be made beside it */
  CW_SAFE_FILE_ERROR_HARD_LINKED,      /* it has other names that would keep the old content */
  CW_SAFE_FILE_ERROR_NOT_REGULAR,      /* a folder, a disk, a socket */
  CW_SAFE_FILE_ERROR_NO_SPACE,         /* the disk (or the quota) is full */
  CW_SAFE_FILE_ERROR_FAILED,           /* anything else the system refused */
} CwSafeFileError;

GQuark   cw_safe_file_error_quark (void);

/* Replaces the content of @file with @length bytes of @data as described
 * above. On failure @error says why in a sentence (without the file's name)
 * and the file is as it was. */
gboolean cw_safe_file_write       (GFile       *file,
                                   const void  *data,
                                   gsize        length,
                                   GError     **error);

/* The same for a path. */
gboolean cw_safe_file_write_path  (const char  *path,
                                   const void  *data,
                                   gsize        length,
                                   GError     **error);

G_END_DECLS

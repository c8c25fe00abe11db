/* cw-save-target.h — the file a save chooser writes: its extension added, a file so named replaced only when asked
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Writes @file for @owner; @chooser is the one answered, with what it holds. */
typedef void (*CwSaveTargetFunc) (GObject *owner,
                                  GFile   *file,
                                  GObject *chooser);

/* The file to write for @chosen: itself when its name ends in one of
 * @extensions (each with its dot; NULL-terminated), else its name with the
 * first of them added, so that the Open dialog and file managers show it. */
GFile *cw_save_target_file    (GFile              *chosen,
                               const char * const *extensions);

/* For the "response" handler of a save chooser: when @response accepts a
 * file, @write writes cw_save_target_file() for @owner. Where that added the
 * extension and a file of that name exists (the chooser asked only about
 * the name typed), a question over the chooser's window asks first; on
 * Cancel nothing is written. The caller still drops @chooser as before. */
void   cw_save_target_respond (GtkNativeDialog    *chooser,
                               int                 response,
                               const char * const *extensions,
                               GObject            *owner,
                               CwSaveTargetFunc    write);

G_END_DECLS

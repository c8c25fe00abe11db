/* cw-window-private.h — the window's state, shared by its source files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cw-cycle-canvas.h"
#include "cw-document.h"
#include "cw-explain-dialog.h"
#include "cw-inspector.h"
#include "cw-lesson-pane.h"
#include "cw-present-window.h"
#include "cw-outcomes-pane.h"
#include "cw-recovery.h"
#include "cw-window.h"

G_BEGIN_DECLS

struct _CwWindow
{
  AdwApplicationWindow  parent_instance;

  CwDocument           *document;
  GSignalGroup         *document_signals;
  CwRecovery           *recovery;
  gboolean              closing;    /* the user agreed: close without asking again */

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkLabel             *status_label;   /* the last message, for screen readers too */
  GtkMenuButton        *primary_menu_button;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  CwCycleCanvas        *canvas;
  CwInspector          *inspector;
  CwOutcomesPane       *outcomes;
  GMenu                *recent_section;
  GMenu                *examples_menu;
  AdwFlap              *lesson_flap;
  CwLessonPane         *lesson_pane;
  GMenu                *bundled_lessons_section;
  GtkWindow            *present_window;  /* while present mode is on */
  CwExplainDialog      *explain_dialog;   /* weak: while it is open */
};

/* What to do once unsaved changes were saved or discarded. */
typedef void (*CwWindowThen) (CwWindow *self,
                              gpointer  data);

/* cw-window-lessons.c */
void      cw_window_lessons_class_init (GtkWidgetClass *widget_class);
void      cw_window_lessons_init     (CwWindow       *self);
/* Opens the lesson in @file: its scenario in the window, its steps in the
 * lesson pane (unsaved changes are asked about first); a file that cannot be
 * read lists its problems and changes nothing. */
void      cw_window_open_lesson_file (CwWindow       *self,
                                      GFile          *file);
/* An open lesson goes with present mode, and comes back when it ends. */
void      cw_window_lessons_present  (CwWindow        *self,
                                      CwPresentWindow *present);

/* cw-window-files.c */
void      cw_window_files_class_init (GtkWidgetClass *widget_class);
void      cw_window_files_init       (CwWindow       *self);
/* Runs @then now, or after asking about unsaved changes (Cancel: never). */
void      cw_window_settle_changes   (CwWindow       *self,
                                      CwWindowThen    then,
                                      gpointer        data,
                                      GDestroyNotify  destroy);
/* The application's settings are there: list the recent files and follow them. */
void      cw_window_files_attach_settings (CwWindow  *self);
/* A question: @cancel also answers Escape; @suggested may be NULL. */
AdwMessageDialog *cw_window_ask      (CwWindow       *self,
                                      const char     *heading,
                                      const char     *body,
                                      const char     *cancel,
                                      const char     *cancel_label,
                                      const char     *destructive,
                                      const char     *destructive_label,
                                      const char     *suggested,
                                      const char     *suggested_label);
/* Notes the time and size of the document's file as it is now: saving asks
 * first when another program changed the file since. */
void      cw_window_remember_file_state (CwWindow    *self);
/* A modal native chooser for @self that shows the files of @filter: the
 * caller connects to "response" and shows it. */
GtkFileChooserNative *cw_window_file_chooser (CwWindow             *self,
                                              const char           *title,
                                              GtkFileChooserAction  action,
                                              GtkFileFilter        *filter);
/* For a "response" handler: the file chosen (NULL when none); drops @chooser. */
GFile    *cw_window_chosen_file      (GtkNativeDialog *chooser,
                                      int              response);
/* Loads one of the files built into the program (an example, a lesson). */
typedef gpointer (*CwWindowLoadBuiltin) (const char  *name,
                                         GPtrArray   *problems,
                                         GError     **error);
/* Loads the built-in @name with @load; NULL, its problems shown, when it cannot. */
gpointer  cw_window_load_builtin     (CwWindow            *self,
                                      const char          *name,
                                      CwWindowLoadBuiltin  load);
/* Lists every problem a file had, "file:line: message", in a dialog. */
void      cw_window_show_problems    (CwWindow       *self,
                                      GFile          *file,
                                      const GError   *error,
                                      GPtrArray      *problems);

/* cw-window-report.c: Report… and the Open button of its toast. */
void      cw_window_report_class_init (GtkWidgetClass *widget_class);

/* cw-window-recovery.c. Offers the copies of @file's unsaved work that a
 * session which did not end normally left behind. */
void      cw_window_offer_recovery_for (CwWindow     *self,
                                        GFile        *file);
/* Tells the user when the recovery copy of the window's work cannot be written. */
void      cw_window_recovery_init      (CwWindow     *self);

G_END_DECLS

/* cw-experiment-files.c — Experiments: opening and saving experiment files, exporting runs and the chart
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-experiment"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-a11y-names.h"
#include "cw-chart-export.h"
#include "cw-experiment-private.h"
#include "cw-experiment-write.h"
#include "cw-safe-file.h"
#include "cw-save-target.h"
#include "cw-scenario-file.h"

/* The chart exported, in pixels (points for SVG and PDF). */
#define CHART_WIDTH 900
#define CHART_HEIGHT 500

/* What is done with the @file chosen in @chooser. */
typedef void (*ChosenFunc) (CwExperimentDialog *self,
                            GFile              *file,
                            GObject            *chooser);

static void
say_saved (CwExperimentDialog *self,
           GFile              *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

  _cw_experiment_toast (self, message);
}

/* @file was not saved: the status line says which, where and why. */
static void
say_not_saved (CwExperimentDialog *self,
               GFile              *file,
               const GError       *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = g_file_get_parse_name (parent != NULL ? parent : file);
  /* Translators: %s: a file's name; %s: its folder; %s: why, in sentences */
  g_autofree char *message = g_strdup_printf (_("Could not save “%s” in “%s”. %s"), name, folder, error->message);

  gtk_label_set_text (self->status_label, message);
}

static GObject *choose_save (CwExperimentDialog *self,
                             ChosenFunc          chosen);

/* Open… is off during a run; a file opened from the window, or once the
 * design is saved, says why it is not. */
static gboolean
refuse_while_running (CwExperimentDialog *self)
{
  if (!cw_experiment_dialog_get_running (self))
    return FALSE;
  _cw_experiment_toast (self, _("Cancel the run under way before opening another experiment."));
  return TRUE;
}

/* @experiment, called @name, replaces the design and its results. */
static void
show_opened (CwExperimentDialog *self,
             const CwExperiment *experiment,
             const char         *name)
{
  /* Translators: %s: an experiment's title, else its file's name */
  g_autofree char *message = g_strdup_printf (_("Opened “%s”."), name);

  if (refuse_while_running (self))
    return;
  _cw_experiment_forget_results (self);
  _cw_experiment_setup_show (self, experiment);
  gtk_label_set_text (self->status_label, message);
}

/* Saved as the user asked: the experiment waiting in @chooser is shown.
 * It goes with the chooser: cancelled, or the save failed, nothing opens. */
static void
save_then_open_chosen (CwExperimentDialog *self,
                       GFile              *file,
                       GObject            *chooser)
{
  if (cw_experiment_dialog_save_file (self, file))
    show_opened (self, g_object_get_data (chooser, "experiment"), g_object_get_data (chooser, "name"));
}

static void
unsaved_response_cb (AdwMessageDialog   *alert,
                     const char         *response,
                     CwExperimentDialog *self)
{
  g_autoptr(CwExperiment) experiment = g_object_steal_data (G_OBJECT (alert), "experiment");
  g_autofree char *name = g_object_steal_data (G_OBJECT (alert), "name");

  if (experiment == NULL)
    return;   /* answered already */
  if (g_str_equal (response, "discard"))
    show_opened (self, experiment, name);
  else if (g_str_equal (response, "save"))
    {
      GObject *chooser = choose_save (self, save_then_open_chosen);

      g_object_set_data_full (chooser, "experiment", g_steal_pointer (&experiment),
                              (GDestroyNotify) cw_experiment_free);
      g_object_set_data_full (chooser, "name", g_steal_pointer (&name), g_free);
    }
}

/* The design has changes not saved: as the main window does before it
 * opens a scenario, ask whether to save them, discard them or not open. */
static void
ask_about_unsaved (CwExperimentDialog *self,
                   CwExperiment       *experiment,
                   char               *name)
{
  g_autofree char *body = NULL;
  AdwMessageDialog *alert;

  /* Translators: %s: the title of the experiment being opened, else its file's name */
  body = g_strdup_printf (_("The experiment set up here has changes that are not saved. Opening “%s” "
                            "replaces them; without saving, they are lost."), name);
  alert = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes to the Experiment?"),
                                                      body));
  adw_message_dialog_add_responses (alert, "cancel", _("_Cancel"), "discard", _("_Discard"),
                                    "save", _("_Save…"), NULL);
  adw_message_dialog_set_response_appearance (alert, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (alert, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (alert, "save");
  adw_message_dialog_set_close_response (alert, "cancel");
  g_object_set_data_full (G_OBJECT (alert), "experiment", experiment, (GDestroyNotify) cw_experiment_free);
  g_object_set_data_full (G_OBJECT (alert), "name", name, g_free);
  g_signal_connect_object (alert, "response", G_CALLBACK (unsaved_response_cb), self, 0);
  cw_a11y_present_question (GTK_WIDGET (alert));
}

gboolean
cw_experiment_dialog_open_file (CwExperimentDialog *self,
                                GFile              *file)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(CwExperiment) experiment = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (CW_IS_EXPERIMENT_DIALOG (self), FALSE);

  if (refuse_while_running (self))
    return FALSE;
  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Experiments can only be opened from local folders."));
  else
    experiment = cw_experiment_load_path (path, problems, &error);
  if (experiment == NULL)
    {
      const CwFileProblem *first = problems->len > 0 ? g_ptr_array_index (problems, 0) : NULL;
      g_autofree char *line = first != NULL ? cw_file_problem_format (first) : NULL;

      gtk_label_set_text (self->status_label, line != NULL ? line : error->message);
      return FALSE;
    }
  name = experiment->title != NULL ? g_strdup (experiment->title) : g_file_get_basename (file);
  if (self->design_unsaved)
    ask_about_unsaved (self, g_steal_pointer (&experiment), g_steal_pointer (&name));
  else
    show_opened (self, experiment, name);
  return TRUE;
}

gboolean
cw_experiment_dialog_save_file (CwExperimentDialog *self,
                                GFile              *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwExperiment) experiment = _cw_experiment_setup_build (self, &error);
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (CW_IS_EXPERIMENT_DIALOG (self), FALSE);

  if (experiment != NULL)
    bytes = cw_experiment_to_bytes (experiment);
  if (bytes == NULL ||
      !cw_safe_file_write (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    {
      say_not_saved (self, file, error);
      return FALSE;
    }
  self->design_unsaved = FALSE;
  say_saved (self, file);
  return TRUE;
}

gboolean
cw_experiment_dialog_export_csv (CwExperimentDialog *self,
                                 GFile              *file)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CW_IS_EXPERIMENT_DIALOG (self), FALSE);

  if (self->csv == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("There are no runs to export yet."));
  else
    cw_safe_file_write (file, g_bytes_get_data (self->csv, NULL), g_bytes_get_size (self->csv), &error);
  if (error != NULL)
    {
      say_not_saved (self, file, error);
      return FALSE;
    }
  say_saved (self, file);
  return TRUE;
}

static void
open_chosen (CwExperimentDialog *self,
             GFile              *file,
             GObject            *chooser)
{
  cw_experiment_dialog_open_file (self, file);
}

static void
save_chosen (CwExperimentDialog *self,
             GFile              *file,
             GObject            *chooser)
{
  cw_experiment_dialog_save_file (self, file);
}

static void
csv_chosen (CwExperimentDialog *self,
            GFile              *file,
            GObject            *chooser)
{
  cw_experiment_dialog_export_csv (self, file);
}

static void
chart_chosen (CwExperimentDialog *self,
              GFile              *file,
              GObject            *chooser)
{
  const char *format = g_object_get_data (chooser, "format");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Charts can only be saved to local folders."));
  else
    _cw_experiment_results_export_chart (self, cw_chart_format_from_id (format), CHART_WIDTH, CHART_HEIGHT,
                                         path, &error);
  if (error != NULL)
    say_not_saved (self, file, error);
  else
    say_saved (self, file);
}

static void
run_chosen (GObject *owner,
            GFile   *file,
            GObject *chooser)
{
  ChosenFunc chosen = g_object_get_data (chooser, "chosen");

  chosen (CW_EXPERIMENT_DIALOG (owner), file, chooser);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  CwExperimentDialog *self = user_data;

  if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      g_autofree char *extension = g_strconcat (".", g_object_get_data (G_OBJECT (chooser), "format"), NULL);
      const char * const extensions[] = { extension, NULL };

      cw_save_target_respond (chooser, response, extensions, G_OBJECT (self), run_chosen);
    }
  else if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      run_chosen (G_OBJECT (self), file, G_OBJECT (chooser));
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* A file chooser for files named *.@extension, over the window and holding
 * it until answered; @chosen gets the file, a file saved with .@extension
 * added when the name lacks it. Returns the chooser, which goes once
 * answered (and any question about replacing a file with it), with what it
 * holds. */
static GObject *
choose (CwExperimentDialog   *self,
        const char           *title,
        GtkFileChooserAction  action,
        const char           *accept,
        const char           *extension,
        ChosenFunc            chosen)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", extension);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      /* Translators: the name suggested for a saved experiment, its runs or its chart */
      g_autofree char *name = g_strdup_printf ("%s.%s", C_("file name", "experiment"), extension);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  g_object_set_data (G_OBJECT (chooser), "chosen", chosen);
  g_object_set_data_full (G_OBJECT (chooser), "format", g_strdup (extension), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  return G_OBJECT (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  choose (CW_EXPERIMENT_DIALOG (widget), _("Open an Experiment"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
          CW_EXPERIMENT_EXTENSION + 1, open_chosen);
}

static GObject *
choose_save (CwExperimentDialog *self,
             ChosenFunc          chosen)
{
  return choose (self, _("Save the Experiment"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                 CW_EXPERIMENT_EXTENSION + 1, chosen);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  choose_save (CW_EXPERIMENT_DIALOG (widget), save_chosen);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  choose (CW_EXPERIMENT_DIALOG (widget), _("Export the Runs"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
          "csv", csv_chosen);
}

static void
export_chart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  const char *format = g_variant_get_string (parameter, NULL);

  g_return_if_fail (cw_chart_format_from_id (format) >= 0);

  choose (CW_EXPERIMENT_DIALOG (widget), _("Export the Chart"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
          format, chart_chosen);
}

void
_cw_experiment_files_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "experiment.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "experiment.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "experiment.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "experiment.export-chart", "s", export_chart_action);
}

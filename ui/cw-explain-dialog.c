/* cw-explain-dialog.c — Explain: the waterfall, the groups with their theory and sources
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-explain"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "cw-chart.h"
#include "cw-explain-dialog.h"
#include "cw-save-target.h"
#include "cw-style-look.h"
#include "cw-text-scale.h"
#include "cw-waterfall.h"

#define EXPORT_WIDTH 1200

struct _CwExplainDialog
{
  AdwWindow        parent_instance;

  CwDocument      *document;
  gulong           changed_id;
  CwExplainer     *explainer;
  CwChartKind      kind;
  double           year;
  int              expanded;
  CwAttribution   *attribution;
  GPtrArray       *rows;          /* AdwExpanderRow per group, in the attribution's order */

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkSpinner      *spinner;
  GtkDrawingArea  *waterfall;
  GtkListBox      *groups;
};

G_DEFINE_FINAL_TYPE (CwExplainDialog, cw_explain_dialog, ADW_TYPE_WINDOW)

static void
submit (CwExplainDialog *self)
{
  cw_explainer_submit (self->explainer, cw_document_get_scenario (self->document),
                       self->expanded, CW_EXPLAIN_RUNS);
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  CwExplainDialog *self = user_data;
  CwWaterfallSpec spec = { .attribution = self->attribution, .look = cw_style_look_get (),
                           .font_scale = cw_text_scale_get () };

  if (self->attribution != NULL)
    cw_waterfall_draw (cr, width, height, &spec);
}

static void
expanded_cb (AdwExpanderRow  *row,
             GParamSpec      *pspec,
             CwExplainDialog *self)
{
  int group = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "group"));

  if (adw_expander_row_get_expanded (row))
    cw_explain_dialog_expand (self, group);
  else if (self->expanded == group)
    cw_explain_dialog_expand (self, -1);
}

static GtkWidget *
note_label (const char *text,
            gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* One expandable row per group: its part, and inside the theory and sources. */
static void
rebuild_rows (CwExplainDialog *self)
{
  const CwScenario *sc = cw_explanation_get_scenario (cw_explainer_get_explanation (self->explainer));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))) != NULL)
    gtk_list_box_remove (self->groups, child);
  g_ptr_array_set_size (self->rows, 0);
  for (guint i = 0; i < self->attribution->groups->len; i++)
    {
      const CwExplainPart *part = &g_array_index (self->attribution->groups, CwExplainPart, i);
      g_autofree char *sources = cw_explain_group_sources (sc, part->group);
      g_autofree char *sources_text = g_strdup_printf (_("Sources: %s"), sources);
      GtkWidget *row = adw_expander_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), part->name);
      g_object_set_data (G_OBJECT (row), "group", GINT_TO_POINTER (part->group));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note_label (cw_explain_group_note (part->group), FALSE));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note_label (sources_text, TRUE));
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), part->group == self->expanded);
      g_signal_connect (row, "notify::expanded", G_CALLBACK (expanded_cb), self);
      gtk_list_box_append (self->groups, row);
      g_ptr_array_add (self->rows, row);
    }
}

static gboolean
same_groups (CwExplainDialog *self)
{
  if (self->rows->len != self->attribution->groups->len)
    return FALSE;
  for (guint i = 0; i < self->rows->len; i++)
    if (GPOINTER_TO_INT (g_object_get_data (g_ptr_array_index (self->rows, i), "group")) !=
        g_array_index (self->attribution->groups, CwExplainPart, i).group)
      return FALSE;
  return TRUE;
}

static void
update (CwExplainDialog *self)
{
  CwExplanation *explanation = cw_explainer_get_explanation (self->explainer);
  g_autofree char *subtitle = NULL;
  CwWaterfallSpec spec;
  int step;

  g_clear_pointer (&self->attribution, cw_attribution_free);
  if (explanation == NULL)
    return;
  step = isnan (self->year) ? cw_explanation_get_n_steps (explanation) - 1
                            : cw_explanation_step_at (explanation, self->year);
  self->attribution = cw_explanation_attribute (explanation, cw_chart_kind_headline (self->kind), step);
  if (!same_groups (self))
    rebuild_rows (self);
  for (guint i = 0; i < self->rows->len; i++)
    {
      g_autofree char *value = cw_waterfall_value (self->attribution,
                                                   &g_array_index (self->attribution->groups, CwExplainPart, i));

      adw_expander_row_set_subtitle (g_ptr_array_index (self->rows, i), value);
    }
  subtitle = cw_waterfall_title (self->attribution);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  spec = (CwWaterfallSpec) { .attribution = self->attribution, .font_scale = 1 };
  gtk_drawing_area_set_content_height (self->waterfall, (int) ceil (cw_waterfall_height (&spec, 900)));
  gtk_widget_queue_draw (GTK_WIDGET (self->waterfall));
}

static void
busy_cb (CwExplainDialog *self)
{
  gboolean busy = cw_explainer_get_busy (self->explainer);

  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
}

static void
failed_cb (CwExplainDialog *self,
           const char      *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
cw_explain_dialog_expand (CwExplainDialog *self,
                          int              group)
{
  g_return_if_fail (CW_IS_EXPLAIN_DIALOG (self));

  if (self->expanded == group)
    return;
  self->expanded = group;
  /* One group open at a time: its levers share its part. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      AdwExpanderRow *row = g_ptr_array_index (self->rows, i);

      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "group")) != group)
        adw_expander_row_set_expanded (row, FALSE);
    }
  submit (self);
}

void
cw_explain_dialog_set_chart (CwExplainDialog *self,
                             CwChartKind      kind,
                             double           year)
{
  g_return_if_fail (CW_IS_EXPLAIN_DIALOG (self));

  self->kind = kind;
  self->year = year;
  update (self);
}

CwExplainer *
cw_explain_dialog_get_explainer (CwExplainDialog *self)
{
  g_return_val_if_fail (CW_IS_EXPLAIN_DIALOG (self), NULL);
  return self->explainer;
}

const CwAttribution *
cw_explain_dialog_get_attribution (CwExplainDialog *self)
{
  g_return_val_if_fail (CW_IS_EXPLAIN_DIALOG (self), NULL);
  return self->attribution;
}

void
cw_explain_dialog_export (CwExplainDialog *self,
                          CwChartFormat    format,
                          GFile           *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  CwWaterfallSpec spec = { .attribution = self->attribution, .font_scale = 1 };

  g_return_if_fail (CW_IS_EXPLAIN_DIALOG (self));

  spec.title = cw_document_get_title (self->document);

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Charts can only be saved to local folders."));
  else if (self->attribution == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("There is no chart to export yet: wait until the model has run."));
  else
    cw_waterfall_export (&spec, format, EXPORT_WIDTH, cw_waterfall_height (&spec, EXPORT_WIDTH), path, &error);
  if (error != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *title = g_strdup_printf (_("Saved “%s”"), name);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
    }
}

char *
cw_explain_dialog_export_name (CwExplainDialog *self,
                               CwChartFormat    format)
{
  g_autofree char *base = NULL, *figure = NULL;

  g_return_val_if_fail (CW_IS_EXPLAIN_DIALOG (self), NULL);

  base = cw_document_get_export_base (self->document);
  /* Translators: part of a file name: %s is a chart, e.g. "Explain Upgrading" */
  figure = g_strdup_printf (_("Explain %s"), cw_chart_kind_name (self->kind));
  return cw_figure_export_name (base, figure, format);
}

static void
export_chosen (GObject *owner,
               GFile   *file,
               GObject *chooser)
{
  cw_explain_dialog_export (CW_EXPLAIN_DIALOG (owner), GPOINTER_TO_INT (g_object_get_data (chooser, "format")), file);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    CwExplainDialog *self)
{
  CwChartFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "format"));
  g_autofree char *extension = g_strconcat (".", cw_chart_format_id (format), NULL);
  const char * const extensions[] = { extension, NULL };

  cw_save_target_respond (chooser, response, extensions, G_OBJECT (self), export_chosen);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  int format = cw_chart_format_from_id (g_variant_get_string (parameter, NULL));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = NULL, *suggested = NULL;
  GtkFileChooserNative *chooser;

  g_return_if_fail (format >= 0 && format != CW_CHART_FORMAT_CSV);

  chooser = gtk_file_chooser_native_new (_("Export the Waterfall"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  pattern = g_strdup_printf ("*.%s", cw_chart_format_id (format));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  suggested = cw_explain_dialog_export_name (CW_EXPLAIN_DIALOG (widget), format);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  g_object_set_data (G_OBJECT (chooser), "format", GINT_TO_POINTER (format));
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

CwExplainDialog *
cw_explain_dialog_new (GtkWindow   *parent,
                       CwDocument  *document,
                       CwChartKind  kind,
                       double       year)
{
  CwExplainDialog *self;

  g_return_val_if_fail (CW_IS_DOCUMENT (document), NULL);

  self = g_object_new (CW_TYPE_EXPLAIN_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->kind = kind;
  self->year = year;
  /* Any edit cancels the work on the scenario before it and starts afresh. */
  self->changed_id = g_signal_connect_swapped (document, "changed", G_CALLBACK (submit), self);
  submit (self);
  return self;
}

static void
cw_explain_dialog_dispose (GObject *object)
{
  CwExplainDialog *self = CW_EXPLAIN_DIALOG (object);

  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_object (&self->document);
  if (self->explainer != NULL)
    {
      cw_explainer_cancel (self->explainer);
      g_signal_handlers_disconnect_by_data (self->explainer, self);
      g_clear_object (&self->explainer);
    }
  g_clear_pointer (&self->attribution, cw_attribution_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_EXPLAIN_DIALOG);
  G_OBJECT_CLASS (cw_explain_dialog_parent_class)->dispose (object);
}

static void
cw_explain_dialog_class_init (CwExplainDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_explain_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cw-explain-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwExplainDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CwExplainDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwExplainDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CwExplainDialog, waterfall);
  gtk_widget_class_bind_template_child (widget_class, CwExplainDialog, groups);
  gtk_widget_class_install_action (widget_class, "explain.export", "s", export_action_cb);
}

static void
cw_explain_dialog_init (CwExplainDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->expanded = -1;
  self->year = NAN;
  self->rows = g_ptr_array_new ();
  self->explainer = cw_explainer_new ();
  g_signal_connect_swapped (self->explainer, "notify::explanation", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->explainer, "notify::busy", G_CALLBACK (busy_cb), self);
  g_signal_connect_swapped (self->explainer, "failed", G_CALLBACK (failed_cb), self);
  cw_style_look_connect (self->waterfall, G_CALLBACK (gtk_widget_queue_draw));
  gtk_drawing_area_set_draw_func (self->waterfall, draw_cb, self, NULL);
  busy_cb (self);
}

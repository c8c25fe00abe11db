/* cw-compare-controller.c — Pin, Compare and Open as Variant for the outcomes pane
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-compare"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cw-a11y-names.h"
#include "cw-chart-view.h"
#include "cw-compare-controller.h"
#include "cw-history-panel.h"
#include "cw-scenario-file.h"
#include "cw-variants.h"

struct _CwCompareController
{
  GObject             parent_instance;

  CwDocument         *document;
  CwCompareVariants  *variants;
  GPtrArray          *views;      /* CwChartView*, owned */
  GtkWidget          *panel;      /* owned */
  GtkWidget          *history;    /* a CwHistoryPanel; owned */
  GSimpleActionGroup *actions;
};

G_DEFINE_FINAL_TYPE (CwCompareController, cw_compare_controller, G_TYPE_OBJECT)

static void
show_toast (CwCompareController *self,
            const char          *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (self->panel, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static void
set_compare (CwCompareController *self,
             gboolean             on)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "compare");

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (on));
  for (guint i = 0; i < self->views->len; i++)
    cw_chart_view_set_variants (g_ptr_array_index (self->views, i), on ? self->variants : NULL);
  gtk_widget_set_visible (self->panel, on);
  /* In a stack, the page's visibility shows or hides its tab. */
  if (GTK_IS_STACK (gtk_widget_get_parent (self->panel)))
    gtk_stack_page_set_visible (gtk_stack_get_page (GTK_STACK (gtk_widget_get_parent (self->panel)), self->panel), on);
}

static void
compare_change_state_cb (GSimpleAction *action,
                         GVariant      *state,
                         gpointer       data)
{
  set_compare (data, g_variant_get_boolean (state));
}

/* Says what became of a new variant (@name NULL: none fitted). */
static void
variant_added (CwCompareController *self,
               const char          *name)
{
  g_autofree char *title = NULL;

  if (name == NULL)
    {
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d variant is pinned already: remove one first",
                                            "%d variants are pinned already: remove one first",
                                            CW_MAX_VARIANTS), CW_MAX_VARIANTS);
      show_toast (self, title);
      return;
    }
  title = g_strdup_printf (_("Pinned as variant “%s”"), name);
  show_toast (self, title);
  set_compare (self, TRUE);
}

static void
pin_cb (GSimpleAction *action,
        GVariant      *parameter,
        gpointer       data)
{
  CwCompareController *self = data;
  g_autofree char *name = cw_document_pin_variant (self->document);

  variant_added (self, name);
}

static void
rename_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       data)
{
  CwCompareController *self = data;
  const char *name, *new_name;
  g_autofree char *stripped = NULL;

  g_variant_get (parameter, "(&s&s)", &name, &new_name);
  stripped = g_strstrip (g_strdup (new_name));
  /* The same name again (Enter without typing) changes nothing. */
  if (!g_str_equal (name, stripped) && !cw_document_rename_variant (self->document, name, new_name))
    {
      g_autofree char *title = g_strdup_printf (_("“%s” cannot be a variant’s name: it is empty, too long or taken"),
                                                new_name);
      show_toast (self, title);
    }
}

static void
remove_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       data)
{
  CwCompareController *self = data;

  cw_document_remove_variant (self->document, g_variant_get_string (parameter, NULL));
}

void
cw_compare_controller_open_variant (CwCompareController *self,
                                    GFile               *file)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwScenario) scenario = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (CW_IS_COMPARE_CONTROLLER (self));
  g_return_if_fail (G_IS_FILE (file));

  scenario = cw_scenario_load_file (file, problems, &error);
  if (scenario == NULL)
    {
      GtkRoot *root = gtk_widget_get_root (self->panel);
      GtkWidget *alert = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                 _("The file cannot be a variant"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
      cw_a11y_present_question (GTK_WIDGET (alert));
      return;
    }
  name = cw_document_add_variant (self->document, scenario);
  variant_added (self, name);
}

static void
open_response_cb (GtkNativeDialog     *dialog,
                  int                  response,
                  CwCompareController *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      cw_compare_controller_open_variant (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
open_variant_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       data)
{
  CwCompareController *self = data;
  GtkRoot *root = gtk_widget_get_root (self->panel);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Open as Variant"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Cluster scenarios"));
  gtk_file_filter_add_pattern (filter, "*" CW_SCENARIO_EXTENSION);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* The history entry a row's button names, or NULL. */
static const CwHistoryEntry *
history_entry (CwCompareController *self,
               GVariant            *parameter)
{
  const CwHistory *history = cw_history_panel_get_history (CW_HISTORY_PANEL (self->history));
  guint index = g_variant_get_uint32 (parameter);

  return index < cw_history_get_n (history) ? cw_history_get (history, index) : NULL;
}

static void
restore_state_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       data)
{
  CwCompareController *self = data;
  const CwHistoryEntry *entry = history_entry (self, parameter);

  if (entry != NULL)
    cw_document_restore_run (self->document, entry->scenario);
}

static void
pin_state_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       data)
{
  CwCompareController *self = data;
  const CwHistoryEntry *entry = history_entry (self, parameter);
  g_autofree char *name = NULL;

  if (entry == NULL)
    return;
  name = cw_document_add_variant (self->document, entry->scenario);
  variant_added (self, name);
}

/* Every chart moves from the run before the last change to the current one. */
static void
replay_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       data)
{
  CwCompareController *self = data;
  gboolean any = FALSE;

  for (guint i = 0; i < self->views->len; i++)
    any |= cw_chart_view_replay (g_ptr_array_index (self->views, i));
  if (!any)
    show_toast (self, _("Nothing to replay yet: change a lever first"));
}

/* Pin is there while a variant fits. */
static void
document_changed_cb (CwCompareController *self)
{
  gboolean room = cw_document_get_scenario (self->document)->variants->len < CW_MAX_VARIANTS;

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "pin")),
                               room);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions),
                                                                            "open-variant")), room);
}

CwCompareController *
cw_compare_controller_new (CwDocument  *document,
                           CwEvaluator *evaluator,
                           GPtrArray   *views)
{
  const GActionEntry entries[] = {
    { "pin", pin_cb, NULL, NULL, NULL },
    { "compare", NULL, NULL, "false", compare_change_state_cb },
    { "open-variant", open_variant_cb, NULL, NULL, NULL },
    { "rename-variant", rename_cb, "(ss)", NULL, NULL },
    { "remove-variant", remove_cb, "s", NULL, NULL },
    { "replay", replay_cb, NULL, NULL, NULL },
    { "restore-state", restore_state_cb, "u", NULL, NULL },
    { "pin-state", pin_state_cb, "u", NULL, NULL },
  };
  CwCompareController *self;

  g_return_val_if_fail (CW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (CW_IS_EVALUATOR (evaluator), NULL);

  self = g_object_new (CW_TYPE_COMPARE_CONTROLLER, NULL);
  self->document = g_object_ref (document);
  self->variants = cw_compare_variants_new (document);
  self->views = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < views->len; i++)
    g_ptr_array_add (self->views, g_object_ref (g_ptr_array_index (views, i)));
  self->panel = g_object_ref_sink (cw_compare_panel_new (evaluator, self->variants));
  gtk_widget_set_visible (self->panel, FALSE);
  self->history = g_object_ref_sink (cw_history_panel_new (evaluator));
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  document_changed_cb (self);
  return self;
}

GActionGroup *
cw_compare_controller_get_actions (CwCompareController *self)
{
  g_return_val_if_fail (CW_IS_COMPARE_CONTROLLER (self), NULL);
  return G_ACTION_GROUP (self->actions);
}

GtkWidget *
cw_compare_controller_get_panel (CwCompareController *self)
{
  g_return_val_if_fail (CW_IS_COMPARE_CONTROLLER (self), NULL);
  return self->panel;
}

GtkWidget *
cw_compare_controller_get_history (CwCompareController *self)
{
  g_return_val_if_fail (CW_IS_COMPARE_CONTROLLER (self), NULL);
  return self->history;
}

CwCompareVariants *
cw_compare_controller_get_variants (CwCompareController *self)
{
  g_return_val_if_fail (CW_IS_COMPARE_CONTROLLER (self), NULL);
  return self->variants;
}

static void
cw_compare_controller_dispose (GObject *object)
{
  CwCompareController *self = CW_COMPARE_CONTROLLER (object);

  g_clear_object (&self->actions);
  g_clear_object (&self->history);
  g_clear_object (&self->panel);
  g_clear_pointer (&self->views, g_ptr_array_unref);
  g_clear_object (&self->variants);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (cw_compare_controller_parent_class)->dispose (object);
}

static void
cw_compare_controller_class_init (CwCompareControllerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cw_compare_controller_dispose;
}

static void
cw_compare_controller_init (CwCompareController *self)
{
}

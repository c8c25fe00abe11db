/* cw-assumptions.c — the Assumptions view: the model's parameters grouped by
 * sub-model, each with its value, range, unit, tag and source
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-assumptions"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-assumptions.h"
#include "cw-describe.h"
#include "cw-document-edits.h"
#include "cw-params.h"
#include "cw-wheel.h"

typedef struct {
  AdwActionRow  *row;
  GtkSpinButton *spin;
  GtkWidget     *changed;   /* the "Changed" mark */
  GtkWidget     *reset;
  char          *haystack;  /* what the search looks in, folded */
} ParamRow;

struct _CwAssumptions
{
  AdwWindow             parent_instance;

  CwDocument           *document;
  GSignalGroup         *document_signals;
  gboolean              updating;   /* showing the document, not editing it */
  ParamRow             *rows;       /* one per parameter */
  AdwPreferencesGroup  *groups[CW_N_PARAM_GROUPS];
  GtkStackPage         *pages[CW_N_PARAM_GROUPS];

  GtkSearchEntry       *search_entry;
  GtkLabel             *summary_label;
  GtkStack             *stack;
};

G_DEFINE_FINAL_TYPE (CwAssumptions, cw_assumptions, ADW_TYPE_WINDOW)

static void
value_changed_cb (GtkSpinButton *spin,
                  CwAssumptions *self)
{
  guint param = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "param"));

  if (!self->updating)
    cw_document_set_param (self->document, param, gtk_spin_button_get_value (spin));
}

static void
reset_clicked_cb (GtkButton     *button,
                  CwAssumptions *self)
{
  guint param = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "param"));

  cw_document_reset_param (self->document, param);
}

/* Shows the values in force, which are overridden and how many. */
static void
show_document (CwAssumptions *self)
{
  const CwScenario *sc = cw_document_get_scenario (self->document);
  g_autofree char *summary = cw_describe_overrides (sc);

  self->updating = TRUE;
  for (guint i = 0; i < cw_params_count (); i++)
    {
      gboolean changed = cw_scenario_has_override (sc, i);

      gtk_spin_button_set_value (self->rows[i].spin, cw_scenario_param (sc, i));
      gtk_widget_set_visible (self->rows[i].changed, changed);
      gtk_widget_set_visible (self->rows[i].reset, changed);
    }
  self->updating = FALSE;
  gtk_label_set_text (self->summary_label,
                      summary != NULL ? summary
                                      : _("Every parameter has the model's default. Change a value to "
                                          "override it for this scenario; the file saves it and the "
                                          "charts follow."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assumptions.reset-all", summary != NULL);
}

/* How many decimals a spin button needs to show every value of @info. */
static guint
digits_for (const CwParamInfo *info)
{
  double width = info->max - info->min;

  if (width >= 100)
    return 0;
  if (width >= 10)
    return 2;
  return 4;
}

static void
add_row (CwAssumptions *self,
         guint          param)
{
  const CwParamInfo *info = cw_param_info (param);
  CwParamGroup group = cw_param_group (param);
  ParamRow *r = &self->rows[param];
  g_autofree char *range = NULL, *subtitle = NULL, *reset_label = NULL, *text = NULL;
  char lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];
  GtkWidget *spin, *changed, *reset;
  double step = (info->max - info->min) / 100;

  g_snprintf (lo, sizeof lo, "%g", info->min);
  g_snprintf (hi, sizeof hi, "%g", info->max);
  if (info->unit[0] != '\0')
    /* Translators: a parameter's range and unit, e.g. "0 to 0.3 1/yr" */
    range = g_strdup_printf (_("%s to %s %s"), lo, hi, info->unit);
  else
    /* Translators: a parameter's range without a unit, e.g. "0 to 1" */
    range = g_strdup_printf (_("%s to %s"), lo, hi);
  /* Translators: the second line of a parameter: range, tag and what the tag
     means, and its source, e.g. "0 to 1 · inv (invented: …)\nEffectiveness of …" */
  subtitle = g_strdup_printf (_("%s · %s (%s)\n%s"), range, cw_param_tag_id (info->tag),
                              cw_param_tag_meaning (info->tag), info->source);

  r->row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r->row), info->id);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (r->row), FALSE);
  adw_action_row_set_subtitle (r->row, subtitle);
  adw_action_row_set_subtitle_lines (r->row, 0);

  /* Translators: marks a parameter this scenario overrides */
  changed = gtk_label_new (_("Changed"));
  gtk_widget_add_css_class (changed, "accent");
  gtk_widget_set_valign (changed, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (r->row, changed);

  spin = gtk_spin_button_new_with_range (info->min, info->max, step > 0 ? step : 1);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits_for (info));
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 8);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (spin), "param", GUINT_TO_POINTER (param));
  g_signal_connect (spin, "value-changed", G_CALLBACK (value_changed_cb), self);
  cw_wheel_only_when_focused (spin);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, info->id,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  adw_action_row_add_suffix (r->row, spin);
  adw_action_row_set_activatable_widget (r->row, spin);

  reset = gtk_button_new_from_icon_name ("edit-undo-symbolic");
  gtk_widget_add_css_class (reset, "flat");
  gtk_widget_set_valign (reset, GTK_ALIGN_CENTER);
  /* Translators: %g is the parameter's default value */
  reset_label = g_strdup_printf (_("Back to the Default (%g)"), info->value);
  gtk_widget_set_tooltip_text (reset, reset_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (reset), GTK_ACCESSIBLE_PROPERTY_LABEL, reset_label, -1);
  g_object_set_data (G_OBJECT (reset), "param", GUINT_TO_POINTER (param));
  g_signal_connect (reset, "clicked", G_CALLBACK (reset_clicked_cb), self);
  adw_action_row_add_suffix (r->row, reset);

  r->spin = GTK_SPIN_BUTTON (spin);
  r->changed = changed;
  r->reset = reset;
  text = g_strjoin (" ", info->id, info->source, info->unit, cw_param_tag_id (info->tag),
                    cw_param_group_name (group), NULL);
  r->haystack = g_utf8_casefold (text, -1);
  adw_preferences_group_add (self->groups[group], GTK_WIDGET (r->row));
}

/* The sub-model whose page is shown. */
static CwParamGroup
cw_param_group_from_page (CwAssumptions *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);

  for (int g = 0; g < CW_N_PARAM_GROUPS; g++)
    if (gtk_stack_page_get_child (self->pages[g]) == child)
      return g;
  return CW_PARAM_GROUP_LEVERS;
}

void
cw_assumptions_search (CwAssumptions *self,
                       const char    *text)
{
  g_autofree char *needle = g_utf8_casefold (text != NULL ? text : "", -1);
  gboolean shown[CW_N_PARAM_GROUPS] = { FALSE };

  g_return_if_fail (CW_IS_ASSUMPTIONS (self));

  for (guint i = 0; i < cw_params_count (); i++)
    {
      gboolean match = strstr (self->rows[i].haystack, g_strstrip (needle)) != NULL;

      gtk_widget_set_visible (GTK_WIDGET (self->rows[i].row), match);
      shown[cw_param_group (i)] |= match;
    }
  for (int g = 0; g < CW_N_PARAM_GROUPS; g++)
    gtk_stack_page_set_visible (self->pages[g], shown[g]);
  /* Show a sub-model that has matches. */
  for (int g = 0; g < CW_N_PARAM_GROUPS; g++)
    if (shown[g])
      {
        if (!shown[cw_param_group_from_page (self)])
          gtk_stack_set_visible_child (self->stack, gtk_stack_page_get_child (self->pages[g]));
        break;
      }
}

static void
search_changed_cb (CwAssumptions *self)
{
  cw_assumptions_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
reset_all_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cw_document_reset_params (CW_ASSUMPTIONS (widget)->document);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (CW_ASSUMPTIONS (widget)->search_entry));
}

GtkSpinButton *
cw_assumptions_get_spin (CwAssumptions *self,
                         guint          param)
{
  g_return_val_if_fail (CW_IS_ASSUMPTIONS (self) && param < cw_params_count (), NULL);
  return self->rows[param].spin;
}

gboolean
cw_assumptions_row_visible (CwAssumptions *self,
                            guint          param)
{
  g_return_val_if_fail (CW_IS_ASSUMPTIONS (self) && param < cw_params_count (), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->rows[param].row)) &&
         gtk_stack_page_get_visible (self->pages[cw_param_group (param)]);
}

gboolean
cw_assumptions_row_changed (CwAssumptions *self,
                            guint          param)
{
  g_return_val_if_fail (CW_IS_ASSUMPTIONS (self) && param < cw_params_count (), FALSE);
  return gtk_widget_get_visible (self->rows[param].changed);
}

static void
forget_view_cb (GtkWidget *view,
                GObject   *parent)
{
  g_object_set_data (parent, "cw-assumptions", NULL);
}

void
cw_assumptions_present (GtkWindow  *parent,
                        CwDocument *document)
{
  GtkWindow *view = g_object_get_data (G_OBJECT (parent), "cw-assumptions");

  if (view == NULL)
    {
      view = GTK_WINDOW (cw_assumptions_new (parent, document));
      /* It closes by hiding and goes with its parent. */
      gtk_window_set_destroy_with_parent (view, TRUE);
      g_object_set_data (G_OBJECT (parent), "cw-assumptions", view);
      g_signal_connect_object (view, "destroy", G_CALLBACK (forget_view_cb), parent, 0);
    }
  gtk_window_present (view);
  gtk_widget_grab_focus (GTK_WIDGET (CW_ASSUMPTIONS (view)->search_entry));
}

GtkWidget *
cw_assumptions_new (GtkWindow  *parent,
                    CwDocument *document)
{
  CwAssumptions *self;

  g_return_val_if_fail (CW_IS_DOCUMENT (document), NULL);

  self = g_object_new (CW_TYPE_ASSUMPTIONS, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  for (guint i = 0; i < cw_params_count (); i++)
    add_row (self, i);
  g_signal_group_set_target (self->document_signals, document);
  show_document (self);
  return GTK_WIDGET (self);
}

static void
cw_assumptions_dispose (GObject *object)
{
  CwAssumptions *self = CW_ASSUMPTIONS (object);

  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_ASSUMPTIONS);
  G_OBJECT_CLASS (cw_assumptions_parent_class)->dispose (object);
}

static void
cw_assumptions_finalize (GObject *object)
{
  CwAssumptions *self = CW_ASSUMPTIONS (object);

  for (guint i = 0; self->rows != NULL && i < cw_params_count (); i++)
    g_free (self->rows[i].haystack);
  g_free (self->rows);
  G_OBJECT_CLASS (cw_assumptions_parent_class)->finalize (object);
}

static void
cw_assumptions_class_init (CwAssumptionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_assumptions_dispose;
  object_class->finalize = cw_assumptions_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/clusterworkbench/Workbench/ui/cw-assumptions.ui");
  gtk_widget_class_bind_template_child (widget_class, CwAssumptions, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CwAssumptions, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CwAssumptions, stack);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_install_action (widget_class, "assumptions.reset-all", NULL, reset_all_action);
  gtk_widget_class_install_action (widget_class, "assumptions.search", NULL, search_action);
}

static void
cw_assumptions_init (CwAssumptions *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_new0 (ParamRow, cw_params_count ());
  for (int g = 0; g < CW_N_PARAM_GROUPS; g++)
    {
      AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
      g_autofree char *name = g_strdup_printf ("group-%d", g);

      self->groups[g] = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (self->groups[g], cw_param_group_name (g));
      adw_preferences_page_add (page, self->groups[g]);
      self->pages[g] = gtk_stack_add_titled (self->stack, GTK_WIDGET (page), name, cw_param_group_name (g));
    }
  self->document_signals = g_signal_group_new (CW_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed", G_CALLBACK (show_document), self);
}

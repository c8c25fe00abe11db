/* cw-compare-panel.c — the pinned variants and their key outcomes, side by side
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-compare"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "cw-compare-panel.h"
#include "cw-local-number.h"

struct _CwComparePanel
{
  GtkBox             parent_instance;

  CwEvaluator       *evaluator;
  CwCompareVariants *variants;
  GtkSpinButton     *years;
  GtkGrid           *grid;
  GtkLabel          *empty;
  CwCompareTable    *table;
};

G_DEFINE_FINAL_TYPE (CwComparePanel, cw_compare_panel, GTK_TYPE_BOX)

static GtkWidget *
cell_label (const char *text,
            gboolean    heading,
            float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_justify (GTK_LABEL (label), xalign > 0.5 ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_LEFT);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

/* The name of variant @index, editable, and a button that removes it. */
static GtkWidget *
variant_heading (const char *name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *remove_tip = g_strdup_printf (_("Remove Variant “%s”"), name);

  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
  gtk_entry_set_max_length (GTK_ENTRY (entry), CW_MAX_VARIANT_NAME);
  gtk_widget_set_tooltip_text (entry, _("Name of the variant: type a new one and press Enter"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Variant name"), -1);
  g_object_set_data_full (G_OBJECT (entry), "cw-variant", g_strdup (name), g_free);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "compare.remove-variant");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", name);
  gtk_widget_set_tooltip_text (remove, remove_tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_tip, -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), remove);
  return box;
}

static void
rename_activate_cb (GtkEntry *entry)
{
  const char *name = g_object_get_data (G_OBJECT (entry), "cw-variant");

  gtk_widget_activate_action (GTK_WIDGET (entry), "compare.rename-variant", "(ss)", name,
                              gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* A cell: the value, then its change against no policy and, for a variant,
 * against the scenario on screen. */
static GtkWidget *
value_cell (guint                  row,
            const CwCompareColumn *column,
            const CwCompareColumn *current)
{
  CwOutcome outcome = cw_compare_row_outcome (row);
  g_autofree char *value = cw_local_number (cw_outcome_format (outcome, column->value[row]));
  g_autofree char *against_baseline = cw_local_number (cw_outcome_format_change (outcome, column->value[row],
                                                                           column->baseline[row]));
  g_autofree char *against_current = current != NULL
    ? cw_local_number (cw_outcome_format_change (outcome, column->value[row], current->value[row])) : g_strdup ("");
  GString *text = g_string_new (value);
  GtkWidget *label;

  if (against_baseline[0] != '\0')
    {
      g_string_append_c (text, '\n');
      /* Translators: a change, e.g. "+0.10 vs no policy" */
      g_string_append_printf (text, _("%s vs no policy"), against_baseline);
    }
  if (against_current[0] != '\0')
    {
      g_string_append_c (text, '\n');
      /* Translators: a change, e.g. "−0.02 vs this scenario" */
      g_string_append_printf (text, _("%s vs this scenario"), against_current);
    }
  label = cell_label (text->str, FALSE, 1);
  g_string_free (text, TRUE);
  return label;
}

static void
clear_grid (CwComparePanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
}

static void
refresh (CwComparePanel *self)
{
  CwResult *result = cw_evaluator_get_result (self->evaluator);
  const CwSeries *central = result != NULL ? cw_result_get_central (result) : NULL;
  guint n = cw_compare_variants_get_n (self->variants);
  int year;

  clear_grid (self);
  g_clear_pointer (&self->table, cw_compare_table_free);
  if (central == NULL || cw_result_get_baseline (result) == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->empty), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty), n == 0);
  gtk_spin_button_set_range (self->years, 1, cw_series_years (central));
  year = gtk_spin_button_get_value_as_int (self->years);
  self->table = cw_compare_table_new (year);
  cw_compare_table_add (self->table, _("This scenario"), central, cw_result_get_baseline (result));
  for (guint i = 0; i < n; i++)
    {
      CwResult *variant = cw_compare_variants_get_result (self->variants, i);

      if (variant != NULL && cw_series_years (cw_result_get_central (variant)) >= year)
        cw_compare_table_add (self->table, cw_compare_variants_get_name (self->variants, i),
                              cw_result_get_central (variant), cw_result_get_baseline (variant));
    }

  gtk_grid_attach (self->grid, cell_label (_("No policy"), TRUE, 1), 1, 0, 1, 1);
  for (guint c = 0; c < self->table->columns->len; c++)
    {
      const char *name = cw_compare_table_get (self->table, c)->name;

      gtk_grid_attach (self->grid, c == 0 ? cell_label (name, TRUE, 1) : variant_heading (name), 2 + c, 0, 1, 1);
    }
  for (guint r = 0; r < CW_COMPARE_N_ROWS; r++)
    {
      CwOutcome outcome = cw_compare_row_outcome (r);
      const CwCompareColumn *current = cw_compare_table_get (self->table, 0);
      g_autofree char *none = cw_local_number (cw_outcome_format (outcome, outcome == CW_OUTCOME_GAIN_PER_MEUR
                                                                     ? NAN : current->baseline[r]));

      gtk_grid_attach (self->grid, cell_label (cw_outcome_name (outcome), FALSE, 0), 0, 1 + r, 1, 1);
      gtk_grid_attach (self->grid, cell_label (none, FALSE, 1), 1, 1 + r, 1, 1);
      for (guint c = 0; c < self->table->columns->len; c++)
        gtk_grid_attach (self->grid, value_cell (r, cw_compare_table_get (self->table, c), c > 0 ? current : NULL),
                         2 + c, 1 + r, 1, 1);
    }
  /* Entries come new with each refresh: Enter in one renames. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BOX (child))
      g_signal_connect (gtk_widget_get_first_child (child), "activate", G_CALLBACK (rename_activate_cb), NULL);
}

const CwCompareTable *
cw_compare_panel_get_table (CwComparePanel *self)
{
  g_return_val_if_fail (CW_IS_COMPARE_PANEL (self), NULL);
  return self->table;
}

void
cw_compare_panel_set_year (CwComparePanel *self,
                           int             year)
{
  g_return_if_fail (CW_IS_COMPARE_PANEL (self));
  gtk_spin_button_set_value (self->years, year);
  refresh (self);
}

static void
horizon_cb (CwComparePanel *self)
{
  CwResult *result = cw_evaluator_get_result (self->evaluator);

  /* A first result: the table looks at the end of the run. */
  if (self->table == NULL && result != NULL)
    gtk_spin_button_set_value (self->years, cw_series_years (cw_result_get_central (result)));
  refresh (self);
}

GtkWidget *
cw_compare_panel_new (CwEvaluator       *evaluator,
                      CwCompareVariants *variants)
{
  CwComparePanel *self = g_object_new (CW_TYPE_COMPARE_PANEL, "orientation", GTK_ORIENTATION_VERTICAL,
                                       "spacing", 6, NULL);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *title = cell_label (_("Key outcomes after"), TRUE, 0);

  self->evaluator = g_object_ref (evaluator);
  self->variants = g_object_ref (variants);
  self->years = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, CW_MAX_YEARS, 1));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->years), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  title, NULL, -1);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->years));
  gtk_box_append (GTK_BOX (header), cell_label (_("years"), FALSE, 0));
  self->empty = GTK_LABEL (cell_label (_("No variants yet: Pin keeps the scenario on screen as one."), FALSE, 0));
  gtk_widget_add_css_class (GTK_WIDGET (self->empty), "dim-label");
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->empty));
  gtk_box_append (GTK_BOX (self), header);

  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->grid, 18);
  gtk_grid_set_row_spacing (self->grid, 4);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->grid));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (self), scrolled);

  g_signal_connect_object (evaluator, "notify::result", G_CALLBACK (horizon_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (variants, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->years, "value-changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  horizon_cb (self);
  return GTK_WIDGET (self);
}

static void
cw_compare_panel_dispose (GObject *object)
{
  CwComparePanel *self = CW_COMPARE_PANEL (object);

  g_clear_pointer (&self->table, cw_compare_table_free);
  g_clear_object (&self->evaluator);
  g_clear_object (&self->variants);
  G_OBJECT_CLASS (cw_compare_panel_parent_class)->dispose (object);
}

static void
cw_compare_panel_class_init (CwComparePanelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cw_compare_panel_dispose;
}

static void
cw_compare_panel_init (CwComparePanel *self)
{
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 6);
}

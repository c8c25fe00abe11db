/* cw-experiment-setup.c — Experiments: the Sweep and Budget pages, and the experiment they describe
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Sweep page becomes an experiment file's bytes, read back by the same
 * loader as a file: the window accepts exactly what `validate` accepts.
 */
#define G_LOG_DOMAIN "cw-experiment"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "cw-design.h"
#include "cw-ensemble.h"
#include "cw-experiment-private.h"
#include "cw-experiment-write.h"
#include "cw-factor.h"
#include "cw-params.h"
#include "cw-profile.h"
#include "cw-scenario-file.h"

/* Set up afresh: the design and what it records. */
#define DEFAULT_SAMPLES 32
#define DEFAULT_STEPS 3
#define FIRST_YEAR_RECORDED 5

/* The design row lists the kinds in CwDesignKind's order. */
G_STATIC_ASSERT (CW_DESIGN_FACTORIAL == 0 && CW_DESIGN_LHS == 1 && CW_DESIGN_SALTELLI == 2 &&
                 CW_DESIGN_MORRIS == 3);

/* A factor's name for people: a lever's or profile value's title, else its id. */
char *
_cw_experiment_factor_name (const char *id)
{
  int lever = cw_lever_from_id (id);

  if (lever >= 0)
    return g_strdup (_(cw_lever_info (lever)->name));
  if (g_str_has_prefix (id, "profile.") && cw_profile_from_id (id + strlen ("profile.")) >= 0)
    return g_strdup (_(cw_profile_info (cw_profile_from_id (id + strlen ("profile.")))->name));
  return g_strdup (id);
}

/* The user changed the Sweep page: Open… asks before replacing it. */
static void
design_edited_cb (CwExperimentDialog *self)
{
  self->design_unsaved = TRUE;
}

static GtkWidget *
range_spin (const char *id,
            double      value,
            const char *accessible)
{
  double min, max;
  gboolean integer;
  GtkWidget *spin;

  cw_factor_range (id, &min, &max, &integer, NULL);
  spin = gtk_spin_button_new_with_range (min, max, integer ? 1 : 0.05);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), integer ? 0 : 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return spin;
}

static void
remove_factor_cb (GtkButton          *button,
                  CwExperimentDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  gtk_list_box_remove (self->factor_list, row);
  design_edited_cb (self);
  _cw_experiment_setup_size (self);
}

/* A range's own number of values in a full factorial (from a file whose
 * factors take different numbers), shown under its name; 0 when it takes
 * as many as Samples says. */
static void
set_row_steps (GtkWidget  *row,
               const char *id,
               int         steps)
{
  g_autofree char *subtitle = NULL;

  g_object_set_data (G_OBJECT (row), "steps", GINT_TO_POINTER (steps));
  if (steps > 0)
    /* Translators: under a factor's name: its id, then how many values of its range a full factorial takes */
    subtitle = g_strdup_printf (ngettext ("%s · %d value", "%s · %d values", steps), id, steps);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : id);
}

/* How many values of @row's range a full factorial takes. */
static int
row_steps (GtkWidget *row,
           int        samples)
{
  int steps = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "steps"));

  return steps > 0 ? steps : MAX (samples, 2);
}

/* A row for @factor: its range in two spin buttons, or its list of values. */
static void
add_factor_row (CwExperimentDialog *self,
                const CwFactor     *factor)
{
  g_autofree char *name = _cw_experiment_factor_name (factor->id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *remove_name = g_strdup_printf (_("Remove the factor “%s”"), name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), factor->id);
  g_object_set_data_full (G_OBJECT (row), "id", g_strdup (factor->id), g_free);
  if (factor->values != NULL)
    {
      GString *text = g_string_new (NULL);
      GArray *values = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = 0; i < factor->n_values; i++)
        g_string_append_printf (text, "%s%g", i > 0 ? "  " : "", factor->values[i]);
      g_array_append_vals (values, factor->values, factor->n_values);
      g_object_set_data_full (G_OBJECT (row), "values", values, (GDestroyNotify) g_array_unref);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (text->str));
      g_string_free (text, TRUE);
    }
  else
    {
      g_autofree char *from = g_strdup_printf (_("Lowest value of “%s”"), name);
      g_autofree char *to = g_strdup_printf (_("Highest value of “%s”"), name);
      GtkWidget *min = range_spin (factor->id, factor->min, from);
      GtkWidget *max = range_spin (factor->id, factor->max, to);

      g_object_set_data (G_OBJECT (row), "min", min);
      g_object_set_data (G_OBJECT (row), "max", max);
      g_signal_connect_swapped (min, "value-changed", G_CALLBACK (design_edited_cb), self);
      g_signal_connect_swapped (max, "value-changed", G_CALLBACK (design_edited_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), min);
      /* Translators: between the lowest and highest value of a factor's range */
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (C_("range", "to")));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), max);
      set_row_steps (row, factor->id, factor->steps);
    }
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_factor_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  gtk_list_box_append (self->factor_list, row);
}

static gboolean
has_factor (CwExperimentDialog *self,
            const char         *id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->factor_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "id"), id) == 0)
      return TRUE;
  return FALSE;
}

/* A new factor ranges over what it may take; a profile value over half to
 * one and a half times the scenario's. */
void
_cw_experiment_setup_add_factor (CwExperimentDialog *self,
                                 const char         *id)
{
  CwFactor factor = { (char *) id };
  int profile = g_str_has_prefix (id, "profile.") ? cw_profile_from_id (id + strlen ("profile.")) : -1;

  if (has_factor (self, id) || !cw_factor_range (id, &factor.min, &factor.max, &factor.integer, NULL))
    return;
  if (profile >= 0)
    {
      double value = self->base->profile[profile];

      factor.min = MAX (factor.min, factor.integer ? floor (value / 2) : value / 2);
      factor.max = MIN (factor.max, factor.integer ? ceil (value * 1.5) : value * 1.5);
      if (factor.max <= factor.min)
        cw_factor_range (id, &factor.min, &factor.max, NULL, NULL);
    }
  add_factor_row (self, &factor);
  design_edited_cb (self);
  _cw_experiment_setup_size (self);
}

static void
clear_factors (CwExperimentDialog *self)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->factor_list))) != NULL)
    gtk_list_box_remove (self->factor_list, row);
}

static CwFactor *
row_factor (GtkWidget *row,
            int        samples)
{
  CwFactor *factor = g_new0 (CwFactor, 1);
  GArray *values = g_object_get_data (G_OBJECT (row), "values");

  factor->id = g_strdup (g_object_get_data (G_OBJECT (row), "id"));
  if (values != NULL)
    {
      factor->values = g_memdup2 (values->data, values->len * sizeof (double));
      factor->n_values = values->len;
    }
  else
    {
      factor->min = gtk_spin_button_get_value (g_object_get_data (G_OBJECT (row), "min"));
      factor->max = gtk_spin_button_get_value (g_object_get_data (G_OBJECT (row), "max"));
      factor->steps = row_steps (row, samples);
    }
  return factor;
}

/* "5 10" (or "5, 10"): whole years; FALSE when a word is not one. */
static gboolean
parse_years (const char *text,
             GArray     *years)
{
  g_auto(GStrv) words = g_strsplit_set (text, " ,;\t", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      gint64 year;

      if (words[i][0] == '\0')
        continue;
      if (!g_ascii_string_to_signed (words[i], 10, 1, CW_MAX_YEARS, &year, NULL))
        return FALSE;
      g_array_append_val (years, (int) { year });
    }
  return years->len > 0;
}

/* The problems of an experiment read back, without the file's name and
 * lines (there is no file): one message per line. */
static void
set_problems_error (GError    **error,
                    GPtrArray  *problems,
                    GError     *fallback)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const CwFileProblem *problem = g_ptr_array_index (problems, i);

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", problem->message);
    }
  g_set_error_literal (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_INVALID,
                       problems->len > 0 ? text->str : fallback->message);
}

CwExperiment *
_cw_experiment_setup_build (CwExperimentDialog *self,
                            GError            **error)
{
  g_autoptr(CwExperiment) experiment = cw_experiment_new ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GFile) folder = g_file_new_for_path (g_get_home_dir ());
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) load_error = NULL;
  CwExperiment *checked;
  int steps = gtk_spin_button_get_value_as_int (self->samples);

  experiment->title = g_strdup (self->title);
  experiment->base = cw_scenario_copy (self->base);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->factor_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    g_ptr_array_add (experiment->factors, row_factor (row, steps));
  if (experiment->factors->len == 0)
    {
      g_set_error_literal (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_INVALID,
                           _("Add at least one factor to vary."));
      return NULL;
    }
  experiment->design = adw_combo_row_get_selected (self->design_row);
  experiment->samples = steps;
  experiment->levels = self->levels;
  experiment->replicates = gtk_spin_button_get_value_as_int (self->replicates);
  experiment->seed = self->seed;
  /* Only a full factorial takes a range's values in steps. */
  for (guint i = 0; i < experiment->factors->len && experiment->design != CW_DESIGN_FACTORIAL; i++)
    ((CwFactor *) g_ptr_array_index (experiment->factors, i))->steps = 0;
  for (guint i = 0; i < self->output_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->output_checks, i)))
      g_array_append_val (experiment->outputs,
                          (int) { GPOINTER_TO_INT (g_object_get_data (g_ptr_array_index (self->output_checks, i),
                                                                      "output")) });
  if (experiment->outputs->len == 0)
    {
      g_set_error_literal (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_INVALID,
                           _("Choose at least one outcome to record."));
      return NULL;
    }
  if (!parse_years (gtk_editable_get_text (GTK_EDITABLE (self->years_row)), experiment->years))
    {
      g_set_error (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_INVALID,
                   _("Name the years to record as whole numbers from 1 to %d, e.g. 5 10."), CW_MAX_YEARS);
      return NULL;
    }
  bytes = cw_experiment_to_bytes (experiment);
  checked = cw_experiment_load_bytes (bytes, _("this experiment"), folder, problems, &load_error);
  if (checked == NULL)
    set_problems_error (error, problems, load_error);
  return checked;
}

/* What "Samples" means in each design. */
static void
design_changed_cb (CwExperimentDialog *self)
{
  static const char *const meanings[] = {
    N_("Values of each range; every combination runs"),
    N_("Points, each factor in each of as many equal strata once"),
    N_("Base samples, each giving k + 2 points for Sobol indices"),
    N_("Trajectories of k + 1 points, one factor moving at a time"),
  };
  guint design = adw_combo_row_get_selected (self->design_row);

  if (design < G_N_ELEMENTS (meanings))
    adw_action_row_set_subtitle (self->samples_row, _(meanings[design]));
  _cw_experiment_setup_size (self);
}

/* Points × replicates = runs, for the design as set up now. */
void
_cw_experiment_setup_size (CwExperimentDialog *self)
{
  guint k = 0;
  guint64 points = 1, runs;
  guint design = adw_combo_row_get_selected (self->design_row);
  int samples = gtk_spin_button_get_value_as_int (self->samples);
  g_autofree char *points_number = NULL, *runs_number = NULL, *points_text = NULL, *runs_text = NULL;
  g_autofree char *text = NULL;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->factor_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GArray *values = g_object_get_data (G_OBJECT (row), "values");

      k++;
      if (design == CW_DESIGN_FACTORIAL)
        points = MIN (points * (values != NULL ? values->len : (guint) row_steps (row, samples)), G_MAXUINT32);
    }
  if (design == CW_DESIGN_LHS)
    points = samples;
  else if (design == CW_DESIGN_SALTELLI)
    points = (guint64) samples * (k + 2);
  else if (design == CW_DESIGN_MORRIS)
    points = (guint64) samples * (k + 1);
  runs = points * gtk_spin_button_get_value_as_int (self->replicates);
  points_number = g_strdup_printf ("%'" G_GUINT64_FORMAT, points);
  runs_number = g_strdup_printf ("%'" G_GUINT64_FORMAT, runs);
  /* Translators: %s: a number of design points */
  points_text = g_strdup_printf (ngettext ("%s point", "%s points", points), points_number);
  /* Translators: %s: a number of runs */
  runs_text = g_strdup_printf (ngettext ("%s run", "%s runs", runs), runs_number);
  /* Translators: the size of an experiment: design points, then runs */
  text = g_strdup_printf (_("%s, %s"), points_text, runs_text);
  gtk_label_set_text (self->size_label, text);
}

/* Samples set by hand: in a full factorial every range takes that many values. */
static void
samples_changed_cb (CwExperimentDialog *self)
{
  if (adw_combo_row_get_selected (self->design_row) == CW_DESIGN_FACTORIAL)
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->factor_list)); row != NULL;
         row = gtk_widget_get_next_sibling (row))
      if (g_object_get_data (G_OBJECT (row), "values") == NULL)
        set_row_steps (row, g_object_get_data (G_OBJECT (row), "id"), 0);
  _cw_experiment_setup_size (self);
}

static GtkWidget *
check_row (const char *title,
           const char *subtitle,
           GtkWidget **check)
{
  GtkWidget *row = adw_action_row_new ();

  *check = gtk_check_button_new ();
  gtk_widget_set_valign (*check, GTK_ALIGN_CENTER);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), *check);
  /* The row's title names the check box (labelled-by): a label of its own
   * too would be read twice. */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), *check);
  return row;
}

static void
add_choice (CwExperimentDialog *self,
            GtkStringList      *names,
            const char         *id)
{
  g_autofree char *name = _cw_experiment_factor_name (id);
  g_autofree char *label = g_str_equal (name, id) ? g_strdup (id) : g_strdup_printf ("%s (%s)", name, id);

  gtk_string_list_append (names, label);
  g_ptr_array_add (self->factor_ids, g_strdup (id));
}

void
_cw_experiment_setup_init (CwExperimentDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) outputs = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) search = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  self->factor_ids = g_ptr_array_new_with_free_func (g_free);
  self->output_checks = g_ptr_array_new ();
  self->lever_checks = g_ptr_array_new ();
  for (int l = 0; l < CW_N_LEVERS; l++)
    add_choice (self, names, cw_lever_info (l)->id);
  for (int p = 0; p < CW_N_PROFILE; p++)
    {
      g_autofree char *id = g_strconcat ("profile.", cw_profile_info (p)->id, NULL);

      if (cw_factor_range (id, NULL, NULL, NULL, NULL))
        add_choice (self, names, id);
    }
  for (guint p = 0; p < cw_params_count (); p++)
    {
      g_autofree char *id = g_strconcat ("param.", cw_param_info (p)->id, NULL);

      add_choice (self, names, id);
    }
  gtk_drop_down_set_expression (self->factor_choice, search);
  gtk_drop_down_set_model (self->factor_choice, G_LIST_MODEL (names));

  for (int o = 0; o < CW_N_OUTPUTS; o++)
    if (_cw_experiment_is_numeric (o))
      {
        GtkWidget *check;

        adw_expander_row_add_row (self->outputs_row,
                                  check_row (_(cw_output_info (o)->name), cw_output_info (o)->id, &check));
        g_object_set_data (G_OBJECT (check), "output", GINT_TO_POINTER (o));
        g_signal_connect_swapped (check, "toggled", G_CALLBACK (design_edited_cb), self);
        g_ptr_array_add (self->output_checks, check);
        gtk_string_list_append (outputs, _(cw_output_info (o)->name));
      }
  adw_combo_row_set_model (self->objective_row, G_LIST_MODEL (outputs));
  for (int l = 0; l < CW_N_LEVERS; l++)
    {
      GtkWidget *check;

      gtk_list_box_append (self->lever_list,
                           check_row (_(cw_lever_info (l)->name), cw_lever_info (l)->id, &check));
      g_ptr_array_add (self->lever_checks, check);
    }
  g_signal_connect_swapped (self->design_row, "notify::selected", G_CALLBACK (design_changed_cb), self);
  g_signal_connect_swapped (self->samples, "value-changed", G_CALLBACK (samples_changed_cb), self);
  g_signal_connect_swapped (self->replicates, "value-changed", G_CALLBACK (_cw_experiment_setup_size), self);
  g_signal_connect_swapped (self->design_row, "notify::selected", G_CALLBACK (design_edited_cb), self);
  g_signal_connect_swapped (self->samples, "value-changed", G_CALLBACK (design_edited_cb), self);
  g_signal_connect_swapped (self->replicates, "value-changed", G_CALLBACK (design_edited_cb), self);
  g_signal_connect_swapped (self->years_row, "changed", G_CALLBACK (design_edited_cb), self);
}

static void
check_output (CwExperimentDialog *self,
              int                 output,
              gboolean            active)
{
  for (guint i = 0; i < self->output_checks->len; i++)
    if (GPOINTER_TO_INT (g_object_get_data (g_ptr_array_index (self->output_checks, i), "output")) == output)
      gtk_check_button_set_active (g_ptr_array_index (self->output_checks, i), active);
}

static void
show_years (CwExperimentDialog *self,
            const GArray       *years)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < years->len; i++)
    g_string_append_printf (text, "%s%d", i > 0 ? " " : "", g_array_index (years, int, i));
  gtk_editable_set_text (GTK_EDITABLE (self->years_row), text->str);
}

/* The levers the base holds as standing levers, or the first three when it
 * holds none: what a new experiment varies and a search allocates. */
static guint32
base_levers (const CwScenario *sc)
{
  return sc->standing_held != 0 ? sc->standing_held : 0x7;
}

void
_cw_experiment_setup_budget (CwExperimentDialog *self)
{
  guint32 levers = base_levers (self->base);

  for (int l = 0; l < CW_N_LEVERS; l++)
    gtk_check_button_set_active (g_ptr_array_index (self->lever_checks, l), (levers & (1u << l)) != 0);
  gtk_spin_button_set_value (self->objective_year, self->base->years);
}

void
_cw_experiment_setup_reset (CwExperimentDialog *self)
{
  const CwScenario *sc = self->base;
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  guint numeric = 0;

  clear_factors (self);
  for (int l = 0; l < CW_N_LEVERS; l++)
    if (base_levers (sc) & (1u << l))
      _cw_experiment_setup_add_factor (self, cw_lever_info (l)->id);
  _cw_experiment_setup_budget (self);
  adw_combo_row_set_selected (self->design_row, CW_DESIGN_SALTELLI);
  design_changed_cb (self);
  gtk_spin_button_set_value (self->samples, DEFAULT_SAMPLES);
  gtk_spin_button_set_value (self->replicates, 1);
  self->seed = sc->seed;
  self->levels = 4;
  g_clear_pointer (&self->title, g_free);
  if (sc->years > FIRST_YEAR_RECORDED)
    g_array_append_val (years, (int) { FIRST_YEAR_RECORDED });
  g_array_append_val (years, sc->years);
  show_years (self, years);
  for (int o = 0; o < CW_N_OUTPUTS; o++)
    if (_cw_experiment_is_numeric (o))
      {
        if (o == CW_OUT_UPGRADING)
          adw_combo_row_set_selected (self->objective_row, numeric);
        numeric++;
      }
  for (guint i = 0; i < self->output_checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->output_checks, i), FALSE);
  check_output (self, CW_OUT_UPGRADING, TRUE);
  _cw_experiment_setup_size (self);
  self->design_unsaved = FALSE;
}

void
_cw_experiment_setup_show (CwExperimentDialog *self,
                           const CwExperiment *experiment)
{
  const CwFactor *first = experiment->factors->len > 0 ? g_ptr_array_index (experiment->factors, 0) : NULL;

  /* Samples first: set by hand, it would set every range's steps. */
  clear_factors (self);
  adw_combo_row_set_selected (self->design_row, experiment->design);
  if (experiment->design == CW_DESIGN_FACTORIAL && first != NULL)
    gtk_spin_button_set_value (self->samples, MAX (first->values != NULL ? (int) first->n_values : first->steps, 2));
  else
    gtk_spin_button_set_value (self->samples, experiment->samples);
  for (guint i = 0; i < experiment->factors->len; i++)
    {
      const CwFactor *factor = g_ptr_array_index (experiment->factors, i);
      CwFactor shown = *factor;

      /* A range with as many values as Samples says follows Samples. */
      if (shown.steps == gtk_spin_button_get_value_as_int (self->samples) || experiment->design != CW_DESIGN_FACTORIAL)
        shown.steps = 0;
      add_factor_row (self, &shown);
    }
  gtk_spin_button_set_value (self->replicates, experiment->replicates);
  self->seed = experiment->seed;
  self->levels = experiment->levels;
  g_free (self->title);
  self->title = g_strdup (experiment->title);
  for (guint i = 0; i < self->output_checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->output_checks, i), FALSE);
  for (guint i = 0; i < experiment->outputs->len; i++)
    check_output (self, g_array_index (experiment->outputs, int, i), TRUE);
  show_years (self, experiment->years);
  _cw_experiment_set_base (self, experiment->base, TRUE);
  _cw_experiment_setup_budget (self);
  adw_view_stack_set_visible_child_name (self->setup_stack, "sweep");
  design_changed_cb (self);
  self->design_unsaved = FALSE;
}

/* "1 2,5 10": budgets in M€ per year, in the user's locale, ≥ 0; FALSE
 * when a word is not one. */
static gboolean
parse_budgets (const char *text,
               GArray     *budgets)
{
  g_auto(GStrv) words = g_strsplit_set (text, " ;\t", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      char *end;
      double budget;

      if (words[i][0] == '\0')
        continue;
      budget = strtod (words[i], &end);
      if (*end != '\0' || !isfinite (budget) || budget < 0)
        return FALSE;
      g_array_append_val (budgets, budget);
    }
  return TRUE;
}

gboolean
_cw_experiment_setup_problem (CwExperimentDialog *self,
                              GError            **error)
{
  guint objective = adw_combo_row_get_selected (self->objective_row), numeric = 0;
  double budget = gtk_spin_button_get_value (self->budget);
  g_autoptr(GArray) budgets = g_array_new (FALSE, FALSE, sizeof (double));
  guint unique = 0;

  if (!parse_budgets (gtk_editable_get_text (GTK_EDITABLE (self->frontier_row)), budgets))
    {
      g_set_error_literal (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_INVALID,
                           _("Name the budgets of the frontier in M€ per year, separated by spaces, e.g. 1 2 5."));
      return FALSE;
    }
  g_array_append_val (budgets, budget);
  g_array_sort (budgets, cw_compare_doubles);
  for (guint b = 0; b < budgets->len; b++)
    if (unique == 0 || g_array_index (budgets, double, b) != g_array_index (budgets, double, unique - 1))
      g_array_index (budgets, double, unique++) = g_array_index (budgets, double, b);
  g_array_set_size (budgets, unique);
  for (guint b = 0; b < budgets->len; b++)
    if (g_array_index (budgets, double, b) == budget)
      self->chosen = b;

  g_clear_pointer (&self->problem_levers, g_array_unref);
  self->problem_levers = g_array_new (FALSE, FALSE, sizeof (int));
  for (int l = 0; l < CW_N_LEVERS; l++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->lever_checks, l)))
      g_array_append_val (self->problem_levers, l);
  if (self->problem_levers->len == 0)
    {
      g_set_error_literal (error, CW_SCENARIO_ERROR, CW_SCENARIO_ERROR_INVALID,
                           _("Choose at least one lever to allocate."));
      return FALSE;
    }
  self->problem = (CwOptimiseProblem) {
    (const int *) self->problem_levers->data, self->problem_levers->len,
    budget, CW_OUT_UPGRADING,
    gtk_spin_button_get_value_as_int (self->objective_year),
    gtk_spin_button_get_value_as_int (self->optimise_runs),
    self->base->seed,
  };
  for (int o = 0; o < CW_N_OUTPUTS; o++)
    if (_cw_experiment_is_numeric (o) && numeric++ == objective)
      self->problem.objective = o;
  self->budgets = g_steal_pointer (&budgets);
  return TRUE;
}

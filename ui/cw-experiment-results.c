/* cw-experiment-results.c — Experiments: the sensitivity table and tornado, the best allocation
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-experiment"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-budget.h"
#include "cw-document-edits.h"
#include "cw-experiment-figures.h"
#include "cw-experiment-private.h"
#include "cw-style-look.h"

/* A heatmap has at most this many values of a factor across or up. */
#define GRID_VALUES 40

typedef struct {
  CwPointTable      *table;
  CwSensitivityRow  *rows;
  CwSensitivityKind  kind;
} Analysis;

static void
analysis_free (Analysis *analysis)
{
  g_clear_pointer (&analysis->table, cw_point_table_free);
  g_free (analysis->rows);
  g_free (analysis);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Analysis, analysis_free)

/* The tornado of the analysis shown: @bars and @title belong to the caller. */
static void
tornado_spec (CwExperimentDialog *self,
              CwTornadoSpec      *spec,
              CwTornadoBar      **bars,
              char              **title)
{
  int output = cw_output_from_id (self->table->output);

  *bars = g_new0 (CwTornadoBar, self->table->k);
  /* Translators: a chart title; %s: an outcome, %d: years */
  *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "What drives %s after %d year",
                                         "What drives %s after %d years", self->table->year),
                            output >= 0 ? _(cw_output_info (output)->name) : self->table->output, self->table->year);
  cw_tornado_spec_init (spec, *bars, self->table, self->kind, self->rows, *title);
  spec->look = cw_style_look_get ();
  for (guint i = 0; i < self->table->k; i++)
    (*bars)[i].label = self->factor_names[self->rows[i].factor];
}

static void
tornado_draw_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  CwExperimentDialog *self = user_data;
  g_autofree CwTornadoBar *bars = NULL;
  g_autofree char *title = NULL;
  CwTornadoSpec spec;

  if (self->rows == NULL)
    return;
  tornado_spec (self, &spec, &bars, &title);
  cw_tornado_draw (cr, width, height, &spec);
}

/* The heatmap of the grid shown: @title belongs to the caller. */
static void
heatmap_spec (CwExperimentDialog *self,
              CwHeatmapSpec      *spec,
              char              **title)
{
  int output = cw_output_from_id (self->table->output);
  const char *value_name = output >= 0 ? _(cw_output_info (output)->name) : self->table->output;

  if (self->table->k > 2)
    /* Translators: a chart title; %s: an outcome, %d: years */
    *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s after %d year, the mean over the other factors",
                                           "%s after %d years, the mean over the other factors", self->table->year),
                              value_name, self->table->year);
  else
    /* Translators: a chart title; %s: an outcome, %d: years */
    *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s after %d year", "%s after %d years", self->table->year),
                              value_name, self->table->year);
  *spec = (CwHeatmapSpec) { *title, self->factor_names[self->grid_x], self->factor_names[self->grid_y], value_name,
                            self->grid->xs, self->grid->nx, self->grid->ys, self->grid->ny, self->grid->values,
                            cw_style_look_get () };
}

static void
heatmap_draw_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  CwExperimentDialog *self = user_data;
  g_autofree char *title = NULL;
  CwHeatmapSpec spec;

  if (self->grid == NULL)
    return;
  heatmap_spec (self, &spec, &title);
  cw_heatmap_draw (cr, width, height, &spec);
}

/* The frontier of the search shown: @points and @title belong to the caller. */
static void
frontier_spec (CwExperimentDialog *self,
               CwFrontierSpec     *spec,
               CwFrontierPoint   **points,
               char              **title)
{
  const char *objective = _(cw_output_info (self->problem.objective)->name);

  *points = g_new (CwFrontierPoint, self->budgets->len);
  for (guint b = 0; b < self->budgets->len; b++)
    (*points)[b] = (CwFrontierPoint) { g_array_index (self->budgets, double, b), self->optima[b].value,
                                       self->optima[b].lo, self->optima[b].hi };
  /* Translators: a chart title; %s: an outcome, %d: years */
  *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s after %d year", "%s after %d years",
                                         self->problem.year), objective, self->problem.year);
  *spec = (CwFrontierSpec) { *title, objective, *points, self->budgets->len, cw_style_look_get () };
}

static void
frontier_draw_cb (GtkDrawingArea *area,
                  cairo_t        *cr,
                  int             width,
                  int             height,
                  gpointer        user_data)
{
  CwExperimentDialog *self = user_data;
  g_autofree CwFrontierPoint *points = NULL;
  g_autofree char *title = NULL;
  CwFrontierSpec spec;

  if (self->optima == NULL || self->budgets->len < 2)
    return;
  frontier_spec (self, &spec, &points, &title);
  cw_frontier_draw (cr, width, height, &spec);
}

gboolean
_cw_experiment_results_export_chart (CwExperimentDialog *self,
                                     CwChartFormat       format,
                                     double              width,
                                     double              height,
                                     const char         *path,
                                     GError            **error)
{
  g_autofree CwTornadoBar *bars = NULL;
  g_autofree CwFrontierPoint *points = NULL;
  g_autofree char *title = NULL;
  CwTornadoSpec spec;

  if (g_str_equal (gtk_stack_get_visible_child_name (self->results_stack), "budget") &&
      self->optima != NULL && self->budgets->len > 1)
    {
      CwFrontierSpec frontier;

      frontier_spec (self, &frontier, &points, &title);
      return cw_frontier_export (&frontier, format, width, height, path, error);
    }
  if (self->grid != NULL && g_str_equal (gtk_stack_get_visible_child_name (self->results_stack), "sweep"))
    {
      CwHeatmapSpec heatmap;

      heatmap_spec (self, &heatmap, &title);
      return cw_heatmap_export (&heatmap, format, width, height, path, error);
    }
  if (self->rows == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("There is no chart to export yet: run a full factorial, Saltelli or Morris design, or a search for several budgets."));
      return FALSE;
    }
  tornado_spec (self, &spec, &bars, &title);
  return cw_tornado_export (&spec, format, width, height, path, error);
}

static GtkWidget *
cell (const char *text,
      gboolean    heading,
      float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_selectable (GTK_LABEL (label), !heading);
  /* Long names wrap rather than widen the table past a small screen. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
attach_row (GtkGrid           *grid,
            int                row,
            gboolean           heading,
            const char *const *texts)
{
  for (int c = 0; texts[c] != NULL; c++)
    gtk_grid_attach (grid, cell (texts[c], heading, c == 0 ? 0 : 1), c, row, 1, 1);
}

/* One row per factor, in the user's locale, most influential first. */
static void
show_table (CwExperimentDialog *self)
{
  GtkGrid *grid = self->sensitivity_table;

  clear_grid (grid);
  if (self->kind == CW_SENSITIVITY_SOBOL)
    attach_row (grid, 0, TRUE, (const char *[]) { _("Factor"),
                                                  /* xgettext:no-c-format */
                                                  _("First order [95 %]"),
                                                  /* xgettext:no-c-format */
                                                  _("Total order [95 %]"), NULL });
  else if (self->kind == CW_SENSITIVITY_MORRIS)
    attach_row (grid, 0, TRUE, (const char *[]) { _("Factor"), "μ*", "μ", "σ", NULL });
  else
    {
      GtkWidget *note = gtk_label_new (_("This design gives no sensitivity indices: Saltelli’s design gives "
                                         "Sobol indices and Morris trajectories give elementary effects. "
                                         "Export the runs as CSV to study them elsewhere."));

      gtk_label_set_wrap (GTK_LABEL (note), TRUE);
      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_grid_attach (grid, note, 0, 0, 1, 1);
      return;
    }
  for (guint i = 0; i < self->table->k; i++)
    {
      const CwSensitivityRow *row = &self->rows[i];
      const char *factor = self->factor_names[row->factor];

      if (self->kind == CW_SENSITIVITY_SOBOL)
        {
          g_autofree char *first = g_strdup_printf ("%.3f [%.3f, %.3f]", row->sobol.first, row->sobol.first_lo,
                                                    row->sobol.first_hi);
          g_autofree char *total = g_strdup_printf ("%.3f [%.3f, %.3f]", row->sobol.total, row->sobol.total_lo,
                                                    row->sobol.total_hi);

          attach_row (grid, i + 1, FALSE, (const char *[]) { factor, first, total, NULL });
        }
      else
        {
          g_autofree char *mu_star = g_strdup_printf ("%.4g", row->morris.mu_star);
          g_autofree char *mu = g_strdup_printf ("%.4g", row->morris.mu);
          g_autofree char *sigma = g_strdup_printf ("%.4g", row->morris.sigma);

          attach_row (grid, i + 1, FALSE, (const char *[]) { factor, mu_star, mu, sigma, NULL });
        }
    }
}

static void axis_changed_cb (GtkDropDown        *choice,
                             GParamSpec         *pspec,
                             CwExperimentDialog *self);

/* The heatmap of a full factorial over the two factors chosen, the others
 * averaged over; the choice is kept while another outcome or year is
 * analysed. */
static void
show_heatmap (CwExperimentDialog *self)
{
  guint k = self->table->k;
  gboolean factorial = self->kind == CW_SENSITIVITY_NONE && k >= 2 &&
                       self->experiment->design == CW_DESIGN_FACTORIAL;

  if (self->grid_x >= k || self->grid_y >= k || self->grid_x == self->grid_y)
    self->grid_x = 0, self->grid_y = 1;
  g_clear_pointer (&self->grid, cw_point_grid_free);
  if (factorial)
    self->grid = cw_point_grid_new (self->table, self->grid_x, self->grid_y, GRID_VALUES);
  g_signal_handlers_block_by_func (self->heatmap_across, axis_changed_cb, self);
  g_signal_handlers_block_by_func (self->heatmap_up, axis_changed_cb, self);
  gtk_drop_down_set_selected (self->heatmap_across, self->grid_x);
  gtk_drop_down_set_selected (self->heatmap_up, self->grid_y);
  g_signal_handlers_unblock_by_func (self->heatmap_across, axis_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->heatmap_up, axis_changed_cb, self);
  gtk_widget_set_visible (self->heatmap_axes, factorial);
  gtk_widget_set_visible (self->heatmap_note, factorial && k > 2);
  gtk_widget_set_visible (GTK_WIDGET (self->heatmap), self->grid != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->heatmap));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experiment.export-chart", self->rows != NULL || self->grid != NULL);
}

/* The table's factors to choose from, across and up. */
static void
show_heatmap_factors (CwExperimentDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new ((const char *const *) self->factor_names);

  g_signal_handlers_block_by_func (self->heatmap_across, axis_changed_cb, self);
  g_signal_handlers_block_by_func (self->heatmap_up, axis_changed_cb, self);
  gtk_drop_down_set_model (self->heatmap_across, G_LIST_MODEL (names));
  gtk_drop_down_set_model (self->heatmap_up, G_LIST_MODEL (names));
  g_signal_handlers_unblock_by_func (self->heatmap_across, axis_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->heatmap_up, axis_changed_cb, self);
}

/* A factor chosen across or up; the one it was on the other side takes the
 * place it leaves. */
static void
axis_changed_cb (GtkDropDown        *choice,
                 GParamSpec         *pspec,
                 CwExperimentDialog *self)
{
  guint chosen = gtk_drop_down_get_selected (choice);
  guint *axis = choice == self->heatmap_across ? &self->grid_x : &self->grid_y;
  guint *other = choice == self->heatmap_across ? &self->grid_y : &self->grid_x;

  if (self->table == NULL || chosen >= self->table->k || chosen == *axis)
    return;
  if (chosen == *other)
    *other = *axis;
  *axis = chosen;
  show_heatmap (self);
}

static void
analyse_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  const char *output = g_object_get_data (G_OBJECT (task), "output");
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "year"));
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_bytes (task_data);
  g_autoptr(Analysis) analysis = g_new0 (Analysis, 1);
  GError *error = NULL;

  if ((analysis->table = cw_point_table_read (in, output, year, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  analysis->rows = g_new0 (CwSensitivityRow, analysis->table->k);
  analysis->kind = cw_sensitivity_analyse (analysis->table, CW_SENSITIVITY_RESAMPLES, CW_SENSITIVITY_SEED,
                                           analysis->rows);
  if (analysis->kind == CW_SENSITIVITY_NONE)
    g_clear_pointer (&analysis->rows, g_free);
  g_task_return_pointer (task, g_steal_pointer (&analysis), (GDestroyNotify) analysis_free);
}

static void
analysed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  CwExperimentDialog *self = CW_EXPERIMENT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(Analysis) analysis = g_task_propagate_pointer (G_TASK (result), &error);

  if (analysis == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          !self->disposed)
        gtk_label_set_text (self->status_label, error->message);
      return;
    }
  if (self->disposed || g_task_get_cancellable (G_TASK (result)) != self->analysis_cancellable)
    return;
  g_clear_pointer (&self->table, cw_point_table_free);
  g_clear_pointer (&self->rows, g_free);
  self->table = g_steal_pointer (&analysis->table);
  self->rows = g_steal_pointer (&analysis->rows);
  self->kind = analysis->kind;
  g_strfreev (self->factor_names);
  self->factor_names = g_new0 (char *, self->table->k + 1);
  for (guint j = 0; j < self->table->k; j++)
    self->factor_names[j] = _cw_experiment_factor_name (self->table->factors[j]);
  show_table (self);
  gtk_widget_set_visible (GTK_WIDGET (self->tornado), self->rows != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->tornado));
  show_heatmap_factors (self);
  show_heatmap (self);
  gtk_stack_set_visible_child_name (self->results_stack, "sweep");
}

/* Analyses the chosen outcome in the chosen year, on a thread. */
static void
analyse (CwExperimentDialog *self)
{
  guint output = gtk_drop_down_get_selected (self->analyse_output);
  guint year = gtk_drop_down_get_selected (self->analyse_year);
  g_autoptr(GTask) task = NULL;

  if (self->csv == NULL || output >= self->experiment->outputs->len || year >= self->experiment->years->len)
    return;
  if (self->analysis_cancellable != NULL)
    g_cancellable_cancel (self->analysis_cancellable);
  g_clear_object (&self->analysis_cancellable);
  self->analysis_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->analysis_cancellable, analysed_cb, NULL);
  g_task_set_task_data (task, g_bytes_ref (self->csv), (GDestroyNotify) g_bytes_unref);
  g_object_set_data (G_OBJECT (task), "output",
                     (gpointer) cw_output_info (g_array_index (self->experiment->outputs, int, output))->id);
  g_object_set_data (G_OBJECT (task), "year", GINT_TO_POINTER (g_array_index (self->experiment->years, int, year)));
  g_task_run_in_thread (task, analyse_thread);
}

void
_cw_experiment_results_sweep (CwExperimentDialog *self)
{
  const CwExperiment *experiment = self->experiment;
  g_autoptr(GtkStringList) outputs = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);

  for (guint i = 0; i < experiment->outputs->len; i++)
    gtk_string_list_append (outputs, _(cw_output_info (g_array_index (experiment->outputs, int, i))->name));
  for (guint i = 0; i < experiment->years->len; i++)
    {
      int year = g_array_index (experiment->years, int, i);
      g_autofree char *text = g_strdup_printf (ngettext ("after %d year", "after %d years", year), year);

      gtk_string_list_append (years, text);
    }
  g_signal_handlers_block_by_func (self->analyse_output, analyse, self);
  g_signal_handlers_block_by_func (self->analyse_year, analyse, self);
  gtk_drop_down_set_model (self->analyse_output, G_LIST_MODEL (outputs));
  gtk_drop_down_set_model (self->analyse_year, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->analyse_output, 0);
  gtk_drop_down_set_selected (self->analyse_year, experiment->years->len - 1);
  /* A new experiment's heatmap starts over its first two factors. */
  self->grid_x = 0, self->grid_y = 1;
  g_signal_handlers_unblock_by_func (self->analyse_output, analyse, self);
  g_signal_handlers_unblock_by_func (self->analyse_year, analyse, self);
  analyse (self);
}

void
_cw_experiment_results_search (CwExperimentDialog *self)
{
  const CwOptimiseProblem *problem = &self->problem;
  const CwOptimum *best = &self->optima[self->chosen];
  const char *objective = _(cw_output_info (problem->objective)->name);
  g_autofree char *summary = NULL;

  /* Translators: the optimiser's answer: an outcome, years, its mean and 5–95 % band with the
   * allocation, then as the scenario is, then the cost and the budget in M€ per year */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s after %d year: %.3f (5–95 %%: %.3f to %.3f) with this allocation, "
                                         "%.3f (%.3f to %.3f) with the scenario as it is. "
                                         "It costs %.2f M€ of %.2f M€ per year.",
                                         "%s after %d years: %.3f (5–95 %%: %.3f to %.3f) with this allocation, "
                                         "%.3f (%.3f to %.3f) with the scenario as it is. "
                                         "It costs %.2f M€ of %.2f M€ per year.", problem->year),
                             objective, problem->year, best->value, best->lo, best->hi,
                             best->given, best->given_lo, best->given_hi, best->cost, problem->budget);
  if (!self->search_applies)
    {
      char *full = g_strconcat (summary, " ", _("It was found for the experiment file’s base scenario, not the "
                                                 "one in the main window, so it cannot be applied there."), NULL);

      g_free (summary);
      summary = full;
    }
  gtk_label_set_text (self->optimum_label, summary);
  clear_grid (self->allocation_table);
  attach_row (self->allocation_table, 0, TRUE,
              (const char *[]) { _("Lever"), _("Intensity"), _("M€ per year"), NULL });
  for (guint i = 0; i < problem->n_levers; i++)
    {
      g_autofree char *intensity = g_strdup_printf ("%.2f", best->intensities[i]);
      g_autofree char *cost = g_strdup_printf ("%.2f", cw_budget_lever_cost (self->search_base, problem->levers[i],
                                                                           best->intensities[i]));

      attach_row (self->allocation_table, i + 1, FALSE,
                  (const char *[]) { _(cw_lever_info (problem->levers[i])->name), intensity, cost, NULL });
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experiment.apply", self->search_applies);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experiment.export-chart", self->budgets->len > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->frontier), self->budgets->len > 1);
  gtk_widget_queue_draw (GTK_WIDGET (self->frontier));
  gtk_stack_set_visible_child_name (self->results_stack, "budget");
}

void
_cw_experiment_results_apply (CwExperimentDialog *self)
{
  if (self->optima == NULL)
    return;
  if (cw_document_set_standing_levers (self->document, self->problem.levers, self->optima[self->chosen].intensities,
                                       self->problem.n_levers))
    _cw_experiment_toast (self, _("Applied to the scenario; Undo in the main window takes it back."));
  else
    _cw_experiment_toast (self, _("The scenario has this allocation already."));
}

void
_cw_experiment_results_clear (CwExperimentDialog *self)
{
  if (self->analysis_cancellable != NULL)
    g_cancellable_cancel (self->analysis_cancellable);
  g_clear_object (&self->analysis_cancellable);
  g_clear_pointer (&self->experiment, cw_experiment_free);
  g_clear_pointer (&self->csv, g_bytes_unref);
  g_clear_pointer (&self->table, cw_point_table_free);
  g_clear_pointer (&self->rows, g_free);
  g_clear_pointer (&self->factor_names, g_strfreev);
  g_clear_pointer (&self->grid, cw_point_grid_free);
  for (guint b = 0; self->optima != NULL && b < self->budgets->len; b++)
    cw_optimum_clear (&self->optima[b]);
  g_clear_pointer (&self->optima, g_free);
  g_clear_pointer (&self->budgets, g_array_unref);
  g_clear_pointer (&self->search_base, cw_scenario_free);
  g_clear_pointer (&self->problem_levers, g_array_unref);
}

/* The desktop went dark or light, or into high contrast or out. */
static void
style_changed_cb (CwExperimentDialog *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->tornado));
  gtk_widget_queue_draw (GTK_WIDGET (self->heatmap));
  gtk_widget_queue_draw (GTK_WIDGET (self->frontier));
}

void
_cw_experiment_results_init (CwExperimentDialog *self)
{
  gtk_drawing_area_set_draw_func (self->tornado, tornado_draw_cb, self, NULL);
  gtk_drawing_area_set_draw_func (self->frontier, frontier_draw_cb, self, NULL);
  gtk_drawing_area_set_draw_func (self->heatmap, heatmap_draw_cb, self, NULL);
  g_signal_connect_swapped (self->analyse_output, "notify::selected", G_CALLBACK (analyse), self);
  g_signal_connect_swapped (self->analyse_year, "notify::selected", G_CALLBACK (analyse), self);
  g_signal_connect (self->heatmap_across, "notify::selected", G_CALLBACK (axis_changed_cb), self);
  g_signal_connect (self->heatmap_up, "notify::selected", G_CALLBACK (axis_changed_cb), self);
  cw_style_look_connect (self, G_CALLBACK (style_changed_cb));
}

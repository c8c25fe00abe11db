/* cw-experiment-write.c — an experiment as the XML of an experiment file
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-experiment"

#include "config.h"

#include "cw-experiment-write.h"
#include "cw-outputs.h"
#include "cw-scenario-file.h"

static void
append_number (GString    *out,
               const char *separator,
               double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* The shortest text that reads back exactly: 0.05, not 0.050000000000000003. */
  cw_format_double (buf, sizeof buf, value);
  g_string_append (out, separator);
  g_string_append (out, buf);
}

static void
write_factor (GString        *out,
              const CwFactor *factor)
{
  g_autofree char *id = g_markup_escape_text (factor->id, -1);

  g_string_append_printf (out, "    <factor id=\"%s\"", id);
  if (factor->values != NULL)
    {
      g_string_append (out, " values=\"");
      for (guint i = 0; i < factor->n_values; i++)
        append_number (out, i > 0 ? " " : "", factor->values[i]);
      g_string_append_c (out, '"');
    }
  else
    {
      append_number (out, " min=\"", factor->min);
      append_number (out, "\" max=\"", factor->max);
      g_string_append_c (out, '"');
      if (factor->steps > 0)
        g_string_append_printf (out, " steps=\"%d\"", factor->steps);
    }
  g_string_append (out, "/>\n");
}

/* The scenario file without its XML declaration, as it is: indenting it
 * would change the text of its multi-line elements. */
static void
write_base (GString          *out,
            const CwScenario *base)
{
  g_autoptr(GBytes) bytes = cw_scenario_to_bytes (base);
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);
  const char *root = g_strstr_len (text, length, "<scenario");

  g_string_append (out, "  <base>\n");
  g_string_append_len (out, root, length - (root - text));
  g_string_append (out, "  </base>\n");
}

GBytes *
cw_experiment_to_bytes (const CwExperiment *self)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_return_val_if_fail (self != NULL && self->base != NULL, NULL);

  g_string_append_printf (out, "<experiment xmlns=\"%s\" version=\"%d\">\n", CW_EXPERIMENT_NAMESPACE,
                          CW_EXPERIMENT_FORMAT_MAJOR);
  if (self->title != NULL)
    {
      g_autofree char *title = g_markup_escape_text (self->title, -1);

      g_string_append_printf (out, "  <title>%s</title>\n", title);
    }
  write_base (out, self->base);
  g_string_append (out, "  <factors>\n");
  for (guint i = 0; i < self->factors->len; i++)
    write_factor (out, g_ptr_array_index (self->factors, i));
  g_string_append (out, "  </factors>\n");
  g_string_append_printf (out, "  <design type=\"%s\"", cw_design_kind_id (self->design));
  if (self->design != CW_DESIGN_FACTORIAL)
    g_string_append_printf (out, " samples=\"%d\"", self->samples);
  if (self->design == CW_DESIGN_MORRIS)
    g_string_append_printf (out, " levels=\"%d\"", self->levels);
  g_string_append_printf (out, " replicates=\"%d\" seed=\"%" G_GUINT64_FORMAT "\"/>\n",
                          self->replicates, self->seed);
  g_string_append (out, "  <record outputs=\"");
  for (guint i = 0; i < self->outputs->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "",
                            cw_output_info (g_array_index (self->outputs, int, i))->id);
  g_string_append (out, "\" years=\"");
  for (guint i = 0; i < self->years->len; i++)
    g_string_append_printf (out, "%s%d", i > 0 ? " " : "", g_array_index (self->years, int, i));
  g_string_append (out, "\"/>\n</experiment>\n");
  return g_string_free_to_bytes (out);
}

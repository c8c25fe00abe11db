/* cw-scenario-write.c — a scenario to the bytes of a file, stable for diffs
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written by hand rather than through libxml2's serialiser so that the
 * layout is ours and never changes: fixed element and attribute order, two
 * spaces per level, one element per line, the shortest numbers that read back
 * exactly.
 */
#define G_LOG_DOMAIN "cw-scenario-file"

#include "config.h"

#include <math.h>

#include "cw-params.h"
#include "cw-scenario-file-private.h"
#include "cw-version.h"


void
cw_format_double (char   *buffer,
                  gsize   size,
                  double  value)
{
  static const char *formats[] = { "%.15g", "%.16g", "%.17g" };

  if (isnan (value))
    g_strlcpy (buffer, "NaN", size);
  else if (isinf (value))
    g_strlcpy (buffer, value > 0 ? "INF" : "-INF", size);
  else
    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
      {
        g_ascii_formatd (buffer, size, formats[i], value);
        if (g_ascii_strtod (buffer, NULL) == value)
          break;
      }
}

/* Characters XML 1.0 can carry at all; others become U+FFFD. */
static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* Escapes @text so that it reads back exactly: in attributes, blanks other
 * than spaces are character references (a parser turns literal ones into
 * spaces); everywhere a carriage return is one (a parser drops it). */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    attribute)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, attribute ? "&quot;" : "\""); break;
        case '\t': g_string_append (out, attribute ? "&#9;" : "\t"); break;
        case '\n': g_string_append (out, attribute ? "&#10;" : "\n"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        default:
          g_string_append_unichar (out, is_xml_char (c) ? c : 0xFFFD);
        }
    }
}

static void
open_element (GString    *out,
              int         depth,
              const char *name)
{
  for (int i = 0; i < depth; i++)
    g_string_append (out, "  ");
  g_string_append_printf (out, "<%s", name);
}

/* Ends a start tag, as an empty element when it has no children; returns
 * whether it has. */
static gboolean
end_start_tag (GString  *out,
               gboolean  children)
{
  g_string_append (out, children ? ">\n" : "/>\n");
  return children;
}

static void
add_text (GString    *out,
          const char *name,
          const char *value)
{
  g_string_append_printf (out, " %s=\"", name);
  append_escaped (out, value, TRUE);
  g_string_append_c (out, '"');
}

static void
add_number (GString    *out,
            const char *name,
            double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  cw_format_double (buffer, sizeof buffer, value);
  g_string_append_printf (out, " %s=\"%s\"", name, buffer);
}

static void
add_int (GString    *out,
         const char *name,
         int         value)
{
  g_string_append_printf (out, " %s=\"%d\"", name, value);
}

static void
write_meta (GString      *out,
            const CwMeta *meta)
{
  const struct { const char *name; const char *value; } fields[] = {
    { "title", meta->title }, { "description", meta->description }, { "author", meta->author },
    { "created", meta->created }, { "modified", meta->modified }, { "language", meta->language },
  };
  gboolean any = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    any |= fields[i].value != NULL;
  g_string_append (out, any ? "  <meta>\n" : "  <meta/>\n");
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].value != NULL)
      {
        open_element (out, 2, fields[i].name);
        g_string_append_c (out, '>');
        append_escaped (out, fields[i].value, FALSE);
        g_string_append_printf (out, "</%s>\n", fields[i].name);
      }
  if (any)
    g_string_append (out, "  </meta>\n");
}

static void
write_profile (GString          *out,
               const CwScenario *self)
{
  g_string_append (out, "  <profile>\n");
  for (int i = 0; i < CW_N_PROFILE; i++)
    {
      open_element (out, 2, "property");
      add_text (out, "id", cw_profile_info (i)->id);
      add_number (out, "value", self->profile[i]);
      g_string_append (out, "/>\n");
    }
  g_string_append (out, "  </profile>\n");
}

static void
write_levers (GString      *out,
              int           depth,
              guint32       held,
              const double *values)
{
  for (int l = 0; l < CW_N_LEVERS; l++)
    if (held & (1u << l))
      {
        open_element (out, depth, "lever");
        add_text (out, "id", cw_lever_info (l)->id);
        add_number (out, "intensity", values[l]);
        g_string_append (out, "/>\n");
      }
}

static void
write_stage (GString       *out,
             const CwStage *stage)
{
  open_element (out, 2, "stage");
  add_text (out, "id", stage->id);
  if (stage->name != NULL)
    add_text (out, "name", stage->name);
  add_text (out, "kind", cw_stage_kind_id (stage->kind));
  add_int (out, "min-quarters", stage->min_quarters);
  add_int (out, "max-quarters", stage->max_quarters);
  add_number (out, "x", stage->x);
  add_number (out, "y", stage->y);
  if (!end_start_tag (out, stage->held != 0))
    return;
  write_levers (out, 3, stage->held, stage->levers);
  g_string_append (out, "    </stage>\n");
}

static void
write_edge (GString      *out,
            const CwEdge *edge)
{
  open_element (out, 2, "edge");
  add_text (out, "from", edge->from);
  add_text (out, "to", edge->to);
  if (!end_start_tag (out, edge->conditional))
    return;
  open_element (out, 3, "condition");
  add_text (out, "indicator", cw_output_info (edge->indicator)->id);
  add_text (out, "op", cw_compare_info (edge->op)->id);
  add_number (out, "threshold", edge->threshold);
  g_string_append (out, "/>\n    </edge>\n");
}

static void
write_cycle (GString          *out,
             const CwScenario *self)
{
  open_element (out, 1, "cycle");
  if (self->start != NULL)
    add_text (out, "start", self->start);
  if (!end_start_tag (out, self->stages->len > 0 || self->edges->len > 0))
    return;
  for (guint i = 0; i < self->stages->len; i++)
    write_stage (out, g_ptr_array_index (self->stages, i));
  for (guint i = 0; i < self->edges->len; i++)
    write_edge (out, g_ptr_array_index (self->edges, i));
  g_string_append (out, "  </cycle>\n");
}

static void
write_parameters (GString          *out,
                  const CwScenario *self)
{
  if (self->overrides->len == 0)
    {
      g_string_append (out, "  <parameters/>\n");
      return;
    }
  g_string_append (out, "  <parameters>\n");
  for (guint i = 0; i < self->overrides->len; i++)
    {
      const CwParamOverride *o = &g_array_index (self->overrides, CwParamOverride, i);

      open_element (out, 2, "parameter");
      add_text (out, "id", cw_param_info (o->index)->id);
      add_number (out, "value", o->value);
      g_string_append (out, "/>\n");
    }
  g_string_append (out, "  </parameters>\n");
}

GBytes *
cw_scenario_to_bytes (const CwScenario *self)
{
  GString *out;
  /* The oldest version that holds the scenario: 1.1 only for levers in focus,
   * so that files without them stay as they were. */
  guint minor = self->focus != 0 ? 1 : 0;

  g_return_val_if_fail (self != NULL, NULL);

  /* Kept elements of a newer minor version say which one they belong to. */
  if (self->foreign->len > 0)
    minor = MAX (minor, self->foreign_minor);
  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append_printf (out, "<scenario xmlns=\"%s\" version=\"%d", CW_SCENARIO_NAMESPACE,
                          CW_SCENARIO_FORMAT_MAJOR);
  if (minor > 0)
    g_string_append_printf (out, ".%u", minor);
  g_string_append_c (out, '"');
  add_text (out, "app-version", cw_version ());
  g_string_append (out, ">\n");
  write_meta (out, &self->meta);
  write_profile (out, self);
  if (self->standing_held == 0)
    g_string_append (out, "  <levers/>\n");
  else
    {
      g_string_append (out, "  <levers>\n");
      write_levers (out, 2, self->standing_held, self->standing);
      g_string_append (out, "  </levers>\n");
    }
  write_cycle (out, self);
  write_parameters (out, self);
  open_element (out, 1, "run");
  g_string_append_printf (out, " seed=\"%" G_GUINT64_FORMAT "\"", self->seed);
  add_int (out, "years", self->years);
  add_int (out, "runs", self->runs);
  g_string_append (out, "/>\n");
  if (self->focus != 0)
    {
      g_string_append (out, "  <focus>\n");
      for (int l = 0; l < CW_N_LEVERS; l++)
        if (self->focus & (1u << l))
          {
            open_element (out, 2, "lever");
            add_text (out, "id", cw_lever_info (l)->id);
            g_string_append (out, "/>\n");
          }
      g_string_append (out, "  </focus>\n");
    }
  for (guint i = 0; i < self->foreign->len; i++)
    g_string_append_printf (out, "  %s\n", (const char *) g_ptr_array_index (self->foreign, i));
  g_string_append (out, "</scenario>\n");
  return g_string_free_to_bytes (out);
}

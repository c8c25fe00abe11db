/* cw-experiment-csv.c — resuming an experiment's CSV and merging its shards
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-experiment"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cw-experiment-csv.h"
#include "cw-experiment-run.h"

/* The next line of @in, newline included; NULL at the end. @complete is
 * FALSE for a last line without its newline (a write cut off). */
static char *
read_line (GDataInputStream  *in,
           gsize             *length,
           gboolean          *complete,
           GError           **error)
{
  GError *local_error = NULL;
  char *line = g_data_input_stream_read_upto (in, "\n", 1, length, NULL, &local_error);
  char *whole;

  if (line == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      return NULL;
    }
  *complete = g_buffered_input_stream_get_available (G_BUFFERED_INPUT_STREAM (in)) > 0 ||
              g_buffered_input_stream_fill (G_BUFFERED_INPUT_STREAM (in), 1, NULL, NULL) > 0;
  if (!*complete)
    return line;
  g_data_input_stream_read_byte (in, NULL, NULL);   /* the newline */
  whole = g_strconcat (line, "\n", NULL);
  g_free (line);
  *length += 1;
  return whole;
}

/* The point number a row starts with, or FALSE. */
static gboolean
row_point (const char *line,
           guint      *point)
{
  char *end = NULL;
  guint64 value = g_ascii_strtoull (line, &end, 10);

  if (end == line || *end != ',' || value > G_MAXUINT)
    return FALSE;
  *point = (guint) value;
  return TRUE;
}

static gboolean
not_ours (const char  *name,
          GError     **error)
{
  g_set_error (error, CW_EXPERIMENT_ERROR, CW_EXPERIMENT_ERROR_OUTPUT,
               /* Translators: %s is a file name */
               _("“%s” is not the output of this experiment (or of this shard): its columns or points "
                 "differ. Choose another file, or remove it to start again."), name);
  return FALSE;
}

gboolean
cw_experiment_csv_resume (GInputStream  *in,
                          const char    *name,
                          const char    *header,
                          guint          first,
                          guint          rows_per_point,
                          guint         *next_point,
                          goffset       *keep,
                          GError       **error)
{
  g_autoptr(GDataInputStream) data = g_data_input_stream_new (in);
  g_autofree char *head = NULL;
  goffset offset;
  gsize length;
  gboolean complete = FALSE;
  guint rows = 0;

  *next_point = first;
  *keep = 0;
  head = read_line (data, &length, &complete, error);
  if (head == NULL)
    return error == NULL || *error == NULL;   /* an empty file: start afresh */
  if (!complete)
    return TRUE;                              /* killed while writing the header */
  if (!g_str_equal (head, header))
    return not_ours (name, error);
  offset = *keep = length;
  for (;;)
    {
      g_autofree char *line = read_line (data, &length, &complete, error);
      guint point;

      if (line == NULL)
        return error == NULL || *error == NULL;
      if (!complete)
        return TRUE;
      offset += length;
      if (!row_point (line, &point) || point != *next_point)
        return not_ours (name, error);
      if (++rows == rows_per_point)
        {
          rows = 0;
          *next_point = point + 1;
          *keep = offset;
        }
    }
}

typedef struct {
  const char        *path;
  GDataInputStream  *in;
  guint              first;    /* its first point */
  gboolean           empty;
} Part;

static void
part_clear (Part *part)
{
  g_clear_object (&part->in);
}

/* Opens @part and reads its header; sets first and empty. */
static gboolean
part_open (Part        *part,
           char       **header,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (part->path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);
  g_autofree char *line = NULL;
  gsize length;
  gboolean complete;

  if (stream == NULL)
    return FALSE;
  part->in = g_data_input_stream_new (G_INPUT_STREAM (stream));
  *header = read_line (part->in, &length, &complete, error);
  if (*header == NULL || !complete)
    return *error == NULL ? not_ours (part->path, error) : FALSE;
  g_buffered_input_stream_fill (G_BUFFERED_INPUT_STREAM (part->in), 64, NULL, NULL);
  line = g_strndup (g_buffered_input_stream_peek_buffer (G_BUFFERED_INPUT_STREAM (part->in), &length),
                    MIN (length, 64));
  part->empty = length == 0;
  if (!part->empty && !row_point (line, &part->first))
    return not_ours (part->path, error);
  return TRUE;
}

static int
compare_parts (gconstpointer a,
               gconstpointer b)
{
  const Part *pa = a, *pb = b;

  return (pa->first > pb->first) - (pa->first < pb->first);
}

/* Whether a point that had @rows rows is complete: the first one sets how
 * many rows a point has. */
static gboolean
point_complete (guint  rows,
                guint *rows_per_point)
{
  if (*rows_per_point == 0)
    *rows_per_point = rows;
  return rows == *rows_per_point;
}

/* Copies the rows of @part to @out, checking that they go on from point
 * @next with the same number of rows each. */
static gboolean
copy_part (Part           *part,
           GOutputStream  *out,
           guint          *next,
           guint          *rows_per_point,
           GError        **error)
{
  guint point = *next, rows = 0;

  for (;;)
    {
      gsize length;
      gboolean complete;
      g_autofree char *line = read_line (part->in, &length, &complete, error);
      guint row;

      if (line == NULL)
        break;
      if (!complete || !row_point (line, &row))
        return not_ours (part->path, error);
      if (row == point + 1 && rows > 0 && point_complete (rows, rows_per_point))
        point = row, rows = 0;
      if (row != point)
        return not_ours (part->path, error);
      rows++;
      if (!g_output_stream_write_all (out, line, length, NULL, NULL, error))
        return FALSE;
    }
  if (*error != NULL)
    return FALSE;
  if (rows > 0 && !point_complete (rows, rows_per_point))
    return not_ours (part->path, error);
  *next = point + (rows > 0);
  return TRUE;
}

/* cw_experiment_csv_merge() with an @error that is never NULL. */
static gboolean
merge (const char *const *paths,
       GOutputStream      *out,
       GError            **error)
{
  guint n = g_strv_length ((char **) paths);
  g_autoptr(GArray) parts = g_array_sized_new (FALSE, TRUE, sizeof (Part), n);
  g_autofree char *header = NULL;
  guint next = 0, rows_per_point = 0;
  gboolean ok = TRUE;

  g_array_set_clear_func (parts, (GDestroyNotify) part_clear);
  for (guint i = 0; i < n && ok; i++)
    {
      Part part = { paths[i] };
      g_autofree char *own = NULL;

      ok = part_open (&part, &own, error);
      g_array_append_val (parts, part);
      if (ok && header == NULL)
        header = g_steal_pointer (&own);
      else if (ok && !g_str_equal (own, header))
        ok = not_ours (part.path, error);
    }
  if (!ok)
    return FALSE;
  g_array_sort (parts, compare_parts);
  if (!g_output_stream_write_all (out, header, strlen (header), NULL, NULL, error))
    return FALSE;
  for (guint i = 0; i < parts->len && ok; i++)
    {
      Part *part = &g_array_index (parts, Part, i);

      if (!part->empty && part->first != next)
        {
          g_set_error (error, CW_EXPERIMENT_ERROR, CW_EXPERIMENT_ERROR_OUTPUT,
                       _("The parts do not fit together: point %u is missing, or in two parts "
                         "(“%s” starts at point %u)."), next, part->path, part->first);
          return FALSE;
        }
      ok = part->empty || copy_part (part, out, &next, &rows_per_point, error);
    }
  return ok;
}

gboolean
cw_experiment_csv_merge (const char *const *paths,
                         GOutputStream      *out,
                         GError            **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (paths != NULL && G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (merge (paths, out, &local_error))
    return TRUE;
  g_propagate_error (error, local_error);
  return FALSE;
}

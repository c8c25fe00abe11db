/* cw-cli-experiment.c — `experiment FILE` runs a design to tidy CSV; `merge PART…` joins shards
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <gio/gunixoutputstream.h>

#include "cw-cli.h"
#include "cw-experiment-csv.h"
#include "cw-experiment-run.h"
#include "cw-scenario-file.h"

/* Seconds between two progress lines. */
#define PROGRESS_INTERVAL 0.25

typedef struct {
  GTimer  *timer;
  double   last;
  guint64  skipped;   /* runs already in the output */
  guint64  all;       /* runs of the shard */
} Progress;

CwExperiment *
cw_cli_load_experiment (const char *path)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  CwExperiment *experiment = cw_experiment_load_path (path, problems, &error);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = cw_file_problem_format (g_ptr_array_index (problems, i));

      g_printerr ("%s\n", line);
    }
  if (experiment == NULL && problems->len == 0)
    g_printerr ("%s\n", error->message);
  return experiment;
}

static void
progress_cb (guint64  done,
             guint64  total,
             gpointer user_data)
{
  Progress *progress = user_data;
  double elapsed = g_timer_elapsed (progress->timer, NULL);
  double rate = done / MAX (elapsed, 1e-9);
  g_autofree char *runs_done = NULL, *runs_all = NULL;

  if (done < total && elapsed - progress->last < PROGRESS_INTERVAL)
    return;
  progress->last = elapsed;
  runs_done = g_strdup_printf ("%" G_GUINT64_FORMAT, progress->skipped + done);
  runs_all = g_strdup_printf ("%" G_GUINT64_FORMAT, progress->all);

  g_printerr ("\r");
  /* Translators: a progress line: runs done of all runs, runs per second, seconds left */
  g_printerr (_("%s/%s runs, %.0f runs/s, %.0f s left"), runs_done, runs_all, rate,
              (total - done) / MAX (rate, 1e-9));
  g_printerr ("   %s", done == total ? "\n" : "");
}

/* Parses "K/N" with 1 ≤ K ≤ N. */
static gboolean
parse_shard (const char *text,
             guint      *k,
             guint      *n)
{
  g_auto(GStrv) parts = g_strsplit (text, "/", 3);
  guint64 kk, nn;

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 100000, &nn, NULL) ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, nn, &kk, NULL))
    return FALSE;
  *k = kk;
  *n = nn;
  return TRUE;
}

/* Opens @path for the rows of points [@first, …): a new file gets the
 * header; an existing one is kept up to its last complete point, and
 * @first moves past it. */
static GOutputStream *
open_output (const char          *path,
             const char          *header,
             guint               *first,
             guint                rows_per_point,
             GError             **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, NULL);
  g_autoptr(GFileIOStream) io = NULL;
  goffset keep = 0;

  if (in != NULL &&
      !cw_experiment_csv_resume (G_INPUT_STREAM (in), path, header, *first, rows_per_point,
                                 first, &keep, error))
    return NULL;
  io = in != NULL ? g_file_open_readwrite (file, NULL, error) : g_file_create_readwrite (file, G_FILE_CREATE_NONE, NULL, error);
  if (io == NULL || !g_seekable_truncate (G_SEEKABLE (io), keep, NULL, error) ||
      !g_seekable_seek (G_SEEKABLE (io), keep, G_SEEK_SET, NULL, error))
    return NULL;
  if (keep == 0 && !g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (io)),
                                                header, strlen (header), NULL, NULL, error))
    return NULL;
  /* The stream lives as long as its output stream is referenced. */
  g_object_set_data_full (G_OBJECT (g_io_stream_get_output_stream (G_IO_STREAM (io))), "cw-io",
                          g_object_ref (io), g_object_unref);
  return g_object_ref (g_io_stream_get_output_stream (G_IO_STREAM (io)));
}

int
cw_cli_experiment (int    argc,
                   char **argv)
{
  g_autofree char *shard = NULL, *output = NULL;
  int threads = 0;
  const GOptionEntry entries[] = {
    { "shard", 0, 0, G_OPTION_ARG_STRING, &shard, N_("Run only shard K of N: a contiguous share of the points"), "K/N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE; if it holds part of this run already, go on after its last complete point"), "FILE" },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads, N_("Worker threads (default: all cores)"), "T" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CwExperiment) experiment = NULL;
  g_autoptr(CwDesign) design = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree char *header = NULL;
  guint k = 1, n = 1, first, last, start;
  Progress progress = { timer, 0 };

  if (!cw_cli_parse ("experiment", _("FILE"),
                     _("Runs the design of an experiment file and writes one CSV row per point, "
                       "replicate and recorded year: point,replicate,seed,<factors>,year,<outputs>. "
                       "Each run's seed comes from the experiment's seed, its point and replicate, so "
                       "shards merged with “merge” give exactly the rows of one run."),
                     (GOptionEntry *) entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (argc != 2)
    {
      g_printerr (_("cluster-workbench-cli experiment: name one experiment file.\n"));
      return CW_EXIT_USAGE;
    }
  if (shard != NULL && !parse_shard (shard, &k, &n))
    {
      g_printerr (_("cluster-workbench-cli experiment: --shard must be K/N with 1 ≤ K ≤ N.\n"));
      return CW_EXIT_USAGE;
    }
  if (threads < 0 || threads > 256)
    {
      g_printerr (_("--threads must be from 1 to 256.\n"));
      return CW_EXIT_USAGE;
    }
  if ((experiment = cw_cli_load_experiment (argv[1])) == NULL)
    return CW_EXIT_BAD_INPUT;
  design = cw_design_new (experiment);
  header = cw_experiment_csv_header (experiment);
  cw_experiment_shard (design->n_points, k, n, &first, &last);
  start = first;
  if (output == NULL)
    {
      out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
      g_output_stream_write_all (out, header, strlen (header), NULL, NULL, NULL);
    }
  else if ((out = open_output (output, header, &start, experiment->replicates * experiment->years->len,
                               &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return CW_EXIT_BAD_INPUT;
    }
  progress.all = (guint64) (last - first) * experiment->replicates;
  progress.skipped = (guint64) (MIN (start, last) - first) * experiment->replicates;
  if (start < last &&
      !cw_experiment_run (experiment, design, start, last, threads, out, progress_cb, &progress, NULL, &error))
    {
      g_printerr ("\n%s\n", error->message);
      return CW_EXIT_BAD_INPUT;
    }
  if (!g_output_stream_close (out, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return CW_EXIT_BAD_INPUT;
    }
  return CW_EXIT_OK;
}

int
cw_cli_merge (int    argc,
              char **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), "FILE" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (!cw_cli_parse ("merge", _("PART…"),
                     _("Joins the outputs of “experiment --shard K/N” into exactly the file one "
                       "unsharded run writes."), (GOptionEntry *) entries, &argc, &argv))
    return CW_EXIT_USAGE;
  if (argc < 2)
    {
      g_printerr (_("cluster-workbench-cli merge: name the parts to join.\n"));
      return CW_EXIT_USAGE;
    }
  if (output == NULL)
    out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  else
    {
      /* Written to a temporary file that replaces @output once complete. */
      file = g_file_new_for_commandline_arg (output);
      out = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error));
    }
  if (out == NULL || !cw_experiment_csv_merge ((const char *const *) argv + 1, out, &error) ||
      !g_output_stream_close (out, NULL, &error))
    {
      g_autoptr(GCancellable) discard = g_cancellable_new ();

      /* A cancelled close leaves the old @output as it was. */
      g_cancellable_cancel (discard);
      if (out != NULL)
        g_output_stream_close (out, discard, NULL);
      g_printerr ("%s\n", error->message);
      return CW_EXIT_BAD_INPUT;
    }
  return CW_EXIT_OK;
}

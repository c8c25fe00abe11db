/* fuzz-scenario.c — fuzzes the scenario loader, and checks what it accepts round-trips
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With clang and -Dfuzzing=true this is a libFuzzer target (see "Fuzzing" in
 * resources/scenario-format.md). Otherwise main() below replays the corpus
 * given on the command line, and simple mutations of it, as a normal test.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cw-scenario-file.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Whatever the input, loading returns; whatever it accepts saves and loads
 * back equal, and saves to the same bytes again. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwScenario) scenario = cw_scenario_load_bytes (bytes, "fuzz.cluster", problems, &error);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) resaved = NULL;
  g_autoptr(CwScenario) again = NULL;

  /* A critical or a warning is a bug the input found. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  if ((scenario == NULL) != (error != NULL))
    abort ();
  for (guint i = 0; i < problems->len; i++)
    {
      const CwFileProblem *problem = g_ptr_array_index (problems, i);

      if (problem->message == NULL || !g_utf8_validate (problem->message, -1, NULL) ||
          strchr (problem->message, '\n') != NULL)
        abort ();
    }
  if (scenario == NULL)
    return 0;
  saved = cw_scenario_to_bytes (scenario);
  g_ptr_array_set_size (problems, 0);
  again = cw_scenario_load_bytes (saved, "fuzz-saved.cluster", problems, NULL);
  if (again == NULL || !cw_scenario_equal (scenario, again))
    abort ();
  resaved = cw_scenario_to_bytes (again);
  if (!g_bytes_equal (saved, resaved))
    abort ();
  return 0;
}

#ifndef CW_LIBFUZZER

/* Runs the target on @data, every prefix at a stride, and copies with
 * bytes changed at random places (a fixed seed: the test is repeatable). */
static void
replay (const char *data,
        gsize       length,
        GRand      *rand)
{
  g_autofree guint8 *copy = g_memdup2 (data, length);
  gsize stride = MAX (length / 40, 1);

  LLVMFuzzerTestOneInput ((const uint8_t *) data, length);
  for (gsize n = 0; n < length; n += stride)
    LLVMFuzzerTestOneInput ((const uint8_t *) data, n);
  for (int round = 0; round < 40 && length > 0; round++)
    {
      static const char tokens[] = "<>&\"'=/!?-x0.9\n\xC3\xFF";

      memcpy (copy, data, length);
      for (int k = 0; k < 1 + round % 4; k++)
        copy[g_rand_int_range (rand, 0, length)] = tokens[g_rand_int_range (rand, 0, sizeof tokens - 1)];
      LLVMFuzzerTestOneInput (copy, length);
    }
}

/* Arguments: directories whose files make the corpus. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);
  guint files = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, &error);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          g_autofree char *data = NULL;
          gsize length;

          g_assert_true (g_file_get_contents (path, &data, &length, NULL));
          replay (data, length, rand);
          files++;
        }
    }
  g_assert_cmpuint (files, >, 20);
  return 0;
}

#endif

/* test-example-languages.c — the examples in the user's language, and a saved copy keeps the words
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each example holds its title, description and stage names in English and,
 * with xml:lang, in German and Polish. The reader keeps the ones of the
 * user's language (LANGUAGE); a copy the user saves holds those words only,
 * and reads back the same in any language.
 */
#include "config.h"

#include <string.h>

#include "cw-scenario-file.h"

static CwScenario *
load (const char *name)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(GError) error = NULL;
  CwScenario *scenario = cw_scenario_load_example (name, problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scenario);
  return scenario;
}

static CwScenario *
load_in (const char *name,
         const char *language)
{
  CwScenario *scenario;

  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  scenario = load (name);
  g_unsetenv ("LANGUAGE");
  return scenario;
}

/* Words that show the language: German umlauts or „ and Polish letters. */
static gboolean
reads_as (const char *text,
          const char *language)
{
  const char *marks = g_str_equal (language, "de") ? "äöüßÄÖÜ„" : "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ„";

  for (const char *p = marks; *p != '\0'; p = g_utf8_next_char (p))
    {
      char mark[8] = { 0 };

      g_unichar_to_utf8 (g_utf8_get_char (p), mark);
      if (strstr (text, mark) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_example (gconstpointer data)
{
  const char *name = data;
  const char *languages[] = { "de", "pl" };
  g_autoptr(CwScenario) english = load_in (name, NULL);

  g_assert_cmpstr (english->meta.language, ==, "en");
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(CwScenario) translated = load_in (name, languages[l]);
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(CwScenario) reread = NULL;
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
      g_autofree char *hash_a = cw_scenario_hash (english);
      g_autofree char *hash_b = cw_scenario_hash (translated);

      g_test_message ("%s in %s: %s", name, languages[l], translated->meta.title);
      g_assert_cmpstr (translated->meta.language, ==, languages[l]);
      g_assert_cmpstr (translated->meta.title, !=, english->meta.title);
      g_assert_cmpstr (translated->meta.description, !=, english->meta.description);
      g_assert_true (reads_as (translated->meta.description, languages[l]));
      g_assert_cmpuint (translated->stages->len, ==, english->stages->len);
      for (guint i = 0; i < english->stages->len; i++)
        {
          const CwStage *a = g_ptr_array_index (english->stages, i);
          const CwStage *b = g_ptr_array_index (translated->stages, i);

          g_assert_cmpstr (a->id, ==, b->id);
          g_assert_cmpstr (a->name, !=, b->name);
        }
      /* The language changes the words, never the run. */
      g_assert_cmpstr (hash_a, ==, hash_b);

      /* Saved and read back in English: the user's words stay. */
      saved = cw_scenario_to_bytes (translated);
      g_assert_null (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), "xml:lang"));
      reread = cw_scenario_load_bytes (saved, "copy.cluster", problems, NULL);
      g_assert_nonnull (reread);
      g_assert_cmpstr (reread->meta.title, ==, translated->meta.title);
      g_assert_cmpstr (reread->meta.language, ==, languages[l]);
      g_assert_cmpstr (((CwStage *) g_ptr_array_index (reread->stages, 0))->name, ==,
                       ((CwStage *) g_ptr_array_index (translated->stages, 0))->name);
    }
}

/* A language the file does not have gets the English words. */
static void
test_other_language (void)
{
  g_autoptr(CwScenario) english = load_in ("poland-ict.cluster", NULL);
  g_autoptr(CwScenario) french = load_in ("poland-ict.cluster", "fr");
  g_autoptr(CwScenario) preferred = load_in ("poland-ict.cluster", "fr:pl:de");

  g_assert_cmpstr (french->meta.title, ==, english->meta.title);
  g_assert_cmpstr (french->meta.language, ==, "en");
  /* The first language of the list that the file has wins. */
  g_assert_cmpstr (preferred->meta.language, ==, "pl");
}

int
main (int argc, char *argv[])
{
  g_auto(GStrv) names = NULL;

  g_test_init (&argc, &argv, NULL);
  names = cw_scenario_list_examples ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat ("/example-languages/", names[i], NULL);

      g_test_add_data_func_full (path, g_strdup (names[i]), test_example, g_free);
    }
  g_test_add_func ("/example-languages/other-language", test_other_language);
  return g_test_run ();
}

/* test-cli-explain.c — `explain --format json`: its shape, and parts that add up to its total
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "cw-explainer.h"
#include "decimal-comma.h"
#include "cw-scenario-file.h"
#include "cw-templates.h"

static char *
cli (int *status, char **err, const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait;

  g_ptr_array_add (argv, (gpointer) g_getenv ("CW_CLI"));
  g_assert_nonnull (argv->pdata[0]);
  for (; *args != NULL; args++)
    g_ptr_array_add (argv, (gpointer) *args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, err, &wait, &error);
  g_assert_no_error (error);
  *status = WIFEXITED (wait) ? WEXITSTATUS (wait) : -1;
  return out;
}

static void
test_json (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "resources", "scenarios",
                                            "sweden-geo-it.cluster", NULL);
  const char *args[] = { "explain", path, "--runs", "3", "--years", "3", "--format", "json", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GRegex) shape = g_regex_new ("^\\{\"outcome\":\"upgrading\",\"year\":([0-9]+),\"total\":([-0-9.e]+),"
                                         "\"players\":\\[(.*)\\]\\}\n$", 0, 0, NULL);
  g_autoptr(GRegex) player = g_regex_new ("\\{\"id\":\"([a-z_]+)\",\"value\":([-0-9.e]+),"
                                          "\"ci90\":([0-9.e]+)\\}", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL, players = NULL;
  g_autofree char *year = NULL, *total = NULL, *list = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_file_problem_free);
  g_autoptr(CwScenario) sc = cw_scenario_load_path (path, problems, NULL);
  g_autoptr(CwExplanation) e = NULL;
  g_autoptr(CwAttribution) a = NULL;
  double sum = 0;
  int status, n = 0;

  out = cli (&status, &err, args);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_regex_match (shape, out, 0, &match));
  year = g_match_info_fetch (match, 1);
  total = g_match_info_fetch (match, 2);
  list = g_match_info_fetch (match, 3);
  g_assert_nonnull (sc);
  g_assert_cmpint (atoi (year), ==, (int) sc->profile[CW_PROFILE_START_YEAR] + 3);

  /* The window's explainer gives the same parts for the same runs. */
  sc->years = 3;
  e = cw_explanation_compute (sc, -1, 3, 0, NULL, NULL);
  a = cw_explanation_attribute (e, CW_OUT_UPGRADING, cw_explanation_get_n_steps (e) - 1);
  g_assert_true (g_regex_match (player, list, 0, &players));
  while (g_match_info_matches (players))
    {
      g_autofree char *id = g_match_info_fetch (players, 1);
      g_autofree char *value = g_match_info_fetch (players, 2);
      const CwExplainPart *part = &g_array_index (a->groups, CwExplainPart, n);

      g_assert_cmpstr (id, ==, part->id);
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (value, NULL), part->value, 1e-9);
      sum += g_ascii_strtod (value, NULL);
      n++;
      g_match_info_next (players, NULL);
    }
  g_assert_cmpint (n, ==, (int) a->groups->len);
  g_assert_cmpint (n, >=, 3);
  g_assert_cmpfloat_with_epsilon (sum, g_ascii_strtod (total, NULL), 1e-8);
  g_assert_cmpfloat_with_epsilon (a->total, g_ascii_strtod (total, NULL), 1e-9);
}

/* --year and --set reach the JSON: the year attributed, and a standing
 * lever among the players. */
static void
test_json_year_and_set (void)
{
  const char *args[] = { "explain", "--runs", "2", "--years", "3", "--year", "2", "--levers", "education",
                         "--set", "education=0.5", "--format", "json", NULL };
  g_autoptr(CwScenario) sc = cw_template_new (CW_TEMPLATE_DIGITAL_ERA);
  g_autofree char *out = NULL, *err = NULL, *year = NULL;
  int status;

  out = cli (&status, &err, args);
  g_assert_cmpint (status, ==, 0);
  year = g_strdup_printf ("\"year\":%d,", (int) sc->profile[CW_PROFILE_START_YEAR] + 2);
  g_assert_nonnull (strstr (out, year));
  g_assert_nonnull (strstr (out, "{\"id\":\"education\",\"value\":"));
  g_assert_nonnull (strstr (out, ",\"ci90\":"));
}

static void
test_bad_format (void)
{
  const char *args[] = { "explain", "--format", "xml", NULL };
  g_autofree char *out = NULL, *err = NULL;
  int status;

  out = cli (&status, &err, args);
  g_assert_cmpint (status, ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "--format"));
}

/* The text table follows the locale's decimal mark; JSON keeps the C locale. */
static void
test_text_locale (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "resources", "scenarios",
                                            "sweden-geo-it.cluster", NULL);
  const char *text_args[] = { "explain", path, "--runs", "2", "--years", "2", NULL };
  const char *json_args[] = { "explain", path, "--runs", "2", "--years", "2", "--format", "json", NULL };
  g_autofree char *old = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cw-explain-XXXXXX", NULL);
  g_autofree char *text = NULL, *json = NULL, *err = NULL, *json_err = NULL;
  int status;

  if (!use_decimal_comma (dir))
    {
      g_test_skip ("no German locale, and localedef could not make one");
      return;
    }
  old = g_strdup (g_getenv ("LC_ALL"));
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  text = cli (&status, &err, text_args);
  g_assert_cmpint (status, ==, 0);
  json = cli (&status, &json_err, json_args);
  g_assert_cmpint (status, ==, 0);
  if (old != NULL)
    g_setenv ("LC_ALL", old, TRUE);
  else
    g_unsetenv ("LC_ALL");
  setlocale (LC_NUMERIC, "C");
  g_assert_true (g_regex_match_simple ("[+-]0,[0-9]{4} ±0,[0-9]{4}", text, 0, 0));
  g_assert_false (g_regex_match_simple ("[0-9]\\.[0-9]{4}", text, 0, 0));
  g_assert_true (g_regex_match_simple ("\"total\":-?[0-9.e-]+,", json, 0, 0));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/explain/json", test_json);
  g_test_add_func ("/cli/explain/json-year-and-set", test_json_year_and_set);
  g_test_add_func ("/cli/explain/bad-format", test_bad_format);
  g_test_add_func ("/cli/explain/text-locale", test_text_locale);
  return g_test_run ();
}

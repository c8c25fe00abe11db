/* test-chart-plurals.c — a count on a chart inflects for its number in Polish
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "cw-chart-private.h"

/* The readout and the chart description say "2 firmy", "5 firm", "22 firmy":
 * Polish has three plural forms, chosen by the last digits. */
static void
test_polish_counts (void)
{
  static const struct {
    CwOutput    output;
    double      value;
    const char *text;
  } cases[] = {
    { CW_OUT_FIRMS, 1, "1 firma" },
    { CW_OUT_FIRMS, 2, "2 firmy" },
    { CW_OUT_FIRMS, 5, "5 firm" },
    { CW_OUT_FIRMS, 12, "12 firm" },
    { CW_OUT_FIRMS, 22, "22 firmy" },
    { CW_OUT_FIRMS, 0, "0 firm" },
    { CW_OUT_FIRMS, 3.6, "4 firmy" },
    { CW_OUT_PROTOTYPES, 1, "1 prototyp" },
    { CW_OUT_PROTOTYPES, 3, "3 prototypy" },
    { CW_OUT_PROTOTYPES, 19, "19 prototypów" },
    { CW_OUT_STEP, 4, "4 kwartały" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cw_chart_format_value (cases[i].output, cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* The build tree's catalogue, as the window uses it when run uninstalled. */
  g_setenv ("LANGUAGE", "pl", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, CW_BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-plurals/polish", test_polish_counts);
  return g_test_run ();
}

/* pdf-text.h — the text of a PDF the tests wrote, read back by pdftotext
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

/* The text of @pdf laid out as on its pages (pdftotext -layout, from
 * poppler-utils, which the tests need); free with g_free(). Not inlined:
 * gcc 12 then takes the returned text for a pointer to this frame's @out
 * (a false -Wdangling-pointer). */
G_GNUC_UNUSED G_GNUC_NO_INLINE static char *
pdf_text (const char *pdf)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_nonnull (pdftotext);
  g_spawn_sync (NULL, (char *[]) { pdftotext, "-layout", (char *) pdf, "-", NULL }, NULL, G_SPAWN_DEFAULT,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

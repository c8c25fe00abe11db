/* bad-file.h — what the tests of damaged files expect, and finding it among the problems
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "cw-scenario-file.h"

/* A problem a damaged file must have. */
typedef struct {
  const char *file;
  int         line;
  const char *message;  /* a part of the message */
} BadFile;

/* Whether @problems has an error at @line whose message contains @message;
 * when not, the problems there are go to the test log. */
static inline gboolean
has_problem (GPtrArray  *problems,
             int         line,
             const char *message)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const CwFileProblem *p = g_ptr_array_index (problems, i);

      if (p->severity == CW_PROBLEM_ERROR && p->line == line && strstr (p->message, message))
        return TRUE;
    }
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *text = cw_file_problem_format (g_ptr_array_index (problems, i));

      g_test_message ("got %s", text);
    }
  return FALSE;
}

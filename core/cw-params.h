/* cw-params.h — the model's constants as data (model.md, section 9)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CW_PARAM_TAG_INV,  /* invented: size and sign are ours */
  CW_PARAM_TAG_ORD,  /* sign or ordering from the literature, size invented */
  CW_PARAM_TAG_LIT,  /* value from a published source */
} CwParamTag;

typedef struct {
  const char *id;      /* stable id for files and `--set param.ID=VALUE` */
  double      value;   /* the default */
  double      min;     /* plausible range, inclusive; also the range of */
  double      max;     /* accepted overrides and of parameter uncertainty */
  const char *unit;    /* "", "1/yr", ... */
  CwParamTag  tag;
  const char *source;  /* one line: where the number comes from */
} CwParamInfo;

/* The table: every constant of the model, in a fixed order. */
guint              cw_params_count    (void);
const CwParamInfo *cw_param_info      (guint       index);
/* Returns the index of the parameter @id, or -1. */
int                cw_param_from_id   (const char *id);
const char        *cw_param_tag_id    (CwParamTag  tag);

G_END_DECLS

/* cw-templates.h — ready-made scenarios: the built-in default and File > New
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cw-scenario.h"

G_BEGIN_DECLS

typedef enum {
  CW_TEMPLATE_DIGITAL_ERA,   /* the built-in default: the Hamburg digital-era cycle */
  CW_TEMPLATE_POLICY_CYCLE,  /* the classic agenda → formulation → implementation → evaluation */
  CW_TEMPLATE_EMPTY,         /* the default cluster, no levers, no stages */
  CW_N_TEMPLATES
} CwTemplate;

/* Radii of the ring the templates lay their stages on, in model coordinates
 * around (0, 0); y grows downwards, the start stage is at the top. Wider than
 * tall, like the canvas above the charts, so the ring fits it at a readable
 * size. */
#define CW_TEMPLATE_RADIUS_X 260.0
#define CW_TEMPLATE_RADIUS_Y 120.0

/* A new scenario from @template, with translated title and stage names. */
CwScenario *cw_template_new   (CwTemplate template);
/* Stable id ("digital_era", ...) and translated name of @template. */
const char *cw_template_id    (CwTemplate template);
const char *cw_template_name  (CwTemplate template);

G_END_DECLS

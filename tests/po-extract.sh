#!/bin/sh
# po-extract.sh SRCDIR OUT — extract the messages of po/POTFILES into the template OUT,
# with the keywords and format flags of meson's glib preset (for the po tests).
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$1"
exec xgettext --from-code=UTF-8 --add-comments --package-name=cluster-workbench \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_strdup_printf:1:c-format --flag=g_set_error:4:c-format \
  --flag=g_printerr:1:c-format --flag=g_print:1:c-format \
  -f po/POTFILES -o "$2"

#!/bin/sh
# check-no-gtk.sh PROGRAM — the headless tool must not link GTK or libadwaita.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
needed=$(readelf -d "$1" | grep NEEDED)
echo "$needed"
if echo "$needed" | grep -Eq 'libgtk|libadwaita|libgdk'; then
  echo "$1 links GTK or libadwaita" >&2
  exit 1
fi
echo "$needed" | grep -q libglib || { echo "readelf showed no libglib: the check would not see GTK either" >&2; exit 1; }

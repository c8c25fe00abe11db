#!/bin/sh
# workbench.sh — installs what is missing, builds, and opens the workbench on an
# example scenario; without a display it runs the headless evaluation instead.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$(dirname "$0")/.."
. build-aux/deps.sh

ensure_packages $BUILD_PACKAGES
ensure_build

# The bundled example opened when no file is named.
[ $# -gt 0 ] || set -- resources/scenarios/hamburg-aviation.cluster

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/ui/cluster-workbench "$@"
fi
echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open."
echo "Running the headless evaluation of $1 instead (100 runs):"
echo
exec ./build/core/cli/cluster-workbench-cli run "$1" --runs 100 --format summary

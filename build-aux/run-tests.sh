#!/bin/sh
# run-tests.sh — installs what the tests need, builds, and runs the whole test
# suite; window tests run under Xvfb with the cairo renderer.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$(dirname "$0")/.."
. build-aux/deps.sh

ensure_packages $BUILD_PACKAGES $TEST_PACKAGES
ensure_build

exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- env GSK_RENDERER=cairo NO_AT_BRIDGE=1 \
  meson test -C build --print-errorlogs "$@"

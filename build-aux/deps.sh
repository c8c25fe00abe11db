# deps.sh — sourced by workbench.sh and run-tests.sh: installs what is missing
# from Debian's archive and configures and builds build/.
# SPDX-License-Identifier: GPL-3.0-or-later

BUILD_PACKAGES="meson ninja-build gcc pkg-config gettext libglib2.0-dev libglib2.0-bin
  libgtk-4-dev libadwaita-1-dev libxml2-dev libcairo2-dev libnlopt-dev desktop-file-utils"
TEST_PACKAGES="xvfb xauth dbus-daemon appstream libxml2-utils librsvg2-bin poppler-utils clang
  libclang-rt-14-dev slurm-wlm munge parallel"

# Installs the Debian packages among "$@" that are not installed yet, as root
# or through sudo. Nothing is downloaded when all are there.
ensure_packages () {
  missing=""
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
  done
  [ -z "$missing" ] && return 0
  echo "Installing Debian packages:$missing"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
    { echo "Could not install:$missing" >&2; exit 1; }
}

# Configures build/ once (warnings are errors under CI) and brings it up to date.
ensure_build () {
  if [ ! -f build/build.ninja ]; then
    meson setup build ${CI:+--werror} >/dev/null || { echo "meson setup failed: see build/meson-logs/meson-log.txt" >&2; exit 1; }
  fi
  ninja -C build >/dev/null || { ninja -C build; exit 1; }
}

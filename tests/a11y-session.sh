#!/bin/sh
# a11y-session.sh — runs a command with an accessibility bus, as a desktop would
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: a11y-session.sh COMMAND...
# The ui suite turns the accessibility bridge off (NO_AT_BRIDGE, GTK_A11Y);
# this undoes that for COMMAND alone, gives it a session bus of its own when
# there is none, and starts at-spi-bus-launcher there, stopping it afterwards.

unset NO_AT_BRIDGE GTK_A11Y
if [ -z "$DBUS_SESSION_BUS_ADDRESS" ]; then
  exec dbus-run-session -- "$0" "$@"
fi

bus_up () {
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.a11y.Bus.GetAddress >/dev/null 2>&1
}

# D-Bus starts the bus launcher on first use when at-spi2-core installed its
# service file; otherwise start it here and stop it afterwards.
if ! bus_up; then
  launcher=""
  for dir in /usr/libexec /usr/lib/at-spi2-core /usr/lib/at-spi2; do
    [ -x "$dir/at-spi-bus-launcher" ] && launcher="$dir/at-spi-bus-launcher" && break
  done
  [ -n "$launcher" ] || { echo "at-spi-bus-launcher not found: install at-spi2-core" >&2; exit 1; }
  "$launcher" --launch-immediately &
  launcher_pid=$!
  trap 'kill "$launcher_pid" 2>/dev/null; wait "$launcher_pid" 2>/dev/null' EXIT INT TERM
  # At most ten seconds for the bus to be registered.
  tries=0
  until bus_up; do
    tries=$((tries + 1))
    [ "$tries" -ge 100 ] && { echo "the accessibility bus did not start" >&2; exit 1; }
    sleep 0.1
  done
fi
"$@"

#!/usr/bin/env bash
# Accessibility from outside the app, as assistive technology sees it: the real app on a fresh HOME
# under Xvfb at 1366 × 768 with a window manager, a D-Bus session and the AT-SPI bus; its accessibility
# tree is walked over AT-SPI (tests/e2e/accessibility_check.py, Debian's python3-pyatspi) on the
# Backprop sheet tab, the MNIST trainer tab and with a lesson open, and every control without a name
# a screen reader can say, and every custom-painted view without a name and a description, is listed.
#
#   tests/e2e/accessibility.sh [APP]   default build/ci/app/backprop-lab; exit 77 (skip) without the tools
set -euo pipefail
# CI installs every tool (packaging/setup.sh test): there a missing one fails the run instead of skipping it.
skip_status=77
[[ ${CI:-} == true ]] && skip_status=1
repo=$(cd "$(dirname "$0")/../.." && pwd)
app=${1:-$repo/build/ci/app/backprop-lab}
skip() { echo "accessibility: skipped: $* (packaging/setup.sh installs it)"; exit "$skip_status"; }
for tool in Xvfb xdotool openbox dbus-launch; do command -v "$tool" >/dev/null || skip "$tool is missing"; done
[[ -x /usr/libexec/at-spi-bus-launcher ]] || skip "the AT-SPI bus launcher (at-spi2-core) is missing"
# pyatspi is Debian's module: the system interpreter, whatever python3 comes first in PATH.
python=/usr/bin/python3
[[ -x $python ]] && "$python" -c 'import pyatspi' 2>/dev/null || skip "python3-pyatspi is missing"
[[ -x $app ]] || { echo "accessibility: no app at $app" >&2; exit 1; }

work=$(mktemp -d)
source "$repo/tests/e2e/x_session.sh"
app_pid=
cleanup() {
    if [[ -n $app_pid ]]; then kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; fi
    x_session_stop_desktop
    rm -rf "$work"
}
trap cleanup EXIT

x_session_start_desktop 1366x768 || { echo "accessibility: FAILED: could not start the desktop" >&2; exit 1; }
# A fresh HOME: the window as a new user first sees it (no MNIST files: the tab offers to fetch them).
mkdir -p "$work/home"
HOME=$work/home XDG_CONFIG_HOME= XDG_DATA_HOME= QT_QPA_PLATFORM=xcb "$app" >"$work/app.log" 2>&1 &
app_pid=$!
x_session_wait_window 60 >/dev/null || { echo "accessibility: FAILED: no window within 60 s" >&2; cat "$work/app.log" >&2; exit 1; }

status=0
PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=$repo/tests/e2e timeout 300 "$python" "$repo/tests/e2e/accessibility_check.py" || status=$?
kill -0 "$app_pid" 2>/dev/null || { echo "accessibility: FAILED: the app ended during the walk" >&2; cat "$work/app.log" >&2; status=1; }
exit $status

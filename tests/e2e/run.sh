#!/usr/bin/env bash
# End-to-end: the real app under Xvfb on a fresh HOME, driven with the mouse and keyboard through
# xdotool, as a user would; the app has no test hooks. Checks, each on what a user sees or keeps:
#  1. dragging the learning-rate slider (mouse down on its handle, moves, mouse up) to its right end
#     fills its groove further: η went up (and η = 100 is in the settings written at Quit);
#  2. Alt+A, "i" picks the identity activation: that network diverges at η = 100, and the window shows
#     the diverged state in its colour (#c62828: the chart title's sentence and the marker);
#  3. on the MNIST tab, a click on Training › Train trains 2 epochs on 2,000 images (a cut of the set-up's MNIST
#     files in the fresh HOME) until the progress bar is full across its whole row (the run is done);
#     without those files, steps 3 and 4 are skipped with one line that says how to get them (under CI,
#     whose set-up fetches them, that fails);
#  4. File › Export accuracy chart…, a typed path and Enter write a PNG of the size the dialog
#     proposed (900 × 600, remembered from the settings) with the run's curve in its colour (#0072b2);
#  5. Ctrl+Q quits within 10 s, and the settings hold η = 100 and the identity activation.
# Positions come from the screen itself: the slider's handle is where its groove's highlighted part
# ends (the longest 3-pixel-thick run of the highlight blue in the left panel), the progress bar is the
# longest such run right of it. The MNIST tab and the Training menu are found by their accessible names
# in the accessibility tree (atspi_session.py, over AT-SPI: the desktop session of x_session.sh, whose
# window manager fits the window to the 1280 × 800 screen), then clicked with the mouse.
#
#   tests/e2e/run.sh [APP]        default build/ci/app/backprop-lab; exit 77 (skip) without Xvfb, xdotool,
#                                 openbox, D-Bus, the AT-SPI bus or python3-pyatspi
set -euo pipefail
# CI installs every tool (packaging/setup.sh test): there a missing one fails the run instead of skipping it.
skip_status=77
[[ ${CI:-} == true ]] && skip_status=1
repo=$(cd "$(dirname "$0")/../.." && pwd)
app=${1:-$repo/build/ci/app/backprop-lab}
skip() { echo "e2e: skipped: $* (packaging/setup.sh installs it)"; exit "$skip_status"; }
for tool in Xvfb xdotool openbox dbus-launch; do command -v "$tool" >/dev/null || skip "$tool is missing"; done
[[ -x /usr/libexec/at-spi-bus-launcher ]] || skip "the AT-SPI bus launcher (at-spi2-core) is missing"
# pyatspi is Debian's module: the system interpreter, whatever python3 comes first in PATH.
python=/usr/bin/python3
[[ -x $python ]] && "$python" -c 'import pyatspi' 2>/dev/null || skip "python3-pyatspi is missing"
# ImageMagick reads the screenshots; /usr/bin first, in case another 'convert' comes earlier in PATH.
convert=/usr/bin/convert
[[ -x $convert ]] || convert=$(command -v convert) || { echo "e2e: ImageMagick is missing (apt-get install imagemagick)" >&2; exit 1; }
command -v import >/dev/null || { echo "e2e: ImageMagick's import is missing" >&2; exit 1; }
[[ -x $app ]] || { echo "e2e: no app at $app" >&2; exit 1; }

work=$(mktemp -d)
source "$repo/tests/e2e/x_session.sh"
app_pid=
cleanup() {
    [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null
    x_session_stop_desktop
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "e2e: FAILED: $*" >&2
    echo "e2e: screenshots and logs in $work (kept)" >&2
    [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null
    trap - EXIT
    x_session_stop_desktop
    exit 1
}
step() { echo "e2e: $*"; }

# --- A fresh HOME with a cut of the set-up's MNIST files and two remembered settings. ---
home=$work/home
have_mnist=true
if ! x_session_fresh_home "$home" 2000 500 2>"$work/mnist.log"; then
    [[ ${CI:-} == true ]] && fail "no MNIST files to cut ($(cat "$work/mnist.log")): packaging/setup.sh fetches them"
    echo "e2e: skipping steps 3 and 4 (MNIST training, accuracy export): no MNIST files ($(cat "$work/mnist.log")); get them with packaging/fetch-mnist.sh"
    rm -rf "$home/.local/share/backprop-lab/mnist" # a partial cut would only show a load error
    have_mnist=false
fi
cat >"$home/.config/BackpropLab/backprop-lab.conf" <<'CONF'
[export]
size=@Size(900 600)

[mnist]
epochs=2
CONF

# --- Screenshots and their pixels. ---
shot() { import -window root "$work/$1.png"; }
pixels() { "$convert" "$work/$1.png" "${@:2}" +repage txt:- | awk -F'[ ,:()#]+' 'NR > 1 { print $1, $2, $3, $4, $5 }'; }
# "y x_first x_last" of the longest horizontal run of the highlight blue at least 3 rows thick within
# the crop GEOMETRY, or nothing.
highlight_run() { # SHOT GEOMETRY
    pixels "$1" -crop "$2" | awk '$5 > 150 && $3 < 120 && $5 - $3 > 80 { n[$2]++; if (!($2 in lo) || $1 < lo[$2]) lo[$2] = $1; if ($1 > hi[$2]) hi[$2] = $1 }
        END { for (y in n) if ((y + 1) in n && (y + 2) in n && n[y] > best && n[y] == hi[y] - lo[y] + 1) { best = n[y]; line = y " " lo[y] " " hi[y] }
              if (best > 0) print line }'
}
count_color() { # SHOT R G B: pixels within 24 of that colour in each channel
    pixels "$1" | awk -v r="$2" -v g="$3" -v b="$4" 'function d(a, c) { return a > c ? a - c : c - a }
        d($3, r) <= 24 && d($4, g) <= 24 && d($5, b) <= 24 { n++ } END { print n + 0 }'
}

x_session_start_desktop 1280x800 || fail "no X session with D-Bus, the AT-SPI bus and openbox"
step "starting $app on $DISPLAY with HOME=$home"
# xcb, whatever the caller's QT_QPA_PLATFORM (the test presets set offscreen for the other tests).
HOME=$home XDG_CONFIG_HOME= XDG_DATA_HOME= QT_QPA_PLATFORM=xcb "$app" >"$work/app.log" 2>&1 &
app_pid=$!
window=$(x_session_wait_window 60) || fail "no window within 60 s; app log: $(cat "$work/app.log")"
sleep 1 # the first paint of every view
focus() { xdotool windowfocus --sync "$window"; }
# Runs Python statements, one an argument, with `ui` (atspi_session.py) and `app` (the app's
# accessible root); fails with the Python error's last line on stderr.
atspi() { # STATEMENT...
    local code
    printf -v code '%s\n' "import atspi_session as ui" "app = ui.app_root()" "$@"
    PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=$repo/tests/e2e timeout 60 "$python" -c "$code"
}

# 1. The learning-rate slider, dragged with the mouse to its right end.
shot before-drag
read -r y first last <<<"$(highlight_run before-drag 300x800+0+0)" || true
[[ -n ${last:-} ]] || fail "no learning-rate slider found in the left panel (before-drag.png)"
step "slider groove filled from x=$first to x=$last at y=$y; dragging its handle"
handle=$((last + 6))
xdotool mousemove "$handle" "$y" mousedown 1
for x in $(seq $((handle + 20)) 20 $((handle + 300))); do xdotool mousemove "$x" "$y"; sleep 0.03; done
xdotool mouseup 1
sleep 0.5
shot after-drag
read -r _ _ dragged <<<"$(highlight_run after-drag 300x800+0+0)" || true
((${dragged:-0} > last + 50)) || fail "the drag did not move the slider (filled to x=${dragged:-none}, was $last)"
step "slider filled to x=$dragged"

# 2. Identity activation at the slider's η = 100: diverges.
focus
xdotool key alt+a
sleep 0.2
xdotool key i
sleep 1
shot diverged
red_before=$(count_color after-drag 198 40 40)
red_after=$(count_color diverged 198 40 40)
step "pixels in the diverged colour: $red_before before, $red_after after"
((red_after >= red_before + 100)) || fail "no diverged state shown (diverged.png)"

if $have_mnist; then
    # 3. MNIST tab, Train, until the progress bar is full.
    # Train through the Training menu, with the mouse (the button itself moves down, or out of view, as
    # the settings panel grows): the tab, the menu and its item found by their accessible names.
    atspi "ui.click(ui.find(app, 'page tab', 'MNIST trainer'), settle=1)" \
        "ui.click(ui.find(app, 'menu item', 'Training'))" \
        "ui.click(ui.find(app, 'menu item', 'Train'))" 2>"$work/atspi.log" ||
        { shot mnist; fail "no MNIST tab, Training menu or Train item to click: $(tail -n 1 "$work/atspi.log") (mnist.png)"; }
    step "training 2 epochs on 2,000 images"
    for second in $(seq 120); do
        sleep 1
        shot training
        read -r _ bar_first bar_last <<<"$(highlight_run training 960x500+300+200)" || true
        # Full and across the whole row: while training, the rate and ETA take the row's right end (the
        # bar is full at the end of every epoch); at the end they are cleared and the bar spans the row.
        ((${bar_last:-0} - ${bar_first:-0} > 850)) && break
        ((second < 120)) || fail "training did not finish within 120 s (training.png)"
    done
    sleep 2 # the test pass of the last epoch and its chart point

    # 4. File › Export accuracy chart…, a typed path, Enter.
    png=$work/accuracy.png
    focus
    xdotool key alt+f
    sleep 0.3
    xdotool key a
    sleep 1
    xdotool key ctrl+a
    xdotool type --delay 10 "$png"
    xdotool key Return
    for _ in $(seq 50); do [[ -s $png ]] && break; sleep 0.1; done
    [[ -s $png ]] || { shot export; fail "no PNG at $png (export.png)"; }
    size=$(identify -format '%wx%h' "$png")
    [[ $size == 900x600 ]] || fail "the exported PNG is $size, not the proposed 900x600"
    cp "$png" "$work/exported.png"
    curve=$(count_color exported 0 114 178)
    step "exported $size PNG with $curve pixels of the run's colour"
    ((curve >= 200)) || fail "the exported chart lacks the run's curve (exported.png)"
fi

# 5. Quit with Ctrl+Q; the settings remember η and the activation.
focus
xdotool key ctrl+q
for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$app_pid" 2>/dev/null && fail "the app did not quit within 10 s of Ctrl+Q"
wait "$app_pid" || fail "the app exited with status $?"
app_pid=
settings=$home/.config/BackpropLab/backprop-lab.conf
grep -qx 'values\\eta=100' "$settings" || fail "η = 100 was not remembered: $(grep eta "$settings")"
grep -qx 'activation=identity' "$settings" || fail "the identity activation was not remembered"
$have_mnist && echo "e2e: passed" || echo "e2e: passed, without the MNIST steps 3 and 4"

#!/usr/bin/env bash
# Cold start: the time from launching the app to its first visible window, under Xvfb, with a fresh
# HOME each run (nothing remembered; the set-up's MNIST folder linked in, as a user has it). Prints
# every run, then the median and the maximum. Keep the median under 1 s.
#
#   tests/benchmarks/cold_start.sh [RUNS] [APP]      default: 10 runs of build/ci/app/backprop-lab
set -euo pipefail
runs=${1:-10}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
app=${2:-$repo/build/ci/app/backprop-lab}
[[ -x $app ]] || { echo "no app at $app: build it first (cmake --build --preset ci)" >&2; exit 2; }
source "$repo/tests/e2e/x_session.sh"
x_session_start 1400x900
trap x_session_stop EXIT
data=${XDG_DATA_HOME:-$HOME/.local/share}/backprop-lab/mnist

times=()
for run in $(seq "$runs"); do
    home=$(mktemp -d)
    [[ -d $data ]] && mkdir -p "$home/.local/share/backprop-lab" && ln -s "$data" "$home/.local/share/backprop-lab/mnist"
    start=$(date +%s%N)
    HOME=$home XDG_DATA_HOME= XDG_CONFIG_HOME= QT_QPA_PLATFORM=xcb "$app" >"$home/app.log" 2>&1 &
    pid=$!
    if ! x_session_wait_window 30 >/dev/null; then
        echo "run $run: no window within 30 s; the app said: $(cat "$home/app.log")" >&2
        kill "$pid" 2>/dev/null; exit 1
    fi
    ms=$((($(date +%s%N) - start) / 1000000))
    times+=("$ms")
    printf 'run %2d: %4d ms\n' "$run" "$ms"
    kill "$pid" && wait "$pid" 2>/dev/null || true
    rm -rf "$home"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END {
    median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "cold start over %d runs: median %.0f ms, max %d ms\n", NR, median, t[NR] }'

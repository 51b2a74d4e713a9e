# Sourced by the scripts that drive the real window (tests/e2e/run.sh, tests/benchmarks/cold_start.sh):
# an Xvfb screen of its own, a fresh HOME, and waiting for the window.

# Starts Xvfb on a free display at SIZE (e.g. 1400x900) and exports DISPLAY; x_session_stop ends it.
x_session_start() {
    local size=$1 display
    for display in $(seq 90 140); do
        [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]] && continue
        # -noreset: by default the server resets when its last client leaves, and a client that
        # connects meanwhile (the next run, right after xdotool asked whether it is up) is refused.
        Xvfb ":$display" -screen 0 "${size}x24" -nolisten tcp -noreset >/dev/null 2>&1 &
        x_session_xvfb=$!
        export DISPLAY=:$display
        # Ready when it answers; a display taken by someone else in the meantime makes Xvfb exit.
        local tries
        for tries in $(seq 100); do
            xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
            kill -0 "$x_session_xvfb" 2>/dev/null || break
            sleep 0.05
        done
    done
    echo "could not start Xvfb" >&2
    return 1
}

x_session_stop() {
    [[ -n ${x_session_xvfb:-} ]] && kill "$x_session_xvfb" 2>/dev/null && wait "$x_session_xvfb" 2>/dev/null
    x_session_xvfb=
}

# Prints the id of the app's main window once it is visible, polling every 20 ms (xdotool's own
# --sync polls every half second, too coarse to time a start); fails after TIMEOUT seconds.
x_session_wait_window() {
    local timeout=$1 deadline id
    deadline=$(($(date +%s%N) + timeout * 1000000000))
    while (($(date +%s%N) < deadline)); do
        id=$(xdotool search --onlyvisible --name '^Backprop Lab$' 2>/dev/null | head -n 1) || true
        [[ -n $id ]] && { echo "$id"; return 0; }
        sleep 0.02
    done
    return 1
}

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

# Like x_session_start, plus what a desktop has and Xvfb alone lacks: a window manager (openbox:
# windows are maximised and fitted to the screen as on a laptop), a D-Bus session and the AT-SPI bus
# (the accessibility tree that screen readers, and atspi_session.py, read). Exports what the app needs
# to join them; x_session_stop_desktop ends them all.
x_session_start_desktop() {
    local size=$1 tool
    for tool in openbox dbus-launch /usr/libexec/at-spi-bus-launcher; do
        command -v "$tool" >/dev/null || [[ -x $tool ]] || { echo "missing $tool (packaging/setup.sh installs it)" >&2; return 1; }
    done
    x_session_start "$size" || return 1
    eval "$(dbus-launch --sh-syntax)"
    export DBUS_SESSION_BUS_ADDRESS
    x_session_dbus=$DBUS_SESSION_BUS_PID
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    x_session_atspi=$!
    openbox >/dev/null 2>&1 &
    x_session_wm=$!
    # Qt joins the accessibility bus only when told to, or when a screen reader asks.
    export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
    sleep 1
}

x_session_stop_desktop() {
    local pid
    for pid in ${x_session_wm:-} ${x_session_atspi:-} ${x_session_dbus:-}; do kill "$pid" 2>/dev/null; done
    x_session_wm= x_session_atspi= x_session_dbus=
    x_session_stop
}

# Makes HOME_DIR a fresh home for the app, with a cut of the set-up's MNIST files (the first TRAIN
# training and TEST test images) where the app looks for them, and an empty settings folder.
x_session_fresh_home() { # HOME_DIR TRAIN TEST
    local home=$1 train=$2 test=$3
    local source_data=${BACKPROP_LAB_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/backprop-lab/mnist}
    local data=$home/.local/share/backprop-lab/mnist
    mkdir -p "$data" "$home/.config/BackpropLab"
    # IDX: magic (4 bytes), count (4, big-endian), more sizes, then the items: keep the first COUNT items.
    cut_idx() { # NAME COUNT HEADER_BYTES ITEM_BYTES
        local src=$source_data/$1 count=$2 header=$3 item=$4
        [[ -f $src ]] || { echo "no $src" >&2; return 1; }
        {
            head -c 4 "$src"
            printf "$(printf '\\x%02x\\x%02x\\x%02x\\x%02x' $((count >> 24 & 255)) $((count >> 16 & 255)) \
                $((count >> 8 & 255)) $((count & 255)))"
            head -c "$header" "$src" | tail -c +9
            head -c $((header + count * item)) "$src" | tail -c +$((header + 1))
        } >"$data/$1"
    }
    cut_idx train-images-idx3-ubyte "$train" 16 784 &&
        cut_idx train-labels-idx1-ubyte "$train" 8 1 &&
        cut_idx t10k-images-idx3-ubyte "$test" 16 784 &&
        cut_idx t10k-labels-idx1-ubyte "$test" 8 1
}

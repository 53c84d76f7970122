#!/usr/bin/env bash
# Starts or stops a virtual X display for the UI tests: ./xvfb.sh start|stop <display>, e.g. :95.
# A display that already answers is reused and left running at stop (only a server this script started is
# stopped). Needs Debian's xvfb and xauth packages.
set -euo pipefail
action=$1 display=$2
number=${display#:}
pidfile=${TMPDIR:-/tmp}/cxm-xvfb-$number.pid

alive() {
    [ -e "/tmp/.X11-unix/X$number" ] && xdpyinfo_ok
}
# xdpyinfo is not always installed; a live server has its lock file's pid running.
xdpyinfo_ok() {
    local pid
    pid=$(tr -d ' ' <"/tmp/.X$number-lock" 2>/dev/null) || return 1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

case $action in
start)
    command -v Xvfb >/dev/null || { echo "Xvfb is not installed; install it (apt-get install xvfb xauth) to run the UI tests." >&2; exit 1; }
    if alive; then
        echo "X display $display already runs; the UI tests use it"
        exit 0
    fi
    rm -f "/tmp/.X$number-lock" "/tmp/.X11-unix/X$number"
    Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >"${TMPDIR:-/tmp}/cxm-xvfb-$number.log" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 50); do
        alive && { echo "Xvfb for UI tests runs on display $display"; exit 0; }
        sleep 0.1
    done
    echo "Xvfb did not start on display $display:" >&2
    cat "${TMPDIR:-/tmp}/cxm-xvfb-$number.log" >&2
    exit 1
    ;;
stop)
    if [ -f "$pidfile" ]; then
        kill "$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile"
    fi
    ;;
*)
    echo "usage: $0 start|stop <display>" >&2
    exit 2
    ;;
esac

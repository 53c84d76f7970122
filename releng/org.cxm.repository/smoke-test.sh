#!/usr/bin/env bash
# Smoke test of the materialized headless product, run by the build after the product exists: it must
# start without a display, contain no UI bundle, accept the examples and reject a broken model.
# Usage: smoke-test.sh <product dir> <examples dir>
set -euo pipefail
product=$1 examples=$2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cxm() {
    env -u DISPLAY "$java" -Djava.awt.headless=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$launcher" -install "$product" \
        -data @none -application org.cxm.cli.app "$@"
}

fail() {
    echo "smoke test FAILED: $*" >&2
    exit 1
}

ui=$(ls "$product/plugins" | grep -E '^org\.eclipse\.(swt|jface|ui)|^org\.eclipse\.e4\.ui' || true)
[ -z "$ui" ] || fail "the headless product contains UI bundles: $ui"

cxm validate "$examples"/*.cxm >"$work/out" 2>&1 || fail "examples do not validate: $(cat "$work/out")"
[ "$(grep -c ': 0 errors, 0 warnings$' "$work/out")" -eq "$(ls "$examples"/*.cxm | wc -l)" ] \
    || fail "unexpected output: $(cat "$work/out")"

sed 's/channel="[^"]*"//' "$(ls "$examples"/*.cxm | head -n 1)" >"$work/broken.cxm"
status=0
cxm validate "$work/broken.cxm" >"$work/out" 2>&1 || status=$?
[ "$status" -eq 1 ] || fail "a model without channels should exit 1, exited $status: $(cat "$work/out")"
grep -q 'TOUCHPOINT_CHANNEL_MISSING' "$work/out" || fail "no channel problem reported: $(cat "$work/out")"

status=0
cxm >"$work/out" 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "no arguments should exit 2, exited $status"

echo "smoke test passed: the headless product validates the examples and rejects a broken model"

#!/usr/bin/env bash
# Smoke test of the materialized headless product, run by the build after the product exists: it must
# start without a display, contain no UI bundle, accept the examples, reject a broken model, and prepare
# the demo (generated SuiteCRM and Odoo databases synced into one history) and print its showcase history.
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

cxm demo --dir "$work/demo" --customers 200 >"$work/out" 2>&1 || fail "the demo failed: $(tail -n 30 "$work/out")"
grep -q '^Customer #[0-9]*  Sofia Martins$' "$work/out" || fail "no showcase customer card: $(cat "$work/out")"
grep -q 'merged #[0-9]* into #[0-9]* on .*: same phone +447700900123' "$work/out" \
    || fail "the showcase customer's records are not merged: $(cat "$work/out")"
for system in SuiteCRM Odoo; do
    grep -Eq "^  [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} $system " "$work/out" \
        || fail "the showcase history has nothing from $system: $(cat "$work/out")"
done
grep -Eq ' chat .*\[ended\]$' "$work/out" || fail "the showcase history has no chat: $(cat "$work/out")"
cxm demo --dir "$work/demo" --customers 200 >"$work/out" 2>&1 || fail "the second demo run failed: $(cat "$work/out")"
grep -q '^Reusing the demo' "$work/out" && grep -q '^Read 0,' "$work/out" \
    || fail "the second demo run did not reuse the demo: $(cat "$work/out")"

echo "smoke test passed: the headless product validates the examples, rejects a broken model and runs the demo"

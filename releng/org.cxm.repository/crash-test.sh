#!/usr/bin/env bash
# Crash test of the sync, run by the build after the product exists: kill -9 a sync in the middle of a
# run, sync again, and check that the store ends exactly as after one uninterrupted run: no interaction
# lost, none twice, every value the same.
# Usage: crash-test.sh <product dir> <postgres port>
set -euo pipefail
product=$1 port=$2
here=$(cd "$(dirname "$0")" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar)
h2=$(ls "$product"/plugins/com.h2database_*.jar)
work=$(mktemp -d)
trap '[ -n "${CXM_KEEP:-}" ] || rm -rf "$work"' EXIT

fail() { echo "crash test FAILED: $*" >&2; exit 1; }
psql_() { psql -h 127.0.0.1 -p "$port" -U cxm -X -q -t -A "$@"; }
# Runs the product's sync into store database $1. It execs java, so that in the background $! is the JVM
# itself and kill -9 kills the sync, not a shell around it; call it in a subshell in the foreground.
cxm() {
    exec "$java" -Djava.awt.headless=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$launcher" \
        -install "$product" -configuration "$work/configuration-$1" -data @none -application org.cxm.cli.app \
        sync --model "$work/crm.cxm" --store "jdbc:postgresql://127.0.0.1:$port/$1"
}

"$java" -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$work/crm" -user sa -script "$here/crash-test/source.sql"
sed "s#@URL@#jdbc:h2:file:$work/crm;ACCESS_MODE_DATA=r;FILE_LOCK=NO#" "$here/crash-test/crm.cxm" >"$work/crm.cxm"
cp -r "$product/configuration" "$work/configuration-crashed"
cp -r "$product/configuration" "$work/configuration-clean"
for db in crashed clean; do
    psql_ -d cxm_test -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done
export CXM_STORE_USER=cxm CXM_STORE_PASSWORD=

(cxm clean) >"$work/clean.log" 2>&1 || fail "the clean run failed: $(cat "$work/clean.log")"

cxm crashed >"$work/crashed.log" 2>&1 &
pid=$!
committed=0
for _ in $(seq 1 600); do
    committed=$(psql_ -d crashed -c "SELECT COUNT(*) FROM interaction" 2>/dev/null || echo 0)
    [ "${committed:-0}" -ge 20000 ] && break
    sleep 0.1
done
kill -9 "$pid" 2>/dev/null || fail "the sync finished before it could be killed ($committed committed)"
wait "$pid" 2>/dev/null || true
[ "$committed" -lt 100000 ] || fail "nothing was left to resume ($committed committed)"

(cxm crashed) >"$work/resumed.log" 2>&1 || fail "the resumed run failed: $(cat "$work/resumed.log")"

snapshot() {
    psql_ -d "$1" -c "SELECT i.source_record_id, i.content_hash, i.deleted, s.source_id, i.touchpoint_element_id
        FROM interaction i LEFT JOIN source_customer s ON s.customer_id = i.customer_id ORDER BY 1" >"$work/$1.tsv"
    psql_ -d "$1" -c "SELECT source_id, content_hash FROM source_customer ORDER BY 1" >>"$work/$1.tsv"
}
snapshot clean
snapshot crashed
[ "$(psql_ -d crashed -c 'SELECT COUNT(*) FROM interaction')" = 100000 ] || fail "interactions lost or duplicated"
cmp -s "$work/clean.tsv" "$work/crashed.tsv" || fail "the resumed store differs from a clean run: $(diff "$work/clean.tsv" "$work/crashed.tsv" | head -5)"
aborted=$(psql_ -d crashed -c "SELECT COUNT(*) FROM sync_run WHERE status = 'ABORTED'")
[ "$aborted" = 1 ] || fail "the killed run should be marked ABORTED, found $aborted"

echo "crash test passed: killed after $committed of 100000 calls were committed; the resumed store equals a clean run"

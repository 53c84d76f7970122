#!/usr/bin/env bash
# Crash test of the sync, run by the build after the product exists: kill -9 a sync in the middle of a
# run, sync again, and check that the store ends exactly as after one uninterrupted run: no interaction
# lost, none twice, every value the same. It runs twice: with the CRM read over JDBC (an H2 database) and
# with the same CRM read through its REST API (crash-test/CrashApi.java, a JDK-only HTTP server).
# Usage: crash-test.sh <product dir> <postgres port>
set -euo pipefail
product=$1 port=$2
here=$(cd "$(dirname "$0")" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar)
h2=$(ls "$product"/plugins/com.h2database_*.jar)
work=$(mktemp -d)
api_pid=
trap '[ -z "$api_pid" ] || kill "$api_pid" 2>/dev/null; [ -n "${CXM_KEEP:-}" ] || rm -rf "$work"' EXIT

fail() { echo "crash test FAILED ($source_kind): $*" >&2; exit 1; }
psql_() { psql -h 127.0.0.1 -p "$port" -U cxm -X -q -t -A "$@"; }
# Runs the product's sync of model $1 into store database $2. It execs java, so that in the background $!
# is the JVM itself and kill -9 kills the sync, not a shell around it; call it in a subshell.
cxm() {
    exec "$java" -Djava.awt.headless=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$launcher" \
        -install "$product" -configuration "$work/configuration-$2" -data @none -application org.cxm.cli.app \
        sync --model "$1" --store "jdbc:postgresql://127.0.0.1:$port/$2"
}

snapshot() {
    psql_ -d "$1" -c "SELECT i.source_record_id, i.content_hash, i.deleted, s.source_id, i.touchpoint_element_id
        FROM interaction i LEFT JOIN source_customer s ON s.customer_id = i.customer_id ORDER BY 1" >"$work/$1.tsv"
    psql_ -d "$1" -c "SELECT source_id, content_hash FROM source_customer ORDER BY 1" >>"$work/$1.tsv"
}

# Syncs model $1 once cleanly and once killed after 20,000 calls and resumed; compares the stores.
crash_test() {
    local model=$1 clean=$2 crashed=$3
    for db in "$crashed" "$clean"; do
        rm -rf "$work/configuration-$db"
        cp -r "$product/configuration" "$work/configuration-$db"
        psql_ -d cxm_test -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    done
    (cxm "$model" "$clean") >"$work/$clean.log" 2>&1 || fail "the clean run failed: $(cat "$work/$clean.log")"

    cxm "$model" "$crashed" >"$work/$crashed.log" 2>&1 &
    local pid=$! committed=0
    for _ in $(seq 1 600); do
        committed=$(psql_ -d "$crashed" -c "SELECT COUNT(*) FROM interaction" 2>/dev/null || echo 0)
        [ "${committed:-0}" -ge 20000 ] && break
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || fail "the sync finished before it could be killed ($committed committed)"
    wait "$pid" 2>/dev/null || true
    [ "$committed" -lt 100000 ] || fail "nothing was left to resume ($committed committed)"

    (cxm "$model" "$crashed") >"$work/$crashed-resumed.log" 2>&1 \
        || fail "the resumed run failed: $(cat "$work/$crashed-resumed.log")"

    snapshot "$clean"
    snapshot "$crashed"
    [ "$(psql_ -d "$crashed" -c 'SELECT COUNT(*) FROM interaction')" = 100000 ] || fail "interactions lost or duplicated"
    cmp -s "$work/$clean.tsv" "$work/$crashed.tsv" \
        || fail "the resumed store differs from a clean run: $(diff "$work/$clean.tsv" "$work/$crashed.tsv" | head -5)"
    local aborted
    aborted=$(psql_ -d "$crashed" -c "SELECT COUNT(*) FROM sync_run WHERE status = 'ABORTED'")
    [ "$aborted" = 1 ] || fail "the killed run should be marked ABORTED, found $aborted"
    echo "crash test passed ($source_kind): killed after $committed of 100000 calls were committed; the resumed" \
        "store equals a clean run"
}

export CXM_STORE_USER=cxm CXM_STORE_PASSWORD=

source_kind=JDBC
"$java" -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$work/crm" -user sa -script "$here/crash-test/source.sql"
sed "s#@URL@#jdbc:h2:file:$work/crm;ACCESS_MODE_DATA=r;FILE_LOCK=NO#" "$here/crash-test/crm.cxm" >"$work/crm.cxm"
crash_test "$work/crm.cxm" clean crashed

source_kind=API
"$java" "$here/crash-test/CrashApi.java" "$work/api.port" >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 300); do
    [ -s "$work/api.port" ] && break
    sleep 0.1
done
[ -s "$work/api.port" ] || fail "the API server did not start: $(cat "$work/api.log")"
sed "s#@BASE_URL@#http://127.0.0.1:$(cat "$work/api.port")#" "$here/crash-test/crm-api.cxm" >"$work/crm-api.cxm"
export CRASH_API_TOKEN=crash-token
crash_test "$work/crm-api.cxm" clean_api crashed_api

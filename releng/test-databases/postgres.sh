#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL server for the tests: ./postgres.sh start|stop <data dir> <port>
# The server listens on 127.0.0.1 only, trusts local connections (user cxm, database cxm_test) and runs
# without fsync; it is for tests, never for data. Needs Debian's postgresql package.
# For profiling: CXM_PG_EXTRA adds server options (e.g. "-c shared_preload_libraries=pg_stat_statements"),
# CXM_KEEP_PG=1 leaves the server running after the build so that its statistics can be read.
set -euo pipefail
action=$1 dir=$2 port=$3

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed; install it (apt-get install postgresql) to run the store tests." >&2
    exit 1
fi

# initdb refuses to run as root: run the server as the postgres user then.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The postgres user must reach the data directory; a checkout in a private directory (mktemp -d, a
# home with mode 700) is out of its reach, so the server's files then live under /tmp instead.
if [ "$(id -u)" = 0 ]; then
    mkdir -p "$(dirname "$dir")"
    if ! runuser -u postgres -- test -x "$(dirname "$dir")"; then
        dir=/tmp/cxm-test-postgres-$port-$(printf '%s' "$dir" | md5sum | cut -c1-8)
    fi
fi

case $action in
start)
    if [ -f "$dir/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        echo "PostgreSQL for tests already runs on port $port"
        exit 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" != 0 ] || chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir" -A trust -U cxm --no-sync >"$dir.initdb.log" 2>&1 \
        || { cat "$dir.initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off ${CXM_PG_EXTRA:-}" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U cxm cxm_test
    echo "PostgreSQL for tests runs on 127.0.0.1:$port (database cxm_test, user cxm)"
    ;;
stop)
    [ -z "${CXM_KEEP_PG:-}" ] || exit 0
    if [ -f "$dir/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    fi
    ;;
*)
    echo "usage: $0 start|stop <data dir> <port>" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Starts or stops a throw-away MariaDB server for the tests: ./mariadb.sh start|stop <data dir> <port>
# The server listens on 127.0.0.1 only and has a database cxm_test and a user cxm (password cxm) that
# connects over TCP; it runs without binary log, doublewrite or flush at commit: it is for tests, never
# for data. Needs Debian's mariadb-server package. Works as root (the server then runs with --user=root)
# and as a normal user.
set -euo pipefail
if [ $# -ne 3 ]; then
    echo "usage: $0 start|stop <data dir> <port>" >&2
    exit 2
fi
action=$1 port=$3
dir=$(realpath -m "$2")

find_bin() {
    for name in "$@"; do
        for candidate in "$(command -v "$name" 2>/dev/null || true)" "/usr/sbin/$name" "/usr/bin/$name"; do
            if [ -n "$candidate" ] && [ -x "$candidate" ]; then
                echo "$candidate"
                return 0
            fi
        done
    done
    return 0
}

server=$(find_bin mariadbd mysqld)
install_db=$(find_bin mariadb-install-db mysql_install_db)
client=$(find_bin mariadb mysql)
admin=$(find_bin mariadb-admin mysqladmin)
if [ -z "$server" ] || [ -z "$install_db" ] || [ -z "$client" ] || [ -z "$admin" ]; then
    echo "MariaDB is not installed; install it (apt-get install mariadb-server) to run the tests against MariaDB." >&2
    exit 1
fi

# A Unix socket path may be at most 107 bytes; fall back to the temporary directory for deep data dirs.
socket="$dir/mariadb.sock"
if [ ${#socket} -gt 100 ]; then
    socket="${TMPDIR:-/tmp}/cxm-mariadb-$port.sock"
fi
pidfile="$dir/mariadbd.pid"

# mariadbd refuses to run as root unless told to; a throw-away server may, and then needs no mysql user
# that can reach the data dir.
user_option=()
if [ "$(id -u)" = 0 ]; then
    user_option=(--user=root)
fi

as_root_client() {
    "$client" --no-defaults --protocol=socket --socket="$socket" -u root "$@"
}

running() {
    [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null \
        && "$admin" --no-defaults --protocol=socket --socket="$socket" -u root ping >/dev/null 2>&1
}

case $action in
start)
    if running; then
        echo "MariaDB for tests already runs on port $port"
        exit 0
    fi
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        kill "$(cat "$pidfile")" 2>/dev/null || true
        sleep 2
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    "$install_db" --no-defaults "${user_option[@]}" --datadir="$dir" --auth-root-authentication-method=normal \
        --skip-test-db --skip-name-resolve >"$dir.install.log" 2>&1 \
        || { cat "$dir.install.log" >&2; exit 1; }
    # setsid and closed descriptors: the server outlives this script and does not hold the caller's pipes.
    setsid "$server" --no-defaults "${user_option[@]}" --datadir="$dir" --port="$port" --bind-address=127.0.0.1 \
        --socket="$socket" --pid-file="$pidfile" --log-error="$dir/server.log" --skip-name-resolve \
        --skip-log-bin --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --innodb-buffer-pool-size=128M \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --max-connections=200 \
        </dev/null >>"$dir/server.log" 2>&1 &
    for _ in $(seq 1 60); do
        if running; then
            break
        fi
        if ! kill -0 $! 2>/dev/null; then
            echo "MariaDB for tests did not start:" >&2
            tail -n 20 "$dir/server.log" >&2
            exit 1
        fi
        sleep 0.5
    done
    if ! running; then
        echo "MariaDB for tests did not answer within 30 s:" >&2
        tail -n 20 "$dir/server.log" >&2
        exit 1
    fi
    as_root_client <<'SQL'
CREATE DATABASE IF NOT EXISTS cxm_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'cxm'@'%' IDENTIFIED BY 'cxm';
GRANT ALL PRIVILEGES ON `cxm\_%`.* TO 'cxm'@'%';
FLUSH PRIVILEGES;
SQL
    echo "MariaDB for tests runs on 127.0.0.1:$port (database cxm_test, user cxm, password cxm)"
    ;;
stop)
    if [ -f "$pidfile" ]; then
        pid=$(cat "$pidfile")
        "$admin" --no-defaults --protocol=socket --socket="$socket" -u root shutdown >/dev/null 2>&1 \
            || kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "MariaDB for tests (pid $pid) did not stop within 30 s" >&2
            exit 1
        fi
    fi
    ;;
*)
    echo "usage: $0 start|stop <data dir> <port>" >&2
    exit 2
    ;;
esac

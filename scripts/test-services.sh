#!/usr/bin/env bash
# Starts the services the tests use, on loopback, in throwaway directories:
#   a PostgreSQL 15 cluster (the store tests run on it as well as on SQLite).
# Prints the environment to export; `stop` ends them.
#   eval "$(scripts/test-services.sh start)"; ...; scripts/test-services.sh stop
set -euo pipefail
state=${LAPIS_TEST_SERVICES_DIR:-/tmp/lapis-test-services}
pg_port=${LAPIS_TEST_PG_PORT:-55432}

pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

start_postgres() {
    local bin
    bin=$(pg_bin)
    [ -n "$bin" ] || { echo "# PostgreSQL not installed: store tests run on SQLite only" >&2; return; }
    mkdir -p "$state"
    chown postgres: "$state" 2>/dev/null || true
    if [ ! -f "$state/pg/PG_VERSION" ]; then
        runuser -u postgres -- "$bin/initdb" -D "$state/pg" -A trust -U postgres >/dev/null
    fi
    runuser -u postgres -- "$bin/pg_ctl" -D "$state/pg" -l "$state/pg.log" -w \
        -o "-p $pg_port -k $state -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    PGOPTIONS="-c client_min_messages=warning" runuser -u postgres --whitelist-environment=PGOPTIONS -- "$bin/psql" -h 127.0.0.1 -p "$pg_port" -q -c \
        "DROP DATABASE IF EXISTS lapis_test" -c "CREATE DATABASE lapis_test" >/dev/null
    echo "export LAPIS_TEST_POSTGRES='postgresql://host=127.0.0.1 port=$pg_port dbname=lapis_test user=postgres'"
}

stop_postgres() {
    local bin
    bin=$(pg_bin)
    [ -n "$bin" ] && [ -f "$state/pg/postmaster.pid" ] &&
        runuser -u postgres -- "$bin/pg_ctl" -D "$state/pg" -m fast stop >/dev/null || true
}

case "${1:-}" in
start) start_postgres ;;
stop) stop_postgres ;;
*) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Starts the services the tests use, on loopback, in a throwaway directory:
#   a PostgreSQL cluster (the store tests run on it as well as on SQLite).
# Prints the environment to export; `stop` ends them.
#   eval "$(scripts/test-services.sh start)"; ...; scripts/test-services.sh stop
# (`stop` reads LAPIS_TEST_SERVICES_DIR, which `start` exports.)
set -euo pipefail

pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

start_postgres() {
    local bin state port
    bin=$(pg_bin)
    if [ -z "$bin" ]; then
        echo "# PostgreSQL not installed: store tests run on SQLite only" >&2
        return
    fi
    state=$(mktemp -d /tmp/lapis-test-services.XXXXXX)
    chown postgres: "$state"
    runuser -u postgres -- "$bin/initdb" -D "$state/pg" -A trust -U postgres >/dev/null
    for port in $(seq 55432 55452); do
        if runuser -u postgres -- "$bin/pg_ctl" -D "$state/pg" -l "$state/pg.log" -w \
            -o "-p $port -k $state -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
            PGOPTIONS="-c client_min_messages=warning" runuser -u postgres \
                --whitelist-environment=PGOPTIONS -- "$bin/psql" -h 127.0.0.1 -p "$port" -q \
                -c "CREATE DATABASE lapis_test" >/dev/null
            echo "export LAPIS_TEST_SERVICES_DIR='$state'"
            echo "export LAPIS_TEST_POSTGRES='postgresql://host=127.0.0.1 port=$port dbname=lapis_test user=postgres'"
            echo "PostgreSQL for the tests on 127.0.0.1:$port" >&2
            return
        fi
    done
    echo "# PostgreSQL did not start (see $state/pg.log): store tests run on SQLite only" >&2
}

stop_postgres() {
    local bin state=${LAPIS_TEST_SERVICES_DIR:-}
    bin=$(pg_bin)
    [ -n "$bin" ] && [ -n "$state" ] && [ -f "$state/pg/postmaster.pid" ] || return 0
    runuser -u postgres -- "$bin/pg_ctl" -D "$state/pg" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$state"
}

case "${1:-}" in
start) start_postgres ;;
stop) stop_postgres ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac

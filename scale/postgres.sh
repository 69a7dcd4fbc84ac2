#!/usr/bin/env bash
# A PostgreSQL of the topology's own (Debian's server binaries, on port 25432), so that stopping it
# for fault tests disturbs no other database on the machine.
# Usage: scale/postgres.sh start|stop
set -euo pipefail
source "$(dirname "$0")/lib.sh"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -z $bin ]]; then
    need pg_ctlcluster postgresql
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
data="$SCALE_DIR/postgres"

# PostgreSQL refuses to run as root: as root, its own files belong to the "postgres" user.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "${1:-}" in
    start)
        if [[ ! -f $data/PG_VERSION ]]; then
            mkdir -p "$data"
            [[ $(id -u) -ne 0 ]] || chown postgres "$data"
            as_owner "$bin/initdb" -D "$data" -U koppel --auth=trust -E UTF8 >/dev/null
        fi
        if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
            # A transaction left open by a server that lost it (Payara Micro's ActiveMQ adapter
            # after a broker restart, docs/micro.md) ends after a minute instead of holding its
            # row locks for ever; no Koppel transaction waits that long between statements.
            as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
                -o "-p $POSTGRES_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200 -c idle_in_transaction_session_timeout=60s" start >/dev/null
        fi
        if ! as_owner "$bin/psql" -h 127.0.0.1 -p "$POSTGRES_PORT" -U koppel -d postgres -tAc \
            "select 1 from pg_database where datname = 'koppel'" | grep -q 1; then
            as_owner "$bin/createdb" -h 127.0.0.1 -p "$POSTGRES_PORT" -U koppel koppel
        fi
        log "PostgreSQL on 127.0.0.1:$POSTGRES_PORT, database koppel"
        ;;
    stop)
        if [[ -f $data/PG_VERSION ]]; then
            as_owner "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
        fi
        ;;
    *)
        echo "Usage: $0 start|stop" >&2
        exit 2
        ;;
esac

#!/usr/bin/env bash
# Install (Debian's package) and start a throwaway PostgreSQL server on 127.0.0.1 for the
# tests, create a role and a database, and print their URL on stdout. Idempotent: a server
# already running on the port is reused. Needs root on a clean machine (apt-get, su).
#   PARLEY_PG_PORT (default 54329), PARLEY_PG_DATA (default /tmp/parley-pg-$PORT)
set -euo pipefail
PORT=${PARLEY_PG_PORT:-54329}
DATA=${PARLEY_PG_DATA:-/tmp/parley-pg-$PORT}
URL="postgresql+psycopg://parley:parley@127.0.0.1:$PORT/parley"

log() { echo "postgres.sh: $*" >&2; }

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(bindir)" ]; then
    log "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi
BIN=$(bindir)
if [ -z "$BIN" ]; then log "no PostgreSQL binaries after installing"; exit 1; fi

as_postgres() {
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
    if [ ! -s "$DATA/PG_VERSION" ]; then
        log "initdb in $DATA"
        mkdir -p "$DATA"
        [ "$(id -u)" = 0 ] && chown postgres: "$DATA"
        as_postgres "'$BIN/initdb' -D '$DATA' -U postgres -A trust --no-sync -E UTF8 >/dev/null"
    fi
    log "starting the server on 127.0.0.1:$PORT"
    # fsync off: a test server, thrown away after the run.
    as_postgres "'$BIN/pg_ctl' -D '$DATA' -l '$DATA/server.log' -w -o \
        \"-h 127.0.0.1 -p $PORT -k '$DATA' -c fsync=off -c max_connections=200\" start >/dev/null"
fi

psql() { "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ -z "$(psql -d postgres -c "select 1 from pg_roles where rolname = 'parley'")" ]; then
    psql -d postgres -c "create role parley login createdb password 'parley'"
fi
if [ -z "$(psql -d postgres -c "select 1 from pg_database where datname = 'parley'")" ]; then
    psql -d postgres -c "create database parley owner parley"
fi
echo "$URL"

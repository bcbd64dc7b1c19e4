#!/bin/sh
# The stand-in postgres image's entrypoint: the part of the official image's docker-entrypoint.sh
# the stack uses. On an empty PGDATA: initdb with POSTGRES_USER and POSTGRES_PASSWORD (scram over
# TCP, trust on the local socket), then create POSTGRES_DB. Then runs the command (postgres ...).
# PG_SOCKET_DIR (default /var/run/postgresql) lets `make smoke` run it beside a host's own cluster.
set -eu
sockets=${PG_SOCKET_DIR:-/var/run/postgresql}
: "${POSTGRES_USER:=postgres}" "${POSTGRES_DB:=$POSTGRES_USER}"
if [ "${1:-}" = "postgres" ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -z "${POSTGRES_PASSWORD:-}" ]; then echo "postgres stand-in: POSTGRES_PASSWORD is required" >&2; exit 1; fi
  pwfile=$(mktemp)
  printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
  initdb -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  # A private socket-only start to create the database, as the official image does.
  pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -c unix_socket_directories=$sockets" -w start >/dev/null
  if [ "$POSTGRES_DB" != "postgres" ]; then
    psql -h "$sockets" -U "$POSTGRES_USER" -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE \"$POSTGRES_DB\""
  fi
  pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  echo "postgres stand-in: initialized $PGDATA for $POSTGRES_USER/$POSTGRES_DB"
fi
exec "$@"

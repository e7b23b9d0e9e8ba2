#!/usr/bin/env bash
# bash .ci/postgres.sh COMMAND [ARG…]: run COMMAND with a throwaway PostgreSQL database of its own,
# named by PILOTPLANS_TEST_POSTGRES_URL, and exit with COMMAND's status.
#
# The database is made for this run and no other: created at the start, dropped at the end (also when
# COMMAND fails or the run is interrupted), named from the run — pilotplans_ci_<UTC time>_<this
# script's process id>, e.g. pilotplans_ci_20261205101502_48213 — so that two runs at once on one
# machine (two clean clones) never share one: each rebuild of the PostgreSQL tests replaces its own
# tables, never another run's mid-test. The server and its login role (pilotplans_ci) are the
# machine's, started and created when missing, never stopped or dropped. A run killed outright
# (kill -9) leaves its database behind; its name says when and by which process it was made.
#
# Where PostgreSQL cannot be installed or started, COMMAND runs without the URL (the PostgreSQL tests
# skip), and a line on stderr says so.
set -u
[ $# -gt 0 ] || { echo "usage: bash .ci/postgres.sh COMMAND [ARG…]" >&2; exit 2; }

ROLE=pilotplans_ci
database="${ROLE}_$(date -u +%Y%m%d%H%M%S)_$$"

as_postgres() {  # psql as the server's superuser, quietly, one value a line
  su postgres -c "psql -qtAc \"$1\"" 2>/dev/null
}

server_up() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null 2>&1 || return 1
  fi
  local version
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
  [ -n "$version" ] || return 1
  # already running, or being started by another run at this moment: fine, wait for it (a busy
  # machine's first start, which another run may be waiting on, takes well over ten seconds)
  pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
  for _ in $(seq 60); do
    [ "$(as_postgres "select 1")" = 1 ] && return 0
    sleep 1
  done
  return 1
}

role_there() {  # two runs starting at once may both create it: the loser finds the winner's
  for _ in 1 2 3; do
    [ "$(as_postgres "select 1 from pg_roles where rolname='$ROLE'")" = 1 ] && return 0
    as_postgres "create role $ROLE login superuser password '$ROLE'" >/dev/null
  done
  [ "$(as_postgres "select 1 from pg_roles where rolname='$ROLE'")" = 1 ]
}

drop_database() {
  # WITH (FORCE): a test's connection left open must not keep the database alive (PostgreSQL 13+)
  as_postgres "drop database if exists $database with (force)" >/dev/null \
    || as_postgres "drop database if exists $database" >/dev/null \
    || echo "postgres.sh: could not drop the database $database; drop it by hand" >&2
}

reason=
if ! server_up; then
  reason="no PostgreSQL server could be installed or started here"
elif ! role_there; then
  reason="the login role $ROLE could not be created"
elif ! su postgres -c "createdb -O $ROLE $database" >/dev/null 2>&1; then
  reason="the database $database could not be created"
fi
if [ -z "$reason" ]; then
  trap drop_database EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  export PILOTPLANS_TEST_POSTGRES_URL="postgresql+psycopg://$ROLE:$ROLE@127.0.0.1/$database"
else
  echo "postgres.sh: $reason; the PostgreSQL tests skip" >&2
  unset PILOTPLANS_TEST_POSTGRES_URL
fi
"$@"

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
# (kill -9) leaves its database behind; its name says when and by which process it was made, and the
# next run on the machine drops it before making its own (drop_dead_runs below), with the shared
# pilotplans_ci of the script before, which every run used then and none dropped.
#
# Where PostgreSQL cannot be installed or started, COMMAND runs without the URL (the PostgreSQL tests
# skip), and a line on stderr says so.
set -u
[ $# -gt 0 ] || { echo "usage: bash .ci/postgres.sh COMMAND [ARG…]" >&2; exit 2; }

ROLE=pilotplans_ci
database="${ROLE}_$(date -u +%Y%m%d%H%M%S)_$$"
# CI's limit on a run: a run's database made longer ago than this is of a run that is over
LIMIT_MINUTES=90

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

alive() {  # whether the process $1 is running (kill -0 alone cannot tell one of another user's from none)
  [ -e "/proc/$1" ] || kill -0 "$1" 2>/dev/null
}

drop_dead_runs() {
  # The databases of earlier runs that are certainly over: made (as their name says) longer ago than CI's
  # limit, by a process that is gone. Never one of a run still going — its process is alive, and it is
  # younger than the limit —, nor one whose process id a live process bears now (the id reused: kept, to
  # be safe). No FORCE: a database some session still uses is left, and so is pilotplans_ci, the one
  # database every run shared before, while a run of that script still uses it.
  local now name stamp pid made
  now=$(date -u +%s)
  for name in $(as_postgres "select datname from pg_database where datname ~ '^${ROLE}_[0-9]{14}_[0-9]+\$'"); do
    stamp=${name#"${ROLE}_"}
    pid=${stamp#*_}
    stamp=${stamp%%_*}
    made=$(date -u -d "${stamp:0:4}-${stamp:4:2}-${stamp:6:2} ${stamp:8:2}:${stamp:10:2}:${stamp:12:2}" +%s 2>/dev/null) || continue
    [ $((now - made)) -gt $((LIMIT_MINUTES * 60)) ] && ! alive "$pid" || continue
    if as_postgres "drop database $name" >/dev/null; then  # not IF EXISTS: of two runs at once, one says it
      echo "postgres.sh: dropped $name, left by a run that ended without dropping it" >&2
    fi
  done
  if as_postgres "drop database $ROLE" >/dev/null; then
    echo "postgres.sh: dropped $ROLE, the database every run shared before each had its own" >&2
  fi
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
else
  drop_dead_runs
  su postgres -c "createdb -O $ROLE $database" >/dev/null 2>&1 || reason="the database $database could not be created"
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

#!/usr/bin/env bash
# Start a throwaway PostgreSQL on this machine for the PostgreSQL tests, and print its URL.
# Prints nothing (and the tests skip) where PostgreSQL cannot be installed or started.
set -u
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null 2>&1 || exit 0
fi
version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
[ -n "$version" ] || exit 0
pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in 1 2 3 4 5 6 7 8 9 10; do
  su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname='pilotplans_ci') then create role pilotplans_ci login superuser password 'pilotplans_ci'; end if; end \\\$\\\$;\"" >/dev/null 2>&1 || exit 0
# Create the database when it is missing, never drop it: on a shared machine others may be using it
# (the tests replace what they store in one transaction, so an existing database does as well).
if ! su postgres -c "psql -qtAc \"select 1 from pg_database where datname='pilotplans_ci'\"" 2>/dev/null | grep -q 1; then
  su postgres -c "createdb -O pilotplans_ci pilotplans_ci" >/dev/null 2>&1 || exit 0
fi
echo "postgresql+psycopg://pilotplans_ci:pilotplans_ci@127.0.0.1/pilotplans_ci"

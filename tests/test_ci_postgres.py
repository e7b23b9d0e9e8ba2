"""CI's PostgreSQL (.ci/postgres.sh COMMAND): COMMAND runs with a database of its own, created for the
run, named from it (pilotplans_ci_<UTC time>_<process id>) and dropped when the run ends, also when
COMMAND fails — two runs at once on one machine (two clean clones) never share one, as they shared
pilotplans_ci before, where one run's rebuild replaced the other's tables mid-test. Where no server
can be installed or started, COMMAND runs without a URL and one line says why.

The tests that make databases run inside such a run (.ci/run), as root, as the script makes them as
the server's superuser; the one without a server runs anywhere.

A run first drops the databases earlier runs left behind: of a run killed outright (kill -9), whose
process is gone and which was made more than CI's 90-minute limit ago, and pilotplans_ci, the one every
run shared before. Two runs of these tests at once on one machine (two clean clones) take turns at the
runs they start (:func:`one_at_a_time`): one's run would drop the database the other's test left for its
own run to drop, or see it and say so."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

URL = os.environ.get("PILOTPLANS_TEST_POSTGRES_URL")
SCRIPT = Path(__file__).parents[1] / ".ci" / "postgres.sh"
inside_a_run = pytest.mark.skipif(not URL or os.geteuid() != 0, reason=(
    "runs inside .ci/postgres.sh (PILOTPLANS_TEST_POSTGRES_URL set), as root: the script makes databases as "
    "the server's superuser"))
#: What COMMAND prints: the database its URL names, connected to.
CONNECTED = ("import os, psycopg; url = os.environ['PILOTPLANS_TEST_POSTGRES_URL'].replace('+psycopg', ''); "
             "print(psycopg.connect(url).execute('select current_database()').fetchone()[0])")
OWN_NAME = r"pilotplans_ci_\d{14}_\d+"


@pytest.fixture(autouse=True)
def one_at_a_time():
    """This test holds the machine's lock of these tests while it runs: a test of another clone's run
    starts no run of the script meanwhile."""
    import fcntl

    with open("/tmp/pilotplans-ci-postgres-tests.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def run(*command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["/bin/bash", str(SCRIPT), *command], capture_output=True, text=True, timeout=300, env=env)


def databases() -> set[str]:
    import psycopg

    with psycopg.connect(URL.replace("+psycopg", ""), autocommit=True) as connection:
        return {row[0] for row in connection.execute("select datname from pg_database")}


@inside_a_run
def test_a_run_connects_to_a_database_named_from_the_run():
    result = run(sys.executable, "-c", CONNECTED)
    assert (result.returncode, re.fullmatch(OWN_NAME + "\n", result.stdout) is not None, result.stderr) == (0, True, "")


@inside_a_run
def test_a_run_database_is_dropped_when_the_run_ends():
    made = run(sys.executable, "-c", CONNECTED).stdout.strip()
    assert (made.startswith("pilotplans_ci_"), made in databases()) == (True, False)


@inside_a_run
def test_a_failing_command_gives_the_run_its_status_and_its_database_is_dropped():
    result = run(sys.executable, "-c", CONNECTED + "; raise SystemExit(3)")
    assert (result.returncode, result.stdout.strip() in databases()) == (3, False)


@inside_a_run
def test_two_runs_at_once_each_have_their_own_database():
    # each holds its database while the other makes its own: both are alive at once
    waits = CONNECTED + "; import time; time.sleep(3)"
    runs = [subprocess.Popen(["/bin/bash", str(SCRIPT), sys.executable, "-c", waits], stdout=subprocess.PIPE, text=True)
            for _ in range(2)]
    names = [process.communicate(timeout=300)[0].strip() for process in runs]
    assert (all(re.fullmatch(OWN_NAME, name) for name in names), names[0] != names[1], URL.rsplit("/", 1)[1] in names) == (
        True, True, False)


def test_without_a_server_the_command_runs_without_a_url_and_a_line_says_why(tmp_path):
    # a machine with neither PostgreSQL nor apt-get: only the tools the script names its database with
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("date", "ls", "sort", "tail", "seq"):
        (tools / tool).symlink_to(shutil.which(tool))
    result = run(sys.executable, "-c", "import os; print(os.environ.get('PILOTPLANS_TEST_POSTGRES_URL'))",
                 env={"PATH": str(tools), "PILOTPLANS_TEST_POSTGRES_URL": "postgresql+psycopg://someone@elsewhere/db"})
    assert (result.returncode, result.stdout, result.stderr) == (
        0, "None\n", "postgres.sh: no PostgreSQL server could be installed or started here; the PostgreSQL tests skip\n")


def dead_process() -> int:
    """The id of a process that ran and is gone."""
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def made(name: str) -> str:
    import psycopg

    with psycopg.connect(URL.replace("+psycopg", ""), autocommit=True) as connection:
        connection.execute(f"create database {name}")
    return name


def run_named(minutes_ago: int, pid: int) -> str:
    """A database named as a run's made ``minutes_ago`` by the process ``pid``."""
    from datetime import datetime, timedelta, timezone

    return f"pilotplans_ci_{(datetime.now(timezone.utc) - timedelta(minutes=minutes_ago)):%Y%m%d%H%M%S}_{pid}"


@pytest.fixture()
def left():
    """Databases a test makes, dropped after it if the run it tests kept them."""
    names: list[str] = []
    yield names
    import psycopg

    with psycopg.connect(URL.replace("+psycopg", ""), autocommit=True) as connection:
        for name in names:
            connection.execute(f"drop database if exists {name}")


@inside_a_run
def test_a_run_drops_the_database_a_run_killed_outright_left_over_ninety_minutes_ago(left):
    left.append(made(run_named(91, dead_process())))
    result = run(sys.executable, "-c", "pass")
    said = f"postgres.sh: dropped {left[0]}, left by a run that ended without dropping it\n"
    # nothing said where another clone's run, starting meanwhile, dropped it first
    assert (result.returncode, result.stderr in (said, ""), left[0] in databases()) == (0, True, False)


@inside_a_run
def test_a_run_keeps_the_database_of_a_run_whose_process_is_alive_however_old(left):
    # this test's own process: a run still going, or its id another's now
    left.append(made(run_named(600, os.getpid())))
    result = run(sys.executable, "-c", "pass")
    assert (result.returncode, result.stderr, left[0] in databases()) == (0, "", True)


@inside_a_run
def test_a_run_keeps_the_database_of_a_run_made_within_ninety_minutes_whose_process_is_gone(left):
    # a run of another machine's or container's, whose processes this one cannot see, may still be going
    left.append(made(run_named(89, dead_process())))
    result = run(sys.executable, "-c", "pass")
    assert (result.returncode, result.stderr, left[0] in databases()) == (0, "", True)


@inside_a_run
def test_a_run_keeps_a_database_named_like_a_run_s_but_not_one(left):
    left.append(made(f"pilotplans_ci_{run_named(600, dead_process()).rsplit('_', 2)[1]}_copy"))
    result = run(sys.executable, "-c", "pass")
    assert (result.returncode, result.stderr, left[0] in databases()) == (0, "", True)


@inside_a_run
def test_a_run_drops_the_database_every_run_shared_before(left):
    left.append(made("pilotplans_ci"))
    result = run(sys.executable, "-c", "pass")
    said = "postgres.sh: dropped pilotplans_ci, the database every run shared before each had its own\n"
    # nothing said where another clone's run, starting meanwhile, dropped it first
    assert (result.returncode, result.stderr in (said, ""), "pilotplans_ci" in databases()) == (0, True, False)


@inside_a_run
def test_a_run_keeps_the_database_every_run_shared_before_while_a_session_uses_it(left):
    import psycopg

    left.append(made("pilotplans_ci"))
    with psycopg.connect(URL.replace("+psycopg", "").rsplit("/", 1)[0] + "/pilotplans_ci"):
        result = run(sys.executable, "-c", "pass")
        assert (result.returncode, result.stderr, "pilotplans_ci" in databases()) == (0, "", True)

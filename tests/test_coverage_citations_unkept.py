"""coverage on a database an older pilotplans wrote, keeping no citations (no ``documents.citations``), says so in one
note worded as diff's (pilotplans/cli.py ``_unkept_citations_note``): a plan its title linked would read as linked by
the manifest with no word of why. lineage, which follows national plans and reads no citation, says nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS, curated_copy
from tests.plans import PLAN_FILES, PLANS
from tests.test_old_databases import POSTGRES, on_postgres, postgres_run, run


@pytest.fixture(scope="module")
def store_with_a_title_citing_plan(tmp_path_factory) -> Path:
    """The bundled documents rebuilt, then 武汉's plan — citing its national plan by title alone — stored with
    ``extract --db`` from a folder without a manifest."""
    root = tmp_path_factory.mktemp("citing")
    raw = root / "raw"
    shutil.copytree(SEEDS, raw)
    url = f"sqlite:///{root / 'out' / 'pilotplans.db'}"
    assert run("rebuild", "--raw", str(raw), "--out", str(root / "out")).exit_code == 0
    assert run("extract", str(PLANS / PLAN_FILES["wuhan-2020"]), "--db", url, "-o", str(root / "x.jsonl")).exit_code == 0
    return root / "out"


def test_coverage_of_a_database_keeping_no_citations_says_a_title_link_reads_as_the_manifests(
        store_with_a_title_citing_plan, tmp_path):
    url = curated_copy(store_with_a_title_citing_plan, tmp_path, "ALTER TABLE documents DROP COLUMN citations")
    result = run("coverage", "-f", "table", "-n", "national-2020", "--db", url)
    assert (result.exit_code, result.stderr.splitlines()[0]) == (0, (
        f"note: {url} was written by an older pilotplans (no documents.citations): its local plans read as citing no "
        "plan by title, so a plan its title linked reads as linked by the manifest, and one stored before its national "
        "plan is linked by its 文号 or its measures alone; "
        f"run `pilotplans rebuild --db {url}` to read what they cite"))
    assert "wuhan-2020 → national-2020: linked by the manifest" in result.stdout


def test_coverage_of_a_database_keeping_citations_says_nothing_of_them(store_with_a_title_citing_plan):
    result = run("coverage", "-f", "table", "-n", "national-2020", "--db", f"sqlite:///{store_with_a_title_citing_plan / 'pilotplans.db'}")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "wuhan-2020 → national-2020: linked by the title it cites" in result.stdout


def test_lineage_of_a_database_keeping_no_citations_is_quiet_as_it_follows_national_plans_alone(curated, tmp_path):
    # lineage diffs national plans with one another, and no citation is read or checked between them
    url = curated_copy(curated, tmp_path, "ALTER TABLE documents DROP COLUMN citations")
    result = run("lineage", "-r", "2018", "-r", "2020", "-m", "national-2020:59", "--db", url)  # one programme's rounds
    assert (result.exit_code, result.stderr) == (0, "")


@on_postgres
def test_postgres_database_lacking_only_the_citations_is_read_and_coverage_says_so(national2020, xiamen):
    from pilotplans.store.db import rebuild, shown_url

    rebuild(POSTGRES, [national2020, xiamen])
    postgres_run("ALTER TABLE documents DROP COLUMN citations")
    result = run("coverage", "-n", "national-2020", "--db", POSTGRES)
    assert (result.exit_code, result.stderr.splitlines()[0]) == (0, (
        f"note: {shown_url(POSTGRES)} was written by an older pilotplans (no documents.citations): its local plans read "
        "as citing no plan by title, so a plan its title linked reads as linked by the manifest, and one stored before "
        "its national plan is linked by its 文号 or its measures alone; "
        f"run `pilotplans rebuild --db '{shown_url(POSTGRES)}'` (with the password in place of ***) to read what they "
        "cite"))


def test_the_note_of_the_default_database_asks_for_a_bare_rebuild(store_with_a_title_citing_plan, tmp_path, monkeypatch):
    # a bare `pilotplans rebuild` writes data/curated's database: the note names --db for any other (above), not for it
    (tmp_path / "data" / "raw").mkdir(parents=True)  # the pilotplans folder, where a bare rebuild reads data/raw
    shutil.copytree(store_with_a_title_citing_plan, tmp_path / "data" / "curated")
    with sqlite3.connect(tmp_path / "data" / "curated" / "pilotplans.db") as connection:
        connection.execute("ALTER TABLE documents DROP COLUMN citations")
    connection.close()
    monkeypatch.chdir(tmp_path)
    result = run("coverage", "-n", "national-2020")
    assert (result.exit_code, result.stderr.splitlines()[0]) == (0, (
        "note: sqlite:///data/curated/pilotplans.db was written by an older pilotplans (no documents.citations): "
        "its local plans read as citing no plan by title, so a plan its title linked reads as linked by the manifest, "
        "and one stored before its national plan is linked by its 文号 or its measures alone; run `pilotplans rebuild` "
        "to read what they cite"))

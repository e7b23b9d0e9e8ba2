"""The commands pilotplans advises are worded for the database in use (pilotplans/store/advice.py): a bare
`pilotplans rebuild` writes data/curated's database alone, so the advice about any other names it with --db as the
user gave it — quoted where a shell would split it, its password masked and then said to be masked, since such a
command cannot be pasted as it stands. Before, coverage, the notes on documents stored before a level existed and
serve advised a bare `pilotplans rebuild` of a database given with --db."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.store.advice import extract_advice, rebuild_advice
from tests.conftest import FIXTURES


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture()
def in_a_folder(tmp_path, monkeypatch):
    """The tests run in a folder of their own, where data/curated/pilotplans.db is the default database and data/raw
    the folder a bare rebuild reads, as in the pilotplans folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data" / "raw").mkdir(parents=True)
    return tmp_path


@pytest.mark.parametrize("url", ["sqlite:///data/curated/pilotplans.db", "sqlite:///./data/curated/pilotplans.db", None],
                         ids=["as written", "spelt otherwise", "not given"])
def test_the_default_database_is_advised_a_bare_rebuild(in_a_folder, url):
    assert rebuild_advice(url) == "`pilotplans rebuild`"


def test_another_database_is_named_as_given(in_a_folder):
    assert rebuild_advice("sqlite:///plans/pilotplans.db") == "`pilotplans rebuild --db sqlite:///plans/pilotplans.db`"


def test_a_url_a_shell_would_split_is_quoted(in_a_folder):
    assert rebuild_advice("sqlite:///my plans.db") == "`pilotplans rebuild --db 'sqlite:///my plans.db'`"


def test_a_password_is_masked_and_the_command_says_it_cannot_be_pasted_as_it_is(in_a_folder):
    assert rebuild_advice("postgresql+psycopg://analyst:s3cret@db.example.org/plans") == (
        "`pilotplans rebuild --db 'postgresql+psycopg://analyst:***@db.example.org/plans'` (with the password in place "
        "of ***)")


def test_a_postgresql_url_without_a_password_is_pasted_as_given(in_a_folder):
    # near miss: nothing masked, nothing to say
    assert rebuild_advice("postgresql+psycopg://analyst@db.example.org/plans") == (
        "`pilotplans rebuild --db postgresql+psycopg://analyst@db.example.org/plans`")


def test_extract_is_advised_with_the_default_database_named(in_a_folder):
    # extract stores nothing without --db, the default database's too
    assert extract_advice(None) == "`pilotplans extract FILE --db sqlite:///data/curated/pilotplans.db`"


def test_coverage_of_an_empty_default_database_advises_the_bare_rebuild(in_a_folder):
    from pilotplans.store.db import rebuild, sqlite_url

    (in_a_folder / "data" / "curated").mkdir(parents=True)
    rebuild(sqlite_url("data/curated/pilotplans.db"), [])
    result = run("coverage")
    assert (result.exit_code, result.stderr) == (1, (
        "error: the database holds no document yet: store plans in it with "
        "`pilotplans extract FILE --db sqlite:///data/curated/pilotplans.db`, or build the dataset with "
        "`pilotplans rebuild`\n"))


def test_the_note_on_plans_stored_before_the_county_level_advises_the_bare_rebuild_of_the_default(in_a_folder):
    # near miss of test_document_level_county's note on a --db database: the default one is rebuilt bare
    from pilotplans.ingest.pipeline import read_document
    from pilotplans.store.db import rebuild, sqlite_url

    county = read_document(FIXTURES / "text-tables/blind/dazhu-2016-task-table.html")
    (in_a_folder / "data" / "curated").mkdir(parents=True)
    rebuild(sqlite_url("data/curated/pilotplans.db"), [county.model_copy(update={"level": "municipal"})])
    result = run("documents", "-f", "json", "--level", "county")
    assert (result.exit_code, json.loads(result.stdout), result.stderr.splitlines()[-1]) == (0, [], (
        "note: 1 stored document(s) read municipal have a county-level region (dazhu-2016-task-table (大竹县)): they "
        "were stored before the county level existed (or a manifest gave them municipal); run `pilotplans rebuild` "
        "to re-read them at their level"))


def test_diff_given_the_wrong_way_round_advises_the_diff_on_the_same_database(curated):
    # it advised `pilotplans diff national-2020 xiamen-2020`, which reads data/curated's database, not this one
    url = f"sqlite:///{curated / 'pilotplans.db'}"
    result = run("diff", "xiamen-2020", "national-2020", "--db", url)
    assert result.stderr.splitlines()[-1] == (
        "note: xiamen-2020 (municipal) is given as NATIONAL and national-2020 (national) as LOCAL: this says what "
        "national-2020 did with the measures of xiamen-2020; "
        f"`pilotplans diff national-2020 xiamen-2020 --db {url}` says what xiamen-2020 did with those of national-2020")


def test_lineage_given_rounds_backwards_advises_the_lineage_on_the_same_database(curated):
    url = f"sqlite:///{curated / 'pilotplans.db'}"
    result = run("lineage", "-r", "2020", "-r", "2018", "--db", url)
    assert result.stderr.splitlines()[0] == (
        "note: national-2020 (round 2020) is given before national-2018 (round 2018): the lineage follows the measures "
        f"of national-2020 into national-2018, backwards; `pilotplans lineage -r 2018 -r 2020 --db {url}` follows them "
        "forward")


@pytest.fixture()
def outside(tmp_path, monkeypatch):
    """A folder outside the pilotplans folder: no data/raw for a bare rebuild to read."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_outside_the_pilotplans_folder_the_rebuild_advised_names_the_folder_of_sources(outside):
    # a bare `pilotplans rebuild --db …` there fails: data/raw: no such folder of source documents
    assert rebuild_advice("sqlite:///plans.db") == (
        "`pilotplans rebuild --raw DIR --db sqlite:///plans.db` (DIR: the folder of the source documents, data/raw in "
        "the pilotplans folder; there is none here)")


def test_a_database_named_outside_the_pilotplans_folder_that_is_not_there_is_advised_a_rebuild_that_can_run(outside):
    result = run("documents", "--db", "sqlite:///plans.db")
    assert (result.exit_code, result.stderr) == (1, (
        "error: plans.db: no such database: --db names no file (a typo?); `pilotplans rebuild --raw DIR --db "
        "sqlite:///plans.db` (DIR: the folder of the source documents, data/raw in the pilotplans folder; there is "
        "none here) builds the dataset there\n"))

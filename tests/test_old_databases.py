"""A database this version cannot read — written by an older pilotplans, empty, another program's, locked — is one
line on stderr naming it, what it is and what to do, exit 1, from every command that reads a store
(pilotplans/store/db.py ``read_faults``, ``schema_fault``); a fault of the code reading it stays the traceback it is."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.store.db import StoreError, read_faults
from pilotplans.store.read import statement_rows
from tests.conftest import SEED_FILES, SEEDS, curated_copy

#: Every command reading a store, with the arguments it is given.
READING_COMMANDS = [
    ["documents"], ["measures", "-d", "xiamen-2020"], ["measures", "--warning", "number_gap"], ["search", "数据"],
    ["departments"], ["regions"], ["check"], ["diff", "national-2020", "xiamen-2020"], ["coverage"], ["lineage"],
    ["lineage", "-m", "national-2020:59"],
]


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: " ".join(c))
def test_every_reading_command_names_the_column_an_older_database_lacks(curated, tmp_path, command):
    url = curated_copy(curated, tmp_path, "ALTER TABLE documents DROP COLUMN title")
    result = run(*command, "--db", url)
    assert (result.exit_code, result.stderr.splitlines()) == (1, [
        f"error: {url}: the database was written by an older pilotplans (no documents.title); "
        f"run `pilotplans rebuild --db {url}` to rebuild it"])


def test_extract_into_an_older_database_words_it_as_the_reading_commands_do(curated, tmp_path):
    url = curated_copy(curated, tmp_path, "ALTER TABLE documents DROP COLUMN title")
    result = run("extract", str(SEEDS / SEED_FILES["xiamen-2020"]), "--db", url, "-o", str(tmp_path / "x.jsonl"))
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (1, (
        f"error: {url}: the database was written by an older pilotplans (no documents.title); "
        f"run `pilotplans rebuild --db {url}` to rebuild it"))


@pytest.mark.parametrize(("command", "table"), [(["regions"], "measure_regions"), (["search", "数据"], "measure_fts")],
                         ids=["a table", "the search index"])
def test_an_older_database_without_a_table_is_named_by_the_table_not_as_holding_none(curated, tmp_path, command, table):
    url = curated_copy(curated, tmp_path, f"DROP TABLE {table}")
    result = run(*command, "--db", url)
    assert (result.exit_code, result.stderr) == (1, (
        f"error: {url}: the database was written by an older pilotplans (no {table}); "
        f"run `pilotplans rebuild --db {url}` to rebuild it\n"))


def test_a_database_lacking_only_the_citations_older_versions_kept_none_of_is_still_read(curated, tmp_path):
    url = curated_copy(curated, tmp_path, "ALTER TABLE documents DROP COLUMN citations")
    result = run("documents", "-f", "csv", "--db", url)
    assert (result.exit_code, len(result.stdout.splitlines()), result.stderr) == (0, 6, "")


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: " ".join(c))
def test_every_reading_command_says_another_programs_database_is_none_of_pilotplans(tmp_path, command):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE orders (id INTEGER)")
    connection.close()
    result = run(*command, "--db", f"sqlite:///{path}")
    assert (result.exit_code, result.stderr.splitlines()) == (1, [
        f"error: sqlite:///{path}: not a pilotplans database (no table of pilotplans', only orders): name the "
        "dataset's database with --db (`pilotplans rebuild` makes one)"])


def test_coverage_of_an_empty_database_is_one_line_not_a_traceback(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    url = f"sqlite:///{path}"
    result = run("coverage", "--db", url)
    assert (result.exit_code, result.stderr.splitlines()) == (1, [
        f"error: {url}: the database is empty (no tables): run `pilotplans rebuild --db {url}` to build the dataset in "
        f"it, or `pilotplans extract FILE --db {url}` to store documents in it"])


def test_a_reader_meeting_a_file_another_process_holds_locked_says_so(curated, tmp_path):
    url = curated_copy(curated, tmp_path)
    writer = sqlite3.connect(tmp_path / "pilotplans.db", isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        result = run("search", "数据", "--db", url)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert (result.exit_code, result.stderr) == (1, (
        f"error: {url}: cannot read the database: another process is writing it and holds it locked (a rebuild, or "
        "extract --db); run the command again when it is done\n"))


def test_a_key_error_of_the_code_reading_a_current_database_stays_a_key_error(curated):
    url = f"sqlite:///{curated / 'pilotplans.db'}"
    with pytest.raises(KeyError, match="titel"), read_faults(url):
        statement_rows(url, "SELECT id FROM documents", {})[0]["titel"]


def test_a_search_pattern_the_index_refuses_is_worded_as_the_pattern_not_as_the_database(curated):
    from pilotplans.search import refused_pattern

    url = f"sqlite:///{curated / 'pilotplans.db'}"
    with pytest.raises(StoreError) as raised, refused_pattern(url, "数据"):
        statement_rows(url, "SELECT rowid FROM measure_fts WHERE measure_fts MATCH :q", {"q": '"数据'})
    assert str(raised.value) == (
        f"{url}: the search index refused the pattern made of the query '数据' (unterminated string); search its words "
        "apart, and report the query as a fault of pilotplans, which quotes every word it searches")


def test_another_database_error_under_a_search_keeps_its_own_words(curated, tmp_path):
    from pilotplans.search import refused_pattern

    url = curated_copy(curated, tmp_path, "ALTER TABLE documents DROP COLUMN title")
    with pytest.raises(StoreError, match=r"older pilotplans \(no documents.title\)"), refused_pattern(url, "数据"):
        statement_rows(url, "SELECT title FROM documents", {})


# ----------------------------------------------------------------------------- PostgreSQL

POSTGRES = __import__("os").environ.get("PILOTPLANS_TEST_POSTGRES_URL")
on_postgres = pytest.mark.skipif(not POSTGRES, reason="set PILOTPLANS_TEST_POSTGRES_URL to a PostgreSQL database to run")


def postgres_run(*statements: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(POSTGRES)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def emptied_postgres() -> None:
    """The test database with no table left (pilotplans' dropped, SQLite's index being none of PostgreSQL's)."""
    from sqlalchemy import create_engine

    from pilotplans.store.models import metadata

    engine = create_engine(POSTGRES)
    metadata.drop_all(engine)
    engine.dispose()


@on_postgres
@pytest.mark.parametrize("command", [["documents"], ["search", "数据"], ["coverage"], ["diff", "national-2018", "xiamen-2020"]],
                         ids=lambda c: " ".join(c))
def test_postgres_older_database_is_named_by_the_column_it_lacks(national2018, xiamen, command):
    from pilotplans.store.db import rebuild, shown_url

    rebuild(POSTGRES, [national2018, xiamen])
    postgres_run("ALTER TABLE documents DROP COLUMN title")
    result = run(*command, "--db", POSTGRES)
    shown = shown_url(POSTGRES)
    assert (result.exit_code, result.stderr.splitlines()) == (1, [
        f"error: {shown}: the database was written by an older pilotplans (no documents.title); "
        f"run `pilotplans rebuild --db '{shown}'` (with the password in place of ***) to rebuild it"])


@on_postgres
def test_postgres_empty_database_says_it_is_empty(national2018):
    from pilotplans.store.db import rebuild, shown_url

    rebuild(POSTGRES, [national2018])
    emptied_postgres()
    result = run("documents", "--db", POSTGRES)
    shown = shown_url(POSTGRES)
    assert (result.exit_code, result.stderr.splitlines()) == (1, [
        f"error: {shown}: the database is empty (no tables): run `pilotplans rebuild --db '{shown}'` (with the password "
        f"in place of ***) to build the dataset in it, or `pilotplans extract FILE --db '{shown}'` (with the password in "
        "place of ***) to store documents in it"])


@on_postgres
def test_postgres_database_of_another_program_is_none_of_pilotplans(national2018):
    from pilotplans.store.db import rebuild, shown_url

    rebuild(POSTGRES, [national2018])
    emptied_postgres()
    postgres_run("CREATE TABLE orders (id INTEGER)")
    try:
        result = run("search", "数据", "--db", POSTGRES)
    finally:
        postgres_run("DROP TABLE orders")
    assert (result.exit_code, result.stderr.splitlines()) == (1, [
        f"error: {shown_url(POSTGRES)}: not a pilotplans database (no table of pilotplans', only orders): name the "
        "dataset's database with --db (`pilotplans rebuild` makes one)"])


# ----------------------------------------------------------------------------- another program's table named alike


def other_programs_documents(tmp_path: Path) -> Path:
    """Another program's database holding a table named as pilotplans' (``documents``) with columns of its own."""
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE documents (doc_id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("CREATE TABLE orders (id INTEGER)")
    connection.close()
    return path


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: " ".join(c))
def test_another_programs_table_named_as_pilotplans_is_not_an_older_pilotplans(tmp_path, command):
    # it read "written by an older pilotplans (no bodies, build_info, regions); run `pilotplans rebuild --db URL`", and a
    # rebuild there replaces the other program's file
    path = other_programs_documents(tmp_path)
    result = run(*command, "--db", f"sqlite:///{path}")
    assert (result.exit_code, result.stderr.splitlines()) == (1, [
        f"error: sqlite:///{path}: not a pilotplans database (only documents, orders: documents, named as a table of "
        "pilotplans', holds too few of its columns): name the dataset's database with --db (`pilotplans rebuild` makes one)"])


def test_extract_into_another_programs_table_named_alike_refuses_before_writing(tmp_path):
    path = other_programs_documents(tmp_path)
    result = run("extract", str(SEEDS / SEED_FILES["xiamen-2020"]), "--db", f"sqlite:///{path}", "-o", str(tmp_path / "x.jsonl"))
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (1, (
        f"error: sqlite:///{path}: not a pilotplans database (only documents, orders: documents, named as a table of "
        "pilotplans', holds too few of its columns): name the dataset's database with --db (`pilotplans rebuild` makes one)"))
    with sqlite3.connect(path) as connection:  # no table of pilotplans' made beside its own
        assert sorted(n for (n,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")) == [
            "documents", "orders"]
    connection.close()


def test_an_older_pilotplans_lacking_many_columns_of_one_table_is_still_older(curated, tmp_path):
    # near miss: most of pilotplans' columns kept, a table's several dropped
    url = curated_copy(curated, tmp_path, *(f"ALTER TABLE documents DROP COLUMN {c}" for c in ("title", "issuer", "programme")))
    result = run("documents", "--db", url)
    assert (result.exit_code, result.stderr) == (1, (
        f"error: {url}: the database was written by an older pilotplans (no documents.title, documents.issuer, "
        f"documents.programme); run `pilotplans rebuild --db {url}` to rebuild it\n"))


@on_postgres
def test_postgres_table_of_another_program_named_as_pilotplans_is_none_of_pilotplans(national2018, tmp_path):
    # a rebuild --db there would drop that table with pilotplans' own
    from pilotplans.store.db import rebuild, shown_url

    rebuild(POSTGRES, [national2018])
    emptied_postgres()
    postgres_run("CREATE TABLE documents (doc_id INTEGER, body TEXT)")
    try:
        results = [run("documents", "--db", POSTGRES),
                   run("extract", str(SEEDS / SEED_FILES["xiamen-2020"]), "--db", POSTGRES, "-o", str(tmp_path / "x.jsonl"))]
    finally:
        postgres_run("DROP TABLE documents")
    for result in results:
        assert (result.exit_code, result.stderr.splitlines()[-1]) == (1, (
            f"error: {shown_url(POSTGRES)}: not a pilotplans database (only documents: documents, named as a table of "
            "pilotplans', holds too few of its columns): name the dataset's database with --db (`pilotplans rebuild` makes one)"))


@pytest.mark.parametrize("error", [KeyError(), KeyError(("documents", 1)), KeyError(7)], ids=repr)
def test_a_key_error_naming_no_column_stays_the_key_error_it_is(curated, tmp_path, error):
    # KeyError() ended in an IndexError of read_faults' own; a key that is no column's name is the code's
    url = curated_copy(curated, tmp_path, "ALTER TABLE documents DROP COLUMN title")
    with pytest.raises(KeyError) as raised, read_faults(url):
        raise error
    assert raised.value is error


def test_a_key_error_naming_the_column_an_older_database_lacks_is_worded_as_it(curated, tmp_path):
    url = curated_copy(curated, tmp_path, "ALTER TABLE documents DROP COLUMN title")
    with pytest.raises(StoreError, match=r"older pilotplans \(no documents\.title\)"), read_faults(url):
        raise KeyError("title")

"""``extract --db`` into a SQLite file of pilotplans' writes it in place through Python's sqlite3
(``pilotplans.store.in_place``): the database is the one SQLAlchemy wrote, table by table and row by row; a file
lacking a table or a column of this version's is still written, or refused, through SQLAlchemy."""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pilotplans.api import Dataset
from pilotplans.ingest.pipeline import read_document
from pilotplans.store import db as store_db
from pilotplans.store.db import open_read_only, reading, schema_of, sqlite_url, store_documents
from pilotplans.store.in_place import file_schema
from tests.conftest import FIXTURES
from tests.test_sqlite_build import every_row, master

DOCX = FIXTURES / "national-2025-service-opening.docx"


@pytest.fixture()
def stored(raw, tmp_path) -> Path:
    """The bundled five rebuilt into ``tmp_path/p.db``."""
    Dataset(sqlite_url(tmp_path / "p.db")).rebuild(raw, tmp_path, full=True, workers=1)
    return tmp_path / "p.db"


def _through_sqlalchemy(monkeypatch) -> list[str]:
    """How ``extract --db`` wrote a file before: every file left to SQLAlchemy; the URLs it was asked to write."""
    asked: list[str] = []
    monkeypatch.setattr(store_db, "_stored_in_place", lambda url, path, documents: asked.append(url))
    return asked


def test_documents_stored_in_place_through_sqlite3_are_the_rows_sqlalchemy_stored(stored, tmp_path, monkeypatch):
    document = read_document(DOCX)
    shutil.copy(stored, tmp_path / "core.db")
    store_documents(sqlite_url(stored), [document])
    asked = _through_sqlalchemy(monkeypatch)
    store_documents(sqlite_url(tmp_path / "core.db"), [document])
    assert asked == [sqlite_url(tmp_path / "core.db")]
    plain, core = every_row(stored), every_row(tmp_path / "core.db")
    assert plain == core
    assert len(plain["documents"]) == 6 and len(plain["measure_fts"]) == len(plain["measures"])
    assert master(stored) == master(tmp_path / "core.db")


def test_a_file_lacking_a_table_is_written_through_sqlalchemy_which_makes_it(stored, monkeypatch):
    made = master(stored)
    with sqlite3.connect(stored) as connection:
        connection.execute("DROP TABLE plan_pairs")
    opened = []
    monkeypatch.setattr(store_db, "writing", lambda url, real=store_db.writing: (opened.append(url), real(url))[1])
    store_documents(sqlite_url(stored), [read_document(DOCX)])
    assert opened == [sqlite_url(stored)] and master(stored) == made


def test_a_file_lacking_a_column_is_refused_through_sqlalchemy_as_an_older_versions(stored):
    with sqlite3.connect(stored) as connection:
        connection.execute("ALTER TABLE documents DROP COLUMN programme")
    before = stored.read_bytes()
    with pytest.raises(store_db.StoreError, match=r"written by an older pilotplans \(no documents\.programme\)"):
        store_documents(sqlite_url(stored), [read_document(DOCX)])
    assert stored.read_bytes() == before


@pytest.mark.parametrize("change", [
    (),  # a current file
    ("DROP TABLE plan_pairs", "ALTER TABLE documents DROP COLUMN programme", "CREATE TABLE notes (a)"),
    ("DROP TABLE measure_fts",),
])
def test_a_file_s_schema_is_read_through_sqlite3_as_sqlalchemy_s_inspector_reads_it(stored, change):
    with sqlite3.connect(stored) as connection:
        for statement in change:
            connection.execute(statement)
    with reading(sqlite_url(stored)) as connection:
        expected = schema_of(connection)
    plain = open_read_only(stored)
    try:
        assert file_schema(plain) == expected
    finally:
        plain.close()


def test_another_programs_file_is_told_apart_through_sqlite3(tmp_path):
    with sqlite3.connect(tmp_path / "other.db") as connection:
        connection.execute("CREATE TABLE documents (id, body)")
        connection.execute("CREATE TABLE invoices (id)")
    schema = store_db.stored_schema(sqlite_url(tmp_path / "other.db"))
    assert schema is not None and schema.foreign() and schema.tables == {"documents", "invoices"}
    assert store_db.other_tables(sqlite_url(tmp_path / "other.db")) == ("documents", "invoices")


def _left_mid_transaction(path: Path) -> None:
    """Another program's database at ``path``, its writer killed mid-transaction: a hot journal left beside it."""
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id, amount)")
        connection.executemany("INSERT INTO invoices VALUES (?, ?)", [(i, "x" * 500) for i in range(3000)])
    subprocess.run([sys.executable, "-c", "import os, sqlite3, sys\n"
                    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                    "c.execute('PRAGMA cache_size=1'); c.execute('BEGIN')\n"
                    "c.execute(\"UPDATE invoices SET amount = amount || 'y'\")\n"
                    "os._exit(0)", str(path)], check=True)
    assert path.with_name(path.name + "-journal").stat().st_size > 0


def test_another_programs_file_left_with_a_hot_journal_is_looked_at_through_sqlalchemy(tmp_path, monkeypatch):
    _left_mid_transaction(tmp_path / "other.db")
    opened = []
    monkeypatch.setattr(store_db, "reading", lambda url, real=store_db.reading: (opened.append(url), real(url))[1])
    assert store_db.other_tables(sqlite_url(tmp_path / "other.db")) == ("invoices",)
    assert opened == [sqlite_url(tmp_path / "other.db")]


def test_another_programs_file_read_read_only_is_not_looked_at_through_sqlalchemy(tmp_path, monkeypatch):
    with sqlite3.connect(tmp_path / "other.db") as connection:
        connection.execute("CREATE TABLE invoices (id, amount)")
    opened = []
    monkeypatch.setattr(store_db, "reading", lambda url, real=store_db.reading: (opened.append(url), real(url))[1])
    assert store_db.other_tables(sqlite_url(tmp_path / "other.db")) == ("invoices",)
    assert opened == []


def _current(path: Path) -> bool:
    from pilotplans.store.in_place import current
    from pilotplans.store.statements import PlainSqlite

    db = PlainSqlite.in_place(path, 1.0)
    try:
        db.begin(immediate=True)
        return current(db)
    finally:
        db.close(rollback=True)


def test_a_rebuilt_file_is_current_and_written_in_place(stored):
    assert _current(stored) is True


def test_a_file_lacking_its_search_index_is_not_current_as_its_schema_says(stored):
    # current() and file_schema() read one schema: a file file_schema finds lacking measure_fts is not written in place
    with sqlite3.connect(stored) as connection:
        connection.execute("DROP TABLE measure_fts")
    assert _current(stored) is False

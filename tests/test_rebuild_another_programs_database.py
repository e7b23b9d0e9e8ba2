"""A rebuild names its database with --db, and a --db naming another program's database must not cost that program
its data: on SQLite a rebuild replaces the file whole, so a file that is no SQLite database, a database holding no
table of pilotplans', and a pilotplans database holding another program's tables beside its own are refused in one
line unless --overwrite says to replace them (pilotplans/store/db.py ``replace_fault``, ``tables_not_pilotplans``);
``extract --db`` into another program's database adds pilotplans' tables beside its own and says so
(``other_tables``). Before the mend, `rebuild --db sqlite:///other.db` replaced the file and its tables were gone,
and `rebuild --db sqlite:///README.md` replaced the README with a database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import SEED_FILES, SEEDS
from tests.test_old_databases import POSTGRES, on_postgres, postgres_run


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    """A folder of source documents holding one of the bundled plans (national-2018, the shortest to read)."""
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(SEEDS / SEED_FILES["national-2018"], folder)
    return folder


def database(path: Path, *statements: str) -> Path:
    """A SQLite database at ``path`` made by ``statements``."""
    with sqlite3.connect(path) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()
    return path


def tables(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        names = sorted(n for (n,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    connection.close()
    return names


def rebuild(raw: Path, tmp_path: Path, path: Path, *options: str):
    return run("rebuild", "--raw", str(raw), "--out", str(tmp_path / "out"), "--db", f"sqlite:///{path}", *options)


def test_a_rebuild_refuses_a_database_holding_no_table_of_pilotplans(raw, tmp_path):
    path = database(tmp_path / "notes.db", "CREATE TABLE notes (id INTEGER, body TEXT)", "INSERT INTO notes VALUES (1, '要点')")
    result = rebuild(raw, tmp_path, path)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        f"error: sqlite:///{path}: another program's database (its tables: notes; none is pilotplans'): a rebuild "
        "replaces the file, and they would be lost; name the dataset's database with --db, or give --overwrite to "
        "replace it\n"))
    assert tables(path) == ["notes"]


def test_a_rebuild_refuses_another_programs_table_named_as_pilotplans(raw, tmp_path):
    path = database(tmp_path / "other.db", "CREATE TABLE documents (doc_id INTEGER PRIMARY KEY, body TEXT)")
    result = rebuild(raw, tmp_path, path)
    assert (result.exit_code, result.stderr) == (1, (
        f"error: sqlite:///{path}: another program's database (its tables: documents; none is pilotplans'): a rebuild "
        "replaces the file, and they would be lost; name the dataset's database with --db, or give --overwrite to "
        "replace it\n"))


def test_a_rebuild_refuses_a_file_that_is_no_database(raw, tmp_path):
    path = tmp_path / "README.md"
    path.write_text("# notes\n", encoding="utf-8")
    result = rebuild(raw, tmp_path, path)
    assert (result.exit_code, result.stderr) == (1, (
        f"error: sqlite:///{path}: {path} is no SQLite database, and a rebuild would replace it, what it holds lost: "
        "name the dataset's database with --db, or give --overwrite to replace the file\n"))
    assert path.read_text(encoding="utf-8") == "# notes\n"


def test_a_rebuild_refuses_a_pilotplans_database_holding_another_programs_table(raw, tmp_path):
    path = tmp_path / "pilotplans.db"
    assert rebuild(raw, tmp_path, path).exit_code == 0
    database(path, "CREATE TABLE notes (id INTEGER)")
    result = rebuild(raw, tmp_path, path, "--full")  # a full rebuild makes the file anew
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (1, (
        f"error: sqlite:///{path}: holds tables of another program's beside pilotplans' (notes): a rebuild replaces "
        "the file, and they would be lost; move them to another database, or give --overwrite to replace it"))
    assert "notes" in tables(path)


def test_overwrite_replaces_another_programs_database(raw, tmp_path):
    path = database(tmp_path / "notes.db", "CREATE TABLE notes (id INTEGER)")
    result = rebuild(raw, tmp_path, path, "--overwrite")
    assert (result.exit_code, "notes" in tables(path), "documents" in tables(path)) == (0, False, True)


@pytest.mark.parametrize("made", ["a pilotplans database", "an empty file", "no file"])
def test_a_rebuild_of_a_pilotplans_database_an_empty_file_or_none_asks_for_nothing(raw, tmp_path, made):
    # near misses: nothing is lost there
    path = tmp_path / "pilotplans.db"
    if made == "a pilotplans database":
        assert rebuild(raw, tmp_path, path).exit_code == 0
    elif made == "an empty file":
        path.touch()
    result = rebuild(raw, tmp_path, path, "--full")
    assert (result.exit_code, "error" in result.stderr, "documents" in tables(path)) == (0, False, True)


def test_extract_into_another_programs_database_adds_its_tables_beside_and_says_so(tmp_path):
    path = database(tmp_path / "notes.db", "CREATE TABLE notes (id INTEGER)")
    result = run("extract", str(SEEDS / SEED_FILES["national-2018"]), "--db", f"sqlite:///{path}",
                 "-o", str(tmp_path / "x.jsonl"))
    assert (result.exit_code, result.stderr.splitlines()[-2:]) == (0, [
        f"note: sqlite:///{path} holds another program's tables (notes): pilotplans' tables were made beside them",
        f"stored 1 document(s) in sqlite:///{path}"])
    assert {"notes", "documents", "measures"} <= set(tables(path))


def test_extract_into_a_pilotplans_database_says_nothing_of_tables(tmp_path):
    # near miss: the second extract finds pilotplans' tables, made by the first
    url = f"sqlite:///{tmp_path / 'pilotplans.db'}"
    for _ in range(2):
        result = run("extract", str(SEEDS / SEED_FILES["national-2018"]), "--db", url, "-o", str(tmp_path / "x.jsonl"))
        assert (result.exit_code, result.stderr.splitlines()) == (0, [f"wrote {tmp_path / 'x.jsonl'}",
                                                                      f"stored 1 document(s) in {url}"])


# ----------------------------------------------------------------------------- PostgreSQL: a schema of other tables

def postgres_tables() -> list[str]:
    from sqlalchemy import create_engine, inspect

    engine = create_engine(POSTGRES)
    try:
        return sorted(inspect(engine).get_table_names())
    finally:
        engine.dispose()


@pytest.fixture()
def orders_alone():
    """The test database holding one table of another program's (``orders``, one row) and none of pilotplans'."""
    from sqlalchemy import create_engine

    from pilotplans.store.models import metadata

    engine = create_engine(POSTGRES)
    metadata.drop_all(engine)
    engine.dispose()
    postgres_run("DROP TABLE IF EXISTS orders", "CREATE TABLE orders (id INTEGER)", "INSERT INTO orders VALUES (7)")
    yield
    postgres_run("DROP TABLE IF EXISTS orders")


@on_postgres
def test_postgres_rebuild_beside_another_programs_tables_keeps_them_and_says_so(raw, tmp_path, orders_alone):
    from pilotplans.store.db import shown_url

    result = run("rebuild", "--raw", str(raw), "--out", str(tmp_path / "out"), "--db", POSTGRES)
    assert (result.exit_code, result.stderr.splitlines()[0]) == (0, (
        f"note: {shown_url(POSTGRES)} holds another program's tables (orders): pilotplans' tables were made beside them"))
    postgres_run("INSERT INTO orders SELECT COUNT(*) FROM documents")  # both there, in one schema
    assert {"orders", "documents"} <= set(postgres_tables())


@on_postgres
def test_postgres_extract_beside_another_programs_tables_says_so(tmp_path, orders_alone):
    from pilotplans.store.db import shown_url

    result = run("extract", str(SEEDS / SEED_FILES["national-2018"]), "--db", POSTGRES, "-o", str(tmp_path / "x.jsonl"))
    assert (result.exit_code, result.stderr.splitlines()[-2]) == (0, (
        f"note: {shown_url(POSTGRES)} holds another program's tables (orders): pilotplans' tables were made beside them"))


@on_postgres
def test_postgres_rebuild_refuses_to_drop_another_programs_table_named_as_pilotplans(raw, tmp_path, orders_alone):
    from pilotplans.store.db import shown_url

    postgres_run("CREATE TABLE documents (doc_id INTEGER, body TEXT)")
    try:
        result = run("rebuild", "--raw", str(raw), "--out", str(tmp_path / "out"), "--db", POSTGRES)
        kept = postgres_tables()
    finally:
        postgres_run("DROP TABLE documents")
    assert (result.exit_code, result.stderr, kept) == (1, (
        f"error: {shown_url(POSTGRES)}: another program's database (its tables: documents, orders; none is pilotplans'): "
        "a rebuild would drop documents, named as pilotplans', to make its own; name the dataset's database with --db, "
        "or give --overwrite to drop it\n"), ["documents", "orders"])


def test_tables_beside_pilotplans_are_refused_before_the_readers_start(raw, tmp_path, monkeypatch):
    # a database no rebuild of this version wrote (its build_info emptied, as after an upgrade of pilotplans) carries
    # nothing over, so the rebuild makes the file anew: the refusal came once the readers had been started (their
    # processes spawned, a second of the bundled five's rebuild), when the database was opened to be written
    from pilotplans.api import Dataset
    from pilotplans.ingest import dataset
    from pilotplans.store.db import StoreError

    path = tmp_path / "pilotplans.db"
    assert rebuild(raw, tmp_path, path).exit_code == 0
    database(path, "DELETE FROM build_info", "CREATE TABLE notes (id INTEGER)")
    started: list[object] = []
    monkeypatch.setattr(dataset, "_start_reading", lambda *args, **kwargs: started.append(args))
    with pytest.raises(StoreError, match=r"holds tables of another program's beside pilotplans' \(notes\)"):
        Dataset(f"sqlite:///{path}").rebuild(raw, tmp_path / "out")
    assert (started, "notes" in tables(path)) == ([], True)


def test_sqlites_statistics_in_a_pilotplans_database_are_no_other_programs_tables(raw, tmp_path):
    # near miss: ANALYZE's sqlite_stat1 beside pilotplans' tables (and its search index's) is SQLite's own
    path = tmp_path / "pilotplans.db"
    assert rebuild(raw, tmp_path, path).exit_code == 0
    database(path, "DELETE FROM build_info", "ANALYZE")
    result = rebuild(raw, tmp_path, path)
    assert (result.exit_code, "sqlite_stat1" in tables(path)) == (0, False)


def test_a_rebuild_refuses_a_sqlite_file_it_cannot_read(raw, tmp_path):
    # a database cut short after its header: whose it was cannot be told, and it was replaced without a word
    whole = database(tmp_path / "notes.db", "CREATE TABLE notes (id INTEGER, body TEXT)")
    path = tmp_path / "cut.db"
    path.write_bytes(whole.read_bytes()[:100])
    result = rebuild(raw, tmp_path, path)
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (1, (
        f"error: sqlite:///{path}: {path} cannot be read as a SQLite database (database disk image is malformed), and "
        "a rebuild would replace it, what it holds lost: name the dataset's database with --db, or give --overwrite to "
        "replace the file"))
    assert path.stat().st_size == 100
    assert rebuild(raw, tmp_path, path, "--overwrite").exit_code == 0


def crashed_mid_write(tmp_path: Path, name: str) -> Path:
    """A SQLite database of another program's left as that program left it when it stopped mid-transaction: its
    file and its hot journal (``name``-journal) copied while the transaction held changes spilled to the file."""
    source = database(tmp_path / "source.db", "PRAGMA cache_size = 2", "CREATE TABLE notes (body TEXT)",
                      *["INSERT INTO notes VALUES ('" + "x" * 100 + "')"] * 3000)
    writer = sqlite3.connect(source, isolation_level=None)
    try:
        writer.execute("PRAGMA cache_size = 2")
        writer.execute("BEGIN")
        writer.execute("UPDATE notes SET body = body || 'y'")
        path = tmp_path / name
        shutil.copy(source, path)
        shutil.copy(tmp_path / "source.db-journal", tmp_path / f"{name}-journal")
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    return path


def test_a_rebuild_refuses_a_database_a_stopped_program_left_with_its_journal(raw, tmp_path):
    # before: the read-only look failed on the hot journal (SQLITE_READONLY_ROLLBACK), taken for a lock, and the
    # rebuild replaced the file without a word
    path = crashed_mid_write(tmp_path, "notes.db")
    size = path.stat().st_size
    result = rebuild(raw, tmp_path, path)
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (1, (
        f"error: sqlite:///{path}: {path} was left mid-write by a program that stopped, its journal notes.db-journal "
        "beside it, so whose it is cannot be told, and a rebuild would replace it, what it holds lost: open it with that "
        "program (or sqlite3) to roll it back, name the dataset's database with --db, or give --overwrite to replace "
        "the file"))
    assert path.stat().st_size == size and (tmp_path / "notes.db-journal").exists()


def test_a_database_whose_journal_was_rolled_back_is_judged_by_its_tables(raw, tmp_path):
    # near miss: once a program that may write opened it (the journal rolled back), it is another program's database
    # and said so as any is
    path = crashed_mid_write(tmp_path, "notes.db")
    opened = sqlite3.connect(path)
    assert opened.execute("SELECT count(*) FROM notes").fetchone() == (3000,)
    opened.close()
    assert not (tmp_path / "notes.db-journal").exists()
    result = rebuild(raw, tmp_path, path)
    assert result.exit_code == 1 and "another program's database (its tables: notes" in result.stderr


def test_a_rebuild_reads_a_database_another_connection_is_reading(raw, tmp_path):
    # near miss: a pilotplans database held open (a serve browsing it) is read, not taken for a damaged one
    path = tmp_path / "pilotplans.db"
    assert rebuild(raw, tmp_path, path).exit_code == 0
    database(path, "DELETE FROM build_info")
    reader = sqlite3.connect(path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM measures").fetchone()
        assert rebuild(raw, tmp_path, path).exit_code == 0
    finally:
        reader.close()


REGIONS = "CREATE TABLE regions (id INTEGER PRIMARY KEY, name TEXT, code TEXT, level TEXT, parent_id INTEGER)"


def test_a_rebuild_refuses_another_programs_table_holding_most_of_a_pilotplans_tables_columns(raw, tmp_path):
    # another program's regions (id, name, code, level, parent_id) holds four of the five columns of pilotplans' own:
    # it was taken for an older pilotplans' database, and the rebuild replaced the file without a word
    path = database(tmp_path / "places.db", REGIONS, "INSERT INTO regions VALUES (1, '厦门市', '350200', 'municipal', NULL)")
    result = rebuild(raw, tmp_path, path)
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (1, (
        f"error: sqlite:///{path}: another program's database (its tables: regions; none is pilotplans'): a rebuild "
        "replaces the file, and they would be lost; name the dataset's database with --db, or give --overwrite to "
        "replace it"))
    assert tables(path) == ["regions"]


def test_reading_another_programs_table_holding_most_of_a_pilotplans_tables_columns_advises_no_rebuild(tmp_path):
    # it advised `pilotplans rebuild --db …` (written by an older pilotplans), which would replace the file
    path = database(tmp_path / "places.db", REGIONS)
    result = run("documents", "--db", f"sqlite:///{path}")
    assert (result.exit_code, result.stderr) == (1, (
        f"error: sqlite:///{path}: not a pilotplans database (no documents table, only regions): name the dataset's "
        "database with --db (`pilotplans rebuild` makes one)\n"))


def test_an_older_pilotplans_database_holding_documents_and_few_other_tables_is_rebuilt(raw, tmp_path):
    # near miss: the first pilotplans stored documents, measures and regions alone, with fewer columns
    path = database(tmp_path / "pilotplans.db", "CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT, doc_no TEXT, "
                    "issuer TEXT, date TEXT, level TEXT, region TEXT, programme TEXT, round TEXT, parent TEXT)", REGIONS)
    result = rebuild(raw, tmp_path, path)
    assert (result.exit_code, "measures" in tables(path)) == (0, True)


def test_a_rebuild_refuses_a_pilotplans_database_holding_a_view_of_a_users(raw, tmp_path):
    # a view (a saved query over pilotplans' tables) was lost without a word when a full rebuild made the file anew
    path = tmp_path / "pilotplans.db"
    assert rebuild(raw, tmp_path, path).exit_code == 0
    database(path, "CREATE VIEW national_measures AS SELECT * FROM measures")
    result = rebuild(raw, tmp_path, path, "--full")
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (1, (
        f"error: sqlite:///{path}: holds tables of another program's beside pilotplans' (national_measures): a rebuild "
        "replaces the file, and they would be lost; move them to another database, or give --overwrite to replace it"))


def test_a_full_rebuild_of_a_pilotplans_database_with_an_index_of_a_users_asks_for_nothing(raw, tmp_path):
    # near miss: an index is made again from the data, no table or view
    path = tmp_path / "pilotplans.db"
    assert rebuild(raw, tmp_path, path).exit_code == 0
    database(path, "CREATE INDEX by_text ON measures (text)")
    assert rebuild(raw, tmp_path, path, "--full").exit_code == 0


def test_a_rebuild_refuses_another_programs_tables_named_as_the_three_pilotplans_always_holds(raw, tmp_path):
    # documents, measures and build_info are common names: a SQLite file holding the three was taken for a pilotplans
    # database by their names alone, and the rebuild replaced it, another program's rows lost without a word
    path = database(tmp_path / "library.db", "CREATE TABLE documents (doc_id INTEGER PRIMARY KEY, body TEXT)",
                    "CREATE TABLE measures (reading REAL, unit TEXT)", "CREATE TABLE build_info (step TEXT, took REAL)",
                    "INSERT INTO documents VALUES (1, '借阅记录')")
    result = rebuild(raw, tmp_path, path)
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (1, (
        f"error: sqlite:///{path}: another program's database (its tables: build_info, documents, measures; none is "
        "pilotplans'): a rebuild replaces the file, and they would be lost; name the dataset's database with --db, or "
        "give --overwrite to replace it"))
    assert tables(path) == ["build_info", "documents", "measures"]


def test_an_older_pilotplans_database_holding_the_three_tables_but_not_every_column_is_rebuilt(raw, tmp_path):
    # near miss: a pilotplans database lacking a table and a column added since is told by the columns it holds
    path = tmp_path / "pilotplans.db"
    assert rebuild(raw, tmp_path, path).exit_code == 0
    database(path, "DROP TABLE document_builds", "ALTER TABLE documents DROP COLUMN programme")
    result = rebuild(raw, tmp_path, path)
    assert (result.exit_code, "error" in result.stderr, "document_builds" in tables(path)) == (0, False, True)


@on_postgres
def test_postgres_rebuild_refuses_to_drop_another_programs_regions_holding_most_of_pilotplans_columns(raw, tmp_path,
                                                                                                      orders_alone):
    # another program's regions (id, name, code, level, parent_id) holds four of the five columns of pilotplans' own:
    # no documents table beside it, so the database is another program's, and a rebuild would drop its regions
    from pilotplans.store.db import shown_url

    postgres_run(REGIONS, "INSERT INTO regions VALUES (1, '厦门市', '350200', 'municipal', NULL)")
    try:
        result = run("rebuild", "--raw", str(raw), "--out", str(tmp_path / "out"), "--db", POSTGRES)
        kept = postgres_tables()
    finally:
        postgres_run("DROP TABLE regions")
    assert (result.exit_code, result.stderr, kept) == (1, (
        f"error: {shown_url(POSTGRES)}: another program's database (its tables: orders, regions; none is pilotplans'): "
        "a rebuild would drop regions, named as pilotplans', to make its own; name the dataset's database with --db, "
        "or give --overwrite to drop it\n"), ["orders", "regions"])


@on_postgres
def test_postgres_reading_another_programs_regions_advises_no_rebuild(orders_alone):
    from pilotplans.store.db import shown_url

    postgres_run(REGIONS)
    try:
        result = run("documents", "--db", POSTGRES)
    finally:
        postgres_run("DROP TABLE regions")
    assert (result.exit_code, result.stderr) == (1, (
        f"error: {shown_url(POSTGRES)}: not a pilotplans database (no documents table, only orders, regions): name the "
        "dataset's database with --db (`pilotplans rebuild` makes one)\n"))

"""A rebuild into a new SQLite file writes it through Python's sqlite3 (``pilotplans.store.statements``), its tables
made by the statements SQLAlchemy runs for them (``pilotplans.store.sqlite_schema``): the database is the one
SQLAlchemy wrote, table by table and row by row."""

import os
import sqlite3
import tempfile
from pathlib import Path

from pilotplans.api import Dataset
from pilotplans.store.build import DatasetBuild
from pilotplans.store.db import open_engine, sqlite_url
from pilotplans.store.sqlite_schema import made_schema, sqlite_schema

#: Build facts that name the files' stamps and the time of the rebuild, not what was stored.
STAMPS = ("exports.stamp.", "sources.digests")


def master(path: Path) -> list[tuple[str, ...]]:
    """Every table, index, trigger and view of the database with the statement that made it, sorted: SQLAlchemy makes
    a table's indexes in an order of its own sets, which the hash seed changes from run to run."""
    with sqlite3.connect(path) as connection:
        return sorted(connection.execute("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"))


def every_row(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as connection:
        names = [n for (n,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        rows = {name: connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall() for name in names
                if not name.startswith("measure_fts_")}  # (the FTS5 index's own tables: compared as a whole below)
        rows["measure_fts"] = connection.execute("SELECT rowid, * FROM measure_fts ORDER BY rowid").fetchall()
    rows["build_info"] = [row for row in rows["build_info"] if not row[0].startswith(STAMPS)]
    return rows


def test_a_new_file_gets_the_tables_sqlalchemy_makes(tmp_path):
    from pilotplans.store.models import metadata

    engine = open_engine(sqlite_url(tmp_path / "sqlalchemy.db"), "build")
    with engine.begin() as connection:
        metadata.create_all(connection)
    engine.dispose()
    with sqlite3.connect(tmp_path / "sqlite3.db") as connection:
        for statement in sqlite_schema().statements:
            connection.execute(statement)
    assert master(tmp_path / "sqlite3.db") == master(tmp_path / "sqlalchemy.db")
    assert len(master(tmp_path / "sqlite3.db")) == 61  # 19 tables, the search index's 6, 32 indexes, 3 triggers, a view


def test_the_kept_schema_is_the_one_sqlalchemy_makes_now():
    assert sqlite_schema() == made_schema()
    assert sqlite_schema().to_documents["plan_links"] == ("national_document", "local_document")
    assert sqlite_schema().json["document_builds"] == {"linked", "mentions"}
    assert sqlite_schema().dates["documents"] == {"date"}


def _through_sqlalchemy(self: DatasetBuild) -> None:
    """How a rebuild opened a new SQLite file before: through SQLAlchemy's engine."""
    assert self.target is not None
    handle, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent)
    os.close(handle)
    self.temporary = Path(name)
    self.engine = open_engine(sqlite_url(self.temporary), "build")
    self._begin(drop=False)


def test_a_rebuild_into_a_new_file_stores_every_row_sqlalchemy_stored(raw, tmp_path, monkeypatch):
    Dataset(sqlite_url(tmp_path / "plain" / "p.db")).rebuild(raw, tmp_path / "plain", full=True)
    monkeypatch.setattr(DatasetBuild, "_open_file", _through_sqlalchemy)
    Dataset(sqlite_url(tmp_path / "core" / "p.db")).rebuild(raw, tmp_path / "core", full=True)
    plain, core = every_row(tmp_path / "plain" / "p.db"), every_row(tmp_path / "core" / "p.db")
    assert plain == core
    assert len(plain["measures"]) == 527 and len(plain["plan_links"]) > 0 and len(plain["measure_fts"]) == 527
    assert master(tmp_path / "plain" / "p.db") == master(tmp_path / "core" / "p.db")
    for name in ("measures.csv", "measures.jsonl"):
        assert (tmp_path / "plain" / name).read_bytes() == (tmp_path / "core" / name).read_bytes()


def _changed_and_rebuilt(raw: Path, folder: Path) -> None:
    """A full rebuild into ``folder``, then its first file changed and a rebuild carrying the other four over."""
    url = sqlite_url(folder / "p.db")
    Dataset(url).rebuild(raw, folder, full=True, workers=1)
    first = raw / sorted(p.name for p in raw.glob("*.txt"))[0]
    first.write_bytes(first.read_bytes() + b"\n")
    result = Dataset(url).rebuild(raw, folder, workers=1)
    first.write_bytes(first.read_bytes()[:-1])
    assert result.carried == 4 and result.read == 1


def test_a_rebuild_carrying_documents_over_writes_the_file_in_place_through_sqlite3(raw, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(DatasetBuild, "_begin", lambda self, *, drop: opened.append(drop))
    _changed_and_rebuilt(raw, tmp_path)
    assert opened == []  # SQLAlchemy's engine never opened it


def test_a_rebuild_in_place_through_sqlite3_stores_every_row_sqlalchemy_stored(raw, tmp_path, monkeypatch):
    _changed_and_rebuilt(raw, tmp_path / "plain")
    monkeypatch.setattr(DatasetBuild, "_open_in_place", lambda self: False)  # how a rebuild opened the file in place before
    _changed_and_rebuilt(raw, tmp_path / "core")
    plain, core = every_row(tmp_path / "plain" / "p.db"), every_row(tmp_path / "core" / "p.db")
    assert plain == core
    assert len(plain["measures"]) == 527 and len(plain["measure_fts"]) == 527
    assert master(tmp_path / "plain" / "p.db") == master(tmp_path / "core" / "p.db")
    for name in ("measures.csv", "measures.jsonl"):
        assert (tmp_path / "plain" / name).read_bytes() == (tmp_path / "core" / name).read_bytes()


def _kept_in_place(path: Path) -> None:
    """The stored dataset at ``path`` opened in place, every document kept, and finished."""
    with sqlite3.connect(path) as connection:
        ids = {i for (i,) in connection.execute("SELECT id FROM documents")}
    with DatasetBuild(sqlite_url(path), carry=True) as build:
        build.keep(ids)
        build.finish()


def test_a_view_gone_from_a_file_opened_in_place_is_made_again_as_sqlalchemy_made_it(raw, tmp_path, monkeypatch):
    Dataset(sqlite_url(tmp_path / "p.db")).rebuild(raw, tmp_path, full=True, workers=1)
    made = master(tmp_path / "p.db")
    with sqlite3.connect(tmp_path / "p.db") as connection:
        connection.execute("DROP VIEW measure_browse")
    opened = []
    monkeypatch.setattr(DatasetBuild, "_begin", lambda self, *, drop: opened.append(drop))
    _kept_in_place(tmp_path / "p.db")
    assert master(tmp_path / "p.db") == made and opened == []


def test_a_file_opened_in_place_lacking_a_table_has_it_made_by_sqlalchemy(raw, tmp_path, monkeypatch):
    Dataset(sqlite_url(tmp_path / "p.db")).rebuild(raw, tmp_path, full=True, workers=1)
    made = master(tmp_path / "p.db")
    with sqlite3.connect(tmp_path / "p.db") as connection:  # as a database before a version adding the table holds it
        connection.execute("DROP TABLE plan_pairs")
    opened = []
    monkeypatch.setattr(DatasetBuild, "_begin", lambda self, *, drop, real=DatasetBuild._begin: (opened.append(drop), real(self, drop=drop))[1])
    _kept_in_place(tmp_path / "p.db")
    assert opened == [False] and master(tmp_path / "p.db") == made


def test_a_file_opened_in_place_waits_for_another_writer_and_says_so_when_it_gives_up(raw, tmp_path, monkeypatch):
    import pytest

    from pilotplans.store import db
    from pilotplans.store.db import StoreError

    Dataset(sqlite_url(tmp_path / "p.db")).rebuild(raw, tmp_path, full=True, workers=1)
    monkeypatch.setattr(db, "WRITE_TIMEOUT", 0.2)
    other = sqlite3.connect(tmp_path / "p.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holding the file
    try:
        with pytest.raises(StoreError, match=r"p\.db: cannot write the database: database is locked$"):
            _kept_in_place(tmp_path / "p.db")
    finally:
        other.execute("ROLLBACK")
        other.close()



def _free(path: Path) -> bool:
    """Whether another writer may take the file's write lock at once."""
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        other.close()


def test_a_file_opened_in_place_whose_commit_fails_is_rolled_back_and_let_go_at_once(raw, tmp_path, monkeypatch):
    import pytest

    from pilotplans.store import db
    from pilotplans.store.db import StoreError

    Dataset(sqlite_url(tmp_path / "p.db")).rebuild(raw, tmp_path, full=True, workers=1)
    monkeypatch.setattr(db, "WRITE_TIMEOUT", 0.2)
    with sqlite3.connect(tmp_path / "p.db") as connection:
        ids = sorted(i for (i,) in connection.execute("SELECT id FROM documents"))
    reader = sqlite3.connect(tmp_path / "p.db", isolation_level=None)
    with pytest.raises(StoreError, match=r"p\.db: cannot write the database: database is locked$") as raised:
        with DatasetBuild(sqlite_url(tmp_path / "p.db"), carry=True) as build:
            build.keep(ids[1:])
            reader.execute("BEGIN")  # a reader holding the file as the rebuild commits
            reader.execute("SELECT count(*) FROM documents").fetchall()
            build.finish()
    reader.execute("ROLLBACK")
    reader.close()
    assert raised.value is not None and _free(tmp_path / "p.db")  # (the error, and what it refers to, still alive)
    with sqlite3.connect(tmp_path / "p.db") as connection:
        assert sorted(i for (i,) in connection.execute("SELECT id FROM documents")) == ids


def test_a_file_opened_in_place_is_let_go_when_looking_at_it_fails(raw, tmp_path, monkeypatch):
    import pytest

    from pilotplans.store import in_place

    Dataset(sqlite_url(tmp_path / "p.db")).rebuild(raw, tmp_path, full=True, workers=1)

    def failing(_db: object) -> bool:
        raise RuntimeError("the kept schema could not be read")

    monkeypatch.setattr(in_place, "current", failing)
    with pytest.raises(RuntimeError, match="kept schema") as raised:
        _kept_in_place(tmp_path / "p.db")
    assert raised.value is not None and _free(tmp_path / "p.db")


def test_a_file_opened_in_place_and_finished_is_let_go(raw, tmp_path):
    Dataset(sqlite_url(tmp_path / "p.db")).rebuild(raw, tmp_path, full=True, workers=1)
    _kept_in_place(tmp_path / "p.db")
    assert _free(tmp_path / "p.db")

def test_the_kept_schema_is_read_back_while_the_tables_modules_are_the_same_and_made_again_when_one_differs(tmp_path, monkeypatch):
    from pilotplans.store import sqlite_schema as kept

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path / "cache"))
    made = []
    monkeypatch.setattr(kept, "made_schema", lambda real=kept.made_schema: (made.append(1), real())[1])
    kept.sqlite_schema.cache_clear()
    try:
        first = kept.sqlite_schema()
        kept.sqlite_schema.cache_clear()
        assert kept.sqlite_schema() == first and len(made) == 1  # read back: SQLAlchemy not asked again
        other = tmp_path / "models.py"
        other.write_text("# the tables' module of another version\n", encoding="utf-8")
        monkeypatch.setattr(kept, "_sources", lambda real=kept._sources: (other, *real()[1:]))
        kept.sqlite_schema.cache_clear()
        assert kept.sqlite_schema() == first and len(made) == 2  # another key: made again
    finally:
        kept.sqlite_schema.cache_clear()


def test_the_kept_schema_is_made_again_under_another_sqlalchemy_version(tmp_path, monkeypatch):
    from pilotplans.store import sqlite_schema as kept

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path / "cache"))
    made = []
    monkeypatch.setattr(kept, "made_schema", lambda real=kept.made_schema: (made.append(1), real())[1])
    installed = kept._sources()[-1]
    assert installed.name == "__init__.py" and installed.parent.name == "sqlalchemy"  # the file naming its version
    kept.sqlite_schema.cache_clear()
    try:
        first = kept.sqlite_schema()
        other = tmp_path / "sqlalchemy" / "__init__.py"
        other.parent.mkdir()
        other.write_bytes(installed.read_bytes().replace(b'__version__ = "', b'__version__ = "9.'))
        monkeypatch.setattr(kept, "_sources", lambda real=kept._sources: (*real()[:-1], other))
        kept.sqlite_schema.cache_clear()
        assert kept.sqlite_schema() == first and len(made) == 2  # not read back from the other version's
    finally:
        kept.sqlite_schema.cache_clear()


def _failing(monkeypatch, method: str, part_of_sql: str, error: Exception) -> None:
    """``PlainSqlite.<method>`` raising ``error`` for the statement holding ``part_of_sql``."""
    from pilotplans.store.statements import PlainSqlite

    real = getattr(PlainSqlite, method)

    def failing(self, sql, *args, **kwargs):
        if part_of_sql in sql:
            raise error
        return real(self, sql, *args, **kwargs)

    monkeypatch.setattr(PlainSqlite, method, failing)


def _rebuilt_after_a_first(raw, tmp_path, monkeypatch, method, part_of_sql, error):
    """A full rebuild failing as told, after one that did not; the database's bytes before and after, and the files
    the failed one left beside it."""
    url = sqlite_url(tmp_path / "p.db")
    Dataset(url).rebuild(raw, tmp_path, full=True, workers=1)
    before = (tmp_path / "p.db").read_bytes()
    _failing(monkeypatch, method, part_of_sql, error)
    try:
        Dataset(url).rebuild(raw, tmp_path, full=True, workers=1)
    finally:
        left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("."))
        assert (tmp_path / "p.db").read_bytes() == before and left == []


def test_a_database_error_reading_the_exports_back_is_one_line_naming_the_database(raw, tmp_path, monkeypatch):
    import pytest

    from pilotplans.store.db import StoreError

    with pytest.raises(StoreError) as error:
        _rebuilt_after_a_first(raw, tmp_path, monkeypatch, "rows", "AS BLOB)",
                               sqlite3.OperationalError("database or disk is full"))
    assert str(error.value) == f"{sqlite_url(tmp_path / 'p.db')}: cannot write the database: database or disk is full"


def test_a_database_error_reading_the_kept_sheets_back_is_one_line_naming_the_database(raw, tmp_path, monkeypatch):
    import pytest

    from pilotplans.store.db import StoreError

    with pytest.raises(StoreError) as error:
        _rebuilt_after_a_first(raw, tmp_path, monkeypatch, "rows", "SELECT document_id, sheet,",
                               sqlite3.OperationalError("disk I/O error"))
    assert str(error.value) == f"{sqlite_url(tmp_path / 'p.db')}: cannot write the database: disk I/O error"


def test_an_error_not_the_databases_reading_the_exports_back_stays_itself(raw, tmp_path, monkeypatch):
    import pytest

    with pytest.raises(ValueError, match="^not the database's$"):
        _rebuilt_after_a_first(raw, tmp_path, monkeypatch, "rows", "AS BLOB)", ValueError("not the database's"))


def _statements_made_under(seed: str) -> str:
    import subprocess
    import sys

    code = "from pilotplans.store.sqlite_schema import made_schema; print('|'.join(made_schema().statements))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONHASHSEED": seed}, cwd=Path(__file__).parent.parent).stdout


def test_the_schema_is_made_alike_under_any_hash_seed():
    # SQLAlchemy makes a table's indexes in an order its sets take from the hash seed: the schema kept by one rebuild
    # was another's in another process, and the test above failed in CI by the seed it drew
    assert _statements_made_under("1") == _statements_made_under("2")


def test_sorting_the_indexes_moves_no_other_statement():
    # near miss of the sorting above: only a run of index statements is put in order; tables, the search index, its
    # triggers and the view stay where SQLAlchemy ran them, each index after its table
    from pilotplans.store.sqlite_schema import _indexes_sorted

    made = ["CREATE TABLE b (id INT)", "CREATE INDEX ix_b_z ON b (z)", "CREATE UNIQUE INDEX ix_b_a ON b (a)",
            "CREATE TABLE a (id INT)", "CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END",
            "CREATE INDEX ix_a_y ON a (y)", "CREATE INDEX ix_a_b ON a (b)"]
    assert _indexes_sorted(made) == (
        "CREATE TABLE b (id INT)", "CREATE INDEX ix_b_z ON b (z)", "CREATE UNIQUE INDEX ix_b_a ON b (a)",
        "CREATE TABLE a (id INT)", "CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END",
        "CREATE INDEX ix_a_b ON a (b)", "CREATE INDEX ix_a_y ON a (y)")
    kept = sqlite_schema().statements
    assert kept.index(next(s for s in kept if "ix_measures_number" in s)) > kept.index(
        next(s for s in kept if s.lstrip().startswith("CREATE TABLE measures ")))

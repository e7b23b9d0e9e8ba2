"""SQLite's search index (``measure_fts``) filled in one statement a batch: the search rows go in through a staging
table and one ``INSERT … SELECT``, so that FTS5 writes a batch's terms once rather than a segment per row. The
index's own tables are laid out otherwise than a row-by-row fill leaves them; what a user sees — the measures a
search finds, their order, scores, fields and snippets — is the same, and an incremental rebuild keeps the index in
step with the rows."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from pilotplans import Dataset
from pilotplans.store.bulk import write_documents
from pilotplans.store.db import load_documents, sqlite_url
from tests.conftest import build

#: Every search the README shows (the command, the API's example), and the search command's other forms: a query's
#: parts, function words mixed in, a part of a word, and each filter.
SEARCHES = [
    ("跨境数据", dict(limit=2)),
    ("跨境数据", dict(limit=4)),
    ("银保监", dict(document=["xiamen-2020"], limit=3)),
    ("跨境数据", dict(document=["xiamen-2020"])),
    ("银保监", dict(department=["银保监会"])),
    ("跨境数据", dict(department=["商务部"], region=["厦门"])),
    ("跨境数据", dict(round=2025)),
    ("跨境数据", dict(scope="listed")),
    ("数据 跨境", dict(limit=None)),
    ("数据的流动", dict(limit=None)),
    ("银保监", dict(limit=None)),
    ("先行先试", dict(limit=None)),
]


def hits(url: str | Path, query: str, options: dict) -> list[tuple]:
    return [(h.document, h.number, h.score, h.field, h.snippet) for h in Dataset(url).search(query, **options)]


def filled_row_by_row(curated: Path, tmp_path: Path) -> Path:
    """The bundled database with its search rows taken out and put back one statement a row (one ``executemany``), the
    trigger filling the index row by row as it did before the staging table."""
    path = tmp_path / "row_by_row.db"
    shutil.copyfile(curated / "pilotplans.db", path)
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT * FROM measure_search ORDER BY measure_id").fetchall()
        connection.execute("DELETE FROM measure_search")
        connection.execute("INSERT INTO measure_fts(measure_fts) VALUES ('delete-all')")
        connection.executemany(f"INSERT INTO measure_search VALUES ({', '.join('?' * len(rows[0]))})", rows)
    connection.close()
    return path


def index_tables(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        found = connection.execute("SELECT * FROM measure_fts_data ORDER BY id").fetchall()
    connection.close()
    return found


def index_matches_rows(path: Path) -> None:
    """FTS5's own check of the index against the rows it indexes (raises when a row's words are missing or stale)."""
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO measure_fts(measure_fts, rank) VALUES ('integrity-check', 1)")
    connection.close()


@pytest.fixture(scope="module")
def row_by_row(curated, tmp_path_factory) -> Path:
    return filled_row_by_row(curated, tmp_path_factory.mktemp("row_by_row"))


def test_the_rebuild_s_index_is_laid_out_otherwise_than_a_row_by_row_fill(curated, row_by_row):
    # the premise of the comparisons below: the two indexes differ in their own tables
    assert index_tables(curated / "pilotplans.db") != index_tables(row_by_row)


@pytest.mark.parametrize(("query", "options"), SEARCHES, ids=[f"{q} {o}" for q, o in SEARCHES])
def test_a_search_finds_what_the_row_by_row_index_finds(curated, row_by_row, query, options):
    found = hits(curated / "pilotplans.db", query, options)
    assert found, "the search must find something for the comparison to say anything"
    assert found == hits(row_by_row, query, options)


def test_the_rebuild_s_index_matches_its_rows(curated):
    index_matches_rows(curated / "pilotplans.db")


def test_an_index_out_of_step_with_its_rows_is_caught(curated, tmp_path):
    # the near miss of the check above: a row changed behind the index's back fails FTS5's own check
    path = tmp_path / "stale.db"
    shutil.copyfile(curated / "pilotplans.db", path)
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TRIGGER measure_search_updated")
        connection.execute("UPDATE measure_search SET text = 'zzz' WHERE measure_id = (SELECT min(measure_id) FROM measure_search)")
    connection.close()
    with pytest.raises(sqlite3.DatabaseError):
        index_matches_rows(path)


def test_the_search_rows_go_in_through_one_insert_select_and_other_tables_straight(curated, tmp_path):
    path = tmp_path / "written.db"
    shutil.copyfile(curated / "pilotplans.db", path)
    documents = [d for d in load_documents(sqlite_url(path)) if d.id == "xiamen-2020"]
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("DELETE FROM documents WHERE id = 'xiamen-2020'")
    connection.close()
    seen: list[str] = []
    from pilotplans.store.statements import PlainSqlite

    db = PlainSqlite.in_place(path, 5.0)
    db.connection.set_trace_callback(seen.append)
    db.begin()
    write_documents(db, documents)
    db.commit()
    db.close()
    def ran(start: str) -> int:
        return sum(s.startswith(start) for s in seen)

    assert ran('INSERT INTO temp."staged_measure_search" (') == 88  # xiamen-2020's measures, staged
    # (at least one: the trace gives the statement's text again for each step of the trigger it runs)
    assert ran('INSERT INTO main."measure_search" (') >= 1
    assert all('FROM temp."staged_measure_search"' in s for s in seen if s.startswith('INSERT INTO main."measure_search" ('))
    assert ran('INSERT INTO "measure_search" (') == 0
    assert [s for s in seen if "staged_measure_search" in s][-1] == 'DROP TABLE IF EXISTS temp."staged_measure_search"'
    # the near miss: a table no trigger indexes goes in straight, a statement a row, nothing staged
    assert ran('INSERT INTO "measures" (') == 88
    assert not any("staged_measures" in s for s in seen)
    index_matches_rows(path)
    assert hits(path, "跨境数据", dict(document=["xiamen-2020"])) == hits(curated / "pilotplans.db", "跨境数据", dict(document=["xiamen-2020"]))


def _xiamen_written_again(curated: Path, tmp_path: Path, *, taken: bool) -> tuple[Path, list]:
    """A copy of the bundled database without xiamen-2020, and that document to write back; ``taken``: a search row
    already holds the key its first measure will get (a row left behind), so that the INSERT … SELECT fails."""
    path = tmp_path / "again.db"
    shutil.copyfile(curated / "pilotplans.db", path)
    documents = [d for d in load_documents(sqlite_url(path)) if d.id == "xiamen-2020"]
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("DELETE FROM documents WHERE id = 'xiamen-2020'")
    if taken:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("INSERT INTO measure_search (measure_id, document_id, text, heading, responsibility, remarks) "
                           "SELECT max(id) + 1, 'xiamen-2020', '', '', '', '' FROM measures")
    connection.close()
    return path, documents


def _write(path: Path, documents: list) -> tuple[list[tuple], BaseException | None]:
    """``documents`` written on one connection; the temporary tables it holds afterwards, and the error raised."""
    from pilotplans.store.statements import PlainSqlite

    db = PlainSqlite.in_place(path, 5.0)
    db.begin()
    try:
        write_documents(db, documents)
        error = None
    except sqlite3.Error as exc:
        error = exc
    left = db.connection.execute("SELECT name FROM sqlite_temp_master").fetchall()
    db.close(rollback=True)
    return left, error


def test_a_write_failing_at_the_insert_select_leaves_no_staging_table(curated, tmp_path):
    left, error = _write(*_xiamen_written_again(curated, tmp_path, taken=True))
    assert isinstance(error, sqlite3.IntegrityError)
    assert "measure_search.measure_id" in str(error)
    assert left == []


def test_a_write_that_succeeds_leaves_no_staging_table(curated, tmp_path):
    # the near miss of the test above: nothing fails, the table is dropped all the same
    left, error = _write(*_xiamen_written_again(curated, tmp_path, taken=False))
    assert (left, error) == ([], None)


def _leave_out(raw: Path, file: str) -> str:
    """Take ``file``'s entry out of ``raw``'s manifest (the file moved aside); its entry, to put back."""
    manifest = raw / "manifest.toml"
    text = manifest.read_text("utf-8")
    start = text.index(f'[[document]]\nfile = "{file}"')
    end = text.find("[[document]]", start + 1)
    entry = text[start:] if end < 0 else text[start:end]
    manifest.write_text(text.replace(entry, ""), "utf-8")
    return entry


def test_an_incremental_rebuild_keeps_the_index_in_step_with_the_rows(raw, tmp_path):
    # national-2025 added, national-2018 removed and one measure of xiamen-2020 changed, in one incremental rebuild
    aside = tmp_path / "aside"
    aside.mkdir()
    shutil.move(raw / "002_e688f04ce005bf43.txt", aside)
    added = _leave_out(raw, "002_e688f04ce005bf43.txt")
    out = tmp_path / "out"
    build(raw, out)
    assert ("xiamen-2020", 8) in [(d, n) for d, n, *_ in hits(out / "pilotplans.db", "全国首创", {})]
    assert hits(out / "pilotplans.db", "数据", dict(document=["national-2018"]))

    shutil.move(aside / "002_e688f04ce005bf43.txt", raw)
    (raw / "manifest.toml").write_text((raw / "manifest.toml").read_text("utf-8") + "\n" + added, "utf-8")
    (raw / "001_49e808efe8358f81.txt").unlink()
    _leave_out(raw, "001_49e808efe8358f81.txt")
    xiamen = raw / "003_0b1b6885711b46b3.txt"
    xiamen.write_text(xiamen.read_text("utf-8").replace("拟先行先试，形成全国首创举措", "拟先行先试，形成可复制推广经验", 1), "utf-8")
    result = build(raw, out)
    assert (result.read, result.carried) == (2, 2)

    db = out / "pilotplans.db"
    index_matches_rows(db)
    assert [(d, n) for d, n, *_ in hits(db, "全国首创", {})] == [
        ("xiamen-2020", 25), ("xiamen-2020", 55), ("xiamen-2020", 86), ("xiamen-2020", 68)]
    assert ("xiamen-2020", 8, "remarks") in [(d, n, f) for d, n, _s, f, _t in hits(db, "可复制推广", {})]
    assert "national-2018" not in {d for d, *_ in hits(db, "数据", dict(limit=None))}
    assert {d for d, *_ in hits(db, "先行先试", dict(limit=None))} >= {"national-2025"}
    build(raw, tmp_path / "full", full=True)
    for query, options in SEARCHES:
        if "national-2018" not in str(options):
            assert hits(db, query, options) == hits(tmp_path / "full" / "pilotplans.db", query, options), query

"""Each warning is one row of the ``warnings`` table: a heading's warning, which the reader adds to
its document's warnings too, was stored twice (once with the heading's key, once as the
document's), so that national-2020 had 20 rows where `documents` counts 15."""

from __future__ import annotations

import sqlite3

import pytest

from pilotplans import Dataset, read
from tests.conftest import SEEDS

NATIONAL_2020 = SEEDS / "000_e0aac6ab09a0c8fd.txt"
XIAMEN = SEEDS / "003_0b1b6885711b46b3.txt"


def pairs(warnings) -> list[tuple[str, str]]:
    return [(w.code, w.message) for w in warnings]


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    path = tmp_path_factory.mktemp("once") / "plans.db"
    documents = [read(NATIONAL_2020), read(XIAMEN)]
    Dataset(f"sqlite:///{path}").store(documents)
    return path, {d.id: d for d in documents}


def test_a_headings_warning_is_one_row_with_the_headings_key(stored):
    path, read_back = stored
    document = read_back["national-2020"]
    on_headings = [w for t in document.tables for h in t.headings for w in h.warnings]
    assert len(on_headings) == 5 and all(w in document.warnings for w in on_headings)
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT COUNT(*), COUNT(heading_id), COUNT(measure_id) FROM warnings WHERE document_id = ?",
                          (document.id,)).fetchone()
    assert rows == (len(document.warnings) + sum(len(m.warnings) for m in document.measures), 5,
                    sum(len(m.warnings) for m in document.measures))


def test_a_document_read_back_has_each_warning_where_it_was_once(stored):
    path, read_back = stored
    document = read_back["national-2020"]
    loaded = Dataset(f"sqlite:///{path}").document("national-2020")
    assert pairs(loaded.warnings) == pairs(document.warnings)
    assert [pairs(h.warnings) for t in loaded.tables for h in t.headings] == \
        [pairs(h.warnings) for t in document.tables for h in t.headings]


def test_a_document_without_heading_warnings_stores_none_with_a_headings_key(stored):
    path, read_back = stored
    document = read_back["xiamen-2020"]
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT COUNT(*), COUNT(heading_id) FROM warnings WHERE document_id = ?", (document.id,)).fetchone()
    assert rows == (len(document.warnings) + sum(len(m.warnings) for m in document.measures), 0)
    assert pairs(Dataset(f"sqlite:///{path}").document("xiamen-2020").warnings) == pairs(document.warnings)


def as_an_older_pilotplans_stored_it(path, document) -> None:
    """The warnings of ``document`` laid out as before each was stored once: its headings' rows
    with their keys, then every warning of the document (its headings' among them) without."""
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM warnings WHERE document_id = ? AND measure_id IS NULL AND heading_id IS NULL", (document.id,))
        first = db.execute("SELECT MAX(id) FROM warnings").fetchone()[0] + 1
        db.executemany("INSERT INTO warnings (id, document_id, code, message) VALUES (?, ?, ?, ?)",
                       [(first + i, document.id, w.code, w.message) for i, w in enumerate(document.warnings)])


def test_a_database_an_older_pilotplans_wrote_reads_back_each_headings_warning_once(tmp_path):
    # read without a rebuild, the document's copy of a heading's warning was read besides the
    # heading's row: national-2020 read back with 11 warnings where it has 6
    document = read(NATIONAL_2020)
    path = tmp_path / "older.db"
    Dataset(f"sqlite:///{path}").store([document])
    as_an_older_pilotplans_stored_it(path, document)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM warnings WHERE heading_id IS NOT NULL").fetchone() == (5,)
        assert db.execute("SELECT COUNT(*) FROM warnings WHERE measure_id IS NULL AND heading_id IS NULL").fetchone() == \
            (len(document.warnings),)
    loaded = Dataset(f"sqlite:///{path}").document("national-2020")
    assert pairs(loaded.warnings) == pairs(document.warnings)
    assert [pairs(h.warnings) for t in loaded.tables for h in t.headings] == \
        [pairs(h.warnings) for t in document.tables for h in t.headings]


def test_the_headers_coverage_sorts_hold_each_documents_warnings_once_in_either_layout(tmp_path):
    from pilotplans.diff.stored import stored_headers

    document = read(NATIONAL_2020)
    path = tmp_path / "older.db"
    Dataset(f"sqlite:///{path}").store([document])
    (header,) = stored_headers(f"sqlite:///{path}")
    assert pairs(header.warnings) == pairs(document.warnings)
    as_an_older_pilotplans_stored_it(path, document)
    (header,) = stored_headers(f"sqlite:///{path}")
    assert pairs(header.warnings) == pairs(document.warnings)

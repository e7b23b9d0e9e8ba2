"""A rebuild with little to read reads it in one worker process of its own, while this process
opens the database (:func:`pilotplans.ingest.dataset.rebuild_dataset`); a PDF or a scan is read in
this process, where its pages may have processes of their own."""

import shutil

from pilotplans.ingest import parallel
from pilotplans.ingest.dataset import _paged, rebuild_dataset
from pilotplans.ingest.digests import FACT
from pilotplans.ingest.staging import CSV_NAME, JSONL_NAME, XLSX_NAME, stamp_fact
from pilotplans.store.db import sqlite_url
from tests.conftest import FIXTURES, SEEDS, recorded_pools


def test_the_five_texts_are_read_in_one_worker_of_their_own_and_give_the_exports_of_one_read_here(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    asked = recorded_pools(monkeypatch)
    rebuild_dataset(raw, tmp_path / "background", sqlite_url(tmp_path / "background" / "p.db"), full=True)
    assert asked[0] == (5, 1, True)
    rebuild_dataset(raw, tmp_path / "here", sqlite_url(tmp_path / "here" / "p.db"), full=True, workers=1)
    assert asked[-1] == (2, 1, False)  # the two local plans' diffs, in this process too
    for name in (CSV_NAME, JSONL_NAME, XLSX_NAME):
        assert (tmp_path / "background" / name).read_bytes() == (tmp_path / "here" / name).read_bytes()


def test_a_pdf_or_a_scan_is_paged_and_a_text_or_a_docx_is_not(tmp_path):
    assert _paged(FIXTURES / "xiamen-tasks.pdf")
    assert _paged(FIXTURES / "scans" / "national-2025-p8.photo.jpg")
    assert not _paged(SEEDS / "003_0b1b6885711b46b3.txt")
    assert not _paged(FIXTURES / "xiamen-tasks.docx")
    assert not _paged(tmp_path / "missing.pdf")  # a file that cannot be opened: its reader says why


def test_a_pdf_among_few_files_is_read_in_this_process(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(FIXTURES / "xiamen-tasks.pdf", raw)
    shutil.copy(SEEDS / "003_0b1b6885711b46b3.txt", raw)
    asked = recorded_pools(monkeypatch)
    rebuild_dataset(raw, tmp_path / "out", sqlite_url(tmp_path / "out" / "p.db"), full=True)
    assert asked[0] == (2, 1, False)


def test_a_full_rebuild_starts_reading_before_it_works_out_the_build_keys_and_an_incremental_one_after(tmp_path, monkeypatch):
    from pilotplans.ingest import versions

    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    events: list[str] = []
    real_in_order, real_version = parallel.in_order, versions.build_version

    def in_order(work, items, workers, *, background=False, growing=False):
        events.append(f"read {len(items)}")
        return real_in_order(work, items, workers, background=background, growing=growing)

    def build_version(*args, **kwargs):
        events.append("keys")
        return real_version(*args, **kwargs)

    monkeypatch.setattr(parallel, "in_order", in_order)
    monkeypatch.setattr(versions, "build_version", build_version)
    rebuild_dataset(raw, tmp_path / "out", sqlite_url(tmp_path / "out" / "p.db"), full=True)
    assert events[:2] == ["read 5", "keys"]
    events.clear()
    (raw / "003_0b1b6885711b46b3.txt").write_text((raw / "003_0b1b6885711b46b3.txt").read_text("utf-8") + "\n", "utf-8")
    rebuild_dataset(raw, tmp_path / "out", sqlite_url(tmp_path / "out" / "p.db"))
    assert events[:2] == ["keys", "read 1"]


def _stored(database) -> dict[str, list[tuple]]:
    import sqlite3

    connection = sqlite3.connect(database)
    try:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        stored = {}
        for name in tables:  # with each row's key where the table has one (the index's own tables have none)
            try:
                stored[name] = connection.execute(f"SELECT rowid, * FROM '{name}' ORDER BY rowid").fetchall()
            except sqlite3.OperationalError:
                stored[name] = sorted(connection.execute(f"SELECT * FROM '{name}'").fetchall())
        # the facts noting the files themselves (inodes, times) are no part of what was stored
        files = {FACT, *(stamp_fact(name) for name in (CSV_NAME, JSONL_NAME, XLSX_NAME))}
        stored["build_info"] = [row for row in stored["build_info"] if row[1] not in files]
        # the search index's own segments are laid out by how many statements filled it (one a batch), which is no
        # part of what was stored: its rows are (measure_fts_docsize, the search rows), and the index must hold them
        connection.execute("INSERT INTO measure_fts(measure_fts, rank) VALUES ('integrity-check', 1)")
        for segments in ("measure_fts_data", "measure_fts_idx"):
            del stored[segments]
        return stored
    finally:
        connection.close()


def test_the_rows_of_a_document_read_in_the_background_are_stored_as_it_comes_and_as_one_batch_would_store_them(
        tmp_path, monkeypatch):
    from pilotplans.store.build import DatasetBuild

    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    flushed = []
    flush = DatasetBuild.flush
    monkeypatch.setattr(DatasetBuild, "flush", lambda self: (flushed.append(1), flush(self))[1])
    rebuild_dataset(raw, tmp_path / "each", sqlite_url(tmp_path / "each" / "p.db"), full=True)
    assert len(flushed) == 5  # one a document, while the worker reads the next
    rebuild_dataset(raw, tmp_path / "here", sqlite_url(tmp_path / "here" / "p.db"), full=True, workers=1)
    assert len(flushed) == 5  # read here: stored in batches, as before
    monkeypatch.setattr(DatasetBuild, "flush", lambda self: None)  # every row stored in one batch at the end
    rebuild_dataset(raw, tmp_path / "batch", sqlite_url(tmp_path / "batch" / "p.db"), full=True)
    each, batch = _stored(tmp_path / "each" / "p.db"), _stored(tmp_path / "batch" / "p.db")
    assert each.keys() == batch.keys() and len(each["measures"]) > 500
    for name in each:
        assert each[name] == batch[name], name

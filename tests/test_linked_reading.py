"""A full rebuild whose manifest gives every document's level reads the national plans first, and
then links and diffs each other document where it is read (``pilotplans.ingest.dataset``): what it
stores is what linking and diffing after the reading store."""

import json
import os
import re
import sqlite3
from dataclasses import replace

import pytest

from pilotplans.ingest.dataset import _split_nationals, build_linked, build_source
from pilotplans.ingest.reading import folder_sources
from pilotplans.store.build import DatasetBuild
from tests.conftest import SEEDS, build, recorded_pools

POSTGRES = os.environ.get("PILOTPLANS_TEST_POSTGRES_URL")


@pytest.fixture
def unlinked(raw):
    """The bundled five, Xiamen's plan without the parent and round the manifest gave it: it
    cites no 文号, so that its link is inferred from its measures (with a warning saying so)."""
    manifest = raw / "manifest.toml"
    text = manifest.read_text("utf-8")
    entry = 'id = "xiamen-2020"\nprogramme = "service-trade"\nround = 2020\n'
    assert entry in text and 'region = "厦门"\nparent = "national-2020"\n' in text
    text = text.replace(entry, 'id = "xiamen-2020"\nprogramme = "service-trade"\n')
    manifest.write_text(text.replace('region = "厦门"\nparent = "national-2020"\n', 'region = "厦门"\n'), "utf-8")
    return raw


def links_of(out, local):
    """The stored diff of ``local`` against its national plan, its rows without their keys."""
    with sqlite3.connect(out / "pilotplans.db") as connection:
        connection.row_factory = sqlite3.Row
        rows = connection.execute("SELECT * FROM plan_links WHERE local_document = ? ORDER BY position", (local,)).fetchall()
    bodies = ("national_bodies", "local_bodies")  # JSON, as the store writes it
    return [{k: json.loads(row[k]) if k in bodies else row[k] for k in row.keys() if k != "id"} for row in rows]


def test_the_national_plans_of_the_manifest_are_read_first():
    nationals, others = _split_nationals(folder_sources(SEEDS))
    assert [s.id for s in nationals] == ["national-2020", "national-2018", "national-2025"]
    assert [s.id for s in others] == ["xiamen-2020", "hainan-2020"]


@pytest.mark.parametrize("workers, pools", [
    (2, [(3, 1, False), (2, 2, False)]),  # the national plans here, then one pool of two for the local plans
    (1, [(3, 1, False), (2, 1, False)]),  # everything here
])
def test_the_national_plans_are_read_in_this_process_and_the_workers_forked_once_for_the_others(raw, tmp_path, monkeypatch,
                                                                                             workers, pools):
    asked = recorded_pools(monkeypatch)
    build(raw, tmp_path / "out", workers=workers, full=True)
    assert asked == pools


@pytest.mark.parametrize("workers, alive", [
    (2, 2),  # forked once the national plans are read: they read while the database is opened
    (1, 0),  # everything read here, as the documents are stored
])
def test_the_workers_reading_the_local_plans_are_forked_before_the_database_is_opened(raw, tmp_path, monkeypatch,
                                                                                      workers, alive):
    import multiprocessing

    real, seen = DatasetBuild.__enter__, []

    def enter(self):
        seen.append(len(multiprocessing.active_children()))
        return real(self)

    monkeypatch.setattr(DatasetBuild, "__enter__", enter)
    build(raw, tmp_path / "out", workers=workers, full=True)
    assert seen == [alive]


@pytest.mark.parametrize("workers, written", [
    (2, [5466, 840, 867]),  # the three national plans' rows, then Xiamen's, then Hainan's: each time the next was not in
    (1, [7173]),  # read here, as they are stored: all in one batch once the last is read
])
def test_rows_are_written_while_the_workers_next_document_is_not_in(raw, tmp_path, monkeypatch, workers, written):
    from pilotplans.ingest import dataset, parallel
    from pilotplans.store.bulk import DocumentWriter

    monkeypatch.setattr(dataset, "WAITING_FLUSH_ROWS", 1)
    monkeypatch.setattr(parallel._Pool, "ready", lambda self: False)  # the workers always slower than this process
    real, batches = DocumentWriter.flush, []

    def flush(self, **how):
        if self.queued:
            batches.append(self.queued)
        real(self, **how)

    monkeypatch.setattr(DocumentWriter, "flush", flush)
    build(raw, tmp_path / "out", workers=workers, full=True)
    assert batches == written


def test_workers_are_forked_with_the_readers_the_names_of_their_files_suggest():
    from pathlib import Path

    from pilotplans.ingest.reading import readers_for

    assert readers_for([Path("a.TXT"), Path("b.docx"), Path("c.docx")]) == [
        "pilotplans.ingest.detect", "docx", "docx.opc.exceptions", "lxml.etree", "pilotplans.parsers.docx",
        "pilotplans.parsers.text", "pilotplans.parsers.text.cells"]
    assert readers_for([Path("scan.pdf"), Path("notes")]) == []  # a paged file's reader is not guessed


def test_sources_are_read_in_order_when_one_level_is_unknown():
    sources = folder_sources(SEEDS)
    sources[3] = replace(sources[3], entry=sources[3].entry.model_copy(update={"level": None}))
    assert _split_nationals(sources) is None


def test_a_source_s_level_is_the_one_its_hints_give():
    from pilotplans.parsers.interpret import DocumentHints

    sources = folder_sources(SEEDS)
    assert [s.level for s in sources] == [s.hints().level for s in sources] == [
        "national", "national", "national", "municipal", "provincial"]
    given = replace(sources[3], given=DocumentHints(id="xiamen-2020", level="provincial"))
    assert given.level == given.hints().level == "provincial"  # hints given directly come before the entry's


def test_a_source_without_hints_has_no_level():
    source = replace(folder_sources(SEEDS)[0], entry=None)
    assert source.hints() is None and source.level is None


def test_sources_are_read_in_order_without_a_national_plan():
    assert _split_nationals(folder_sources(SEEDS)[3:]) is None


@pytest.mark.parametrize("local", ["xiamen-2020", "hainan-2020"])
def test_a_plan_linked_where_it_is_read_has_the_diff_stored_after_reading(unlinked, tmp_path, local):
    build(unlinked, tmp_path / "out", workers=None)  # five small texts: read in the background, diffed after
    sources = {s.id: s for s in folder_sources(unlinked)}
    nationals = [build_source(sources[i]).document for i in ("national-2020", "national-2018", "national-2025")]
    built = build_linked(sources[local], nationals)
    assert built.linked
    assert built.diff[0] == "national-2020"
    assert built.diff[1] == links_of(tmp_path / "out", local)


def test_a_plan_linked_where_it_is_read_tells_what_its_link_filled(unlinked):
    sources = {s.id: s for s in folder_sources(unlinked)}
    nationals = [build_source(sources[i]).document for i in ("national-2020", "national-2018", "national-2025")]
    xiamen = build_linked(sources["xiamen-2020"], nationals).link
    assert (xiamen.document, xiamen.parent, xiamen.round, xiamen.programme, xiamen.linked) == (
        "xiamen-2020", "national-2020", 2020, "service-trade", ("parent", "round", "warning"))
    assert xiamen.inferred.code == "parent_inferred"
    assert build_linked(sources["hainan-2020"], nationals).link is None  # the manifest names its parent


def test_a_full_rebuild_leaves_no_pair_to_diff_after_reading(raw, tmp_path, monkeypatch):
    diffed = []
    original = DatasetBuild.diff_plans

    def diff_plans(self, *args, **options):
        diffed.append(original(self, *args, **options))
        return diffed[-1]

    monkeypatch.setattr(DatasetBuild, "diff_plans", diff_plans)
    build(raw, tmp_path / "out", workers=2)
    assert diffed == [0]
    with sqlite3.connect(tmp_path / "out" / "pilotplans.db") as connection:
        pairs = connection.execute("SELECT national_document, local_document FROM plan_pairs ORDER BY local_document").fetchall()
    assert pairs == [("national-2020", "hainan-2020"), ("national-2020", "xiamen-2020")]


def test_a_rebuild_linking_where_it_reads_stores_what_one_linking_after_reading_stores(unlinked, tmp_path):
    build(unlinked, tmp_path / "after", workers=None)
    build(unlinked, tmp_path / "where", workers=1)
    for name in ("measures.csv", "measures.jsonl", "measures.xlsx"):
        assert (tmp_path / "after" / name).read_bytes() == (tmp_path / "where" / name).read_bytes()
    for local in ("xiamen-2020", "hainan-2020"):
        assert links_of(tmp_path / "where", local) == links_of(tmp_path / "after", local)
    with sqlite3.connect(tmp_path / "after" / "pilotplans.db") as after, sqlite3.connect(tmp_path / "where" / "pilotplans.db") as where:
        query = "SELECT id, parent, round, programme FROM documents ORDER BY id"
        assert where.execute(query).fetchall() == after.execute(query).fetchall()
        query = "SELECT document_id, code, message FROM warnings WHERE measure_id IS NULL ORDER BY id"
        assert where.execute(query).fetchall() == after.execute(query).fetchall()
        query = "SELECT document_id, linked FROM document_builds ORDER BY document_id"
        assert where.execute(query).fetchall() == after.execute(query).fetchall()
        assert ("xiamen-2020", '["parent", "round", "warning"]') in where.execute(query).fetchall()


@pytest.mark.skipif(not POSTGRES, reason="set PILOTPLANS_TEST_POSTGRES_URL to a PostgreSQL database to run")
@pytest.mark.parametrize("workers", [1, None])  # linked where read, and after the reading
def test_an_inferred_link_is_stored_on_postgresql_as_on_sqlite(unlinked, tmp_path, workers):
    from pilotplans.ingest.dataset import rebuild_dataset
    from pilotplans.store.db import load_documents, sqlite_url

    build(unlinked, tmp_path / "sqlite", workers=workers)
    rebuild_dataset(unlinked, tmp_path / "postgres", POSTGRES, workers=workers, full=True)
    stored = {d.id: d for d in load_documents(POSTGRES)}
    expected = {d.id: d for d in load_documents(sqlite_url(tmp_path / "sqlite" / "pilotplans.db"))}
    assert stored["xiamen-2020"].parent == "national-2020"
    assert [w.code for w in stored["xiamen-2020"].warnings] == ["parent_inferred"]
    assert stored == expected


def test_the_pairs_a_process_diffs_share_one_segmenter_per_cache_and_engine(raw, tmp_path, monkeypatch):
    from pilotplans.store import plans

    sources = {s.id: s for s in folder_sources(raw)}
    national, xiamen, hainan = (build_source(sources[i]).document for i in ("national-2020", "xiamen-2020", "hainan-2020"))
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path / "cache"))
    plans._segmenter.cache_clear()
    plans.diff_pair(national, xiamen)
    plans.diff_pair(national, hainan)
    assert (plans._segmenter.cache_info().misses, plans._segmenter.cache_info().hits) == (1, 1)
    monkeypatch.setenv("PILOTPLANS_SEGMENTER", "jieba")  # another engine: a segmenter of its own
    plans.diff_pair(national, xiamen)
    assert plans._segmenter.cache_info().misses == 2
    engines = sorted(re.match(r"segments-v\d+-([a-z]+)", p.name).group(1) for p in (tmp_path / "cache").glob("segments-*.json"))
    assert engines == ["jieba", "rjieba"]


def test_rows_made_where_a_document_is_read_are_keyed_as_the_storing_process_keys_them(raw):
    from pilotplans.store.rows import NextIds, Rows, add_document, add_rows, document_rows

    documents = [build_source(s).document for s in folder_sources(raw)]
    expected, expected_ids = Rows(), NextIds(measures=7, warnings=3)  # keys in use before them
    for document in documents:
        add_document(expected, expected_ids, document)
    made, ids = Rows(), NextIds(measures=7, warnings=3)
    for document in documents:
        add_rows(made, ids, document_rows(document))
    assert made == expected
    assert ids == expected_ids


def test_every_column_holding_a_documents_row_key_is_moved_with_it():
    from pilotplans.store.models import metadata
    from pilotplans.store.rows import DOCUMENT_TABLES, KEY_COLUMNS, NextIds

    keyed = set(NextIds.__dataclass_fields__)
    held = {(column.name, key.column.table.name) for name in DOCUMENT_TABLES for column in metadata.tables[name].columns
            for key in column.foreign_keys if key.column.table.name in keyed}
    assert held == set(KEY_COLUMNS.items())


def test_a_national_plan_whose_file_sorts_last_is_read_first_and_stored_in_file_order(raw, tmp_path):
    """The national plans are read first, but documents are stored in the order of their files:
    the local plans' links, made where they were read, are stored before the national plan they
    name, and are the links a rebuild reading in order stores."""
    build(raw, tmp_path / "in-order", workers=2, full=True)
    national = raw / "000_e0aac6ab09a0c8fd.txt"
    national.rename(raw / "zz_national.txt")
    manifest = raw / "manifest.toml"
    manifest.write_text(manifest.read_text("utf-8").replace(national.name, "zz_national.txt"), "utf-8")
    build(raw, tmp_path / "last", workers=2, full=True)
    for local in ("hainan-2020", "xiamen-2020"):
        assert links_of(tmp_path / "last", local) == links_of(tmp_path / "in-order", local)
    with sqlite3.connect(tmp_path / "last" / "pilotplans.db") as connection:
        stored = [row[0] for row in connection.execute("SELECT id FROM documents ORDER BY rowid")]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert stored[-1] == "national-2020"


@pytest.fixture
def national_last(raw):
    """The bundled five, the file of the national plan Xiamen's and Hainan's plans implement
    renamed to sort after theirs: the documents are stored in the order of their files."""
    manifest = raw / "manifest.toml"
    (raw / "000_e0aac6ab09a0c8fd.txt").rename(raw / "900_national_2020.txt")
    manifest.write_text(manifest.read_text("utf-8").replace("000_e0aac6ab09a0c8fd.txt", "900_national_2020.txt"), "utf-8")
    return raw


def stored_rows(url, table):
    """Every row of ``table`` with its key, in the order of the keys."""
    from sqlalchemy import text

    from pilotplans.store.db import open_engine

    engine = open_engine(url, "read")
    try:
        with engine.connect() as connection:
            key = "id" if table == "plan_links" else "national_document, local_document"
            return [tuple(row) for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY {key}"))]
    finally:
        engine.dispose()


def rebuilt_with_batches(raw, out, url, monkeypatch, workers, batch_rows):
    """``raw`` rebuilt in full into ``url`` with rows written ``batch_rows`` at a time; each batch
    written (the rows queued, and those it left queued) and the stored diffs (``plan_pairs``, ``plan_links``)."""
    from pilotplans.ingest import dataset
    from pilotplans.store import bulk

    monkeypatch.setattr(bulk, "BATCH_ROWS", batch_rows)
    monkeypatch.setattr(dataset, "WAITING_FLUSH_ROWS", 10**9)  # nor written while the workers read: as the timing falls
    real, batches = bulk.DocumentWriter.flush, []

    def flush(self, *args, **kwargs):
        queued = self.queued
        real(self, *args, **kwargs)
        batches.append((queued, getattr(self, "held", 0)))

    monkeypatch.setattr(bulk.DocumentWriter, "flush", flush)
    dataset.rebuild_dataset(raw, out, url, workers=workers, full=True)
    monkeypatch.undo()
    return [b for b in batches if b[0]], stored_rows(url, "plan_pairs"), stored_rows(url, "plan_links")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_batch_written_before_the_national_plan_whose_file_sorts_last_holds_back_the_diffs_against_it(
        national_last, tmp_path, monkeypatch, workers):
    from pilotplans.store.db import sqlite_url

    url = sqlite_url(tmp_path / "one" / "pilotplans.db")
    _, pairs, links = rebuilt_with_batches(national_last, tmp_path / "one", url, monkeypatch, workers, 10**9)
    assert [(n, local) for n, local, *_ in pairs] == [("national-2020", "hainan-2020"), ("national-2020", "xiamen-2020")]
    assert len(links) == 263
    # 3,000 rows at a time: the first batch, full once Xiamen's plan is queued, leaves its diff
    # against national-2020 queued (132 links and the pair) for the last; the diffs go in under the
    # keys one batch gives them.
    url = sqlite_url(tmp_path / "batches" / "pilotplans.db")
    batches, pairs_batched, links_batched = rebuilt_with_batches(national_last, tmp_path / "batches", url, monkeypatch,
                                                                  workers, 3_000)
    assert batches == [(3348, 133), (3825, 0)]
    assert (pairs_batched, links_batched) == (pairs, links)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_batch_written_after_the_national_plans_holds_nothing_back(raw, tmp_path, monkeypatch, workers):
    from pilotplans.store.db import sqlite_url

    url = sqlite_url(tmp_path / "one" / "pilotplans.db")
    _, pairs, links = rebuilt_with_batches(raw, tmp_path / "one", url, monkeypatch, workers, 10**9)
    url = sqlite_url(tmp_path / "batches" / "pilotplans.db")
    batches, pairs_batched, links_batched = rebuilt_with_batches(raw, tmp_path / "batches", url, monkeypatch, workers, 3_000)
    assert batches == [(3935, 0), (3238, 0)]  # the diffs of the first batch refer to a national plan in it
    assert (pairs_batched, links_batched) == (pairs, links)
    assert len(links) == 263


@pytest.mark.skipif(not POSTGRES, reason="set PILOTPLANS_TEST_POSTGRES_URL to a PostgreSQL database to run")
def test_a_batch_written_before_the_national_plan_whose_file_sorts_last_holds_back_its_diffs_on_postgresql(
        national_last, tmp_path, monkeypatch):
    from pilotplans.store.db import sqlite_url

    url = sqlite_url(tmp_path / "one" / "pilotplans.db")
    _, pairs, links = rebuilt_with_batches(national_last, tmp_path / "one", url, monkeypatch, 2, 10**9)
    batches, pairs_batched, links_batched = rebuilt_with_batches(national_last, tmp_path / "postgres", POSTGRES, monkeypatch,
                                                                  2, 3_000)
    assert batches == [(3348, 133), (3825, 0)]
    assert [p[:3] for p in pairs_batched] == [p[:3] for p in pairs]
    assert [link[:7] for link in links_batched] == [link[:7] for link in links]  # keys, pair, positions and numbers
    assert len(links_batched) == 263


@pytest.mark.skipif(not POSTGRES, reason="set PILOTPLANS_TEST_POSTGRES_URL to a PostgreSQL database to run")
def test_a_value_postgresql_refuses_as_the_rows_are_copied_in_is_a_one_line_error(raw, tmp_path):
    from pilotplans.ingest.dataset import rebuild_dataset
    from pilotplans.store.db import StoreError

    manifest = raw / "manifest.toml"
    text = manifest.read_text("utf-8")
    assert 'doc_no = "国函〔2020〕111号"' in text
    manifest.write_text(text.replace('doc_no = "国函〔2020〕111号"', f'doc_no = "{"国" * 121}"'), "utf-8")
    with pytest.raises(StoreError) as raised:
        rebuild_dataset(raw, tmp_path / "out", POSTGRES, workers=1, full=True)
    message = str(raised.value)
    assert "\n" not in message
    assert message.endswith(": cannot write the database: value too long for type character varying(120)")

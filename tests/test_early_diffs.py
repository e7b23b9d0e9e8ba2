"""A rebuild reading in the background diffs a local plan as soon as it and the national plan its
manifest names are read (:mod:`pilotplans.ingest.early_diffs`), and stores the rows the stored
plans give."""

import sqlite3

from pilotplans.ingest.early_diffs import EarlyDiffs
from pilotplans.ingest.parents import link_parent
from pilotplans.store.db import reading, sqlite_url
from pilotplans.store.plans import Pair, diff_pair
from pilotplans.store.read import read_documents, sqlalchemy_query
from tests.conftest import build, recorded_pools


def _links(database) -> list[tuple]:
    """The stored links by pair and position, without their row ids (which follow the order the
    pairs' rows were stored in: a rebuild read with workers stores each plan's links as it is read)."""
    with sqlite3.connect(database) as connection:
        return sorted(row[1:] for row in connection.execute("SELECT * FROM plan_links"))


def test_a_document_diffs_the_same_as_read_and_linked_to_the_parent_it_names_as_stored(raw, tmp_path, national2020, xiamen, hainan):
    build(raw, tmp_path / "out")
    with reading(sqlite_url(tmp_path / "out" / "pilotplans.db")) as connection:
        stored = {d.id: d for d in read_documents(sqlalchemy_query(connection), ["national-2020", "xiamen-2020", "hainan-2020"])}
    for local in (xiamen, hainan):
        rows = diff_pair(national2020, link_parent(local, [national2020]))
        assert rows == diff_pair(stored["national-2020"], stored[local.id])
    assert len(diff_pair(national2020, link_parent(xiamen, [national2020]))) == 132


def test_the_bundled_five_read_in_the_background_begin_both_diffs_early_and_store_the_links_of_a_rebuild_here(raw, tmp_path, monkeypatch):
    asked = recorded_pools(monkeypatch)
    build(raw, tmp_path / "background", workers=None, full=True)
    # the reading worker, one process diffing both local plans (xiamen-2020, then hainan-2020 sent
    # to it), and no diff left for the end
    assert asked == [(5, 1, True), (1, 1, True), (0, 1, False)]
    build(raw, tmp_path / "here", full=True)
    background, here = _links(tmp_path / "background" / "pilotplans.db"), _links(tmp_path / "here" / "pilotplans.db")
    assert len(background) == 263
    assert background == here


def test_a_local_plan_is_diffed_once_it_and_its_national_plan_are_read_in_one_process_for_that_national_plan(national2020, xiamen, hainan):
    early = EarlyDiffs({"national-2020"})
    try:
        early.read(xiamen)
        assert early.running == {}
        early.read(national2020)
        assert list(early.running) == [Pair("national-2020", "xiamen-2020")]
        early.read(hainan)  # sent to the process diffing xiamen-2020
        assert list(early.running) == [Pair("national-2020", "xiamen-2020"), Pair("national-2020", "hainan-2020")]
        assert len(early.batches) == 1
        for local in (hainan, xiamen):
            rows = next(early.running[Pair("national-2020", local.id)])
            assert rows == diff_pair(national2020, link_parent(local, [national2020]))
    finally:
        early.close()
    assert early.running == {}


def test_no_more_processes_diff_early_than_the_limit(national2020, national2018, xiamen, hainan):
    early = EarlyDiffs({"national-2020", "national-2018"}, limit=1)
    try:
        for document in (national2020, xiamen, national2018, hainan.model_copy(update={"parent": "national-2018"})):
            early.read(document)
        assert list(early.running) == [Pair("national-2020", "xiamen-2020")]
    finally:
        early.close()


def test_a_plan_naming_no_parent_or_one_never_read_begins_no_diff(national2020, national2018, xiamen):
    early = EarlyDiffs({"national-2020"})
    try:
        early.read(national2018)
        early.read(xiamen.model_copy(update={"parent": None}))
        early.read(xiamen)  # names national-2020, not read
        early.read(national2020.model_copy(update={"id": "national-2020b"}))
        assert early.running == {}
        assert [d.id for d in early.waiting["national-2020"]] == ["xiamen-2020"]
    finally:
        early.close()


def test_a_worker_in_the_background_reads_each_national_plan_named_as_a_parent_and_its_local_plans_first(raw):
    from pilotplans.ingest.dataset import _pairs_first
    from pilotplans.ingest.reading import folder_sources

    sources = folder_sources(raw)
    assert [s.id for s in sources] == ["national-2020", "national-2018", "national-2025", "xiamen-2020", "hainan-2020"]
    assert [s.id for s in _pairs_first(sources)] == ["national-2020", "xiamen-2020", "hainan-2020", "national-2018", "national-2025"]
    assert [s.id for s in _pairs_first(sources[1:])] == ["national-2018", "national-2025", "xiamen-2020", "hainan-2020"]


def test_documents_read_out_of_order_are_stored_in_the_order_of_the_sources(national2020, national2018, xiamen):
    from pilotplans.ingest.dataset import _stored_order

    stored = _stored_order([national2020, xiamen, national2018], ["national-2020", "national-2018", "xiamen-2020"], None)
    assert [built.document.id for built in stored] == ["national-2020", "national-2018", "xiamen-2020"]


def test_once_a_file_cannot_be_read_the_documents_are_no_longer_rendered_and_the_failure_is_handed_on_at_once(national2020, xiamen):
    from pilotplans.errors import UnreadableFile
    from pilotplans.ingest.dataset import _stored_order

    failure = UnreadableFile("raw/broken.txt", "empty file")
    stored = list(_stored_order([failure, national2020, xiamen], ["broken", "national-2020", "xiamen-2020"], None))
    assert stored == [failure]


def test_a_document_read_under_an_id_no_source_has_is_still_handed_on(national2020):
    from pilotplans.ingest.dataset import _stored_order

    assert [built.document.id for built in _stored_order([national2020], ["another-id"], None)] == ["national-2020"]


def _ended(process, seconds: float = 60) -> bool:
    """Whether ``process`` ends within ``seconds`` (nothing here tells it to)."""
    process.join(timeout=seconds)
    return not process.is_alive()


def test_a_diffs_process_waits_for_more_plans_until_told_none_will_come_then_ends(national2020, xiamen, hainan):
    early = EarlyDiffs({"national-2020"})
    try:
        early.read(national2020)
        early.read(xiamen)
        assert next(early.running[Pair("national-2020", "xiamen-2020")]) == diff_pair(national2020, link_parent(xiamen, [national2020]))
        (process,) = early.batches["national-2020"].results.processes
        assert not _ended(process, 1)  # its one plan diffed: it still takes the next one read
        early.read(hainan)
        assert next(early.running[Pair("national-2020", "hainan-2020")]) == diff_pair(national2020, link_parent(hainan, [national2020]))
        early.no_more()
        assert _ended(process)
    finally:
        early.close()


def test_a_rebuild_read_in_the_background_has_its_diffs_process_end_before_it_is_closed(raw, tmp_path, monkeypatch):
    # every document read, the rebuild says no plan will come: the process ends once its last diff is
    # taken, while the rebuild goes on, rather than when the rebuild closes it at its end
    ended: list[bool] = []
    real_close = EarlyDiffs.close

    def close(self):
        ended.extend(_ended(process) for batch in self.batches.values() for process in batch.results.processes)
        real_close(self)

    monkeypatch.setattr(EarlyDiffs, "close", close)
    build(raw, tmp_path / "background", workers=None, full=True)
    assert ended == [True]

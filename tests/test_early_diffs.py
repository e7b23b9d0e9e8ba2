"""A rebuild reading in the background diffs a local plan as soon as it and the national plan its
manifest names are read (:mod:`pilotplans.ingest.early_diffs`), and stores the rows the stored
plans give."""

import sqlite3
from pathlib import Path

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


def _diffed_in(record: Path, monkeypatch) -> None:
    """Each diff begun early, recorded in ``record`` by the process diffing it, as a line: its pid, its
    parent's pid, and whether the interpreter was imported before its diff (a process forked from the
    reading worker inherits it); and the pid of the reading worker, as a line ``reader PID``."""
    import os
    import sys

    from pilotplans.ingest import dataset, early_diffs

    real_answer, real_read = early_diffs._answer, dataset._read_then_diff

    def answer(national, plan):
        with open(record, "a", encoding="utf-8") as out:
            out.write(f"{os.getpid()} {os.getppid()} {'pilotplans.parsers.interpret' in sys.modules}\n")
        return real_answer(national, plan)

    def read_then_diff(source, diffs, on_page=None):
        with open(record, "a", encoding="utf-8") as out:
            out.write(f"reader {os.getpid()}\n")
        return real_read(source, diffs, on_page)

    monkeypatch.setattr(early_diffs, "_answer", answer)
    monkeypatch.setattr(dataset, "_read_then_diff", read_then_diff)


def test_the_bundled_five_read_in_the_background_begin_both_diffs_early_and_store_the_links_of_a_rebuild_here(raw, tmp_path, monkeypatch):
    asked = recorded_pools(monkeypatch)
    build(raw, tmp_path / "background", workers=None, full=True)
    # the reading worker, and no diff left for the end (both diffed by a process the worker forked)
    assert asked == [(5, 1, True), (0, 1, False)]
    build(raw, tmp_path / "here", full=True)
    background, here = _links(tmp_path / "background" / "pilotplans.db"), _links(tmp_path / "here" / "pilotplans.db")
    assert len(background) == 263
    assert background == here


def test_the_diffs_begun_early_are_forked_from_the_reading_worker_with_its_imports(raw, tmp_path, monkeypatch):
    import os

    record = tmp_path / "record"
    _diffed_in(record, monkeypatch)
    build(raw, tmp_path / "out", workers=None, full=True)
    lines = record.read_text("utf-8").splitlines()
    readers = {line.split()[1] for line in lines if line.startswith("reader ")}
    diffs = [line.split() for line in lines if not line.startswith("reader ")]
    assert len(readers) == 1 and readers != {str(os.getpid())}
    # xiamen-2020 and hainan-2020, in one process whose parent is the reading worker, the interpreter there already
    assert len(diffs) == 2
    assert {(pid, parent, imported) for pid, parent, imported in diffs} == {(diffs[0][0], *readers, "True")}


def test_where_processes_are_not_forked_nothing_is_diffed_early_and_the_links_are_the_same(raw, tmp_path, monkeypatch):
    from pilotplans.ingest import early_diffs

    monkeypatch.setattr(early_diffs, "forking", lambda: False)
    asked = recorded_pools(monkeypatch)
    build(raw, tmp_path / "background", workers=None, full=True)
    assert [(items, background) for items, _, background in asked] == [(5, True), (2, False)]  # both pairs diffed at the end
    build(raw, tmp_path / "here", full=True)
    assert _links(tmp_path / "background" / "pilotplans.db") == _links(tmp_path / "here" / "pilotplans.db")


def test_an_error_diffing_early_stops_the_rebuild_and_leaves_the_previous_database_whole(raw, tmp_path, monkeypatch):
    import pytest

    from pilotplans.ingest import early_diffs

    build(raw, tmp_path / "out", full=True)
    before = (tmp_path / "out" / "pilotplans.db").read_bytes()

    def failing(national, plan):
        return ("error", ValueError(f"cannot diff {plan.id}"))

    monkeypatch.setattr(early_diffs, "_answer", failing)
    with pytest.raises(ValueError, match="cannot diff xiamen-2020"):
        build(raw, tmp_path / "out", workers=None, full=True)
    assert (tmp_path / "out" / "pilotplans.db").read_bytes() == before


def test_a_diffs_process_that_ends_without_answering_stops_the_rebuild_in_one_line(raw, tmp_path, monkeypatch):
    import os

    import pytest

    from pilotplans.errors import PilotplansError
    from pilotplans.ingest import early_diffs

    monkeypatch.setattr(early_diffs, "_answer", lambda national, plan: os._exit(9))
    with pytest.raises(PilotplansError, match="a process diffing the local plans ended without answering"):
        build(raw, tmp_path / "out", workers=None, full=True)


def _tell(reader, document):
    reader.read(document)
    return document.id


def _begun(early: EarlyDiffs, documents):
    """``documents`` told, in order, to the reading worker's side of ``early`` in a worker process (as a
    rebuild's worker reading in the background is told of each document it reads), and to this process's
    side as each comes back; the worker, which waits for more (told ``no_more()``, or closed, it ends, and with
    it the diffs' processes)."""
    from functools import partial

    from pilotplans.ingest.parallel import in_order

    worker = in_order(partial(_tell, early.in_reader()), documents, 1, background=True, growing=True)
    early.forked()
    for document in documents:
        assert next(worker) == document.id
        early.read(document)
    return worker


def test_a_local_plan_is_diffed_once_it_and_its_national_plan_are_read_in_one_process_for_that_national_plan(national2020, xiamen, hainan):
    early = EarlyDiffs({"national-2020"})
    worker = _begun(early, [xiamen, national2020, hainan])  # hainan-2020 sent to the process diffing xiamen-2020
    try:
        assert list(early.running) == [Pair("national-2020", "xiamen-2020"), Pair("national-2020", "hainan-2020")]
        assert len(early.batches) == 1
        for local in (hainan, xiamen):
            rows = next(early.running[Pair("national-2020", local.id)])
            assert rows == diff_pair(national2020, link_parent(local, [national2020]))
    finally:
        worker.close()
        early.close()
    assert early.running == {}


def test_a_local_plan_read_before_its_national_plan_waits_for_it():
    from pilotplans.ingest.early_diffs import _Choices

    choices = _Choices({"national-2020"}, limit=2)
    national, xiamen, hainan = (_Doc("national-2020", "national"), _Doc("xiamen-2020", "municipal", "national-2020"),
                                _Doc("hainan-2020", "provincial", "national-2020"))
    assert choices.read(xiamen) == []
    assert choices.read(national) == [(national, [xiamen])]
    assert choices.read(hainan) == [(national, [hainan])]
    assert choices.order == ["national-2020"]


def test_no_more_processes_diff_early_than_the_limit():
    from pilotplans.ingest.early_diffs import _Choices

    choices = _Choices({"national-2020", "national-2018"}, limit=1)
    n2020, n2018 = _Doc("national-2020", "national"), _Doc("national-2018", "national")
    begun = [choices.read(d) for d in (n2020, _Doc("xiamen-2020", "municipal", "national-2020"), n2018,
                                       _Doc("hainan-2020", "provincial", "national-2018"))]
    assert [[(n.id, [d.id for d in ds]) for n, ds in b] for b in begun] == [[], [("national-2020", ["xiamen-2020"])], [], []]
    assert choices.order == ["national-2020"]


def test_a_plan_naming_no_parent_or_one_never_read_begins_no_diff():
    from pilotplans.ingest.early_diffs import _Choices

    choices = _Choices({"national-2020"}, limit=2)
    for document in (_Doc("national-2018", "national"), _Doc("xiamen-2020", "municipal", None),
                     _Doc("xiamen-2020", "municipal", "national-2020"), _Doc("national-2020b", "national")):
        assert choices.read(document) == []
    assert [d.id for d in choices.waiting["national-2020"]] == ["xiamen-2020"]
    assert choices.order == []


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


class _Doc:
    """What the choices of the diffs to begin read of a document: its id, level and parent."""

    def __init__(self, id: str, level: str, parent: str | None = None) -> None:
        self.id, self.level, self.parent = id, level, parent

    def __repr__(self) -> str:
        return self.id


def _ended(batch, seconds: float = 60) -> bool:
    """Whether the diffs' process answering on ``batch``'s pipe has ended within ``seconds`` (its pipe
    at its end, every answer taken)."""
    if not batch.pipe.poll(seconds):
        return False
    try:
        batch.pipe.recv()
    except EOFError:
        return True
    return False


def test_a_diffs_process_waits_for_more_plans_until_the_reading_worker_ends_then_ends(national2020, xiamen, hainan):
    early = EarlyDiffs({"national-2020"})
    worker = _begun(early, [national2020, xiamen])
    try:
        assert next(early.running[Pair("national-2020", "xiamen-2020")]) == diff_pair(national2020, link_parent(xiamen, [national2020]))
        batch = early.batches["national-2020"]
        assert not _ended(batch, 1)  # its one plan diffed: it still takes the next one read
        worker.no_more()  # the reading worker ends, and tells it no more plans come
        assert _ended(batch)
    finally:
        worker.close()
        early.close()


def test_a_rebuild_read_in_the_background_has_its_diffs_process_end_before_it_is_closed(raw, tmp_path, monkeypatch):
    # every document read and every diff taken, the process ends (with the reading worker), while the
    # rebuild goes on, rather than when the rebuild closes it at its end
    ended: list[bool] = []
    real_close = EarlyDiffs.close

    def close(self):
        ended.extend(_ended(batch) for batch in self.batches.values())
        real_close(self)

    monkeypatch.setattr(EarlyDiffs, "close", close)
    build(raw, tmp_path / "background", workers=None, full=True)
    assert ended == [True]

"""Diffs of local plans begun as soon as they and the national plan they name are read.

A rebuild diffs each local plan against its national plan once every document is read, stored
and linked (:meth:`pilotplans.store.build.DatasetBuild.diff_plans`). When a rebuild has little to
read, one worker reads it in the background while this process stores each document as it comes
(:func:`pilotplans.ingest.dataset.rebuild_dataset`), and those diffs were the last tenth of a
second or more of the rebuild, the reading worker idle meanwhile. A local plan whose manifest
names its national plan (``parent``) can be diffed as soon as both are read (the worker reads
them first): the first such plan of a national plan is diffed in a process of its own, forked
from this one with both documents in memory, and the later ones are sent to the same process,
while the other documents are still read and stored; the rows are stored with the others'
(``diff_plans(early=…)``). One process diffs every plan naming one national plan: the first
diff of a process costs half again what the next ones do (compiling the diff's patterns,
profiling the national plan's measures), and fewer processes compete for the cores.

The rows are those the stored plans give (``tests/test_early_diffs.py``):

- the pair is one ``diff_plans`` diffs (:func:`pilotplans.store.plans.wanted_pairs`): a document
  that is not national, whose parent is a national plan read in this rebuild; linking leaves a
  parent named by the manifest as it is when that plan is among the national plans;
- the local plan is diffed as linking leaves it: :func:`pilotplans.ingest.parents.link_parent`
  with that national plan alone gives what it gives with all of them (the parent's round and
  programme where the plan has none);
- a document diffs the same as read and as stored.

At most one such process per core runs (the other national plans' pairs are diffed at the end,
over the cores). This is how a rebuild reading in the background diffs early; a full rebuild read
by workers has each worker link and diff the local plans it reads, forked once the national plans
are read (:class:`pilotplans.ingest.dataset._NationalsFirst`), and holds no document whole.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pilotplans.schema.models import Document
    from pilotplans.store.plans import Pair

Rows = list[dict[str, Any]]


class EarlyDiffs:
    """The diffs begun so far (:attr:`running`: each pair's rows, see :class:`PairRows`), told of
    each document as it is read (:meth:`read`); ``named`` holds the national plans that documents
    to be read name as their parent (by id; only these are kept). :meth:`close` stops the processes."""

    def __init__(self, named: Collection[str], limit: int | None = None) -> None:
        from pilotplans.ingest.parallel import available_cores

        self.named = set(named)
        self.limit = available_cores() if limit is None else limit
        self.nationals: dict[str, Document] = {}
        self.waiting: dict[str, list[Document]] = {}
        """Local plans read before the national plan they name, by its id."""
        self.batches: dict[str, _Batch] = {}
        """The process diffing the plans naming each national plan, by its id."""
        self.running: dict[Pair, PairRows] = {}

    def read(self, document: Document) -> None:
        """Note ``document``, just read, and begin (or send on) the diffs it makes possible."""
        if document.level == "national":
            if document.id in self.named:
                self.nationals[document.id] = document
                self._diff(document, self.waiting.pop(document.id, []))
        elif document.parent in self.named:
            national = self.nationals.get(document.parent)
            if national is None:
                self.waiting.setdefault(document.parent, []).append(document)
            else:
                self._diff(national, [document])

    def _diff(self, national: Document, documents: list[Document]) -> None:
        from pilotplans.ingest.parallel import in_order
        from pilotplans.ingest.parents import link_parent
        from pilotplans.store.plans import Pair, diff_pair

        batch = self.batches.get(national.id)
        if not documents or (batch is None and len(self.batches) >= self.limit):
            return  # (a national plan past the limit has its pairs diffed at the end)
        plans = [link_parent(document, [national]) for document in documents]
        if batch is None:
            # Forked with the national plan in memory; the local plans are sent to it.
            batch = self.batches[national.id] = _Batch(in_order(lambda plan: diff_pair(national, plan), plans, 1,
                                                                background=True, growing=True))
        else:
            batch.results.extend(plans)  # type: ignore[attr-defined]
        for plan in plans:
            self.running[Pair(national.id, plan.id)] = PairRows(batch, batch.sent)
            batch.sent += 1

    def no_more(self) -> None:
        """Every document is read: each process ends once it has diffed the plans it was sent."""
        for batch in self.batches.values():
            batch.results.no_more()  # type: ignore[attr-defined]

    def close(self) -> None:
        """Stop the diffs' processes (those done and those still diffing) and let go of the documents."""
        for batch in self.batches.values():
            batch.results.close()  # type: ignore[attr-defined]
        self.batches.clear()
        self.running.clear()
        self.nationals.clear()
        self.waiting.clear()


class _Batch:
    """The rows of the pairs one process diffs, in the order they were sent."""

    def __init__(self, results: Iterator[Rows]) -> None:
        self.results = results
        self.sent = 0
        """Pairs sent to the process so far: the index of the next one's rows."""
        self.rows: list[Rows] = []

    def ready(self, index: int) -> bool:
        while len(self.rows) <= index and self.results.ready():  # type: ignore[attr-defined]
            self.rows.append(next(self.results))
        return index < len(self.rows)

    def rows_of(self, index: int) -> Rows:
        while len(self.rows) <= index:
            self.rows.append(next(self.results))
        return self.rows[index]


class PairRows(Iterator[Rows]):
    """One pair's rows diffed early: one item; ``ready()`` says whether it can be had without waiting."""

    def __init__(self, batch: _Batch, index: int) -> None:
        self.batch = batch
        self.index = index

    def ready(self) -> bool:
        return self.batch.ready(self.index)

    def __next__(self) -> Rows:
        return self.batch.rows_of(self.index)


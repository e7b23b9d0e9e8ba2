"""Diffs of local plans begun as soon as they and the national plan they name are read.

A rebuild diffs each local plan against its national plan once every document is read, stored
and linked (:meth:`pilotplans.store.build.DatasetBuild.diff_plans`). When a rebuild has little to
read, one worker reads it in the background while this process stores each document as it comes
(:func:`pilotplans.ingest.dataset.rebuild_dataset`), and those diffs were the last tenth of a
second or more of the rebuild, the reading worker idle meanwhile. A local plan whose manifest
names its national plan (``parent``) can be diffed as soon as both are read: once a national
plan and every plan naming it are read (the worker reads them first), they are diffed in a
process of its own, forked from this one (which holds the documents: nothing is loaded or sent
to it), while the other documents are still read and stored; the rows are stored with the
others' (``diff_plans(early=…)``). One process diffs all the plans naming one national plan:
the first diff of a process costs half again what the next ones do (compiling the diff's
patterns, profiling the national plan's measures), and fewer processes compete for the cores.

The rows are those the stored plans give (``tests/test_early_diffs.py``):

- the pair is one ``diff_plans`` diffs (:func:`pilotplans.store.plans.wanted_pairs`): a document
  that is not national, whose parent is a national plan read in this rebuild; linking leaves a
  parent named by the manifest as it is when that plan is among the national plans;
- the local plan is diffed as linking leaves it: :func:`pilotplans.ingest.parents.link_parent`
  with that national plan alone gives what it gives with all of them (the parent's round and
  programme where the plan has none);
- a document diffs the same as read and as stored.

At most one such process per core runs (the other national plans' pairs are diffed at the end,
over the cores). Only a rebuild reading in the background begins diffs early: a larger one keeps
the cores busy reading, and holds no document whole.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pilotplans.schema.models import Document
    from pilotplans.store.plans import Pair

Rows = list[dict[str, Any]]


class EarlyDiffs:
    """The diffs begun so far (:attr:`running`: each pair's rows, see :class:`PairRows`), told of
    each document as it is read (:meth:`read`); ``named`` gives, for each national plan, the ids
    of the documents to be read that name it as their parent. :meth:`close` stops the processes."""

    def __init__(self, named: Mapping[str, Sequence[str]], limit: int | None = None) -> None:
        from pilotplans.ingest.parallel import available_cores

        self.named = {national: set(ids) for national, ids in named.items() if ids}
        self.limit = available_cores() if limit is None else limit
        self.documents: dict[str, Document] = {}
        """The documents read that are in a pair not yet begun."""
        self.batches: list[_Batch] = []
        self.running: dict[Pair, PairRows] = {}

    def read(self, document: Document) -> None:
        """Note ``document``, just read, and begin the diffs of a national plan once it and every
        plan naming it are read."""
        involved = document.id in self.named or any(document.id in ids for ids in self.named.values())
        if not involved:
            return
        self.documents[document.id] = document
        for national, ids in list(self.named.items()):
            if national in self.documents and ids <= self.documents.keys():
                del self.named[national]
                self._begin(self.documents.pop(national), [self.documents.pop(i) for i in sorted(ids)])

    def _begin(self, national: Document, documents: list[Document]) -> None:
        from pilotplans.ingest.parallel import in_order
        from pilotplans.ingest.parents import link_parent
        from pilotplans.store.plans import Pair, diff_pair

        if national.level != "national" or len(self.batches) >= self.limit:
            return
        plans = [link_parent(d, [national]) for d in documents if d.level != "national" and d.parent == national.id]
        if not plans:
            return

        def diff(_: object) -> list[Rows]:
            return [diff_pair(national, plan) for plan in plans]

        # The worker is forked with the documents in memory: its one task only says "go".
        batch = _Batch(in_order(diff, [0], 1, background=True), [Pair(national.id, plan.id) for plan in plans])
        self.batches.append(batch)
        self.running.update((pair, PairRows(batch, pair)) for pair in batch.pairs)

    def close(self) -> None:
        """Stop the diffs' processes (those done and those still diffing) and let go of the documents."""
        for batch in self.batches:
            batch.results.close()  # type: ignore[attr-defined]
        self.batches.clear()
        self.running.clear()
        self.documents.clear()
        self.named.clear()


class _Batch:
    """The rows of the pairs one process diffs, by pair, once they are in."""

    def __init__(self, results: Iterator[list[Rows]], pairs: list[Pair]) -> None:
        self.results = results
        self.pairs = pairs
        self.rows: dict[Pair, Rows] | None = None

    def ready(self) -> bool:
        return self.rows is not None or self.results.ready()  # type: ignore[attr-defined]

    def rows_of(self, pair: Pair) -> Rows:
        if self.rows is None:
            self.rows = dict(zip(self.pairs, next(self.results), strict=True))
        return self.rows[pair]


class PairRows(Iterator[Rows]):
    """One pair's rows diffed early: one item; ``ready()`` says whether it can be had without waiting."""

    def __init__(self, batch: _Batch, pair: Pair) -> None:
        self.batch = batch
        self.pair = pair

    def ready(self) -> bool:
        return self.batch.ready()

    def __next__(self) -> Rows:
        return self.batch.rows_of(self.pair)

"""Diffs of local plans begun as soon as they and the national plan they name are read.

A rebuild diffs each local plan against its national plan once every document is read, stored
and linked (:meth:`pilotplans.store.build.DatasetBuild.diff_plans`). When a rebuild has little to
read, one worker reads it in the background while this process stores each document as it comes
(:func:`pilotplans.ingest.dataset.rebuild_dataset`), and those diffs were the last tenth of a
second or more of the rebuild, the reading worker idle meanwhile. A local plan whose manifest
names its national plan (``parent``) can be diffed as soon as both are read: that diff runs in a
process of its own, forked from this one (which holds both documents: nothing is loaded or sent
to it), while the other documents are still read and stored, and its rows are stored with the
others' (``diff_plans(early=…)``).

The rows are those the stored plans give (``tests/test_early_diffs.py``):

- the pair is one ``diff_plans`` diffs (:func:`pilotplans.store.plans.wanted_pairs`): a document
  that is not national, whose parent is a national plan read in this rebuild; linking leaves a
  parent named by the manifest as it is when that plan is among the national plans;
- the local plan is diffed as linking leaves it: :func:`pilotplans.ingest.parents.link_parent`
  with that national plan alone gives what it gives with all of them (the parent's round and
  programme where the plan has none);
- a document diffs the same as read and as stored.

At most one such diff per core runs (a rebuild of many local plans diffs the others at the end,
over the cores). Only a rebuild reading in the background begins diffs early: a larger one keeps
the cores busy reading, and holds no document whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pilotplans.schema.models import Document
    from pilotplans.store.plans import Pair

Rows = list[dict[str, Any]]


class EarlyDiffs:
    """The diffs begun so far (:attr:`running`: each pair's results, one item, in a process of its
    own), told of each document as it is read (:meth:`read`); :meth:`close` stops them."""

    def __init__(self, limit: int | None = None) -> None:
        from pilotplans.ingest.parallel import available_cores

        self.limit = available_cores() if limit is None else limit
        self.nationals: dict[str, Document] = {}
        self.waiting: dict[str, list[Document]] = {}
        """Local plans read before the national plan they name, by its id."""
        self.running: dict[Pair, Iterator[Rows]] = {}

    def read(self, document: Document) -> None:
        """Note ``document``, just read, and begin the diffs it makes possible."""
        if document.level == "national":
            self.nationals[document.id] = document
            for local in self.waiting.pop(document.id, []):
                self._begin(document, local)
        elif document.parent is not None and len(self.running) < self.limit:
            national = self.nationals.get(document.parent)
            if national is None:
                self.waiting.setdefault(document.parent, []).append(document)
            else:
                self._begin(national, document)

    def _begin(self, national: Document, local: Document) -> None:
        from pilotplans.ingest.parallel import in_order
        from pilotplans.ingest.parents import link_parent
        from pilotplans.store.plans import Pair, diff_pair

        if len(self.running) >= self.limit:
            return
        linked = link_parent(local, [national])
        # The worker is forked with both documents in memory: its one task only says "go".
        self.running[Pair(national.id, local.id)] = in_order(lambda _: diff_pair(national, linked), [0], 1, background=True)

    def close(self) -> None:
        """Stop the diffs' processes (those done and those still diffing) and let go of the documents."""
        for results in self.running.values():
            results.close()  # type: ignore[attr-defined]
        self.running.clear()
        self.nationals.clear()
        self.waiting.clear()

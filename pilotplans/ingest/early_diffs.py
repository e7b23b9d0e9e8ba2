"""Diffs of local plans begun as soon as they and the national plan they name are read.

A rebuild diffs each local plan against its national plan once every document is read, stored
and linked (:meth:`pilotplans.store.build.DatasetBuild.diff_plans`). When a rebuild has little to
read, one worker reads it in the background while this process stores each document as it comes
(:func:`pilotplans.ingest.dataset.rebuild_dataset`), and those diffs were the last tenth of a
second or more of the rebuild, the reading worker idle meanwhile. A local plan whose manifest
names its national plan (``parent``) can be diffed as soon as both are read (the worker reads
them first): the first such plan of a national plan is diffed in a process of its own, forked
from **the reading worker** with both documents in memory, and the later ones are sent to the same
process, while the other documents are still read and stored; the rows come to the process
storing the documents through a pipe of their own, and are stored with the others'
(``diff_plans(early=…)``). One process diffs every plan naming one national plan: the first
diff of a process costs half again what the next ones do (compiling the diff's patterns,
profiling the national plan's measures), and fewer processes compete for the cores.

Forked from the reading worker, the diffs' process starts with what reading imported and warmed
(the interpreter and the normalisers the diff's ownership check uses, the bodies and regions
resolved): forked from the process storing the documents, which imports no reader, it imported
35 modules again and filled those caches again (the bundled five: its first diff took 0.16–0.18
CPU-s there, 0.10–0.11 forked from the reader).

The two processes make the same choices from the same documents in the same order (:class:`_Choices`):
the reading worker (:class:`ReaderDiffs`) forks and feeds the diffs' processes, the storing
process (:class:`EarlyDiffs`) knows from its copy of the choices which pipe, and which answer on
it, holds each pair's rows. The pipes are made by the storing process before it forks the reading
worker (:meth:`EarlyDiffs.in_reader`), one per process that may diff.

The rows are those the stored plans give (``tests/test_early_diffs.py``):

- the pair is one ``diff_plans`` diffs (:func:`pilotplans.store.plans.wanted_pairs`): a document
  that is not national, whose parent is a national plan read in this rebuild; linking leaves a
  parent named by the manifest as it is when that plan is among the national plans;
- the local plan is diffed as linking leaves it: :func:`pilotplans.ingest.parents.link_parent`
  with that national plan alone gives what it gives with all of them (the parent's round and
  programme where the plan has none);
- a document diffs the same as read and as stored.

At most one such process per core runs (the other national plans' pairs are diffed at the end,
over the cores). Where processes are not forked (no ``fork`` start method) nothing is diffed early.
This is how a rebuild reading in the background diffs early; a full rebuild read by workers has
each worker link and diff the local plans it reads, forked once the national plans are read
(:class:`pilotplans.ingest.dataset._NationalsFirst`), and holds no document whole.

A diffs' process ends once the reading worker has ended (its pipe from it closed) and it has
answered every plan sent; the reading worker waits for it as it ends. Stopped early (Ctrl-C, a
file that does not read), the storing process closes its ends of the pipes first, then stops the
worker: a diffs' process still diffing ends at its next answer, which nobody reads, and it is
killed as the worker ends (``PR_SET_PDEATHSIG``: a worker terminated or killed leaves no diffs'
process behind). A diffs' process closes, as it starts, the pipes it inherited of the worker's
own (its end of the pool's pipe, its ``multiprocessing`` sentinel, the other diffs' processes'
pipes): held on there, a worker killed while its diffs' process lived was never seen to end by
the storing process, which waited for it forever (the reason this fork was first reverted:
docs/speed.md, rounds 27 and 30). ``tests/test_early_diffs_stopped.py`` stops a rebuild each way
while its diffs' process lives.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING, Any

from pilotplans.errors import PilotplansError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from pilotplans.schema.models import Document
    from pilotplans.store.plans import Pair

Rows = list[dict[str, Any]]
#: Seconds between two looks at Ctrl-C while waiting for a diff's rows.
POLL_SECONDS = 0.1


class DiffsStopped(PilotplansError):
    """A process diffing plans early ended without answering (killed, out of memory)."""


class _Choices:
    """Which diffs the documents read so far make possible: told of each document as it is read
    (:meth:`read`), the national plans whose local plans are diffed early and the plans each one's
    process is given, in order. ``named`` holds the national plans that documents to be read name
    as their parent (by id); at most ``limit`` national plans have a process."""

    def __init__(self, named: Collection[str], limit: int) -> None:
        self.named = set(named)
        self.limit = limit
        self.nationals: dict[str, Document] = {}
        self.waiting: dict[str, list[Document]] = {}
        """Local plans read before the national plan they name, by its id."""
        self.order: list[str] = []
        """The national plans given a process, in the order they were: the index of each one's pipe."""

    def read(self, document: Document) -> list[tuple[Document, list[Document]]]:
        """The diffs ``document``, just read, begins: each national plan with the local plans to diff
        against it now (a national plan not yet in :attr:`order` is given a process)."""
        if document.level == "national":
            if document.id not in self.named:
                return []
            self.nationals[document.id] = document
            return self._diff(document, self.waiting.pop(document.id, []))
        if document.parent not in self.named:
            return []
        national = self.nationals.get(document.parent)
        if national is None:
            self.waiting.setdefault(document.parent, []).append(document)
            return []
        return self._diff(national, [document])

    def _diff(self, national: Document, documents: list[Document]) -> list[tuple[Document, list[Document]]]:
        if not documents or (national.id not in self.order and len(self.order) >= self.limit):
            return []  # (a national plan past the limit has its pairs diffed at the end)
        if national.id not in self.order:
            self.order.append(national.id)
        return [(national, documents)]


def forking() -> bool:
    """Whether processes here are forked (then the diffs' processes inherit the reading worker's memory)."""
    from pilotplans.ingest.parallel import _context

    return _context().get_start_method() == "fork"


class EarlyDiffs:
    """The diffs begun so far, as the process storing the documents sees them (:attr:`running`: each
    pair's rows, see :class:`PairRows`), told of each document as it is read (:meth:`read`); ``named``
    holds the national plans that documents to be read name as their parent (by id). Made before the
    reading worker is forked, which is handed :meth:`in_reader`; :meth:`close` lets go of the pipes."""

    def __init__(self, named: Collection[str], limit: int | None = None) -> None:
        from pilotplans.ingest.parallel import available_cores

        self.choices = _Choices(named, available_cores() if limit is None else limit)
        self.pipes: list[tuple[Connection, Connection | None]] = []
        """Per process that may diff: the end this process reads, and the end the diffs' process
        writes (None once the reading worker is forked: only it and its processes hold it)."""
        if self.choices.named and forking():
            from multiprocessing import Pipe

            self.pipes = [(ends[0], ends[1]) for ends in (Pipe(duplex=False) for _ in range(self.choices.limit))]
        self.batches: dict[str, _Batch] = {}
        """The rows coming from the process diffing the plans naming each national plan, by its id."""
        self.running: dict[Pair, PairRows] = {}

    @property
    def named(self) -> set[str]:
        return self.choices.named

    def in_reader(self) -> ReaderDiffs | None:
        """What the reading worker begins the diffs with (None: none are diffed early); to be handed to
        it before it is forked, and :meth:`forked` called once it is."""
        if not self.pipes:
            return None
        return ReaderDiffs(self.choices.named, self.choices.limit, [writer for _, writer in self.pipes],  # type: ignore[misc]
                           [reader for reader, _ in self.pipes])

    def forked(self) -> None:
        """The reading worker is forked: this process lets go of the ends the diffs' processes write,
        so that a process that ends is seen to (its pipe's end)."""
        for _, writer in self.pipes:
            if writer is not None:
                writer.close()
        self.pipes = [(reader, None) for reader, _ in self.pipes]

    def read(self, document: Document) -> None:
        """Note ``document``, just read: the pairs the reading worker began diffing with it."""
        from pilotplans.store.plans import Pair

        if not self.pipes:
            return
        for national, documents in self.choices.read(document):
            batch = self.batches.get(national.id)
            if batch is None:
                batch = self.batches[national.id] = _Batch(self.pipes[self.choices.order.index(national.id)][0])
            for plan in documents:
                self.running[Pair(national.id, plan.id)] = PairRows(batch, batch.sent)
                batch.sent += 1

    def no_more(self) -> None:
        """Every document is read: the reading worker ends, and each diffs' process once it has
        diffed the plans it was sent (nothing to tell them here)."""

    def close(self) -> None:
        """Let go of the pipes (a diffs' process still diffing ends at its next answer) and the documents."""
        for reader, writer in self.pipes:
            reader.close()
            if writer is not None:
                writer.close()
        self.pipes = []
        self.batches.clear()
        self.running.clear()
        self.choices.nationals.clear()
        self.choices.waiting.clear()


class _Batch:
    """The rows of the pairs one process diffs, in the order they were sent, read from its pipe."""

    def __init__(self, pipe: Connection) -> None:
        self.pipe = pipe
        self.sent = 0
        """Pairs sent to the process so far: the index of the next one's rows."""
        self.rows: list[Rows] = []

    def ready(self, index: int) -> bool:
        while len(self.rows) <= index and self.pipe.poll():
            self._take()
        return index < len(self.rows)

    def rows_of(self, index: int) -> Rows:
        from multiprocessing.connection import wait

        from pilotplans import interrupts

        while len(self.rows) <= index:
            if wait([self.pipe], timeout=POLL_SECONDS):
                self._take()
            interrupts.checkpoint()
        return self.rows[index]

    def _take(self) -> None:
        try:
            kind, value = self.pipe.recv()
        except (EOFError, OSError):
            raise DiffsStopped("a process diffing the local plans ended without answering (out of memory?); "
                               "try again with --workers 1") from None
        if kind == "error":
            raise value
        self.rows.append(value)


class PairRows(Iterator[Rows]):
    """One pair's rows diffed early: one item; ``ready()`` says whether it can be had without waiting."""

    def __init__(self, batch: _Batch, index: int) -> None:
        self.batch = batch
        self.index = index

    def ready(self) -> bool:
        return self.batch.ready(self.index)

    def __next__(self) -> Rows:
        return self.batch.rows_of(self.index)


class ReaderDiffs:
    """The diffs as the reading worker begins them: told of each document it reads (:meth:`read`),
    it forks the process diffing a national plan's local plans (with both in memory) and sends it the
    later ones. ``writers``: the pipes' ends the diffs' processes answer on, one per process that may
    diff; ``readers``: the storing process's ends, which the worker and its processes let go of (else a
    diffs' process answering once the storing process is gone would wait on a full pipe forever)."""

    def __init__(self, named: Collection[str], limit: int, writers: list[Connection], readers: list[Connection]) -> None:
        self.choices = _Choices(named, limit)
        self.writers: list[Connection | None] = list(writers)
        self.readers = readers
        self.inboxes: dict[str, Connection] = {}
        """The pipe sending each diffs' process its later plans, by national plan."""
        self.children: list[int] = []

    def read(self, document: Document) -> None:
        """Begin, or send on, the diffs ``document`` (just read in this process) makes possible."""
        if self.readers:  # the first document read: the storing process's ends are its alone
            for reader in self.readers:
                reader.close()
            self.readers = []
        for national, documents in self.choices.read(document):
            inbox = self.inboxes.get(national.id)
            if inbox is not None:
                try:
                    for plan in documents:
                        inbox.send(plan)
                except OSError:  # the diffs' process is gone: the storing process finds it at its pipe's end
                    pass
                continue
            index = self.choices.order.index(national.id)
            writer = self.writers[index]
            if writer is None:
                continue
            self._fork(national, documents, index)

    def _fork(self, national: Document, documents: list[Document], index: int) -> None:
        from multiprocessing import Pipe

        take, give = Pipe(duplex=False)
        worker = os.getpid()
        pid = os.fork()
        if pid == 0:  # the diffs' process: it never returns
            answers = self.writers[index]
            _end_with_parent(worker)
            _close_inherited_pipes(keep={take.fileno(), answers.fileno()})  # type: ignore[union-attr]
            _diff_in_child(national, documents, take, answers)  # type: ignore[arg-type]
        take.close()
        self.writers[index].close()  # type: ignore[union-attr]  # only the diffs' process answers on it
        self.writers[index] = None
        self.inboxes[national.id] = give
        if not self.children:
            from multiprocessing import util

            util.Finalize(None, ReaderDiffs.end, args=(self.inboxes, self.children), exitpriority=10)
        self.children.append(pid)

    @staticmethod
    def end(inboxes: dict[str, Connection], children: list[int]) -> None:
        """As the reading worker ends: tell the diffs' processes no more plans come, and wait for
        them (so that none is left unreaped)."""
        for inbox in inboxes.values():
            inbox.close()
        for pid in children:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass


def _end_with_parent(parent: int) -> None:
    """Have this process (a diffs' process just forked from the reading worker, whose pid is ``parent``) killed as soon
    as the worker ends (Linux's ``PR_SET_PDEATHSIG``): a worker terminated — the rebuild stopped by Ctrl-C, a file that
    does not read — or killed leaves no diffs' process diffing on for nobody after the command ended. Where the call is
    not to be had the process ends at its next answer, which nobody reads, or once the worker's pipe to it closes. A
    worker that ended before the call took is seen by this process's parent no longer being it (the orphan is adopted
    by init, or by a subreaper, whose pid is not 1)."""
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the worker ended before the call took: nobody is left to diff for
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _close_inherited_pipes(keep: set[int]) -> None:
    """Close every pipe and socket this process (a diffs' process just forked from the reading worker) inherited but
    those in ``keep`` (its own: the plans coming in, the answers going out). What the worker holds of its own — its end
    of the pool's pipe, the write end of its ``multiprocessing`` sentinel, its pipes to the diffs' processes of other
    national plans — must end with the worker: held on here, the storing process would never see the worker die (it
    waits for that sentinel's end), and would wait for it forever while this process waits for it to read its
    answers. Files are left open (none of the worker's is the storing process's to wait on)."""
    import stat

    try:
        held = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        held = list(range(3, _FDS_LOOKED_AT))
    for fd in held:
        if fd <= 2 or fd in keep:
            continue
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
            os.close(fd)


#: Where the open descriptors cannot be listed (no ``/proc``), the ones looked at.
_FDS_LOOKED_AT = 1024


def _diff_in_child(national: Document, documents: list[Document], inbox: Connection, answers: Connection) -> None:
    """A diffs' process: diff ``documents``, then each plan ``inbox`` brings until it closes, against
    ``national``, each answered on ``answers`` as ``("ok", rows)`` or ``("error", exception)``; then
    keep what the work added to the cache folder and end (without Python's exit: this is a fork)."""
    status = 0
    try:
        from pilotplans import collector
        from pilotplans.ingest.parallel import _Answers

        collector.before_fork()  # what the reading worker holds is never scanned again here
        # Answered by a thread of their own: the storing process takes the rows in only once it has
        # stored the documents, and the reading worker sends the next plan meanwhile.
        answering = _Answers(answers)
        try:
            for plan in documents:
                answering.send(_answer(national, plan))
            while True:
                try:
                    plan = inbox.recv()
                except EOFError:
                    break
                answering.send(_answer(national, plan))
            from pilotplans.cachedir import save_additions

            save_additions()
        finally:
            answering.close()  # every answer written (or the storing process gone)
    except BaseException:  # noqa: BLE001 - nothing may return into the reading worker's code
        status = 1
    finally:
        os._exit(status)


def _answer(national: Document, plan: Document) -> tuple[str, Any]:
    from pilotplans.ingest.parents import link_parent
    from pilotplans.store.plans import diff_pair

    try:
        return ("ok", diff_pair(national, link_parent(plan, [national])))
    except Exception as exc:  # noqa: BLE001 - handed to the storing process, which raises it
        return ("error", exc)

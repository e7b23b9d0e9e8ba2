"""Doing one piece of work per file over the machine's cores: a pool of worker processes.

Files are independent, so reading them is spread over worker processes, a file per task, and
the results come back in the order of the files (what is stored and printed never depends on
which worker was faster). Workers are forked from the calling process, so they start with what
it has imported and loaded. At most a few tasks per worker are ahead of the oldest unfinished
one, so that a large dataset is never held in memory whole.

The pool is a few lines of its own rather than ``concurrent.futures``: each worker has a pipe of
its own and the calling process waits on the pipes (and the workers' lives) itself, a tenth of a
second at a time, looking at Ctrl-C in between (:mod:`pilotplans.interrupts`). Stopping it means
terminating the workers and closing the pipes — no thread is left reading half a result from a
worker killed while it wrote one, which is how a stopped ``ProcessPoolExecutor`` hangs the end of
the program. Workers ignore Ctrl-C: the calling process receives it and stops them.
"""

from __future__ import annotations

import math
import os
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pilotplans import interrupts

if TYPE_CHECKING:  # multiprocessing is imported when a pool starts: one file is read in this process
    import multiprocessing
    from multiprocessing.connection import Connection

T = TypeVar("T")
R = TypeVar("R")

#: Tasks handed out ahead of the oldest unfinished one, per worker, beyond those it holds.
QUEUE_PER_WORKER = 1
#: Tasks a worker holds at once, at least: the next waits in its pipe while it works on one, so that
#: it does not wait for the calling process (busy storing a result or writing a workbook) to be given it.
TASKS_PER_WORKER = 2
#: How many times the longest while the calling process went without taking answers in or handing
#: tasks out a worker holds work for, when its tasks are quicker than that: a rebuild writes its
#: rows to the database 20,000 at a time (a quarter of a second on a quiet machine, far longer on
#: a busy one), and holding two tasks, workers reading documents of 50 ms stood idle through each
#: such batch, 7% of their time on a rebuild of 1,000 documents.
COVER = 1.5
#: Tasks a worker holds at most, however quick.
MOST_HELD = 16
#: Seconds between two looks at Ctrl-C while waiting for a worker.
POLL_SECONDS = 0.1
#: Bytes of source files worth a worker of their own. Starting a worker (importing the readers,
#: their first use) costs about what reading 150 KB of text costs, or 50 KB of PDF: the five
#: bundled texts (185 KB) are read faster by one (a rebuild reads them in one worker while it opens
#: the database: :func:`pilotplans.ingest.dataset.rebuild_dataset`), three PDFs (1.1 MB) by two.
BYTES_PER_WORKER = 256 * 1024


class WorkerDied(RuntimeError):
    """A worker process ended without answering (killed, out of memory)."""


def available_cores() -> int:
    """The processors this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def workers_for(sizes: Sequence[int], cores: int | None = None) -> int:
    """How many workers to read files of these sizes with: one per ``BYTES_PER_WORKER``, at least
    one, at most one per core."""
    return max(1, min(cores or available_cores(), sum(sizes) // BYTES_PER_WORKER, len(sizes)))


def _serve(connection: Connection, work: Callable[[Any], Any], inherited: Sequence[Connection]) -> None:
    """A worker: answer each task with ``("ok", result)`` or ``("error", exception)`` until told to
    stop, or until the calling process is gone (its ends of the pipes, which a forked worker
    inherits, are closed first: else the pipe would never end). Answers are sent by a thread of
    their own (:class:`_Answers`), so that the worker goes on with the next task it holds while the
    calling process, busy with other work, has not yet taken in the last answer."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for other in inherited:
        other.close()
    answers = _Answers(connection)
    try:
        while True:
            try:
                item = connection.recv()
            except EOFError:
                return
            if item is None:
                # What the work kept in the cache folder (patterns, records' methods) is written as
                # a program writes it when it ends: a worker ends without Python's exit.
                from pilotplans.cachedir import save_additions

                save_additions()
                return
            try:
                answer: tuple[str, Any] = ("ok", work(item))
            except Exception as exc:  # noqa: BLE001 - handed to the caller, who raises it
                answer = ("error", exc)
            answers.send(answer)
    finally:
        answers.close()


class _Answers:
    """A worker's answers, pickled in the worker's own thread (one that does not pickle is
    answered with the error instead) and written to the pipe by a thread of their own, in order.

    A document's answer is larger than the pipe holds, so writing it waits until the calling
    process reads it; a rebuild of a few documents reads them in one worker while the calling
    process imports and opens the database (:func:`pilotplans.ingest.dataset.rebuild_dataset`),
    and the worker used to wait there, idle, instead of reading the next document it held (a
    seventh of a rebuild of the bundled five)."""

    def __init__(self, connection: Connection) -> None:
        import queue
        import threading

        self.connection = connection
        self.queue: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._write, daemon=True)
        self.thread.start()

    def send(self, answer: tuple[str, Any]) -> None:
        from multiprocessing.reduction import ForkingPickler

        try:
            data = bytes(ForkingPickler.dumps(answer))
        except Exception as exc:  # noqa: BLE001 - an answer that does not pickle
            data = bytes(ForkingPickler.dumps(("error", RuntimeError(f"{type(exc).__name__}: {exc}"))))
        self.queue.put(data)

    def _write(self) -> None:
        while (data := self.queue.get()) is not None:
            try:
                self.connection.send_bytes(data)
            except OSError:  # the calling process is gone, or stopped the pool: nobody reads on
                return

    def close(self) -> None:
        """Write what is left, then let the thread end."""
        self.queue.put(None)
        self.thread.join()


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else methods[0])


class _InProcess(Iterator[R], Generic[T, R]):
    def __init__(self, work: Callable[[T], R], items: Sequence[T]) -> None:
        self.work = work
        self.upcoming = iter(items)

    def __next__(self) -> R:
        item = next(self.upcoming)
        interrupts.checkpoint()
        return self.work(item)

    def ready(self) -> bool:
        """Whether the next result can be had without waiting (here: it is worked out when asked for)."""
        return True

    def no_more(self) -> None:
        """(Nothing to stop: the work is done in this process.)"""

    def close(self) -> None:
        self.upcoming = iter(())


class _Pool(Iterator[R], Generic[T, R]):
    """The results of the items' work in the order of the items; :meth:`close` stops the workers."""

    def __init__(self, work: Callable[[T], R], items: Sequence[T], workers: int, *, growing: bool = False) -> None:
        self.items = items  # each item is taken when it is handed out (a sequence may load it then)
        self.growing = growing  # items may still be given (:meth:`extend`) until :meth:`no_more`
        self.stopped: set[int] = set()  # workers told to stop, their work done
        self.next_task = 0  # the next item to hand out
        self.next_result = 0  # the next result to give back
        self.done: dict[int, tuple[str, Any]] = {}
        self.busy: dict[int, list[int]] = {}  # worker → the items it was given and has not answered, oldest first
        self.answered: list[int] = []  # answers from each worker so far
        self.started = 0.0  # when the workers were started (time.monotonic)
        self.looked = 0.0  # when answers were last taken in
        self.away = 0.0  # the longest while between two looks at the answers, so far
        self.connections: list[Connection] = []
        self.processes: list[multiprocessing.process.BaseProcess] = []
        context = _context()
        try:
            for _ in range(workers):
                ours, theirs = context.Pipe()
                self.connections.append(ours)
                process = context.Process(target=_serve, args=(theirs, work, list(self.connections)), daemon=True)
                process.start()
                theirs.close()
                self.processes.append(process)
                self.answered.append(0)
            self.started = self.looked = time.monotonic()
            for held in range(1, TASKS_PER_WORKER + 1):  # a task each first, then the next ones
                for worker in range(workers):
                    self._hand_out(worker, held)
        except BaseException:
            self.close()
            raise

    def _held(self, worker: int) -> int:
        """How many tasks ``worker`` is to hold: ``TASKS_PER_WORKER``, or, once its answers tell how
        quick its tasks are, enough for ``COVER`` times the longest the calling process was away
        from the answers so far and one more (at most ``MOST_HELD``); and,
        when few tasks are left to hand out, no more than its share of them and the one it works on,
        so that one worker is not left with a queue while the other has nothing to do."""
        answered = self.answered[worker]
        held = TASKS_PER_WORKER
        if answered:
            seconds = max(time.monotonic() - self.started, 1e-3) / answered
            held = max(held, min(MOST_HELD, 1 + math.ceil(COVER * self.away / seconds)))
        left = len(self.items) - self.next_task
        return min(held, max(TASKS_PER_WORKER, 1 + math.ceil(left / len(self.processes))))

    def _hand_out(self, worker: int, up_to: int | None = None) -> None:
        """Give ``worker`` tasks until it holds ``up_to`` (else :meth:`_held`), within the queue's
        bound: the tasks the workers are to hold and ``QUEUE_PER_WORKER`` each ahead of the oldest
        unfinished one (the results of those after it wait here until it is answered)."""
        if up_to is None:
            up_to = self._held(worker)
        limit = self.next_result + sum(max(len(self.busy.get(w, ())), self._held(w)) + QUEUE_PER_WORKER
                                       for w in range(len(self.processes)))
        while len(self.busy.get(worker, ())) < up_to and self.next_task < len(self.items) and self.next_task < limit:
            try:
                self.connections[worker].send(self.items[self.next_task])
            except (BrokenPipeError, ConnectionResetError):
                raise self._died(worker) from None
            self.busy.setdefault(worker, []).append(self.next_task)
            self.next_task += 1

    def __next__(self) -> R:
        if self.next_result >= len(self.items):
            self.close()
            raise StopIteration
        try:
            while self.next_result not in self.done:
                self._collect()
                interrupts.checkpoint()
            kind, value = self.done.pop(self.next_result)
            self.next_result += 1
            for worker in range(len(self.processes)):
                self._hand_out(worker)
            for worker in range(len(self.processes)):  # one left idle by the queue's bound, the last tasks now the others'
                self._stop_when_done(worker)
            if kind == "error":
                raise value
        except BaseException:
            self.close()
            raise
        return value  # type: ignore[no-any-return]

    def extend(self, items: Sequence[T]) -> None:
        """Give the workers ``items`` too, after those given so far (their results follow): a pool
        started ``growing``, until :meth:`no_more`."""
        if not self.growing:
            raise ValueError("items given to a pool that takes no more")
        self.items = [*self.items, *items]
        try:
            for worker in range(len(self.processes)):
                self._hand_out(worker)
        except BaseException:
            self.close()
            raise

    def no_more(self) -> None:
        """No item will be given from now on: each worker is told to stop as soon as it has
        answered its last task (at once when it has)."""
        self.growing = False
        for worker in range(len(self.processes)):
            self._stop_when_done(worker)

    def _stop_when_done(self, worker: int) -> None:
        """Tell ``worker`` to stop when it holds no task and none is left to hand out, and items no
        longer come: it then keeps what its work added to the cache folder and ends while the
        calling process goes on (a rebuild's last tenth of a second: putting the build in place),
        instead of when the pool is closed, which waits for it."""
        if (self.growing or worker in self.busy or worker in self.stopped or self.next_task < len(self.items)):
            return
        self.stopped.add(worker)
        try:
            self.connections[worker].send(None)
        except OSError:
            pass

    def ready(self) -> bool:
        """Whether the next result is in (answers that came are taken in, without waiting), so
        that the caller can do other work until it is."""
        if self.next_result < len(self.items) and self.next_result not in self.done:
            try:
                self._collect(timeout=0)
            except BaseException:
                self.close()
                raise
        return self.next_result >= len(self.items) or self.next_result in self.done

    def _collect(self, timeout: float = POLL_SECONDS) -> None:
        """Wait up to ``timeout`` seconds for answers (or a worker's end) and take them in."""
        now = time.monotonic()
        self.away = max(self.away, now - self.looked)
        self.looked = now
        from multiprocessing.connection import wait

        by_connection = {id(c): w for w, c in enumerate(self.connections)}
        by_sentinel = {p.sentinel: w for w, p in enumerate(self.processes)}
        ready = wait([*(self.connections[w] for w in self.busy), *(self.processes[w].sentinel for w in self.busy)],
                     timeout=timeout)
        for handle in ready:
            if isinstance(handle, int):
                worker = by_sentinel[handle]
                if worker in self.busy and not self.connections[worker].poll():
                    raise self._died(worker)
                continue
            worker = by_connection[id(handle)]
            if worker not in self.busy:
                continue
            try:
                answer = handle.recv()
            except (EOFError, ConnectionResetError):  # reset: it ended with a task unread in its pipe
                raise self._died(worker) from None
            held = self.busy[worker]
            self.done[held.pop(0)] = answer
            self.answered[worker] += 1
            if not held:
                del self.busy[worker]
            self._hand_out(worker)
            self._stop_when_done(worker)

    def _died(self, worker: int) -> WorkerDied:
        self.processes[worker].join(timeout=1)
        return WorkerDied(f"a worker process ended without answering (exit code {self.processes[worker].exitcode})")

    def close(self) -> None:
        """Stop the workers: idle ones are told to, busy ones (perhaps in the middle of a long
        file) are terminated."""
        for worker, connection in enumerate(self.connections):
            if worker not in self.busy and worker not in self.stopped:
                try:
                    connection.send(None)
                except OSError:
                    pass
        for worker, process in enumerate(self.processes):
            if worker in self.busy and process.is_alive():
                process.terminate()
        for process in self.processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join()
        for connection in self.connections:
            connection.close()
        self.connections, self.processes, self.busy, self.stopped = [], [], {}, set()


def in_order(work: Callable[[T], R], items: Sequence[T], workers: int, *,
             background: bool = False, growing: bool = False) -> _Pool[T, R] | _InProcess[T, R]:
    """``work(item)`` for each item, in the order of ``items``, over ``workers`` processes (in
    this process when ``workers`` is 1 or there is a single item, unless ``background`` asks for
    one worker process even then). The results must be picklable; an exception ``work`` raises is
    raised here for its item, and :class:`WorkerDied` for a worker that ended without answering;
    either stops the pool.

    The workers start at once, before the first result is asked for, so that the caller can do
    other work (open a database) while they read. Each is told to stop once it has answered its
    last task; ``growing``: more items may come (``extend``) until ``no_more()`` says none will.
    ``close()`` stops them."""
    workers = max(1, min(workers, len(items)))
    if workers == 1 and not (background and items):
        return _InProcess(work, items)
    return _Pool(work, items, workers, growing=growing)

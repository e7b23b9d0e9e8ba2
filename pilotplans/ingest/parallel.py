"""Doing one piece of work per file over the machine's cores: a pool of processes.

Files are independent, so reading them is spread over worker processes, a file per task, and
the results come back in the order of the files (what is stored and printed never depends on
which worker was faster). Workers are forked from the calling process after it has imported
the readers and loaded the registry, so they start with both in memory. At most a few tasks per
worker are in flight, so that a large dataset is never held in memory whole.

Workers ignore Ctrl-C: the calling process receives it, stops the workers at once and raises
``KeyboardInterrupt`` where it waits.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from typing import TypeVar

from pilotplans import interrupts

T = TypeVar("T")
R = TypeVar("R")

#: Tasks in flight per worker.
QUEUE_PER_WORKER = 3
#: Seconds between two looks at Ctrl-C while waiting for a worker.
POLL_SECONDS = 0.1


def available_cores() -> int:
    """The processors this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else methods[0])


class _InOrder(Iterator[R]):
    """The results of a pool's tasks in the order they were given; :meth:`close` stops the pool."""

    def __init__(self, work: Callable[[T], R], items: Sequence[T], workers: int) -> None:
        self.work = work
        self.upcoming = iter(items)
        self.pool: ProcessPoolExecutor | None = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_ignore_interrupts)
        self.pending: deque[Future[R]] = deque()
        try:
            for _ in range(workers * QUEUE_PER_WORKER):
                if not self._submit():
                    break
        except BaseException:
            self.close()
            raise

    def _submit(self) -> bool:
        assert self.pool is not None
        for item in self.upcoming:
            self.pending.append(self.pool.submit(self.work, item))
            return True
        return False

    def __next__(self) -> R:
        if not self.pending:
            self._finish()
            raise StopIteration
        try:
            head = self.pending.popleft()
            while not wait([head], timeout=POLL_SECONDS).done:
                interrupts.checkpoint()
            interrupts.checkpoint()
            result = head.result()
            self._submit()
        except BaseException:
            self.close()
            raise
        return result

    def _finish(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()
            self.pool = None

    def close(self) -> None:
        """Stop the workers now (they may be in the middle of a long file)."""
        if self.pool is not None:
            _stop(self.pool)
            self.pool = None


class _InProcess(Iterator[R]):
    def __init__(self, work: Callable[[T], R], items: Sequence[T]) -> None:
        self.work = work
        self.upcoming = iter(items)

    def __next__(self) -> R:
        item = next(self.upcoming)
        interrupts.checkpoint()
        return self.work(item)

    def close(self) -> None:
        self.upcoming = iter(())


def in_order(work: Callable[[T], R], items: Sequence[T], workers: int) -> _InOrder[R] | _InProcess[R]:
    """``work(item)`` for each item, in the order of ``items``, over ``workers`` processes (in
    this process when ``workers`` is 1 or there is a single item). ``work`` and the items must
    be picklable; an exception ``work`` raises is raised here for its item.

    The workers start at once, before the first result is asked for, so that the caller can do
    other work (open a database) while they read. ``close()`` stops them."""
    workers = max(1, min(workers, len(items)))
    if workers == 1:
        return _InProcess(work, items)
    return _InOrder(work, items, workers)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now: they may be in the middle of a long file."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)

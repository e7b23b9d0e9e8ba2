"""Work spread over worker processes comes back in the order it was given, and a pool that is
stopped or loses a worker leaves no process behind."""

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from pilotplans.ingest import parallel
from pilotplans.ingest.parallel import WorkerDied, in_order


def slow_for_small(n: int) -> int:
    time.sleep(0.05 * (5 - n % 5))  # the first items finish last
    return n * n


def fails_on_three(n: int) -> int:
    if n == 3:
        raise ValueError("three")
    return n


def dies_on_two(n: int) -> int:
    if n == 2:
        os._exit(9)
    return n


def test_results_come_in_the_order_of_the_items():
    assert list(in_order(slow_for_small, list(range(12)), workers=3)) == [n * n for n in range(12)]


def test_an_exception_in_the_work_is_raised_for_its_item():
    results = in_order(fails_on_three, [1, 2, 3, 4], workers=2)
    assert [next(results), next(results)] == [1, 2]
    with pytest.raises(ValueError, match="three"):
        next(results)
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_is_reported_and_the_others_stopped():
    with pytest.raises(WorkerDied, match=r"exit code 9"):
        list(in_order(dies_on_two, [1, 2, 3, 4, 5], workers=2))
    assert multiprocessing.active_children() == []


def test_closing_a_pool_before_its_first_result_stops_its_workers():
    results = in_order(slow_for_small, list(range(20)), workers=2)
    results.close()
    assert multiprocessing.active_children() == []


def _wait_for(path, seconds: float = 60) -> None:
    """Wait until ``path`` exists (a worker or the test made it), ``seconds`` at most."""
    deadline = time.monotonic() + seconds
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.01)


def answered_once_let(item: tuple[int, str]) -> int:
    n, folder = item
    _wait_for(Path(folder) / "go")  # the test says when: no answer is in before it does
    return n


def _until(ready, seconds: float = 60) -> bool:
    """Ask ``ready()`` until it is True, ``seconds`` at most (a pool that never tells fails, not hangs)."""
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_a_pool_tells_without_waiting_whether_its_next_result_is_in(tmp_path, monkeypatch):
    # no item is answered before the test lets them: a ready() that waited for an answer (any) would
    # return only after the workers gave up waiting (a minute), True; one that waited a while, however
    # short, asks the pipes with a timeout
    import multiprocessing.connection

    asked = []
    real_wait = multiprocessing.connection.wait

    def wait(handles, timeout=None):
        asked.append(timeout)
        return real_wait(handles, timeout)

    monkeypatch.setattr(multiprocessing.connection, "wait", wait)
    results = in_order(answered_once_let, [(0, str(tmp_path)), (1, str(tmp_path))], workers=2)
    try:
        assert results.ready() is False
        (tmp_path / "go").touch()
        assert _until(results.ready)
        assert asked and set(asked) == {0}
        assert list(results) == [0, 1]
        assert results.ready() is True  # nothing is left to wait for
    finally:
        results.close()


def test_one_worker_reads_in_this_process():
    assert list(in_order(lambda n: (n, os.getpid()), [1, 2], workers=1)) == [(1, os.getpid()), (2, os.getpid())]


def test_workers_end_when_the_calling_process_is_gone(tmp_path):
    import subprocess
    import sys

    script = ("import os, sys, time\n"
              "from pilotplans.ingest.parallel import in_order\n"
              "results = in_order(time.sleep, [2] * 4, workers=2)\n"
              "print(' '.join(str(p.pid) for p in results.processes), flush=True)\n"
              "os._exit(0)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    workers = [int(pid) for pid in done.stdout.split()]
    assert len(workers) == 2
    deadline = time.monotonic() + 20  # each ends its task (2 s), then finds no one to answer
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_worker_is_started_for_every_256_kib_to_read_up_to_the_cores():
    from pilotplans.ingest.parallel import workers_for

    assert workers_for([43_000, 31_000, 36_000, 26_000, 49_000], cores=2) == 1  # the bundled five texts
    assert workers_for([370_000, 319_000, 428_000], cores=2) == 2  # three PDFs
    assert workers_for([300_000] * 1000, cores=2) == 2
    assert workers_for([300_000] * 1000, cores=1) == 1
    assert workers_for([], cores=4) == 1


def test_items_given_to_a_running_pool_are_worked_on_after_the_first_ones():
    results = in_order(slow_for_small, [3], 1, background=True, growing=True)
    try:
        results.extend([1, 2])
        assert list(results) == [slow_for_small(3), slow_for_small(1), slow_for_small(2)]
    finally:
        results.close()


def large_answer_noted(item: tuple[int, str]) -> bytes:
    n, folder = item
    with open(os.path.join(folder, f"done-{n}"), "w"):
        pass
    return bytes(4 * 1024 * 1024)  # far more than a pipe holds: writing it waits for the reader


def test_a_worker_goes_on_with_its_next_task_while_its_last_answer_is_not_yet_taken_in(tmp_path):
    results = in_order(large_answer_noted, [(n, str(tmp_path)) for n in range(2)], workers=1, background=True)
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "done-1").exists() and time.monotonic() < deadline:
            time.sleep(0.01)  # no answer is asked for meanwhile
        assert sorted(p.name for p in tmp_path.iterdir()) == ["done-0", "done-1"]
        assert [len(answer) for answer in results] == [4 * 1024 * 1024] * 2
    finally:
        results.close()
    assert multiprocessing.active_children() == []


def unpicklable_answer(n: int) -> object:
    return (lambda: n) if n == 2 else n


def test_an_answer_that_does_not_pickle_is_raised_for_its_item():
    results = in_order(unpicklable_answer, [1, 2, 3], workers=2)
    assert next(results) == 1
    with pytest.raises(RuntimeError, match="PicklingError|AttributeError"):
        next(results)


def noted(item: tuple[int, str]) -> int:
    n, folder = item
    with open(os.path.join(folder, f"done-{n}"), "w"):
        pass
    return n


class _Clock:
    """The calling process's clock as the pool reads it, moved on by the test alone: a task takes
    ``owed`` seconds on it, passed while the pool waits for the answer, a look at the pipes
    (``POLL_SECONDS``) at a time, as it passes while a worker is busy."""

    def __init__(self) -> None:
        self.now = 0.0
        self.owed = 0.0
        self.gives_up = time.monotonic() + 60  # real time: a pool waiting on for nothing fails, not hangs

    def monotonic(self) -> float:
        return self.now

    def waiting(self, real_wait):
        from pilotplans.ingest.parallel import POLL_SECONDS

        def wait(handles, timeout=None):
            if time.monotonic() > self.gives_up:
                raise AssertionError("the pool waited a minute for an answer")
            if not timeout:  # a look that does not wait (ready())
                return real_wait(handles, timeout)
            step = min(self.owed, POLL_SECONDS)
            self.now += step
            self.owed -= step
            return [] if self.owed > 0 else real_wait(handles, timeout)  # nothing in yet, as while it works
        return wait


def _away_twice(folder, monkeypatch, seconds: float, away: float) -> tuple[int, int]:
    """A pool of one worker over 60 tasks of ``seconds`` each on the pool's clock whose results are
    taken 10 at a time, the calling process ``away`` seconds after each ten (as if busy elsewhere:
    writing rows to its database); how many tasks the worker held as the calling process went away
    the second time, and how many it had done while away (20 results were taken). The clock is the
    test's, so what the pool measures does not hang on how loaded the machine is; what the worker
    holds it does while the calling process is away, however long it takes to."""
    import multiprocessing.connection

    from pilotplans.ingest import parallel

    clock = _Clock()
    monkeypatch.setattr(parallel, "time", clock)
    monkeypatch.setattr(multiprocessing.connection, "wait", clock.waiting(multiprocessing.connection.wait))
    results = in_order(noted, [(n, str(folder)) for n in range(60)], workers=1, background=True)
    try:
        for _ in range(2):
            for _ in range(10):
                clock.owed = seconds
                next(results)
            held = len(results.busy.get(0, ()))
            clock.now += away
        _wait_for(folder / f"done-{results.next_result + held - 1}")
        done = len(list(folder.iterdir()))
        monkeypatch.undo()
        assert list(results) == list(range(20, 60))
    finally:
        results.close()
    return held, done


def test_a_worker_with_quick_tasks_holds_enough_to_work_on_while_its_answers_are_not_taken_in(tmp_path, monkeypatch):
    held, done = _away_twice(tmp_path, monkeypatch, 0.01, away=1.0)
    assert held == 16  # the most: the first time away told how long the calling process may be away
    assert done == 20 + 16


def test_a_worker_whose_tasks_take_longer_than_the_calling_process_is_away_holds_two(tmp_path, monkeypatch):
    held, done = _away_twice(tmp_path, monkeypatch, 0.3, away=0.1)
    assert held == 2  # the one it works on and the one waiting in its pipe
    assert done == 20 + 2



def _ended(process, seconds: float = 60) -> bool:
    """Whether ``process`` ends within ``seconds`` (it is not told to by this test)."""
    process.join(timeout=seconds)
    return not process.is_alive()


def test_a_worker_ends_once_it_has_answered_its_last_task_while_the_pool_is_still_open():
    results = in_order(slow_for_small, [1, 2, 3], 1, background=True)
    try:
        assert [next(results) for _ in range(3)] == [1, 4, 9]
        (worker,) = results.processes
        assert _ended(worker)
    finally:
        results.close()
    assert multiprocessing.active_children() == []


def test_a_worker_of_a_pool_that_may_be_given_more_goes_on_until_told_none_will_come():
    results = in_order(slow_for_small, [1], 1, background=True, growing=True)
    try:
        assert next(results) == 1
        results.extend([2])  # its last task answered: it still takes the next
        assert next(results) == 4
        (worker,) = results.processes
        results.no_more()
        assert _ended(worker)
    finally:
        results.close()


def test_a_pool_that_takes_no_more_refuses_items():
    results = in_order(slow_for_small, [1, 2], 1, background=True)
    try:
        with pytest.raises(ValueError, match="takes no more"):
            results.extend([3])
    finally:
        results.close()


def first_slow(n: int) -> int:
    time.sleep(1.0 if n == 0 else 0)
    return n


def test_a_worker_left_idle_by_the_queue_s_bound_ends_once_the_last_task_goes_to_another(monkeypatch):
    # one task each and no queue ahead: the worker done with item 1 waits while item 0 is worked on,
    # item 2 is handed to the worker of item 0 once its answer is taken, and nothing is left for the other
    monkeypatch.setattr(parallel, "TASKS_PER_WORKER", 1)
    monkeypatch.setattr(parallel, "MOST_HELD", 1)
    monkeypatch.setattr(parallel, "QUEUE_PER_WORKER", 0)
    results = in_order(first_slow, [0, 1, 2], 2)
    try:
        assert [next(results) for _ in range(3)] == [0, 1, 2]
        assert all(_ended(worker) for worker in results.processes)
    finally:
        results.close()

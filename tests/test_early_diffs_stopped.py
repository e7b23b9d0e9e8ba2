"""A rebuild whose early diffs' process (forked from the worker reading in the background: pilotplans.ingest.early_diffs)
is alive when something stops it ends in one line, without hanging and without leaving a process behind: the reading
worker killed, Ctrl-C, the diffs' process killed. Each runs the command in a process of its own, in a session of its
own (Ctrl-C reaches the whole session, as a terminal sends it), and stops it once the diffs' process is seen; the
timeouts only keep a hang from holding up the suite."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEEDS

ROOT = Path(__file__).parents[1]
#: Generous: a rebuild of these documents takes a few seconds on a busy machine; a hang never ends.
HANG_SECONDS = 120
#: Copies of national-2018 read after the two local plans (files the manifest does not list): the reading worker reads
#: on while the diffs' process lives, and the files stay few enough for one worker to read them in the background.
EXTRA_COPIES = 8


def _children() -> dict[int, list[int]]:
    """Each process's children, by its pid (from /proc)."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                stat = Path(f"/proc/{name}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(name))
    return children


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, ended and not yet reaped, does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _gone(pid: int) -> bool:
    """Whether ``pid`` ends (waited for up to HANG_SECONDS: a process killed as its parent ends, or ended on its own, has
    closed its descriptors, which ended the command's output, a moment before it is seen to have ended, and a loaded
    machine may stretch that moment)."""
    deadline = time.monotonic() + HANG_SECONDS
    while _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    national = (SEEDS / "001_49e808efe8358f81.txt").read_bytes()
    for k in range(EXTRA_COPIES):
        (raw / f"copy-{k}.txt").write_bytes(national)
    return raw


def _started(tmp_path: Path) -> tuple[subprocess.Popen[str], int, int]:
    """The rebuild, started, once its reading worker has forked the diffs' process: the command, the worker, the
    diffs' process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PILOTPLANS_CACHE_DIR": str(tmp_path / "cache")}
    command = subprocess.Popen([sys.executable, "-m", "pilotplans", "rebuild", "--raw", str(_raw(tmp_path)), "--out",
                                str(tmp_path / "out"), "--full"], env=env, text=True, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
    while command.poll() is None:
        children = _children()
        for worker in children.get(command.pid, []):
            diffs = children.get(worker, [])
            if diffs:
                return command, worker, diffs[0]
        time.sleep(0.005)
    pytest.fail(f"the rebuild ended before its diffs' process was seen: {command.stderr.read()}")  # type: ignore[union-attr]


def _ended(command: subprocess.Popen[str]) -> list[str]:
    """The lines the command printed to stderr, once it ended (a hang fails)."""
    try:
        _, err = command.communicate(timeout=HANG_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(command.pid, signal.SIGKILL)  # every process of its group, an orphan too (it keeps its group)
        command.communicate()
        raise
    return [line for line in err.splitlines() if line.strip()]


def test_the_reading_worker_killed_while_its_diffs_process_lives_stops_the_rebuild_in_one_line(tmp_path):
    command, worker, diffs = _started(tmp_path)
    os.kill(worker, signal.SIGKILL)
    lines = _ended(command)
    assert command.returncode == 1
    assert len(lines) == 1 and lines[0].endswith(": a process reading the files stopped unexpectedly (out of memory?); "
                                                 "try again with --workers 1")
    assert _gone(diffs)
    assert not (tmp_path / "out" / "pilotplans.db").exists()


def test_ctrl_c_while_the_worker_reads_stops_the_rebuild_in_one_line(tmp_path):
    command, worker, diffs = _started(tmp_path)
    os.killpg(command.pid, signal.SIGINT)
    lines = _ended(command)
    assert command.returncode == 130
    assert len(lines) == 1
    assert _gone(worker) and _gone(diffs)
    assert not (tmp_path / "out" / "pilotplans.db").exists()


def test_the_diffs_process_killed_stops_the_rebuild_in_one_line(tmp_path):
    command, worker, diffs = _started(tmp_path)
    os.kill(diffs, signal.SIGKILL)
    lines = _ended(command)
    assert command.returncode == 1
    assert lines == ["error: a process diffing the local plans ended without answering (out of memory?); try again "
                     "with --workers 1"]
    assert _gone(worker)
    assert not (tmp_path / "out" / "pilotplans.db").exists()


def _status_of_forked(call) -> int:
    """The exit status of a process forked here that makes ``call`` and then ends with 0 (it never returns here)."""
    pid = os.fork()
    if pid == 0:
        try:
            call()
        finally:
            os._exit(0)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def test_a_diffs_process_whose_worker_ended_before_the_death_signal_took_ends_at_once():
    # Its parent is then init, or a subreaper (not pid 1: the check was for pid 1 alone): here, not the pid given.
    from pilotplans.ingest.early_diffs import _end_with_parent

    assert _status_of_forked(lambda: _end_with_parent(os.getpid() + 1_000_000)) == 1


def test_a_diffs_process_whose_worker_lives_goes_on_killed_as_the_worker_ends():
    import ctypes

    from pilotplans.ingest.early_diffs import _end_with_parent

    def call() -> None:
        _end_with_parent(os.getppid())
        asked = ctypes.c_int()
        ctypes.CDLL(None).prctl(2, ctypes.byref(asked), 0, 0, 0)  # PR_GET_PDEATHSIG
        os._exit(7 if asked.value == signal.SIGKILL else 3)

    assert _status_of_forked(call) == 7

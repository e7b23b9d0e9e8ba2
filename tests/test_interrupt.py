"""Ctrl-C at any moment of a rebuild or of `extract --db`: the previous database stays whole,
and the program says so in one line and exits with status 130.

Each test runs the command once to time it, then again and again with Ctrl-C (SIGINT to the
whole process group, as a terminal sends it) at moments spread over that time, from the moment
the program starts: the interpreter's own start-up before it (about 20 ms, before any of the
program's code runs) is Python's, which answers Ctrl-C there with its own traceback.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


from tests.conftest import SEEDS

PILOTPLANS = [sys.executable, "-m", "pilotplans"]  # as the pilotplans command runs it
MOMENTS = (0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.97)


def run(arguments: list[str], cwd: Path, interrupt_after: float | None = None) -> subprocess.CompletedProcess:
    process = subprocess.Popen([*PILOTPLANS, *arguments], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    if interrupt_after is not None:
        time.sleep(interrupt_after)
        try:
            os.killpg(process.pid, signal.SIGINT)
        except ProcessLookupError:
            pass
    out, err = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, out.decode(), err.decode())


def interpreter_start() -> float:
    """How long the interpreter takes to reach the program's entry point (the median of three)."""
    times = []
    for _ in range(3):
        started = time.monotonic()
        subprocess.run([sys.executable, "-c", "import pilotplans.__main__"], check=True,
                       env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
        times.append(time.monotonic() - started)
    return sorted(times)[1]


def moments(duration: float) -> list[float]:
    """When to press Ctrl-C: spread over the run, once the program has started."""
    start = min(interpreter_start(), duration / 2)
    return [start + moment * (duration - start) for moment in MOMENTS]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def check_interrupted(result: subprocess.CompletedProcess, before: dict[str, bytes], after: dict[str, bytes]) -> str:
    """What an interrupted run did: 'stopped' (nothing changed), 'late' (done before the interrupt
    took effect) or 'finished' (done before it came)."""
    if result.returncode == 0:
        return "finished"
    assert result.returncode == 130, result.stderr
    lines = result.stderr.splitlines()
    # one line says so, the last; what was printed before it is the run's own progress
    assert [line for line in lines if "interrupt" in line.lower() or "Traceback" in line or "ignored" in line] == lines[-1:], result.stderr
    assert lines[-1].startswith("interrupted: "), result.stderr
    if lines[-1].startswith("interrupted: Ctrl-C came after"):
        return "late"
    assert after == before, "an interrupted run changed the dataset"
    return "stopped"


@pytest.mark.parametrize("full", [True, False], ids=["full", "incremental"])
def test_ctrl_c_during_a_rebuild_leaves_the_previous_dataset_whole(tmp_path, full):
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    out = tmp_path / "out"
    xiamen = raw / "003_0b1b6885711b46b3.txt"
    arguments = ["rebuild", "--raw", str(raw), "--out", str(out), *(["--full"] if full else [])]
    assert run(arguments, tmp_path).returncode == 0
    xiamen.write_text(xiamen.read_text("utf-8") + "\n", "utf-8")  # one document to read again
    started = time.monotonic()
    assert run(arguments, tmp_path).returncode == 0
    duration = time.monotonic() - started
    outcomes = []
    for moment in moments(duration):
        xiamen.write_text(xiamen.read_text("utf-8") + "\n", "utf-8")
        before = snapshot(out)
        result = run(arguments, tmp_path, interrupt_after=moment)
        outcomes.append(check_interrupted(result, before, snapshot(out)))
        assert not [p for p in out.iterdir() if p.name.startswith(".") or p.name.endswith("-journal")], "a temporary file was left behind"
    assert "stopped" in outcomes


def test_ctrl_c_during_extract_db_leaves_the_database_whole(tmp_path):
    database = tmp_path / "p.db"
    url = f"sqlite:///{database}"
    files = [str(SEEDS / name) for name in ("000_e0aac6ab09a0c8fd.txt", "004_662d9067fb13adab.txt")]
    assert run(["extract", str(SEEDS / "003_0b1b6885711b46b3.txt"), "--db", url], tmp_path).returncode == 0
    arguments = ["extract", *files, "--db", url, "--format", "csv", "--output", str(tmp_path / "out.csv")]
    started = time.monotonic()
    assert run(arguments, tmp_path).returncode == 0
    duration = time.monotonic() - started
    outcomes = []
    for moment in moments(duration):
        before = {"p.db": database.read_bytes()}
        result = run(arguments, tmp_path, interrupt_after=moment)
        outcomes.append(check_interrupted(result, before, {"p.db": database.read_bytes()}))
    assert "stopped" in outcomes

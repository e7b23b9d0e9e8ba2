"""Which processes of a rebuild load the registry: the worker reading in the background inherits
the calling process's, loaded before it is forked, and the calling process settles its collector
only once it has imported what writing needs (each case a whole program in a fresh process)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS

PROBE = """
import atexit, gc, os, sys
from pilotplans import collector
from pilotplans.normalizers.registry import load

log = sys.argv[1]
built = load._build_cached

def counted():
    with open(log, "a") as out:
        out.write(f"loaded {os.getpid()}\\n")
    return built()

load._build_cached = counted

from pilotplans.ingest import pipeline
reads = pipeline.read_document

def read(*args, **kwargs):
    with open(log, "a") as out:
        out.write(f"read {os.getpid()}\\n")
    return reads(*args, **kwargs)

pipeline.read_document = read

def ended():
    with open(log, "a") as out:
        out.write(f"ended {os.getpid()} {gc.get_threshold() == collector._DEFAULT}\\n")

atexit.register(ended)
from pilotplans.__main__ import main
sys.argv = ["pilotplans", *sys.argv[2:]]
main()
"""


def loads(tmp_path: Path, *arguments: str) -> list[str]:
    """The lines the probe logged: ``loaded PID`` for each registry built or read from the cache
    folder, ``read PID`` for each document read, ``ended PID SETTLED`` for the calling process."""
    raw = tmp_path / "raw"
    if not raw.exists():
        import shutil

        shutil.copytree(SEEDS, raw)
    log = tmp_path / "log"
    log.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1]), "PILOTPLANS_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", PROBE, str(log), "rebuild", "--raw", str(raw), "--out",
                           str(tmp_path / "out"), "--full", *arguments], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    return log.read_text().splitlines()


@pytest.mark.parametrize("cache", ["cold", "warm"])
def test_a_rebuild_read_in_the_background_loads_the_registry_once_before_the_worker_is_forked(tmp_path, cache):
    if cache == "warm":
        loads(tmp_path)  # fills the cache folder
    lines = loads(tmp_path)
    ended = [line for line in lines if line.startswith("ended ")]
    assert len(ended) == 1
    caller = ended[0].split()[1]
    readers = {line.split()[1] for line in lines if line.startswith("read ")}
    assert len(readers) == 1 and caller not in readers  # one worker read the five, in a process of its own
    assert [line for line in lines if line.startswith("loaded ")] == [f"loaded {caller}"]
    assert ended[0] == f"ended {caller} True"  # it collects as usual by the end


def test_a_rebuild_read_in_its_own_process_loads_the_registry_there_once(tmp_path):
    lines = loads(tmp_path, "--workers", "1")
    caller = next(line for line in lines if line.startswith("ended ")).split()[1]
    assert [line for line in lines if not line.startswith("read ")] == [f"loaded {caller}", f"ended {caller} True"]
    assert [line for line in lines if line.startswith("read ")] == [f"read {caller}"] * 5  # read here, where it was loaded

"""The timeline of a rebuild: each process's start, its steps, its end, in wall and CPU seconds.

    python bench/rebuild_timeline.py [--runs 3] [--workers N] [--raw data/raw] [--changed 0]

Runs ``python -m pilotplans rebuild --full`` (or, with ``--incremental``, a rebuild into a folder built
once before, ``--changed`` files touched first) from a bootstrap that marks the steps by wrapping the
functions doing them, as each module is imported (the package is not changed; the wrapping costs a few
microseconds a mark). Every process writes its marks to one file: the rebuild's own (``main``), the
worker reading in the background (``reader``), the early diffs' process (``diffs``), the workers of a
rebuild read in parallel. Printed per run: each mark's wall time from the rebuild's start (the
process's, from ``/proc``), the process's CPU seconds at it, and for each process its first and last
mark; then the time the rebuild's own process spent waiting for a document, and the run's wall.

Marks: ``imports`` (the command's code entered: Python's start, the command line's imports and its
parsing done), ``fork`` (a process forked, its first mark), ``read <id>``/``read <id> done`` (a document
read), ``rendered <id>`` (its exports and words made, the rebuild's own process), ``stored <id>``,
``flushed``, ``diff <id>``/``diff <id> done``, ``finish``/``finished`` (the build put in place), ``exit``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BOOT = r'''
import os, sys, time, importlib.abc, importlib.util, functools
LOG = os.environ["TIMELINE_LOG"]
ROLE = ["main"]

def mark(what):
    line = f"{os.getpid()}\t{ROLE[0]}\t{time.time():.6f}\t{time.process_time():.6f}\t{what}\n"
    fd = os.open(LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    os.write(fd, line.encode())
    os.close(fd)

def started():
    with open("/proc/self/stat") as f:
        ticks = int(f.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as f:
        up = float(f.read().split()[0])
    return time.time() - up + ticks / os.sysconf("SC_CLK_TCK")

mark(f"start {started():.6f}")
os.register_at_fork(after_in_child=lambda: (ROLE.__setitem__(0, "child"), mark("fork")))

def ident(x):
    return getattr(x, "id", None) or getattr(getattr(x, "document", None), "id", None) or getattr(x, "name", "?")

def around(name, label, role=None):
    def wrap(f):
        @functools.wraps(f)
        def w(*a, **k):
            if role and ROLE[0] == "child":
                ROLE[0] = role
            subject = label(a)
            mark(f"{name} {subject}")
            try:
                return f(*a, **k)
            finally:
                mark(f"{name} {subject} done")
        return w
    return wrap

def after(name, label):
    def wrap(f):
        @functools.wraps(f)
        def w(*a, **k):
            r = f(*a, **k)
            mark(f"{name} {label(a, r)}")
            return r
        return w
    return wrap

def patch_dataset(m):
    m.read_source = around("read", lambda a: a[0].id, "reader")(m.read_source)
    m.build_source = around("read", lambda a: a[0].id, "reader")(m.build_source)
    m.built_of = after("rendered", lambda a, r: a[0].id)(m.built_of)
    m.rebuild_dataset = around("rebuild", lambda a: "")(m.rebuild_dataset)
    m._prepare_writing = around("prepare", lambda a: "")(m._prepare_writing)

def patch_plans(m):
    m.diff_pair = around("diff", lambda a: a[1].id, "diffs")(m.diff_pair)

def patch_build(m):
    C = m.DatasetBuild
    C.add = after("stored", lambda a, r: a[1].id)(C.add)
    C.flush = after("flushed", lambda a, r: "")(C.flush)
    C.finish = around("finish", lambda a: "")(C.finish)
    C.diff_plans = around("diff_plans", lambda a: "")(C.diff_plans)

def patch_parallel(m):
    serve = m._serve
    def _serve(*a, **k):
        try:
            return serve(*a, **k)
        finally:
            mark("exit")
    m._serve = _serve

def patch_reading(m):
    nxt = m.Reading.__next__
    def __next__(self):
        t = time.time()
        try:
            return nxt(self)
        finally:
            mark(f"waited {time.time() - t:.6f}")
    m.Reading.__next__ = __next__

PATCHES = {"pilotplans.ingest.dataset": patch_dataset, "pilotplans.store.plans": patch_plans,
           "pilotplans.store.build": patch_build, "pilotplans.ingest.parallel": patch_parallel,
           "pilotplans.ingest.reading": patch_reading}

class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in PATCHES:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            PATCHES[name](module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Finder())
import atexit
atexit.register(lambda: ROLE[0] == "main" and mark("exit"))
sys.argv = ["pilotplans", *sys.argv[1:]]
from pilotplans.__main__ import main
mark("imports (main module)")
main()
'''


def one_run(command: list[str], env: dict[str, str], log: Path) -> tuple[float, list[tuple[int, str, float, float, str]]]:
    log.unlink(missing_ok=True)
    begun = time.perf_counter()
    subprocess.run([sys.executable, "-c", BOOT, *command], env={**env, "TIMELINE_LOG": str(log)}, cwd=ROOT,
                   stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - begun
    marks = []
    for line in log.read_text().splitlines():
        pid, role, at, cpu, what = line.split("\t", 4)
        marks.append((int(pid), role, float(at), float(cpu), what))
    return wall, marks


def show(wall: float, marks: list[tuple[int, str, float, float, str]]) -> None:
    main_pid = marks[0][0]
    zero = float(marks[0][4].split()[1])  # the rebuild's process started (from /proc, 10 ms ticks)
    roles: dict[int, str] = {}
    for pid, role, *_ in marks:
        if role != "child" or pid not in roles:
            roles[pid] = role if pid != main_pid else "main"
    waited = sum(float(what.split()[1]) for pid, _, _, _, what in marks if pid == main_pid and what.startswith("waited"))
    for pid, _, at, cpu, what in marks:
        if what.startswith(("waited", "start")):
            continue
        print(f"  {at - zero:6.3f}  {roles[pid]:7} cpu {cpu:6.3f}  {what}")
    print(f"  processes:")
    for pid in dict.fromkeys(pid for pid, *_ in marks):
        own = [m for m in marks if m[0] == pid and not m[4].startswith("waited")]
        print(f"    {roles[pid]:7} {own[0][2] - zero:6.3f} → {own[-1][2] - zero:6.3f}  cpu {own[-1][3]:.3f}")
    print(f"  the rebuild's own process waited for documents {waited:.3f} s; wall {wall:.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--raw", type=Path, default=ROOT / "data" / "raw")
    parser.add_argument("--incremental", action="store_true", help="rebuild a folder built once before")
    parser.add_argument("--changed", type=int, default=0, help="with --incremental: files whose bytes change first")
    arguments = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pilotplans-timeline-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PILOTPLANS_CACHE_DIR": str(work / "cache")}
    try:
        raw = work / "raw"
        shutil.copytree(arguments.raw, raw)
        out = work / "out"
        command = ["rebuild", "--raw", str(raw), "--out", str(out)]
        if not arguments.incremental:
            command.append("--full")
        if arguments.workers is not None:
            command += ["--workers", str(arguments.workers)]
        subprocess.run([sys.executable, "-m", "pilotplans", *command, "--full"], env=env, cwd=ROOT,
                       stdout=subprocess.DEVNULL, check=True)  # the cache folder warmed, the database made
        walls = []
        for run in range(arguments.runs):
            if arguments.incremental:
                for path in sorted(p for p in raw.iterdir() if p.suffix == ".txt")[:arguments.changed]:
                    path.write_text(path.read_text(encoding="utf-8") + f"\n{run}\n", encoding="utf-8")
            wall, marks = one_run(command, env, work / "marks.tsv")
            walls.append(wall)
            print(f"run {run + 1} (load average {os.getloadavg()[0]:.1f})")
            show(wall, marks)
        print(f"wall median {statistics.median(walls):.3f} s ({min(walls):.3f}–{max(walls):.3f})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""The scale bench: rebuild a dataset of many documents and report what it costs.

    python bench/scale.py [--documents 1000] [--folder DIR] [--runs 3]

Makes (once per folder and size) a raw folder of plans with ``bench/scale_corpus.py`` and, each
as a whole ``pilotplans`` process, run ``--runs`` times (median, min, max):

- a full rebuild with one worker and with two: seconds per document, 2 cores against 1;
- full rebuilds of the first quarter and half of the documents (is the time linear?);
- a rebuild with nothing changed;
- a rebuild after one document changed, beside the time of reading that document alone and of
  reading, linking and diffing it against its national plan in a warm process (what the rebuild
  must do for it whatever the dataset: the fair baseline of the target "1 s plus that document");
- ``pilotplans coverage`` of every local plan against its national plan.

Memory is sampled every 20 ms from /proc: the largest resident set of one process, and the
proportional set (PSS: shared pages split between the processes sharing them) of the process
and its workers together. CPU seconds are read as the process ends (before it is reaped): its own
and its workers' — the calling process stores the documents and writes the exports while the
workers read, so its share of the CPU bounds what two cores can gain (Amdahl: 1.7× on two cores
needs at most about a sixth of the work in one process). On a machine whose cores are busy with
other work the wall times say little: the speed-up of two workers on two idle cores is also
estimated from the CPU seconds (one worker: all of them; two: the larger of the calling process's
and half of everything). Nothing here asserts a figure; it prints them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PILOTPLANS = [sys.executable, "-m", "pilotplans"]  # as the pilotplans command runs it


@dataclass(frozen=True)
class Run:
    seconds: float
    largest_rss_mib: float
    tree_pss_mib: float
    returncode: int
    own_cpu: float = 0.0
    """CPU seconds of the pilotplans process itself."""
    workers_cpu: float = 0.0
    """CPU seconds of the processes it started (its workers), once they ended."""


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry))
    return found


def _memory(pid: int, key: str) -> float:
    path = f"/proc/{pid}/smaps_rollup" if key == "Pss:" else f"/proc/{pid}/status"
    try:
        with open(path) as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _cpu_of_ended(pid: int) -> tuple[float, float]:
    """CPU seconds of the ended (not yet reaped) process ``pid`` and of the children it waited for."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0, 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    utime, stime, cutime, cstime = (int(f) / ticks for f in fields[11:15])
    return utime + stime, cutime + cstime


def measure(arguments: list[str], cwd: Path | None = None) -> Run:
    """Run pilotplans with ``arguments``, sampling its memory and its workers'."""
    peaks = {"rss": 0.0, "pss": 0.0}
    start = time.perf_counter()
    process = subprocess.Popen([*PILOTPLANS, *arguments], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            tree = [process.pid, *_children(process.pid)]
            peaks["rss"] = max(peaks["rss"], *(_memory(p, "VmRSS:") for p in tree))
            peaks["pss"] = max(peaks["pss"], sum(_memory(p, "Pss:") for p in tree))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert process.stderr is not None
    err = process.stderr.read()
    own, workers = 0.0, 0.0
    if hasattr(os, "waitid"):  # waits for the end without reaping: its counts are still in /proc
        os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)
        own, workers = _cpu_of_ended(process.pid)
    process.wait()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        print(f"  ! pilotplans {' '.join(arguments)} exited {process.returncode}: {err.decode()[-400:]}", file=sys.stderr)
    return Run(seconds, peaks["rss"], peaks["pss"], process.returncode, own, workers)


def summary(label: str, runs: list[Run], documents: int | None = None) -> str:
    seconds = [r.seconds for r in runs]
    median = statistics.median(seconds)
    per = f"  {median / documents * 1000:6.1f} ms/document" if documents else ""
    return (f"{label:<44} {median:7.2f} s (min {min(seconds):.2f}, max {max(seconds):.2f}){per}"
            f"  largest process {max(r.largest_rss_mib for r in runs):5.0f} MiB, with workers {max(r.tree_pss_mib for r in runs):5.0f} MiB PSS")


def cpu_split(label: str, runs: list[Run]) -> str:
    """The median CPU seconds of the calling process and of its workers, and the calling process's share."""
    own = statistics.median(r.own_cpu for r in runs)
    workers = statistics.median(r.workers_cpu for r in runs)
    share = own / (own + workers) if own + workers else 0.0
    return f"{label:<44} {own + workers:7.2f} s: calling process {own:.2f} s, workers {workers:.2f} s ({share:.1%} in the calling process)"


def subset(raw: Path, count: int, target: Path) -> Path:
    """A raw folder with the first ``count`` documents of ``raw`` (in manifest order)."""
    import tomllib

    entries = tomllib.loads((raw / "manifest.toml").read_text("utf-8"))["document"][:count]
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    blocks = []
    for entry in entries:
        shutil.copy(raw / entry["file"], target / entry["file"])
        blocks.append("[[document]]\n" + "".join(f'{k} = {v!r}\n'.replace("'", '"') if isinstance(v, str) else f"{k} = {v}\n"
                                                  for k, v in entry.items()))
    (target / "manifest.toml").write_text("\n".join(blocks), "utf-8")
    return target


def main() -> None:
    from bench.scale_corpus import generate

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "pilotplans-scale")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    n = args.documents
    raw = args.folder / f"raw-{n}"
    if not (raw / "manifest.toml").exists():
        generate(raw, n)
    work = args.folder / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    print(f"{n} documents in {raw}; python {sys.version.split()[0]}; {os.cpu_count()} cores; {args.runs} runs per figure\n")

    def rebuild(folder: Path, out: Path, *extra: str) -> list[str]:
        return ["rebuild", "--raw", str(folder), "--out", str(out), *extra]

    one = [measure(rebuild(raw, work / "one", "--full", "--workers", "1")) for _ in range(args.runs)]
    two = [measure(rebuild(raw, work / "two", "--full", "--workers", "2")) for _ in range(args.runs)]
    print(summary("full rebuild, 1 worker", one, n))
    print(summary("full rebuild, 2 workers", two, n))
    print(f"{'2 workers against 1':<44} {statistics.median(r.seconds for r in one) / statistics.median(r.seconds for r in two):.2f}×"
          f"  (load average {os.getloadavg()[0]:.1f})")
    print(cpu_split("CPU, 1 worker", one))
    print(cpu_split("CPU, 2 workers", two))
    print(f"{'2 workers against 1 on two idle cores':<44} {idle_speedup(one, two):.2f}×  (estimated from the CPU seconds)")
    for share in (4, 2):
        part = subset(raw, n // share, work / f"raw-{n // share}")
        runs = [measure(rebuild(part, work / f"part-{n // share}", "--full", "--workers", "2")) for _ in range(args.runs)]
        print(summary(f"full rebuild of {n // share}, 2 workers", runs, n // share))

    print(summary("rebuild, nothing changed", [measure(rebuild(raw, work / "two")) for _ in range(args.runs)]))
    changed_runs, reading, processing = [], [], []
    victim = next(p for p in sorted(raw.iterdir()) if p.suffix == ".txt" and p.name.startswith("local-"))
    original = victim.read_text("utf-8")
    try:
        for k in range(args.runs):
            victim.write_text(original.replace("。", f"（第{k + 1}次修订）。", 1), "utf-8")
            changed_runs.append(measure(rebuild(raw, work / "two")))
            reading.append(_reading_seconds(raw, victim))
            processing.append(_processing_seconds(victim, work / "two" / "pilotplans.db"))
    finally:
        victim.write_text(original, "utf-8")
    print(summary(f"rebuild after {victim.name} changed", changed_runs))
    print(cpu_split("CPU, rebuild after one change", changed_runs))
    print(f"{'reading that document alone (in process)':<44} {statistics.median(reading):7.2f} s")
    wall, cpu = (statistics.median(times) for times in zip(*processing))
    print(f"{'reading, linking, diffing it (in process)':<44} {wall:7.2f} s ({cpu:.2f} CPU-s)")
    print(summary("coverage of every local plan", [measure(["coverage", "--db", f"sqlite:///{work / 'two' / 'pilotplans.db'}",
                                                             "--output", str(work / "coverage.csv")]) for _ in range(args.runs)]))


def idle_speedup(one: list[Run], two: list[Run]) -> float:
    """The speed-up of two workers against one on two idle cores, from the CPU seconds: one worker
    reads in the calling process, so its time is all its CPU; two take at least the calling
    process's CPU (which no worker shares) and at least half of the whole."""
    alone = statistics.median(r.own_cpu + r.workers_cpu for r in one)
    own = statistics.median(r.own_cpu for r in two)
    shared = statistics.median(r.own_cpu + r.workers_cpu for r in two)
    return alone / max(own, shared / 2)


def _processing_seconds(path: Path, db: Path) -> tuple[float, float]:
    """Wall and CPU seconds of what a rebuild does for the changed document ``path`` whatever the
    dataset, in a warm process: read it, link it to the stored national plans, diff it against its own."""
    code = ("import sqlite3, sys, time; from pathlib import Path; from pilotplans.ingest.reading import manifest_hints; "
            "from pilotplans.ingest.pipeline import read_document; from pilotplans.ingest.parents import link_parent; "
            "from pilotplans.store.db import load_documents; from pilotplans.store.plans import diff_pair, pair_of; "
            "p, db = Path(sys.argv[1]), sys.argv[2]; h = manifest_hints(p.parent)(p); "
            "ids = [r[0] for r in sqlite3.connect(db).execute(\"select id from documents where level = 'national'\")]; "
            "nationals = load_documents(f'sqlite:///{db}', ids); by_id = {n.id: n for n in nationals}\n"
            "def once():\n"
            "    d = link_parent(read_document(p, h), nationals); pair = pair_of(d.id, d.level, d.parent, by_id)\n"
            "    return diff_pair(by_id[pair.national], d) if pair is not None else None\n"
            "once(); t, c = time.perf_counter(), time.process_time(); once(); "
            "print(time.perf_counter() - t, time.process_time() - c)")
    done = subprocess.run([sys.executable, "-c", code, str(path), str(db)], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    wall, cpu = done.stdout.split()
    return float(wall), float(cpu)


def _reading_seconds(raw: Path, path: Path) -> float:
    code = ("import time, sys; from pathlib import Path; from pilotplans.ingest.reading import manifest_hints; "
            "from pilotplans.ingest.pipeline import read_document; p = Path(sys.argv[1]); h = manifest_hints(p.parent)(p); "
            "read_document(p, h); t = time.perf_counter(); read_document(p, h); print(time.perf_counter() - t)")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    return float(done.stdout.strip())


if __name__ == "__main__":
    main()

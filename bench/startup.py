"""Whole-process timings of the everyday commands, each against a baseline run in turn with it.

    python bench/startup.py [--runs 7] [--only rebuild,docx,pdf,diff,registry]

Every figure is a fresh process, run ``--runs`` times after one warm-up, alternating with its
baseline (A B A B …) so that a machine whose speed drifts affects both alike; it prints the
median, min and max of wall and CPU seconds, and the median of the ratios A/B pair by pair.

- ``rebuild`` of the bundled five (full, with all cores and with one; and with nothing changed);
- ``extract`` of each DOCX fixture against a bare python-docx walk of it (every paragraph, every
  cell): the target is 2× the walk for every one of them;
- ``extract`` of the three fixture PDFs against a bare pdfplumber walk of them in one process
  (``extract_tables`` and ``extract_words`` on every page);
- ``diff national-2020 xiamen-2020`` with an empty cache (segmentation cache, and then every
  cache: the registry's too), and with the cache filled: the table, drawn from the diff the
  rebuild stored; and ``--format jsonl``, drawn from it too (each link's stored ``detail``);
- loading the registry, with and without its cache.

The package is byte-compiled first (``compileall``): where ``PYTHONDONTWRITEBYTECODE`` is set, a
checkout that was never compiled would otherwise parse every module of every run. The load average
is printed with each figure: on a machine whose cores are busy with other work, wall times (and a
rebuild's, which overlaps its reading with its writing on two cores, most of all) say little.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PDFS = [FIXTURES / "national-2020-tasks.pdf", FIXTURES / "xiamen-tasks.pdf", FIXTURES / "hainan-2020-plan.pdf"]
DOCXS = sorted(FIXTURES.glob("*.docx"))
FIGURES = ("rebuild", "docx", "pdf", "diff", "registry")
PILOTPLANS = [sys.executable, "-m", "pilotplans"]  # as the pilotplans command runs it

BARE_DOCX = """
import sys, docx
for path in sys.argv[1:]:
    document = docx.Document(path)
    for paragraph in document.paragraphs:
        paragraph.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                cell.text
"""
BARE_PDF = """
import sys, pdfplumber
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.extract_words()
"""
REGISTRY = "from pilotplans.normalizers.registry import load_registry; load_registry()"

Command = list[str]
Setup = Callable[[], None]


def run(command: Command, env: dict[str, str], setup: Setup | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of one run (``setup`` first, untimed)."""
    if setup:
        setup()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # From ROOT: `python -m pilotplans` imports the package of the working folder first, which
    # would measure another checkout than this one when run from inside it.
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compare(label: str, a: Command, b: Command | None, runs: int, env: dict[str, str],
            setup: Setup | None = None, b_env: dict[str, str] | None = None) -> None:
    run(a, env, setup)
    if b:
        run(b, b_env or env)
    results_a, results_b = [], []
    for _ in range(runs):
        results_a.append(run(a, env, setup))
        if b:
            results_b.append(run(b, b_env or env))

    def figures(results: list[tuple[float, float]]) -> str:
        walls, cpus = [r[0] for r in results], [r[1] for r in results]
        return (f"wall {statistics.median(walls):6.3f} s ({min(walls):.3f}–{max(walls):.3f})  "
                f"cpu {statistics.median(cpus):6.3f} s ({min(cpus):.3f}–{max(cpus):.3f})")

    print(f"{label}  (load average {os.getloadavg()[0]:.1f})\n  A {figures(results_a)}")
    if b:
        ratios = [x[0] / y[0] for x, y in zip(results_a, results_b)]
        cpu_ratios = [x[1] / y[1] for x, y in zip(results_a, results_b)]
        print(f"  B {figures(results_b)}\n  A/B wall {statistics.median(ratios):.2f} ({min(ratios):.2f}–{max(ratios):.2f}), "
              f"cpu {statistics.median(cpu_ratios):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", default=",".join(FIGURES), help=f"the figures to measure, of {', '.join(FIGURES)}")
    arguments = parser.parse_args()
    runs, only = arguments.runs, set(arguments.only.split(","))
    compileall.compile_dir(ROOT / "pilotplans", quiet=1)
    work = Path(tempfile.mkdtemp(prefix="pilotplans-startup-"))
    cache = work / "cache"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PILOTPLANS_CACHE_DIR": str(cache)}
    try:
        raw = work / "raw"
        shutil.copytree(ROOT / "data" / "raw", raw)
        out = work / "out"
        rebuild = [*PILOTPLANS, "rebuild", "--raw", str(raw), "--out", str(out)]
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {runs} runs per figure\n")
        if only & {"rebuild", "diff"}:  # the diffs query the rebuilt database
            compare("A: rebuild of the bundled five (full, all cores)   B: the same with one worker",
                    [*rebuild, "--full"], [*rebuild, "--full", "--workers", "1"], runs, env)
        if "rebuild" in only:
            compare("A: rebuild with nothing changed", rebuild, None, runs, env)
        if "docx" in only:
            for docx in DOCXS:
                compare(f"A: extract {docx.name}   B: a bare python-docx walk of it",
                        [*PILOTPLANS, "extract", str(docx)], [sys.executable, "-c", BARE_DOCX, str(docx)], runs, env)
        if "pdf" in only:
            compare(f"A: extract {', '.join(p.name for p in PDFS)}   B: a bare pdfplumber walk of them in one process",
                    [*PILOTPLANS, "extract", *map(str, PDFS)], [sys.executable, "-c", BARE_PDF, *map(str, PDFS)], runs, env)
        if not only & {"diff", "registry"}:
            return
        database = f"sqlite:///{out / 'pilotplans.db'}"
        diff = [*PILOTPLANS, "diff", "national-2020", "xiamen-2020", "--db", database]

        def forget_segments() -> None:
            for path in cache.glob("segments-*"):
                path.unlink()

        def forget_everything() -> None:
            shutil.rmtree(cache, ignore_errors=True)

        if "diff" in only:
            compare("A: diff national-2020 xiamen-2020, segmentation cache empty   B: cache filled",
                    diff, diff, runs, env, setup=forget_segments)
            compare("A: diff national-2020 xiamen-2020 --format jsonl (from the stored diff), segmentation cache empty   B: cache filled",
                    [*diff, "--format", "jsonl"], [*diff, "--format", "jsonl"], runs, env, setup=forget_segments)
            compare("A: diff national-2020 xiamen-2020, every cache empty (the registry's too)", diff, None, runs, env,
                    setup=forget_everything)
        if "registry" not in only:
            return
        run([sys.executable, "-c", REGISTRY], env)
        compare("A: import and load the registry from its cache   B: without a cache",
                [sys.executable, "-c", REGISTRY], [sys.executable, "-c", REGISTRY], runs, env,
                b_env={**env, "PILOTPLANS_CACHE_DIR": ""})
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

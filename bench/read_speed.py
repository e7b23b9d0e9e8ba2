"""Time reading each bundled document in each published form, and a whole rebuild.

    python bench/read_speed.py [--runs 5]

Prints min / median / max seconds per file (in-process, after one warm-up run, so imports and the
registry load are not counted) and for `rebuild` of data/raw into a temporary folder. Quote the
median; a wide min–max spread says the machine was noisy. Start-up is measured from outside, whole
process (`python bench/startup.py`, or e.g. `/usr/bin/time -v pilotplans extract tests/fixtures/xiamen-tasks.docx`).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pilotplans.ingest.dataset import rebuild_dataset
from pilotplans.ingest.pipeline import read_document

ROOT = Path(__file__).resolve().parent.parent
FORMS = (".docx", ".html", ".pdf")
FILES = sorted(p for p in (ROOT / "tests" / "fixtures").iterdir() if p.suffix in FORMS) + sorted((ROOT / "data" / "raw").glob("*.txt"))


def timed(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm-up: imports, registry, caches
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - start)
    return seconds


def line(label: str, seconds: list[float]) -> str:
    return f"{label:<44} min {min(seconds):6.3f}  median {statistics.median(seconds):6.3f}  max {max(seconds):6.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    for path in FILES:
        print(line(path.name, timed(lambda p=path: read_document(p), runs)), flush=True)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        url = f"sqlite:///{out / 'bench.db'}"
        print(line("rebuild data/raw (5 documents, --full)", timed(lambda: rebuild_dataset(ROOT / "data" / "raw", out, url, full=True), runs)))
        print(line("rebuild data/raw, nothing changed", timed(lambda: rebuild_dataset(ROOT / "data" / "raw", out, url), runs)))


if __name__ == "__main__":
    main()

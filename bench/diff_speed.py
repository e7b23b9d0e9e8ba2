"""Time `pilotplans diff` of the national table against a local plan, after start-up.

This times diffing itself (``diff_documents``): what every format but the table of two stored
plans costs (that table is drawn from the diff the rebuild stored, :mod:`pilotplans.diff.stored`;
``bench/startup.py`` times both whole commands).

    python bench/diff_speed.py            # national-2020 vs xiamen-2020 and hainan-2020, 7 runs each
    python bench/diff_speed.py --runs 15

Each run is a fresh Python process that reads the two documents from the seed files and then
times, inside the process:

- ``cold``: the first diff with an empty segmentation cache (the segmentation engine, rjieba by
  default, is imported and loads its dictionary);
- ``warm``: the first diff with the on-disk segmentation cache filled by an earlier run (what a
  user sees from the second `pilotplans diff` on): no engine is imported;
- ``again``: a second diff in the same process (everything cached in memory).

Baselines measured in the same processes: ``jieba``, importing jieba itself and cutting one
sentence (what the cache avoids with jieba as the engine; ``bench/segment_engines.py`` compares
the engines), and ``naive``, the naive best-match diff of
``bench/diff_eval.py`` (rapidfuzz token_set_ratio over every pair, words already cut). The
report gives the median of the runs, their spread (min–max, and the median absolute deviation as
a share of the median: the machine's noise) and each median's ratio to the ``naive`` median.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
LOCALS = ("xiamen-2020", "hainan-2020")


def child(local_id: str, cache: str) -> dict[str, float]:
    """One run (in a fresh process): the timings of this process, in seconds."""
    os.environ["PILOTPLANS_CACHE_DIR"] = cache
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from diff_eval import baseline_matches, read_seeds

    from pilotplans.diff import diff_documents
    from pilotplans.diff.segment import Segmenter, default_cache_dir

    documents = read_seeds(SEEDS)
    national, local = documents["national-2020"], documents[local_id]
    out: dict[str, float] = {}
    engines = ("jieba", "rjieba")
    had_engine = any(name in sys.modules for name in engines)
    start = time.perf_counter()
    diff_documents(national, local)
    out["first"] = time.perf_counter() - start
    out["jieba_imported"] = float(any(name in sys.modules for name in engines) and not had_engine)
    start = time.perf_counter()
    diff_documents(national, local)
    out["again"] = time.perf_counter() - start
    segmenter = Segmenter(default_cache_dir())
    for m in [*national.measures, *local.measures]:
        segmenter.cut(m.text)
    start = time.perf_counter()
    baseline_matches(national, local, segmenter)
    out["naive"] = time.perf_counter() - start
    return out


def jieba_child() -> dict[str, float]:
    start = time.perf_counter()
    import jieba

    jieba.setLogLevel(60)
    jieba.lcut("在试点地区实行保险公司分支机构和高级管理人员准入方式改革。")
    return {"jieba": time.perf_counter() - start}


def run_child(args: list[str]) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def describe(name: str, values: list[float], reference: float | None) -> str:
    median = statistics.median(values)
    mad = statistics.median(abs(v - median) for v in values)
    ratio = f"  ×{median / reference:5.1f} naive" if reference else ""
    return (f"{name:<8} median {median * 1000:8.1f} ms  min {min(values) * 1000:8.1f}  max {max(values) * 1000:8.1f}"
            f"  noise ±{mad / median:5.1%}{ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", nargs=2, metavar=("LOCAL", "CACHE"), help=argparse.SUPPRESS)
    parser.add_argument("--jieba", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    if args.jieba:
        print(json.dumps(jieba_child()))
        return

    jieba_times = [run_child(["--jieba"])["jieba"] for _ in range(args.runs)]
    print(f"python {sys.version.split()[0]}, {args.runs} runs per figure, each in a fresh process\n")
    for local_id in LOCALS:
        cold, warm, again, naive, imported = [], [], [], [], []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as cache:
                first = run_child(["--child", local_id, cache])  # empty cache: jieba loads
                second = run_child(["--child", local_id, cache])  # filled cache: no jieba
            cold.append(first["first"])
            warm.append(second["first"])
            again.append(second["again"])
            naive.append(second["naive"])
            imported.append(second["jieba_imported"])
        reference = statistics.median(naive)
        print(f"national-2020 vs {local_id}")
        print(describe("cold", cold, reference))
        print(describe("warm", warm, reference) + f"   (an engine imported in {int(sum(imported))} of {len(imported)} warm runs)")
        print(describe("again", again, reference))
        print(describe("naive", naive, None))
        print(describe("jieba", jieba_times, reference))
        print()


if __name__ == "__main__":
    main()

"""How well other cities' plans resolve: share of body mentions resolved, pairwise precision and
recall of "same body", share of local bodies given the right central counterparts, measured
against the hand-made keys in tests/fixtures/city_plans/ (plans of cities the bundled documents
do not cover). Also times the registry's load (fresh process, with and without its on-disk cache).

    python bench/bodies_eval.py            # figures per plan and overall
    python bench/bodies_eval.py --misses   # and every mention resolved wrongly

"misread" counts mentions the pipeline found that the key does not hold (a list cut wrongly):
each counts as a body left unresolved. "non-bodies" are organisations the key marks as no body
(南京大学); each must stay unresolved.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from city_plans import found_mentions, plan_ids, read_city_plan, read_key, score  # noqa: E402

_LOAD = ("import time; t = time.perf_counter(); from pilotplans.normalizers.registry import load_registry; "
         "load_registry(); print(time.perf_counter() - t)")


def load_times(runs: int, cache: str) -> list[float]:
    env = {**os.environ, "PILOTPLANS_CACHE_DIR": cache}
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _LOAD], env=env, capture_output=True, text=True, check=True)
        times.append(float(out.stdout))
    return times


def _line(name: str, s) -> str:
    return (f"{name:16} {s.mentions:4} mentions  resolved {s.resolved_share:6.1%}  pairs P {s.pair_precision:.3f} "
            f"R {s.pair_recall:.3f}  counterparts {s.counterpart_share:6.1%} ({s.counterpart_right}/{s.local_bodies})"
            f"  misread {s.unkeyed}  non-bodies {s.non_bodies} (resolved {len(s.non_bodies_resolved)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every mention resolved to the wrong body")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per load-time measurement")
    args = parser.parse_args()

    plans = plan_ids()
    keys = {plan: read_key(plan) for plan in plans}
    found_all = []
    with tempfile.TemporaryDirectory() as folder:
        for plan in plans:
            found = found_mentions(read_city_plan(plan, Path(folder)))
            found_all.extend(found)
            s = score(found, {plan: keys[plan]})
            print(_line(plan, s))
    total = score(found_all, keys)
    print(_line("all", total))
    if total.non_bodies_resolved:
        print("organisations that are not bodies, resolved:", *total.non_bodies_resolved, sep="\n  ")
    if total.missing_from_key:
        print("mentions missing from the key:", *total.missing_from_key, sep="\n  ")
    if args.misses:
        print("resolved differently from the key (written, expected, found):", *total.wrong, sep="\n  ")
    with tempfile.TemporaryDirectory() as cache:
        cold = load_times(args.runs, "")
        load_times(1, cache)  # fill the cache
        warm = load_times(args.runs, cache)
    print(f"registry load, fresh process: {statistics.median(cold) * 1000:.0f} ms without the cache, "
          f"{statistics.median(warm) * 1000:.0f} ms with it (median of {args.runs})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

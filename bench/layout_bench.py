"""Read seeded generated layouts and print how many read exactly, overall and by dimension value.

    python bench/layout_bench.py [--count 300] [--seed 1] [--jobs 2] [--json failures.json] [--keep DIR]

Draws ``--count`` layouts (tests/layouts: every value of every dimension covered first, then plain
seeded draws), writes them (PDFs printed by LibreOffice in one batch per job), reads each back and
compares it with its truth field by field. Prints the rate of exact documents overall and for each
value of each dimension (among the layouts where that dimension has an effect), the failures
grouped by form, format and the fields that differ, and each failure with its spec and first
difference. ``--json`` writes every layout's spec and differences; ``--keep`` keeps the documents.
Regenerate one layout with ``python -m tests.layouts SEED --out DIR --check``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.layouts import DIMENSIONS, Difference, Generated, check, draw_sample, generate, headings_of  # noqa: E402
from tests.layouts.truth import FIELDS  # noqa: E402


def family(spec_format: str) -> str:
    return "html" if spec_format.startswith("html") else spec_format


def category(generated: Generated, differences: list[Difference]) -> str:
    """Form, format and the fields that differ (``count`` and ``error`` first when they do)."""
    fields = sorted({d.field for d in differences}, key=lambda f: (f not in ("error", "count"), f))
    return f"{generated.spec.form} {family(generated.spec.format)}: {', '.join(fields)}"


def rates_by_value(results: list[tuple[Generated, list[Difference]]]) -> list[str]:
    """One line per dimension value: exact / layouts where it is set."""
    tally: dict[tuple[str, object], list[int]] = defaultdict(lambda: [0, 0])
    for generated, differences in results:
        for name, value in generated.spec.effective().items():
            tally[(name, value)][0] += not differences
            tally[(name, value)][1] += 1
    lines = []
    for name, values in DIMENSIONS.items():
        for value in values:
            exact, total = tally.get((name, value), (0, 0))
            rate = f"{100 * exact / total:5.1f}%" if total else "    -"
            lines.append(f"  {name + '=' + str(value):<34} {exact:4d} / {total:<4d} {rate}")
    return lines


def field_matrix(results: list[tuple[Generated, list[Difference]]]) -> list[str]:
    """A table: for each field, how many layouts of each form and format family read it wrong
    (out of how many layouts of that form and format)."""
    columns = [(form, fmt) for form in DIMENSIONS["form"] for fmt in ("docx", "html", "pdf")]
    totals = Counter((g.spec.form, family(g.spec.format)) for g, _ in results)
    wrong = Counter((d.field, g.spec.form, family(g.spec.format)) for g, ds in results for d in {x.field: x for x in ds}.values())
    head = "  " + " " * 16 + "".join(f"{form + ' ' + fmt:>14}" for form, fmt in columns)
    lines = [head, "  " + f"{'(layouts)':<16}" + "".join(f"{totals[c]:>14}" for c in columns)]
    for name in ("error", "count", *FIELDS):
        if any(wrong[(name, *c)] for c in columns):
            lines.append("  " + f"{name:<16}" + "".join(f"{wrong[(name, *c)]:>14}" for c in columns))
    return lines


def run(count: int, seed: int, jobs: int, folder: Path) -> tuple[list[tuple[Generated, list[Difference]]], dict[str, float]]:
    timings = {}
    start = time.perf_counter()
    specs = draw_sample(count, seed, headings_of())
    timings["draw"] = time.perf_counter() - start
    start = time.perf_counter()
    documents = generate(specs, folder, jobs=jobs)
    timings["generate and print"] = time.perf_counter() - start
    start = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        differences = list(pool.map(check, documents, chunksize=4))
    timings["read and compare"] = time.perf_counter() - start
    return list(zip(documents, differences)), timings


def report(results: list[tuple[Generated, list[Difference]]], timings: dict[str, float]) -> str:
    exact = sum(not d for _, d in results)
    lines = [f"exact: {exact} / {len(results)} = {100 * exact / len(results):.1f}%",
             "time: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()), "", "by dimension value:"]
    lines += rates_by_value(results)
    failures = [(g, d) for g, d in results if d]
    lines += ["", f"failures: layouts where each field differs, by form and format ({len(failures)} failing):"]
    lines += field_matrix(results)
    categories = Counter(category(g, d) for g, d in failures)
    lines += ["", "failures by form, format and the set of fields that differ:"]
    lines += [f"  {n:4d}  {name}" for name, n in categories.most_common()]
    lines += ["", "failures:"]
    for generated, differences in failures:
        columns = f" columns={'|'.join(generated.labels)}" if generated.labels else ""
        lines.append(f"  {generated.spec.describe()}{columns}")
        lines.append(f"      {len(differences)} difference(s), first: {differences[0]}")
    return "\n".join(lines)


def as_json(results: list[tuple[Generated, list[Difference]]]) -> list[dict]:
    return [{"seed": g.spec.seed, "file": g.path.name, "spec": g.spec.as_dict(), "columns": list(g.labels), "exact": not d,
             "category": category(g, d) if d else None, "differences": [str(x) for x in d]}
            for g, d in results]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2, help="LibreOffice batches and reader processes side by side")
    parser.add_argument("--json", type=Path, help="write every layout's spec and differences here")
    parser.add_argument("--keep", type=Path, help="write the documents here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        results, timings = run(args.count, args.seed, args.jobs, folder)
        print(report(results, timings))
        if args.json:
            args.json.write_text(json.dumps(as_json(results), ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

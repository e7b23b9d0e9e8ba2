"""Read seeded generated layouts and print how many read exactly, overall and by dimension value.

    python bench/layout_bench.py [--count 300] [--seed 1] [--traps [--per-trap 6]] [--jobs 2] [--json failures.json] [--keep DIR]

Draws ``--count`` layouts (tests/layouts: every value of every dimension covered first, then plain
seeded draws), writes them (PDFs printed by LibreOffice in one batch per job), reads each back and
compares it with its truth field by field. Prints the rate of exact documents overall and for each
value of each dimension (among the layouts where that dimension has an effect), the failures
grouped by form, format and the fields that differ, and each failure with its spec and first
difference. Each layout is scored exact, warned (read wrongly, but refused with an error or carrying a
warning that doubts the reading: tests/layouts/score.py) or wrong-silent, and scored again as it would
be without the newest warning (``cell_blank``) to show what that warning adds. ``--traps`` reads the
36 PDF table traps (tests/layouts/traps.py) instead of a sample, scored by trap (``--per-trap N``: N of
each trap, the first six those the tests read).
``--json`` writes every layout's spec, verdict and differences; ``--keep`` keeps the documents.
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

from tests.layouts import DIMENSIONS, Difference, Generated, draw_sample, generate, headings_of  # noqa: E402
from tests.layouts.generate import read_generated  # noqa: E402
from tests.layouts.score import VERDICTS, verdict  # noqa: E402
from tests.layouts.traps import PER_TRAP, trap_of, trap_specs  # noqa: E402
from tests.layouts.truth import FIELDS, compare  # noqa: E402

NEWEST_WARNING = frozenset({"cell_blank"})
"""The warning whose effect the scores show: each layout is scored with and without it."""


def score(generated: Generated) -> tuple[list[Difference], str, str]:
    """A layout's differences, its verdict, and its verdict without :data:`NEWEST_WARNING`."""
    document = read_generated(generated)
    differences = compare(generated.truth, document)
    return (differences, verdict(generated.truth, document, differences),
            verdict(generated.truth, document, differences, ignored=NEWEST_WARNING))


def verdict_lines(results: list[tuple[Generated, list[Difference]]], verdicts: list[tuple[str, str]],
                  traps: bool) -> list[str]:
    """The tally of verdicts overall (and, for PDF tables, with and without the newest warning),
    and by trap when the layouts are the traps."""
    def tally(picked: list[int]) -> str:
        now = [verdicts[i][0] for i in picked]
        before = [verdicts[i][1] for i in picked]
        return " ".join(f"{name} {now.count(name)}" + (f" (without {', '.join(NEWEST_WARNING)}: {before.count(name)})"
                                                      if before.count(name) != now.count(name) else "")
                        for name in VERDICTS) + f" of {len(picked)}"
    everything = list(range(len(results)))
    pdf_tables = [i for i, (g, _) in enumerate(results) if g.spec.is_pdf and g.spec.form == "table"]
    lines = [f"verdicts: {tally(everything)}", f"  PDF tables: {tally(pdf_tables)}"]
    if traps:
        for trap in dict.fromkeys(trap_of(g.spec) for g, _ in results):
            lines.append(f"  {trap:<16} {tally([i for i, (g, _) in enumerate(results) if trap_of(g.spec) == trap])}")
    return lines


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


def run(count: int, seed: int, jobs: int, folder: Path, traps: bool = False, per_trap: int = PER_TRAP
        ) -> tuple[list[tuple[Generated, list[Difference]]], list[tuple[str, str]], dict[str, float]]:
    timings = {}
    start = time.perf_counter()
    specs = trap_specs(headings_of(), per_trap) if traps else draw_sample(count, seed, headings_of())
    timings["draw"] = time.perf_counter() - start
    start = time.perf_counter()
    documents = generate(specs, folder, jobs=jobs)
    timings["generate and print"] = time.perf_counter() - start
    start = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        scores = list(pool.map(score, documents, chunksize=4))
    timings["read and compare"] = time.perf_counter() - start
    return [(g, d) for g, (d, _, _) in zip(documents, scores)], [(now, before) for _, now, before in scores], timings


def report(results: list[tuple[Generated, list[Difference]]], verdicts: list[tuple[str, str]],
           timings: dict[str, float], traps: bool = False) -> str:
    exact = sum(not d for _, d in results)
    lines = [f"exact: {exact} / {len(results)} = {100 * exact / len(results):.1f}%",
             *verdict_lines(results, verdicts, traps),
             "time: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()), "", "by dimension value:"]
    lines += rates_by_value(results)
    failures = [(g, d) for g, d in results if d]
    lines += ["", f"failures: layouts where each field differs, by form and format ({len(failures)} failing):"]
    lines += field_matrix(results)
    categories = Counter(category(g, d) for g, d in failures)
    lines += ["", "failures by form, format and the set of fields that differ:"]
    lines += [f"  {n:4d}  {name}" for name, n in categories.most_common()]
    lines += ["", "failures:"]
    verdict_of = {g.spec.seed: now for (g, _), (now, _) in zip(results, verdicts)}
    for generated, differences in failures:
        columns = f" columns={'|'.join(generated.labels)}" if generated.labels else ""
        lines.append(f"  [{verdict_of[generated.spec.seed]}] {generated.spec.describe()}{columns}")
        lines.append(f"      {len(differences)} difference(s), first: {differences[0]}")
    return "\n".join(lines)


def as_json(results: list[tuple[Generated, list[Difference]]], verdicts: list[tuple[str, str]]) -> list[dict]:
    return [{"seed": g.spec.seed, "file": g.path.name, "spec": g.spec.as_dict(), "columns": list(g.labels), "exact": not d,
             "verdict": now, "verdict_without_newest_warning": before,
             "category": category(g, d) if d else None, "differences": [str(x) for x in d]}
            for (g, d), (now, before) in zip(results, verdicts)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--traps", action="store_true", help="read the 36 PDF table traps instead of a sample")
    parser.add_argument("--per-trap", type=int, default=PER_TRAP, help="with --traps: how many layouts of each trap")
    parser.add_argument("--jobs", type=int, default=2, help="LibreOffice batches and reader processes side by side")
    parser.add_argument("--json", type=Path, help="write every layout's spec and differences here")
    parser.add_argument("--keep", type=Path, help="write the documents here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        results, verdicts, timings = run(args.count, args.seed, args.jobs, folder, args.traps, args.per_trap)
        print(report(results, verdicts, timings, args.traps))
        if args.json:
            args.json.write_text(json.dumps(as_json(results, verdicts), ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

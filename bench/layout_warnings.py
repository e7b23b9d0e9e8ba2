"""Record the warnings each generated PDF table layout reads with, and compare two such records.

    python bench/layout_warnings.py read --seed 23 [--count 300] [--traps [--per-trap 25]] --keep DIR --json OUT
    python bench/layout_warnings.py compare BEFORE.json AFTER.json

``read`` draws the layouts as bench/layout_bench.py does, keeps only the PDF tables (the only layouts
the PDF reader's table rules touch), writes and prints them into ``--keep`` unless their PDFs are
already there (so a second reading, after a change to the reader, reads the very same files), reads
each and writes its verdict and the warning codes of the document and of each record. ``compare``
lists every layout whose warnings or verdict changed: a warning added to a layout that stays exact is
a false alarm, one added to a layout read wrongly turns wrong-silent into warned. Verdict counts alone
(bench/layout_bench.py) hide a false alarm on an exact layout that was already warned elsewhere.

A warning about what a layout's content says rather than how it was read (``CONTENT_CODES``) is no
false alarm on an exact layout: the generator prints any list of owners under any covering notice, a
State Council list under 区人民政府办公室关于印发…, and ``central_owners_only`` is then true of it. Such a
layout is marked ``CONTENT NOTE`` and counted apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.layouts import Generated, draw_sample, generate, headings_of  # noqa: E402
from tests.layouts.generate import read_generated, write_document  # noqa: E402
from tests.layouts.score import verdict  # noqa: E402
from tests.layouts.traps import PER_TRAP, trap_specs  # noqa: E402
from tests.layouts.truth import compare  # noqa: E402


CONTENT_CODES = frozenset({"central_owners_only"})
"""Document warnings on what a document says (its owners beside its head), not on how a layout was read."""


@dataclass(frozen=True)
class Reading:
    """One layout's verdict and the warnings it read with (``where: code: message`` each, sorted)."""

    seed: int
    verdict: str
    warnings: tuple[str, ...]


def warnings_of(document: object) -> tuple[str, ...]:
    """``document: code: message`` for each document warning and ``record N: code: message`` for each
    record's, sorted; ``error: <type>`` for a file refused. The message is kept: a page break's doubts
    make one warning naming their columns (and a document's several breaks warnings of one code), so
    codes alone miss a column or page newly named where the layout was warned already."""
    if isinstance(document, BaseException):
        return (f"error: {type(document).__name__}",)
    found = [f"document: {w.code}: {w.message}" for w in document.warnings]
    found += [f"record {n}: {w.code}: {w.message}" for n, m in enumerate(document.measures, start=1)
              for w in m.warnings]
    return tuple(sorted(found))


def read_one(generated: Generated) -> Reading:
    document = read_generated(generated)
    return Reading(generated.spec.seed, verdict(generated.truth, document, compare(generated.truth, document)),
                   warnings_of(document))


def layouts(seed: int, count: int, traps: bool, per_trap: int, folder: Path, jobs: int) -> list[Generated]:
    """The PDF tables of the sample (or the traps), printed into ``folder`` unless printed there already."""
    specs = trap_specs(headings_of(), per_trap) if traps else draw_sample(count, seed, headings_of())
    specs = [s for s in specs if s.is_pdf and s.form == "table"]
    missing = [s for s in specs if not (folder / f"{s.name}.pdf").exists()]
    if missing:
        generate(missing, folder, jobs=jobs)
    found = []
    for spec in specs:
        _, truth, labels = write_document(spec, folder)
        found.append(Generated(spec, folder / f"{spec.name}.pdf", truth, labels))
    return found


def read(args: argparse.Namespace) -> None:
    generated = layouts(args.seed, args.count, args.traps, args.per_trap, args.keep, args.jobs)
    with ProcessPoolExecutor(args.jobs) as pool:
        readings = list(pool.map(read_one, generated, chunksize=4))
    args.json.write_text(json.dumps([{"seed": r.seed, "verdict": r.verdict, "warnings": list(r.warnings)}
                                     for r in readings], ensure_ascii=False, indent=1), encoding="utf-8")
    tally = Counter(r.verdict for r in readings)
    print(f"{len(readings)} PDF tables: " + ", ".join(f"{k} {tally[k]}" for k in ("exact", "warned", "wrong-silent")))


def load(path: Path) -> dict[int, Reading]:
    return {r["seed"]: Reading(r["seed"], r["verdict"], tuple(r["warnings"]))
            for r in json.loads(path.read_text(encoding="utf-8"))}


def changes(before: dict[int, Reading], after: dict[int, Reading]) -> list[str]:
    """One line per layout whose verdict or warnings changed; a warning added to a layout read
    exactly is marked a false alarm."""
    lines = []
    for seed in sorted(before.keys() & after.keys()):
        old, new = before[seed], after[seed]
        if old == new:
            continue
        added = sorted((Counter(new.warnings) - Counter(old.warnings)).elements())
        dropped = sorted((Counter(old.warnings) - Counter(new.warnings)).elements())
        read = [warning for warning in added if _code(warning) not in CONTENT_CODES]
        alarm = "" if new.verdict != "exact" else " FALSE ALARM" if read else " CONTENT NOTE" if added else ""
        lines.append(f"{seed}: {old.verdict} -> {new.verdict}{alarm}; added {added or '-'}; dropped {dropped or '-'}")
    return lines


def _code(warning: str) -> str:
    """The code of a ``where: code: message`` line of :func:`warnings_of` (``error: <type>``: ``error``)."""
    parts = warning.split(": ", 2)
    return parts[1] if len(parts) == 3 else parts[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    reading = commands.add_parser("read", help="read the PDF tables of a sample and record their warnings")
    reading.add_argument("--count", type=int, default=300)
    reading.add_argument("--seed", type=int, default=1)
    reading.add_argument("--traps", action="store_true", help="read the PDF table traps instead of a sample")
    reading.add_argument("--per-trap", type=int, default=PER_TRAP)
    reading.add_argument("--jobs", type=int, default=2)
    reading.add_argument("--keep", type=Path, required=True, help="the documents' folder, reused when printed")
    reading.add_argument("--json", type=Path, required=True)
    comparing = commands.add_parser("compare", help="list the layouts whose warnings or verdict changed")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "read":
        read(args)
        return
    lines = changes(load(args.before), load(args.after))
    print("\n".join(lines) if lines else "no layout's warnings or verdict changed")
    alarms = sum("FALSE ALARM" in line for line in lines)
    notes = sum("CONTENT NOTE" in line for line in lines)
    print(f"{len(lines)} layout(s) changed, {alarms} false alarm(s), {notes} exact layout(s) newly warned on their "
          f"content only ({', '.join(sorted(CONTENT_CODES))}: a generated cover over owners of another level)")


if __name__ == "__main__":
    main()

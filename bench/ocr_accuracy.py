"""Read image-only versions of the five bundled plans through OCR and compare them with the seeds.

    python bench/ocr_accuracy.py [--workers N] [--only ID ...] [--plain] [--seals] [--space] [--keep DIR]

Each fixture PDF is "printed and scanned" (tests/scans.py): every page rasterised, turned,
JPEG-compressed, some with a red seal over the table or photographed under uneven light (the
style of each document is in STYLES; ``--plain`` scans them all at 200 dpi, upright; ``--seals``
reads the sealed documents again under seals of other looks, SEAL_VARIANTS). The scan is
read with ``read_document`` (no OCR cache unless ``--cache``), given what the seeds' manifest tells of the
document that its text does not print (round, level, region, parent: as the seed and a dataset build
read it; without them an undated plan names bodies as of no date, 交通部 the ministry abolished in
2008, from its text layer too), and its measures are compared with those of the
document's text extraction (the seed), field by field, whitespace aside:

* numbers: the seed's measure numbers found on a measure of the scan;
* text / responsibility / other: character accuracy, 1 - edit distance / seed length, summed over
  the measures (a measure the scan lacks counts whole);
* bodies: measures whose resolved departments (registry id and role, in order) equal the seed's;
* spaces: whitespace the scan's fields have and the seed's lack (extra) and the seed's have and
  the scan's lack (missing), runs of whitespace taken as one space;
* flagged: of the measures with an error, how many carry ``ocr_low_confidence``; and how many
  correct measures carry it too (false alarms); recall (errors flagged / errors) and precision
  (flagged measures with an error / flagged measures);
* ``--space``: the scans of SPACE instead, a few pages each, spanning what scanners make
  (resolution, the most a page turns, colour, grey and black and white, a seal over the text, a
  table without rules between its rows, a table crossing a page break), each compared with the
  same pages read through their text layer (given the manifest's hints when a bundled document);
* s/page: wall-clock seconds of reading per page with ``--workers`` processes, and cpu/page the
  processor seconds per page (this process and its workers): what one page costs one core, which
  a busy machine does not inflate as it does the wall clock.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
import resource
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pilotplans.ingest.confidence import LOW_CONFIDENCE  # noqa: E402
from pilotplans.ingest.reading import manifest_hints  # noqa: E402
from pilotplans.ingest.pipeline import read_document  # noqa: E402
from pilotplans.parsers.ocr import OcrSettings  # noqa: E402
from pilotplans.schema.models import Document, Measure  # noqa: E402
from pilotplans.textutil import squash  # noqa: E402
from pilotplans.errors import UnreadableFile  # noqa: E402
from tests.conftest import FIXTURES, SEED_FILES, SEEDS, pages_of, read_seed  # noqa: E402
from tests.scans import ScanStyle, Seal, scanned_pdf  # noqa: E402

DOCUMENTS = {
    "national-2020": "national-2020-tasks.pdf",
    "national-2018": "national-2018-approval.pdf",
    "national-2025": "national-2025-service-opening.pdf",
    "xiamen-2020": "xiamen-tasks.pdf",
    "hainan-2020": "hainan-2020-plan.pdf",
}
STYLES = {
    "national-2020": ScanStyle(dpi=150, angle=-0.6, jpeg_quality=80),
    "national-2018": ScanStyle(dpi=200, angle=1.2, photo=True),
    "national-2025": ScanStyle(dpi=300, angle=0.4, jpeg_quality=70),
    "xiamen-2020": ScanStyle(dpi=200, angle=-1.5, seal=(400, 520)),
    "hainan-2020": ScanStyle(dpi=250, angle=0.9, seal=(330, 600)),
}
SEAL_VARIANTS = {
    "xiamen-2020": {"crimson, hiding a quarter": Seal(colour=(190, 30, 40), cover=0.25)},
    "hainan-2020": {"orange-red, 32 mm, no star": Seal(colour=(235, 95, 40), diameter_mm=32, star=False, legend=10),
                    "faded": Seal(strength=0.55)},
}
"""Other seals the sealed documents are read under with ``--seals`` (same place, same scan)."""


@dataclass(frozen=True)
class Case:
    """Some pages of a fixture PDF scanned in one style, scored against their own text layer."""

    name: str
    source: str
    """The fixture PDF, relative to tests/fixtures."""
    pages: tuple[int, ...]
    style: ScanStyle
    seed: str | None = None
    """The bundled document's id, whose manifest hints both readings are given."""


SPACE = (
    Case("150dpi colour", "national-2020-tasks.pdf", (0, 1), ScanStyle(dpi=150, angle=0.7, jpeg_quality=80), "national-2020"),
    Case("300dpi colour", "national-2020-tasks.pdf", (0, 1), ScanStyle(dpi=300, angle=-0.7, jpeg_quality=80), "national-2020"),
    Case("turned +2°", "hainan-2020-plan.pdf", (10, 11), ScanStyle(dpi=200, angle=2.0), "hainan-2020"),
    Case("turned −2°", "hainan-2020-plan.pdf", (10, 11), ScanStyle(dpi=200, angle=-2.0), "hainan-2020"),
    Case("red seal, colour", "xiamen-tasks.pdf", (0, 1, 2), ScanStyle(dpi=200, angle=-0.8, seal=(400, 520)), "xiamen-2020"),
    Case("red seal, grey", "xiamen-tasks.pdf", (0, 1, 2), ScanStyle(dpi=200, angle=-0.8, seal=(400, 520), colour="grey"), "xiamen-2020"),
    Case("red seal, bitonal", "xiamen-tasks.pdf", (0, 1, 2), ScanStyle(dpi=300, angle=-0.8, seal=(400, 520), colour="bitonal"), "xiamen-2020"),
    Case("grey 200dpi", "national-2025-service-opening.pdf", (6, 7), ScanStyle(dpi=200, angle=0.5, colour="grey"), "national-2025"),
    Case("bitonal 200dpi", "national-2025-service-opening.pdf", (6, 7), ScanStyle(dpi=200, angle=0.5, colour="bitonal"), "national-2025"),
    Case("bitonal 300dpi", "national-2025-service-opening.pdf", (6, 7), ScanStyle(dpi=300, angle=0.5, colour="bitonal"), "national-2025"),
    Case("no rules between rows", "variants/three-line.pdf", (0, 1, 2), ScanStyle(dpi=200, angle=-1.0)),
    Case("unruled, crossing a break", "variants/continued-unruled.pdf", (0, 1, 2), ScanStyle(dpi=200, angle=1.0)),
    Case("ruled, crossing a break", "variants/points-across-pages-grid.pdf", (0, 1, 2, 3), ScanStyle(dpi=200, angle=-1.0)),
)
"""The space of scans ``--space`` reads: each varies one thing from a plain 200 dpi colour scan."""
OTHER_FIELDS = ("heading_title", "superior", "remarks", "scope", "sector", "regulations")


@dataclass
class Spaces:
    extra: int = 0
    missing: int = 0

    def add(self, truth: str, read: str) -> None:
        truth, read = " ".join(truth.split()), " ".join(read.split())
        for op in Levenshtein.editops(truth, read):
            if op.tag in ("insert", "replace") and read[op.dest_pos] == " ":
                self.extra += 1
            if op.tag in ("delete", "replace") and truth[op.src_pos] == " ":
                self.missing += 1


@dataclass
class Tally:
    errors: int = 0
    length: int = 0
    spaces: Spaces | None = None

    def add(self, truth: str, read: str | None) -> int:
        if self.spaces is not None and read is not None:
            self.spaces.add(truth, read)
        truth, read = squash(truth), squash(read or "")
        distance = Levenshtein.distance(truth, read)
        self.errors += distance
        self.length += len(truth)
        return distance

    @property
    def accuracy(self) -> float:
        return 1 - self.errors / self.length if self.length else 1.0


@dataclass
class Score:
    pages: int = 0
    seconds: float = 0.0
    cpu: float = 0.0
    seed_measures: int = 0
    read_measures: int = 0
    numbers: int = 0
    numbers_found: int = 0
    spaces: Spaces = field(default_factory=Spaces)
    text: Tally = field(default_factory=Tally)
    responsibility: Tally = field(default_factory=Tally)
    other: Tally = field(default_factory=Tally)

    def __post_init__(self) -> None:
        for tally in (self.text, self.responsibility, self.other):
            tally.spaces = self.spaces
    bodies_same: int = 0
    wrong: int = 0
    wrong_flagged: int = 0
    right_flagged: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Of the measures with an error, the share flagged."""
        return self.wrong_flagged / self.wrong if self.wrong else 1.0

    @property
    def precision(self) -> float:
        """Of the flagged measures, the share with an error (a flag that means something)."""
        flagged = self.wrong_flagged + self.right_flagged
        return self.wrong_flagged / flagged if flagged else 1.0


def pairs(seed: Document, read: Document) -> list[tuple[Measure, Measure | None]]:
    """Seed measures with the scan's: by table and number, unnumbered ones in order per table."""
    numbered = {(m.table, m.number): m for m in read.measures if m.number is not None}
    unnumbered: dict[int, list[Measure]] = {}
    for m in read.measures:
        if m.number is None:
            unnumbered.setdefault(m.table, []).append(m)
    result, taken = [], {}
    for m in seed.measures:
        if m.number is not None:
            result.append((m, numbered.get((m.table, m.number))))
        else:
            index = taken.get(m.table, 0)
            pool = unnumbered.get(m.table, [])
            result.append((m, pool[index] if index < len(pool) else None))
            taken[m.table] = index + 1
    return result


def departments(measure: Measure) -> list[tuple[str | None, str | None]]:
    return [(d.id or d.raw, d.role) for d in measure.departments]


def score(seed: Document, read: Document, pages: int, seconds: float, cpu: float) -> Score:
    s = Score(pages=pages, seconds=seconds, cpu=cpu, seed_measures=len(seed.measures), read_measures=len(read.measures))
    for truth, got in pairs(seed, read):
        if truth.number is not None:
            s.numbers += 1
            s.numbers_found += got is not None
        errors = s.text.add(truth.text, got.text if got else None)
        errors += s.responsibility.add(truth.responsibility or "", got.responsibility if got else None)
        for name in OTHER_FIELDS:
            errors += s.other.add(getattr(truth, name) or "", getattr(got, name) if got else None)
        for policy, other in zip(truth.policies, got.policies if got else []):
            errors += s.other.add(policy.text, other.text) + s.other.add(policy.responsibility or "", other.responsibility)
        if got is None:
            s.misses.append(f"{truth.number or truth.text[:12]}: not found")
            s.wrong += 1
            continue
        s.bodies_same += departments(truth) == departments(got)
        flagged = any(w.code == LOW_CONFIDENCE for w in got.warnings)
        if errors or len(truth.policies) != len(got.policies):
            s.wrong += 1
            s.wrong_flagged += flagged
            if not flagged:
                s.misses.append(f"{truth.number or truth.text[:12]}: {squash(truth.text)[:30]} | {squash(got.text)[:30]}")
        else:
            s.right_flagged += flagged
    return s


def cpu_seconds() -> float:
    """Processor seconds used so far by this process and the workers it has reaped."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=0, help="OCR processes (0: one per core)")
    parser.add_argument("--only", nargs="*", default=list(DOCUMENTS))
    parser.add_argument("--plain", action="store_true", help="scan every document at 200 dpi, upright, no seal")
    parser.add_argument("--seals", action="store_true", help="also read the sealed documents under other seals")
    parser.add_argument("--space", action="store_true", help="read the scans of SPACE instead of the five documents")
    parser.add_argument("--cases", nargs="*", help="with --space, only the cases whose name starts so")
    parser.add_argument("--keep", type=Path, help="keep the scanned PDFs in this folder")
    parser.add_argument("--cache", action="store_true", help="use the OCR cache (timings then measure nothing)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ocr-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    settings = OcrSettings(workers=args.workers, cache=args.cache)
    if args.space:
        return space(settings, folder, args.cases)
    print(f"{'document':<15} {'style':<34} {'measures':>9} {'numbers':>9} {'text':>7} {'resp.':>7} {'other':>7} "
          f"{'bodies':>8} {'flagged':>8} {'false':>6} {'recall':>6} {'prec.':>6} {'spaces+/-':>10} {'s/page':>7} {'cpu/page':>8}")
    runs = [(doc_id, "", ScanStyle() if args.plain else STYLES[doc_id]) for doc_id in args.only]
    if args.seals:
        runs += [(doc_id, name, replace(STYLES[doc_id], seal_look=look)) for doc_id in args.only
                 for name, look in SEAL_VARIANTS.get(doc_id, {}).items()]
    hints_for = manifest_hints(SEEDS)  # the seeds' manifest, loaded once, outside the timed reading
    for doc_id, variant, style in runs:
        source = FIXTURES / DOCUMENTS[doc_id]
        scan = folder / f"{doc_id}{'.' + variant.replace(' ', '-').replace(',', '') if variant else ''}.scan.pdf"
        if not scan.exists():
            scan.write_bytes(scanned_pdf(source.read_bytes(), style))
        import pypdfium2

        pages = len(pypdfium2.PdfDocument(scan.read_bytes()))
        hints = hints_for(SEEDS / SEED_FILES[doc_id])
        start, cpu_start = time.perf_counter(), cpu_seconds()
        read = read_document(scan, hints, ocr=settings)
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu_start
        s = score(read_seed(doc_id), read, pages, seconds, cpu)
        label = (f"{style.dpi}dpi {style.angle:+.1f}° q{style.jpeg_quality}" + (" seal" if style.seal else "")
                 + (f" ({variant})" if variant else "")
                 + (" photo" if style.photo else ""))
        right = s.seed_measures - s.wrong
        print(f"{doc_id:<15} {label:<34} {s.read_measures:>4}/{s.seed_measures:<4} {s.numbers_found:>4}/{s.numbers:<4} "
              f"{s.text.accuracy:>7.2%} {s.responsibility.accuracy:>7.2%} {s.other.accuracy:>7.2%} "
              f"{s.bodies_same:>4}/{s.seed_measures:<3} {s.wrong_flagged:>3}/{s.wrong:<4} {s.right_flagged:>2}/{right:<3} "
              f"{s.recall:>6.0%} {s.precision:>6.0%} {f'{s.spaces.extra}/{s.spaces.missing}':>10} "
              f"{s.seconds / s.pages:>7.2f} {s.cpu / s.pages:>8.2f}", flush=True)
        for miss in s.misses:
            print(f"    unflagged error or miss: {miss}")


def space(settings: OcrSettings, folder: Path, only: Sequence[str] | None = None) -> None:
    """Each case of SPACE scanned, read through OCR and scored against its pages' text layer."""
    hints_for = manifest_hints(SEEDS)
    print(f"{'scan':<28} {'of':<22} {'meas.':>7} {'numbers':>7} {'text':>7} {'resp.':>7} {'other':>7} {'bodies':>7} "
          f"{'flagged':>7} {'false':>6} {'spaces':>8} {'cpu/p':>6} document warnings")
    for case in SPACE:
        if only and not any(case.name.startswith(prefix) for prefix in only):
            continue
        source = folder / f"{case.name.replace(' ', '-').replace(',', '')}.pdf"
        source.write_bytes(pages_of(case.source, list(case.pages)))
        scan = source.with_suffix(".scan.pdf")
        scan.write_bytes(scanned_pdf(source.read_bytes(), case.style))
        hints = hints_for(SEEDS / SEED_FILES[case.seed]) if case.seed else None
        truth = read_document(source, hints)
        start, cpu_start = time.perf_counter(), cpu_seconds()
        try:
            read = read_document(scan, hints, ocr=settings)
        except UnreadableFile as refused:
            print(f"{case.name:<28} refused: {refused.cause}", flush=True)
            continue
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu_start
        s = score(truth, read, len(case.pages), seconds, cpu)
        right = s.seed_measures - s.wrong
        cautions = ",".join(sorted({w.code for w in read.warnings if w.code.startswith("ocr")}))
        print(f"{case.name:<28} {case.source.split('/')[-1][:22]:<22} {s.read_measures:>3}/{s.seed_measures:<3} "
              f"{s.numbers_found:>3}/{s.numbers:<3} {s.text.accuracy:>7.2%} {s.responsibility.accuracy:>7.2%} "
              f"{s.other.accuracy:>7.2%} {s.bodies_same:>3}/{s.seed_measures:<3} {s.wrong_flagged:>3}/{s.wrong:<3} "
              f"{s.right_flagged:>2}/{right:<3} {f'{s.spaces.extra}/{s.spaces.missing}':>8} {s.cpu / s.pages:>6.2f} {cautions}",
              flush=True)
        for miss in s.misses:
            print(f"    unflagged error or miss: {miss}")


if __name__ == "__main__":
    main()

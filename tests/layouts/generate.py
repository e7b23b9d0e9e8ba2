"""Write the documents of a list of layouts into a folder, and read them back against their truth.

DOCX and HTML are written directly; PDFs are printed by LibreOffice from their DOCX, all of a run's
in one ``soffice --headless --convert-to pdf`` call (a private user profile keeps it apart from any
other LibreOffice running on the machine).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from pilotplans.ingest.pipeline import read_document
from pilotplans.schema.models import Document
from tests.layouts.plan import TablePlan, plan_document
from tests.layouts.render_docx import render_docx
from tests.layouts.render_html import ENCODINGS, render_html
from tests.layouts.render_xlsx import render_xlsx
from tests.layouts.sources import load_source
from tests.layouts.spec import LayoutSpec
from tests.layouts.truth import Difference, DocumentTruth, compare
from tests.layouts.vocab import load_vocab

SUFFIX = {"docx": ".docx", "html-utf8": ".html", "html-gb2312": ".html", "pdf": ".pdf"}
PRINT_TIMEOUT_S = 1800


@dataclass(frozen=True)
class Generated:
    spec: LayoutSpec
    path: Path
    truth: DocumentTruth
    labels: tuple[str, ...] = ()
    """The table's column labels as printed (none for prose)."""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def print_pdfs(docx: Sequence[Path], outdir: Path, jobs: int = 1) -> None:
    """Print every DOCX of ``docx`` to ``outdir/<stem>.pdf``: one LibreOffice call, or ``jobs`` calls
    side by side on as many shares of the files."""
    if not docx:
        return
    if jobs > 1:
        shares = [docx[k::jobs] for k in range(jobs) if docx[k::jobs]]
        with ThreadPoolExecutor(len(shares)) as pool:
            list(pool.map(lambda k: _print_share(shares[k], outdir, k), range(len(shares))))
        return
    _print_share(docx, outdir, 0)


def _print_share(docx: Sequence[Path], outdir: Path, share: int) -> None:
    program = soffice()
    if program is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    profile = (outdir / f".soffice-profile-{share}").resolve()
    command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
               "--outdir", str(outdir), *map(str, docx)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=PRINT_TIMEOUT_S)
    missing = [p.name for p in docx if not (outdir / f"{p.stem}.pdf").exists()]
    if result.returncode or missing:
        raise RuntimeError(f"soffice printed {len(docx) - len(missing)} of {len(docx)} PDFs "
                           f"(exit {result.returncode}; missing {missing[:5]}): {result.stderr.strip()[:500]}")


def write_document(spec: LayoutSpec, outdir: Path) -> tuple[Path, DocumentTruth, tuple[str, ...]]:
    """Write ``spec``'s document (its DOCX, for a PDF layout); return the path written, its truth and
    its column labels."""
    plan, truth = plan_document(spec, load_source(spec.source), load_vocab())
    labels = tuple(c.label for c in plan.columns) if isinstance(plan, TablePlan) else ()
    if spec.format in ENCODINGS:
        path = outdir / f"{spec.name}.html"
        render_html(plan, spec, path)
    else:
        folder = outdir / "docx" if spec.is_pdf else outdir
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{spec.name}.docx"
        render_docx(plan, spec, path)
    return path, truth, labels


def generate(specs: Iterable[LayoutSpec], outdir: Path, jobs: int = 1) -> list[Generated]:
    """Every layout's document in ``outdir`` (PDFs printed in one batch, or ``jobs``), with its truth."""
    outdir.mkdir(parents=True, exist_ok=True)
    written = [(spec, *write_document(spec, outdir)) for spec in specs]
    print_pdfs([path for spec, path, _, _ in written if spec.is_pdf], outdir, jobs)
    return [Generated(spec, outdir / f"{spec.name}.pdf" if spec.is_pdf else path, truth, labels)
            for spec, path, truth, labels in written]


def write_workbook(spec: LayoutSpec, outdir: Path) -> Generated:
    """A table layout's plan printed as an Excel workbook (whatever format the spec names: a sheet has
    no fonts, rules or pages), with its truth: every table layout is read in that form too."""
    plan, truth = plan_document(spec, load_source(spec.source), load_vocab())
    if not isinstance(plan, TablePlan):
        raise ValueError(f"layout {spec.seed} is a prose plan: only a table is printed as a workbook")
    outdir.mkdir(parents=True, exist_ok=True)
    path = outdir / f"{spec.name}.xlsx"
    render_xlsx(plan, spec, path)
    return Generated(spec, path, truth, tuple(c.label for c in plan.columns))


def read_generated(generated: Generated) -> Document | Exception:
    """What the reader makes of a generated document, or the error it raised."""
    try:
        return read_document(generated.path)
    except Exception as exc:  # noqa: BLE001 - any failure to read is a finding, reported as a difference
        return exc


def check(generated: Generated) -> list[Difference]:
    """Every difference between the document's truth and what the reader makes of it."""
    return compare(generated.truth, read_generated(generated))


def failure_report(generated: Generated, differences: Sequence[Difference], limit: int = 8) -> str:
    """What a failing layout prints: its spec, how to regenerate it, and its first differences."""
    lines = [f"{generated.path.name}: {len(differences)} difference(s)", f"  spec: {generated.spec.describe()}",
             *([f"  columns: {' | '.join(generated.labels)}"] if generated.labels else []),
             f"  regenerate: python -m tests.layouts {generated.spec.seed} --out DIR"]
    lines += [f"  {d}" for d in differences[:limit]]
    return "\n".join(lines)


def truth_json(generated: Generated) -> str:
    return json.dumps({"spec": generated.spec.as_dict(), "title": generated.truth.title, "measures": [asdict(m) for m in generated.truth.measures]},
                      ensure_ascii=False, indent=1)

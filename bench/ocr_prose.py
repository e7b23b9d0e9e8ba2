"""Scan prose notices of the blind rounds, read them through OCR and score them against the rounds' keys.

    python bench/ocr_prose.py [--only NAME ...] [--keep DIR] [--verbose]

``bench/ocr_accuracy.py`` scans the five bundled table plans. Most real local plans are prose notices,
and a notice scanned from a government site is a page of prose with a red seal over its signature and
date. Each page of PAGES (a real published page of a blind round: tests/fixtures/prose-blind*,
places-blind*) is printed as a document is printed (its lines as paragraphs in a CJK serif face, a
page number in the running footer: python-docx, then LibreOffice), scanned by ``tests/scans.py``
(200 dpi, turned, JPEG, a red seal centred on the notice's date line, which is found in the printed
PDF's text layer), read through OCR and scored by ``bench/prose_blind_score.py`` with the round's key:
metadata (title, 文号, issuer, date, level, region), the measure count and the keyed measures'
numbers, heading paths and owners. The text form of the same page is scored beside it, so a point
the scan loses is one OCR costs; the scan is scored again with whitespace aside (the word processor
sets a quarter em between Chinese text and a figure, 2021 年, which OCR reads as a space), and a
scan whose pages OCR read poorly overall (``ocr_poor_page``) is marked. One page at a time; the OCR cache is kept in the output folder,
so the library's second reading of a scan (for its metadata) recognises nothing again.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from prose_blind_score import read_file, score_doc  # noqa: E402

from tests.layouts.generate import print_pdfs  # noqa: E402
from tests.scans import ScanStyle, scanned_pdf  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
PAGES = (
    "prose-blind17/changsha-2012-city-lead-column-name-broken-over-lines.txt",
    "prose-blind14/guangdong-2021-province-leader-line-over-division-line.txt",
    "prose-blind17/xuzhou-2010-city-policy-site-sponsor-after-target.txt",
    "prose-blind10/dalian-2025-city-field-list-measures-as-sections.txt",
    "prose-blind15/jiande-2025-county-city-policy-groups-led-by-bureau-items-bracketed.txt",
    "prose-blind12/huzhou-2023-city-commission-points-no-owners.txt",
    "prose-blind16/jilin-2022-province-law-site-attributes-convention-in-first-bracket.txt",
    "prose-blind13/heilongjiang-2013-province-opinion-host-and-assist-run-on.txt",
    "places-blind6/hengyang-2012-city-law-site-province-over-city-letter-o-date.txt",
    "prose-blind10/suzhou-2017-city-field-list-dated-a-year-late.txt",
)
"""Real prose pages, each with a 文号, a date or keyed owners (the fields a scan may lose)."""
ANGLES = (-0.8, 0.6, -1.2, 0.9, -0.4, 1.4, -1.0, 0.5, -0.7, 1.1)
"""How far each page is turned on the scanner, in degrees (one each, as pages are fed by hand)."""
FACE = "Noto Serif CJK SC"
DATE_LINE = re.compile(r"^\s*(?:[〇○O0零一二三四五六七八九十]{4}|\d{4})\s*年\s*[〇○O0一二三四五六七八九十\d]{1,3}\s*月"
                       r"\s*[〇○O0一二三四五六七八九十\d]{1,3}\s*日\s*$")


@dataclass(frozen=True)
class Page:
    fixture: Path
    key: dict[str, Any]
    angle: float

    @property
    def name(self) -> str:
        return self.fixture.stem


def key_of(fixture: Path) -> dict[str, Any]:
    key = tomllib.loads((fixture.parent / "key.toml").read_text(encoding="utf-8"))
    for doc in key["doc"]:
        if doc["file"] == fixture.name:
            return doc
    raise SystemExit(f"{fixture}: not in its round's key.toml")


def docx_of(page: Page, folder: Path) -> Path:
    """The page's lines as paragraphs of a printed notice, a page number in the footer (— 1 —)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = FACE
    style.font.size = Pt(14)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FACE)
    for line in page.fixture.read_text(encoding="utf-8").splitlines():
        paragraph = document.add_paragraph(line.rstrip())
        paragraph.paragraph_format.space_after = Pt(2)
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    run = footer.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.text = text
        run._r.append(element)
    footer.add_run(" —")
    path = folder / f"{page.name}.docx"
    document.save(path)
    return path


def date_place(pdf: bytes) -> tuple[int, tuple[float, float]] | None:
    """The page (0-based) and the centre, in points from the top-left corner, of the notice's
    date line: where the seal is stamped."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            height = page.get_height()
            text = page.get_textpage()
            for line in text.get_text_range().splitlines():
                if not DATE_LINE.match(re.sub(r"\s", "", line)):  # spaces pdfium reads in the gaps beside a letter O
                    continue
                searcher = text.search(line.strip(), match_case=True)
                found = searcher.get_next()
                if found is None:
                    continue
                left, bottom, right, top = text.get_charbox(found[0])
                end = text.get_charbox(found[0] + found[1] - 1)
                return index, ((left + end[2]) / 2, height - (bottom + top) / 2)
    finally:
        document.close()
    return None


def style_of(page: Page, place: tuple[int, tuple[float, float]] | None) -> ScanStyle:
    if place is None:
        return ScanStyle(dpi=200, angle=page.angle, jpeg_quality=80)
    return ScanStyle(dpi=200, angle=page.angle, jpeg_quality=80, seal=place[1], seal_on=(place[0],))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="pages whose file name holds one of these words")
    parser.add_argument("--keep", type=Path, help="keep the printed and scanned PDFs in this folder")
    parser.add_argument("--verbose", action="store_true", help="print each miss")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ocr-prose-"))
    folder.mkdir(parents=True, exist_ok=True)
    pages = [Page(FIXTURES / p, key_of(FIXTURES / p), a) for p, a in zip(PAGES, ANGLES)
             if not args.only or any(word in p for word in args.only)]
    printed = [folder / f"{page.name}.pdf" for page in pages]
    print_pdfs([docx_of(page, folder) for page, pdf in zip(pages, printed) if not pdf.exists()], folder)
    os.environ["PILOTPLANS_CACHE_DIR"] = str(folder / "cache")  # recognised once, read twice (CLI, metadata)
    total = {"text": [0, 0], "scan": [0, 0], "scan, spaces aside": [0, 0]}
    for page, pdf in zip(pages, printed):
        source = pdf.read_bytes()
        place = date_place(source)
        scan = folder / f"{page.name}.scan.pdf"
        if not scan.exists():
            scan.write_bytes(scanned_pdf(source, style_of(page, place)))
        text_right, text_total, text_misses = score_doc(page.key, page.fixture.parent)
        reading = read_file(scan)
        scan_right, scan_total, scan_misses = score_doc(dict(page.key, file=str(scan)), folder, reading=reading)
        loose_right, loose_total, _ = score_doc(dict(page.key, file=str(scan)), folder, spaces=False, reading=reading)
        for name, right, count in (("text", text_right, text_total), ("scan", scan_right, scan_total),
                                   ("scan, spaces aside", loose_right, loose_total)):
            total[name][0] += right
            total[name][1] += count
        seal = f"seal p{place[0] + 1}" if place else "no date line, no seal"
        poor = [line for line in reading[1].splitlines() if "ocr_poor_page" in line or "OCR was unsure of much" in line]
        print(f"{page.name[:60]:<60} {page.angle:+.1f}° {seal:<12} text {text_right:>2}/{text_total:<2} "
              f"scan {scan_right:>2}/{scan_total:<2} spaces aside {loose_right:>2}/{loose_total:<2}"
              f"{'  POOR PAGES' if poor else ''}", flush=True)
        if args.verbose:
            for miss in scan_misses:
                if miss not in text_misses:
                    print(f"    scan only: {miss}")
    print("total: " + ", ".join(f"{name} {right}/{count}" for name, (right, count) in total.items()))


if __name__ == "__main__":
    main()

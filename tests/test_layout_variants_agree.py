"""A real plan re-typeset in layouts the fixtures lack still reads into the same measures.

A plan's task table is written to DOCX with python-docx in several layouts, printed to PDF by
LibreOffice, and read back: the Hainan table (117 measures under nine headings, a vertically
merged heading column) on landscape pages, as a three-line table (no vertical rules) whose header
row does not repeat, with rules between rows only, in another font size and other column widths;
the Xiamen table's six columns (a 备注 column empty on most pages, the first among them) with
rules between rows only; and the national 2025 list (序号/任务内容/适用范围) as a three-line table
with a repeated header and its headings printed as rows spanning the table. Runs where
LibreOffice (soffice) is installed.
"""

import shutil
import subprocess
from functools import cache
from itertools import pairwise

import pytest

from pilotplans.ingest.pipeline import read_document
from tests.conftest import read_seed
from tests.fixtures.variants.make_variants import _fill, _new_document, _repeat_header, _set_table_borders, _widths
from tests.test_formats_agree import comparable

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

LAYOUTS = {
    "landscape-grid-12pt": dict(landscape=True, font_size=12, borders="grid", repeat_header=True, widths=(4.0, 1.5, 12.0, 7.0)),
    "three-line-no-repeat-9pt": dict(landscape=False, font_size=9, borders="three-line", repeat_header=False, widths=(2.6, 1.2, 9.0, 3.2)),
    "horizontal-rules-narrow-text": dict(landscape=False, font_size=10.5, borders="horizontal", repeat_header=True, widths=(3.0, 1.4, 6.6, 5.0)),
    "xiamen-six-columns-horizontal-rules": dict(
        document="xiamen-2020", landscape=False, font_size=10, borders="horizontal", repeat_header=True,
        widths=(2.2, 1.1, 5.2, 3.0, 2.7, 1.8)),
    "national-2025-heading-rows-three-line": dict(
        document="national-2025", landscape=False, font_size=10.5, borders="three-line", repeat_header=True,
        widths=(1.3, 11.0, 3.7)),
}
BORDERS = {
    "grid": dict(top="single", left="single", bottom="single", right="single", insideH="single", insideV="single"),
    "three-line": dict(top="single", bottom="single"),
    "horizontal": dict(top="single", bottom="single", insideH="single"),
}


FIELDS = {"number": "number_raw", "text": "text", "responsibility": "responsibility", "superior": "superior",
          "remarks": "remarks", "scope": "scope", "cooperating": "cooperating"}
"""The measure field printed in a column of each role (the heading column is filled apart)."""


def typeset(document, layout: dict, path):
    """Write ``document``'s single task table as DOCX in ``layout``: its headings in its heading
    column, merged over their measures' rows, or as rows spanning the table when it has none."""
    labels = tuple(document.tables[0].columns)
    roles = [role or None for role in document.tables[0].roles]
    headings = {h.position: h for h in document.tables[0].headings}
    rows: list[tuple[str, object]] = [("header", labels)]
    for previous, measure in zip([None, *document.measures], document.measures):
        if "heading" not in roles and measure.heading != getattr(previous, "heading", None):
            rows.append(("heading", headings[measure.heading]))
        rows.append(("measure", measure))
    docx = _new_document(layout["font_size"], landscape=layout["landscape"])
    docx.add_paragraph(document.title)
    docx.add_paragraph("附件：试点任务责任分工表")
    table = docx.add_table(rows=len(rows), cols=len(labels))
    _set_table_borders(table, **BORDERS[layout["borders"]])
    for cell, label in zip(table.rows[0].cells, labels):
        _fill(cell, label)
    if layout["repeat_header"]:
        _repeat_header(table.rows[0])
    first_row: dict[int, int] = {}
    for index, (kind, value) in enumerate(rows[1:], start=1):
        cells = table.rows[index].cells
        if kind == "heading":
            merged = cells[0].merge(cells[-1])
            _fill(merged, f"{value.number_raw or ''}{value.title}")
            continue
        for cell, role in zip(cells, roles):
            if role == "heading" and value.heading not in first_row:
                first_row[value.heading] = index
                heading = headings[value.heading]
                _fill(cell, f"{heading.number_raw or ''}{heading.title}")
            elif role in FIELDS:
                _fill(cell, getattr(value, FIELDS[role]) or "")
    if "heading" in roles:
        column = roles.index("heading")
        starts = sorted(first_row.values()) + [len(rows)]
        for start, end in pairwise(starts):
            if end - start > 1:
                merged = table.cell(start, column).merge(table.cell(end - 1, column))
                _fill(merged, merged.paragraphs[0].text)
    _widths(table, layout["widths"])
    docx.save(path)


@cache
def seed(doc_id: str):
    return read_seed(doc_id)


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_retypeset_plan_reads_back_into_the_same_measures(name, tmp_path):
    layout = LAYOUTS[name]
    document = seed(layout.get("document", "hainan-2020"))
    docx = tmp_path / f"plan-{name}.docx"
    typeset(document, layout, docx)
    subprocess.run([SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
                   check=True, capture_output=True, timeout=180)
    read = read_document(tmp_path / f"plan-{name}.pdf")
    assert [comparable(m) for m in read.measures] == [comparable(m) for m in document.measures]

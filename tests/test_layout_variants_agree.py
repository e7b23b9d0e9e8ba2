"""A real plan re-typeset in layouts the fixtures lack still reads into the same measures.

A plan's task table is written to DOCX with python-docx in several layouts, printed to PDF by
LibreOffice, and read back: the Hainan table (117 measures under nine headings, a vertically
merged heading column) on landscape pages, as a three-line table (no vertical rules) whose header
row does not repeat, with rules between rows only, in another font size and other column widths;
the Xiamen table's six columns (a 备注 column empty on most pages, the first among them) with
rules between rows only; the national 2025 list (序号/任务内容/适用范围) as a three-line table
with a repeated header and its headings printed as rows spanning the table; and the Xiamen and
Hainan plans with every cell centred in its row (序号 on the middle line of rows of several
lines, the merged heading column's text beside other rows), landscape or portrait, three-line or
with rules between rows only. Runs where LibreOffice (soffice) is installed, and fails without it
where PILOTPLANS_REQUIRE_LIBREOFFICE is set (as .ci/run does).
"""

import os
import shutil
from functools import cache

import pytest

from pilotplans.ingest.pipeline import read_document
from tests.conftest import read_seed
from tests.fixtures.variants.make_variants import convert_to_pdf, typeset
from tests.test_formats_agree import comparable

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
REQUIRE_LIBREOFFICE = bool(os.environ.get("PILOTPLANS_REQUIRE_LIBREOFFICE"))


@pytest.fixture(autouse=True)
def libreoffice() -> None:
    if SOFFICE is None:
        if REQUIRE_LIBREOFFICE:
            pytest.fail("LibreOffice (soffice) is not installed, and PILOTPLANS_REQUIRE_LIBREOFFICE is set")
        pytest.skip("LibreOffice (soffice) is not installed")


LAYOUTS = {
    "landscape-grid-12pt": dict(landscape=True, font_size=12, borders="grid", repeat_header=True, widths=(4.0, 1.5, 12.0, 7.0)),
    "three-line-no-repeat-9pt": dict(landscape=False, font_size=9, borders="three-line", repeat_header=False, widths=(2.6, 1.2, 9.0, 3.2)),
    "horizontal-rules-narrow-text": dict(landscape=False, font_size=10.5, borders="horizontal", repeat_header=True, widths=(3.0, 1.4, 6.6, 5.0)),
    "xiamen-six-columns-horizontal-rules": dict(
        document="xiamen-2020", landscape=False, font_size=10, borders="horizontal", repeat_header=True,
        widths=(2.2, 1.1, 5.2, 3.0, 2.7, 1.8)),
    # whole plans in the layouts of issue 9 (once 262 records for Xiamen's 88, 239 for Hainan's 117)
    "xiamen-landscape-three-line-centred": dict(
        document="xiamen-2020", landscape=True, font_size=12, borders="three-line", header_rule=True,
        repeat_header=True, valign="center", widths=(2.0, 1.2, 7.0, 4.5, 4.5, 2.4), footer="— {page} —"),
    "hainan-horizontal-rules-centred": dict(
        landscape=False, font_size=10.5, borders="horizontal", repeat_header=True, valign="center",
        widths=(2.6, 1.2, 7.2, 4.0)),
    "hainan-landscape-three-line-centred-once": dict(
        landscape=True, font_size=12, borders="three-line", header_rule=True, repeat_header=False,
        valign="center", widths=(3.0, 1.4, 11.0, 7.0)),
    "national-2025-heading-rows-three-line": dict(
        document="national-2025", landscape=False, font_size=10.5, borders="three-line", repeat_header=True,
        widths=(1.3, 11.0, 3.7)),
}


@cache
def seed(doc_id: str):
    return read_seed(doc_id)


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_retypeset_plan_reads_back_into_the_same_measures(name, tmp_path):
    layout = LAYOUTS[name]
    document = seed(layout.get("document", "hainan-2020"))
    docx = tmp_path / f"plan-{name}.docx"
    typeset(document, layout, docx)
    read = read_document(convert_to_pdf(docx, tmp_path))
    assert [comparable(m) for m in read.measures] == [comparable(m) for m in document.measures]

"""A header printed again inside a page part of a text table: a table printed anew after a heading
paragraph (each heading's measures a table of their own, the header repeated), a box round it, no
rule under the header. The rule above the header parted it from the heading row, but nothing
parted it from the centred row under it: the header's labels were read as the first lines of
that row (序号 57, 具体举措 允许在…), its number lost (generated layout 100040 with frame=box or
frame=columns, DIMENSION_REPAIRS in tests/test_generated_layouts.py). A run of lines repeating
the part's opening header, line for line, is cut off before and after."""

from __future__ import annotations

from pilotplans.parsers.pdf.aligned.anchors import hard_cuts
from pilotplans.parsers.pdf.aligned.pieces import table_pieces
from pilotplans.parsers.pdf.settings import DEFAULT_SETTINGS
from pilotplans.parsers.pdf.tables import Boundary
from tests.test_pdf_text_rows import synthetic_bands
from tests.test_read_pdf import filler

COLUMNS = (Boundary(70, 70), Boundary(90, 100), Boundary(300, 320), Boundary(420, 420))
HEADER = [(100, [(70, "序号"), (100, "具体举措"), (320, "责任单位")])]


def part(*again: tuple[float, list[tuple[float, str]]]):
    return table_pieces(synthetic_bands([
        *HEADER,
        (115, [(70, "1"), (100, filler(18)), (320, filler(6))]),
        (130, [(100, filler(6, "。"))]),
        *again,
        (175, [(100, filler(18)), (320, filler(6))]),
        (190, [(70, "2"), (100, filler(18)), (320, filler(3))]),
        (205, [(100, filler(5, "。"))]),
    ]), COLUMNS)


def test_the_opening_header_printed_again_is_cut_off_from_the_rows_around_it():
    table = part((150, [(70, "序号"), (100, "具体举措"), (320, "责任单位")]))
    cuts = hard_cuts(table, (), DEFAULT_SETTINGS, header_bands=1)
    assert {3, 4} <= cuts.other


def test_lines_that_only_resemble_the_header_are_not_cut():
    table = part((150, [(70, "序号"), (100, "具体举措")]))
    cuts = hard_cuts(table, (), DEFAULT_SETTINGS, header_bands=1)
    assert not {3, 4} & cuts.other

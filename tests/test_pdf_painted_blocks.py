"""Cells merged over rows in zebra rows keep the shade of their first row, so two such cells one under
the other, both opening on a row of one shade, show no edge between them: the grid made one box of
工业和信息化部 (77–78), 公安部 (79–80) and 司法部 (81) and read all three as every row's owner, silently
(trap 30000014, ``tables/zebra-owner-cells-one-shade.pdf``, printed by tests/layouts). A box whose row
boundaries only paint draws and whose text prints in several blocks is cut in the white between them,
and warned ``merged_cells_unread``."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf.content import Glyph, Rule
from pilotplans.parsers.pdf.lines import TextLine
from pilotplans.parsers.pdf.ruled import split_painted_blocks
from pilotplans.parsers.pdf.tables import PlacedCell
from tests.conftest import FIXTURES

ONE_SHADE = FIXTURES / "tables" / "zebra-owner-cells-one-shade.pdf"
XS = (0.0, 100.0)
YS = (0.0, 50.0, 100.0, 150.0, 200.0)


def _line(text: str, top: float) -> TextLine:
    glyphs = tuple(Glyph(ch, 10.0 + 10 * i, top, 20.0 + 10 * i, top + 10.0, 10.0) for i, ch in enumerate(text))
    return TextLine(glyphs, text, 10.0, top, 10.0 + 10 * len(text), top + 10.0, 10.0)


def _box(*lines: TextLine) -> PlacedCell:
    return PlacedCell(0, 4, 0, 1, (XS[0], YS[0], XS[1], YS[-1]), lines)


def _edges(painted: bool = True) -> list[Rule]:
    return [Rule(100.0, y, 300.0, y, painted=painted) for y in YS[1:-1]]


def test_owner_cells_of_one_shade_are_read_apart_from_their_blocks_of_text_and_warned():
    document = read_document(ONE_SHADE)
    owners = {m.number: m.responsibility for m in document.measures if 77 <= (m.number or 0) <= 81}
    assert owners == {77: "工业和信息化部", 78: "工业和信息化部", 79: "公安部", 80: "公安部", 81: "司法部"}
    assert "merged_cells_unread" in {w.code for w in document.warnings}


def test_a_box_is_cut_in_the_white_holding_one_row_edge():
    cells, blocked = split_painted_blocks([_box(_line("公安部", 120.0), _line("司法部", 170.0))], XS, YS, _edges(), 3.0)
    assert [(c.row0, c.row1, [line.text for line in c.lines]) for c in cells] == [(0, 3, ["公安部"]), (3, 4, ["司法部"])]
    assert len(blocked) == 1


def test_a_box_of_one_block_over_zebra_rows_stays_one_cell():
    box = _box(_line("工业和信息", 90.0), _line("化部", 100.0))
    assert split_painted_blocks([box], XS, YS, _edges(), 3.0) == ((box,), ())


def test_a_box_a_line_bounds_stays_one_cell_whatever_its_blocks():
    box = _box(_line("公安部", 45.0), _line("司法部", 170.0))
    assert split_painted_blocks([box], XS, YS, _edges(painted=False), 3.0) == ((box,), ())


def test_a_box_whose_white_holds_several_row_edges_is_left_whole_and_named():
    box = _box(_line("公安部", 20.0), _line("司法部", 170.0))
    assert split_painted_blocks([box], XS, YS, _edges(), 3.0) == ((box,), (box,))


# A table printed at a wide fixed line spacing (28 pt for 10.5 pt text, common in notices) leaves a
# line's height of white between the wrapped lines of one cell: a merged owner cell's two lines, one
# each side of the row edge inside it, were read as two blocks and the cell cut between its rows
# (市商务局、市财政 / 局、市市场监管局). ``tables/zebra-owner-cell-fixed-line-spacing.pdf``: python-docx,
# zebra rows, three-line rules, columns ruled, cells centred, 28 pt lines, printed by LibreOffice.
FIXED_SPACING = FIXTURES / "tables" / "zebra-owner-cell-fixed-line-spacing.pdf"
TWO_COLUMNS = (0.0, 100.0, 200.0)


def _wrapped_box() -> PlacedCell:
    return PlacedCell(0, 4, 0, 1, (0.0, 0.0, 100.0, 200.0), (_line("市商务局", 82.0), _line("市财政局", 110.0)))


def _one_row_cell_at_pitch(white: float) -> PlacedCell:
    return PlacedCell(0, 1, 1, 2, (100.0, 0.0, 200.0, 50.0), (_line("推进服务", 5.0), _line("业开放", 15.0 + white)))


def test_a_merged_cell_s_lines_at_a_wide_fixed_spacing_are_read_as_one_cell_over_its_rows():
    document = read_document(FIXED_SPACING)
    owners = {m.number: m.responsibility for m in document.measures if 2 <= (m.number or 0) <= 4}
    assert owners == {2: "市商务局、市财政局、市市场监管局", 3: "市商务局、市财政局、市市场监管局", 4: "市人社局"}


def test_white_no_wider_than_the_table_s_line_spacing_parts_no_blocks():
    box, other = _wrapped_box(), _one_row_cell_at_pitch(18.0)
    assert split_painted_blocks([box, other], TWO_COLUMNS, YS, _edges(), 3.0) == ((box, other), ())


def test_white_wider_than_the_table_s_line_spacing_parts_blocks():
    box, other = _wrapped_box(), _one_row_cell_at_pitch(2.0)
    cells, blocked = split_painted_blocks([box, other], TWO_COLUMNS, YS, _edges(), 3.0)
    assert [(c.row0, c.row1, c.col0, [line.text for line in c.lines]) for c in cells] == [
        (0, 2, 0, ["市商务局"]), (0, 1, 1, ["推进服务", "业开放"]), (2, 4, 0, ["市财政局"])]
    assert blocked == (box,)

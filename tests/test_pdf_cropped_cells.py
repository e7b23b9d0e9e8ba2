"""A cell cut off by the edge under it is named: the rest of its text is printed nowhere.

Under a header repeated on every page that stacks 上级制定政策保障措施或支持和指导部门 a character a line (half
the page), a row kept whole and too tall for the room left is cut off where the page's room ends: its
上级部门 cell read 人社部、科技部、外交部、教 for …教育部、移民局, silently, on eleven pages (trap 60000077,
``tables/rows-cropped-under-a-tall-repeated-header.pdf``, printed by tests/layouts). The last line printed
touches the rule closing the cell, where every other cell keeps its padding: the document is warned
``cell_cropped``, naming the page, row and column.
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf.content import Glyph, Rule
from pilotplans.parsers.pdf.cropped import cropped_cells
from pilotplans.parsers.pdf.lines import TextLine
from pilotplans.parsers.pdf.tables import Boundary, PageTable, PlacedCell
from tests.conftest import FIXTURES

CROPPED = FIXTURES / "tables" / "rows-cropped-under-a-tall-repeated-header.pdf"
UNCROPPED = FIXTURES / "tables" / "owner-cell-merged-over-rows-broken-by-a-page.pdf"


def test_cells_cut_off_at_the_foot_of_their_page_are_named_page_by_page():
    notes = [w.message for w in read_document(CROPPED).warnings if w.code == "cell_cropped"]
    assert [note.split(":")[0] for note in notes] == [f"page {n}" for n in (4, 5, 7, 8, 10, 13, 16, 17, 20, 22, 24)]
    assert notes[0].startswith("page 4: row 2, column 7 (…社部、科技部、外交部、教): the last line printed reaches the edge")


def test_a_cell_closing_its_page_with_its_padding_is_not_named():
    assert "cell_cropped" not in {w.code for w in read_document(UNCROPPED).warnings}


def _line(text: str, top: float, size: float = 10.0) -> TextLine:
    glyphs = tuple(Glyph(ch, 10.0 + size * i, top, 10.0 + size * (i + 1), top + size, size) for i, ch in enumerate(text))
    return TextLine(glyphs, text, 10.0, top, 10.0 + size * len(text), top + size, size)


def _table(*lines: TextLine) -> PageTable:
    cell = PlacedCell(0, 1, 0, 1, (5.0, 0.0, 105.0, 100.0), lines)
    return PageTable(1, (5.0, 0.0, 105.0, 100.0), (Boundary(5.0, 5.0), Boundary(105.0, 105.0)), (0.0, 100.0), (cell,), ruled=True)


def test_a_last_line_touching_the_closing_rule_is_cropped():
    table = _table(_line("人社部、", 80.0), _line("教", 90.0))
    assert cropped_cells(table, [Rule(5.0, 100.0, 105.0, 100.0)]) == table.cells


def test_a_last_line_keeping_a_third_of_a_line_of_padding_is_not():
    table = _table(_line("人社部、", 77.0), _line("教育部", 87.0))
    assert cropped_cells(table, [Rule(5.0, 100.0, 105.0, 100.0)]) == ()


def test_an_underline_under_the_last_words_is_no_closing_edge():
    table = _table(_line("教育部", 90.0))
    assert cropped_cells(table, [Rule(10.0, 100.0, 40.0, 100.0)]) == ()


def _rows(*rows: tuple[TextLine, ...]) -> PageTable:
    """A ruled table of one column, each row 50 pt tall, holding the given lines."""
    cells = tuple(PlacedCell(k, k + 1, 0, 1, (5.0, 50.0 * k, 105.0, 50.0 * (k + 1)), lines) for k, lines in enumerate(rows))
    bottom = 50.0 * len(rows)
    return PageTable(1, (5.0, 0.0, 105.0, bottom), (Boundary(5.0, 5.0), Boundary(105.0, 105.0)),
                     tuple(50.0 * k for k in range(len(rows) + 1)), cells, ruled=True)


RULES = [Rule(5.0, 50.0 * k, 105.0, 50.0 * k) for k in range(4)]


def test_a_last_row_touching_its_rule_where_the_rows_above_keep_their_padding_is_cropped():
    table = _rows((_line("省发改委", 30.0),), (_line("人社部、", 80.0), _line("教", 90.0)))
    assert cropped_cells(table, RULES) == table.cells[1:]


def test_a_table_set_tight_every_row_touching_its_rule_is_not_cropped():
    # no padding in any row (cells set with no margin under their text): the last row's touching its rule is
    # the table's setting, no sign of a row cut off
    table = _rows((_line("省发改委", 30.0), _line("省财政厅", 40.0)), (_line("人社部、", 80.0), _line("教育部", 90.0)))
    assert cropped_cells(table, RULES) == ()

"""A box spanning rows in a ruled table whose text starts at a later row's top: a heading column
ruled only between columns (three-line rules, shaded rows) printed 五、… from the top of measure
90's row, and the box, spanning the page's rows 89–91 for want of a rule between 四's cell going
on over the page break and 五's, gave 五 to measure 89 (heading_path wrong, exit 0; generated
layout 16300235, a CI regression). A merged cell prints its text from its first row's top or
centred over its rows: text from a later row's top, off the box's middle, starts a cell there,
the rows above it left empty (the rest of the cell above). Pages are built as in
tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide."""

from __future__ import annotations

from pilotplans.parsers.pdf.content import Rule
from pilotplans.parsers.pdf.ruled import ruled_tables
from tests.test_read_pdf import filler, synthetic_page

LEFT, RIGHT, COLUMNS = 60.0, 430.0, (110.0, 140.0)
ROWS = (114.0, 175.0, 236.0, 297.0)


def page(heading_top: float, rows: tuple[float, ...] = ROWS):
    """A header row and three rows of four lines each, ruled between the rows except in the
    heading column (one box from the header to the foot), its text one line at ``heading_top``
    (row boundaries ``rows``)."""
    rules = (Rule(LEFT, 95.0, RIGHT, 95.0), Rule(LEFT, rows[0], RIGHT, rows[0]), Rule(LEFT, rows[-1], RIGHT, rows[-1]),
             *(Rule(COLUMNS[0], y, RIGHT, y) for y in rows[1:-1]), *(Rule(x, 95.0, x, rows[-1]) for x in (LEFT, *COLUMNS, RIGHT)))
    lines = [(100, [(62, "任务"), (112, "序号"), (150, "具体举措")]), (heading_top, [(62, "五、甲")])]
    for number, (top, bottom) in enumerate(zip(rows, rows[1:]), start=89):
        lines += [(top + 4, [(112, str(number)), (150, filler(20))]),
                  *((top + 4 + 13 * k, [(150, filler(20))]) for k in (1, 2, 3) if top + 4 + 13 * k + 10 < bottom)]
    return synthetic_page(3, sorted(lines, key=lambda line: line[0]), rules)


def heading_cells(table):
    return [(c.row0, c.row1, "".join(line.text for line in c.lines)) for c in table.cells if c.col0 == 0]


def test_a_boxs_text_from_a_later_rows_top_starts_its_cell_there():
    table, = ruled_tables(page(ROWS[1] + 4))
    assert heading_cells(table) == [(0, 1, "任务"), (1, 2, ""), (2, 4, "五、甲")]


def test_a_boxs_text_from_its_first_rows_top_or_centred_keeps_its_span():
    first, = ruled_tables(page(ROWS[0] + 4))
    # centred over the box (114–297), its line at the top of the second row (196–236), a tall first row's
    centred, = ruled_tables(page(200.5, (114.0, 196.5, 236.0, 297.0)))
    assert [c.row0 for c in centred.cells if c.col0 == 1] == [0, 1, 2, 3]
    assert heading_cells(first) == [(0, 1, "任务"), (1, 4, "五、甲")]
    assert heading_cells(centred) == [(0, 1, "任务"), (1, 4, "五、甲")]

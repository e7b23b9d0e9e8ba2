"""A ruled grid's row is painted as most of its own cells show, not as its first cell: the paint at a break.

Zebra rows tell a cell merged over a page break from a cell of its own (pilotplans/parsers/pdf/grids.py:
_painted_at_break): a cell merged over rows keeps its first row's shade, so where the row opening a page
and the row before the break are painted unlike, a cell of the opening row painted as the row above is
that row's cell carried on. Each row's shade was its first cell's holding text alone, so a grid with a
shaded header whose row opening page 2 prints its 序号 highlighted (the one cell painted in the row) read
every other cell of that row as painted like the row above, not as its own: its blank 协同单位 took 2's
市财政局 and its 重点任务 was joined to 2's, both reading both, silently. A row's shade is the one most of
its own cells holding text show (as the aligned reader takes it: pdf/aligned/rules.py), none where as
many show each; so too a 序号 column painted on its own, the rest of a row the break cut printing no
number, no longer carries the number above into that rest.

Pages are built as in tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide; a grid of four
columns (序号 | 重点任务 | 牵头单位 | 协同单位), its header painted."""

from __future__ import annotations

from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.content import PageContent, Rule
from tests.test_read_pdf import filler, rows_of, synthetic_page

XS = (60.0, 100.0, 300.0, 400.0, 480.0)
HEADER = (65.0, [(70.0, "序号"), (110.0, "重点任务"), (310.0, "牵头单位"), (410.0, "协同单位")])
ROW_1 = (85.0, 120.0, [(90.0, [(70.0, "1"), (110.0, filler(19)), (310.0, "市发改委"), (410.0, "市财政局")]),
                       (103.0, [(110.0, filler(6, "。"))])])
ROW_2 = (120.0, 160.0, [(125.0, [(70.0, "2"), (110.0, filler(19)), (310.0, "市商务局"), (410.0, "市财政局")]),
                        (138.0, [(110.0, filler(19))])])  # its 重点任务's last line full at page 1's foot
ROW_3 = (85.0, 120.0, [(90.0, [(70.0, "3"), (110.0, filler(6, "。")), (310.0, "市科技局")])])  # 协同单位 blank
REST_OF_2 = (85.0, 120.0, [(90.0, [(110.0, filler(6, "。"))])])
ROW_3_LOWER = (120.0, 160.0, [(125.0, [(70.0, "3"), (110.0, filler(6, "。")), (310.0, "市科技局"), (410.0, "市财政局")])])


def _shaded(x0: float, x1: float, top: float, bottom: float) -> tuple[Rule, Rule]:
    return (Rule(x0, top, x1, top, painted=True, paint_below=((x0, x1, True),)),
            Rule(x0, bottom, x1, bottom, painted=True, paint_below=((x0, x1, False),)))


def _page(number: int, rows, painted: list[tuple[int, float, float]], merged: tuple[int, ...] = ()) -> PageContent:
    """A page of the grid: its header (painted), ``rows`` as (top, bottom, lines), each cell of ``painted``
    (column, top, bottom) painted; no rule under the last row in the columns of ``merged`` (a cell merged
    over the page break)."""
    lines, ys = [HEADER], [60.0, 85.0]
    for _top, bottom, row_lines in rows:
        lines += row_lines
        ys.append(bottom)
    rules = [Rule(XS[0], y, XS[-1], y) for y in ys[:-1]] + [Rule(x, 60.0, x, ys[-1]) for x in XS]
    rules += [Rule(XS[0], ys[-1], XS[-1], ys[-1])]
    rules += [*_shaded(XS[0], XS[-1], 60.0, 85.0)]
    for column, top, bottom in painted:
        rules += _shaded(XS[column], XS[column + 1], top, bottom)
    return synthetic_page(number, lines, tuple(rules))


def _read(first: list, second: list, second_rows) -> tuple[list[tuple[str, ...]], list[str]]:
    layout = layout_from_pages([_page(1, [ROW_1, ROW_2], first), _page(2, second_rows, second)], "grid.pdf")
    return [row for row in rows_of(layout) if row[0] != "序号"], [c.code for c in layout.cautions]


def test_a_highlighted_number_opening_a_page_carries_nothing_over_its_row():
    rows, cautions = _read([], [(0, 85.0, 120.0)], [ROW_3])
    assert rows[1:] == [("2", filler(19) * 2, "市商务局", "市财政局"), ("3", filler(6, "。"), "市科技局", "")]
    assert cautions == []


def test_a_painted_number_column_carries_no_number_into_the_rest_of_a_row_the_break_cut():
    column = [(0, 85.0, 120.0), (0, 120.0, 160.0)]
    rows, _ = _read(column, column, [REST_OF_2, ROW_3_LOWER])
    assert rows[2] == ("", filler(6, "。"), "", "")


def test_a_zebra_row_opening_a_page_painted_unlike_its_blank_cell_still_carries_the_cell_above_on():
    # 2 white at page 1's foot; 3 opens page 2 grey in each of its cells holding text, its blank 协同单位
    # white as 2's: the rest of 2's 市财政局, merged over the break
    grey_3 = [(0, 85.0, 120.0), (1, 85.0, 120.0), (2, 85.0, 120.0)]
    rows, _ = _read([(c, 85.0, 120.0) for c in range(4)], grey_3, [ROW_3])
    assert rows[2] == ("3", filler(6, "。"), "市科技局", "市财政局")

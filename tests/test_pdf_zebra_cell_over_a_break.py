"""A cell merged over a page break in zebra rows keeps the shade of the row it starts in.

Zebra rows paint each cell as a band of its own, and a cell merged over rows keeps the shade of its
first row. The rest of a cell merged over a page break therefore opens the next page painted as the
row before the break, not as the row it stands beside: the edges over that row's top show it (paint
below them over the row's own cells, none over the cell carried on). Such a cell is the rest of the
cell above the break, whether or not the row under it carries on; and where the row under it is of
its shade and blank in its column, no edge shows whether it goes on there: warned, not guessed.

zebra-cell-merged-over-a-break-beside-a-blank.pdf is trap 20000060 (tests/layouts/traps.py: three-line
rules, zebra rows, a 适用范围 column a character a line, owner cells merged down the rows): 自贸试验区
is merged over 66–67, 自贸 at the foot of page 3 in the white row 66, 试验区 opening page 4 beside the
grey row 67, over 68 (white, blank in that column). It was read as one cell over 67–68 too, the rest
of 66's, and 68 read 自贸试验区, silently.
zebra-cell-merged-over-a-break-down-blank-rows.pdf is trap 20000052: 牵头单位 民航局 merged over
45–50, from the white row 45 on page 2 down page 3 beside grey and white rows alike.
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.content import PageContent, Rule, page_contents
from pilotplans.parsers.pdf.pages import page_blocks
from tests.conftest import FIXTURES
from tests.test_read_pdf import filler, rows_of, synthetic_page

BESIDE_A_BLANK = FIXTURES / "tables" / "zebra-cell-merged-over-a-break-beside-a-blank.pdf"
DOWN_BLANK_ROWS = FIXTURES / "tables" / "zebra-cell-merged-over-a-break-down-blank-rows.pdf"


def _over_break(path) -> list[tuple[int, tuple[float, ...]]]:
    pages = page_blocks(page_contents(path.read_bytes(), path.name))
    return [(page.page.number, table.painted_over_break) for page in pages for table in page.tables]


def test_a_cell_painted_as_the_row_before_the_break_is_read_as_the_rest_of_that_row_s_cell():
    scopes = {m.number: m.scope for m in read_document(BESIDE_A_BLANK).measures if m.number in range(65, 70)}
    assert scopes == {65: None, 66: "自贸试验区", 67: "自贸试验区", 68: None, 69: "海口市、三亚市"}


def test_where_the_row_under_it_is_of_its_shade_and_blank_the_cell_s_end_is_warned():
    warnings = [w.message for w in read_document(BESIDE_A_BLANK).warnings if w.code == "merged_cells_unread"]
    assert warnings == ["page 4: zebra rows: the paint shows these cells may be merged with the cell above, or be"
                        " the rest of a cell from the page before, which their text cannot confirm: they may lack"
                        " that cell's text (row '68.高标准高质量建设金', column 5)"]


def test_only_the_cell_painted_unlike_the_row_opening_a_page_is_read_so():
    # pages 2, 3, 5 and 6 open with rows whose cells all share their row's shade
    assert _over_break(BESIDE_A_BLANK) == [(1, ()), (2, ()), (3, ()), (4, (758.325,)), (5, ()), (6, ())]


def test_a_blank_cell_merged_into_the_row_below_is_the_cell_above_going_on():
    # 46 opens page 3 (grey) beside 民航局 carried on (white); 47 is white and blank: no edge shows
    # whether the cell goes on, but 48 (grey) shows none over its own top in that column, so the
    # white cell over 47 runs on into it, and a blank cell merged over rows is the cell above going on
    owners = {m.number: m.responsibility for m in read_document(DOWN_BLANK_ROWS).measures if m.number in range(44, 52)}
    assert owners == {44: "市场监管总局", 45: "民航局", 46: "民航局", 47: "民航局", 48: "民航局", 49: "民航局",
                      50: "民航局", 51: "人民银行"}


# a table whose number column alone is painted (its rows are not): the row opening a page shows its
# number cell painted and every other cell not, which is no cell merged over the break but the column's
# own paint; the row's shade is the one most of its cells show

def _shaded(x0: float, x1: float, top: float, bottom: float) -> tuple[Rule, Rule]:
    return (Rule(x0, top, x1, top, painted=True, paint_below=((x0, x1, True),)),
            Rule(x0, bottom, x1, bottom, painted=True, paint_below=((x0, x1, False),)))


def _number_column_painted_page(number: int, rows: list[tuple[str, str, str]],
                                painted: tuple[float, float] | None = (60, 95)) -> PageContent:
    """A page of a table under a painted header, each row's cell between ``painted`` (x0, x1) painted
    (the number's, by default), the first row's alone where ``painted`` is not the number's."""
    lines = [(100.0, [(70.0, "序号"), (100.0, "重点任务"), (320.0, "责任单位"), (420.0, "备注")]),
             (115.0, [(320.0, "（牵头）")])]
    rules = _shaded(60, 480, 96, 130)  # a painted header
    for index, (item, owner, remark) in enumerate(rows):
        top = 135.0 + 20.0 * index
        lines.append((top, [(70.0, item), (100.0, filler(6, "。")), (320.0, owner)] + ([(420.0, remark)] if remark else [])))
        if painted == (60, 95) or (painted is not None and index == 0):
            rules += _shaded(*painted, top - 5, top + 15)
    return synthetic_page(number, lines, rules)


def test_a_painted_number_column_is_no_cell_merged_over_the_break():
    pages = [_number_column_painted_page(1, [(str(n), "市发改委", "长期任务") for n in range(1, 30)]),
             _number_column_painted_page(2, [("30", "市财政局", ""), ("31", "市商务局", "长期任务")])]
    rows = [row for row in rows_of(layout_from_pages(pages, "synthetic.pdf")) if row[0] in ("29", "30")]
    assert rows == [("29", filler(6, "。"), "市发改委", "长期任务"), ("30", filler(6, "。"), "市财政局", "")]


# a blank cell the paint shows merged into the row below, under a cell that shows no edge over it:
# read as that cell going on, the likelier reading, but a blank cell of its own merged over those rows
# paints alike, so the reading is named

def _zebra_page_with_a_white_run(unpainted: set[tuple[int, int]]) -> PageContent:
    """Rows 1–8 in zebra rows (the even ones painted cell by cell), 备注 长期任务 printed in the white row 3;
    the cells of ``unpainted`` (row, column) left white."""
    lines = [(100.0, [(70.0, "序号"), (100.0, "重点任务"), (320.0, "责任单位"), (420.0, "备注")])]
    rules: tuple[Rule, ...] = ()
    for row in range(1, 9):
        top = 105.0 + 20.0 * row
        lines.append((top, [(70.0, str(row)), (100.0, filler(6, "。")), (320.0, "市发改委")]
                      + ([(420.0, "长期任务")] if row == 3 else [])))
        if row % 2 == 0:
            for column, (x0, x1) in enumerate(((60, 95), (95, 300), (300, 400), (400, 480))):
                if (row, column) not in unpainted:
                    rules += _shaded(x0, x1, top - 5, top + 15)
    return synthetic_page(1, lines, rules)


def test_a_blank_cell_read_as_the_cell_above_going_on_is_named():
    # 长期任务 merged over 3–4 (4's cell white), then 5 (white, blank) and 6 (grey row, its 备注 white):
    # one cell over 3–6, or 长期任务 over 3–4 above a blank cell of its own over 5–6
    page = _zebra_page_with_a_white_run({(4, 3), (6, 3)})
    remarks = {row[0]: row[3] for row in rows_of(layout_from_pages([page], "synthetic.pdf"))}
    assert [remarks[str(n)] for n in range(1, 9)] == ["", "", "长期任务", "长期任务", "长期任务", "长期任务", "", ""]
    # 7 (white, blank) under the white cell shows no edge either, but 8 (grey) its own: left unread as before
    assert [table.unspanned for block in page_blocks([page]) for table in block.tables] == [
        "zebra rows: the paint shows these cells may be merged with the cell above, or be the rest of a cell from the"
        " page before, which their text cannot confirm: they may lack that cell's text (row '7', column 4); zebra"
        " rows: these blank cells show no edge under the cell above and run on into the row below, read as that"
        " cell going on, which the paint cannot prove: they may be blank cells of their own merged over those rows"
        " (row '5', column 4)"]


def test_a_blank_cell_the_row_below_shows_no_run_into_is_left_unread_not_read_going_on():
    # 6 (grey) paints its own 备注: the blank white 5 under 长期任务 (3–4) is not read as it going on
    page = _zebra_page_with_a_white_run({(4, 3)})
    remarks = {row[0]: row[3] for row in rows_of(layout_from_pages([page], "synthetic.pdf"))}
    assert [remarks[str(n)] for n in range(1, 9)] == ["", "", "长期任务", "长期任务", "", "", "", ""]
    assert [table.unspanned for block in page_blocks([page]) for table in block.tables] == [
        "zebra rows: the paint shows these cells may be merged with the cell above, or be the rest of a cell from the"
        " page before, which their text cannot confirm: they may lack that cell's text (row '5', column 4)"]


def test_a_cell_highlighted_in_rows_not_painted_is_no_cell_merged_over_the_break():
    # no boundary between the part's rows changes their shade: not zebra rows, the paint proves nothing
    pages = [_number_column_painted_page(1, [(str(n), "市发改委", "长期任务") for n in range(1, 30)], None),
             _number_column_painted_page(2, [("30", "市财政局", ""), ("31", "市商务局", "长期任务")], (300, 400))]
    rows = [row for row in rows_of(layout_from_pages(pages, "synthetic.pdf")) if row[0] in ("29", "30")]
    assert rows == [("29", filler(6, "。"), "市发改委", "长期任务"), ("30", filler(6, "。"), "市财政局", "")]

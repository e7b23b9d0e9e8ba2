"""The rest of a cell merged down several rows, printed after a page break, is each of those rows'.

A 责任单位 cell merged over the rows of measures 72 and 73 breaks at the foot of the page: 市委宣传部，
市文旅局、广电集 before it, 团 in a row of its own under the repeated header after it. The rest was joined to
73 alone, and 72 read 广电集, silently (trap 30000098, ``tables/owner-cell-merged-over-rows-broken-by-a-page.pdf``,
printed by tests/layouts). The cell is one, so its rest is every row's it spans; a cell a row prints of its
own, broken alike (83's 市市场监管 / 局), is that row's alone, even beside an equal cell above it.
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Cell, Grid, Layout, Paragraph, Row, Where
from pilotplans.parsers.interpret import DocumentHints, interpret
from pilotplans.schema.models import Document, SourceFile
from tests.conftest import FIXTURES

BROKEN_SPAN = FIXTURES / "tables" / "owner-cell-merged-over-rows-broken-by-a-page.pdf"


def _owners(document: Document, numbers: range) -> dict[int | None, str | None]:
    return {m.number: m.responsibility for m in document.measures if m.number in numbers}


def test_the_rest_of_a_merged_owner_cell_after_a_page_break_is_every_spanned_row_s():
    owners = _owners(read_document(BROKEN_SPAN), range(71, 74))
    assert owners == {71: "市商务局，市财政局", 72: "市委宣传部，市文旅局、广电集团", 73: "市委宣传部，市文旅局、广电集团"}


def test_the_rest_of_a_row_s_own_owner_cell_after_a_page_break_is_that_row_s_alone():
    owners = _owners(read_document(BROKEN_SPAN), range(82, 84))
    assert owners == {82: "市工信局，火炬管委会、市委网信办、市科技局、市公安局、市商务局", 83: "市市场监管局"}


# the same on the layout a PDF reader gives: two rows printing equal owner cells of their own

NUMBER_X, TEXT_X, OWNER_X = (58.0, 90.0), (90.0, 400.0), (400.0, 550.0)


def _cell(page: int, top: float, x: tuple[float, float], *paragraphs: str, merged: bool = False) -> Cell:
    return Cell(tuple(paragraphs), Where(page=page, bbox=(x[0], top, x[1], top + 20)), merged_from="above" if merged else None)


def _row(page: int, top: float, number: str, text: str, owner: str, merged: bool = False, after_break: bool = False) -> Row:
    return Row(cells=(_cell(page, top, NUMBER_X, *((number,) if number else ())), _cell(page, top, TEXT_X, *((text,) if text else ())),
                      _cell(page, top, OWNER_X, owner, merged=merged)),
               where=Where(page=page, bbox=(NUMBER_X[0], top, OWNER_X[1], top + 20)), after_break=after_break)


def _read(second_merged: bool) -> dict[int | None, str | None]:
    header = Row(cells=(_cell(1, 60, NUMBER_X, "序号"), _cell(1, 60, TEXT_X, "具体举措"), _cell(1, 60, OWNER_X, "责任单位")),
                 where=Where(page=1, bbox=(58, 60, 550, 80)))
    grid = Grid(rows=(header,
                      _row(1, 100, "1", "完善服务贸易促进体系。", "市商务局"),
                      _row(1, 600, "2", "推动重点文化贸易项目。", "市委宣传部，市文旅局、广电集"),
                      _row(1, 700, "3", "开拓现代服务业领域仲裁业务。", "市委宣传部，市文旅局、广电集", merged=second_merged),
                      _row(2, 60, "", "", "团", after_break=True),
                      _row(2, 100, "4", "优化跨境支付服务。", "市文旅局")), where=Where(page=1))
    title = Paragraph("某市服务贸易创新发展试点任务分工表", Where(page=1, bbox=(56.8, 30, 260, 42)))
    layout = Layout(source="t.pdf", format="pdf", blocks=(title, grid))
    document = interpret(layout, SourceFile(path="t.pdf", name="t.pdf", sha256="0" * 64, format="pdf", size=0), DocumentHints(id="t"))
    return {m.number: m.responsibility for m in document.measures}


def test_a_cell_merged_from_the_row_above_takes_the_rest_with_it():
    assert _read(second_merged=True) == {1: "市商务局", 2: "市委宣传部，市文旅局、广电集团", 3: "市委宣传部，市文旅局、广电集团",
                                         4: "市文旅局"}


def test_equal_cells_printed_by_each_row_leave_the_rest_to_the_last():
    assert _read(second_merged=False) == {1: "市商务局", 2: "市委宣传部，市文旅局、广电集", 3: "市委宣传部，市文旅局、广电集团",
                                          4: "市文旅局"}

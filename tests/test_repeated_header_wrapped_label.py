"""A repeated header whose label wraps into rows of its own drops those rows with it.

A header repeated on a page whose 完成时限 label prints 完成时 above the other labels and 限 below them (no
rules between rows) is read as three rows: the labels with a blank 完成时限, and a row on each side holding
a piece of that label. Both pieces were read as the rest of the row above the header, and measure 75's
deadline read 试点期内完成时限, silently (trap 40000069, ``tables/repeated-header-label-wrapping-into-rows.pdf``,
printed by tests/layouts). A row beside a repeated header whose every cell is the start or the end of its
own column's label, where the header prints no whole label, is part of that header; a row going on with
a value after the header stays the rest of the row above.
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Cell, Grid, Layout, Paragraph, Row, Where
from pilotplans.parsers.interpret import DocumentHints, interpret
from pilotplans.schema.models import SourceFile
from tests.conftest import FIXTURES

WRAPPED = FIXTURES / "tables" / "repeated-header-label-wrapping-into-rows.pdf"


def test_the_pieces_of_a_wrapped_label_beside_a_repeated_header_are_dropped_with_it():
    deadlines = {m.number: m.deadline for m in read_document(WRAPPED).measures if m.number in (74, 75, 76)}
    assert deadlines == {74: "2022年6月底前", 75: "试点期内", 76: "长期坚持"}


NUMBER_X, TEXT_X, DEADLINE_X = (58.0, 90.0), (90.0, 400.0), (400.0, 550.0)


def _cell(page: int, top: float, x: tuple[float, float], text: str) -> Cell:
    return Cell((text,) if text else (), Where(page=page, bbox=(x[0], top, x[1], top + 20)))


def _row(page: int, top: float, number: str, text: str, deadline: str, after_break: bool = False) -> Row:
    return Row(cells=(_cell(page, top, NUMBER_X, number), _cell(page, top, TEXT_X, text), _cell(page, top, DEADLINE_X, deadline)),
               where=Where(page=page, bbox=(NUMBER_X[0], top, DEADLINE_X[1], top + 20)), after_break=after_break)


def _deadlines(above: str, below: str) -> dict[int | None, str | None]:
    grid = Grid(rows=(_row(1, 60, "序号", "具体措施", "完成时限"),
                      _row(1, 100, "1", "完善服务贸易促进体系。", "持续推进"),
                      _row(1, 700, "2", "推动重点文化贸易项目落地实施", "试点期内"),
                      _row(2, 40, "", "", above, after_break=True),
                      _row(2, 60, "序号", "具体措施", ""),
                      _row(2, 80, "", "", below),
                      _row(2, 100, "3", "优化跨境支付服务。", "长期坚持")), where=Where(page=1))
    title = Paragraph("某市服务贸易创新发展试点任务分工表", Where(page=1, bbox=(56.8, 30, 260, 42)))
    layout = Layout(source="t.pdf", format="pdf", blocks=(title, grid))
    document = interpret(layout, SourceFile(path="t.pdf", name="t.pdf", sha256="0" * 64, format="pdf", size=0), DocumentHints(id="t"))
    return {m.number: m.deadline for m in document.measures}


def test_a_label_s_start_above_and_end_below_a_repeated_header_are_that_header_s():
    assert _deadlines("完成时", "限") == {1: "持续推进", 2: "试点期内", 3: "长期坚持"}


def test_a_value_going_on_after_a_repeated_header_stays_the_row_s_above():
    assert _deadlines("", "年底前") == {1: "持续推进", 2: "试点期内年底前", 3: "长期坚持"}

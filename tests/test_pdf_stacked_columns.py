"""PDF text tables with a column one character wide (a 牵头负责领导 column stacking one character a
line): every line of it is full, so its lines cannot say where a cell ends, and the rows are cut
where the other columns start afresh.

Pages are built from glyphs as in tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide,
cells from their top, lines 15 pt apart. Generated layout 31300215 first showed the fault
(tests/test_generated_layouts.py, ``REGRESSIONS``).
"""

from __future__ import annotations

from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.aligned.pieces import stacked_spans, table_pieces
from pilotplans.parsers.pdf.content import PageContent
from pilotplans.parsers.pdf.tables import Boundary
from tests.test_pdf_text_rows import synthetic_bands
from tests.test_read_pdf import filler, rows_of, synthetic_page


def stack_page(number: int, rows: list[tuple[list[str], str, str]]) -> PageContent:
    """A page of rows ``(measure lines, owner, leader)`` printed from their top at 100 pt, the
    measure at x 100, the owner at 330 and the leader one character a line at 500; a row is as
    tall as its longest column."""
    lines, top = [], 100.0
    for measure, owner, leader in rows:
        for k in range(max(len(measure), len(leader), 1)):
            pieces = [(100.0, measure[k])] if k < len(measure) else []
            pieces += [(330.0, owner)] if k == 0 and owner else []
            pieces += [(500.0, leader[k])] if k < len(leader) else []
            lines.append((top, pieces))
            top += 15.0
    return synthetic_page(number, lines)


def test_a_leader_stacked_one_character_a_line_stays_in_its_rows_across_a_page_break():
    # the last row of page 1 goes on over the page with its leader's last six characters; each
    # row's leader is taller than its text, so only the text columns show where rows start
    first = stack_page(1, [
        (["具体举措"], "责任单位", "牵头领导"),
        (["（1）" + filler(18), filler(6, "。")], filler(6), "李华（副秘书长）"),
        (["（2）" + filler(10, "。")], filler(5), "张建国（副市长）"),
        (["（3）" + filler(18), filler(8, "。")], filler(4), "市政府"),
    ])
    second = stack_page(2, [
        ([], "", "分管副秘书长"),
        (["（4）" + filler(9, "。")], filler(5), "李华（副秘书长）"),
        (["（5）" + filler(18), filler(3, "。")], filler(6), "张建国（副市长）"),
        (["（6）" + filler(7, "。")], filler(4), "市政府分管副秘书长"),
        (["（7）" + filler(18), filler(2, "。")], filler(6), "张建国（副"),
    ])
    rows = rows_of(layout_from_pages([first, second], "stacked.pdf"))
    assert [(row[0][:3], row[2]) for row in rows] == [
        ("具体举", "牵头领导"),
        ("（1）", "李华（副秘书长）"),
        ("（2）", "张建国（副市长）"),
        ("（3）", "市政府"),
        ("", "分管副秘书长"),
        ("（4）", "李华（副秘书长）"),
        ("（5）", "张建国（副市长）"),
        ("（6）", "市政府分管副秘书长"),
        ("（7）", "张建国（副"),
    ]


def test_only_a_wrapping_column_of_one_character_lines_is_a_stack():
    # column 1 wraps two or three characters a line; column 2 holds a one-character cell a row, never wrapping;
    # column 3 stacks one character a line
    table = table_pieces(synthetic_bands([
        (100, [(100, "（1）" + filler(8)), (320, "完成"), (400, "是"), (500, "李")]),
        (115, [(320, "时限"), (500, "华")]),
        (130, [(320, "前完成")]),
        (145, [(100, "（2）" + filler(8)), (320, "年底"), (400, "否"), (500, "张")]),
        (160, [(500, "建")]),
    ]), (Boundary(90, 90), Boundary(300, 320), Boundary(380, 400), Boundary(480, 500), Boundary(520, 520)))
    assert sorted(table.edges) == [(1, 2), (3, 4)]
    assert stacked_spans(table) == frozenset({(3, 4)})

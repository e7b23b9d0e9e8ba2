"""A ruled table whose rows go on without rules (a part pasted without borders, printed under the
ruled part and over the next page): the text reader took that part's columns from its own gutters,
and a 备注 column empty in most of its rows left none, so row 15's 长期 ran into its responsibility
(科技部、人力资源社会保长期障部…, exit 0, no warning). A text table right under a ruled one (or
opening the page after a page the ruled table closed) whose gutters match its rules is read on
the ruled table's columns; one whose gutters do not keeps its own.

``variants/continued-unruled.pdf`` is printed by tests/fixtures/variants/make_variants.py
(rows 1–11 ruled, 12–16 without borders, 备注 长期 in rows 5, 10 and 15)."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.content import Rule
from tests.conftest import FIXTURES
from tests.test_read_pdf import filler, rows_of, synthetic_page

CONTINUED = FIXTURES / "variants" / "continued-unruled.pdf"


def test_rows_going_on_without_rules_are_read_on_the_ruled_columns_before_them():
    document = read_document(CONTINUED)
    unruled = [m for m in document.measures if m.number >= 12]
    assert [(m.number, m.responsibility, m.remarks, m.source.page) for m in unruled] == [
        (12, "商务部牵头；试点地区负责推进", None, 2),
        (13, "人民银行、外汇局制订政策保障措施；试点地区负责推进", None, 2),
        (14, "海关总署支持和指导；有关试点地区负责推进", None, 3),
        (15, "科技部、人力资源社会保障部制订政策保障措施；北京、上海等试点地区负责推进", "长期", 3),
        (16, "商务部牵头；试点地区负责推进", None, 3),
    ]
    assert [m.number for m in document.measures] == list(range(1, 17))
    assert not [w.code for m in unruled for w in m.warnings]


LEFT, RIGHT = 60.0, 430.0


def test_a_text_table_under_a_ruled_table_of_other_columns_keeps_its_own_gutters():
    # a ruled two-column table (one rule between columns at 200), then a text table of three
    # columns whose gutters (92, 312) do not line up with it
    rules = (*(Rule(LEFT, y, RIGHT, y) for y in (60.0, 78.0, 96.0)), *(Rule(x, 60.0, x, 96.0) for x in (LEFT, 200.0, RIGHT)))
    page = synthetic_page(1, [
        (64, [(70, "名称"), (210, "内容")]),
        (82, [(70, filler(6)), (210, filler(8))]),
        (110, [(70, "序号"), (100, "具体举措"), (320, "责任单位")]),
        (125, [(70, "1"), (100, filler(20)), (320, filler(8))]),
        (140, [(100, filler(4, "。")), (320, filler(2))]),
        (160, [(70, "2"), (100, filler(20)), (320, filler(4))]),
        (175, [(100, filler(6, "。"))]),
        (195, [(70, "3"), (100, filler(5, "。")), (320, filler(3))]),
    ], rules)
    assert rows_of(layout_from_pages([page], "synthetic.pdf")) == [
        ("名称", "内容"), (filler(6), filler(8)),
        ("序号", "具体举措", "责任单位"), ("1", filler(20) + filler(4, "。"), filler(8) + filler(2)),
        ("2", filler(20) + filler(6, "。"), filler(4)), ("3", filler(5, "。"), filler(3)),
    ]


def test_a_text_table_under_a_ruled_table_sharing_one_gutter_of_two_keeps_its_own_columns():
    # the ruled table's rules at 92 and 250, the text table's gutters at 92 and 312: read on the
    # ruled columns, its 具体举措 would be cut at 250
    rules = (*(Rule(LEFT, y, RIGHT, y) for y in (60.0, 78.0, 96.0)), *(Rule(x, 60.0, x, 96.0) for x in (LEFT, 92.0, 250.0, RIGHT)))
    page = synthetic_page(1, [
        (64, [(70, "序"), (100, "名称"), (260, "内容")]),
        (82, [(70, "1"), (100, filler(6)), (260, filler(8))]),
        (110, [(70, "序号"), (100, "具体举措"), (320, "责任单位")]),
        (125, [(70, "1"), (100, filler(20)), (320, filler(8))]),
        (140, [(100, filler(4, "。")), (320, filler(2))]),
        (160, [(70, "2"), (100, filler(20)), (320, filler(4))]),
        (175, [(100, filler(6, "。"))]),
        (195, [(70, "3"), (100, filler(5, "。")), (320, filler(3))]),
    ], rules)
    assert rows_of(layout_from_pages([page], "synthetic.pdf"))[2:] == [
        ("序号", "具体举措", "责任单位"), ("1", filler(20) + filler(4, "。"), filler(8) + filler(2)),
        ("2", filler(20) + filler(6, "。"), filler(4)), ("3", filler(5, "。"), filler(3)),
    ]


def test_a_text_table_of_fewer_columns_whose_text_runs_over_the_ruled_tables_rules_keeps_its_own_columns():
    # the ruled table's rules at 92, 250 and 330; the text table shows only the gutter at 92 (序号
    # beside its text), its text running on over 250 and 330: read on the ruled columns, each of its
    # lines was copied into three cells and its rows' second lines fell into the next row
    rules = (*(Rule(LEFT, y, RIGHT, y) for y in (60.0, 78.0, 96.0)),
             *(Rule(x, 60.0, x, 96.0) for x in (LEFT, 92.0, 250.0, 330.0, RIGHT)))
    page = synthetic_page(1, [
        (64, [(70, "1"), (100, filler(6)), (260, filler(4)), (340, filler(3))]),
        (82, [(70, "2"), (100, filler(6)), (260, filler(4)), (340, filler(3))]),
        (110, [(70, "序号"), (100, "试点地区")]),
        (125, [(70, "1"), (100, filler(30))]),
        (140, [(100, filler(12, "。"))]),
        (160, [(70, "2"), (100, filler(30))]),
        (175, [(100, filler(6, "。"))]),
        (195, [(70, "3"), (100, filler(5, "。"))]),
    ], rules)
    assert rows_of(layout_from_pages([page], "synthetic.pdf"))[2:] == [
        ("序号", "试点地区"), ("1", filler(30) + filler(12, "。")),
        ("2", filler(30) + filler(6, "。")), ("3", filler(5, "。")),
    ]


def test_a_text_table_under_a_ruled_one_whose_cells_keep_within_its_rules_is_read_on_them():
    # the quiet side: the same ruled table, the rows under it showing only the gutter at 92 and
    # their texts ending before 250 (单位 printed in row 4 only, 时限 in none): read on the ruled columns
    rules = (*(Rule(LEFT, y, RIGHT, y) for y in (60.0, 78.0, 96.0)),
             *(Rule(x, 60.0, x, 96.0) for x in (LEFT, 92.0, 250.0, 330.0, RIGHT)))
    page = synthetic_page(1, [
        (64, [(70, "1"), (100, filler(6)), (260, filler(4)), (340, filler(3))]),
        (82, [(70, "2"), (100, filler(6)), (260, filler(4)), (340, filler(3))]),
        (110, [(70, "3"), (100, filler(14))]),
        (125, [(100, filler(4, "。"))]),
        (145, [(70, "4"), (100, filler(14)), (260, filler(4))]),
        (160, [(100, filler(6, "。"))]),
        (180, [(70, "5"), (100, filler(5, "。"))]),
    ], rules)
    assert rows_of(layout_from_pages([page], "synthetic.pdf"))[2:] == [
        ("3", filler(14) + filler(4, "。"), "", ""), ("4", filler(14) + filler(6, "。"), filler(4), ""),
        ("5", filler(5, "。"), "", ""),
    ]

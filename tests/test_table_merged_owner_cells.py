"""A task table printing one owner cell spanning the rows of the measures it owns (牵头单位 市商务局
over measures 1–3, 完成时限 over 1–2, a 配合单位 over 5–6: HTML rowspan, DOCX vMerge): the cell is
each measure's, as a heading cell spanning rows is each one's heading (found by the layout
generator's merge_owners dimension, every such layout reading the covered measures without owners).
A cell left blank is no span: the measure under it keeps no owner."""

import pytest

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

FILES = ("merged-owner-cells.html", "merged-owner-cells.docx")


@pytest.fixture(scope="module", params=FILES)
def measures(request):
    return read_document(FIXTURES / "tables" / request.param).measures


def test_a_lead_cell_spanning_three_rows_is_each_measures_lead(measures):
    assert [m.responsibility for m in measures] == ["市商务局", "市商务局", "市商务局", "市统计局", "人行厦门中心支行", "市公安局"]


def test_a_deadline_cell_spanning_two_rows_is_both_measures_deadline(measures):
    assert [m.deadline for m in measures[:3]] == ["2021年底前", "2021年底前", "长期坚持"]


def test_a_cooperating_cell_spanning_two_rows_is_both_measures(measures):
    assert [(m.number, m.cooperating) for m in measures[4:]] == [(5, "外汇局厦门市分局"), (6, "外汇局厦门市分局")]


def test_a_blank_cell_under_a_spanning_one_gives_no_owner(measures):
    assert [(m.number, m.cooperating, m.deadline) for m in measures[2:4]] == [(3, None, "长期坚持"), (4, "市商务局", None)]


def test_a_row_printing_only_its_text_beside_owner_cells_spanning_it_is_a_measure_not_a_heading():
    # （2）推进… alone in its row, 牵头单位 and 配合单位 spanning （1） and （2）: the row was read as a heading
    # （(2) looks like a heading marker) and measure 2 was lost without a word
    document = read_document(FIXTURES / "tables" / "merged-owner-cells-numbers-in-text.html")
    assert [(m.number, m.heading_title, m.text, m.responsibility, m.cooperating) for m in document.measures] == [
        (1, "扩大对外开放", "探索放宽服务贸易领域市场准入。", "市商务局", "市发改委"),
        (2, "扩大对外开放", "推进技术进出口便利化。", "市商务局", "市发改委"),
        (3, "完善监管模式", "优化跨境资金结算流程。", "人行厦门中心支行", "外汇局厦门市分局")]


def test_a_heading_row_spanning_the_table_under_owner_cells_that_end_above_it_stays_a_heading():
    document = read_document(FIXTURES / "tables" / "merged-owner-cells-numbers-in-text.html")
    assert [(h.number_raw, h.title) for h in document.tables[0].headings] == [("（一）", "扩大对外开放"), ("（二）", "完善监管模式")]


def _missing(document) -> list[tuple[int, list[str]]]:
    return [(m.number, [w.code for w in m.warnings if w.code == "responsibility_missing"]) for m in document.measures]


def test_a_blank_responsibility_cell_among_filled_ones_is_warned():
    # where a reading cannot see a span (a PDF whose rules do not show it), the measure under it read
    # without owners and nothing said so
    document = read_document(FIXTURES / "tables" / "blank-responsibility-cell.html")
    assert _missing(document) == [(1, []), (2, []), (3, ["responsibility_missing"]), (4, [])]


def test_blank_responsibility_cells_as_many_as_filled_ones_or_more_are_warned_too():
    # a bureau owning runs of measures, its cell printed on the first of each (a PDF without rules
    # between rows, cells from their top: generated 5821300019, 90411700000, 90411700032): most
    # measures read blank, so none was warned and half the table passed as unowned, silently
    document = read_document(FIXTURES / "tables" / "blank-responsibility-cells-most.html")
    assert _missing(document) == [(1, []), (2, ["responsibility_missing"]), (3, ["responsibility_missing"]), (4, []),
                                  (5, ["responsibility_missing"])]
    assert document.measures[1].warnings[-1].message.startswith("the responsibility cell is blank, as in 3 of the table's 5")


def test_a_responsibility_column_blank_in_every_row_warns_no_measure():
    # no measure prints one: nothing to have spanned from
    assert _missing(read_document(FIXTURES / "tables" / "blank-responsibility-column.html")) == [(1, []), (2, []), (3, [])]


def test_measures_given_their_owners_by_a_spanning_cell_are_not_warned():
    for name in FILES:
        assert {code for _, codes in _missing(read_document(FIXTURES / "tables" / name)) for code in codes} == set()


def _owners(name: str) -> list[tuple[int, str | None, list[tuple[str, str]]]]:
    document = read_document(FIXTURES / "tables" / name)
    return [(m.number, m.responsibility, [(d.raw, d.role) for d in m.departments]) for m in document.measures]


def test_a_lead_cell_spanning_rows_beside_a_responsibility_column_printed_per_row_is_each_measures_lead():
    # 牵头单位 市商务局 merged over 1–3 beside a 责任单位 printed on each row: measure 2 read only its
    # 责任单位 (市科技局) and lost its lead without a word, the span read only where its row printed none
    assert _owners("merged-lead-beside-owner-column.html") == [
        (1, "牵头单位：市商务局；责任单位：市发改委", [("市商务局", "lead"), ("市发改委", "carry_out")]),
        (2, "牵头单位：市商务局；责任单位：市科技局", [("市商务局", "lead"), ("市科技局", "carry_out")]),
        (3, "市商务局", [("市商务局", "lead")]),
        (4, "牵头单位：人行厦门中心支行；责任单位：市金融局", [("人行厦门中心支行", "lead"), ("市金融局", "carry_out")]),
        (5, "市统计局", [("市统计局", "lead")])]


def test_a_heading_row_beside_an_owner_cell_spanning_it_stays_a_heading_when_measures_are_numbered_in_their_column():
    # 二、完善监管模式 printed over 序号 and 具体举措, the 牵头单位 merged over 1–3 running through it: the row
    # was read as a measure without a number, 3 and 4 filed under 扩大对外开放
    document = read_document(FIXTURES / "tables" / "merged-lead-over-a-heading-row.html")
    assert [(h.number_raw, h.title) for h in document.tables[0].headings] == [("一、", "扩大对外开放"), ("二、", "完善监管模式")]
    assert [(m.number, m.heading_title, m.responsibility) for m in document.measures] == [
        (1, "扩大对外开放", "市商务局"), (2, "扩大对外开放", "市商务局"), (3, "完善监管模式", "市商务局"),
        (4, "完善监管模式", "市公安局")]

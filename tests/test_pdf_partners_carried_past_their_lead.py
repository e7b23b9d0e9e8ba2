"""Partners carried on past their lead over a page break, each where it is named and where it stays
quiet, on synthetic pages (no LibreOffice needed).

A grid's 牵头单位 and 协同单位 cells merged over the same rows at a page's foot print alike whether the
partners end there with their lead or go on under the next page's lead: a merged cell ending at a page's
last rule prints as one going on. The next page opening with a lead of its own and a blank 协同单位 carried
on as the partners' rest is named ``merged_cells_unread`` (generated layout 2900111); not where that blank
is merged over more rows than the new lead's cell beside it (partners going on under leads that change,
as a plan prints one set of partners over a run of measures), nor where the lead goes on too. The
columns' roles are their header's labels, a header of two tiers naming them by its lower one (责任单位
over 牵头单位 | 配合单位).

Pages are built as in tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide; rows 30 pt tall."""

from __future__ import annotations

import pytest

from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.content import PageContent, Rule
from tests.test_read_pdf import rows_of, synthetic_page

LEFT, RIGHT, COLUMNS = 60.0, 520.0, (100.0, 300.0, 400.0)


def page(number: int, rows: list[tuple[str, str, str]], ruled: list[int], partners: str = "协同单位",
         header: bool = True, tiers: bool = False) -> PageContent:
    """A grid of ``rows`` (序号, 牵头单位, the partners' column labelled ``partners``), each 30 pt
    tall, every 具体举措 推进试点任务。; the rule under row ``i`` crosses the first ``ruled[i]``
    columns (the cells right of them merged over both rows), the header (unless not ``header``) ruled
    off at 95: with ``tiers``, 责任单位 over the last two labels, ruled off under it at 78."""
    top = 95 if header else 60
    labels = [(304, "牵头单位"), (404, partners)]
    lines = ([(65, [(70, "序号"), (110, "具体举措"), (330, "责任单位")]), (82, labels)] if tiers
             else [(65, [(70, "序号"), (110, "具体举措"), *labels])]) if header else []
    for i, (number_, lead, partner) in enumerate(rows):
        lines.append((top + 5 + 30 * i, [(70, number_), (110, "推进试点任务。"), *([(304, lead)] if lead else []),
                                         *([(404, partner)] if partner else [])]))
    bottom = top + 30 * len(rows)
    xs = (LEFT, *COLUMNS, RIGHT)
    rules = (Rule(LEFT, 60, RIGHT, 60), Rule(LEFT, top, RIGHT, top), Rule(LEFT, bottom, RIGHT, bottom),
             *(Rule(x, 60 if x != COLUMNS[2] or not (tiers and header) else 78, x, bottom) for x in xs),
             *([Rule(COLUMNS[1], 78, RIGHT, 78)] if tiers and header else []),
             *(Rule(LEFT, top + 30 * (i + 1), xs[k], top + 30 * (i + 1)) for i, k in enumerate(ruled)))
    return synthetic_page(number, lines, rules)


def foot(partners: str = "协同单位") -> PageContent:
    """Page 1: 商务部 and 民政部 each merged over rows （1） and （2）, printed from their top, ending at the
    page's last rule."""
    return page(1, [("（1）", "商务部", "民政部"), ("（2）", "", "")], [2], partners)


def read(pages: list[PageContent]) -> tuple[list[tuple[str, str]], list[str]]:
    """Each row's lead and partners (header rows left out) and the cautions' codes."""
    layout = layout_from_pages(pages, "grid.pdf")
    return [(row[2], row[3]) for row in rows_of(layout) if row[0] != "序号"], [c.code for c in layout.cautions]


@pytest.mark.parametrize("partners", ["协同单位", "配合单位", "协办单位", "参与单位"])
def test_partners_carried_on_beside_a_lead_of_the_opening_row_s_own_are_named(partners):
    # 2900111: the blank 协同单位 of （3） alone under 邮政局, （4） printing partners of its own
    second = page(2, [("（3）", "邮政局", ""), ("（4）", "海关总署", "财政部")], [4], partners)
    assert read([foot(partners), second]) == (
        [("商务部", "民政部"), ("商务部", "民政部"), ("邮政局", "民政部"), ("海关总署", "财政部")], ["merged_cells_unread"])


def test_partners_carried_on_are_named_where_the_header_is_not_repeated():
    second = page(2, [("（3）", "邮政局", ""), ("（4）", "海关总署", "财政部")], [4], header=False)
    assert read([foot(), second])[1] == ["merged_cells_unread"]


def test_partners_blank_merged_past_the_new_lead_s_cell_go_on_unnamed():
    # the blank 协同单位 merged over （3） and （4） under 邮政局 then 海关总署: the partners' cell goes on
    second = page(2, [("（3）", "邮政局", ""), ("（4）", "海关总署", "")], [3])
    assert read([foot(), second]) == (
        [("商务部", "民政部"), ("商务部", "民政部"), ("邮政局", "民政部"), ("海关总署", "民政部")], [])


def test_partners_carried_on_with_their_lead_going_on_too_are_unnamed():
    # 3700038: the lead's blank opens the page too, carried on as its rest
    second = page(2, [("（3）", "", ""), ("（4）", "海关总署", "财政部")], [4])
    assert read([foot(), second]) == (
        [("商务部", "民政部"), ("商务部", "民政部"), ("商务部", "民政部"), ("海关总署", "财政部")], [])


def test_a_deadline_column_carried_on_beside_a_lead_that_ended_is_unnamed():
    # a deadline merges apart from the owners: 2021年底前 rightly goes on under 邮政局 (30000086)
    first = page(1, [("（1）", "商务部", "年底前"), ("（2）", "", "")], [2], "完成时限")
    second = page(2, [("（3）", "邮政局", ""), ("（4）", "海关总署", "年中")], [4], "完成时限")
    assert read([first, second])[1] == []


@pytest.mark.parametrize("repeated", [True, False])
def test_partners_under_a_two_tier_header_are_read_by_its_lower_labels_and_named(repeated):
    # 责任单位 over 牵头单位 | 配合单位: the top label names both columns responsibility, the lower tells them apart
    first = page(1, [("（1）", "商务部", "民政部"), ("（2）", "", "")], [2], "配合单位", tiers=True)
    second = page(2, [("（3）", "邮政局", ""), ("（4）", "海关总署", "财政部")], [4], "配合单位", header=repeated,
                  tiers=True)
    assert read([first, second]) == (
        [("商务部", "民政部"), ("商务部", "民政部"), ("邮政局", "民政部"), ("海关总署", "财政部")], ["merged_cells_unread"])

"""A ruled grid's blank cell opening a page, under a cell merged over the rows before the break, is
read as the rest of that cell (pilotplans/parsers/pdf/grids.py: carry_merges_over_break): a cell merged
over the break prints its text on the page before only, and no rule at the break shows whether it goes
on. In a column that prints in every row (an owner column) a blank opening a page has no other cause;
in one that leaves rows blank elsewhere (a 备注, a 适用范围), the blank may be the row's own, so the
document is warned ``merged_cells_unread``, naming the row and the column.

grid-remark-merged-to-a-page-s-foot-sparse-column.pdf is the generated layout 6100173 (seed 61's
sample; ``python -m tests.layouts 6100173 --out DIR``: national-2020 31–69, grid, cells centred, rows
split by page breaks; columns number, text, responsibility, scope, leader, remarks; cells merged down the rows):
拟先行先试 merged over 12–13 at page 3's foot, 14's 备注 blank on page 4 — read 拟先行先试, silently before.

grid-owner-merged-over-a-break-dense-column.pdf is the generated layout 6100046 (seed 61's sample:
xiamen-2020 36–71, rows ruled, columns framed, cells centred; columns number, text, lead,
cooperating, deadline; owner cells merged down the rows): 人行厦门中心支行 merged over 53–55 at page 5's foot goes on over 56,
blank opening page 6, in a lead column printing in every row: read so, not doubted."""

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf import layout_from_pages
from tests.conftest import FIXTURES
from tests.test_pdf_partners_carried_past_their_lead import page
from tests.test_read_pdf import rows_of

SPARSE = FIXTURES / "tables" / "grid-remark-merged-to-a-page-s-foot-sparse-column.pdf"
DENSE = FIXTURES / "tables" / "grid-owner-merged-over-a-break-dense-column.pdf"


def _doubts(document) -> list[str]:
    return [w.message for w in document.warnings if w.code == "merged_cells_unread"]


def test_a_blank_carried_on_in_a_column_leaving_rows_blank_is_warned():
    assert _doubts(read_document(SPARSE)) == [
        "page 4: the row '（14）' opening the page takes the text of the cell above the break, merged over rows, in"
        " column 6, whose cells are blank in rows of their own elsewhere: no rule at the break shows that the cell"
        " goes on, and the blank may be the row's own"]


def test_the_blank_carried_on_is_still_read_as_the_rest_of_the_cell_above():
    remarks = {m.number: m.remarks for m in read_document(SPARSE).measures if m.number in (12, 13, 14, 15)}
    assert remarks == {12: "拟先行先试", 13: "拟先行先试", 14: "拟先行先试", 15: None}


def test_a_blank_carried_on_in_a_column_printing_in_every_row_is_not_warned():
    assert _doubts(read_document(DENSE)) == []


def test_the_owner_merged_over_the_break_reads_into_the_row_opening_the_page():
    owners = {m.number: m.responsibility for m in read_document(DENSE).measures if m.number in (53, 54, 55, 56, 57)}
    assert owners == {53: "人行厦门中心支行", 54: "人行厦门中心支行", 55: "人行厦门中心支行", 56: "人行厦门中心支行",
                      57: "市工信局"}


OPENINGS = FIXTURES / "tables" / "grid-owner-carried-past-a-blank-opening-another-page.pdf"
"""The generated layout 6700033 (seed 67's sample; ``python -m tests.layouts 6700033 --out DIR``: hainan-2020 3–32,
grid, cells at their top, header repeated; columns number, text, lead, cooperating, deadline, scope, remarks; owner
cells merged down the rows): (2)'s 牵头单位 opening page 3 is read blank (a cell merged over the break left
uncarried, doubted there); 省司法厅 merged over (26)–(27) goes on over (27) opening page 11, rightly; 省商务厅、各市县
of (28)–(29) is carried into (30) opening page 12, whose 协同单位 is blank (truth), a column leaving rows of their own
blank elsewhere."""


def test_a_blank_opening_another_page_is_no_evidence_that_the_column_leaves_rows_blank():
    # the quiet side: the 牵头单位 column's only other blank is (2)'s, opening page 3 — the same question as (27)'s
    # (was the cell above carried on?), not a row's own blank: page 11 is not named by this rule
    assert [m for m in _doubts(read_document(OPENINGS)) if "blank in rows of their own" in m] == [
        "page 12: the row '（30）' opening the page takes the text of the cell above the break, merged over rows, in"
        " column 4, whose cells are blank in rows of their own elsewhere: no rule at the break shows that the cell"
        " goes on, and the blank may be the row's own"]


def test_the_owner_carried_past_the_blank_opening_another_page_is_read():
    owners = {m.number: m.responsibility for m in read_document(OPENINGS).measures if m.number in (26, 27, 28)}
    assert owners == {26: "省司法厅", 27: "省司法厅", 28: "省卫健委"}


# Whether a column leaves rows of their own blank is the whole table's say, not the pages read so far: a blank of
# its own on a later page is the same evidence as one before the break. Synthetic pages (no LibreOffice needed;
# tests/test_pdf_partners_carried_past_their_lead.py's grid: 序号, 具体举措, 牵头单位 and here a 备注, rows 30 pt
# tall): 拟先行先试 merged over （1）–（2） at page 1's foot, （3）'s 备注 opening page 2 blank, covering its row alone.
NAMED_AT_PAGE_2 = ("page 2: the row '（3）' opening the page takes the text of the cell above the break, merged over"
                   " rows, in column 4, whose cells are blank in rows of their own elsewhere: no rule at the break shows"
                   " that the cell goes on, and the blank may be the row's own")


def _remarks_grid(third: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str]], list[str]]:
    first = page(1, [("（1）", "商务部", "拟先行先试"), ("（2）", "财政部", "")], [3], "备注")
    second = page(2, [("（3）", "邮政局", ""), ("（4）", "海关总署", "长期任务")], [4, 4], "备注")
    layout = layout_from_pages([first, second, page(3, third, [4, 4], "备注")], "grid.pdf")
    return [(row[0], row[3]) for row in rows_of(layout) if row[0] != "序号"], [c.message for c in layout.cautions]


def test_a_blank_of_its_own_on_a_later_page_names_the_blank_carried_on_before_it():
    # （6）'s 备注, blank in a row of its own on page 3, is the column's only blank besides （3）'s
    remarks, cautions = _remarks_grid([("（5）", "民政部", "长期任务"), ("（6）", "商务部", "")])
    assert remarks == [("（1）", "拟先行先试"), ("（2）", "拟先行先试"), ("（3）", "拟先行先试"), ("（4）", "长期任务"),
                       ("（5）", "长期任务"), ("（6）", "")]
    assert cautions == [NAMED_AT_PAGE_2]


def test_a_blank_opening_a_later_page_does_not_name_the_blank_carried_on_before_it():
    # （5）'s 备注, blank opening page 3 under 长期任务 of （4）'s own, is that break's question (doubted there), not a
    # blank of a row of its own: page 2's carried blank is not named by the sparse column's rule
    remarks, cautions = _remarks_grid([("（5）", "民政部", ""), ("（6）", "商务部", "长期任务")])
    assert remarks[2] == ("（3）", "拟先行先试")
    assert cautions == [
        "page 3: rules between rows show cells merged over rows, but not whether one goes on over the page break: the"
        " row '（5）' opening the page may lack, or wrongly hold, the text of the cell above the break in column 4"]

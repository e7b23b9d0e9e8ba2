"""PDF text tables painted in zebra rows whose owner cells are merged over several rows and print
their text from the top of their span: the text alone cannot tell such a cell from a cell above
blank ones, but the paint can. Each cell is painted as a band of its own, so where the rows' shade
changes every column shows an edge but one whose cell goes on over both rows (it keeps the shade
of its first row). Where the paint cannot tell (neither cell painted; a cell opening a page painted
as the row before the break), the document warns ``merged_cells_unread``, naming the cells.

zebra-merged-owners-top.pdf is the generated layout 101000 (``python -m tests.layouts 101000 --out
DIR``: three-line rules, zebra rows, cells from their top, owner cells merged down the rows),
printed by LibreOffice; its truth is written beside it by that command.
zebra-merged-owners-page-break.pdf is the generated layout 26900244 drawn with the document's shapes
(``python -m tests.layouts 26900244 --out DIR``: no rules between rows, zebra rows, cells from their
top, owner cells merged down the rows, rows kept whole); the same seed drawn without them
(``--without-shapes``: no cell merged) is in the sample and reads exactly.
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf.content import Rule
from pilotplans.parsers.pdf.ruled import joined_rules
from tests.test_read_pdf import VARIANTS

ZEBRA = VARIANTS / "zebra-merged-owners-top.pdf"
PAGE_BREAK = VARIANTS / "zebra-merged-owners-page-break.pdf"


def test_merged_cells_printed_from_their_top_are_read_over_their_rows_by_the_paint():
    # 配合单位 试点地区 merged over 44–46, 民航局 over 45–46 (page 2); 人民银行 over 50–57 (pages 3–5);
    # 外交部 and its 配合单位 over 60–63 (page 6): read before as the first row's only (45, 46 silently)
    measures = {m.number: m for m in read_document(ZEBRA).measures}
    assert [(n, measures[n].responsibility, measures[n].cooperating) for n in (45, 46, 52, 53, 57, 61, 62, 63)] == [
        (45, "民航局", "试点地区"), (46, "民航局", "试点地区"), (52, "人民银行", "试点地区"),
        (53, "人民银行", "外汇局、证监会、国资委、试点地区"), (57, "人民银行", "外汇局、证监会、试点地区"),
        (61, "外交部", "移民局、卫生健康委、试点地区"), (62, "外交部", "移民局、卫生健康委、试点地区"),
        (63, "外交部", "移民局、卫生健康委、试点地区")]


def test_a_stack_taller_than_its_first_row_runs_on_in_its_merged_cell():
    # 责任领导 分管副市长, one character a line, merged over 51–52: read before as 分管副市 / 长
    measures = {m.number: m for m in read_document(ZEBRA).measures}
    assert [measures[n].leader for n in (51, 52)] == ["分管副市长", "分管副市长"]


def test_a_cell_of_its_own_under_a_merged_one_is_not_taken_into_it():
    # 64 prints its own 科技部 under 外交部 merged over 60–63; 50 its own 人民银行 under 知识产权局
    measures = {m.number: m for m in read_document(ZEBRA).measures}
    assert [(n, measures[n].responsibility) for n in (63, 64, 49, 50)] == [
        (63, "外交部"), (64, "科技部"), (49, None), (50, "人民银行")]


def test_cells_the_paint_cannot_settle_are_named_in_a_warning():
    # 47's 完成时限 and 66's 责任领导 (and 牵头单位, 配合单位, carried right) go on from cells of the page
    # before; 49's 牵头单位 (知识产权局, unpainted, over an unpainted row) and 67's 完成时限 (the row
    # opening page 7 painted on both sides) show no edge but no proof: each is named
    warnings = [w.message for w in read_document(ZEBRA).warnings if w.code == "merged_cells_unread"]
    assert [message.split(": ", 1)[0] for message in warnings] == ["page 3", "page 7"]
    assert warnings[0].endswith("(row '47、打通知识产权服务、', column 4; row '49、加强知识产权公共服', column 2)")
    assert warnings[1].endswith("(row '66、为外籍人才创办科技', column 2; row '66、为外籍人才创办科技', column 3;"
                                " row '66、为外籍人才创办科技', column 6; row '67、在试点地区，为高端', column 4)")


def test_a_table_whose_rows_are_not_painted_carries_no_such_warning():
    # three-line rules, no paint: the blank owner cells stay blank and nothing is said of paint
    document = read_document(VARIANTS / "three-line.pdf")
    assert "merged_cells_unread" not in {w.code for w in document.warnings}


def test_joined_pieces_of_painted_edges_keep_each_band_s_side():
    below = Rule(0.0, 10.0, 50.0, 10.0, painted=True, paint_below=((0.0, 50.0, True),))
    above = Rule(50.0, 10.0, 90.0, 10.0, painted=True, paint_below=((50.0, 90.0, False),))
    (joined,) = joined_rules([below, above], 1.0)
    assert (joined.x0, joined.x1, joined.paint_below) == (0.0, 90.0, ((0.0, 50.0, True), (50.0, 90.0, False)))


def test_a_blank_cell_opening_a_page_under_a_cell_the_paint_alone_read_merged_is_warned():
    # 协办单位 邮政局、知识产权局、卫生健康委 merged over (13)–(14), the last rows of page 4, painted as
    # (13); (15) opens page 5 painted as (13) too, its own 协办单位 blank. The paint cannot show
    # whether the cell goes on over the break, and the blank is carried on from it: warned
    document = read_document(PAGE_BREAK)
    measures = {m.number: m for m in document.measures}
    assert (measures[14].cooperating, measures[15].cooperating) == ("邮政局、知识产权局、卫生健康委",) * 2
    assert [w.message for w in document.warnings if w.code == "merged_cells_unread"] == [
        "page 5: the row '（15）' opening the page takes the text of the cell above the break in column 5, read"
        " merged by the paint alone, which cannot show that it goes on: the blank may be the row's own"]


def test_a_blank_cell_opening_a_page_under_a_cell_merged_by_the_rows_text_is_not_warned_so():
    # 101000: the cells carried over the breaks onto pages 5 and 7 go on with text printed in
    # the opening row (a cell whose text runs on from the page before): no doubt of the paint's
    messages = [w.message for w in read_document(ZEBRA).warnings if w.code == "merged_cells_unread"]
    assert [m for m in messages if "opening the page takes" in m] == []

"""A cell merged over the row opening a continued part of a PDF text table and the rows under it,
printed centred beside the lower rows alone.

No span is read *from* the row opening a continued part: it may be the rest of a row the page break
cut, its cells the rest of cells from the page before. But the rest of a cut cell prints from its
part's top, and a cell of the rows under it alone sits at their middle: a block printed below the
opening row (that row numbered and blank in its column), off its own rows' middle and at the middle
of those rows with the opening row, is one cell over them all, and no rest of the cell above the
break (generated layout 100066: 责任领导 分管副市长 merged over 101–102 opening page 3, 101 one line,
printed beside 102's lines; 101 read without a leader, silently). Where its middle tells neither
(between the two middles, or within rounding of both), the reading keeps it its own rows' and warns
``merged_cells_unread``.

no-rules-leader-merged-over-the-rows-opening-a-page.pdf is that layout (``python -m tests.layouts 100066
--out DIR``: no rules between rows, cells centred, rows kept whole, numbers in the text, owner cells
merged down the rows), printed by LibreOffice.

Synthetic pages are built as in tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide, lines
15 pt apart; three-line rules, the header repeated on the second page.
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.content import PageContent, Rule
from tests.test_pdf_owner_cell_centred_over_rows import HEADER, row
from tests.test_read_pdf import VARIANTS, rows_of, synthetic_page

OPENING_A_PAGE = VARIANTS / "no-rules-leader-merged-over-the-rows-opening-a-page.pdf"


def page(number: int, *lines: tuple[float, list[tuple[float, str]]]) -> PageContent:
    """The header and ``lines`` in a three-line table: rules above and below the header and at the foot."""
    merged: dict[float, list[tuple[float, str]]] = {}
    for top, pieces in [HEADER, *lines]:
        merged.setdefault(top, []).extend(pieces)
    rules = tuple(Rule(65.0, y, 440.0, y) for y in (95.0, 118.0, 400.0))
    return synthetic_page(number, sorted((top, sorted(pieces)) for top, pieces in merged.items()), rules)


def first_page(full: bool = False, topped: bool = False) -> PageContent:
    """Rows 1–5, each owner at its row's middle; with ``full`` row 5 is left out, and every owner of the
    page four characters wide fills its line, 市医保局 at the middle of row 4 (310–350) closing the page,
    or with ``topped`` 市医保局 / 市药监局 at its top (310–335)."""
    last = [(310, [(330, "市医保局")]), (325, [(330, "市药监局")])] if topped else [(325, [(330, "市医保局")])]
    return page(1, *row(1, 130), (145, [(330, "市卫健委")]), *row(2, 190), (205, [(330, "市商务局")]),
                *row(3, 250), (265, [(330, "市财政局")]), *row(4, 310), *last,
                *(() if full else (*row(5, 370, 1), (370, [(330, "市市场监督管理局")]))))


def second_page(owner_top: float) -> PageContent:
    """Row 6 of one line at 130–140 opening the page, blank in the owners' column; row 7 of five
    lines at 150–220 and its owner 市发改委 at ``owner_top``: at 170 its middle 175, the middle of
    rows 6–7 (130–220), at 180 its middle 185, row 7's own; then rows 8 and 9 with owners of their own
    (after the full first page, ending at row 4, the numbers skip 5: the reading of cells does not
    check them)."""
    return page(2, *row(6, 130, 1), *row(7, 150, 5), (owner_top, [(330, "市发改委")]),
                *row(8, 240), (255, [(330, "市人社局")]), *row(9, 300), (315, [(330, "市司法局")]))


def read(*pages: PageContent) -> tuple[list[str], list[str]]:
    """Each row's owner (header rows left out) and the cautions' messages."""
    layout = layout_from_pages(list(pages), "owners.pdf")
    return [found[2] for found in rows_of(layout) if found[0] != "序号"], [c.message for c in layout.cautions]


def test_an_owner_centred_over_the_opening_row_and_the_row_under_it_is_the_owner_of_both():
    assert read(first_page(), second_page(170)) == (
        ["市卫健委", "市商务局", "市财政局", "市医保局", "市市场监督管理局", "市发改委", "市发改委", "市人社局", "市司法局"], [])


def test_an_owner_centred_over_the_opening_rows_is_no_rest_of_a_full_cell_centred_in_its_row_above_the_break():
    # 市医保局's last line at page 1's foot is full (every owner there four characters), but it sits at its
    # row's middle, below the row's other text: LibreOffice prints a cell merged down over a page break
    # from its part's top, so it ended there and 市发改委 is no rest of it (read as one cell 市医保局市发改委
    # over 4, 6 and 7 without that evidence)
    assert read(first_page(full=True), second_page(170))[0] == [
        "市卫健委", "市商务局", "市财政局", "市医保局", "市发改委", "市发改委", "市人社局", "市司法局"]


def test_an_owner_centred_over_the_opening_rows_under_a_full_cell_at_its_row_s_top_is_its_rest():
    # the quiet side: 市医保局 / 市药监局 at the top of row 4, level with its text, its last line full, may be
    # a cell merged down over the break, and the rest of such a cell prints centred over its part on the next
    # page (trap 30000173: 省政府分管副省 at its part's top at page 3's foot, 长 at the middle of page 4's
    # part): the text going on from a full line reads it as its rest, as before
    assert read(first_page(full=True, topped=True), second_page(170))[0] == [
        "市卫健委", "市商务局", "市财政局", *["市医保局市药监局市发改委"] * 3, "市人社局", "市司法局"]


def test_an_owner_at_its_own_row_s_middle_under_a_blank_opening_row_stays_its_own():
    # the quiet side: 市发改委 at row 7's middle, row 6 printing no owner
    assert read(first_page(), second_page(180)) == (
        ["市卫健委", "市商务局", "市财政局", "市医保局", "市市场监督管理局", "", "市发改委", "市人社局", "市司法局"], [])


def test_an_owner_between_its_row_s_middle_and_that_of_the_opening_rows_is_named():
    # 市发改委 at 175–185, its middle 180: 5 pt from row 7's middle and from rows 6–7's, more than the
    # rounding a centred cell is allowed (a quarter of the 15 pt pitch): read as 7's, the doubt named
    owners, notes = read(first_page(), second_page(175))
    assert owners == ["市卫健委", "市商务局", "市财政局", "市医保局", "市市场监督管理局", "", "市发改委", "市人社局", "市司法局"]
    assert notes == ["page 2: rows centred, a column's cell under the row opening the page, that row blank in the column,"
                     " sits at no middle that tells its own rows from those rows with the opening row, read as its own"
                     " rows' cell: a cell merged over the opening row too prints so (rows '6' to '7', column 3)"]


def test_a_leader_merged_over_the_rows_opening_a_page_is_read_for_both():
    # layout 100066, page 3: 分管副市长 (104.4–113.5) at the middle of 101 (62.8–71.8) and 102 (76.5–155.3),
    # 6.9 pt above 102's own; 100 at page 2's foot and 103 keep leaders of their own
    document = read_document(OPENING_A_PAGE)
    leaders = {m.number: m.leader for m in document.measures}
    assert [leaders[n] for n in (100, 101, 102, 103, 104)] == [
        "市政府分管副秘书长", "分管副市长", "分管副市长", "市政府分管副秘书长", "分管副市长"]
    assert "merged_cells_unread" not in {w.code for w in document.warnings}


def two_line_opening(owner: list[tuple[float, list[tuple[float, str]]]], below: bool = True) -> PageContent:
    """Row 6 of two lines at 130–155 opening the page, blank in the owners' column; row 7 of five lines
    at 165–235 (its middle 200; rows 6–7 at 130–235, their middle 182.5) with ``owner``; then rows 8 and 9,
    with owners of their own where ``below``, else blank in the column down to the page's foot."""
    return page(2, *row(6, 130, 2), *row(7, 165, 5), *owner, *row(8, 255), *row(9, 310),
                *([(270, [(330, "市司法局")]), (325, [(330, "市人社局")])] if below else []))


TOPPED = [(165, [(330, "国家发展")]), (180, [(330, "改革委员")]), (195, [(330, "会")])]
"""国家发展改革委员会 from row 7's top, 165–205: its middle 185, 2.5 pt from the middle of rows 6–7."""


def owners_and_doubts(*pages: PageContent) -> tuple[list[str], list[str]]:
    """The owners of rows 6 on (lines joined) and whether each caution names a cell reaching up."""
    owners, notes = read(*pages)
    return [o.replace("\n", "") for o in owners[5:]], ["under the row opening" in note for note in notes]


def test_an_owner_at_its_row_s_top_blank_under_it_to_the_foot_at_the_opening_rows_middle_is_kept_and_named():
    # printed from row 7's top, the column blank under it to the page's foot, as a cell merged down over
    # those rows prints: read over 6 and 7 before, silently, row 6 lent an owner the plan may never give it;
    # a cell centred over rows 6–7 would print there too: kept row 7's, and named
    owners, reaching = owners_and_doubts(first_page(), two_line_opening(TOPPED, below=False))
    assert owners[:2] == ["", "国家发展改革委员会"]
    assert True in reaching


def test_an_owner_at_its_row_s_top_blank_under_it_between_the_two_middles_is_not_named_as_reaching_up():
    # the quiet side: four lines (165–220, its middle 192.5), between the middle of rows 6–7 and row 7's
    # own, printed from row 7's top above a blank column, is a cell merged down printed from its top, not one
    # centred over the opening row too (layout 4100102: 教育部 at 86's top, 'rows 85 to 86' named before)
    owners, reaching = owners_and_doubts(first_page(), two_line_opening(
        [*TOPPED[:2], (195, [(330, "会市商务")]), (210, [(330, "局")])], below=False))
    assert owners[:2] == ["", "国家发展改革委员会市商务局"]
    assert True not in reaching


def test_an_owner_level_with_its_row_s_top_by_chance_with_owners_under_it_is_read_over_the_opening_row():
    # the loud side kept: the same cell with owners in the rows under it is no cell merged down: at the
    # middle of rows 6–7 it is theirs (layout 1700510, page 3, below)
    owners, reaching = owners_and_doubts(first_page(), two_line_opening(TOPPED))
    assert owners == ["国家发展改革委员会", "国家发展改革委员会", "市司法局", "市人社局"]
    assert reaching == []


def test_a_cell_centred_over_the_rows_opening_a_page_level_with_the_second_s_top_is_read_for_both():
    # generated layout 1700510 (seed 17), page 3: 司法部、商务部、港澳办… (113.9–142.0) centred over 28
    # (63.0–108.1) and 29 (113.8–193.0), level with 29's first line, 30 owning a cell of its own: both rows
    # read it (28 read none on main), no doubt raised
    document = read_document(VARIANTS.parent / "tables" / "centred-owner-of-its-own-over-a-merged-one-at-a-page-s-foot.pdf")
    owners = {m.number: m.responsibility for m in document.measures}
    assert [owners[n] for n in (28, 29)] == ["司法部、商务部、港澳办制订政策保障措施；试点地区负责推进"] * 2
    assert "merged_cells_unread" not in {w.code for w in document.warnings}

"""A grid (every row and column ruled) whose owner cells are merged over rows: a cell merged over a
page break prints its text on the page before only, and where its part on each side covers one row
(rows kept whole), no rule at the break tells it from two cells of their own. The reader cannot join
the blank opening the page to the cell above, so the document is warned ``merged_cells_unread``,
naming the row opening the page, in the columns where the table (those page parts stitched into one)
draws cells spanning rows; the measure reads without owners and is warned responsibility_missing.

grid-owner-cells-merged-over-breaks-unpainted.pdf is the generated layout 100642 printed without its
zebra rows (``tests.layouts.spec.draw_spec(100642, headings_of(), cooperation=False)`` with
``shading="none"``: xiamen-2020 71–83, grid, rows kept whole, 措施 | 牵头单位 | 协同单位 | 完成时间, owner
cells merged down the rows): 72's 市委宣传部 and 市文旅局、广电集团 go on over 73 (page 2), 78's
人行厦门中心支行 over 79 (page 5), 80's 市商务局 over 81 (page 6).

Zebra rows tell it: a cell merged over rows keeps the shade of its first row, so a cell opening a page
painted as the row before the break and not as its own row is the rest of the cell above
(pilotplans/parsers/pdf/grids.py: _painted_at_break). grid-owner-cells-merged-over-breaks.pdf is the
layout 100642 as drawn (``python -m tests.layouts 100642 --out DIR``, zebra rows): 73 opens page 2 grey
but for its 牵头单位 and 协同单位, white as 72; 79 and 81 open pages 5 and 6 white but for their 牵头单位, grey
as 78 and 80. Read as the unpainted layout is before (a known fault, warned).

The paint tells a cell of its own too: zebra-rows-ruled-leader-of-its-own-opening-a-page.pdf is the PDF
table trap 60000195 (the narrow-column trap: ``tests.layouts.traps.trap_spec(draw_spec(60000195,
headings_of(), cooperation=False), {"column_width": "narrow"})``; rows ruled, columns framed, zebra rows,
cells centred): 李华（副秘书长）, merged over 136–137, opens page 6 grey as 136, under 135's 省政府分管副省长,
white, its last line full in the narrow 责任领导 column: read as its rest (省政府分管副省长李华（副秘书长） for
135–137), silently once the blanks the paint carries on were no longer named.

A cell merged over the rows after a break, its text centred, may open the page with a line that seems
to go on from the full last line of another merged over the rows before it: read as one cell going on,
both spans hold both texts. Where the text above the break ended a sentence (。), the document is
warned so too. grid-owner-cells-joined-over-a-break.pdf is the generated layout 100108 (hainan-2020
18–41, grid, cells centred, rows split by a page break, owner cells merged down the rows): 36–37's
责任单位 (…负责推进。, page 2) and 38–39's (page 3) read as one cell over 36–39."""

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

GRID = FIXTURES / "tables" / "grid-owner-cells-merged-over-breaks-unpainted.pdf"
ZEBRA_GRID = FIXTURES / "tables" / "grid-owner-cells-merged-over-breaks.pdf"
ZEBRA_OWN_LEADER = FIXTURES / "tables" / "zebra-rows-ruled-leader-of-its-own-opening-a-page.pdf"
JOINED = FIXTURES / "tables" / "grid-owner-cells-joined-over-a-break.pdf"


def _doubts(document) -> list[tuple[str, str, str]]:
    messages = [w.message for w in document.warnings if w.code == "merged_cells_unread"]
    return [(m.split(": ", 1)[0], m.split("the row ")[1].split(" opening")[0], m.split("in column ")[1])
            for m in messages]


def test_a_blank_opening_a_page_under_a_filled_cell_of_a_column_the_grid_merges_is_warned():
    # pages 1–2 stitch into one table that draws no cell spanning rows: 73's blank is warned by
    # responsibility_missing alone
    assert _doubts(read_document(GRID)) == [("page 5", "'（79）建设跨境金融区块'", "2"), ("page 6", "'（81）聚焦集成电路、人'", "2")]


def test_the_measures_under_the_break_read_without_owners_and_are_warned():
    document = read_document(GRID)
    blank = [(m.number, [w.code for w in m.warnings]) for m in document.measures if m.responsibility is None]
    assert blank == [(73, ["responsibility_missing"]), (79, ["responsibility_missing"]), (81, ["responsibility_missing"])]


def test_a_zebra_grid_s_cell_opening_a_page_painted_as_the_row_before_the_break_is_the_rest_of_its_cell():
    document = read_document(ZEBRA_GRID)
    measures = {m.number: m for m in document.measures}
    assert [(n, measures[n].responsibility, measures[n].cooperating) for n in (72, 73, 78, 79, 80, 81)] == [
        (72, "市委宣传部", "市文旅局、广电集团"), (73, "市委宣传部", "市文旅局、广电集团"),
        (78, "人行厦门中心支行", None), (79, "人行厦门中心支行", None), (80, "市商务局", None), (81, "市商务局", None)]
    assert _doubts(document) == []


def test_a_zebra_grid_s_blank_opening_a_page_painted_as_its_own_row_stays_blank():
    # 79's 协同单位 opens page 5 blank and white, as 79's 措施; 78's 协同单位 above the break is blank too,
    # and 82–83's 火炬管委会… (merged, page 6) stays theirs: nothing is carried into a cell of its own row's shade
    measures = {m.number: m for m in read_document(ZEBRA_GRID).measures}
    assert [(n, measures[n].cooperating) for n in (79, 81, 82, 83)] == [
        (79, None), (81, None), (82, "火炬管委会、市委网信办、市科技局、市公安局、市商务局"),
        (83, "火炬管委会、市委网信办、市科技局、市公安局、市商务局")]


def test_a_zebra_grid_s_cell_opening_a_page_painted_as_its_own_row_is_not_joined_to_the_cell_above():
    measures = {m.number: m for m in read_document(ZEBRA_OWN_LEADER).measures}
    assert [(n, measures[n].leader) for n in (135, 136, 137)] == [
        (135, "省政府分管副省长"), (136, "李华（副秘书长）"), (137, "李华（副秘书长）")]


def test_a_zebra_grid_s_cells_opening_a_page_painted_as_the_row_before_still_go_on_from_it():
    # page 2: 117's 司法部 / 港澳办 blank and 张建国 / （副市长） cut, white as 116 in a grey row; page 5: 131's
    # 牵头单位 blank, white as 130 in a grey row
    measures = {m.number: m for m in read_document(ZEBRA_OWN_LEADER).measures}
    assert [(n, measures[n].responsibility, measures[n].cooperating, measures[n].leader) for n in (116, 117, 131)] == [
        (116, "司法部", "港澳办", "张建国（副市长）"), (117, "司法部", "港澳办", "张建国（副市长）"),
        (131, "广电总局", None, "市政府分管副秘书长")]


def test_a_grid_whose_cells_span_no_rows_over_its_breaks_carries_no_such_warning():
    # the bundled national 2020 table: a grid repeating its header, merged heading cells carried on
    # over its breaks, its owner cells each their row's own
    document = read_document(FIXTURES / "national-2020-tasks.pdf")
    assert _doubts(document) == []


def test_a_cell_joined_over_a_break_to_a_cell_whose_text_ended_a_sentence_is_warned():
    document = read_document(JOINED)
    assert [m.number for m in document.measures if m.responsibility.startswith("省人社厅、省商务厅、省通信管理局负责推进。省委人才局")] == [
        36, 37, 38, 39]
    assert _doubts(document) == [("page 3", "'38、'", "3")]

"""An owner cell merged over several numbered rows of a PDF table drawn without rules between its
rows, its rows' text centred: the cell prints its text once, centred over all its rows, and the
rows around it print nothing in its column. Read as the cell of one row, the others read without
an owner (generated layouts 100318, 5821300034, 5821300659: a 责任单位 printed between two rows
went to one of them, or one cut in two, "…；试" / "点地区负责推进", silently). The text's middle
at the middle of the rows' band, and off its own row's, is the evidence; where it sits at its own
row's middle, or the rows start their text at their top, nothing is read into the blank rows.

Pages are built as in tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf import layout_from_pages, read_pdf
from pilotplans.parsers.pdf.content import Rule
from tests.conftest import FIXTURES
from tests.test_read_pdf import filler, rows_of, synthetic_page

HEADER = (100, [(70, "序号"), (100, "具体举措"), (330, "责任单位")])


def row(number: int, top: float, lines: int = 3, at: str = "centre") -> list[tuple[float, list[tuple[float, str]]]]:
    """A numbered row of ``lines`` text lines at the line pitch (15) from ``top``, its number at
    their middle line (``centre``) or first (``top``)."""
    place = lines // 2 if at == "centre" else 0
    texts = [filler(20)] * (lines - 1) + [filler(6, "。")]
    return [(top + 15 * k, [*([(70, f"{number}")] if k == place else []), (100, text)]) for k, text in enumerate(texts)]


def page(*lines: tuple[float, list[tuple[float, str]]]):
    """The header and ``lines`` in a three-line table: rules above and below the header and at the foot."""
    merged: dict[float, list[tuple[float, str]]] = {}
    for top, pieces in [HEADER, *lines]:
        merged.setdefault(top, []).extend(pieces)
    rules = tuple(Rule(65.0, y, 440.0, y) for y in (95.0, 118.0, 400.0))
    return synthetic_page(1, sorted((top, sorted(pieces)) for top, pieces in merged.items()), rules)


def owners(*lines: tuple[float, list[tuple[float, str]]]) -> list[str]:
    return [found[2] for found in rows_of(layout_from_pages([page(*lines)], "owners.pdf"))[1:]]


def test_an_owner_centred_between_two_rows_is_the_owner_of_both():
    # rows 1 (130–170) and 2 (190–230): 市商务局 at 175–185, the middle of 130–230
    assert owners(*row(1, 130), *row(2, 190), (175, [(330, "市商务局")]),
                  *row(3, 250), (265, [(330, "市卫健委")])) == ["市商务局", "市商务局", "市卫健委"]


def test_an_owner_of_two_lines_the_rows_cut_in_two_is_one_cell_over_both():
    # 市商务局、市发改委、 / 市财政局 at 167.5–192.5: its middle 180, the middle of rows 1 and 2
    assert owners(*row(1, 130), *row(2, 190), (167.5, [(330, "市商务局、市发改委、")]), (182.5, [(330, "市财政局")]),
                  *row(3, 250), (265, [(330, "市卫健委")])) == ["市商务局、市发改委、市财政局"] * 2 + ["市卫健委"]


def test_an_owner_at_its_own_rows_middle_leaves_the_next_row_blank():
    # the quiet side: 市商务局 at row 1's middle (145–155), row 2 prints no owner
    assert owners(*row(1, 130), *row(2, 190), (145, [(330, "市商务局")]),
                  *row(3, 250), (265, [(330, "市卫健委")])) == ["市商务局", "", "市卫健委"]


def test_rows_starting_their_text_at_their_top_read_no_span():
    # rows from their top: an owner between rows shows no span, whatever its place
    assert owners(*row(1, 130, at="top"), *row(2, 190, at="top"), (130, [(330, "市商务局")]),
                  *row(3, 250, at="top"), (250, [(330, "市卫健委")])) == ["市商务局", "", "市卫健委"]


def test_an_owner_at_its_own_rows_middle_between_blank_rows_of_equal_height_stays_its_own():
    # rows 1–3 alike, only row 2 prints an owner, at its middle (215): the middle of rows 1–3 too,
    # but a cell at its own row's middle is that row's (generated 5821300659: a 适用范围 spread over three)
    assert owners(*row(1, 130), *row(2, 190), (205, [(330, "自贸试验区")]), *row(3, 250),
                  *row(4, 310), (325, [(330, "市卫健委")])) == ["", "自贸试验区", "", "市卫健委"]


def test_an_owner_column_printing_its_cells_at_their_rows_top_reads_no_span():
    # the numbers centred, the 责任单位 column set to print from its cells' top: row 2's owner at
    # its row's top (190–200) sits by chance at the middle of rows 1–2 (130–260), row 1 printing
    # none; row 3's owner also at its row's top shows how the column prints: row 1 stays blank
    assert owners(*row(1, 130, 3), *row(2, 190, 5), (190, [(330, "市商务局")]),
                  *row(3, 280, 3), (280, [(330, "市卫健委")]), *row(4, 340), (340, [(330, "市医保局")])) == [
        "", "市商务局", "市卫健委", "市医保局"]


def test_owners_centred_over_rows_beside_owners_at_their_rows_middle_are_read_as_spans():
    # the quiet side: row 4's owner at its middle (off its top) tells the column centres its cells
    assert owners(*row(1, 130), *row(2, 190), (175, [(330, "市商务局")]), *row(3, 250, 5),
                  (280, [(330, "市发改委")]), *row(4, 340), (355, [(330, "市卫健委")])) == [
        "市商务局", "市商务局", "市发改委", "市卫健委"]


def test_an_owner_centred_over_two_rows_at_the_top_of_the_taller_one_is_read_as_their_cell():
    # rows 1 (130–170) and 2 (190–260): 市商务局 at 190–200, the middle of both and the top of row 2;
    # beside the blank row 1 it proves nothing of how the column prints, and row 3's owner at its
    # middle shows it centres (generated 7700100112: 省科技厅 over measures 73–74)
    assert owners(*row(1, 130, 3), *row(2, 190, 5), (190, [(330, "市商务局")]),
                  *row(3, 280, 3), (295, [(330, "市卫健委")])) == ["市商务局", "市商务局", "市卫健委"]


def test_an_owner_the_cut_above_the_last_row_splits_is_one_cell_over_both():
    # 市商务局、/ 市发改委、/ 市财政局 at 220–260 runs on across the cut above row 3, the part's last row,
    # and sits at the middle of rows 2 and 3: a cell merged down to the foot may go on over the page
    # break, but it spans those two at least (trap 40000059: …制订政策保障 / 措施；…, silently)
    assert owners(*row(1, 130), (145, [(330, "市卫健委")]), *row(2, 190), *row(3, 250),
                  (220, [(330, "市商务局、")]), (235, [(330, "市发改委、")]), (250, [(330, "市财政局")])) == [
        "市卫健委", "市商务局、市发改委、市财政局", "市商务局、市发改委、市财政局"]


def test_an_owner_within_the_last_row_stays_its_own():
    # the quiet side: 市财政局 at row 3's middle, row 2 printing its own owner
    assert owners(*row(1, 130), (145, [(330, "市卫健委")]), *row(2, 190), (205, [(330, "市商务局")]),
                  *row(3, 250), (265, [(330, "市财政局")])) == ["市卫健委", "市商务局", "市财政局"]


def test_centred_owner_cells_merged_down_to_a_page_s_foot_are_read_over_their_rows():
    # trap 40000059, page 1: 70–71's cell centred over both at the page's foot (cut in two before); 76's own
    # cell at page 2's foot stays its own
    document = read_document(FIXTURES / "tables" / "centred-owner-cells-merged-over-rows-three-line.pdf")
    owners_of = {m.number: m.responsibility for m in document.measures}
    assert [owners_of[n] for n in (69, 70, 71)] == [
        "外交部、科技部、移民局、人力资源社会保障部等制订政策保障措施；试点地区负责推进",
        *["外交部、人力资源社会保障部、科技部等制订政策保障措施；试点地区负责推进"] * 2]
    assert [owners_of[n] for n in (75, 76)] == ["工业和信息化部制订政策保障措施；具备条件的试点地区负责推进",
                                               "中央网信办指导并制订政策保障措施；北京、上海、海南、雄安新区等试点地区负责推进"]


def test_an_owner_running_on_across_a_row_boundary_each_part_at_its_row_s_middle_is_named():
    # trap 40000059, page 3: 79–80's 责任单位, taller than both rows' text, cut where 80's text begins so that
    # each part sits at its own row's middle: read as each row's cell (…支持和指导；北 / 京、…), now warned
    document = read_document(FIXTURES / "tables" / "centred-owner-cells-merged-over-rows-three-line.pdf")
    notes = [w.message for w in document.warnings if w.code == "merged_cells_unread"]
    assert notes[0] == ("page 3: rows centred, a column's text runs on at the line pitch across a row boundary, each part"
                        " at its own row's middle, read as each row's cell: a cell merged over those rows, taller than"
                        " their other text, prints so too (rows '79' to '80', column 3)")


def test_an_owner_running_on_into_a_part_s_last_row_each_part_at_its_row_s_middle_is_named():
    # trap 40000059, page 5: 94–95's 责任单位 merged over the page's last two rows, 94's part as tall as
    # its text, 95's taller: read as each row's cell (…天津、上海、海南、大 / 连、青岛、…), silently before;
    # 77–78 opening page 3, each its row's own cell and its row's tallest, running on at the pitch
    # (…试点地区负责推进 / 中央网信办、…), is not named
    document = read_document(FIXTURES / "tables" / "centred-owner-cells-merged-over-rows-three-line.pdf")
    notes = [w.message for w in document.warnings if w.code == "merged_cells_unread"]
    assert notes[1:2] == ["page 5: rows centred, a column's text runs on at the line pitch across a row boundary, each part"
                         " at its own row's middle, read as each row's cell: a cell merged over those rows, taller than"
                         " their other text, prints so too (rows '94' to '95', column 3)"]


def test_an_owner_running_on_into_a_row_the_page_break_cuts_is_not_named():
    # trap 10000114, page 1: (90)'s own 责任单位, its last line full, over (91)'s, which the page break cuts
    # (its cells fill the part to the break, as tall as its text or not): read exactly, nothing to doubt
    document = read_document(FIXTURES / "tables" / "centred-owner-cells-over-a-row-the-break-cuts.pdf")
    assert "merged_cells_unread" not in {w.code for w in document.warnings}
    owners_of = {m.number: m.responsibility for m in document.measures}
    assert owners_of[90].endswith("西咸新区等试点地区负责推进") and owners_of[91].startswith("人民银行、工业和信息化部")


def test_an_owner_read_over_the_rows_its_text_runs_across_is_not_named():
    layout = layout_from_pages([page(*row(1, 130), *row(2, 190), (167.5, [(330, "市商务局、市发改委、")]),
                                     (182.5, [(330, "市财政局")]), *row(3, 250), (265, [(330, "市卫健委")]))], "owners.pdf")
    assert layout.cautions == ()


def test_owners_of_their_own_as_tall_as_their_rows_text_running_on_at_the_pitch_are_not_named():
    # rows set with no padding between them (each 45 pt: three lines at the pitch), rows 1 and 2 each printing
    # an owner of three full lines beside its three lines of text: the column's text runs on at the pitch
    # across the boundary, each part at its row's middle, but no part is taller than its row's other text,
    # as a cell merged over the rows would be: each row's own cell, nothing to doubt
    layout = layout_from_pages([page(*row(1, 130), (130, [(330, "市商务局、市发改委、")]), (145, [(330, "市财政局、市民政局、")]),
                                     (160, [(330, "市卫健委、市医保局等")]), *row(2, 175), (175, [(330, "市文旅局、市发改委、")]),
                                     (190, [(330, "市财政局、市民政局、")]), (205, [(330, "市卫健委、市医保局等")]),
                                     *row(3, 220), (235, [(330, "市文旅局")]), *row(4, 265), (280, [(330, "市民政局")]))],
                               "owners.pdf")
    assert [found[2] for found in rows_of(layout)[1:]] == ["市商务局、市发改委、市财政局、市民政局、市卫健委、市医保局等",
                                                          "市文旅局、市发改委、市财政局、市民政局、市卫健委、市医保局等",
                                                          "市文旅局", "市民政局"]
    assert layout.cautions == ()


def test_an_owner_of_its_own_running_on_into_a_merged_one_at_a_part_s_foot_is_not_named():
    # generated layout 1700510 (seed 17's sample), page 1: 19's own 责任单位, its last line full, runs on at
    # the pitch into 20–21's cell merged down to the page's foot (read so): one block over three rows, which
    # the merged cell read over two of them explains as well as a cell cut between rows; read exactly
    document = read_document(FIXTURES / "tables" / "centred-owner-of-its-own-over-a-merged-one-at-a-page-s-foot.pdf")
    owners_of = {m.number: m.responsibility for m in document.measures}
    assert [owners_of[n] for n in (19, 20, 21)] == [
        "民航局、中央军委联合参谋部制订政策保障措施；试点地区负责推进",
        *["民航局、中央军委联合参谋部制订政策保障措施；大连、厦门、深圳、武汉、成都、威海等试点地区负责推进"] * 2]
    assert "merged_cells_unread" not in {w.code for w in document.warnings}


def test_an_owner_running_on_from_the_row_opening_a_page_centred_over_it_and_the_next_is_named():
    # trap 40000059, page 6: 96–97's 责任单位 merged over the rows opening the page, centred over both
    # (体育总局…负责推进 / （以体育消费试点城市最终公布名单为准）): no span is read from the row opening a
    # part (it may be the rest of a row the break cut), so each row reads its part; named, silently before
    document = read_document(FIXTURES / "tables" / "centred-owner-cells-merged-over-rows-three-line.pdf")
    notes = [w.message for w in document.warnings if w.code == "merged_cells_unread"]
    assert notes[2:] == ["page 6: rows centred, a column's text runs on at the line pitch from the row opening the page"
                         " into the next and sits at the middle of both, read as each row's cell: a cell merged over"
                         " those rows prints so (rows '96' to '97', column 3)"]


def continued(*lines: tuple[float, list[tuple[float, str]]]) -> list:
    """Two pages of a three-line table: rows 1 and 2 on the first, ``lines`` and rows 5 and 6 under them
    on the second (no header)."""
    first = page(*row(1, 130), (145, [(330, "市卫健委")]), *row(2, 190), (205, [(330, "市民政局")]))
    rest = [*lines, *row(5, 220), (235, [(330, "市医保局")]), *row(6, 280), (295, [(330, "市文旅局")])]
    merged: dict[float, list[tuple[float, str]]] = {}
    for top, pieces in rest:
        merged.setdefault(top, []).extend(pieces)
    rules = tuple(Rule(65.0, y, 440.0, y) for y in (95.0, 400.0))
    return [first, synthetic_page(2, sorted((top, sorted(pieces)) for top, pieces in merged.items()), rules)]


def test_an_owner_centred_over_the_two_rows_opening_a_page_is_named_and_read_as_each_row_s_part():
    # rows 3 (100–140) and 4 (160–200) open page 2: 市商务局、/ 市发改委、/ 市财政局、/ 市民政局 at 125–180 runs
    # on across the cut between them and sits at the middle of both
    owners = [(125, [(330, "市商务局、")]), (140, [(330, "市发改委、")]), (155, [(330, "市财政局、")]), (170, [(330, "市民政局")])]
    layout = layout_from_pages(continued(*row(3, 100), *row(4, 160), *owners), "owners.pdf")
    assert [found[2] for found in rows_of(layout)[3:5]] == ["市商务局、市发改委、", "市财政局、市民政局"]
    assert [c.message for c in layout.cautions] == [
        "page 2: rows centred, a column's text runs on at the line pitch from the row opening the page into the next"
        " and sits at the middle of both, read as each row's cell: a cell merged over those rows prints so"
        " (rows '3' to '4', column 3)"]


def test_owners_of_their_own_at_their_rows_middle_opening_a_page_are_not_named():
    # the quiet side: rows 3 and 4 each print an owner at their own middle
    layout = layout_from_pages(continued(*row(3, 100), (115, [(330, "市商务局")]), *row(4, 160), (175, [(330, "市财政局")])),
                               "owners.pdf")
    assert [found[2] for found in rows_of(layout)[1:]] == ["市卫健委", "市民政局", "市商务局", "市财政局", "市医保局", "市文旅局"]
    assert layout.cautions == ()


MERGED_BESIDE_MERGED = FIXTURES / "tables" / "centred-leader-merged-over-two-rows-beside-an-owner-merged-over-four.pdf"
"""Generated layout 100635 (seed 1's sample once tables number their rows 1…N across the headings): a three-line
table in a box, cells centred; on page 2 the 责任分工 cell 交通运输部制订政策保障措施；试点地区负责推进 is merged over
rows 4–7 and the 责任领导 cell 省政府分管副省长 over 5–6 (three lines, 省政府 level with 5's number)."""


def test_a_cell_centred_over_two_rows_beside_a_cell_merged_over_more_is_read_over_both():
    # the 责任分工 block, placed in rows 6 and 7, drew row 6's extent past its task text, so the leader's block sat
    # at the middle of no run of rows and was read as two cells (省政府 / 分管副省长), silently
    document = read_document(MERGED_BESIDE_MERGED)
    leaders = {m.number: m.leader for m in document.measures}
    assert [leaders[n] for n in (5, 6)] == ["省政府分管副省长"] * 2


def test_a_cell_read_over_rows_beside_a_merged_one_is_marked_as_a_copy_in_the_rows_under_its_first():
    # as a DOCX vMerge or an HTML rowspan: the row under the cell's first holds a copy, merged_from "above"
    grid = read_pdf(MERGED_BESIDE_MERGED.read_bytes(), MERGED_BESIDE_MERGED.name).grids[0]
    leaders = {row.cells[0].text: row.cells[4] for row in grid.rows if row.cells[0].text in ("4.", "5.", "6.", "7.")}
    assert [(leaders[n].text, leaders[n].merged_from) for n in ("5.", "6.")] == [
        ("省政府分管副省长", None), ("省政府分管副省长", "above")]


def test_cells_of_their_own_beside_a_cell_merged_over_their_rows_stay_their_own():
    # the quiet side: 4's and 7's leaders, each at its own row's middle beside the 责任分工 merged over 4–7
    document = read_document(MERGED_BESIDE_MERGED)
    leaders = {m.number: m.leader for m in document.measures}
    owners_of = {m.number: m.responsibility for m in document.measures}
    assert [leaders[n] for n in (4, 7)] == ["张建国（副市长）", "李华（副秘书长）"]
    assert {owners_of[n] for n in (4, 5, 6, 7)} == {"交通运输部制订政策保障措施；试点地区负责推进"}


MERGED_BESIDE_MERGED_ALIKE = FIXTURES / "tables" / "leader-centred-over-two-rows-beside-an-owner-merged-over-them-too.pdf"
"""Generated layout 5900272 (seed 59's sample, xiamen-2020's 46–73 numbered anew at each heading): a three-line table,
cells centred; on page 2 the 责任领导 张建国（副市长） is centred over measures 5–6 and the 责任单位 市工信局、市通信管理局
merged over the same two rows, its lines placed in 6's; 6's task text is no taller than the leader's lines there."""


def test_a_cell_centred_over_two_rows_beside_a_cell_merged_over_the_same_rows_is_read_over_both():
    # with the rows' extents judged by their own cells only, 6's shrank to its task text, where the leader's lower
    # lines sit by chance: each part looked at its own row's middle, read 张建国 / （副市长） (r_pdf15)
    leaders = {m.position: m.leader for m in read_document(MERGED_BESIDE_MERGED_ALIKE).measures}
    assert [leaders[n] for n in (5, 6)] == ["张建国（副市长）"] * 2


def test_cells_of_their_own_under_two_rows_merged_alike_stay_their_own():
    # the quiet side: 7's and 8's leaders, each at its own row's middle under the pair
    leaders = {m.position: m.leader for m in read_document(MERGED_BESIDE_MERGED_ALIKE).measures}
    assert [leaders[n] for n in (7, 8)] == ["市政府分管副秘书长", "李华（副秘书长）"]


def test_an_owner_centred_over_a_part_s_last_two_rows_is_the_owner_of_both():
    # rows 1 (130–200) and 2 (220–230), 2 the part's last: 市商务局 at 175–185, in row 1 off its middle (165), at
    # the middle of 130–230; a cell reaching the part's last row may go on over a page break, but it spans these
    # two whatever follows (layout 4700002, page 2: 人力资源部社会保障部 centred over (1)–(2) at the page's foot,
    # read (1)'s alone)
    assert owners(*row(1, 130, 5), *row(2, 220, 1), (175, [(330, "市商务局")])) == ["市商务局", "市商务局"]


def test_a_generated_owner_centred_over_a_page_s_last_two_rows_is_read_for_both():
    # centred-owner-merged-over-a-page-s-last-two-rows.pdf is the generated layout 4700002 (seed 47's sample,
    # ``python -m tests.layouts 4700002 --out DIR``: national-2020 40–55, three-line rules, columns framed, cells
    # centred, numbers in the text, owner cells merged down the rows): page 2 holds (1) and (2) under 二、, the
    # 牵头单位 人力资源部社会保障部 centred over both at the page's foot
    document = read_document(FIXTURES / "tables" / "centred-owner-merged-over-a-page-s-last-two-rows.pdf")
    assert {m.number: m.responsibility for m in document.measures if m.number in (1, 2, 3)} == {
        1: "人力资源部社会保障部", 2: "人力资源部社会保障部", 3: "商务部"}


def test_an_owner_at_its_own_rows_middle_leaves_the_part_s_last_row_blank():
    # the quiet side: 市商务局 at row 1's middle (160–170), the last row 2 prints no owner
    assert owners(*row(1, 130, 5), *row(2, 220, 1), (160, [(330, "市商务局")])) == ["市商务局", ""]


def test_an_owner_near_its_own_rows_middle_and_at_the_middle_of_the_rows_to_the_foot_stays_its_own():
    # rows 1 (130–170), 2 (190–245, middle 217.5) and 3 (265–320), 3 the part's last: 自贸试验区 at 220–230 is
    # 7.5 off its row's middle (slack 5) and at the middle of 1–3 (225); the two middles 7.5 apart, within twice
    # the slack, a cell of row 2 prints so where the rows about it are of a height, and the foot blank in the
    # column is no evidence (layout 4700030: 重庆, 16's own, read for 15 and the page's last row 17 too)
    assert owners(*row(1, 130), *row(2, 190, 4), (220, [(330, "自贸试验区")]), *row(3, 265, 4)) == [
        "", "自贸试验区", ""]


def test_an_owner_far_off_its_own_rows_middle_at_the_middle_of_the_rows_to_the_foot_spans_them():
    # the firing side: row 3 (265–335) of five lines, the middle of 1–3 at 232.5, 15 off row 2's (217.5), more
    # than twice the slack: 自贸试验区 at 227.5–237.5 is the cell of all three
    assert owners(*row(1, 130), *row(2, 190, 4), (227.5, [(330, "自贸试验区")]), *row(3, 265, 5)) == [
        "自贸试验区"] * 3

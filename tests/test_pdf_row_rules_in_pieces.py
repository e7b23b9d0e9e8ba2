"""PDF text tables ruled between rows (no column rules) whose owner cells are merged over several
rows: a merged cell draws no rule inside it, so each row's rule is drawn column by column and
broken at the merged cells (pdfplumber's edges show the pieces). The pieces together are the
row's rule; the columns they leave out are the cells merged over both rows. A merged cell printed
from its top runs on past the rule beside it at its own line pitch, and its line may reach below
the rule's height: the rule parts the rows of the columns it is drawn in, not that cell's lines.

horizontal-rules-merged-owners-top.pdf is the generated layout 102018 (``python -m tests.layouts
102018 --out DIR``: rules between rows in a box, header shaded, cells from their top, owner cells
merged down the rows), printed by LibreOffice; its truth is written beside it by that command. horizontal-rules-merged-owners-heading-column.pdf
is the generated layout 8100626 likewise (rules between rows under a rule above and below, no
column rules, cells centred, rows split over page breaks, a heading column merged down its rows).

A rule drawn in one piece that stops short of a column where the table's other rules go on is
broken there as a rule in pieces is, where the band after it holds the next row's own lines and a
line of that column reaching above the rule: the last column's cell is merged over both rows
(layout 3700224: rows ruled in a box under zebra paint, cells centred, 责任单位 merged over rows
39–42). Where no such band is (trap 60000137: a column a character a line whose stacks cross the
rules, each character a band of its own), the rule is read as a whole one, as before.
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf.aligned.columns import Band
from pilotplans.parsers.pdf.aligned.rules import ruled_cuts, rules_across
from pilotplans.parsers.pdf.content import Rule
from pilotplans.parsers.pdf.lines import TextLine
from tests.test_read_pdf import VARIANTS

PIECES = VARIANTS / "horizontal-rules-merged-owners-top.pdf"
HEADING_COLUMN = VARIANTS / "horizontal-rules-merged-owners-heading-column.pdf"


def _line(text: str, x0: float, top: float, x1: float) -> TextLine:
    return TextLine((), text, x0, top, x1, top + 14.0, 14.0)


def _band(*segments: TextLine) -> Band:
    line = TextLine((), "".join(s.text for s in segments), min(s.x0 for s in segments), min(s.top for s in segments),
                    max(s.x1 for s in segments), max(s.bottom for s in segments), 14.0)
    return Band(line, segments)


# a row's last line, and the next row's first line beside a merged cell's line (224–291) that
# starts 1.6 above the rule at 586.4, drawn in three columns only (cells merged over both rows in
# the others): each piece less than half the table's width
LAST = _band(_line("相关涉外仲裁业务。", 62, 566.9, 180), _line("部、司", 229, 566.9, 270),
             _line("任务", 476, 566.9, 520))
NEXT = _band(_line("122.允许香港律师事务所", 62, 586.8, 220), _line("法部、", 229, 584.8, 270),
             _line("文化和旅", 296, 586.8, 350))
PIECES_AT_586 = [Rule(57.4, 586.4, 224.4, 586.4), Rule(291.1, 586.4, 359.0, 586.4), Rule(471.3, 586.4, 527.1, 586.4)]


def test_owner_cells_merged_over_rows_ruled_column_by_column_are_read_over_their_rows():
    # 责任分工 merged over 120–122 (page 4), 适用范围 and 分管领导 over 120–121: read before as
    # 人力资源社会保障部、住 / 房城乡建设部、司 / 法部、教育部, 121's scope and leader blank, silently
    measures = {m.number: m for m in read_document(PIECES).measures}
    owners = "人力资源社会保障部、住房城乡建设部、司法部、教育部"
    assert [(n, measures[n].responsibility, measures[n].scope, measures[n].leader) for n in (120, 121, 122)] == [
        (120, owners, "天津、上海、海南、重庆", "张建国（副市长）"),
        (121, owners, "天津、上海、海南、重庆", "张建国（副市长）"),
        (122, owners, "海南", "李华（副秘书长）")]


def test_a_merged_cell_s_line_reaching_below_the_rule_beside_it_stays_in_its_cell():
    # 责任分工 merged over 142–143 (page 8): its line 局、民航局 starts above the rule drawn in the
    # other columns; read before as 人力资源部社会保障部、中医药 / 局、民航局, 143's leader blank
    measures = {m.number: m for m in read_document(PIECES).measures}
    assert [(n, measures[n].responsibility, measures[n].leader) for n in (142, 143)] == [
        (142, "人力资源部社会保障部、中医药局、民航局", "李华（副秘书长）"),
        (143, "人力资源部社会保障部、中医药局、民航局", "李华（副秘书长）")]


def test_a_rule_drawn_in_pieces_as_wide_as_a_whole_one_belongs_to_the_table():
    assert rules_across([LAST, NEXT], PIECES_AT_586) == PIECES_AT_586


def test_painted_edges_in_pieces_do_not_add_up_to_a_rule():
    # zebra bands' edges, cell by cell, are read by the paint, not as a row's rule
    painted = [Rule(r.x0, r.top, r.x1, r.bottom, painted=True) for r in PIECES_AT_586]
    assert rules_across([LAST, NEXT], painted) == []


def test_a_piece_under_one_column_alone_is_no_rule_of_the_table():
    # under the first column only, less than half the table's width: an underline, a cell's own
    assert rules_across([LAST, NEXT], [Rule(57.4, 586.4, 224.4, 586.4)]) == []


def test_underlines_in_several_columns_of_one_line_add_up_to_no_rule():
    # a line whose words are underlined in two columns, the underlines together wider than half
    # the table: read as a row's rule, it cut the rows between the line and the next of its cells
    underlined = _band(_line("相关涉外仲裁业务支持", 62, 100, 220), _line("司法部、商务部", 296, 100, 420))
    next_line = _band(_line("服务业开放试点", 62, 118, 220))
    underlines = [Rule(62, 113.5, 220, 113.5), Rule(296, 113.5, 420, 113.5)]
    assert rules_across([underlined, next_line], underlines) == []


def test_a_rule_in_pieces_parts_the_rows_of_the_columns_it_is_drawn_in():
    assert ruled_cuts([LAST, NEXT], PIECES_AT_586) == {1}


def test_a_merged_cell_s_line_straddling_a_rule_in_pieces_goes_with_the_row_its_middle_is_in():
    # 7300007 (cells centred): 配合单位 merged over 42–43 prints 局、市公安局、市 across the rule drawn
    # under 42 in the other columns; the cut falls under it, before 43's first line
    above = _band(_line("度。", 62, 301.5, 84))
    straddling = _band(_line("局、市公安局、市", 270, 310.7, 358))
    below = _band(_line("43、对符合条件的服务业企业", 62, 319.9, 207), _line("张建国", 440, 319.9, 467))
    pieces = [Rule(57.4, 317.9, 264.7, 317.9), Rule(428.1, 317.9, 527.1, 317.9)]
    assert ruled_cuts([above, straddling, below], pieces) == {2}


def test_a_rule_in_pieces_crossed_by_the_text_of_a_column_it_is_drawn_in_parts_nothing():
    # the first column's line reaches below the rule drawn under it: the rule is no row boundary there
    crossing = _band(_line("122.允许香港律师事务所", 62, 584.8, 220), _line("文化和旅", 296, 586.8, 350))
    assert ruled_cuts([LAST, crossing], PIECES_AT_586) == set()


def test_a_whole_rule_crossed_by_a_line_parts_nothing_as_before():
    assert ruled_cuts([LAST, NEXT], [Rule(57.4, 586.4, 527.1, 586.4)]) == set()


def test_a_page_opening_beside_cells_the_rules_show_merged_is_warned_where_a_cell_may_go_on():
    # no rule at a page break shows whether a merged cell goes on over it: 117's 责任分工 (司法部、
    # 港澳办 merged over 116–117) and 139's (over 138–139) read blank, 123's 分管领导 too, 127's
    # 责任分工 joined to 126's, 133's cut from 132's: each page's opening row is named
    messages = [w.message for w in read_document(PIECES).warnings if w.code == "merged_cells_unread"]
    assert [(m.split(": ", 1)[0], m.split("the row ")[1].split(" opening")[0], m.split("in column ")[1])
            for m in messages] == [
        ("page 3", "'110.对拟在试点地区筹'", "2"), ("page 4", "'117.支持高科技术领域'", "2, 5"),
        ("page 5", "'123.允许当地律师事务'", "2, 4, 5"), ("page 6", "'127.加快建设海南自由'", "2, 5"),
        ("page 7", "'133.指导开展知识产权'", "2"), ("page 8", "'139.探索陆上贸易与运'", "2")]


def test_a_table_ruled_under_every_row_across_every_column_carries_no_such_warning():
    # horizontal-rules.pdf: one rule per row, no cell merged: nothing is said of merged cells
    document = read_document(VARIANTS / "horizontal-rules.pdf")
    assert "merged_cells_unread" not in {w.code for w in document.warnings}


def _break_doubts(path) -> list[tuple[str, str, str]]:
    messages = [w.message for w in read_document(path).warnings if w.code == "merged_cells_unread"]
    return [(m.split(": ", 1)[0], m.split("the row ")[1].split(" opening")[0], m.split("in column ")[1])
            for m in messages]


def test_the_warning_names_the_row_opening_the_page_not_the_heading_column_beside_it():
    # 8100626: the heading column (三)探索提升便利化水平 is merged down pages 1-3; its text opens
    # each page, carried on: named before as the row opening pages 2 and 3 alike, where the row
    # is 87 (its 责任单位 中央宣传部负责在有关试点地区推进 read blank)
    assert _break_doubts(HEADING_COLUMN)[0] == ("page 2", "'87、着力打造以中国国际'", "3")


def test_the_rest_of_a_row_broken_by_a_page_beside_a_heading_column_carries_no_such_warning():
    # page 3 opens with the rest of 88 (…件的试点地区开展数字人民币…): its cells are that row's,
    # not cells of their own; the heading column's cell carried on over the break is no cell of
    # the opening row (warned before, the carried heading cell read as the row's own)
    assert [page for page, _, _ in _break_doubts(HEADING_COLUMN)] == ["page 2", "page 4"]


# layout 3700224, page 2: row 40's last line, and row 41's first beside the line of 责任单位 merged
# over 39–42 (住房城乡建设部、人力资源部社会保 / 障部、司法部, centred over its rows); the rule under
# row 40 stops at the 责任单位 column (537.9), the rules over 39 and under 42 run across the table
ROW_40 = _band(_line("化评估工具。", 122.3, 296.5, 206.3), _line("住房城乡建设部、人力资源部社会保", 543.4, 296.9, 767.4))
ROW_41 = _band(_line("（41）", 62.5, 314.4, 104.5), _line("深化合格境外有限合伙人（QFLP）试点。", 122.3, 314.4, 374.3),
               _line("障部、司法部", 543.4, 313.9, 627.4))
ACROSS = [Rule(57.4, 262.6, 773.8, 262.6), Rule(57.4, 368.1, 773.8, 368.1)]


def test_a_rule_stopping_short_of_a_column_parts_the_rows_of_the_columns_it_is_drawn_in():
    # row 41's own lines start 1.0 above the rule, the merged cell's 1.5: read as one band whose top
    # is the merged cell's line, the rule parted nothing, and 责任单位 was read as two cells
    # (…社会保 / 障部、司法部), silently
    assert ruled_cuts([ROW_40, ROW_41], [*ACROSS, Rule(57.4, 315.4, 537.9, 315.4)]) == {1}


def test_the_same_rule_drawn_across_the_table_crossed_by_a_line_parts_nothing():
    # no column is left out: the line reaching 1.5 above it is a line of the row above's cells
    assert ruled_cuts([ROW_40, ROW_41], [*ACROSS, Rule(57.4, 315.4, 773.8, 315.4)]) == set()


def test_a_rule_stopping_short_of_a_column_crossed_by_the_text_of_a_column_it_is_drawn_in_parts_nothing():
    # the number's line reaches 1.6 above the rule drawn under it: the rule is no row boundary there
    crossing = _band(_line("（41）", 62.5, 313.8, 104.5), _line("障部、司法部", 543.4, 313.9, 627.4))
    assert ruled_cuts([ROW_40, crossing], [*ACROSS, Rule(57.4, 315.4, 537.9, 315.4)]) == set()


def test_a_rule_stopping_short_of_where_no_text_prints_is_no_broken_rule():
    # the rule ends where the table's text does (a column to its right is empty on these rows): the
    # band's lines, all within the rule's reach, part at it as at any rule, or not at all
    row_40 = _band(_line("化评估工具。", 122.3, 296.5, 206.3))
    row_41 = _band(_line("（41）", 62.5, 313.8, 104.5), _line("深化合格境外有限合伙人。", 122.3, 314.4, 374.3))
    assert ruled_cuts([row_40, row_41], [*ACROSS, Rule(57.4, 315.4, 537.9, 315.4)]) == set()


def test_a_rule_stopping_short_of_a_column_whose_crossing_line_is_a_band_of_its_own_parts_nothing():
    # trap 60000137, page 3: 市场监管局 a character a line beside rows 18–21, the rule under 19 stopping
    # at that column (746.8); 场 crosses it in a band of its own, and the next row's first line lies
    # below the rule: no band's top is set by another cell's line, so the whole rule's reading stands
    # (read so, the cut moved 场 out of 20's cell: 19 read 场 and 20 监管, where they read blank and 场监管)
    def line(text: str, x0: float, top: float, x1: float) -> TextLine:
        return TextLine((), text, x0, top, x1, top + 11.0, 11.0)

    bands = [_band(line("19、", 62.5, 260.5, 80), line("允许台湾居民参加注册", 132.7, 260.5, 242.7)),
             _band(line("场", 752.3, 268.3, 763.3)),
             _band(line("允许台湾居民参照现行", 132.7, 275.3, 242.7)),
             _band(line("20、", 62.5, 282.3, 80), line("监", 752.3, 282.3, 763.3))]
    rules = [Rule(56.6, 150.0, 774.5, 150.0), Rule(56.6, 500.0, 774.5, 500.0), Rule(57.4, 275.2, 746.8, 275.2)]
    assert ruled_cuts(bands, rules) == set()


# the same rows mirrored: the table's first column (57.4–117.9) a cell merged over rows 39–42, the
# rule under row 40 starting at its right edge and running to the table's right edge
LEFT_40 = _band(_line("住房城乡建设部", 63.0, 296.9, 110.0), _line("化评估工具。", 400.0, 296.5, 500.0))
LEFT_41 = _band(_line("障部", 63.0, 313.9, 110.0), _line("（41）", 125.0, 314.4, 160.0),
                _line("深化合格境外有限合伙人", 200.0, 314.4, 380.0))


def test_a_rule_starting_past_a_merged_first_column_parts_the_rows_of_the_columns_it_is_drawn_in():
    # the merged cell's line reaches 1.5 above the rule, the row's own 1.0: the band's top is the
    # merged cell's, and the rule parts rows 40 and 41 where it is drawn
    assert ruled_cuts([LEFT_40, LEFT_41], [*ACROSS, Rule(117.9, 315.4, 773.8, 315.4)]) == {1}


def test_a_rule_starting_past_a_merged_first_column_crossed_by_a_line_of_its_own_columns_parts_nothing():
    # the number's line reaches 1.6 above the rule drawn over it: the rule is no row boundary there
    crossing = _band(_line("障部", 63.0, 313.9, 110.0), _line("（41）", 125.0, 313.8, 160.0))
    assert ruled_cuts([LEFT_40, crossing], [*ACROSS, Rule(117.9, 315.4, 773.8, 315.4)]) == set()

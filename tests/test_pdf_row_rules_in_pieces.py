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

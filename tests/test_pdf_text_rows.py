"""Rows and columns of PDF text tables (no rules between rows) on synthetic pages: numbers printed
at the start of the text name the rows, heading lines between them are rows of their own, a
line crosses a gutter only over the whole of it, and the small pieces these rest on.

Pages are built from glyphs as in tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide,
cells from their top. The generated layouts that first showed each fault are in
tests/test_generated_layouts.py (``REGRESSIONS``).
"""

from __future__ import annotations

import pytest

from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.aligned.anchors import number_label_end
from pilotplans.parsers.pdf.aligned.columns import Band, column_span, crosses, gutters
from pilotplans.parsers.pdf.aligned.extent import cell_lines_above
from pilotplans.parsers.pdf.aligned.pieces import table_pieces
from pilotplans.parsers.pdf.content import Glyph, PageContent
from pilotplans.parsers.pdf.furniture import margin_lines
from pilotplans.parsers.pdf.lines import TextLine, left_room, text_line
from pilotplans.parsers.pdf.tables import Boundary
from tests.test_read_pdf import filler, rows_of, synthetic_page, texts


def line(x: float, text: str, top: float = 100.0) -> TextLine:
    """One line of 10 pt glyphs from ``x`` (a CJK glyph 10 wide, others 5)."""
    glyphs, cursor = [], x
    for char in text:
        width = 10.0 if ord(char) > 0x2000 else 5.0
        glyphs.append(Glyph(char, cursor, top, cursor + width, top + 10.0, 10.0))
        cursor += width
    made = text_line(glyphs)
    assert made is not None
    return made


# ─── numbers printed at the start of the text ─────────────────────────────────────────────


def test_numbers_at_the_start_of_the_text_start_rows_though_a_cell_ends_on_a_full_line():
    # item 1's responsibility ends on a full line without a full stop, level with item 2's number
    page = synthetic_page(1, [
        (100, [(100, "具体举措"), (320, "责任单位")]),
        (115, [(100, "1、" + filler(18)), (320, filler(8))]),
        (130, [(100, filler(6, "。")), (320, filler(8))]),
        (145, [(100, "2、" + filler(10, "。")), (320, filler(8))]),
        (160, [(320, filler(3))]),
        (175, [(100, "3、" + filler(5, "。")), (320, filler(3))]),
    ])
    rows = rows_of(layout_from_pages([page], "synthetic.pdf"))
    assert [row[0][:2] for row in rows] == ["具体", "1、", "2、", "3、"]
    assert rows[1][1] == filler(8) * 2
    assert rows[2][1] == filler(8) + filler(3)


def test_a_heading_line_between_items_numbered_in_the_text_is_a_row_of_its_own():
    page = synthetic_page(1, [
        (100, [(100, "具体举措"), (320, "责任单位")]),
        (115, [(100, "1、" + filler(18)), (320, filler(4))]),
        (130, [(100, filler(6, "。"))]),
        (145, [(100, "二、" + filler(6))]),
        (160, [(100, "2、" + filler(10, "。")), (320, filler(3))]),
        (175, [(100, "3、" + filler(5, "。")), (320, filler(3))]),
    ])
    rows = rows_of(layout_from_pages([page], "synthetic.pdf"))
    assert rows[1] == ("1、" + filler(18) + filler(6, "。"), filler(4))
    assert rows[2] == ("二、" + filler(6), "")


def test_sub_items_numbered_in_another_style_stay_in_their_item():
    page = synthetic_page(1, [
        (100, [(100, "具体举措"), (320, "责任单位")]),
        (115, [(100, "1." + filler(8, "：")), (320, filler(4))]),
        (130, [(100, "（1）" + filler(6, "；"))]),
        (145, [(100, "（2）" + filler(5, "。"))]),
        (160, [(100, "2." + filler(10, "。")), (320, filler(3))]),
        (175, [(100, "3." + filler(5, "。")), (320, filler(3))]),
    ])
    rows = rows_of(layout_from_pages([page], "synthetic.pdf"))
    assert [row[0].split("\n")[0][:2] for row in rows[1:]] == ["1.", "2.", "3."]
    assert rows[1][0].split("\n") == ["1." + filler(8, "："), "（1）" + filler(6, "；"), "（2）" + filler(5, "。")]


# ─── columns ──────────────────────────────────────────────────────────────────────────────

COLUMNS = (Boundary(100, 100), Boundary(180, 220), Boundary(400, 400))


def test_a_line_reaching_into_a_gutter_stays_in_its_column():
    reaching = line(100, filler(11))  # ends at 210, past the gutter's middle (200)
    assert column_span(reaching, COLUMNS) == (0, 1)
    assert not crosses(Band(reaching, (reaching,)), COLUMNS[1:-1])


def test_a_line_starting_inside_a_gutter_belongs_to_the_column_on_its_right():
    assert column_span(line(190, filler(5)), COLUMNS) == (1, 2)


def test_a_line_running_over_a_whole_gutter_spans_both_columns():
    spanning = line(100, filler(15))
    assert column_span(spanning, COLUMNS) == (0, 2)
    assert crosses(Band(spanning, (spanning,)), COLUMNS[1:-1])


def test_a_lone_number_inside_a_gutter_goes_by_its_middle():
    assert column_span(line(185, "12"), COLUMNS) == (0, 1)
    assert column_span(line(205, "12"), COLUMNS) == (1, 2)


def test_a_column_beside_the_header_and_one_row_only_has_its_gutter():
    # a heading column holding one heading over every row of the page
    bands = [
        [line(70, "重点任务", 100), line(160, "序号", 100), line(200, filler(12), 100)],
        [line(70, "三、提升", 115), line(160, "45", 115), line(200, filler(12), 115)],
        [line(160, "46", 130), line(200, filler(12), 130)],
        [line(160, "47", 145), line(200, filler(12), 145)],
    ]
    found = gutters([Band(b[0], tuple(b)) for b in bands], 70, 320)
    assert [(g.lo, g.hi) for g in found] == [(110, 160), (180, 200)]


def test_a_white_column_with_text_on_both_sides_of_one_line_only_is_no_gutter():
    bands = [
        [line(70, "重点任务", 100), line(160, filler(16), 100)],
        [line(70, filler(25), 115)],
        [line(70, filler(25), 130)],
    ]
    found = gutters([Band(b[0], tuple(b)) for b in bands], 70, 320)
    assert found == ()


# ─── line ends ────────────────────────────────────────────────────────────────────────────


def test_a_line_breaker_does_not_break_after_a_closing_quotation_mark():
    # "业”融" is one piece: a line with room for "业”" only was full
    before = line(0, "六、提升“两")
    following = line(0, "业”融合国际竞争力", 115)
    assert not left_room(before, 80.0, following)
    assert left_room(before, 90.0, following)


# ─── page furniture ───────────────────────────────────────────────────────────────────────


def test_a_page_number_close_under_the_content_is_furniture_when_marked():
    page = PageContent(1, 595.0, 842.0, (), ())
    content, marked = line(70, filler(20), 705), line(270, "第1页 共7页", 722)
    assert margin_lines([content, marked], [], page) == (marked,)


def test_a_bare_number_close_under_the_content_may_be_content():
    page = PageContent(1, 595.0, 842.0, (), ())
    content, bare = line(70, filler(20), 705), line(290, "12", 722)
    assert margin_lines([content, bare], [], page) == ()


# ─── a cell's last lines alone on a page ──────────────────────────────────────────────────


def broken_row_pages(rest: list[tuple[float, list[tuple[float, str]]]]) -> list[PageContent]:
    """A table without rules whose last row runs over a page break; ``rest`` is page 2's lines."""
    first = synthetic_page(1, [
        (680, [(100, "具体举措"), (320, "责任单位")]),
        (695, [(100, "1、" + filler(8, "。")), (320, filler(4))]),
        (710, [(100, "2、" + filler(7, "。")), (320, filler(5))]),
        (725, [(100, "3、" + filler(9, "。")), (320, filler(4))]),
        (740, [(100, "4、" + filler(18)), (320, filler(6))]),
        (755, [(100, filler(20)), (320, filler(3))]),
        (770, [(100, filler(20))]),
    ])
    return [first, synthetic_page(2, rest)]


def test_lines_alone_on_a_page_wrapping_at_a_columns_edge_are_the_rest_of_its_cell():
    # no rules frame them: they wrap where the 具体举措 column ends (300), not at the body's edge
    layout = layout_from_pages(broken_row_pages([(100, [(100, filler(20))]), (115, [(100, filler(7, "。"))])]),
                               "synthetic.pdf")
    rows = layout.grids[0].rows
    assert len(layout.grids) == 1 and len(rows) == 6
    assert (texts(rows[5]), rows[5].after_break) == ((filler(20) + filler(7, "。"), ""), True)
    assert not layout.paragraphs


def test_short_lines_alone_on_the_page_after_a_table_are_paragraphs():
    layout = layout_from_pages(broken_row_pages([(100, [(100, filler(8))]), (115, [(100, filler(6, "。"))])]),
                               "synthetic.pdf")
    assert len(layout.grids) == 1 and len(rows_of(layout)) == 5
    assert [p.text for p in layout.paragraphs] == [filler(8) + filler(6, "。")]


# ─── the body's left edge ─────────────────────────────────────────────────────────────────


def test_a_field_line_after_an_item_filling_its_line_is_a_paragraph_of_its_own():
    # paragraphs indent their first line two ems (120); the body starts where wrapped lines do (100),
    # though more lines start at 120 (one-line field paragraphs)
    page = synthetic_page(1, [
        (100, [(120, "1." + filler(17))]),
        (115, [(100, filler(20))]),
        (130, [(100, filler(20))]),
        (145, [(100, filler(5, "。"))]),
        (160, [(120, "牵头单位：" + filler(4))]),
        (175, [(120, "完成时限：" + filler(4))]),
        (190, [(120, "2." + filler(17))]),
        (205, [(120, "牵头单位：" + filler(3))]),
        (220, [(120, "完成时限：" + filler(3))]),
        (235, [(120, "3." + filler(5, "。"))]),
    ])
    paragraphs = [p.text for p in layout_from_pages([page], "synthetic.pdf").paragraphs]
    assert [text[:2] for text in paragraphs] == ["1.", "牵头", "完成", "2.", "牵头", "完成", "3."]
    assert paragraphs[3] == "2." + filler(17)


def test_lines_wrapped_under_a_hanging_number_stay_in_its_paragraph():
    # the numbers hang out to the left (100) of their text (125), where the wrapped lines start
    page = synthetic_page(1, [
        (100, [(100, "（1）" + filler(18))]),
        (115, [(125, filler(18))]),
        (130, [(125, filler(6, "。"))]),
        (145, [(100, "（2）" + filler(18))]),
        (160, [(125, filler(8, "。"))]),
    ])
    paragraphs = [p.text for p in layout_from_pages([page], "synthetic.pdf").paragraphs]
    assert paragraphs == ["（1）" + filler(18) * 2 + filler(6, "。"), "（2）" + filler(18) + filler(8, "。")]


# ─── the header's end ─────────────────────────────────────────────────────────────────────


def test_a_header_label_filling_a_narrow_column_ends_where_the_first_number_stands():
    # 完成时限 fills its column as 2023年底 does (a line wrapping on to 前完成): the 序号 label
    # right above the first number says the header ends there
    page = synthetic_page(1, [
        (100, [(70, "序号"), (100, "具体举措"), (320, "责任领导"), (380, "完成时限")]),
        (115, [(70, "1"), (100, filler(8, "。")), (320, "分管副市"), (380, "2023年底")]),
        (130, [(320, "长"), (380, "前完成")]),
        (145, [(70, "2"), (100, filler(6, "。")), (320, "张建国"), (380, "2024年底")]),
        (160, [(380, "前完成")]),
        (175, [(70, "3"), (100, filler(5, "。")), (320, "李华"), (380, "持续推进")]),
    ])
    rows = rows_of(layout_from_pages([page], "synthetic.pdf"))
    assert rows[0] == ("序号", "具体举措", "责任领导", "完成时限")
    assert rows[1] == ("1", filler(8, "。"), "分管副市长", "2023年底前完成")


def synthetic_bands(lines: list[tuple[float, list[tuple[float, str]]]]) -> list[Band]:
    """Bands of lines ``(top, [(x, text), ...])``, each piece a segment."""
    bands = []
    for top, pieces in lines:
        segments = tuple(line(x, text, top) for x, text in pieces)
        whole = text_line([glyph for segment in segments for glyph in segment.glyphs])
        assert whole is not None
        bands.append(Band(whole, segments))
    return bands


def test_a_number_below_a_line_of_the_row_in_the_number_column_sets_no_header_end():
    # 序号 stands two lines above the first number (the row's text starts a line above it)
    table = table_pieces(synthetic_bands([
        (100, [(70, "序号"), (100, "具体举措"), (320, "完成时限")]),
        (115, [(100, filler(18)), (320, "2023年底")]),
        (130, [(70, "1"), (100, filler(20)), (320, "前完成")]),
        (145, [(100, filler(6, "。"))]),
        (160, [(70, "2"), (100, filler(6, "。")), (320, "持续推进")]),
    ]), (Boundary(70, 70), Boundary(90, 100), Boundary(300, 320), Boundary(360, 360)))
    assert table.number_column == 0
    assert number_label_end(table) is None


# ─── lines above a table's first line with columns ────────────────────────────────────────


def test_a_heading_paragraph_reaching_into_a_gutter_above_the_header_stays_a_paragraph():
    page = synthetic_page(1, [
        (85, [(100, "（二）" + filler(18))]),
        (100, [(100, "具体举措"), (320, "责任单位"), (420, "完成时限")]),
        (115, [(100, "1、" + filler(18)), (320, filler(4)), (420, "持续推进")]),
        (130, [(100, filler(6, "。"))]),
        (145, [(100, "2、" + filler(10, "。")), (320, filler(3)), (420, "长期坚持")]),
        (160, [(100, "3、" + filler(5, "。")), (320, filler(3)), (420, "持续推进")]),
    ])
    layout = layout_from_pages([page], "synthetic.pdf")
    assert [p.text for p in layout.paragraphs] == ["（二）" + filler(18)]
    assert rows_of(layout)[0] == ("具体举措", "责任单位", "完成时限")


# A label's first line above the others where the column's edge is not shown: the column after it
# holds only its label on the page (备注), no gutter is found between them and the column seems to
# run on to the table's edge, so the line looked short (generated layout 3000290, REGRESSIONS).
WIDE_LAST = (Boundary(100, 100), Boundary(280, 320), Boundary(400, 420), Boundary(540, 540))


def label_above(first: tuple[float, list[tuple[float, str]]],
                last: tuple[float, str] = (420, "持和指导部门")) -> list[Band]:
    return synthetic_bands([
        first,
        (100, [(100, "具体举措"), (320, "责任单位"), (420, "保障措施或支"), (500, "备注")]),
        (115, [last]),
        (130, [(100, "1、" + filler(9)), (320, filler(4)), (420, "省商务厅")]),
    ])


@pytest.mark.parametrize("last", [(420, "持和指导部门"), (440, "部门")], ids=["full", "centred-short"])
def test_a_label_line_as_wide_as_the_label_under_it_and_at_its_pitch_opens_the_header(last):
    assert cell_lines_above(label_above((85, [(420, "上级制定政策")]), last), 1, WIDE_LAST, ()) == 0


@pytest.mark.parametrize("first", [
    (85, [(420, "上级制定")]),  # narrower than the label's lines: it did not wrap
    (82, [(420, "上级制定政策")]),  # a gap wider than the label's line pitch
], ids=["narrower", "wider-gap"])
def test_a_line_above_a_label_that_is_not_one_of_its_wrapped_lines_stays_out(first):
    assert cell_lines_above(label_above(first), 1, WIDE_LAST, ()) == 1


def test_the_first_lines_of_a_tall_centred_header_label_above_the_others_are_the_headers():
    page = synthetic_page(1, [
        (85, [(420, "上级制定")]),
        (100, [(100, "具体举措"), (320, "责任单位"), (420, "政策保障")]),
        (115, [(420, "部门")]),
        (130, [(100, "1、" + filler(18)), (320, filler(4)), (420, "省商务厅")]),
        (145, [(100, filler(6, "。"))]),
        (160, [(100, "2、" + filler(10, "。")), (320, filler(3)), (420, "省财政厅")]),
        (175, [(100, "3、" + filler(5, "。")), (320, filler(3)), (420, "省商务厅")]),
    ])
    layout = layout_from_pages([page], "synthetic.pdf")
    assert not layout.paragraphs
    assert rows_of(layout)[0] == ("具体举措", "责任单位", "上级制定政策保障部门")


# ─── a heading row wrapping onto a short last line ─────────────────────────────────────────────

LONG_HEADING = "一、深化服务领域改革开放全面提升服务贸易发展水平和国际竞争力推动服务业扩大开放综合试"


def wrapped_heading_page(second: str):
    """Items numbered in the text under a heading row whose first line runs across the table, its
    next line (``second``) alone under it at the line pitch."""
    return synthetic_page(1, [
        (100, [(70, "具体举措"), (320, "责任单位"), (420, "完成时限")]),
        (120, [(70, LONG_HEADING)]),
        (135, [(70, second)]),
        (155, [(70, "1、" + filler(10, "。")), (320, "市商务局"), (420, "2023年底")]),
        (175, [(70, "2、" + filler(14)), (320, "市发改委"), (420, "2024年")]),
        (190, [(70, filler(5, "。"))]),
    ])


def test_a_heading_row_wrapping_onto_a_short_last_line_is_one_row():
    rows = rows_of(layout_from_pages([wrapped_heading_page("点和综合效益")], "heading.pdf"))
    assert [row[0] for row in rows] == [
        "具体举措", LONG_HEADING + "点和综合效益", "1、" + filler(10, "。"), "2、" + filler(14) + filler(5, "。")]


def test_a_heading_row_parted_by_white_space_ending_on_a_short_closed_line_is_one_row():
    rows = rows_of(layout_from_pages([wrapped_heading_page("点和综合效益。")], "heading.pdf"))
    assert [row[0] for row in rows] == [
        "具体举措", LONG_HEADING + "点和综合效益。", "1、" + filler(10, "。"), "2、" + filler(14) + filler(5, "。")]


def test_a_line_opening_an_item_under_a_full_heading_line_stays_a_row_of_its_own():
    rows = rows_of(layout_from_pages([wrapped_heading_page("（一）推进服务贸易")], "heading.pdf"))
    assert [row[0] for row in rows] == [
        "具体举措", LONG_HEADING, "（一）推进服务贸易", "1、" + filler(10, "。"), "2、" + filler(14) + filler(5, "。")]


def test_a_row_running_on_under_a_full_heading_line_keeps_its_first_line():
    # no white space between rows (a table printed without cell padding), cells centred: the row's
    # first line stands alone under the heading's one line, at the pitch, and runs on into the next
    page = synthetic_page(1, [
        (100, [(70, "主要任务"), (320, "责任单位"), (420, "完成时限")]),
        (115, [(70, LONG_HEADING)]),
        (130, [(70, filler(24))]),
        (145, [(70, filler(24)), (320, "市商务局"), (420, "2023年底")]),
        (160, [(70, filler(6, "。"))]),
        (175, [(70, filler(20, "。")), (320, "市发改委"), (420, "2024年")]),
    ])
    rows = rows_of(layout_from_pages([page], "heading.pdf"))
    assert [row[0] for row in rows] == [
        "主要任务", LONG_HEADING, filler(24) * 2 + filler(6, "。"), filler(20, "。")]
    assert [row[1:] for row in rows[2:]] == [("市商务局", "2023年底"), ("市发改委", "2024年")]


def test_a_heading_row_ending_on_a_short_line_right_above_a_row_is_one_row():
    # as above, no white space between rows: the heading's short last line leaves room at its end
    page = synthetic_page(1, [
        (100, [(70, "主要任务"), (320, "责任单位"), (420, "完成时限")]),
        (115, [(70, LONG_HEADING)]),
        (130, [(70, "点和综合效益")]),
        (145, [(70, filler(24)), (320, "市商务局"), (420, "2023年底")]),
        (160, [(70, filler(6, "。"))]),
        (175, [(70, filler(20, "。")), (320, "市发改委"), (420, "2024年")]),
    ])
    rows = rows_of(layout_from_pages([page], "heading.pdf"))
    assert [row[0] for row in rows] == [
        "主要任务", LONG_HEADING + "点和综合效益", filler(24) + filler(6, "。"), filler(20, "。")]


def test_a_one_line_row_closing_its_sentence_under_a_heading_line_with_no_white_space_keeps_its_row():
    # no white space between rows: a row of one line, its 责任单位 merged over the next row and
    # centred there, stands alone under the heading's one line, at the pitch; it closes a sentence
    page = synthetic_page(1, [
        (100, [(70, "主要任务"), (320, "责任单位"), (420, "完成时限")]),
        (115, [(70, LONG_HEADING)]),
        (130, [(70, filler(12, "。"))]),
        (145, [(70, filler(20, "。")), (320, "市商务局"), (420, "2023年底")]),
        (160, [(70, filler(24))]),
        (175, [(70, filler(5, "。")), (320, "市发改委"), (420, "2024年")]),
    ])
    rows = rows_of(layout_from_pages([page], "heading.pdf"))
    assert [row[0] for row in rows] == [
        "主要任务", LONG_HEADING, filler(12, "。"), filler(20, "。"), filler(24) + filler(5, "。")]


# ─── a heading row printing its own responsibility ────────────────────────────────────────────


def test_a_heading_line_beside_its_own_responsibility_is_a_row_of_its_own():
    # 二、 heads items 2 and 3; its 责任单位 cell, merged over them, prints at its top
    page = synthetic_page(1, [
        (100, [(70, "具体举措"), (320, "责任单位")]),
        (120, [(70, "1、" + filler(10, "。")), (320, "市商务局")]),
        (140, [(70, "二、推进贸易便利化"), (320, "市发改委")]),
        (160, [(70, "2、" + filler(14))]),
        (175, [(70, filler(5, "。"))]),
        (195, [(70, "3、" + filler(10, "。"))]),
    ])
    assert rows_of(layout_from_pages([page], "heading.pdf")) == [
        ("具体举措", "责任单位"), ("1、" + filler(10, "。"), "市商务局"), ("二、推进贸易便利化", "市发改委"),
        ("2、" + filler(14) + filler(5, "。"), ""), ("3、" + filler(10, "。"), "")]


def test_a_wrapped_line_opening_like_a_heading_beside_a_responsibility_stays_in_its_item():
    # item 1's text runs on from a full line into one that opens 二、; its responsibility wraps beside
    page = synthetic_page(1, [
        (100, [(70, "具体举措"), (320, "责任单位")]),
        (120, [(70, "1、" + filler(20)), (320, "市商务局、")]),
        (135, [(70, "二、" + filler(6, "。")), (320, "市发改委")]),
        (155, [(70, "2、" + filler(10, "。")), (320, "市卫健委")]),
        (175, [(70, "3、" + filler(20)), (320, "市医保局")]),
        (190, [(70, filler(4, "。"))]),
    ])
    assert rows_of(layout_from_pages([page], "wrapped.pdf")) == [
        ("具体举措", "责任单位"), ("1、" + filler(20) + "\n二、" + filler(6, "。"), "市商务局、市发改委"),
        ("2、" + filler(10, "。"), "市卫健委"), ("3、" + filler(20) + filler(4, "。"), "市医保局")]


def test_a_heading_line_beside_its_own_responsibility_right_under_a_row_is_a_row_of_its_own():
    # no white space between rows: the 责任单位 line above, the column's longest, may have been full,
    # but ends on no mark a list goes on after
    page = synthetic_page(1, [
        (100, [(70, "具体举措"), (320, "责任单位")]),
        (115, [(70, "1、" + filler(10, "。")), (320, "市商务局、市财政局")]),
        (130, [(70, "二、推进贸易便利化"), (320, "市发改委")]),
        (145, [(70, "2、" + filler(14))]),
        (160, [(70, filler(5, "。"))]),
        (175, [(70, "3、" + filler(10, "。"))]),
    ])
    assert rows_of(layout_from_pages([page], "heading.pdf")) == [
        ("具体举措", "责任单位"), ("1、" + filler(10, "。"), "市商务局、市财政局"), ("二、推进贸易便利化", "市发改委"),
        ("2、" + filler(14) + filler(5, "。"), ""), ("3、" + filler(10, "。"), "")]

def test_points_of_an_item_beside_its_responsibility_running_on_stay_in_the_item():
    # item 1 lists （一）（二） on lines of their own while its 责任单位 cell runs on beside them
    page = synthetic_page(1, [
        (100, [(70, "具体举措"), (320, "责任单位")]),
        (120, [(70, "1、推进贸易便利化："), (320, "市商务局、")]),
        (135, [(70, "（一）" + filler(8, "；")), (320, "市发改委、")]),
        (150, [(70, "（二）" + filler(8, "。")), (320, "市财政局")]),
        (170, [(70, "2、" + filler(14))]),
        (185, [(70, filler(5, "。")), (320, "市卫健委")]),
        (205, [(70, "3、" + filler(10, "。")), (320, "市医保局")]),
    ])
    assert rows_of(layout_from_pages([page], "points.pdf")) == [
        ("具体举措", "责任单位"),
        ("1、推进贸易便利化：\n（一）" + filler(8, "；") + "\n（二）" + filler(8, "。"), "市商务局、市发改委、市财政局"),
        ("2、" + filler(14) + filler(5, "。"), "市卫健委"), ("3、" + filler(10, "。"), "市医保局")]


def test_points_of_an_item_on_lines_alone_stay_in_the_item():
    # its 责任单位 cell shorter than its text: the points （一）（二） stand on lines alone, as heading
    # lines do, but the item's line above announces them (…：), and （二） goes on from （一）
    page = synthetic_page(1, [
        (100, [(70, "具体举措"), (320, "责任单位")]),
        (120, [(70, "1、推进贸易便利化："), (320, "市商务局")]),
        (135, [(70, "（一）" + filler(8, "；"))]),
        (150, [(70, "（二）" + filler(8, "。"))]),
        (170, [(70, "2、" + filler(14)), (320, "市卫健委")]),
        (185, [(70, filler(5, "。"))]),
    ])
    assert [row[0] for row in rows_of(layout_from_pages([page], "points.pdf"))] == [
        "具体举措", "1、推进贸易便利化：\n（一）" + filler(8, "；") + "\n（二）" + filler(8, "。"),
        "2、" + filler(14) + filler(5, "。")]


def test_a_heading_line_after_an_item_closing_its_sentence_is_a_row_of_its_own():
    # the quiet side of the points rule: item 1 ends on 。, so （二） on a line alone is a heading
    page = synthetic_page(1, [
        (100, [(70, "具体举措"), (320, "责任单位")]),
        (120, [(70, "1、" + filler(8, "。")), (320, "市商务局")]),
        (140, [(70, "（二）推进贸易便利化")]),
        (160, [(70, "2、" + filler(14)), (320, "市卫健委")]),
        (175, [(70, filler(5, "。"))]),
    ])
    assert [row[0] for row in rows_of(layout_from_pages([page], "heading.pdf"))] == [
        "具体举措", "1、" + filler(8, "。"), "（二）推进贸易便利化", "2、" + filler(14) + filler(5, "。")]


def test_a_heading_line_below_white_space_after_an_announcing_item_is_a_row_of_its_own():
    # the quiet side of the announcing mark: item 1 ends on ：, but （一） stands below white space,
    # not at the line pitch, so it opens a heading row rather than the item's first point
    page = synthetic_page(1, [
        (100, [(70, "具体举措"), (320, "责任单位")]),
        (120, [(70, "1、推进贸易便利化："), (320, "市商务局")]),
        (140, [(70, "（一）推进投资自由化")]),
        (160, [(70, "2、" + filler(14)), (320, "市卫健委")]),
        (175, [(70, filler(5, "。"))]),
    ])
    assert rows_of(layout_from_pages([page], "heading.pdf")) == [
        ("具体举措", "责任单位"), ("1、推进贸易便利化：", "市商务局"), ("（一）推进投资自由化", ""),
        ("2、" + filler(14) + filler(5, "。"), "市卫健委")]


def test_a_heading_after_an_item_s_points_is_a_row_of_its_own():
    # the points end with the next item (2、): a （三） after it does not go on from item 1's （二）
    page = synthetic_page(1, [
        (100, [(70, "具体举措"), (320, "责任单位")]),
        (120, [(70, "1、推进贸易便利化："), (320, "市商务局")]),
        (135, [(70, "（一）" + filler(8, "；"))]),
        (150, [(70, "（二）" + filler(8, "。"))]),
        (170, [(70, "2、" + filler(10, "。")), (320, "市卫健委")]),
        (190, [(70, "（三）推进投资自由化")]),
        (210, [(70, "3、" + filler(10, "。")), (320, "市医保局")]),
    ])
    assert [row[0] for row in rows_of(layout_from_pages([page], "points.pdf"))] == [
        "具体举措", "1、推进贸易便利化：\n（一）" + filler(8, "；") + "\n（二）" + filler(8, "。"),
        "2、" + filler(10, "。"), "（三）推进投资自由化", "3、" + filler(10, "。")]


def test_the_lines_above_and_below_a_piece_are_its_column_span_s_nearest_on_other_bands():
    # the index behind the neighbour questions (asked once per heading line): the 责任单位 line
    # above band 3 is band 1's, skipping band 2 which has none; the line below a line spanning
    # both columns is the next such line, not one of a single column
    table = table_pieces(synthetic_bands([
        (100, [(70, "具体举措"), (320, "责任单位")]),
        (115, [(70, "1、" + filler(10)), (320, "市商务局、")]),
        (130, [(70, filler(5, "。"))]),
        (150, [(70, "2、" + filler(10, "。")), (320, "市卫健委")]),
        (170, [(70, "二、" + filler(30))]),
        (185, [(70, "3、" + filler(10, "。")), (320, "市医保局")]),
        (200, [(70, "三、" + filler(30))]),
    ]), (Boundary(70, 70), Boundary(300, 315), Boundary(420, 420)))
    texts_of = [[p.segment.text for p in band] for band in table.by_band]
    owner_at_3 = table.by_band[3][1]
    assert table.line_above(owner_at_3).segment.text == "市商务局、"
    assert table.line_above(owner_at_3).band == 1
    assert table.line_below(table.by_band[1][1]).band == 3
    assert table.line_below(table.by_band[4][0]).segment.text == texts_of[6][0]
    assert table.line_above(table.by_band[4][0]) is None
    assert table.line_below(table.by_band[6][0]) is None
    assert [p.band for p in table.column_pieces((1, 2))] == [0, 1, 3, 5]


def test_a_heading_after_an_item_s_points_running_on_from_them_is_a_row_of_its_own():
    # item 2's points （一）（二） end the heading （二）'s items; the next heading （三） goes on from
    # its points' numbers, but white space parts it from the line above, as rows are parted, while
    # a cell's lines follow one another at the line pitch (items 4 and 5: the digits number more
    # items than the （一）（二） lines do, and are the table's numbering)
    page = synthetic_page(1, [
        (100, [(70, "具体举措"), (320, "责任单位")]),
        (120, [(70, "（一）推进贸易便利化")]),
        (140, [(70, "1、" + filler(20)), (320, "市商务局")]),
        (155, [(70, filler(4, "。"))]),
        (175, [(70, "（二）推进投资自由化")]),
        (195, [(70, "2、推进投资便利化："), (320, "市发改委")]),
        (210, [(70, "（一）" + filler(8, "；"))]),
        (225, [(70, "（二）" + filler(8, "。"))]),
        (245, [(70, "（三）推进服务业开放")]),
        (265, [(70, "3、" + filler(10, "。")), (320, "市卫健委")]),
        (285, [(70, "4、" + filler(10, "。")), (320, "市医保局")]),
        (305, [(70, "5、" + filler(10, "。")), (320, "市财政局")]),
    ])
    assert [row[0] for row in rows_of(layout_from_pages([page], "points.pdf"))] == [
        "具体举措", "（一）推进贸易便利化", "1、" + filler(20) + filler(4, "。"), "（二）推进投资自由化",
        "2、推进投资便利化：\n（一）" + filler(8, "；") + "\n（二）" + filler(8, "。"), "（三）推进服务业开放",
        "3、" + filler(10, "。"), "4、" + filler(10, "。"), "5、" + filler(10, "。")]


def test_a_heading_under_an_item_ending_on_a_colon_parted_from_it_by_white_space_is_a_row_of_its_own():
    # item 1's last line ends on ：, but the heading （二） stands below white space, as rows do
    page = synthetic_page(1, [
        (100, [(70, "具体举措"), (320, "责任单位")]),
        (120, [(70, "（一）推进贸易便利化")]),
        (140, [(70, "1、" + filler(10)), (320, "市商务局")]),
        (155, [(70, "重点支持以下领域：")]),
        (175, [(70, "（二）推进投资自由化")]),
        (195, [(70, "2、" + filler(10, "。")), (320, "市卫健委")]),
    ])
    assert [row[0] for row in rows_of(layout_from_pages([page], "heading.pdf"))] == [
        "具体举措", "（一）推进贸易便利化", "1、" + filler(10) + "重点支持以下领域：", "（二）推进投资自由化",
        "2、" + filler(10, "。")]

"""What OCR makes of a scanned prose notice, and what the reader makes of it.

``bench/ocr_prose.py`` prints real prose pages of the blind rounds as documents, scans them (200 dpi,
turned, JPEG, a seal on the date) and reads them through OCR. The recognised lines below are the
recogniser's own output on those scans (character, left and right edge in points, size), copied
from its recognised pages: the faults each test mends are ones it made there.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.parsers.dates import read_date
from pilotplans.parsers.info_rows import list_item_value, read_info_line
from pilotplans.parsers.ocr.characters import is_chinese, restored
from pilotplans.parsers.ocr.numbers import year_brackets
from pilotplans.parsers.ocr.reader import poor_pages, refuse_unreadable
from pilotplans.parsers.pdf.content import Glyph, PageContent
from tests.conftest import FIXTURES


def line(read: list[tuple[str, float, float]], size: float = 14.5) -> list[Glyph]:
    return [Glyph(text, x0, 100.0, x1, 100.0 + size, size, 0.99) for text, x0, x1 in read]


def text(glyphs) -> str:
    return "".join(g.text for g in glyphs)


# ─── a 文号's year in brackets ───────────────────────────────────────────────────────────────


def test_a_number_s_year_in_brackets_an_em_wide_read_as_square_ones_is_in_hexagonal_brackets():
    # guangdong-2021 (prose-blind14), its head's (粤府〔2021〕22号): the recogniser read 府 [2021] 22
    read = line([("粤", 154.52, 167.94), ("府", 167.94, 181.08), (" ", 183.39, 189.54), ("[", 189.54, 195.66),
                 ("2", 195.66, 202.86), ("0", 202.86, 211.14), ("2", 211.14, 219.42), ("1", 219.42, 226.62),
                 ("]", 226.62, 233.82), (" ", 233.82, 241.02), ("2", 241.02, 248.22), ("2", 248.22, 254.16),
                 (" ", 254.16, 260.12), ("号", 260.12, 274.0)])
    assert text(year_brackets(read)) == "粤府〔2021〕22 号"


def test_a_number_s_year_in_brackets_an_em_wide_read_as_lenticular_ones_is_in_hexagonal_brackets():
    # jiande-2025 (prose-blind15), its 文件编号 row (建政函〔2025〕20号): read 建政函【2025】20 号
    read = line([("建", 154.64, 167.67), ("政", 167.67, 180.7), ("函", 181.28, 195.28), ("【", 196.86, 209.21),
                 ("2", 211.06, 218.16), ("0", 218.16, 225.36), ("2", 225.36, 232.65), ("5", 232.65, 239.84),
                 ("】", 242.25, 254.22), ("2", 256.78, 263.97), ("0", 263.97, 271.16), (" ", 271.16, 273.69),
                 ("号", 273.69, 286.72)], size=14.0)
    assert text(year_brackets(read)) == "建政函〔2025〕20 号"


def test_a_number_s_year_in_narrow_brackets_stays_as_read():
    # suzhou-2017 (prose-blind10) prints 苏府[2017]68号 with ASCII brackets: half an em between the year
    # and its neighbours, as read on its scan
    read = line([("苏", 155.61, 168.84), ("府", 168.84, 180.63), ("[", 181.59, 188.19), ("2", 188.19, 194.49),
                 ("0", 194.49, 202.68), ("1", 202.68, 210.87), ("7", 210.87, 217.17), ("]", 217.17, 223.56),
                 ("6", 223.56, 230.58), ("8", 230.58, 237.8), (" ", 237.8, 240.21), ("号", 240.21, 253.49)])
    assert text(year_brackets(read)) == "苏府[2017]68 号"


def test_brackets_round_a_year_that_is_no_number_s_stay():
    # jiande-2025: 若干政策(2025 年版): a year in brackets, no 号 after it
    read = line([("策", 173.7, 184.68), ("(", 185.73, 192.33), ("2", 192.33, 200.16), ("0", 200.16, 208.8),
                 ("2", 208.8, 216.36), ("5", 216.36, 223.76), (" ", 223.76, 226.53), ("年", 226.53, 240.17)])
    assert text(year_brackets(read)) == "策(2025 年"


# ─── a title cited in a cited title ──────────────────────────────────────────────────────────


def test_an_inner_title_s_marks_read_as_angle_brackets_and_the_outer_closing_mark_are_the_inner_marks():
    # guangdong-2021: 《2021年省〈政府工作报告〉重点任务分工方案》 read 《2021 年省<政府工作报告》重点任务分工方案》
    assert "".join(restored(list("《2021年省<政府工作报告》重点任务分工方案》已经"))) == "《2021年省〈政府工作报告〉重点任务分工方案》已经"
    # xuzhou-2010 (prose-blind17): 《2010年〈政府工作报告〉…》 read 《2010 年<政府工作报告》主要目标任务分解方案》
    assert "".join(restored(list("《2010年<政府工作报告》主要目标任务分解方案》"))) == "《2010年〈政府工作报告〉主要目标任务分解方案》"


def test_titles_side_by_side_and_angle_brackets_among_figures_stay():
    assert "".join(restored(list("《条例》和《办法》"))) == "《条例》和《办法》"
    assert "".join(restored(list("PM2.5<35"))) == "PM2.5<35"


def test_comparison_signs_beside_chinese_text_outside_a_title_stay():
    # an indicator's bound, read as printed: 能耗>5万吨 is no inner title's 〉
    assert "".join(restored(list("综合能耗>5万吨，人数<5人"))) == "综合能耗>5万吨，人数<5人"
    assert "".join(restored(list("《工作方案》规模>=10亿元"))) == "《工作方案》规模>=10亿元"


def test_an_inner_title_read_as_ascii_angle_brackets_both_sides_is_in_angle_brackets():
    assert "".join(restored(list("《2010年<政府工作报告>主要目标任务分解方案》"))) == "《2010年〈政府工作报告〉主要目标任务分解方案》"


# ─── a bracket pair set alike ────────────────────────────────────────────────────────────────


def test_a_closing_bracket_whose_width_nothing_tells_takes_its_partner_s():
    # jiande-2025: 一、科技创新政策(由市科技局牵头实施) printed narrow: the opening one, between Chinese
    # characters a pitch and a half apart, told narrow; the closing one ends the line, nothing after it
    line_read = list("策(由市科技局牵头实施)")
    told = [None] * len(line_read)
    told[1] = False
    assert "".join(restored(line_read, told)) == "策(由市科技局牵头实施)"
    told[1] = True
    assert "".join(restored(line_read, told)) == "策（由市科技局牵头实施）"


def test_brackets_whose_widths_nothing_tells_are_full_width_between_chinese_text_as_before():
    assert "".join(restored(list("策(由市科技局牵头实施)"))) == "策（由市科技局牵头实施）"


# ─── a date whose 〇 was read as a figure or a letter ─────────────────────────────────────────


def test_a_chinese_date_whose_zero_was_read_as_the_figure_or_the_letter_is_read():
    assert read_date("二0一二年三月二十六日") == dt.date(2012, 3, 26)
    assert read_date("二o一o年三月十三日") == dt.date(2010, 3, 13)


def test_figures_that_hold_no_chinese_numeral_are_no_chinese_year():
    assert read_date("0000年3月6日") is None
    assert read_date("2012年3月6日") == dt.date(2012, 3, 6)


# ─── a list mark whose space was lost ────────────────────────────────────────────────────────


def test_a_label_printed_as_a_list_item_whose_mark_touches_it_is_a_label_and_its_value_is_read_without_the_mark():
    # dalian-2025 (prose-blind10): - 文件编号: / - 大政办发〔2025〕3号 read -文件编号：/ -大政办发[2025]3 号
    fields = read_info_line("-文件编号：")
    assert fields is not None and [(f.kind, f.value) for f in fields] == [("doc_no", "")]
    assert list_item_value("-文件编号：", "-大政办发[2025]3 号") == "大政办发[2025]3 号"


def test_a_line_opening_with_a_hyphen_and_no_label_is_no_row_and_a_value_after_an_unmarked_label_keeps_its_mark():
    assert read_info_line("-大力推进服务贸易") is None
    assert list_item_value("文件编号：", "-大政办发〔2025〕3号") == "-大政办发〔2025〕3号"


# ─── a page read poorly overall ──────────────────────────────────────────────────────────────
# The recognised pages of tests/fixtures/ocr-pages are the OCR cache's entries (glyphs: character,
# x0, top, x1, bottom, size, confidence) of guangdong-2021's first page printed by bench/ocr_prose.py
# and scanned by tests/scans.py: at 200 dpi with a seal on its date (as the bench scans it), and at
# 72 dpi, JPEG q20, photographed (ScanStyle(dpi=72, angle=1.5, jpeg_quality=20, photo=True)), where
# 会议 was read 会良, 贯彻 费期, 办公厅 办公斤.


def recognised_page(name: str, number: int) -> PageContent:
    entry = json.loads((FIXTURES / "ocr-pages" / name).read_text(encoding="utf-8"))
    glyphs = tuple(Glyph(g[0], g[1], g[2], g[3], g[4], g[5], g[6]) for g in entry["glyphs"])
    return PageContent(number, entry["width"], entry["height"], glyphs, ())


def test_a_page_whose_characters_were_read_unsurely_overall_is_named_in_a_caution():
    pages = [recognised_page("guangdong-2021-200dpi-sealed.page1.json", 1),
             recognised_page("guangdong-2021-72dpi-photographed.page1.json", 2)]
    (caution,) = poor_pages(pages)
    assert caution.code == "ocr_poor_page"
    assert caution.message == ("OCR was unsure of much of page 2 (18% of its 334 Chinese characters read below 0.8): the "
                               "text read there may be garbled (names, owners, numbers), however sure its records look: "
                               "check it against the scan, or read a sharper scan (200 dpi or more, in focus)")


def test_a_clean_scan_and_a_text_layer_have_no_poor_page():
    assert poor_pages([recognised_page("guangdong-2021-200dpi-sealed.page1.json", 1)]) == ()
    text_layer = PageContent(1, 595, 842, tuple(Glyph("市", 10.0 * i, 100, 10.0 * i + 10, 110, 10.0) for i in range(50)), ())
    assert poor_pages([text_layer]) == ()


def test_a_page_read_poorly_but_read_is_not_refused():
    # 18% of the 72 dpi photographed page's characters below 0.8: read, with ocr_poor_page (above);
    # a page is refused from 40% (tests/test_ocr.py: a blurred scan, 74%)
    pages = [recognised_page("guangdong-2021-72dpi-photographed.page1.json", 1)]
    assert refuse_unreadable(pages, "guangdong-2021.jpg") is None


def test_a_page_of_a_few_labels_some_unsure_is_not_taken_for_garbage():
    # a page of a figure, a map or a signature: 30 labels, 12 of them (40%) read below 0.8 — taken
    # from the 72 dpi photographed page's own recognition. Twelve unsure characters are no page read
    # into garbage (the blurred page: 117 of 164); refusing would refuse the whole plan for them.
    # The page is named in ocr_poor_page like any page read poorly.
    photographed = recognised_page("guangdong-2021-72dpi-photographed.page1.json", 1)
    chinese = [g for g in photographed.glyphs if is_chinese(g.text)]
    labels = [g for g in chinese if g.confidence >= 0.8][:18] + [g for g in chinese if g.confidence < 0.8][:12]
    figure = PageContent(1, photographed.width, photographed.height, tuple(labels), ())
    assert refuse_unreadable([figure], "plan-with-map.pdf") is None
    assert [c.code for c in poor_pages([figure])] == ["ocr_poor_page"]


def test_one_page_read_into_garbage_refuses_the_whole_scan_naming_that_page_alone():
    # a poor but readable page 1 (18%) and the blurred page as page 2 (71%): the document is refused,
    # not read without page 2 (its measures would read as measures the plan does not hold), and the
    # line names page 2 only
    pages = [recognised_page("guangdong-2021-72dpi-photographed.page1.json", 1),
             recognised_page("national-2025-p3-100dpi-blurred.page1.json", 2)]
    with pytest.raises(UnreadableFile) as caught:
        refuse_unreadable(pages, "scan.pdf")
    assert str(caught.value) == ("scan.pdf: a scan OCR cannot read: 71% of the 164 Chinese characters on page 2 read below "
                                 "0.8 confidence (blurred, dark or too coarse): scan it again at 200 dpi or more, in focus")

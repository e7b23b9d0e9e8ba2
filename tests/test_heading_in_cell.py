"""A heading row printed with no rule between it and the row above may be read into that row's text
cell, as its last line (a PDF table without rules between rows): the measure's text then ends with the
heading and the measures after it stay under the heading before, silently. A text cell whose last
paragraph is the table's next heading (五、… under 四、…, in the same style) is read as that heading,
the measure warned ``heading_in_cell``; a numbered line that is not the next heading stays text.

heading-run-into-the-row-above.pdf is the generated layout 10000159 (the PDF table traps: xiamen-2020,
no rules, a frame of rules, zebra rows, narrow columns, a header repeated, headings as rows), whose
heading 五、健全促进体系 was read into 68's text, 69–72 left under 创新发展模式.
heading-run-into-a-cell.html prints the same in a cell's paragraphs: 2's text cell ends with 二、完善监管模式
(after 一、), 4's with 四、加强统计监测 (the next heading is 三、).
numbered-points-ending-a-cell.html: under 一、扩大对外开放, 2's text cell lists its points 一、… 二、…, and
3's ends with a point 二、…。 that ends a sentence; the next heading, 二、完善监管模式, is a row of its own."""

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES


def _read(name: str):
    return read_document(FIXTURES / "tables" / name).measures


def test_the_next_heading_run_into_a_pdf_row_s_text_cell_is_read_as_the_heading():
    measures = {m.number: m for m in _read("heading-run-into-the-row-above.pdf")}
    assert measures[68].text.endswith("加强与金砖国家重点旅游城市合作。")
    assert [(n, measures[n].heading_path) for n in (67, 68, 69, 72)] == [
        (67, ["创新发展模式"]), (68, ["创新发展模式"]), (69, ["健全促进体系"]), (72, ["健全促进体系"])]
    assert [w.message for w in measures[68].warnings if w.code == "heading_in_cell"] == [
        "the last line of the measure's text cell, 五、健全促进体系, is the table's next heading run into the row"
        " above it: read as that heading"]


def test_the_next_heading_as_a_cell_s_last_paragraph_is_read_as_the_heading_in_any_format():
    measures = _read("heading-run-into-a-cell.html")
    assert [(m.number, m.heading_path, m.text) for m in measures[:3]] == [
        (1, ["扩大对外开放"], "探索放宽服务贸易领域市场准入。"), (2, ["扩大对外开放"], "推进技术进出口便利化。"),
        (3, ["完善监管模式"], "优化跨境资金结算流程。")]
    assert [[w.code for w in m.warnings if w.code == "heading_in_cell"] for m in measures] == [
        [], ["heading_in_cell"], [], [], []]


def test_a_numbered_last_paragraph_that_is_not_the_next_heading_stays_text():
    measures = _read("heading-run-into-a-cell.html")
    assert [(m.number, m.heading_path, m.text) for m in measures[3:]] == [
        (4, ["完善监管模式"], "完善服务贸易统计监测制度。\n四、加强统计监测"), (5, ["健全促进体系"], "支持数字贸易企业开拓国际市场。")]


def test_a_cell_s_last_numbered_point_is_no_heading_where_the_cell_lists_points_or_it_ends_a_sentence():
    # a cell listing points in the headings' style (一、 then 二、) holds a list, not a heading; and a
    # heading is a title, not a sentence ending in 。
    measures = _read("numbered-points-ending-a-cell.html")
    assert [(m.number, m.heading_path) for m in measures] == [
        (1, ["扩大对外开放"]), (2, ["扩大对外开放"]), (3, ["扩大对外开放"]), (4, ["完善监管模式"])]
    assert measures[1].text == "推进以下工作：\n一、推进技术进出口便利化。\n二、完善技术贸易管理制度。"
    assert measures[2].text == "优化跨境资金结算流程，重点是：\n二、扩大跨境人民币结算业务。"
    assert [w.code for m in measures for w in m.warnings if w.code == "heading_in_cell"] == []

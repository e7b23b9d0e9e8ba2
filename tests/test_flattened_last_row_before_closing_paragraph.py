"""A table printed one cell a line whose last row names no body assisting (its 配合单位 cell not printed) took the
paragraph after the table, a sentence of the notice, as that cell: 各单位要…。 read as two bodies assisting, with
nothing said (the review of prose25). The row's line under 配合单位 finishing a sentence that names no body, while
the line before it names the bodies in charge and the row's text is whole, is the notice's paragraph: the table
ends before it, the row's 配合单位 read as empty and warned (pilotplans/parsers/text/cells.py
``_paragraph_after_short_row``).

The fixtures (tests/fixtures/text-tables/flattened/linan-2022-projects-cell-per-line-last-row-*.txt, see SOURCES.md
there) print prose-blind25's 临安 rows one cell a line and a closing paragraph of 南宁经开区's notice after them."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from tests.page_metadata import owners

FLATTENED = FIXTURES / "text-tables" / "flattened"
PARAGRAPH = "没有直接承担《政府工作报告》确定的重点工作任务的单位,要按照单位职能开展好各项工作。"


def test_a_last_row_with_no_cooperating_cell_leaves_the_paragraph_after_the_table_out():
    # was: 没有直接承担《政府工作报告》确定的重点工作任务的单位 and 要按照单位职能开展好各项工作 read as assisting
    document = read_document(FLATTENED / "linan-2022-projects-cell-per-line-last-row-no-cooperating-cell-closing-paragraph.txt")
    last = document.measures[-1]
    assert (last.number, owners(last), last.cooperating) == (2, [("卫生健康局", "lead")], None)
    assert [(w.code, w.message) for w in last.warnings if w.code == "cell_missing_inferred"] == [(
        "cell_missing_inferred", "row 2 (line 9) prints one cell short, the last row of its table (the notice's "
        "signature or the text's end after it): its 配合单位 cell read as empty")]


def test_a_whole_last_row_keeps_its_cooperating_cell_before_the_paragraph():
    # quiet: the row prints its 配合单位; the paragraph after it was never taken, and is not now
    last = read_document(FLATTENED / "linan-2022-projects-cell-per-line-last-row-whole-closing-paragraph.txt").measures[-1]
    assert owners(last) == [("卫生健康局", "lead")] + [(name, "assist") for name in (
        "财政局", "教育局", "规划和自然资源分局", "医疗保障分局", "民政局", "妇联", "各镇(街道)")]
    assert [w.code for w in last.warnings if w.code == "cell_missing_inferred"] == []


def test_a_last_row_whose_cooperating_cell_names_its_bodies_in_a_sentence_keeps_them(tmp_path):
    # was: 财政局、教育局等部门配合。 ends with 。 and is no bare list of names, so it was taken for the notice's
    # paragraph: the two bodies assisting dropped from the row, the cell warned as not printed (main read them)
    text = (FLATTENED / "linan-2022-projects-cell-per-line-last-row-no-cooperating-cell-closing-paragraph.txt").read_text(
        encoding="utf-8").replace(PARAGRAPH, "财政局、教育局等部门配合。")
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    last = read_document(page).measures[-1]
    assert owners(last) == [("卫生健康局", "lead"), ("财政局", "assist"), ("教育局", "assist")]
    assert [w.code for w in last.warnings if w.code == "cell_missing_inferred"] == []

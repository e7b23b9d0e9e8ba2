"""A numbered table's next section heading printed in figures is no row lost.

``row_lost`` says a paragraph right after a numbered table that opens with the number after its
last row's is that row printed as text. A plan numbering its sections in figures prints the next
one so too: ``3. 保障措施`` after rows 1–2, prose under it. A section heading is told from a row by
its shape: a heading's words after its number (a short phrase, no sentence punctuation, no
figures), no owners (no word ending as a body's name does), and a paragraph after it that is no
next row. A row printed as text keeps the warning: with its owner after its text, or followed by
the next row."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.checks import section_heading_after_table
from tests.conftest import FIXTURES

TABLES = FIXTURES / "tables"
PROSE = "各有关部门要加强协调配合，及时研究解决试点中遇到的问题，确保各项任务落到实处。"


def rows_lost(name: str) -> tuple[list[int | None], list[str]]:
    document = read_document(TABLES / name)
    warned = [w.message for m in document.measures for w in m.warnings if w.code == "row_lost"]
    assert warned == [w.message for w in document.warnings if w.code == "row_lost"]
    return [m.number for m in document.measures], warned


def test_a_section_heading_in_figures_after_rows_1_2_is_no_lost_row_3():
    assert rows_lost("section-heading-in-figures-after-table.txt") == ([1, 2], [])


def test_a_short_row_printed_as_text_with_its_owner_is_still_a_lost_row():
    assert rows_lost("short-row-with-owner-as-text-after-table.txt") == ([1, 2], [
        "a paragraph printed right after the table opens with 3, the number after its last measure's (2): "
        "a row of the table read as text, no record made of it: 3 推进数字服务出口基地建设 商务部"])


def test_a_short_row_printed_as_text_before_the_next_row_is_still_a_lost_row():
    assert rows_lost("short-rows-as-text-after-table.txt") == ([1, 2], [
        "a paragraph printed right after the table opens with 3, the number after its last measure's (2): "
        "a row of the table read as text, no record made of it: 3 完善跨境电商综合服务平台"])


def test_the_shape_of_a_section_heading_after_a_table():
    assert [section_heading_after_table(text, after, True) for text, after in (
        ("3. 保障措施", [PROSE]),                       # a heading's words, prose after it
        ("3、组织实施", ["（一）加强组织领导"]),            # a sub-heading after it
        ("3. 保障措施", []),                            # nothing after it: a title alone may be a row
        ("3. 保障措施", ["4. 优化审批流程。商务部"]),       # the next row after it
        ("3 推进数字服务出口 商务部", [PROSE]),            # its owner after its words
        ("3 推进服务贸易便利化，2021年底前完成", [PROSE]),  # a sentence with a deadline
        ("3 2021年底前完成", [PROSE]),                   # figures: a deadline
    )] == [True, True, False, False, False, False, False]


def test_a_short_row_printed_as_text_its_owner_on_the_next_line_is_still_a_lost_row():
    assert rows_lost("short-row-with-owner-on-next-line-after-table.txt") == ([1, 2], [
        "a paragraph printed right after the table opens with 3, the number after its last measure's (2): "
        "a row of the table read as text, no record made of it: 3 推进数字服务出口基地建设"])


def test_a_heading_is_followed_by_prose_or_a_sub_heading_not_by_a_row_s_other_cells():
    """What follows a section heading is a sentence or a numbered sub-heading; a short phrase
    without a number (an owner, a deadline, a bare next number) is the rest of a row printed as text."""
    assert [section_heading_after_table("3. 推进数字服务出口基地建设", after, True) for after in (
        ["商务部"],                  # its owner on the next line
        ["商务部、市发展改革委"],      # its owners
        ["2021年底前"],              # its deadline
        ["4"],                      # the next row's number alone
        [PROSE],                    # prose: a heading's section
        ["（一）加强组织领导"],        # a sub-heading
    )] == [False, False, False, False, True, True]

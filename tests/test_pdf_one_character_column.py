"""A text table with a column one character wide reads as a table.

A table printed with a very narrow last column wraps its label and cells a character a line (协 /
办 / 单 / 位): a page holding its header and one row's first line shows only two lines with several
columns, fewer than a table needs, and its rows were read as paragraphs (no task table found,
layout seed 26900244). The lines stacked down such a column, each one character alone right under
a one-character segment of a line with several columns (or under another such line), count as the
table's lines once two lines show the gutters. Two lines with several columns and other short lines
under them stay paragraphs.

Pages are built as in tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide."""

from __future__ import annotations

from pilotplans.parsers.pdf import layout_from_pages
from tests.test_read_pdf import filler, rows_of, synthetic_page

LABEL = "协办单位"
COOPERATING = "教育部、医保局"


def page_with(last_column: list[str], under: float = 420) -> list:
    """The header and one row, the last column's label and cell one character a line at ``under``."""
    lines = [(100, [(70, "序号"), (110, "工作措施"), (300, "牵头单位"), (420, last_column[0][0])])]
    top = 100.0
    for char in last_column[0][1:]:
        top += 13
        lines.append((top, [(under, char)]))
    top += 13
    lines.append((top, [(70, "（1）"), (110, filler(12, "。")), (300, "商务部"), (420, last_column[1][0])]))
    for char in last_column[1][1:]:
        top += 13
        lines.append((top, [(under, char)]))
    return lines


def test_a_page_of_a_header_and_one_row_beside_a_column_one_character_wide_is_a_table():
    layout = layout_from_pages([synthetic_page(1, page_with([LABEL, COOPERATING]))], "narrow.pdf")
    assert rows_of(layout) == [("序号", "工作措施", "牵头单位", LABEL), ("（1）", filler(12, "。"), "商务部", COOPERATING)]
    assert layout.paragraphs == ()


def test_short_lines_not_stacked_under_a_one_character_segment_leave_two_lines_paragraphs():
    # the same lines, the one-character lines printed off the last column's place
    layout = layout_from_pages([synthetic_page(1, page_with([LABEL, COOPERATING], under=200))], "narrow.pdf")
    assert rows_of(layout) == []
    assert len(layout.paragraphs) >= 1

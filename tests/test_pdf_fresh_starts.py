"""PDF text tables: a cut before a line on which every column with text starts afresh earns a
bonus; a line as long as a column's longest, in a column never seen wrapping (``FULL``), may run
on as well as end its cell, so it shows no fresh start.

A narrow 协同单位 column whose lines always share their band with the text's lines is never seen
wrapping: each of its lines was FULL and counted as starting afresh, so a sentence ending in the
text column, with the next sentence on the next line, looked like a new row though the 协同单位
cell ran on. On a part continuing a row from the page before, that gave the rest of the row two
records, the second without a number (generated layout 41600173 drawn without its shapes: 28
records read for 27, ``NEWER_REGRESSIONS`` in tests/test_generated_layouts.py).

Pages are built from glyphs as in tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide,
cells from their top.
"""

from __future__ import annotations

from pilotplans.parsers.pdf import layout_from_pages
from tests.test_read_pdf import filler, rows_of, synthetic_page


def test_the_rest_of_a_row_over_a_page_break_stays_one_row_though_its_text_starts_a_sentence_on_a_line():
    first = synthetic_page(1, [
        (100, [(70, "具体举措"), (250, "牵头单位"), (320, "协同单位")]),
        (120, [(70, "1、" + filler(10)), (250, "省商务"), (320, "省人社厅")]),
        (135, [(70, filler(8, "。")), (250, "厅"), (320, "、省公安")]),
        (150, [(320, "厅")]),
        (170, [(70, "2、" + filler(10)), (250, "省教育"), (320, "省人社厅")]),
        (185, [(70, filler(12)), (250, "厅"), (320, "、省公安")]),
    ])
    second = synthetic_page(2, [  # row 2 goes on; its text's second sentence starts at 130
        (100, [(70, filler(12)), (320, "厅、省商")]),
        (115, [(70, filler(7, "。")), (320, "务厅、省")]),
        (130, [(70, filler(10)), (320, "委外办")]),
        (145, [(70, filler(4, "。"))]),
        (165, [(70, "3、" + filler(10)), (250, "省卫健"), (320, "省商务厅")]),
        (180, [(70, filler(6, "。")), (250, "委"), (320, "、各市县")]),
    ])
    rows = rows_of(layout_from_pages([first, second], "continued.pdf"))
    assert [row[0][:2] for row in rows] == ["具体", "1、", "2、", filler(2), "3、"]
    assert rows[3] == (filler(12) + filler(7, "。") + "\n" + filler(10) + "\n" + filler(4, "。"), "",
                       "厅、省商务厅、省委外办")


def test_a_cut_where_every_column_starts_afresh_after_its_paragraph_still_parts_rows():
    # no numbers, no white space between rows: the rows part where the text closes a sentence and
    # the 牵头单位 line before left room (a wrapped line ends at the column's edge)
    page = synthetic_page(1, [
        (100, [(70, "主要任务"), (250, "牵头单位")]),
        (120, [(70, filler(16)), (250, "省商务厅、省")]),
        (135, [(70, filler(6, "。")), (250, "发改委")]),
        (150, [(70, filler(16)), (250, "省教育厅、省")]),
        (165, [(70, filler(16))]),
        (180, [(70, filler(3, "。")), (250, "人社厅")]),
        (195, [(70, filler(9, "。")), (250, "省卫健委")]),
    ])
    assert rows_of(layout_from_pages([page], "fresh.pdf")) == [
        ("主要任务", "牵头单位"),
        (filler(16) + filler(6, "。"), "省商务厅、省发改委"),
        (filler(16) * 2 + filler(3, "。"), "省教育厅、省人社厅"),
        (filler(9, "。"), "省卫健委"),
    ]

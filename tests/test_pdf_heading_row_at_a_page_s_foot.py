"""A heading row across a table at a page's foot goes on in no column of the rows opening the next page.

A vertically merged cell that runs on over a page break is carried into the blank cells of the rows
opening the next page (pilotplans/parsers/pdf/grids.py: carry_merges_over_break). A heading printed
as a row of the table is one cell across every column, and each column holds a copy of it: it is
no column's cell going on down, and the rows under it start under it.

heading-row-at-a-page-s-foot-sparse-cooperating.pdf is the generated layout 4401422 (``python -m
tests.layouts 4401422 --out DIR``: three-line rules, heading rows, owner cells merged down the rows, a
协同单位 column blank in most rows: cooperating_cells sparse), printed by LibreOffice: 六、优化政策体系
is the last row of page 2, and 74 and 75 open page 3 blank in the 协同单位 column. Both were read with
the heading as their co-owner, silently.
"""

from __future__ import annotations

import pytest

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

HEADING_AT_THE_FOOT = FIXTURES / "tables" / "heading-row-at-a-page-s-foot-sparse-cooperating.pdf"
MERGED_DOWN_BLANK_ROWS = FIXTURES / "tables" / "zebra-cell-merged-over-a-break-down-blank-rows.pdf"
SPLIT_HEADING = FIXTURES / "tables" / "heading-row-split-over-a-page-break.pdf"
"""A grid table (python-docx, printed by LibreOffice, rows allowed to break across pages) of six heading
rows, each one cell across the table holding 进一步优化政务服务环境，全面推行审批事项清单管理， nine times
and 持续提升企业和群众办事便利度, over 7–11 numbered rows (序号, 工作任务, 牵头单位, 配合单位 blank in
most rows); the fourth heading row is cut by the break between pages 3 and 4."""


def test_the_rows_under_a_heading_row_at_a_page_s_foot_keep_their_blank_cells():
    measures = {m.number: m for m in read_document(HEADING_AT_THE_FOOT).measures}
    assert [(n, measures[n].cooperating) for n in (73, 74, 75, 76)] == [(73, None), (74, None), (75, None), (76, None)]
    assert [measures[n].heading_path for n in (73, 74)] == [["健全促进体系"], ["优化政策体系"]]


def test_a_cell_of_one_column_merged_over_a_page_break_is_still_carried_into_the_blank_rows_under_it():
    # trap 20000052: 牵头单位 民航局 merged over 45–50, from page 2 down page 3
    owners = {m.number: m.responsibility for m in read_document(MERGED_DOWN_BLANK_ROWS).measures if m.number in range(45, 51)}
    assert owners == dict.fromkeys(range(45, 51), "民航局")


def test_the_rows_under_a_heading_row_cut_by_a_page_break_keep_their_blank_cells():
    measures = {m.number: m for m in read_document(SPLIT_HEADING).measures}
    assert [measures[n].cooperating for n in (26, 27, 28)] == [None, "市司法局", None]


def test_a_heading_row_cut_by_a_page_break_is_read_whole():
    heading = "进一步优化政务服务环境，全面推行审批事项清单管理，" * 9 + "持续提升企业和群众办事便利度"
    measures = {m.number: m for m in read_document(SPLIT_HEADING).measures}
    assert measures[26].heading_path == [heading]

"""Blind round 6 (tests/fixtures/text-tables/blind6/KEY.md, committed before the reader ran): the one
unseen page of the family the `pages` corpus printed its table for, 崇川's 2023 progress report in
pipes a cell per line (ten header labels over rows of nine cells), is refused in one line, as the key
lets it be; it gives no owner, number or deadline that is not the page's."""

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

BLIND = FIXTURES / "text-tables" / "blind6"


def test_the_progress_report_in_pipes_is_refused_in_one_line():
    # the page has a header (序号 | 主要任务 | … a cell per line): the refusal says so, not "no header row"
    with pytest.raises(UnreadableFile, match="no task table or task list found: a table of one cell a row opening "
                                             "with 序号 \\(line 3\\), 35 rows, is a header and rows printed a cell per "
                                             "line whose cells no reader could match to its labels"):
        read_document(BLIND / "chongchuan-2023-progress-pipes.txt")


def test_a_page_of_one_cell_a_row_opening_with_no_number_label_is_refused_as_having_no_header(tmp_path):
    # the same page with its first label no number column's (项目 for 序号): no header is told of
    text = (BLIND / "chongchuan-2023-progress-pipes.txt").read_text(encoding="utf-8")
    page = tmp_path / "list.txt"
    page.write_text(text.replace("序号 |", "项目 |", 1), encoding="utf-8")
    with pytest.raises(UnreadableFile, match="no task table or task list found \\(no header row with"):
        read_document(page)

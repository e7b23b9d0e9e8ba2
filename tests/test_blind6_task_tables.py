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
    with pytest.raises(UnreadableFile, match="no task table or task list found"):
        read_document(BLIND / "chongchuan-2023-progress-pipes.txt")

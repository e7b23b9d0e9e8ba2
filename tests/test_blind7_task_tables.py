"""Blind round 7 (tests/fixtures/text-tables/blind7/KEY.md, committed before the reader ran): the one
unseen page the `pages` corpus printed its table for, 常熟's 2018 task breakdown, prints its header run
into the notice's last line (… 序号 名称 工作任务 牵头责任单位) and each row on one line, `number text
owner` separated by single spaces. Such a table's columns cannot be told from a sentence's spaces (a
table aligned with spaces only is read as paragraphs, README), and its rows name their owners with no
label or bracket: the document is refused in one line, as the key lets it be; it gives no owner, number
or deadline that is not the page's."""

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

BLIND = FIXTURES / "text-tables" / "blind7"


def test_the_breakdown_printed_a_row_a_line_is_refused_in_one_line():
    with pytest.raises(UnreadableFile, match="no task table or task list found \\(no header row with"):
        read_document(BLIND / "changshu-2018-rows-one-line-each.txt")

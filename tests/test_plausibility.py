"""Counting numbers and rows: a numbered task table read into records that mostly lack their
number is refused in one line; one where some lack it carries a warning; a sound reading is left
alone (pilotplans.ingest.plausibility, run by read_document)."""

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf import PdfSettings
from tests.conftest import FIXTURES

VARIANTS = FIXTURES / "variants"

def test_numbered_table_whose_records_mostly_lack_their_number_is_refused():
    # 序号 printed for three of eight measures: 5 records without a number
    path = FIXTURES / "numbered-table-numbers-lost.txt"
    with pytest.raises(UnreadableFile) as caught:
        read_document(path)
    assert str(caught.value) == (f"{path}: the rows of task table 1 could not be read: "
                                 "5 of its 8 records have no number in its 序号 column")

def test_rows_misread_in_part_carry_a_warning_on_the_document():
    # read with a line pitch too small for the table's, centred rows lose lines to rows of their own
    document = read_document(VARIANTS / "centred-numbers-landscape.pdf", settings=PdfSettings(pitch_max_em=1.0))
    # the header's wrapped labels lose their last lines too: the columns they no longer name say so
    assert [(w.code, w.message) for w in document.warnings] == [
        ("column_unlabelled", "row 2: column 1 (试点任) has a label no column role reads, and its text is not read: 务"),
        ("column_unlabelled", "row 2: column 4 (上级制定政策保障措) has a label no column role reads, and its text is not read: "
                              "施或支持和指导部门"),
        ("rows_unnumbered", "5 of the 21 records of table 1 have no number in its 序号 column: its rows may be misread"),
    ]

@pytest.mark.parametrize("name", ["centred-numbers-landscape", "horizontal-rules-hainan", "packed-cell-header-once"])
def test_a_sound_reading_gets_no_row_warning(name):
    codes = {w.code for w in read_document(VARIANTS / f"{name}.pdf").warnings}
    assert "rows_unnumbered" not in codes

def test_tables_without_a_number_column_are_not_counted():
    document = read_document(VARIANTS / "broken-task-2018.pdf")
    assert len(document.measures) == 21 and all(m.number is None for m in document.measures)
    assert "rows_unnumbered" not in {w.code for w in document.warnings}

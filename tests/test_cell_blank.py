"""A blank cell of a side column most measures of the table fill (完成时限, 责任领导, 上级部门;
``blank_warned`` in columns.toml) is warned ``cell_blank``: the source may leave it blank, but a reader
that lost the cell (merged over several rows, or broken by a page break and read under another row)
must not pass it off as an empty cell. Where half the measures or more leave a column blank, the
blanks are the column's habit and nothing is said; and a 备注 is said where there is something to
remark, so its blanks are never warned, however many measures print one.

blank-side-cells: 序号/具体举措/责任单位/责任领导/完成时限/备注, four measures; 3's 完成时限 blank
(three of four print one), 备注 printed for 2 alone; the same table as HTML, DOCX and the PDF
LibreOffice prints from the DOCX. remarks-mostly-filled.html: five measures, 备注 printed for three
(全国复制推广, 省内推广), 3's and 5's blank."""

import pytest

from pilotplans.errors import PilotplansError
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.columns import build_vocabulary, vocabulary
from tests.conftest import FIXTURES

FILES = ("blank-side-cells.html", "blank-side-cells.docx", "blank-side-cells.pdf")


def _blank(document) -> list[tuple[int, list[str]]]:
    return [(m.number, [w.message for w in m.warnings if w.code == "cell_blank"]) for m in document.measures]


@pytest.mark.parametrize("name", FILES)
def test_a_blank_deadline_among_filled_ones_is_warned_and_a_seldom_filled_remark_is_not(name):
    document = read_document(FIXTURES / "tables" / name)
    assert [m.deadline for m in document.measures] == ["2021年底前", "2021年6月底前", None, "长期坚持"]
    assert _blank(document) == [(1, []), (2, []), (3, [
        "the 完成时限 cell is blank, while 3 of the table's 4 measures print one (a blank in the source, or a cell"
        " the reading lost: merged over several measures, or broken by a page break)"]), (4, [])]


def test_a_blank_cell_of_a_column_half_the_measures_leave_blank_is_quiet():
    # blank-responsibility-cells-most: no side column; the 2018 national table: unnumbered, its merged
    # blank cells (——) real
    for path in (FIXTURES / "tables" / "blank-responsibility-cells-most.html", FIXTURES / "national-2018-approval.pdf"):
        document = read_document(path)
        assert [m.number for m in document.measures if any(w.code == "cell_blank" for w in m.warnings)] == []


def test_the_bundled_xiamen_table_s_blank_remarks_are_its_habit_and_quiet():
    # 备注 printed for 12 of 88 measures, 上级部门 for all
    document = read_document(FIXTURES / "xiamen-tasks.pdf")
    assert sum(bool(m.remarks) for m in document.measures) == 12
    assert [m.number for m in document.measures if any(w.code == "cell_blank" for w in m.warnings)] == []


def test_the_columns_whose_blanks_are_warned_are_the_side_columns_most_rows_fill():
    assert [entry.name for entry in vocabulary() if entry.blank_warned] == ["superior", "leader", "deadline"]


def test_a_blank_remark_is_quiet_where_most_measures_print_one():
    # the generated layouts 700034, 700080, 700093 and the trap 30000062 (slices of xiamen-2020, 备注
    # printed by 11 of 18, 13 of 21, 10 of 14 measures) read exactly, yet carried 27 cell_blank on their
    # blank remarks, and no 备注 warning fell on a record read wrongly
    document = read_document(FIXTURES / "tables" / "remarks-mostly-filled.html")
    assert [m.remarks for m in document.measures] == ["全国复制推广", "全国复制推广", None, "省内推广", None]
    assert [m.number for m in document.measures if any(w.code == "cell_blank" for w in m.warnings)] == []


def test_a_blank_warned_flag_that_is_not_true_or_false_is_refused():
    with pytest.raises(PilotplansError, match="blank_warned 'yes'; write true or false"):
        build_vocabulary('[[role]]\nname = "deadline"\nphrases = ["完成时限"]\nblank_warned = "yes"\n')

"""A flattened task table (one cell per line) whose 完成时限 column stands before the owners
(序号 | 工作任务 | 完成时限 | 责任单位), and a row that prints no deadline while its text wraps over two
lines with no punctuation at the break: the row holds as many lines as a complete row, so placed
one line per column the text's second line stood as the deadline, silently (main before the mend
read the fixture's last row 6 so: text 持续优化营商环境推行“一网通办”, deadline 压减企业开办和项目审批时限).

A deadline reads as one (a date, 长期坚持, 持续推进: ``vocabulary().is_deadline``). Where the line
placed as the deadline does not, while the text line before it ends no sentence, it goes on with
that text when the table's other rows all print deadlines that read as deadlines, or when it ends a
sentence itself (…时限。); the deadline cell is then read as empty and the row says so
(``Row.emptied``, warned ``cell_missing_inferred``).

The fixture (tests/fixtures/text-tables/flattened/district-last-row-no-deadline-wrapped.txt) is
district-deadline-before-owners.txt (see SOURCES.md there) with its last row printing no deadline."""

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text import read_text
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "text-tables" / "flattened" / "district-last-row-no-deadline-wrapped.txt"
HEADER = "序号\n工作任务\n完成时限\n责任单位\n"
FIRST = "1\n加强统筹。\n6月底前\n区商务局\n"
SECOND = "2\n完善机制。\n2021年底前\n区发改委\n"


def texts(grid):
    return [[cell.text for cell in row.cells] for row in grid.rows]


def test_a_last_row_printing_no_deadline_keeps_its_wrapped_text_whole():
    document = read_document(FIXTURE)
    last = document.measures[-1]
    assert (last.number, last.text, last.deadline, last.responsibility) == (
        6, "持续优化营商环境推行“一网通办”\n压减企业开办和项目审批时限", None, "区营商局")
    assert "cell_missing_inferred" in [w.code for w in last.warnings]


def test_the_rows_above_keep_their_deadlines():
    document = read_document(FIXTURE)
    assert [m.deadline for m in document.measures] == ["2021年底前", "10月底前", "常态化推进", "12月底前", "长期坚持", None]


def test_a_middle_row_printing_no_deadline_keeps_its_wrapped_text_whole():
    grid, = read_text(HEADER + FIRST + "2\n持续优化营商环境推行\n一网通办压减审批时限\n区营商局\n" + SECOND.replace("2", "3", 1), "t.txt").grids
    assert texts(grid)[2] == ["2", "持续优化营商环境推行\n一网通办压减审批时限", "", "区营商局"]
    assert grid.rows[2].emptied == (
        "row 2 (line 9) prints no 完成时限: the line where it would stand (一网通办压减审批时限, line 11) "
        "reads as no deadline and goes on the text above it, which ends no sentence; its 完成时限 cell read as empty")
    assert grid.rows[2].doubt is None


def test_a_line_ending_a_sentence_where_the_deadline_stands_goes_on_the_text():
    # was read warned: the sentence as the deadline, longer than the text
    grid, = read_text(HEADER + "1\n加强统筹推进\n各项改革落实。\n区商务局\n2\n完善机制。\n常态化推进\n区发改委\n", "t.txt").grids
    assert texts(grid)[1] == ["1", "加强统筹推进\n各项改革落实。", "", "区商务局"]


# Quiet: a deadline that reads as one, or a text ending its sentence, stays as placed.

def test_a_last_row_whose_deadline_reads_as_one_stays_as_placed():
    for deadline in ("2025年底前", "长期坚持", "持续推进"):
        grid, = read_text(HEADER + FIRST + SECOND + f"3\n持续优化营商环境推行\n{deadline}\n区营商局\n", "t.txt").grids
        assert texts(grid)[3] == ["3", "持续优化营商环境推行", deadline, "区营商局"]
        assert grid.rows[3].emptied is None


def test_a_deadline_going_on_past_its_date_stays_a_deadline_among_short_ones():
    # 2024年6月底前完成，并长期坚持 reads as no deadline whole, but its first clause does: it is the
    # row's deadline, longer than the others' (read as the text's wrapped line before the mend)
    rows = "1\n加强统筹\n2024年6月底前完成，并长期坚持\n区商务局\n" + SECOND + "3\n优化服务。\n年底前\n区公安局\n"
    grid, = read_text(HEADER + rows, "t.txt").grids
    assert texts(grid)[1] == ["1", "加强统筹", "2024年6月底前完成，并长期坚持", "区商务局"]
    assert grid.rows[1].emptied is None


def test_a_wrapped_line_opening_with_no_deadline_clause_still_goes_on_the_text():
    # the quiet side of the first-clause reading: 压减企业开办时限，提升效率 opens with no deadline
    rows = FIRST + SECOND + "3\n持续优化营商环境推行\n压减企业开办时限，提升效率\n区营商局\n"
    grid, = read_text(HEADER + rows, "t.txt").grids
    assert texts(grid)[3] == ["3", "持续优化营商环境推行\n压减企业开办时限，提升效率", "", "区营商局"]


def test_a_deadline_the_vocabulary_does_not_know_after_a_finished_sentence_stays_as_placed():
    grid, = read_text(HEADER + FIRST + SECOND + "3\n优化服务。\n常态化推进\n区公安局\n", "t.txt").grids
    assert texts(grid)[3] == ["3", "优化服务。", "常态化推进", "区公安局"]


def test_a_deadline_the_vocabulary_does_not_know_stays_where_other_rows_print_such_deadlines_too():
    # 按年度推进 above is no deadline of the vocabulary either: the table's deadlines are not all
    # dates, so an unknown wording after an unpunctuated text is kept as its deadline
    grid, = read_text(HEADER + FIRST + "2\n完善机制\n按年度推进\n区发改委\n" + "3\n优化服务\n常态化推进\n区公安局\n", "t.txt").grids
    assert texts(grid)[2] == ["2", "完善机制", "按年度推进", "区发改委"]
    assert texts(grid)[3] == ["3", "优化服务", "常态化推进", "区公安局"]


def test_a_longer_unknown_deadline_stays_where_most_deadlines_are_unknown_wordings():
    # the length rule holds only where the table's deadlines mostly read as deadlines: here none
    # does, and 按照省市统一部署推进, longer than each, is this row's deadline (emptied before the mend)
    rows = "1\n加强统筹\n常态化推进\n区商务局\n2\n完善机制\n按年度推进\n区发改委\n3\n优化服务\n按照省市统一部署推进\n区公安局\n"
    grid, = read_text(HEADER + rows, "t.txt").grids
    assert texts(grid)[3] == ["3", "优化服务", "按照省市统一部署推进", "区公安局"]
    assert grid.rows[3].emptied is None


def test_a_deadline_column_printed_last_is_read_as_before():
    header = "序号\n工作任务\n责任单位\n完成时限\n"
    rows = "1\n加强统筹。\n区商务局\n6月底前\n2\n持续优化营商环境推行\n一网通办压减审批时限\n区营商局\n3\n完善机制。\n区发改委\n2021年底前\n"
    grid, = read_text(header + rows, "t.txt").grids
    assert texts(grid)[2] == ["2", "持续优化营商环境推行\n一网通办压减审批时限", "区营商局", ""]

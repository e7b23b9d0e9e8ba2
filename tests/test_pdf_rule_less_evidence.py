"""A PDF task table without rules between its rows is read by what its page decides where the
cheapest rows contradict it (pilotplans/parsers/pdf/aligned/evidence.py): regular gaps wider than
the line pitch part rows; a 序号 number printed apart from the cells marks its row's first line,
the last numbered row running to the table's end; a header ends at its labels. Where that evidence
is not whole, the contradiction is named ``rows_uncertain`` (aligned/uncertain.py), never read a
line off in silence.

Pages come from tests/rule_less_tables.py (glyphs as in tests/test_read_pdf.py: 10 pt text, 13 pt
pitch, 21 pt between rows where a gap parts them; text from the 2020 State Council task table).
"""

from __future__ import annotations

import re

from pilotplans.parsers.interpret import DocumentHints, interpret
from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.schema.models import SourceFile
from tests.rule_less_tables import DEADLINE_X, NUMBER_X, OWNER_X, PITCH, TEXT_X, Case, expected, page_lines
from tests.test_read_pdf import synthetic_page

Lines = list[tuple[float, list[tuple[float, str]]]]


def _read(lines: Lines) -> tuple[list[tuple[str | None, str, str | None, str | None]], list[tuple[str, str]]]:
    layout = layout_from_pages([synthetic_page(1, lines)], "e.pdf")
    source = SourceFile(path="e.pdf", name="e.pdf", sha256="0" * 64, format="pdf", size=0)
    document = interpret(layout, source, DocumentHints(id="e"))
    measures = [(measure.number_raw, re.sub(r"\s", "", measure.text), measure.responsibility, measure.deadline)
                for measure in document.measures]
    return measures, [(caution.code, caution.message) for caution in layout.cautions]


def _typeset(case: Case) -> list[tuple[str | None, str, str | None, str | None]]:
    return [(row.number, row.text, row.owner, row.deadline) for row in expected(case)]


# fires: the evidence decides, and the rows are read from it


def test_owners_centred_between_wider_gaps_are_read_from_gap_to_gap():
    case = Case("centre", "closed", "none", "gap", 1, 1)
    measures, cautions = _read(page_lines(case))
    assert (measures, cautions) == (_typeset(case), [])
    assert measures[0] == (None, "更加到位的服务业与贸易管理体制。展统筹协调机制重点强化决策功能。单位和相关负责部门共同负责推进；",
                           "商务部", "2024年底前")


def test_cells_on_each_rows_last_line_between_wider_gaps_stay_in_their_row():
    case = Case("last", "closed", "none", "gap", 2, 2)
    assert _read(page_lines(case)) == (_typeset(case), [])


def test_a_number_on_each_rows_first_line_beside_centred_cells_keeps_the_last_row_whole():
    case = Case("centre", "closed", "first", "even", 1, 1)
    measures, cautions = _read(page_lines(case))
    assert (measures, cautions) == (_typeset(case), [])
    assert measures[-1] == ("5", "教育部制订政策保障措施；委托各直属海关办理。商务部制订政策保障措施；", "税务总局", "长期坚持")


def test_a_number_on_each_rows_first_line_gives_cells_on_its_last_line_to_that_row():
    case = Case("last", "closed", "first", "even", 1, 2)
    assert _read(page_lines(case)) == (_typeset(case), [])


def test_a_header_wrapped_over_two_lines_ends_at_its_labels_above_the_first_number():
    case = Case("last", "full", "first", "even", 2, 1)
    assert _read(page_lines(case)) == (_typeset(case), [])


# fires: the evidence is not whole, and the contradiction is named


def _two_rows_at_the_pitch() -> Lines:
    """Numbers and cells on each row's last line, rows parted by 21 pt gaps, but rows 2 and 3 printed
    13 pt apart: the gap between them is missing, so that block holds two numbers."""
    lines = page_lines(Case("last", "closed", "anchor", "gap", 1, 1))
    return [(top - 8.0 if top >= 215.0 else top, pieces) for top, pieces in lines]


def test_a_gap_inside_a_row_as_read_names_the_rows_uncertain_where_a_gap_block_holds_two_numbers():
    _measures, cautions = _read(_two_rows_at_the_pitch())
    assert [code for code, _message in cautions] == ["rows_uncertain"]
    assert cautions[0][1].endswith(
        "rows 3, 5, 6 of a table without rules hold a gap wider than the line pitch where the table's other "
        "gaps of that size part its rows: the rows' cells may sit at their centre or bottom, and the rows' text "
        "be cut a line off")


def _deadline_on_a_number_line() -> Lines:
    """Numbers on each row's first line, cells on its last, but row 3's deadline printed beside its number:
    that number no longer prints apart from the cells."""
    lines = page_lines(Case("last", "closed", "first", "even", 1, 1))
    third = next(top for top, pieces in lines if any(text == "3" for _x, text in pieces))
    moved = (DEADLINE_X, "持续推进")
    return [(top, sorted([piece for piece in pieces if piece != moved] + ([moved] if top == third else [])))
            for top, pieces in lines]


def test_numbers_read_at_the_top_of_one_row_and_lower_in_others_name_the_rows_uncertain():
    _measures, cautions = _read(_deadline_on_a_number_line())
    assert cautions == [("rows_uncertain", "page 1: rows of a table without rules read with their 序号 number on "
                         "their first line (1) and lower (3): the numbers sit one way in every row, so the rows "
                         "may be cut a line off and cells given to the next row")]


# quiet: near misses


def test_gaps_of_several_sizes_are_not_taken_as_row_edges():
    """Rows at their top, parted by 21 pt, one gap 26 pt (a heading set apart, paragraph spacing): not
    judged, read as before, no caution."""
    case = Case("first", "closed", "none", "gap", 1, 1)
    lines = page_lines(case)
    third = sorted({top for top, _pieces in lines})[7]  # row 3's first line
    wider = [(top + 5.0 if top >= third else top, pieces) for top, pieces in lines]
    assert _read(wider) == (_typeset(case), [])


def test_numbers_sitting_with_centred_cells_are_not_taken_as_row_tops():
    """A number beside the owner and deadline shows nothing of its row's top: the rows stay as the
    cheapest reading cuts them, named uncertain as before."""
    case = Case("centre", "closed", "anchor", "even", 1, 1)
    measures, cautions = _read(page_lines(case))
    assert measures != _typeset(case)
    assert [code for code, _message in cautions] == ["rows_uncertain"]
    assert "numbers sit with its cells" in cautions[0][1]


def test_cells_at_the_top_between_wider_gaps_read_as_before():
    case = Case("first", "closed", "first", "gap", 2, 2)
    assert _read(page_lines(case)) == (_typeset(case), [])


# a block between gaps that is no row (r_pdfrows40): the gaps are not read as rows' edges


def _paragraph_gap_in_row_three(case: Case) -> Lines:
    """Row 3's text set with a paragraph gap of the rows' size (8 pt over the pitch) after its first
    line: the block under that gap prints the text column alone."""
    lines = page_lines(case)
    second_line = sorted({top for top, _pieces in lines})[case.header + 7]
    return [(top + 8.0 if top >= second_line else top, pieces) for top, pieces in lines]


def test_a_paragraph_gap_of_the_rows_size_inside_a_cell_does_not_split_its_row():
    case = Case("first", "closed", "first", "gap", 1, 1)
    assert _read(_paragraph_gap_in_row_three(case)) == (_typeset(case), [])


def _gap_missing_between_rows_two_and_three(case: Case) -> Lines:
    """Rows parted by 21 pt gaps, but rows 2 and 3 printed 13 pt apart."""
    lines = page_lines(case)
    row_three = sorted({top for top, _pieces in lines})[case.header + 6]
    return [(top - 8.0 if top >= row_three else top, pieces) for top, pieces in lines]


def test_two_rows_printed_at_the_pitch_between_gaps_stay_two_rows():
    """Cells at each row's top, no numbers: the block between gaps prints two owners and two
    deadlines, so it is two rows, not one, and its cut at the pitch is no contradiction."""
    case = Case("first", "closed", "none", "gap", 1, 1)
    assert _read(_gap_missing_between_rows_two_and_three(case)) == (_typeset(case), [])


def test_a_row_cut_at_the_pitch_inside_a_block_printing_its_cells_once_is_named():
    """Centred cells, no numbers, the gap between rows 2 and 3 missing: the gaps decide no rows (a
    block prints two rows' cells), and the cheapest rows cut row 5's block at the pitch."""
    case = Case("centre", "closed", "none", "gap", 1, 1)
    measures, cautions = _read(_gap_missing_between_rows_two_and_three(case))
    assert measures != _typeset(case)
    assert cautions == [("rows_uncertain", "page 1: row 8 of a table without rules, whose rows gaps wider than the "
                         "line pitch part, begins at the pitch, with no gap: the rows' cells may sit at their centre "
                         "or bottom, and one row's text be cut in two")]


# the last numbered row lacking its cells (uncertain.numbers_doubt), where the numbers cannot decide


def _line_under_the_header(case: Case) -> Lines:
    """A line of text (按任务分工排列) between the header and row 1's number: the numbers no longer
    open the body, so they do not decide its rows."""
    lines = page_lines(case)
    return [lines[0], (lines[1][0], [(TEXT_X, "（按任务分工排列）")])] + [(top + PITCH, pieces) for top, pieces in lines[1:]]


def test_a_closed_last_numbered_row_without_cells_before_a_bare_row_printing_them_is_named():
    measures, cautions = _read(_line_under_the_header(Case("centre", "closed", "first", "even", 1, 1)))
    assert measures[-2:] == [("5", "教育部制订政策保障措施；", None, None),
                             (None, "委托各直属海关办理。商务部制订政策保障措施；", "税务总局", "长期坚持")]
    assert cautions == [("rows_uncertain", "page 1: row 6 of a table without rules, its last numbered row, prints "
                         "none of the cells every other numbered row prints, and a row without a number after it "
                         "prints them: that row's text may be cut in two")]


def test_a_last_numbered_row_printing_its_cells_is_not_named():
    """The same page, row 5's owner and deadline printed on its number's line."""
    case = Case("centre", "closed", "first", "even", 1, 1)
    lines = _line_under_the_header(case)
    five = next(top for top, pieces in lines if (NUMBER_X, "5") in pieces)
    cells = [(OWNER_X, "税务总局"), (DEADLINE_X, "长期坚持")]
    moved = [(top, sorted([piece for piece in pieces if piece not in cells] + (cells if top == five else [])))
             for top, pieces in lines]
    assert _read(moved) == (_typeset(case), [])

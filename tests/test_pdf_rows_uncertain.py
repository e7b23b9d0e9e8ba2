"""A PDF text table without rules or numbers whose cells may sit at their rows' centre is named
rows_uncertain, not read a line off in silence: owners and deadlines centred beside rows of three
closed lines (the owner on each row's middle line, even 13 pt pitch) were read with every row's
text a line off, exit 0 and no warning (tables38's synthetic page (B)). The first row tells: read
with cells at the top, it prints its text alone beside none of the cells every other row prints.

Pages are built from glyphs as in tests/test_read_pdf.py: 10 pt text, no rules.
"""

from __future__ import annotations

from pilotplans.parsers.pdf import layout_from_pages
from tests.rule_less_tables import Case, page_lines
from tests.test_read_pdf import filler, synthetic_page

OWNERS = ("商务部", "财政部", "海关总署", "科技部", "税务总局")
HEADER = (100, [(100, "具体举措"), (320, "责任单位"), (400, "完成时限")])


def _page(owner_line: int) -> list[tuple[float, list[tuple[float, str]]]]:
    """Five rows of three closed lines at an even 13 pt pitch, each row's owner and deadline beside
    its line ``owner_line`` (0: the first, 1: the middle)."""
    lines = [HEADER]
    for index, owner in enumerate(OWNERS):
        top = 115.0 + 39 * index
        texts = [filler(12, "。"), filler(10, "。"), filler(9, "。")]
        for at, text in enumerate(texts):
            pieces = [(100.0, text)] + ([(320.0, owner), (400.0, "2024年")] if at == owner_line else [])
            lines.append((top + 13 * at, pieces))
    return lines


def _cautions(lines: list[tuple[float, list[tuple[float, str]]]]) -> list[tuple[str, str]]:
    layout = layout_from_pages([synthetic_page(1, lines)], "s.pdf")
    return [(caution.code, caution.message) for caution in layout.cautions]


def test_owners_centred_beside_closed_lines_name_the_rows_uncertain():
    assert _cautions(_page(owner_line=1)) == [(
        "rows_uncertain",
        "page 1: rows 2–7 of a table without rules or numbers: the first row under the header prints its "
        "text alone, beside none of the cells every other row prints, so the rows' cells may sit at their "
        "centre and every row's text be read a line off")]


def test_owners_on_each_rows_first_line_are_no_doubt():
    # near miss: the same rows with their cells at the top: the first row prints its owner
    assert _cautions(_page(owner_line=0)) == []


def _under_a_heading(heading: str) -> list[tuple[float, list[tuple[float, str]]]]:
    """A section heading printed alone under the header, then five rows of three closed lines, each
    row's owner and deadline beside its first line."""
    lines = [HEADER, (115.0, [(100.0, heading)])]
    for index, owner in enumerate(OWNERS):
        top = 128.0 + 39 * index
        lines += [(top, [(100.0, filler(12, "。")), (320.0, owner), (400.0, "2024年")]),
                  (top + 13, [(100.0, filler(10, "。"))]), (top + 26, [(100.0, filler(9, "。"))])]
    return lines


def test_a_section_heading_printed_alone_under_the_header_is_no_doubt():
    # near miss: the first row under the header prints its text alone, but it is a heading
    # (一、…), not a measure's first line cut off its row: the rows below are read right
    assert _cautions(_under_a_heading("一、优化营商环境")) == []


def test_a_parenthesised_section_heading_under_the_header_is_no_doubt():
    assert _cautions(_under_a_heading("（一）优化营商环境")) == []


def _generated(anchor: str, number: str, header: int) -> list[tuple[str, str]]:
    """The cautions of a generated rule-less table (tests/rule_less_tables.py): five rows of three
    closed lines at an even pitch, one-line owners."""
    return _cautions(page_lines(Case(anchor, "closed", number, "even", header, 1)))


def test_owners_centred_under_labels_wrapped_over_two_lines_name_the_rows_uncertain():
    # 具体举措 | 责任单位 | 完成 over 时限: the header's labels read column by column
    assert [code for code, _message in _generated("centre", "none", 2)] == ["rows_uncertain"]


def test_owners_at_the_top_under_labels_wrapped_over_two_lines_are_no_doubt():
    # near miss: the same header over rows whose cells sit on their first line
    assert _generated("first", "none", 2) == []


def test_numbers_centred_with_the_owners_name_the_rows_uncertain():
    # a 序号 column whose numbers sit with the cells, at the rows' centre: the first row prints no
    # number, every other row one; the numbers prove no row's top
    assert [code for code, _message in _generated("centre", "anchor", 1)] == ["rows_uncertain"]


def test_a_number_on_each_rows_first_line_beside_centred_owners_is_no_doubt():
    # near miss: the number on the row's first line shows where each row begins
    assert _generated("centre", "first", 1) == []


def test_owners_of_two_lines_centred_on_rows_of_four_name_the_rows_uncertain():
    # read at the top, rows printing cells alternate with rows printing text alone, the first and
    # the last among them
    assert _cautions(page_lines(Case("centre", "closed", "none", "even", 1, 2))) == [(
        "rows_uncertain",
        "page 1: rows 2–12 of a table without rules or numbers: the first and the last rows under the header "
        "print their text alone, rows printing cells between them, so the rows' cells may sit at their centre "
        "and the rows' text be cut a line off")]


def test_owners_of_two_lines_centred_beside_a_number_on_each_rows_first_line_are_no_doubt():
    # near miss: the same rows, each printing its number on its first line: the numbers show where
    # the rows begin (read right), and nothing is named
    assert _cautions(page_lines(Case("centre", "closed", "first", "even", 1, 2))) == []


def _numbered_rows(top: float, first: int, count: int) -> list[tuple[float, list[tuple[float, str]]]]:
    """``count`` numbered rows of three closed lines from ``top``, each row's number, owner and
    deadline on its first line (cells at the top)."""
    lines = []
    for index in range(count):
        at = top + 39 * index
        lines += [(at, [(70.0, str(first + index)), (100.0, filler(12, "。")), (320.0, OWNERS[index]),
                        (400.0, "2024年")]),
                  (at + 13, [(100.0, filler(10, "。"))]), (at + 26, [(100.0, filler(9, "。"))])]
    return lines


NUMBERED_HEADER = (100.0, [(70.0, "序号"), (100.0, "具体举措"), (320.0, "责任单位"), (400.0, "完成时限")])


def test_the_rest_of_a_row_opening_a_continued_numbered_page_is_no_doubt():
    # near miss of the numbers-with-the-cells form: page 2 repeats the header, then prints the rest
    # of row 4 (its text alone, closing its sentence, no number) above rows 5–8 numbered at their
    # top: the first row prints no number and every other row one, yet it is the row the page
    # break cut, read on with row 4, not a table whose numbers sit at the rows' centre
    first = [NUMBERED_HEADER, *_numbered_rows(115.0, 1, 4), (271.0, [(100.0, filler(20))])]
    second = [NUMBERED_HEADER, (115.0, [(100.0, filler(6, "。"))]), *_numbered_rows(128.0, 5, 4)]
    layout = layout_from_pages([synthetic_page(1, first), synthetic_page(2, second)], "s.pdf")
    assert [caution.code for caution in layout.cautions] == []


def test_a_numbered_page_whose_first_row_prints_its_text_alone_names_the_numbers_with_the_cells():
    # the same page standing alone (no table before it to go on with): the rows may be cut a line off
    page = [NUMBERED_HEADER, (115.0, [(100.0, filler(6, "。"))]), *_numbered_rows(128.0, 5, 4)]
    assert _cautions(page) == [(
        "rows_uncertain",
        "page 1: rows 2–6 of a table without rules whose numbers sit with its cells: the first row under the "
        "header prints its text alone, beside none of the cells every other row prints, so the rows' cells "
        "may sit at their centre and every row's text be read a line off")]

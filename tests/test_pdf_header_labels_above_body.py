"""A PDF text table's header (no rules between rows) ends at its labels' line where the line under
it prints the body: a first row printing its owner and deadline on its first line, every line of
its text a closed sentence, 15 pt under 具体举措 | 责任单位 | 完成时限, was read into the header
(4 measures of 5, the first row's text taken for labels; tables38's synthetic page (A)).

Pages are built from glyphs as in tests/test_read_pdf.py: 10 pt text, 13 pt pitch, no rules.
"""

from __future__ import annotations

from pilotplans.parsers.interpret import DocumentHints, interpret
from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.schema.models import SourceFile
from tests.test_read_pdf import filler, rows_of, synthetic_page

OWNERS = ("商务部", "财政部", "海关总署", "科技部", "税务总局")
HEADER = (100, [(100, "具体举措"), (320, "责任单位"), (400, "完成时限")])


def _page(first: str, pitch: float = 13.0) -> list[tuple[float, list[tuple[float, str]]]]:
    """Five rows of three lines at an even ``pitch``, each row's owner and deadline on its first
    line, ``first`` that line's text (the other two close sentences)."""
    lines = [HEADER]
    top = 115.0
    for owner in OWNERS:
        lines += [(top, [(100, first), (320, owner), (400, "2024年")]),
                  (top + pitch, [(100, filler(10, "。"))]), (top + 2 * pitch, [(100, filler(9, "。"))])]
        top += 3 * pitch
    return lines


def _measures(lines: list[tuple[float, list[tuple[float, str]]]]) -> list[tuple[str, str | None]]:
    layout = layout_from_pages([synthetic_page(1, lines)], "s.pdf")
    source = SourceFile(path="s.pdf", name="s.pdf", sha256="0" * 64, format="pdf", size=0)
    document = interpret(layout, source, DocumentHints(id="s"))
    return [(measure.text, measure.responsibility) for measure in document.measures]


def test_a_first_row_of_closed_sentences_under_the_labels_is_a_row_not_the_header():
    lines = _page(filler(12, "。"))
    layout = layout_from_pages([synthetic_page(1, lines)], "s.pdf")
    assert rows_of(layout)[0] == ("具体举措", "责任单位", "完成时限")
    text = filler(12, "。") + filler(10, "。") + "\n" + filler(9, "。")
    assert _measures(lines) == [(text, owner) for owner in OWNERS]


def test_a_first_line_running_on_under_the_labels_reads_as_before():
    # near miss: the first row's first line is full (no sentence closed; 16 pt pitch, the labels
    # 25 pt above): the rule proves no header's bottom, and the rows read as they did without it
    lines = [(90, HEADER[1])]
    for index, owner in enumerate(OWNERS):
        top = 115.0 + 48 * index
        lines += [(top, [(100, filler(20)), (320, owner), (400, "2024年")]),
                  (top + 16, [(100, filler(20))]), (top + 32, [(100, filler(9, "。"))])]
    text = filler(20) + filler(20) + filler(9, "。")
    assert _measures(lines) == [(text, owner) for owner in OWNERS]


def test_a_row_of_column_numbers_under_the_labels_is_no_measure():
    # near miss: a line of bare column numbers (1 | 2 | 3) under the labels opens items but closes
    # no sentence: it proves no header's bottom (cut there, it was read as a measure of its own,
    # owner 2, deadline 3); the five rows keep their owners
    lines = [HEADER, (113, [(100, "1"), (320, "2"), (400, "3")])]
    for index, owner in enumerate(OWNERS):
        top = 128.0 + 39 * index
        lines += [(top, [(100, filler(12, "。")), (320, owner), (400, "2024年")]),
                  (top + 13, [(100, filler(10, "。"))]), (top + 26, [(100, filler(9, "。"))])]
    assert [owner for _text, owner in _measures(lines)] == list(OWNERS)

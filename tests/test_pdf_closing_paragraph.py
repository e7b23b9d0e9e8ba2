"""A paragraph printed right after a task table with no rules, its text column at the page margin,
with no gap of its own: the text reader took its first line, running across the table's columns
from the table's left edge, for a heading row spanning them, and its short last line, within the
text column, for a row under that heading, so the closing sentence was read as two more measures
bearing the last row's units (exit 0, no warning). Full lines across the columns that wrap into
the run's last line from the same left edge are a paragraph after the table: the table ends above
them.

``variants/closing-paragraph-borderless.pdf`` and ``variants/closing-sentence-borderless.pdf`` are
printed by tests/fixtures/variants/make_variants.py (``closing_paragraph_docx``): 具体举措 | 责任单位,
no rules, a one-line heading row spanning both columns, rows going on under it, a last row
wrapping over two lines, then the closing paragraph or a one-line closing sentence."""

from __future__ import annotations

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf import read_pdf
from tests.conftest import FIXTURES
from tests.fixtures.variants import make_variants as variants

PARAGRAPH = FIXTURES / "variants" / "closing-paragraph-borderless.pdf"
SENTENCE = FIXTURES / "variants" / "closing-sentence-borderless.pdf"
HEADING = "提升服务贸易便利化水平，优化外籍人员来华工作许可和居留许可办理流程"


def test_a_closing_paragraph_across_the_columns_is_no_row_of_the_table():
    document = read_document(PARAGRAPH)
    assert [(m.position, m.text, m.responsibility) for m in document.measures] == [
        (1, variants.CLOSING_ROWS[0][0], "市商务局"),
        (2, variants.CLOSING_ROWS[1][0], "市市场监管局"),
        (3, variants.CLOSING_ROWS[3][0], "市金融监管局"),
        (4, variants.CLOSING_ROWS[4][0], "市科技局、市公安局"),
    ]


def test_the_closing_paragraph_is_read_as_the_paragraph_after_the_table():
    layout = read_pdf(PARAGRAPH.read_bytes(), PARAGRAPH.name)
    assert [type(block).__name__ for block in layout.blocks] == ["Paragraph", "Grid", "Paragraph"]
    assert [p.text for p in layout.paragraphs] == ["服务贸易创新发展试点任务分工", variants.CLOSING_PARAGRAPH]


def test_a_heading_row_across_the_columns_with_rows_under_it_stays_in_the_table():
    document = read_document(PARAGRAPH)
    assert [m.heading_title for m in document.measures] == [None, None, HEADING, HEADING]


def test_the_last_row_wrapping_over_two_lines_stays_whole():
    # its two lines end at 219.5; the paragraph's first line begins at 225.9
    last = read_document(PARAGRAPH).measures[-1]
    assert (last.text, last.responsibility, last.source.bbox[3]) == (
        variants.CLOSING_ROWS[4][0], "市科技局、市公安局", 220.5)


@pytest.mark.xfail(strict=True, reason=(
    "a one-line closing sentence inside the text column (at the page margin, no indent, no gap) "
    "shows nothing a wrapped line of the last row would not: it is still joined to that row"))
def test_a_closing_sentence_within_the_text_column_is_no_part_of_the_last_row():
    last = read_document(SENTENCE).measures[-1]
    assert last.text == variants.CLOSING_ROWS[4][0]

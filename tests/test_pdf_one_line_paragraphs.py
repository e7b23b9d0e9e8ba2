"""A PDF page of one-line paragraphs shows no right edge of its text column: the longest of its lines
is no full line, and the line under it is no wrapped end (tests/fixtures/formats-agree: the PDF of a
real page's shape, items with their owners on a bare line under them)."""

from __future__ import annotations

from pathlib import Path

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf.lines import TextLine
from pilotplans.parsers.pdf.paragraphs import column_right

FIXTURES = Path(__file__).parent / "fixtures"
A4_WIDTH = 595.3


def _line(x0: float, x1: float, top: float, text: str = "加强统筹调度。") -> TextLine:
    return TextLine(glyphs=(), text=text, x0=x0, top=top, x1=x1, bottom=top + 14.0, size=14.0)


def test_a_page_of_one_line_paragraphs_ends_its_column_at_the_mirrored_margin() -> None:
    lines = [_line(62.5, 146.5, 87.6), _line(90.5, 384.5, 133.8), _line(90.5, 426.5, 272.4), _line(90.5, 146.5, 295.5)]
    assert column_right(lines, A4_WIDTH) == A4_WIDTH - 62.5


def test_a_lone_longest_line_ending_mid_sentence_is_the_edge() -> None:
    lines = [_line(90.5, 426.5, 87.6, "试点任务具体举措"), _line(90.5, 300.0, 110.7)]
    assert column_right(lines, A4_WIDTH) == 426.5


def test_one_full_line_near_the_mirrored_margin_is_the_edge() -> None:
    lines = [_line(62.5, 146.5, 87.6), _line(90.5, 530.1, 133.8), _line(62.5, 300.0, 156.9)]
    assert column_right(lines, A4_WIDTH) == 530.1


def test_a_narrow_column_two_full_lines_show_is_the_edge() -> None:
    lines = [_line(62.5, 426.5, 87.6), _line(62.5, 426.5, 110.7), _line(62.5, 200.0, 133.8)]
    assert column_right(lines, A4_WIDTH) == 426.5


def test_an_owners_line_under_the_longest_item_stays_its_own_paragraph() -> None:
    # before: 完善社区商业网点布局，推进一刻钟便民生活圈建设。区商务局 — the owners run into the
    # item's text, and the item read with no owner, silently
    document = read_document(FIXTURES / "formats-agree" / "body-line-after-item.pdf")
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "举办促消费活动，发放消费券，激发消费潜力。", "区商务局、区财政局"),
        (2, "培育夜间经济，打造特色街区。", "区商务局、区文旅局"),
        (3, "完善社区商业网点布局，推进一刻钟便民生活圈建设。", "区商务局"),
        (4, "加强统筹调度，按季度通报进展。", "区商务局"),
    ]

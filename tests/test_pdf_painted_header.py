"""A header painted apart from the rows of a text table without rules shows where it ends: the
bottom of its band parts the header's last line from the first row's, even where that line's
glyph box (its ascent) reaches into the band. The heights are those of the generated layout
7300056 (``python -m tests.layouts 7300056 --out DIR``: no rules, the header alone shaded, AR PL
UMing 12 pt), whose header was read joined to the first row; the layout itself is read in
tests/test_generated_layouts.py (PARTLY_MENDED)."""

from __future__ import annotations

from pilotplans.parsers.pdf.aligned.columns import Band
from pilotplans.parsers.pdf.aligned.rules import painted_top_end
from pilotplans.parsers.pdf.content import Rule
from pilotplans.parsers.pdf.lines import TextLine

LEFT, RIGHT = 57.0, 774.0


def band(text: str, top: float, size: float = 12.0) -> Band:
    line = TextLine((), text, LEFT + 5, top, RIGHT - 5, top + size, size)
    return Band(line, (line,))


def paint(top: float, bottom: float) -> tuple[Rule, Rule]:
    """The top and bottom edges of a band painted across the table (paint below the top, above the bottom)."""
    return (Rule(LEFT, top, RIGHT, top, painted=True, paint_below=((LEFT, RIGHT, True),)),
            Rule(LEFT, bottom, RIGHT, bottom, painted=True, paint_below=((LEFT, RIGHT, False),)))


LINES = [band("序号具体措施完成时间备注牵头单位协办单位", 128.8), band("允许以中外共同捐资方式，按相关规定举办非", 143.4),
         band("营利性医疗机构，符合条件的可依法登记为民", 157.8)]


def test_a_painted_header_ends_before_a_line_reaching_into_its_band():
    # the band's bottom (144.6) lies 1.2 pt below the first row's line's top (143.4), above its middle
    assert painted_top_end(LINES, paint(130.0, 144.6)) == 1


def test_a_header_of_two_lines_ends_after_both():
    lines = [band("序号具体措施完成时间备", 128.8), band("注", 142.0), *(band(b.line.text, b.line.top + 14) for b in LINES[1:])]
    assert painted_top_end(lines, paint(130.0, 158.0)) == 2


def test_drawn_rules_are_no_paint():
    top, bottom = paint(130.0, 144.6)
    drawn = [Rule(r.x0, r.top, r.x1, r.bottom) for r in (top, bottom)]
    assert painted_top_end(LINES, drawn) is None


def test_a_band_painted_under_the_first_line_is_no_header_s():
    # zebra rows painting the second row: the first line is not under the paint
    assert painted_top_end(LINES, paint(142.0, 171.0)) is None


def test_a_band_covering_every_line_ends_no_header():
    assert painted_top_end(LINES, paint(128.0, 172.0)) is None


def test_a_band_painted_above_the_table_ends_no_header_of_it():
    # a banner or caption shaded above the table (its bottom 124.0 above the first line), the first
    # line unpainted, and a row highlighted further down: the highlight's bottom is no header's end
    lines = [*LINES, band("实行医疗机构执业许可告知承诺制", 172.2)]
    assert painted_top_end(lines, (*paint(104.0, 124.0), *paint(142.0, 171.0))) is None


def test_a_header_painted_right_under_a_banner_still_ends_where_its_paint_ends():
    # the banner's bottom and the header's top at one height (124.0): the first line is in paint
    assert painted_top_end(LINES, (*paint(104.0, 124.0), *paint(124.0, 144.6))) == 1

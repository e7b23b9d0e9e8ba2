"""A grid cell that set its row's height ends in that row: a merged cell opening the next page below its row's text is its own.

A grid draws a cell merged over rows with no rule inside it. Where such a cell opens the page after a
break with a line that seems to go on from the full last line of the cell above it (every line of a
column a character wide is full), the two were read as one cell going on over the break. A cell
merged over the rows after it and cut by the break is cut where its row's other cells end it (a row
grows for its own cells; a merged cell's rows grow for it at its last), its last line no lower than
theirs. A cell covering its row alone whose text runs below every other cell of its row set the
row's height and ends there, so the cell opening the next page, under a row of its own, is one of
its own where it begins below that row's text (the rest of a cell a page break cuts prints from its
part's top): generated layout 1700838 (tests/test_generated_layouts.py): 时限要求 a character wide ends
试点期内 at page 5's foot, 持续推进 merged over 76–77 opening page 6, read 试点期内持续推进 for all
three, silently.

Pages are built as in tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide."""

from __future__ import annotations

from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.content import PageContent, Rule
from tests.test_read_pdf import rows_of, synthetic_page

LEFT, RIGHT, COLUMNS = 60.0, 316.0, (100.0, 302.0)
HEADER = [(65, [(70, "序号"), (110, "具体举措"), (304, "时")]), (78, [(304, "限")])]
ABOVE = "试点期内"
OPENING = "持续推进"


def stack(top: float, text: str) -> list[tuple[float, list[tuple[float, str]]]]:
    """``text`` down the narrow column, a character a line from ``top``."""
    return [(top + 13 * i, [(304, char)]) for i, char in enumerate(text)]


def grid(lines, between: tuple[float, ...], bottom: float, number: int) -> PageContent:
    """A page: a grid from 60 to ``bottom``, the header ruled off at 95, a rule across the first two
    columns at each of ``between`` (the narrow column's cell merged over those rows)."""
    rules = (Rule(LEFT, 60, RIGHT, 60), Rule(LEFT, 95, RIGHT, 95), Rule(LEFT, bottom, RIGHT, bottom),
             *(Rule(LEFT, y, COLUMNS[1], y) for y in between),
             *(Rule(x, 60, x, bottom) for x in (LEFT, *COLUMNS, RIGHT)))
    return synthetic_page(number, lines, rules)


def pages(text_lines: int, opening_top: float = 134) -> list[PageContent]:
    """Page 1: the header and row （1）, its 具体举措 ``text_lines`` lines centred beside 试点期内 a
    character a line; page 2: the header again, rows （2） and （3） of two lines each, 持续推进 merged
    over both from ``opening_top`` (134: centred in them, below row （2）'s text)."""
    above_top = 100
    text_top = above_top + 13 * (len(ABOVE) - text_lines) / 2
    first = [*HEADER, *stack(above_top, ABOVE),
             *((text_top + 13 * i, [*([(70, "（1）")] if i == 0 else []), (110, "推进试点任务落实措施" + "。" * (i == text_lines - 1))])
               for i in range(text_lines))]
    second = [*HEADER, (114, [(110, "深化试点改革")]), (120.5, [(70, "（2）")]), (127, [(110, "任务。")]),
              (179, [(110, "扩大开放合作")]), (185.5, [(70, "（3）")]), (192, [(110, "任务。")]), *stack(opening_top, OPENING)]
    return [grid(first, (), 100 + 13 * len(ABOVE) + 4, 1), grid(second, (160,), 225, 2)]


def deadlines(text_lines: int, opening_top: float = 134) -> list[str]:
    return [row[2] for row in rows_of(layout_from_pages(pages(text_lines, opening_top), "grid.pdf"))[1:]
            if row[0] != "序号"]


def test_a_cell_running_below_its_row_s_other_cells_ends_there_and_the_merged_cell_opening_the_page_is_its_own():
    # 试点期内 four lines beside 具体举措's two, centred: it runs a line below them
    assert deadlines(2) == [ABOVE, OPENING, OPENING]


def test_a_cell_ending_level_with_its_row_s_other_cells_is_still_read_going_on_into_the_merged_cell():
    # 具体举措 as tall as 试点期内: the row's other cells end it there, as they cut a merged cell
    assert deadlines(4) == [ABOVE + OPENING] * 3


def test_a_cell_opening_the_page_at_its_part_s_top_is_still_read_going_on_from_the_cell_above():
    # 持续推进 from the part's top, above row （2）'s text: the rest of a cell a page break cuts prints so
    # (a row split over the break, its tallest cell's last character 区 read with the next row: trap 10000166)
    assert deadlines(2, opening_top=100) == [ABOVE + OPENING] * 3

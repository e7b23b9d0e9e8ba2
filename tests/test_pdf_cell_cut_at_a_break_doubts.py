"""The two doubts of a grid cell that a page break may cut where nothing on the page shows it, each
where it fires and where it stays quiet, on synthetic pages (no LibreOffice needed).

A cell covering its row alone at a page's foot, ending level with its row's other text (so it did
not set its row's height), its last line full (a column a character wide), is followed by a cell
opening the next page whose first line seems to go on from it. Two such cells read as two, but the
column printing their join whole elsewhere, may be one cell merged over both rows that the break
cut (generated layout 2300103 without its zebra paint, which now shows the cut: 省政府 / 分管副省长): ``merged_cells_unread`` names the opening row;
not where the join is no cell of the table's (layout 30000079: 李华（副秘书长） over 市政府分管副秘书长).
A cell spanning rows opening the page below its row's other text, as one centred over its own rows
does, joined to such a cell as its rest, may be a cell of its own (layout 2300150): named too; not
where it opens at its part's top, as the rest of a cut cell prints, nor where it is read as its own
because the cell above set its row's height.

Pages are built as in tests/test_pdf_cell_ending_its_row_at_a_break.py."""

from __future__ import annotations

from dataclasses import replace

from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.content import PageContent, Rule
from tests.test_pdf_cell_ending_its_row_at_a_break import ABOVE, COLUMNS, HEADER, OPENING, RIGHT, grid, pages, stack
from tests.test_read_pdf import rows_of


def own_rows(elsewhere: str) -> list[PageContent]:
    """Page 1: row （1）, 试点期内 a character a line beside four lines of 具体举措 (ending level
    with them); page 2: row （2）, 持续推进 from the part's top covering that row alone (a rule across
    every column under it), and row （3） whose narrow cell prints ``elsewhere``."""
    first = [*HEADER, *stack(100, ABOVE),
             *((100 + 13 * i, [*([(70, "（1）")] if i == 0 else []), (110, "推进试点任务落实措施" + "。" * (i == 3))])
               for i in range(4))]
    second = [*HEADER, *stack(100, OPENING), (114, [(110, "深化试点改革")]), (120.5, [(70, "（2）")]),
              (127, [(110, "任务。")]), (179, [(110, "扩大开放合作")]), (185.5, [(70, "（3）")]), (192, [(110, "任务。")]),
              *stack(165, elsewhere)]
    page = grid(second, (160,), 275, 2)
    return [grid(first, (), 156, 1), replace(page, rules=(*page.rules, Rule(COLUMNS[1], 160, RIGHT, 160)))]


def read(contents: list[PageContent]) -> tuple[list[str], list[str]]:
    """The narrow column's cells (header rows left out) and the cautions' codes."""
    layout = layout_from_pages(contents, "grid.pdf")
    return [row[2] for row in rows_of(layout) if row[0] != "序号"], [c.code for c in layout.cautions]


def test_two_cells_whose_join_the_column_prints_whole_elsewhere_are_named():
    assert read(own_rows(ABOVE + OPENING)) == ([ABOVE, OPENING, ABOVE + OPENING], ["merged_cells_unread"])


def test_two_cells_whose_join_is_no_cell_of_the_table_s_stay_unnamed():
    assert read(own_rows("试点期内完成推进")) == ([ABOVE, OPENING, "试点期内完成推进"], [])


def test_a_merged_cell_opening_below_its_row_s_text_joined_to_the_cell_above_is_named():
    # 具体举措 as tall as 试点期内, so it cannot show it ended; 持续推进 centred in its rows
    assert read(pages(4)) == ([ABOVE + OPENING] * 3, ["merged_cells_unread"])


def test_a_merged_cell_opening_at_its_part_s_top_joined_to_the_cell_above_stays_unnamed():
    assert read(pages(4, opening_top=100)) == ([ABOVE + OPENING] * 3, [])


def test_a_merged_cell_read_as_its_own_under_a_cell_that_set_its_row_stays_unnamed():
    assert read(pages(2)) == ([ABOVE, OPENING, OPENING], [])

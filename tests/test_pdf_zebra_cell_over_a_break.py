"""A cell merged over a page break in zebra rows keeps the shade of the row it starts in.

Zebra rows paint each cell as a band of its own, and a cell merged over rows keeps the shade of its
first row. The rest of a cell merged over a page break therefore opens the next page painted as the
row before the break, not as the row it stands beside: the edges over that row's top show it (paint
below them over the row's own cells, none over the cell carried on). Such a cell is the rest of the
cell above the break, whether or not the row under it carries on; and where the row under it is of
its shade and blank in its column, no edge shows whether it goes on there: warned, not guessed.

zebra-cell-merged-over-a-break-beside-a-blank.pdf is trap 20000060 (tests/layouts/traps.py: three-line
rules, zebra rows, a 适用范围 column a character a line, owner cells merged down the rows): 自贸试验区
is merged over 66–67, 自贸 at the foot of page 3 in the white row 66, 试验区 opening page 4 beside the
grey row 67, over 68 (white, blank in that column). It was read as one cell over 67–68 too, the rest
of 66's, and 68 read 自贸试验区, silently.
zebra-cell-merged-over-a-break-down-blank-rows.pdf is trap 20000052: 牵头单位 民航局 merged over
45–50, from the white row 45 on page 2 down page 3 beside grey and white rows alike.
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf.content import page_contents
from pilotplans.parsers.pdf.pages import page_blocks
from tests.conftest import FIXTURES

BESIDE_A_BLANK = FIXTURES / "tables" / "zebra-cell-merged-over-a-break-beside-a-blank.pdf"
DOWN_BLANK_ROWS = FIXTURES / "tables" / "zebra-cell-merged-over-a-break-down-blank-rows.pdf"


def _over_break(path) -> list[tuple[int, tuple[float, ...]]]:
    pages = page_blocks(page_contents(path.read_bytes(), path.name))
    return [(page.page.number, table.painted_over_break) for page in pages for table in page.tables]


def test_a_cell_painted_as_the_row_before_the_break_is_read_as_the_rest_of_that_row_s_cell():
    scopes = {m.number: m.scope for m in read_document(BESIDE_A_BLANK).measures if m.number in range(65, 70)}
    assert scopes == {65: None, 66: "自贸试验区", 67: "自贸试验区", 68: None, 69: "海口市、三亚市"}


def test_where_the_row_under_it_is_of_its_shade_and_blank_the_cell_s_end_is_warned():
    warnings = [w.message for w in read_document(BESIDE_A_BLANK).warnings if w.code == "merged_cells_unread"]
    assert warnings == ["page 4: zebra rows: the paint shows these cells may be merged with the cell above, or be"
                        " the rest of a cell from the page before, which their text cannot confirm: they may lack"
                        " that cell's text (row '68.高标准高质量建设金', column 5)"]


def test_only_the_cell_painted_unlike_the_row_opening_a_page_is_read_so():
    # pages 2, 3, 5 and 6 open with rows whose cells all share their row's shade
    assert _over_break(BESIDE_A_BLANK) == [(1, ()), (2, ()), (3, ()), (4, (758.325,)), (5, ()), (6, ())]


def test_a_blank_cell_merged_into_the_row_below_is_the_cell_above_going_on():
    # 46 opens page 3 (grey) beside 民航局 carried on (white); 47 is white and blank: no edge shows
    # whether the cell goes on, but 48 (grey) shows none over its own top in that column, so the
    # white cell over 47 runs on into it, and a blank cell merged over rows is the cell above going on
    owners = {m.number: m.responsibility for m in read_document(DOWN_BLANK_ROWS).measures if m.number in range(44, 52)}
    assert owners == {44: "市场监管总局", 45: "民航局", 46: "民航局", 47: "民航局", 48: "民航局", 49: "民航局",
                      50: "民航局", 51: "人民银行"}

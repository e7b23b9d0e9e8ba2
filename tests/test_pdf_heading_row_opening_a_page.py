"""A heading row across a table opening a page is a heading of its own, not the rest of the cell above the break.

The rest of a cell a page break cuts prints in the columns the cell spans (pilotplans/parsers/pdf/grids.py:
_goes_on_in), so a row of one cell across the table goes on from no cell of one column above it, however full
that cell's last line: in a 序号 column the numbers set the column's text edge, so every number's line is full.

heading-row-opening-a-page-under-a-numbered-row-grid.pdf is the PDF table trap 60000140 (the narrow-column
trap: ``tests.layouts.traps.trap_spec(draw_spec(60000140, headings_of(), cooperation=False), {"column_width":
"narrow"})``; a grid, cells centred, heading rows, rows split by page breaks, owner cells merged down the rows,
责任分工 a character a line), printed by LibreOffice: 六、提升“两业”融合国际竞争力 opens page 3 right under the
repeated header, under 75 at page 2's foot. It was joined to the heading 五、… above 73–75, every measure from 73
to 85 read under 促进交通运输服务互联互通和提质增效六、提升“两业”融合国际竞争力, silently.
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

HEADING_OPENING_A_PAGE = FIXTURES / "tables" / "heading-row-opening-a-page-under-a-numbered-row-grid.pdf"


def test_a_heading_row_opening_a_page_under_a_numbered_row_is_a_heading_of_its_own():
    measures = {m.number: m for m in read_document(HEADING_OPENING_A_PAGE).measures}
    assert [(n, measures[n].heading_path) for n in (73, 75, 76, 85)] == [
        (73, ["促进交通运输服务互联互通和提质增效"]), (75, ["促进交通运输服务互联互通和提质增效"]),
        (76, ["提升“两业”融合国际竞争力"]), (85, ["提升“两业”融合国际竞争力"])]


def test_a_cell_of_one_column_cut_by_the_same_table_s_page_breaks_still_goes_on():
    # 74's 责任分工, a character a line, ends 海关总署、 at page 1's foot and goes on 卫生健康委、统计局 atop page 2
    measures = {m.number: m for m in read_document(HEADING_OPENING_A_PAGE).measures}
    assert [(n, measures[n].responsibility) for n in (74, 79)] == [
        (74, "海关总署、卫生健康委、统计局"), (79, "公安部、科技部、国资委")]

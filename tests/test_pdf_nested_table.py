"""A small ruled table printed inside a cell of a ruled task table (targets under measure 2's
text) was read twice: as the cell's lines, and as a table of its own whose rows joined the last
record (measure 4 read as '…金融产品。指标服务贸易额数字贸易占比', its responsibility '…负责推进目标值增长10%达到30%',
exit 0). A table lying inside one cell of another is that cell's text only.

``variants/nested-table.pdf`` is printed by tests/fixtures/variants/make_variants.py."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf.content import page_contents
from pilotplans.parsers.pdf.ruled import nested_in, ruled_tables
from tests.conftest import FIXTURES

NESTED = FIXTURES / "variants" / "nested-table.pdf"


def test_a_table_inside_a_cell_is_read_as_that_cells_text_only():
    document = read_document(NESTED)
    assert [(m.number, m.text.split("。")[-1], m.responsibility) for m in document.measures] == [
        (1, "", "人民银行、外汇局制订政策保障措施；试点地区负责推进"),
        (2, "\n指标目标值\n服务贸易额增长10%\n数字贸易占比达到30%", "海关总署支持和指导；有关试点地区负责推进"),
        (3, "", "科技部、人力资源社会保障部制订政策保障措施；北京、上海等试点地区负责推进"),
        (4, "", "商务部牵头；试点地区负责推进"),
    ]
    assert [len(t.cells) for t in ruled_tables(page_contents(NESTED.read_bytes(), "nested-table.pdf")[0])] == [15]


def test_a_table_beside_another_is_no_cell_of_it():
    # the two tables of the page: the inner one lies in a cell of the outer, never the other way round,
    # and a table is no cell of one it only overlaps
    from dataclasses import replace

    from pilotplans.parsers.pdf.ruled import ruled_cell_groups, ruled_table

    page = page_contents(NESTED.read_bytes(), "nested-table.pdf")[0]
    outer, inner = (ruled_table(page.number, boxes, page.glyphs, rules=page.rules) for boxes in ruled_cell_groups(page.rules))
    assert (nested_in(inner, outer, 3.0), nested_in(outer, inner, 3.0)) == (True, False)
    shifted = replace(inner, bbox=(inner.bbox[0], inner.bbox[1] - 200.0, inner.bbox[2], inner.bbox[3]))
    assert nested_in(shifted, outer, 3.0) is False

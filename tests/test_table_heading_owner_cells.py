"""A heading row spanning 序号 and 具体举措 beside a 责任单位 cell of its own stays a heading.

A task table may print each heading row across 序号 and 具体举措 only, its owner cell beside it
spanning the rows of the measures under it (which print none of their own). Such a row was read as
a measure without a number or a text (``number_unreadable``, ``text_missing``) and the heading was
lost: no measure of the table had a heading (tests/fixtures/variants/heading-owner-cells-grid.html,
and its print by LibreOffice, made by make_variants.py). A row whose first cell spans on over the
text column, holding one numbered heading, beside cells in owner columns only, is a heading row;
the measures under it keep the owner cell's copies. Quiet: a cell over 序号 and 具体举措 packing
numbered items beside their owner stays the items.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Cell, Grid, Layout, Paragraph, Row, Where
from pilotplans.parsers.interpret import DocumentHints, interpret
from pilotplans.schema.models import SourceFile
from tests.conftest import FIXTURES

VARIANTS = FIXTURES / "variants"

READ = [
    (("加快转变政府职能",), 1, "市商务局"), (("加快转变政府职能",), 2, "市商务局"),
    (("加快转变政府职能",), 3, "市商务局"), (("加快转变政府职能",), 4, "市商务局"),
    (("深化投资领域改革",), 5, "市发改委、市财政局"), (("深化投资领域改革",), 6, "市发改委、市财政局"),
    (("深化投资领域改革",), 7, "市发改委、市财政局"), (("深化投资领域改革",), 8, "市发改委、市财政局"),
]


@pytest.mark.parametrize("name", ["heading-owner-cells-grid.pdf", "heading-owner-cells-grid.html"])
def test_a_heading_row_with_its_own_owner_cell_spanning_its_measures_is_a_heading(name):
    document = read_document(VARIANTS / name)
    assert [(tuple(m.heading_path), m.number, m.responsibility) for m in document.measures] == READ
    assert [w.code for m in document.measures for w in m.warnings if w.code in ("number_unreadable", "text_missing")] == []


def _cell(top: float, x0: float, x1: float, *paragraphs: str, merged: str | None = None) -> Cell:
    return Cell(tuple(paragraphs), Where(page=1, bbox=(x0, top, x1, top + 20)), merged_from=merged)  # type: ignore[arg-type]


def _row(top: float, *cells: Cell) -> Row:
    return Row(cells=cells, where=Where(page=1, bbox=(58, top, 550, top + 20)))


def test_a_cell_over_number_and_text_packing_numbered_items_beside_their_owner_stays_the_items():
    packed = _cell(110, 58, 400, "3.完善服务贸易促进体系。", "4.推进服务业扩大开放。")
    grid = Grid(rows=(
        _row(60, _cell(60, 58, 90, "序号"), _cell(60, 90, 400, "具体举措"), _cell(60, 400, 550, "责任单位")),
        _row(85, _cell(85, 58, 90, "1"), _cell(85, 90, 400, "优化跨境支付服务。"), _cell(85, 400, 550, "市商务局")),
        _row(100, _cell(100, 58, 90, "2"), _cell(100, 90, 400, "发展数字贸易。"), _cell(100, 400, 550, "市文旅局")),
        _row(110, packed, replace(packed, merged_from="left"), _cell(110, 400, 550, "市发改委")),
    ), where=Where(page=1))
    title = Paragraph("某市服务贸易创新发展试点任务分工表", Where(page=1, bbox=(56.8, 30, 260, 42)))
    document = interpret(Layout(source="t.pdf", format="pdf", blocks=(title, grid)),
                         SourceFile(path="t.pdf", name="t.pdf", sha256="0" * 64, format="pdf", size=0), DocumentHints(id="t"))
    assert [(m.number, tuple(m.heading_path), m.text) for m in document.measures] == [
        (1, (), "优化跨境支付服务。"), (2, (), "发展数字贸易。"), (3, (), "完善服务贸易促进体系。"), (4, (), "推进服务业扩大开放。")]
    assert document.measures[2].responsibility == "市发改委"


def _read_rows(*rows: Row) -> list[tuple[int | None, tuple[str, ...], str, str | None]]:
    header = _row(60, _cell(60, 58, 90, "序号"), _cell(60, 90, 400, "具体举措"), _cell(60, 400, 550, "责任单位"))
    grid = Grid(rows=(header, *rows), where=Where(page=1))
    title = Paragraph("某市服务贸易创新发展试点任务分工表", Where(page=1, bbox=(56.8, 30, 260, 42)))
    document = interpret(Layout(source="t.pdf", format="pdf", blocks=(title, grid)),
                         SourceFile(path="t.pdf", name="t.pdf", sha256="0" * 64, format="pdf", size=0), DocumentHints(id="t"))
    return [(m.number, tuple(m.heading_path), m.text, m.responsibility) for m in document.measures]


def test_a_numbered_measure_over_number_and_text_beside_an_owner_of_its_own_is_no_heading():
    # its owner cell spans no row below (the next row prints its own): a measure, as main reads it
    # (without number or text, warned), never a heading over the next measure silently losing its owner
    merged = _cell(110, 58, 400, "（一）推进外贸高质量发展。")
    read = _read_rows(
        _row(85, _cell(85, 58, 90, "1"), _cell(85, 90, 400, "优化跨境支付服务。"), _cell(85, 400, 550, "市商务局")),
        _row(110, merged, replace(merged, merged_from="left"), _cell(110, 400, 550, "市发改委")),
        _row(130, _cell(130, 58, 90, "2"), _cell(130, 90, 400, "推进服务业扩大开放。"), _cell(130, 400, 550, "市财政局")))
    assert read == [(1, (), "优化跨境支付服务。", "市商务局"), (None, (), "", "市发改委"), (2, (), "推进服务业扩大开放。", "市财政局")]


def test_a_cell_over_number_and_text_packing_items_numbered_as_headings_beside_a_spanning_owner_is_no_heading():
    # （1）（2） open headings as well as items: only one numbered paragraph tells a heading from packed items
    packed = _cell(110, 58, 400, "（1）完善服务贸易促进体系。", "（2）推进服务业扩大开放。")
    owner = _cell(110, 400, 550, "市发改委")
    read = _read_rows(
        _row(85, _cell(85, 58, 90, "1"), _cell(85, 90, 400, "优化跨境支付服务。"), _cell(85, 400, 550, "市商务局")),
        _row(110, packed, replace(packed, merged_from="left"), owner),
        _row(130, _cell(130, 58, 90, "2"), _cell(130, 90, 400, "发展数字贸易。"), replace(owner, merged_from="above")))
    assert [heading for _, heading, _, _ in read] == [(), (), ()]


def test_a_numbered_measure_over_number_and_text_in_an_html_table_is_no_heading(tmp_path):
    page = tmp_path / "t.html"
    page.write_text('<html><head><meta charset="utf-8"><title>t</title></head><body><p>某市服务贸易创新发展试点任务分工表</p>'
                    '<table border="1"><tr><td>序号</td><td>具体举措</td><td>责任单位</td></tr>'
                    '<tr><td>1</td><td>优化跨境支付服务。</td><td>市商务局</td></tr>'
                    '<tr><td colspan="2">（一）推进外贸高质量发展。</td><td>市发改委</td></tr>'
                    '<tr><td>2</td><td>推进服务业扩大开放。</td><td>市财政局</td></tr></table></body></html>', encoding="utf-8")
    document = read_document(page)
    assert [(tuple(m.heading_path), m.responsibility) for m in document.measures] == [
        ((), "市商务局"), ((), "市发改委"), ((), "市财政局")]

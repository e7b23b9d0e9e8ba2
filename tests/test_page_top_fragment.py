"""The last line of a cell printed alone at the top of the next page, before the table goes on
(a PDF without rules whose row broke across the page in one column only): it is the rest of that
cell, not a heading between two parts of the table."""

from __future__ import annotations

from pilotplans.layout import Cell, Grid, Layout, Paragraph, Row, Where
from pilotplans.parsers.interpret import DocumentHints, interpret
from pilotplans.schema.models import SourceFile

TEXT_X = (58.2, 480.05)
OWNER_X = (480.05, 553.9)


def _row(page: int, top: float, text: str, owner: str) -> Row:
    return Row(cells=(Cell((text,), Where(page=page, bbox=(TEXT_X[0], top, TEXT_X[1], top + 20))),
                      Cell((owner,), Where(page=page, bbox=(OWNER_X[0], top, OWNER_X[1], top + 20)))),
               where=Where(page=page, bbox=(TEXT_X[0], top, OWNER_X[1], top + 20)))


def _document(between: Paragraph, last_text: str = "2、推进服务业扩大开放。", last_owner: str = "市发改委、市"):
    first = Grid(rows=(_row(1, 80, "具体举措", "责任单位"), _row(1, 100, "1、完善服务贸易促进体系。", "市商务局"),
                       _row(1, 760, last_text, last_owner)), where=Where(page=1))
    second = Grid(rows=(_row(2, 65, "3、优化跨境支付服务。", "市商务局"), _row(2, 90, "4、发展数字贸易。", "市文旅局")),
                  where=Where(page=2))
    layout = Layout(source="t.pdf", format="pdf", blocks=(Paragraph("某市服务贸易创新发展试点任务分工表", Where(page=1, bbox=(56.8, 30, 260, 42))),
                                                           first, between, second))
    source = SourceFile(path="t.pdf", name="t.pdf", sha256="0" * 64, format="pdf", size=0)
    return interpret(layout, source, DocumentHints(id="t"))


def _read(document):
    return [(m.number, tuple(m.heading_path), m.text, m.responsibility) for m in document.measures]


def test_an_owner_s_last_line_alone_atop_the_next_page_ends_that_owner():
    document = _document(Paragraph("财政局", Where(page=2, bbox=(481.9, 31.6, 517.9, 43.6))))
    assert _read(document) == [
        (1, (), "完善服务贸易促进体系。", "市商务局"),
        (2, (), "推进服务业扩大开放。", "市发改委、市财政局"),
        (3, (), "优化跨境支付服务。", "市商务局"),
        (4, (), "发展数字贸易。", "市文旅局")]
    assert [w.code for w in document.warnings] == []


def test_an_unnumbered_heading_in_the_first_column_between_two_parts_stays_a_heading():
    # the measure above closed its sentence: a line in the measures' column is a heading, as before
    document = _document(Paragraph("加快推进制度创新", Where(page=2, bbox=(58.2, 31.6, 154.2, 43.6))), last_owner="市发改委")
    assert _read(document) == [
        (1, (), "完善服务贸易促进体系。", "市商务局"),
        (2, (), "推进服务业扩大开放。", "市发改委"),
        (3, ("加快推进制度创新",), "优化跨境支付服务。", "市商务局"),
        (4, ("加快推进制度创新",), "发展数字贸易。", "市文旅局")]
    assert [w.code for w in document.warnings] == []


def test_a_line_beside_the_first_column_read_as_a_heading_where_no_cell_above_breaks_is_warned():
    # the row above printed no owner: nothing to carry on, so the line stays a heading, as no
    # reading can tell, but one printed in the owners' column is implausible and said so
    document = _document(Paragraph("财政局", Where(page=2, bbox=(481.9, 31.6, 517.9, 43.6))), last_owner="")
    assert _read(document)[2:] == [(3, ("财政局",), "优化跨境支付服务。", "市商务局"), (4, ("财政局",), "发展数字贸易。", "市文旅局")]
    assert [(w.code, w.message) for w in document.warnings if w.code == "cell_displaced"] == [
        ("cell_displaced", "text printed alone between two parts of the table, in a column right of the first, read as a"
                           " heading (the rest of a cell broken across the page?): 财政局")]

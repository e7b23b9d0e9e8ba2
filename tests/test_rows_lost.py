"""A row lost at the start or end of a numbered table leaves no gap in its numbering, so
number_gap never says so.

- Reading: the last row of a ruled table printed alone on the next page without rules fell out of
  the table as a paragraph (4试点任务…科技部…), exit 0: a run opening the page after a ruled table
  is read on that table's columns, as one after a text table already was.
- Checking: a paragraph printed right after a numbered table that opens with the number after
  the highest its records hold is a row of the table read as text: ``row_lost`` on that record
  (a date line, 4月底前…, is none).

Pages are built as in tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Layout
from pilotplans.parsers.interpret import DocumentHints, interpret
from pilotplans.parsers.interpret.checks import opening_number
from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.content import Rule
from pilotplans.schema.models import SourceFile
from tests.conftest import FIXTURES
from tests.test_read_pdf import filler, rows_of, synthetic_page

TABLES = FIXTURES / "tables"
LEFT, RIGHT = 60.0, 430.0
GRID = (*(Rule(LEFT, y, RIGHT, y) for y in (95.0, 114.0, 145.0, 176.0, 207.0)),
        *(Rule(x, 95.0, x, 207.0) for x in (LEFT, 92.0, 312.0, RIGHT)))
FIRST_PAGE = [(100, [(70, "序号"), (100, "具体举措"), (320, "责任单位")]),
              (118, [(70, "1"), (100, filler(20)), (320, "商务部")]), (131, [(100, filler(4, "。"))]),
              (149, [(70, "2"), (100, filler(20)), (320, "财政部")]), (162, [(100, filler(4, "。"))]),
              (180, [(70, "3"), (100, filler(20)), (320, "海关总署")]), (193, [(100, filler(4, "。"))])]


def document_of(layout: Layout):
    source = SourceFile(path="rows.pdf", name="rows.pdf", sha256="0" * 64, format="pdf", size=0)
    return interpret(layout, source, DocumentHints(id="rows"))


def test_a_ruled_tables_last_row_alone_on_the_next_page_without_rules_is_read_into_the_table():
    last = synthetic_page(2, [(100, [(70, "4"), (100, filler(20)), (320, "科技部")]), (113, [(100, filler(4, "。"))])])
    layout = layout_from_pages([synthetic_page(1, FIRST_PAGE, GRID), last], "rows.pdf")
    assert rows_of(layout)[-1] == ("4", filler(20) + filler(4, "。"), "科技部")
    assert layout.paragraphs == ()
    assert [(m.number, m.responsibility, m.source.page) for m in document_of(layout).measures] == [
        (1, "商务部", 1), (2, "财政部", 1), (3, "海关总署", 1), (4, "科技部", 2)]


def test_a_paragraph_opening_the_page_after_a_ruled_table_stays_a_paragraph():
    # a sentence running across the table's columns from the left margin is no row of it
    after = synthetic_page(2, [(100, [(62, filler(36))]), (113, [(62, filler(12, "。"))])])
    layout = layout_from_pages([synthetic_page(1, FIRST_PAGE, GRID), after], "rows.pdf")
    assert len(rows_of(layout)) == 4
    assert [p.text for p in layout.paragraphs] == [filler(36) + filler(12, "。")]


def test_a_row_printed_as_text_after_its_table_is_said_to_be_lost():
    document = read_document(TABLES / "last-row-as-text-after-table.txt")
    assert [m.number for m in document.measures] == [1, 2, 3]
    message = ("a paragraph printed right after the table opens with 4, the number after its last measure's (3): "
               "a row of the table read as text, no record made of it: 4 优化外籍人员来华工作许可和居留许可办理流程。科技部")
    assert [(w.code, w.message) for w in document.measures[-1].warnings if w.code == "row_lost"] == [("row_lost", message)]
    assert [w.message for w in document.warnings if w.code == "row_lost"] == [message]


def test_a_date_line_after_a_table_is_no_lost_row():
    document = read_document(TABLES / "date-line-after-table.txt")
    assert [m.number for m in document.measures] == [1, 2, 3]
    assert not [w for m in document.measures for w in m.warnings if w.code == "row_lost"]
    assert not [w for w in document.warnings if w.code == "row_lost"]


def test_the_number_a_row_printed_as_text_opens_with():
    assert [opening_number(t) for t in ("4 推进", "4推进", "（4）推进", "4.推进", "4、推进", "4月底前", "2023年", "12", "1234 推进", "推进4")] == [
        4, 4, 4, 4, 4, None, None, None, None, None]


def test_the_next_sections_heading_after_a_table_is_no_lost_row():
    # rows 1–3 under 三、, the next heading 四、保障措施 opens with 4 in Chinese numerals: a section
    # of the plan, not a row of the table printed in figures
    document = read_document(TABLES / "section-heading-after-table.txt")
    assert [m.number for m in document.measures] == [1, 2, 3]
    assert not [w for m in document.measures for w in m.warnings if w.code == "row_lost"]
    assert not [w for w in document.warnings if w.code == "row_lost"]


def test_a_signature_opening_the_page_after_a_ruled_table_stays_paragraphs():
    # the issuing body and its date printed under the responsibility column, a sentence after them
    # whose short last line ends before that column: read on the ruled columns they were a row,
    # 海南省人民政府2020年6月1日 joined to measure 3's responsibility
    for after_signature in ([(140, [(62, filler(36))]), (153, [(62, filler(12, "。"))])], []):
        after = synthetic_page(2, [(100, [(330, "海南省人民政府")]), (115, [(335, "2020年6月1日")]), *after_signature])
        layout = layout_from_pages([synthetic_page(1, FIRST_PAGE, GRID), after], "rows.pdf")
        assert len(rows_of(layout)) == 4
        assert "".join(p.text for p in layout.paragraphs).startswith("海南省人民政府2020年6月1日")
        assert [(m.number, m.responsibility) for m in document_of(layout).measures] == [
            (1, "商务部"), (2, "财政部"), (3, "海关总署")]


def test_a_short_title_opening_the_page_after_a_ruled_table_stays_a_paragraph():
    # 附件2 printed over the 具体举措 column: read on the ruled columns it was a row ('', '附件2', '')
    after = synthetic_page(2, [(100, [(200, "附件2")]), (140, [(82, filler(34))]), (153, [(62, filler(12, "。"))])])
    layout = layout_from_pages([synthetic_page(1, FIRST_PAGE, GRID), after], "rows.pdf")
    assert len(rows_of(layout)) == 4
    assert [p.text for p in layout.paragraphs] == ["附件2", filler(34) + filler(12, "。")]


def test_a_contact_line_opening_the_page_after_a_ruled_table_stays_a_paragraph():
    # 联系人 running over the 序号 rule, 电话 under the responsibility column: text in two columns
    # on one line, but across a rule no row of a ruled table crosses; read as a row, its 电话 went
    # into measure 3's responsibility (海关总署电话：010-66661234)
    after = synthetic_page(2, [(100, [(62, "联系人：张三"), (330, "电话：010-66661234")])])
    layout = layout_from_pages([synthetic_page(1, FIRST_PAGE, GRID), after], "rows.pdf")
    assert len(rows_of(layout)) == 4
    assert [p.text for p in layout.paragraphs] == ["联系人：张三电话：010-66661234"]
    assert [(m.number, m.responsibility) for m in document_of(layout).measures] == [
        (1, "商务部"), (2, "财政部"), (3, "海关总署")]

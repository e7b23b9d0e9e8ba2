"""A table of the same columns printed after a task table (an appendix's, a 附件's, on the next page
with its header printed again) is a table of its own when its numbering starts again at 1 under no
heading: a table's 序号 runs on over its page breaks and starts again at 1 only under a new heading.
Its rows are not the first table's last heading's (tests/fixtures/tables/SOURCES.md)."""

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES, codes

TABLES = FIXTURES / "tables"


def test_a_pdf_table_numbered_from_1_again_under_a_repeated_header_is_a_second_table():
    # before: 1–3 on page 4 read as the first table's, under （二）扩大对外开放, warned number_duplicate
    document = read_document(TABLES / "second-table-numbered-from-1-on-the-next-page.pdf")
    assert [(m.number, m.heading_path, m.source.table, m.source.page) for m in document.measures[11:]] == [
        (12, ["扩大对外开放"], 1, 3), (1, [], 2, 4), (2, [], 2, 4), (3, [], 2, 4)]
    assert [codes(m) for m in document.measures] == [[]] * 15


def test_a_docx_second_table_of_the_same_header_numbered_from_1_is_a_table_of_its_own():
    # the DOCX the PDF was printed from: two Word tables, the second's header a row of its own
    document = read_document(TABLES / "second-table-numbered-from-1-on-the-next-page.docx")
    assert [(m.number, m.heading_path, m.source.table) for m in document.measures[11:]] == [
        (12, ["扩大对外开放"], 1), (1, [], 2), (2, [], 2), (3, [], 2)]


def test_numbering_started_anew_under_a_heading_row_after_the_repeated_header_stays_one_table():
    # the near miss: the page opens with the header, then the heading row （三）提升便利水平 over 1–3
    document = read_document(TABLES / "one-table-numbered-anew-under-a-heading-on-the-next-page.pdf")
    assert [(m.number, m.heading_path, m.source.table, m.source.page) for m in document.measures[11:]] == [
        (12, ["扩大对外开放"], 1, 3), (1, ["提升便利水平"], 1, 4), (2, ["提升便利水平"], 1, 4),
        (3, ["提升便利水平"], 1, 4)]
    assert [codes(m) for m in document.measures] == [[]] * 15


def test_points_numbered_in_brackets_from_1_after_the_repeated_header_stay_the_tables_rows():
    # the near miss: a page opening with the header, then （1）–（3）, points of measure 23 printed in the
    # 序号 column; 1 printed otherwise than the 23 before it starts no second table (before: table 2, 24 number_gap)
    document = read_document(TABLES / "points-numbered-in-brackets-opening-the-next-page.pdf")
    assert [(m.number, m.source.table, m.source.page) for m in document.measures[22:]] == [
        (23, 1, 1), (1, 1, 2), (2, 1, 2), (3, 1, 2), (24, 1, 2)]

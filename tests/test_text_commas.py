"""A task table kept in a spreadsheet and saved as CSV (pilotplans.parsers.text.commas): read as a
table, a quoted field holding commas or line breaks kept whole; prose and tab-written tables are
not taken for one."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text.commas import comma_records
from tests.conftest import FIXTURES

CSV_TABLE = FIXTURES / "text-tables" / "xiamen-saved-as-csv.csv"


def test_a_task_table_saved_as_csv_is_read_a_measure_a_record():
    # it was refused: "no header row with 序号/具体举措/责任分工 or similar" over its header 序号,具体举措,责任单位,备注
    measures = read_document(CSV_TABLE).measures
    assert [m.number for m in measures] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert (measures[0].text, measures[0].responsibility) == (
        "实行保险公司分支机构和高级管理人员准入方式改革，取消对保险支公司高管人员任职资格的事前审批，由省级银保监机构实施备案管理。",
        "厦门银保监局")


def test_a_quoted_field_holding_a_comma_is_one_cell():
    measure = read_document(CSV_TABLE).measures[2]
    assert (measure.remarks, measure.responsibility) == ("2021年6月底前, 持续推进", "市建设局")


def test_a_field_holding_a_line_break_is_one_cell_over_the_lines_it_spans():
    measure = read_document(CSV_TABLE).measures[4]
    assert measure.text.startswith("探索国土空间规划资质管理，\n统一资质名称和管理要求，")
    assert (measure.source.line_start, measure.source.line_end) == (6, 7)


def test_prose_whose_lines_hold_commas_in_no_fixed_number_is_no_comma_table():
    prose = "一、总体要求\n坚持问题导向, 突出重点, 强化协同。\n二、主要任务\n(一) 推进改革, 市商务局负责。\n"
    assert comma_records(prose) is None


def test_lines_of_two_fields_are_no_comma_table():
    assert comma_records("1,推进改革\n2,扩大开放\n3,优化服务\n") is None


def test_a_tab_written_table_is_left_to_the_tab_reader_even_where_its_cells_hold_commas():
    assert comma_records("序号\t具体举措\t责任单位\n1\t推进改革, 扩大开放\t市商务局, 市财政局\n") is None


def test_a_title_over_the_sheet_is_the_document_s_title_and_places_it():
    # a merged title cell saved as one value and empty fields was the table's first row: no title, no
    # region, and the bodies written 市… left unresolved
    document = read_document(FIXTURES / "text-tables" / "xiamen-saved-as-csv-titled.csv")
    assert (document.title, document.region) == ("厦门市全面深化服务贸易创新发展试点任务分工表", "厦门")
    assert [m.number for m in document.measures] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [d.name for d in document.measures[1].departments] == ["厦门市市场监督管理局"]


def test_a_record_of_one_field_inside_the_table_stays_its_row():
    from pilotplans.layout import Grid
    from pilotplans.parsers.text.commas import comma_blocks

    text = "序号,具体举措,责任单位\n一、完善管理体制,,\n1,推进改革,市商务局\n"
    blocks = comma_blocks(comma_records(text))
    assert len(blocks) == 1 and isinstance(blocks[0], Grid) and len(blocks[0].rows) == 3


MERGED_ROWS = FIXTURES / "text-tables" / "xiamen-saved-as-csv-merged-rows.csv"


def test_a_last_row_continuing_its_task_in_another_column_than_the_first_stays_the_table_s():
    # task 8's number and owners merged down over two rows: the second row, its text alone, was taken for
    # a note under the table and the half of the measure it holds left out silently; it is now a row,
    # read as the same rows tab-separated are (a measure of its own, its number and owner warned missing)
    continued = read_document(MERGED_ROWS).measures[-1]
    assert (continued.number, continued.text, continued.responsibility) == (
        None, "完善服务贸易跨部门统筹协调机制；加强服务贸易绩效考评；建立服务贸易重点领域发展联动机制。", None)
    assert [w.code for w in continued.warnings] == ["number_missing", "responsibility_missing"]
    assert (continued.source.line_start, continued.source.line_end) == (12, 12)


def test_a_note_in_the_first_column_under_the_table_is_a_paragraph_not_a_row():
    from pilotplans.layout import Grid, Paragraph
    from pilotplans.parsers.text.commas import comma_blocks

    blocks = comma_blocks(comma_records(MERGED_ROWS.read_text("utf-8-sig")))
    assert [type(block) for block in blocks] == [Paragraph, Grid, Paragraph]
    assert (blocks[-1].text, len(blocks[1].rows)) == ("注：各责任单位于每季度末报送进展情况。", 10)


def test_a_table_saved_as_csv_by_a_chinese_excel_in_gbk_with_crlf_reads_as_the_utf8_one():
    # "CSV (逗号分隔)" of a Chinese Windows: GBK, no BOM, CRLF line ends
    gbk = read_document(FIXTURES / "text-tables" / "xiamen-saved-as-csv-gbk.csv").measures
    utf8 = read_document(CSV_TABLE).measures
    assert [(m.number, m.text, m.responsibility, m.remarks) for m in gbk] == [
        (m.number, m.text, m.responsibility, m.remarks) for m in utf8]
    assert (gbk[4].source.line_start, gbk[4].source.line_end) == (6, 7)


def test_a_title_over_the_sheet_in_another_column_than_the_first_is_still_a_paragraph():
    from pilotplans.layout import Grid, Paragraph
    from pilotplans.parsers.text.commas import comma_blocks

    text = ",厦门市试点任务分工表,,\n序号,具体举措,责任单位,备注\n1,推进改革,市商务局,\n"
    blocks = comma_blocks(comma_records(text))
    assert [type(block) for block in blocks] == [Paragraph, Grid]
    assert (blocks[0].text, len(blocks[1].rows)) == ("厦门市试点任务分工表", 2)


def test_records_of_one_field_alone_and_no_table_are_each_one_paragraph():
    from pilotplans.parsers.text.commas import comma_blocks

    blocks = comma_blocks(comma_records(",厦门市试点任务分工表,\n注：见附件,,\n"))
    assert [block.text for block in blocks] == ["厦门市试点任务分工表", "注：见附件"]

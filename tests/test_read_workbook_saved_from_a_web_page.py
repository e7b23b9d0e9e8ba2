"""Workbooks another program made from a task table's web page (tests/fixtures/workbooks/README.md gives the command):
LibreOffice Calc writes each paragraph of a cell a row of its own, the cell unmerged (a rowspan of the page flattened
into rows with empty cells beside), and the page's footer into the rows under the table. They read as the page does:
a heading cell's next paragraph is the heading's, not the opening of the measure beside it; a list of responsibilities
one short, each a row below its measure, is paired again by its order and warned; a footer line is no record. The
near misses keep their reading: a task column printing each row's task, a cell's rest on a row of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from pilotplans.ingest.pipeline import read_document

FIXTURES = Path(__file__).parent / "fixtures"
WORKBOOKS = FIXTURES / "workbooks"
NATIONAL = WORKBOOKS / "national-2020-tasks.saved-by-libreoffice-from-the-web-page.xlsx"
HANGZHOU = WORKBOOKS / "hangzhou-trs-task-table.saved-by-libreoffice-from-the-web-page.xlsx"


@pytest.fixture(scope="module")
def national():
    return read_document(NATIONAL)


@pytest.fixture(scope="module")
def national_page():
    return read_document(FIXTURES / "national-2020-tasks.html")


def test_every_measure_of_the_saved_page_reads_its_number_text_and_responsibility_as_the_page_does(national, national_page):
    def read(document):
        return [(m.number, m.text, m.responsibility) for m in document.measures]

    assert read(national) == read(national_page)
    assert len(national.measures) == 122


def test_a_heading_cell_s_next_paragraph_on_a_row_of_its_own_is_the_heading_s_not_the_measure_s(national):
    # A9 (measure 3's row) prints the second paragraph of the (一) cell; it opened 3's text, joined by \n
    third = next(m for m in national.measures if m.number == 3)
    assert third.text == "在试点地区开展医疗器械注册人制度试点，允许医疗器械注册申请人或注册人委托具备相应生产条件的企业生产样品或产品。"
    first = national.tables[0].headings[0]
    assert (first.title, first.description) == (
        "全面探索完善管理体制", "深入推进“放管服”改革，努力形成更加统一、权责更加一致、统筹更加有力、服务更加到位的服务业与贸易管理体制。")


def test_the_heading_descriptions_read_as_the_page_s_where_the_sheet_keeps_the_heading_cell_s_order(national, national_page):
    # (二) and (三) print their title before their number (the source's scramble): the sheet parts the three paragraphs
    # into rows of their own, so its headings there differ from the page's; every other heading reads the same
    def described(document):
        return [(h.number, h.title, h.description) for h in document.tables[0].headings if h.title not in (
            "探索扩大对外开放", "全面开放", "探索提升便利化水平", "全面")]

    assert described(national) == described(national_page)
    assert [(h.number, h.title) for h in national.tables[0].headings][1:5] == [
        (2, "探索扩大对外开放"), (2, "全面开放"), (3, "探索提升便利化水平"), (3, "全面")]


def test_a_heading_s_paragraph_printed_between_two_parts_of_the_sheet_is_its_description(national):
    # (五) alone on row 113, its sentence on row 115 after an empty row: was warned unplaced_text
    fifth = national.tables[0].headings[6]
    assert (fifth.title, fifth.description) == (
        "全面探索健全促进体系", "以高质量共建“一带一路”为重点，深化服务贸易合作，推动建立与政府、国内国外有机关联动的服务贸易促进体系，支持面向全球配置资源、拓展市场。")
    assert "unplaced_text" not in {w.code for w in national.warnings}


def test_a_list_of_responsibilities_one_short_a_row_below_its_measures_is_paired_again_and_warned(national, national_page):
    # 113's cell blank, 114–118 each beside the responsibility of the measure above, the last alone on the row under 118
    # (the source's list runs one short: 113's opens the next block); 114–117 were read silently shifted, 118 two joined
    def owners(document):
        return {m.number: m.responsibility for m in document.measures if 113 <= m.number <= 118}

    assert owners(national) == owners(national_page)
    shifted = [m for m in national.measures if 113 <= m.number <= 118]
    assert [[w.code for w in m.warnings] for m in shifted] == [["responsibility_list_shifted"]] * 6
    assert shifted[0].warnings[0].message == (
        "its responsibility is printed a row below it: the list runs one short from measure 113's blank cell to the row "
        "under measure 118 printing one alone (row 133), paired again by its order")


def test_a_footer_line_under_the_table_is_no_record():
    document = read_document(HANGZHOU)
    page = read_document(FIXTURES / "web-pages" / "hangzhou-trs-task-table.html")
    assert [(m.number, m.text) for m in document.measures] == [(m.number, m.text) for m in page.measures]
    assert [m.number for m in document.measures] == [1, 2, 3, 4, 5]
    assert [w.message for w in document.warnings if w.code == "line_under_table"] == [
        "row 13 under the table's last measure prints one line in its 序号 column and nothing else "
        "(附件：杭州市服务业扩大开放综合试点任务清单.docx 分享到): a line under the table, not read as a record"]


# -- near misses: what the evidence does not show stays as it read --------------------------------------------------


def _sheet(tmp_path: Path, rows: list[tuple], merged: tuple[str, ...] = ()) -> Path:
    book = Workbook()
    sheet = book.active
    for at, cells in enumerate(rows, start=1):
        for column, value in enumerate(cells, start=1):
            if value is not None:
                sheet.cell(at, column, value)
    for cells in merged:
        sheet.merge_cells(cells)
    path = tmp_path / "tasks.xlsx"
    book.save(path)
    return path


HEADER = ("试点任务", "序号", "具体举措", "责任单位")


def test_a_task_column_printing_each_row_s_task_under_a_heading_still_opens_each_measure(tmp_path):
    path = _sheet(tmp_path, [HEADER, ("一、教育", None, None, None),
                             ("新建成公办中小学3所。", 1, "完成主体工程。", "市教育局"),
                             ("新增公办学位800个。", 2, "秋季开学前投用。", "市教育局")])
    assert [m.text for m in read_document(path).measures] == [
        "新建成公办中小学3所。\n完成主体工程。", "新增公办学位800个。\n秋季开学前投用。"]


def test_a_sentence_under_a_heading_with_the_next_heading_right_after_its_row_is_read_as_its_task_and_warned(tmp_path):
    # the column groups the rows or names this row's task: nothing in the sheet tells
    path = _sheet(tmp_path, [HEADER, ("（一）深化改革", 1, "推行一网通办。", "市政务服务局"),
                             (None, 2, "压缩审批时间。", "市政务服务局"),
                             ("持续优化营商环境。", 3, "推行告知承诺制。", "市司法局"),
                             ("（二）扩大开放", 4, "支持外资设立研发中心。", "市商务局")])
    third = read_document(path).measures[2]
    assert third.text == "持续优化营商环境。\n推行告知承诺制。"
    assert [w.message for w in third.warnings if w.code == "heading_paragraph_undecided"] == [
        "the sentence in the heading column beside it (持续优化营商环境。…) stands on one row under the heading 深化改革, the "
        "column blank between them and no row after it before the next heading: the heading cell's next paragraph "
        "or this row's task, read as its task"]


def test_a_responsibility_alone_under_a_measure_with_no_blank_cell_above_goes_on_with_that_measure_s(tmp_path):
    path = _sheet(tmp_path, [("序号", "具体举措", "责任单位"), (1, "推行一网通办。", "市政务服务局"),
                             (2, "压缩审批时间。", "市政务服务局"), (None, None, "市司法局")])
    measures = read_document(path).measures
    assert [(m.number, m.responsibility) for m in measures] == [(1, "市政务服务局"), (2, "市政务服务局、市司法局")]
    assert not any(w.code == "responsibility_list_shifted" for m in measures for w in m.warnings)


def test_a_responsibility_alone_inside_the_rows_its_measure_spans_goes_on_with_it_though_a_cell_above_is_blank(tmp_path):
    # 杭州's 市科技局 / 市财政局: one cell's two paragraphs, the second on a row the measure's 序号 and text span
    path = _sheet(tmp_path, [("序号", "具体举措", "责任单位"), (1, "推行一网通办。", None),
                             (2, "压缩审批时间。", "市政务服务局"), (None, None, "市司法局")], merged=("A3:A4", "B3:B4"))
    measures = read_document(path).measures
    assert [(m.number, m.responsibility) for m in measures] == [(1, None), (2, "市政务服务局、市司法局")]
    assert not any(w.code == "responsibility_list_shifted" for m in measures for w in m.warnings)


def test_a_measure_with_no_owner_and_a_responsibility_alone_under_a_later_one_of_its_heading_are_read_as_printed(tmp_path):
    # near miss: the blank is no last measure of a heading before, the lone row the last measure's cell going on; it
    # re-paired every measure from 1 on (1 given 2's owner, one none printed) and warned each
    path = _sheet(tmp_path, [("序号", "具体举措", "责任单位"), ("一、深化改革", None, None), (1, "推行一网通办。", None),
                             (2, "压缩审批时间。", "市政务服务局"), (3, "推行告知承诺制。", "市司法局"),
                             (None, None, "市发展改革委")])
    measures = read_document(path).measures
    assert [(m.number, m.responsibility) for m in measures] == [
        (1, None), (2, "市政务服务局"), (3, "市司法局、市发展改革委")]
    assert not any(w.code == "responsibility_list_shifted" for m in measures for w in m.warnings)


def test_a_blank_ending_a_heading_and_a_lone_responsibility_with_its_heading_going_on_after_it_are_read_as_printed(tmp_path):
    # near miss: the list is one over in the next block only where the lone row ends it; here measure 4 follows it
    path = _sheet(tmp_path, [("序号", "具体举措", "责任单位"), ("一、深化改革", None, None), (1, "推行一网通办。", None),
                             ("二、扩大开放", None, None), (2, "支持外资设立研发中心。", "市商务局"),
                             (3, "推进跨境电商发展。", "市商务局"), (None, None, "市发展改革委"),
                             (4, "扩大服务业开放。", "市商务局")])
    measures = read_document(path).measures
    assert [(m.number, m.responsibility) for m in measures] == [
        (1, None), (2, "市商务局"), (3, "市商务局、市发展改革委"), (4, "市商务局")]
    assert not any(w.code == "responsibility_list_shifted" for m in measures for w in m.warnings)


def test_a_blank_ending_a_heading_and_a_lone_responsibility_ending_the_next_are_paired_again_and_warned(tmp_path):
    path = _sheet(tmp_path, [("序号", "具体举措", "责任单位"), ("一、深化改革", None, None), (1, "推行一网通办。", None),
                             ("二、扩大开放", None, None), (2, "支持外资设立研发中心。", "市政务服务局"),
                             (3, "推进跨境电商发展。", "市商务局"), (None, None, "市发展改革委")])
    measures = read_document(path).measures
    assert [(m.number, m.responsibility) for m in measures] == [
        (1, "市政务服务局"), (2, "市商务局"), (3, "市发展改革委")]
    assert [[w.code for w in m.warnings if w.code == "responsibility_list_shifted"] for m in measures] == [
        ["responsibility_list_shifted"]] * 3


def test_a_line_in_the_number_column_with_numbered_rows_after_it_is_still_a_record_warned(tmp_path):
    path = _sheet(tmp_path, [("序号", "具体举措", "责任单位"), (1, "推行一网通办。", "市政务服务局"),
                             ("附：另行通知", None, None), (2, "压缩审批时间。", "市政务服务局")])
    measures = read_document(path).measures
    assert [(m.number, m.number_raw) for m in measures] == [(1, "1"), (None, "附：另行通知"), (2, "2")]
    assert "number_unreadable" in {w.code for w in measures[1].warnings}

"""Tables copied one cell a line whose rows print no number (牵头单位 / 目标任务 / 责任单位, then each row's
cells one a line, as a city's 2012 责任分解表 was put on the web): read where the header names the columns
and every row prints one line a column, each fitting it; refused naming that form where a cell wraps or a
cell merged over rows is printed once (牵头单位 县政 / 府办 / 公室 over two rows), which line opens which
row being then unknown (refused before with the generic line: no header row, no numbered item)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text.lines import split_lines
from pilotplans.parsers.text.unnumbered_cells import unnumbered_table_end

TABLES = Path(__file__).parent / "fixtures" / "tables"
ONE_LINE_A_COLUMN = TABLES / "unnumbered-one-cell-a-line.txt"


def test_rows_of_one_line_a_column_under_a_header_of_labels_are_read():
    document = read_document(ONE_LINE_A_COLUMN)
    assert [(m.text, m.responsibility) for m in document.measures] == [
        ("全年实施重点项目一百个，完成投资八十亿元。", "牵头单位：县发改局；责任单位：县统计局、各乡镇"),
        ("加快商贸物流园区建设，社会消费品零售总额增长百分之十五。", "牵头单位：县商务局；责任单位：县财政局、县交通运输局"),
        ("深化财政体制改革，全面推行预算公开。", "牵头单位：县财政局；责任单位：县审计局、县直各单位"),
        ("新建改扩建中小学校舍五所，推进义务教育均衡发展。", "牵头单位：县教育局；责任单位：县住建局、各乡镇")]


def test_the_first_column_s_bodies_lead():
    first = read_document(ONE_LINE_A_COLUMN).measures[0]
    assert [(d.raw, d.role) for d in first.departments] == [("县发改局", "lead"), ("县统计局", "carry_out"),
                                                            ("各乡镇", "carry_out")]


def test_a_cell_wrapped_over_two_lines_is_refused_naming_the_form_and_the_line():
    with pytest.raises(NoTaskTable) as refused:
        read_document(TABLES / "unnumbered-one-cell-a-line-wrapped.txt")
    assert refused.value.cause == (
        "no task table or task list found: a table copied one cell a line under the labels 牵头单位/目标任务/责任单位"
        " (line 2) prints no row numbers, and its first row does not print one line a column: line 7 (完成投资八十亿元。)"
        " is no 责任单位 cell: a cell wrapped over lines, or merged over rows and printed once, and which line opens"
        " which row cannot be told; no numbered item names its 责任单位/牵头单位")


def test_a_lead_merged_over_rows_and_printed_once_is_refused_naming_the_form():
    with pytest.raises(NoTaskTable) as refused:
        read_document(TABLES / "unnumbered-one-cell-a-line-merged-lead.txt")
    assert "(line 6) prints no row numbers, and its first row does not print one line a column: line 12 (县政) is no 牵头单位 cell" \
        in refused.value.cause


def test_labels_over_prose_open_no_table():
    # three labels in a row, then a paragraph: no row of one line a column follows
    lines = split_lines("牵头单位\n目标任务\n责任单位\n各单位要高度重视，认真抓好落实，确保完成全年目标任务。\n")
    assert unnumbered_table_end(lines, 0) is None


def test_a_single_row_is_no_table():
    lines = split_lines("牵头单位\n目标任务\n责任单位\n县发改局\n全年实施重点项目一百个。\n县统计局\n")
    assert unnumbered_table_end(lines, 0) is None


def test_the_real_changsha_2012_page_is_refused_naming_the_form():
    # 长沙市人民政府 2012: 牵头单位 merged over its rows and broken a few characters a line (市政 / 府办 / 公厅)
    page = Path(__file__).parent / "fixtures" / "prose-blind17" / "changsha-2012-city-lead-column-name-broken-over-lines.txt"
    with pytest.raises(NoTaskTable) as refused:
        read_document(page)
    assert ("a table copied one cell a line under the labels 牵头单位/目标任务/责任单位 (line 20) prints no row numbers,"
            " and its first row does not print one line a column: line 28 (市政) is no 牵头单位 cell") in refused.value.cause

"""The printer of the real pages (tests/layouts/real_forms.py) sets a pipe table of the text form as the
Word table a bureau typed: a table flattened one cell a line as rows as wide as its header, an
information table and the task table under it as two tables, Markdown's rows between bars a row a line
and its rule row dropped. Before, 淮南's table one cell a line printed as a table of one column (a cell a
row), 临安's task table printed inside its information table, and a Markdown table ran into one line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.layouts.generate import soffice
from tests.layouts.real_forms import blocks, differences, read, render_all

FIXTURES = Path(__file__).parent / "fixtures"
REQUIRE_LIBREOFFICE = bool(os.environ.get("PILOTPLANS_REQUIRE_LIBREOFFICE"))


def _tables(page: str) -> list[tuple[tuple[str, ...], ...]]:
    return [block.rows for block in blocks((FIXTURES / page).read_text(encoding="utf-8")) if block.rows]


def test_a_table_one_cell_a_line_prints_rows_as_wide_as_its_header() -> None:
    (table,) = _tables("prose-blind24/huainan-2025-city-bureau-report-tasks-half-year-progress-piped-lead-column-names-"
                       "space-joined.txt")
    assert [len(row) for row in table] == [4, 4, 4]
    assert table[0] == ("序号", "主要任务", "牵头单位", "落实情况")
    assert [row[0] for row in table[1:]] == ["145", "249"]
    assert table[1][2] == "市自规局、市城管局、市住建局 市商务局、市机关事务管理局"


def test_a_table_one_cell_a_line_whose_header_is_a_label_short_stays_a_cell_a_row() -> None:
    # 池州's header prints four labels over rows of five cells: no width cuts its rows, so none is guessed
    (table,) = _tables("prose-blind22/chizhou-20xx-department-open-government-list-cell-per-line-header-one-short.txt")
    assert {len(row) for row in table} == {1}
    assert [row[0] for row in table[:6]] == ["工作任务", "具体要求", "责任科室", "时限要求", "强化行政规范性文件集中规范公开", "1"]


def test_an_information_table_and_the_task_table_under_it_print_as_two_tables() -> None:
    info, tasks = _tables("prose-blind25/linan-2022-district-practical-projects-info-rows-piped-table-responsible-and-"
                          "cooperating-columns-cut.txt")
    assert [row[0] for row in info] == ["索引号", "公开范围", "发布单位"]
    assert tasks[0] == ("序号", "实事项目", "工作举措及实施计划", "责任单位", "配合单位")
    assert [row[0] for row in tasks[1:]] == ["1", "2", "3"]


def test_information_rows_of_other_widths_stay_one_table() -> None:
    # 主题分类 | 政府办文件 | 体裁分类 | 服务对象 is as short as a header, but no numbered row follows it
    (table,) = _tables("prose-blind24/pingdingshan-2013-city-office-key-work-piped-info-rows-lead-and-responsible-"
                       "lines-cut.txt")
    assert [len(row) for row in table] == [6, 4]


def test_a_markdown_table_prints_a_row_a_line_without_its_rule_row() -> None:
    (table,) = _tables("prose-blind25/caidian-2026-district-office-notice-piped-info-table-requests-only-cut.txt")
    assert [row[0] for row in table] == ["索 引 号", "发布机构", "分 类"]


def test_a_bar_alone_under_a_row_its_line_broke_closes_that_row() -> None:
    # 广东's ledger: `1 | 做好… | 应急处、…` / `|` — the bar on the next line closes row 1
    (table,) = _tables("prose-blind26/guangdong-2021-province-health-commission-open-government-ledger-piped-"
                       "responsible-divisions-cut.txt")
    assert [row[0] for row in table[1:4]] == ["序号", "1", "2"]
    assert [row[0] for row in table][-1] == "8"


def test_rows_under_a_merged_task_cell_printed_empty_are_measures_of_their_own_in_every_form(tmp_path: Path) -> None:
    # 厦门's table prints 试点任务 in the first row of its group and leaves it empty below (`|  | 2 | 开展…`):
    # as in the State Council's attachment 3 (one task over up to ten rows), each such row is a measure of its
    # own under the task above, read so from the text, its site's HTML, its DOCX and the PDF printed from it
    if soffice() is None:
        if REQUIRE_LIBREOFFICE:
            pytest.fail("LibreOffice (soffice) is not installed, and PILOTPLANS_REQUIRE_LIBREOFFICE is set")
        pytest.skip("LibreOffice (soffice) is not installed: the PDF is not printed")
    forms = render_all([FIXTURES / "text-tables" / "xiamen-outer-pipes.txt"], tmp_path)
    (paths,) = forms.values()
    base = read(paths["text"])
    assert len(base.measures) == 88
    assert base.measures[1] == ("2", "开展医疗器械注册人制度试点，允许医疗器械注册申请人或注册人委托具备相应生产条件的企业生产样品或产品。",
                                frozenset({"市市场监管局:lead", "药监局:policy"}))
    assert {form: differences(base, read(paths[form])) for form in ("html", "docx", "pdf")} == \
        {"html": [], "docx": [], "pdf": []}


OWNER_ROWS = FIXTURES / "text-tables" / "merged-task-owner-rows.txt"
"""A task table whose 工作任务 prints in its group's first row only, and whose owners go on in rows printing only an
owner (the shape 厦门's and 海南's tables print over a page break, written for the test)."""


def _owners(path: Path) -> list[str | None]:
    from pilotplans.ingest.pipeline import read_document

    return [m.responsibility for m in read_document(path).measures]


def test_a_row_printing_only_a_body_of_its_own_is_a_co_owner_of_the_measure_above() -> None:
    # before: 市地方金融监管局市商务局 and 市市场监管局市政务服务中心, one body each, the two names run together
    assert _owners(OWNER_ROWS)[1:3] == ["市地方金融监管局、市商务局", "市市场监管局、市政务服务中心"]


def test_a_row_printing_the_rest_of_a_name_cut_in_the_row_above_goes_on_with_it() -> None:
    # 市科 / 技局: no body's name alone; 国家税务总局 / 厦门市税务局: the row below opens with no level word the name
    # above opens with, one body's name cut (its 厦门市 office of the state tax administration)
    assert _owners(OWNER_ROWS)[3:] == ["市人社局、市科技局", "国家税务总局厦门市税务局"]


def test_rows_under_a_merged_task_cell_read_alike_in_every_form(tmp_path: Path) -> None:
    if soffice() is None:
        if REQUIRE_LIBREOFFICE:
            pytest.fail("LibreOffice (soffice) is not installed, and PILOTPLANS_REQUIRE_LIBREOFFICE is set")
        pytest.skip("LibreOffice (soffice) is not installed: the PDF is not printed")
    (paths,) = render_all([OWNER_ROWS], tmp_path).values()
    base = read(paths["text"])
    assert [(number, frozenset(owner.split(":")[0] for owner in owners)) for number, _text, owners in base.measures] == [
        ("1", {"市金融局"}), ("2", {"市地方金融监管局", "市商务局"}), ("3", {"市市场监管局", "市政务服务中心"}),
        ("4", {"市人社局", "市科技局"}), ("5", {"国家税务总局厦门市税务局"})]
    assert {form: differences(base, read(paths[form])) for form in ("html", "docx", "pdf")} == \
        {"html": [], "docx": [], "pdf": []}


WHOLE_NAMES = OWNER_ROWS.parent / "owner-rows-whole-names.txt"


def test_a_row_naming_a_whole_body_under_a_whole_body_opening_otherwise_is_a_co_owner() -> None:
    # before: 人行市分行市外汇局 and 人民银行省分行省商务厅, one body each: the rule wanted the row below to open with
    # the first character of the name above, as a level word; the registry says each line is a whole name
    assert _owners(WHOLE_NAMES)[:2] == ["人行市分行、市外汇局", "市商务局、人民银行省分行、省商务厅"]


def test_a_row_finishing_one_name_with_a_name_of_its_own_is_that_name_s_rest_whatever_it_opens_with() -> None:
    # 福建省 / 福州市人民政府: each a name alone and opening alike (福), but run together one body's name — before,
    # 福建省、福州市人民政府, the province taken for a co-owner
    assert _owners(WHOLE_NAMES)[2:] == ["福建省福州市人民政府"]


def test_a_row_printing_a_committee_s_organ_under_the_committee_s_name_goes_on_with_it() -> None:
    # 市委 / 市直机关工委: the row below names the committee's working committee, one body the cell's wrap cut
    from pilotplans.parsers.interpret.fields import join_owner_rows

    assert join_owner_rows("市商务局、市委", "市直机关工委") == "市商务局、市委市直机关工委"

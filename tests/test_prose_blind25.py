"""The prose25 blind round (tests/fixtures/prose-blind25/KEY.md and key.toml, written before the reader ran):
ten pages (a district's practical-projects table with 责任单位 and 配合单位 columns under its information rows;
an autonomous county's task breakdown with its labelled fields run on; a city's work list whose header prints no
owner column; two provincial education departments; a 2026 district notice; a county office's plan whose number
and date lost their marks; a district's notice, a new area's work report and a development zone's news, all
rightly refused or read with no owner), read as the key says, and the fault of kind the round found:

- a page's information rows printed with the same bars as the task table right under them, no line between,
  were one grid: the header stood below the rows a table's header is looked for in, so no table was found, and
  the information rows, a table's rows under them, were no information table (the document's 发文日期 unread).
  Such a grid is now cut in two where its information rows end and a header opens
  (pilotplans/parsers/info_rows.py ``split_leading_info_rows``)."""

from __future__ import annotations

from datetime import date

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Grid
from pilotplans.parsers.info_rows import split_leading_info_rows
from pilotplans.parsers.text import read_text as read_text_layout
from tests.conftest import FIXTURES
from tests.page_metadata import owners, page_metadata, refusal_cause

BLIND = FIXTURES / "prose-blind25"
LINAN = BLIND / "linan-2022-district-practical-projects-info-rows-piped-table-responsible-and-cooperating-columns-cut.txt"
HUZHOU = BLIND / "huzhou-2017-city-office-key-work-list-space-separated-header-no-owner-column-cut.txt"
CAIDIAN = BLIND / "caidian-2026-district-office-notice-piped-info-table-requests-only-cut.txt"
SHAANXI = BLIND / "shaanxi-2018-province-education-department-work-points-news-copy-summary-twice-cut.txt"
REFUSED = [
    CAIDIAN,
    BLIND / "district-2016-party-and-government-notice-assigned-targets-requests-attachments-only.txt",
    BLIND / "guangming-2016-new-area-committee-work-report-site-menu-review-no-tasks-cut.txt",
    BLIND / "chizhou-2020-development-zone-work-meeting-news-no-tasks-cut.txt",
    SHAANXI,
]

_SCHOOLS = [("教育局", "lead")] + [(name, "assist") for name in (
    "发改局", "住建局", "财政局", "规划和自然资源分局", "国兴集团", "新锦集团", "科投集团", "锦城街道", "锦北街道", "锦南街道",
    "青山湖街道", "昌化镇", "天目山镇")]
_NURSERIES = [("卫生健康局", "lead")] + [(name, "assist") for name in (
    "财政局", "教育局", "规划和自然资源分局", "医疗保障分局", "民政局", "妇联", "各镇(街道)")]


def _grids(text: str) -> list[Grid]:
    return list(read_text_layout(text, "page.txt").grids)


# --- the round's reading ----------------------------------------------------------------------------------------

def test_a_district_s_projects_table_under_its_information_rows_reads_each_row_s_owners():
    # was: refused (no task table found: the header stood fourth in one grid with the information rows)
    measures = read_document(LINAN).measures
    assert [(m.number, m.heading_path, owners(m)) for m in measures] == [
        (1, [], _SCHOOLS), (2, [], _NURSERIES), (3, [], [])]  # row 3 is cut in its 工作举措 cell, before its owners


def test_the_information_rows_above_a_task_table_give_the_document_s_date():
    # was: no date (the 发文日期 row stood in one grid with the task table's rows)
    assert page_metadata(LINAN).date == date(2022, 7, 14)


def test_a_city_s_list_with_no_owner_column_is_refused_its_notice_read():
    # its one row, cut, names no owner: refused by design (KEY.md), the notice's particulars read
    assert refusal_cause(HUZHOU).startswith("no task table or task list found")
    metadata = page_metadata(HUZHOU)
    assert (metadata.title, metadata.doc_no, metadata.issuer, metadata.date) == (
        "湖州市人民政府办公室关于印发2017年度湖州市政府重点工作清单的通知", "湖政办发〔2017〕33号", "湖州市人民政府办公室",
        date(2017, 3, 31))


def test_notices_reports_and_news_naming_no_task_are_refused():
    assert [refusal_cause(path).startswith("no task table or task list found") for path in REFUSED] == [True] * len(REFUSED)


def test_a_2026_district_notice_reads_its_piped_information_table():
    metadata = page_metadata(CAIDIAN)
    assert (metadata.doc_no, metadata.issuer, metadata.date) == ("蔡政办〔2026〕1号", "区人民政府办公室", date(2026, 1, 4))


# --- information rows over a task table in one grid ---------------------------------------------------------------

_INFO = "发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n"
_HEADER = "序号 | 实事项目 | 责任单位 | 配合单位 |\n"
_ROW = "1 | 新建成公办中小学7所。 | 教育局 | 财政局 |\n"


def test_information_rows_over_a_header_are_cut_from_the_table():
    grids = _grids(_INFO + _HEADER + _ROW)
    assert [len(grid.rows) for grid in grids] == [1, 2]
    assert [cell.text for cell in grids[1].rows[0].cells] == ["序号", "实事项目", "责任单位", "配合单位"]


def test_an_information_table_alone_stays_whole():
    # quiet: every row an information row, no header under them
    grid = _grids(_INFO + "文 号 | 临政发〔2022〕1号 | 有效性 | 有效 |\n")[0]
    assert split_leading_info_rows(grid) == [grid]


def test_information_rows_over_a_row_that_is_no_header_stay_whole():
    # quiet: the row under them is a task's row (or a title printed as the table's last row), not a header
    grid = _grids(_INFO + _ROW)[0]
    assert split_leading_info_rows(grid) == [grid]


def test_a_table_opening_with_its_header_stays_whole():
    # quiet: no information row before the header
    grid = _grids(_HEADER + _ROW)[0]
    assert split_leading_info_rows(grid) == [grid]


_INFO_2 = "索引号 | 000330185/2022-83945 | 公开方式 | 主动公开 |\n"
_TITLE_ROW = "临安区2022年十方面民生实事项目 |\n"


def test_a_row_printing_nothing_between_information_rows_and_the_header_goes_with_the_information_rows():
    # a page's empty bar row under its information table, as grid_info_rows reads it: before, the grid stayed whole
    # and no table was found (the header stood below where a header is looked for)
    grids = _grids(_INFO_2 + _INFO + "| | | | |\n" + _HEADER + _ROW)
    assert [len(grid.rows) for grid in grids] == [3, 2]
    assert [cell.text for cell in grids[1].rows[0].cells] == ["序号", "实事项目", "责任单位", "配合单位"]


def test_a_title_printed_as_the_information_rows_last_row_over_the_header_goes_with_them():
    # grid_info_rows reads a one-cell last row under two information rows as the page's title
    grids = _grids(_INFO_2 + _INFO + _TITLE_ROW + _HEADER + _ROW)
    assert [len(grid.rows) for grid in grids] == [3, 2]
    assert [cell.text for cell in grids[1].rows[0].cells] == ["序号", "实事项目", "责任单位", "配合单位"]


def test_a_one_cell_row_under_one_information_row_over_the_header_stays_whole():
    # quiet: one information row is too few for a title row under it (grid_info_rows wants two)
    grid = _grids(_INFO + _TITLE_ROW + _HEADER + _ROW)[0]
    assert split_leading_info_rows(grid) == [grid]


def test_a_title_row_under_information_rows_over_no_header_stays_whole():
    # quiet: the one-cell row is followed by a task's row, not a header
    grid = _grids(_INFO_2 + _INFO + _TITLE_ROW + _ROW)[0]
    assert split_leading_info_rows(grid) == [grid]

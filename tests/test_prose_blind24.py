"""The prose24 blind round (tests/fixtures/prose-blind24/KEY.md and key.toml, written before the reader ran):
ten pages (a development zone's points whose one bracket names the item's leaders, its lead and the units
assisting it; a city's points with 牵头单位/责任单位 lines under two heading ranks; a city bureau's half-year
progress table; two autonomous prefectures, a development zone's office, a town, a district, a county bureau and
a sample site's copy, all rightly refused or read with no owner), read as the key says, and the faults of kind
the round found:

- a table flattened one cell a line, with no blank line, whose numbered rows are too few or too far apart for a
  run of numbers (two rows; the tasks 145 and 249 a bureau reports out of its city's list) was one row, refused
  as a header with no row under it: its rows are now cut at the header's width where every row opens with a
  rising number (pilotplans/parsers/text/pipes.py);
- bodies joined by spaces alone were one name where one of them, a broadcaster (市广播电视台), ended as no
  body's name does: 电视台 is a body's ending (tasklist.toml ``body_endings``), 台 alone is not."""

from __future__ import annotations

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.fields import is_body_list
from tests.conftest import FIXTURES
from tests.page_metadata import owners, read_text, refusal_cause, text_refusal_cause

BLIND = FIXTURES / "prose-blind24"
HEFEI = BLIND / "hefei-2022-high-tech-zone-key-work-leaders-lead-and-cooperating-units-in-one-bracket-no-head-cut.txt"
PINGDINGSHAN = BLIND / "pingdingshan-2013-city-office-key-work-piped-info-rows-lead-and-responsible-lines-cut.txt"
HUAINAN = BLIND / "huainan-2025-city-bureau-report-tasks-half-year-progress-piped-lead-column-names-space-joined.txt"
YUNYAN = BLIND / "yunyan-2021-district-office-health-plan-number-before-title-signature-spaced-cut-in-targets.txt"

_NO_ROW = "a task table header was found, but no row under it reads as a measure (an empty, cut or misread table)"


# --- the round's reading ----------------------------------------------------------------------------------------

def test_a_zone_s_bracket_names_its_leaders_no_owner_its_lead_and_the_units_assisting_it():
    measures = read_document(HEFEI).measures
    part = ["坚持稳中求进,推动经济高质量发展"]
    assert [(m.number, m.heading_path, owners(m)) for m in measures] == [
        (1, part, [("区经贸局", "lead")] + [(name, "assist") for name in (
            "区投促局", "财政局", "建设局", "人事局", "城管局", "市场监管局", "综保办", "科技局", "生态环境分局", "税务局",
            "自规分局", "鑫城公司", "新创公司", "各社区管委会")]),
        (2, part, [("区经贸局", "lead")] + [(name, "assist") for name in (
            "区投促局", "建设局", "财政局", "人事局", "科技局", "鑫城公司", "各社区管委会")]),
        (3, part, [("区经贸局", "lead")] + [(name, "assist") for name in ("区投促局", "建设局", "财政局", "科技局", "鑫城公司")]),
        (4, part, [])]  # cut in its text, before its bracket; 牵头负责领导:徐斌、汪洋 are persons, never owners


def test_a_city_s_points_give_each_item_the_lead_and_responsible_lines_under_it():
    measures = read_document(PINGDINGSHAN).measures
    stock, growth = ["加快产业转型", "调整优化存量"], ["加快产业转型", "着力扩大增量"]
    zones = [("市发改委", "lead"), ("市工业和信息化局", "carry_out"), ("高新区管委会", "carry_out"),
             ("新城区管委会", "carry_out"), ("相关县(市、区)政府", "carry_out")]
    assert [(m.number, m.heading_path, owners(m)) for m in measures] == [
        (1, stock, [("市工业和信息化局", "lead"), ("市发改委", "carry_out"), ("市政府金融办", "carry_out"),
                    ("市商务局", "carry_out"), ("市煤炭局", "carry_out")]),
        (2, stock, [("市发改委", "lead"), ("市工业和信息化局", "carry_out"), ("相关县(市、区)政府", "carry_out")]),
        (3, growth, zones), (4, growth, zones),
        (5, ["加快产业转型", "提升产业集聚区水平"], [])]  # cut in its text, before its lines: read, its owners missing


def test_a_city_s_item_cut_in_its_text_before_its_lines_is_read_warned_that_its_owners_are_missing():
    # the page ends inside item 5, numbered on from items 1–4 (round 51: dropped with a note before)
    last = read_document(PINGDINGSHAN).measures[-1]
    assert (last.number, last.text.endswith("形成龙头带"), [w.code for w in last.warnings]) == (
        5, True, ["responsibility_missing"])


def test_a_district_office_s_notice_cut_in_its_plan_s_targets_is_refused():
    assert refusal_cause(YUNYAN).startswith("no task table or task list found")


# --- a table one cell a line cut at its header's width ---------------------------------------------------------

_HUAINAN_145 = [("市自规局", "lead"), ("市城管局", "lead"), ("市住建局", "lead"), ("市商务局", "lead"), ("市机关事务管理局", "lead")]
_HUAINAN_249 = [(name, "lead") for name in ("市委社会工作部", "市广播电视台", "市地震局", "市气象局", "市档案局",
                                          "市党史和地方志研究室", "市邮政管理局", "市公积金管理中心", "市机关事务管理局")]


def test_a_bureau_s_progress_table_one_cell_a_line_reads_the_two_tasks_it_reports():
    # was: refused (the two rows, numbered 145 and 249, one row of twelve cells under the header)
    measures = read_document(HUAINAN).measures
    assert [(m.number, m.heading_path, owners(m)) for m in measures] == [(145, [], _HUAINAN_145), (249, [], _HUAINAN_249)]


def test_two_rows_numbered_1_and_2_one_cell_a_line_are_cut_at_the_header_s_width(tmp_path):
    # two rows make one gap between numbers, too few for a run of numbers to tell the rows' width
    page = HUAINAN.read_text(encoding="utf-8").replace("\n145 |\n", "\n1 |\n").replace("\n249 |\n", "\n2 |\n")
    assert [(m.number, owners(m)) for m in read_text(tmp_path, page).measures] == [(1, _HUAINAN_145), (2, _HUAINAN_249)]


def test_rows_whose_numbers_fall_are_not_cut_at_the_header_s_width(tmp_path):
    # quiet: 145 then 120 is no order of rows; the cells stay one row, and the table is refused as before
    page = HUAINAN.read_text(encoding="utf-8").replace("\n249 |\n", "\n120 |\n")
    assert text_refusal_cause(tmp_path, page) == _NO_ROW


def test_cells_no_multiple_of_the_header_s_width_are_not_cut_at_it(tmp_path):
    # quiet: the last row one cell short (its 落实情况 lost): no width fits every row, nothing is guessed
    page = HUAINAN.read_text(encoding="utf-8")
    assert text_refusal_cause(tmp_path, page[:page.rindex("\n")]) == _NO_ROW


# --- a broadcaster's name ----------------------------------------------------------------------------------------

def test_a_broadcaster_ends_as_a_body_s_name_does():
    assert is_body_list("市委社会工作部、市广播电视台、市地震局")


def test_a_platform_is_no_body_by_its_last_character():
    # quiet: 台 alone is no ending (搭建服务平台 names no body)
    assert not is_body_list("搭建服务平台")


def _columns_moved(page: str, order: list[int]) -> str:
    """``page`` (a table one cell a line under a title) with every row's cells, the header's too, put in ``order``."""
    title, *cells = page.rstrip("\n").split("\n")
    width = len(order)
    rows = [cells[i:i + width] for i in range(0, len(cells), width)]
    return "\n".join([title] + [row[k] for row in rows for k in order]) + "\n"


def test_a_header_whose_first_label_names_no_number_column_is_not_cut_at_the_first_number(tmp_path):
    # quiet: 主要任务 | 牵头单位 | 序号 | 落实情况 — the first number (145) is no row's first cell; cut there, a row's
    # task and its lead became labels and a deadline-like cell its owner; the cells stay one row, refused as before
    page = _columns_moved(HUAINAN.read_text(encoding="utf-8"), [1, 2, 0, 3])
    assert page.split("\n")[1:4] == ["主要任务 |", "牵头单位 |", "序号 |"]
    assert text_refusal_cause(tmp_path, page) == _NO_ROW


def test_a_radio_station_and_the_national_broadcaster_end_as_a_body_s_name_does():
    # the kind, not the one name met: a county's radio station (广播电台) and 中央广播电视总台 are broadcasters too
    assert is_body_list("县文化旅游体育局、县人民广播电台")
    assert is_body_list("县委宣传部、中央广播电视总台")


def test_a_front_desk_is_no_body_by_its_总台():
    # quiet: 总台 alone is no ending (设立政务服务总台 names no body); only 电视总台 is a broadcaster's
    assert not is_body_list("设立政务服务总台")


# --- a header a label short, one cell a line ending in a bar (prose-blind22's 池州 page, its bars moved) ------------

CHIZHOU = FIXTURES / "prose-blind22" / "chizhou-20xx-department-open-government-list-cell-per-line-header-one-short.txt"


def _bars_at_line_ends(page: str) -> str:
    """``page`` (a table one cell a line, each bar alone on the line after its cell) as a converter ending each
    cell's line with its bar prints it."""
    return page.replace("\n|\n", " |\n")


def test_a_header_a_label_short_of_its_numbered_rows_is_refused_naming_its_labels(tmp_path):
    # was: eight measures, each row's task under 责任科室 and its clauses read as owners (对行政规范性文件进行全面清理 lead)
    page = _bars_at_line_ends(CHIZHOU.read_text(encoding="utf-8"))
    with pytest.raises(UnreadableFile) as refused:
        read_text(tmp_path, page)
    assert "has 4 labels in its header (工作任务 | 具体要求 | 责任科室 | 时限要求) but its numbered rows hold 5 cells" in str(refused.value)


def test_the_same_header_with_its_number_label_is_read_row_by_row(tmp_path):
    # quiet: the 序号 label printed, the header as wide as the rows: the eight rows are read, not refused
    page = _bars_at_line_ends(CHIZHOU.read_text(encoding="utf-8")).replace("工作任务 |\n", "工作任务 |\n序号 |\n", 1)
    assert [m.number for m in read_text(tmp_path, page).measures] == list(range(1, 9))


def test_a_task_cell_before_the_number_merged_over_two_rows_is_read_as_merged_and_warned(tmp_path):
    # the 工作任务 cell before 序号, merged over rows 3–4, printed once: read before stop 57 as row 3's deadline lost
    # and row 4's task 持续推进 (warned cell_displaced); read since tables37 (a column before 序号 merged down) as row
    # 3's cell carried down to row 4, warned so
    page = _bars_at_line_ends(CHIZHOU.read_text(encoding="utf-8")).replace("工作任务 |\n", "工作任务 |\n序号 |\n", 1)
    measures = read_text(tmp_path, page).measures
    assert [(m.number, m.text, owners(m), m.deadline) for m in measures[2:4]] == [
        (3, "做好主动公开基础工作", [("各科室", "lead")], "持续推进"),
        (4, "做好主动公开基础工作", [("办公室", "lead")], "持续推进"),
    ]
    warned = [(m.number, w.code) for m in measures for w in m.warnings if w.code in {"cell_merged_inferred", "cell_displaced"}]
    assert warned == [(4, "cell_merged_inferred")]


def test_rows_each_a_full_row_apart_are_not_warned_as_displaced(tmp_path):
    # quiet: every number a row's width from the next (the merged cell printed in both rows)
    page = _bars_at_line_ends(CHIZHOU.read_text(encoding="utf-8")).replace("工作任务 |\n", "工作任务 |\n序号 |\n", 1)
    page = page.replace("持续推进 |\n4 |\n", "持续推进 |\n做好主动公开基础工作 |\n4 |\n", 1)
    measures = read_text(tmp_path, page).measures
    assert [m.number for m in measures] == list(range(1, 9))
    assert not any(w.code == "cell_displaced" for m in measures for w in m.warnings)


def _cut_by_a_page_break_before_row_5_s_deadline(page: str) -> str:
    """``page`` with a page's footer (— 2 —) printed between row 5's owner and its deadline, as a PDF's text
    extraction cuts a table: the table's part before the break ends a row a cell short."""
    five = page.index("5 |\n")
    deadline = page.index("持续推进 |\n", five)
    return page[:deadline] + "\n— 2 —\n\n" + page[deadline:]


def test_a_table_whose_last_row_a_page_break_cut_short_is_cut_at_the_rows_after_its_header(tmp_path):
    # was: the cut row taken for the table's end, every row read a cell early — 时限要求 dropped from the header,
    # row 3 losing its number and its clauses read as owners (严格规范政府信息公开专栏 lead, 及时 assisting)
    page = _bars_at_line_ends(CHIZHOU.read_text(encoding="utf-8")).replace("工作任务 |\n", "工作任务 |\n序号 |\n", 1)
    measures = read_text(tmp_path, _cut_by_a_page_break_before_row_5_s_deadline(page)).measures
    assert [(m.number, owners(m)) for m in measures][:5] == [
        (1, [("办公室", "lead")]), (2, [("各科室", "lead")]), (3, [("各科室", "lead")]), (4, [("办公室", "lead")]),
        (5, [("各科室", "lead")])]
    assert [m.deadline for m in measures][:2] == ["年底前", "持续推进"]

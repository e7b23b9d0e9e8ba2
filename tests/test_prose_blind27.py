"""The prose27 blind round (tests/fixtures/prose-blind27/KEY.md and key.toml, written before the reader ran):
twelve pages (a 2013 city's duty division in traditional script whose items close with ``(X部門負責)``, a sample
site's copy whose 职责分工 section prints each body as an item's title over its duties, a sample site's straw-burning
plan run into one line, and nine pages rightly refused: two towns' 2025 plans, two 直辖市 districts' notices, an
autonomous region's 2006 division notice, a 厅's Party group's opinions, a city's 2026 notice whose list is an
attachment, a city's 2014 arrangements cut in its first item, a new area's 2025 arrangements naming no owner), read
as the key says, and the fault of kind the round found:

- a duty division printing each body as an item's title, its duties in the paragraph under it (``三、職責分工`` /
  ``(一)市公安局`` / ``…依法查處。``), read as no task list: its items name their owners in no bracket or field line, so
  the page was refused as cut before any measure. Where every item of a style under one heading, two or more, is a
  body's name alone over its duties, the body carries its duties out (pilotplans/parsers/interpret/body_titles.py).

and round 26's leftovers: a task column's sentence opening its row's measure (临安), a table one cell a line numbered
anew under each heading going on past it, and a piped ledger's rows a merged 工作任务 cell shortens placed past that
column (广东).
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from pilotplans.parsers.text import read_text as read_text_layout
from tests.page_metadata import owners, read_text, refusal_cause

BLIND = FIXTURES / "prose-blind27"
SHANDONG = BLIND / "shandong-2013-city-road-traffic-duty-division-traditional-departments-responsible-bracketed-cut.txt"
VEHICLE = BLIND / "vehicle-restriction-sample-site-copy-traditional-duty-division-owners-as-headings-cut.txt"
REFUSED = [BLIND / name for name in (
    "dulou-2025-town-straw-burning-plan-breadcrumb-stages-no-owners-cut.txt",
    "dinghu-2025-town-party-and-government-straw-burning-notice-joint-signature-no-owners-cut.txt",
    "liangping-2021-municipality-district-work-report-breakdown-notice-requests-only-cut.txt",
    "neimenggu-2006-autonomous-region-five-year-outline-division-notice-info-lines-principles-cut.txt",
    "changzhi-2026-city-work-report-task-list-notice-info-bullets-attachment-not-printed-cut.txt",
    "xiqing-2016-municipality-district-five-year-outline-division-notice-investment-site-run-on-cut.txt",
    "anhui-2021-province-transport-department-party-group-opinions-law-site-fields-no-owners-cut.txt",
    "zhaoqing-2014-city-regional-outline-key-tasks-info-lines-no-owners-cut.txt",
    "cuiheng-2025-new-area-work-arrangements-traditional-headless-no-owners-cut.txt",
)]


# --- the round's reading ----------------------------------------------------------------------------------------

def test_a_city_s_duty_division_reads_the_department_each_item_s_bracket_makes_responsible():
    measures = read_document(SHANDONG).measures
    # item 4 is cut in its text, before its owners
    assert [(m.number, m.heading_path, owners(m)) for m in measures[:3]] == [
        (1, ["加強道路運輸企業安全管理", "規範道路運輸企業生產經營行為"], [("交通運輸部門", "carry_out")]),
        (2, ["加強道路運輸企業安全管理", "規範道路運輸企業生產經營行為"], [("交通運輸部門", "carry_out")]),
        (3, ["加強道路運輸企業安全管理", "規範道路運輸企業生產經營行為"], [("公安部門", "carry_out")])]


def test_pages_naming_no_task_s_owner_are_refused():
    assert [refusal_cause(path).startswith("no task table or task list found") for path in REFUSED] == [True] * len(REFUSED)


# --- a duty division whose items are titled by their bodies -----------------------------------------------------

def test_a_duty_division_s_bodies_carry_out_the_duties_printed_under_their_names():
    # was: refused, the page read as cut before any measure of 《機動車區域限行實施方案》 named its owners
    measures = read_document(VEHICLE).measures
    assert [(m.number, m.heading_path, owners(m)) for m in measures] == [
        (1, ["職責分工"], [("市公安局", "carry_out")]), (2, ["職責分工"], [("市環保局", "carry_out")]),
        (3, ["職責分工"], [("市交通運輸局", "carry_out")]), (4, ["職責分工"], [("市財政局", "carry_out")]),
        (5, ["職責分工"], [("市城管局", "carry_out")])]


def test_a_body_s_duties_are_its_measure_s_text_without_its_name():
    assert read_document(VEHICLE).measures[3].text == "負責限行工作專項經費的保障。"


_DUTIES = "三、职责分工\n（一）市公安局\n负责设置禁止通行标志，依法查处违规车辆。\n（二）市财政局\n负责限行工作专项经费的保障。\n"


def test_a_simplified_duty_division_reads_alike(tmp_path):
    measures = read_text(tmp_path, _DUTIES).measures
    assert [(m.heading_path, owners(m), m.text) for m in measures] == [
        (["职责分工"], [("市公安局", "carry_out")], "负责设置禁止通行标志，依法查处违规车辆。"),
        (["职责分工"], [("市财政局", "carry_out")], "负责限行工作专项经费的保障。")]


def test_a_body_titled_item_beside_tasks_names_no_owner(tmp_path):
    # quiet: the other item of its style is a task, not a body's duties: the list is no duty division, and the
    # task's bracket names the owners of the page
    text = "三、重点任务\n（一）市公安局\n设置禁止通行标志。\n（二）强化宣传引导。（责任单位：市委宣传部）\n"
    measures = read_text(tmp_path, text).measures
    assert [(owners(m), [w.code for w in m.warnings]) for m in measures] == [
        ([], ["responsibility_missing"]), ([("市委宣传部", "carry_out")], ["department_unresolved"])]


def test_an_item_whose_line_runs_on_past_the_body_s_name_is_a_task(tmp_path):
    # quiet: 市公安局加强巡查。 is a task whose sentence opens with a body, not a body's name over its duties
    text = "三、职责分工\n（一）市公安局加强巡查。\n依法查处违规车辆。\n（二）市财政局保障经费。\n落实专项资金。\n"
    assert refusal_cause(_written(tmp_path, text)).startswith("no task table or task list found")


def test_one_body_titled_item_alone_is_no_duty_division(tmp_path):
    # quiet: a single item so printed is too little evidence of a section of duties by body
    text = "三、职责分工\n（一）市公安局\n负责设置禁止通行标志，依法查处违规车辆。\n"
    assert refusal_cause(_written(tmp_path, text)).startswith("no task table or task list found")


def test_a_section_of_each_body_s_duties_under_another_duty_heading_reads_alike(tmp_path):
    # the heading names a division of duties in other words (部门职责): the kind of section, not one name
    text = "三、部门职责\n（一）市公安局\n负责设置禁止通行标志。\n（二）市财政局\n负责限行工作专项经费的保障。\n"
    assert [(m.heading_path, owners(m)) for m in read_text(tmp_path, text).measures] == [
        (["部门职责"], [("市公安局", "carry_out")]), (["部门职责"], [("市财政局", "carry_out")])]


def test_a_contact_list_titled_by_bodies_names_no_owner(tmp_path):
    # quiet: bodies over their contacts under 联系方式 own nothing: no duty division (was: each contact line read as
    # a measure the body carries out)
    text = "四、联系方式\n（一）市公安局\n联系人：张三，电话：0531-12345678。\n（二）市财政局\n联系人：李四，电话：0531-87654321。\n"
    assert refusal_cause(_written(tmp_path, text)).startswith("no task table or task list found")


def test_a_leading_group_s_members_titled_by_bodies_name_no_owner(tmp_path):
    # quiet: a leading group's member bodies over the post each sends are no duties (was: 分管副局长1名 read as a
    # measure 市公安局 carries out)
    text = "一、成立领导小组\n（一）市公安局\n分管副局长1名。\n（二）市财政局\n分管副局长1名。\n"
    assert refusal_cause(_written(tmp_path, text)).startswith("no task table or task list found")


def _written(folder, text: str):
    path = folder / "page.txt"
    path.write_text(text, encoding="utf-8")
    return path


# --- round 26's leftovers: a task column's sentences (临安, prose-blind25) ------------------------------------------

LINAN = FIXTURES / "prose-blind25" / "linan-2022-district-practical-projects-info-rows-piped-table-responsible-and-cooperating-columns-cut.txt"


def test_a_project_column_s_sentence_opens_its_row_s_measure():
    # was: the 实事项目 column made the heading column, each row's project dropped, only a document-level
    # cell_displaced warning left ("heading column holds a sentence")
    document = read_document(LINAN)
    assert [m.text.split("\n")[0] for m in document.measures] == [
        "新建成公办中小学、幼儿园7所,新增中小学、幼儿园公办学位6800个。",
        "新建成婴幼儿照护服务成长驿站7家,新增婴幼儿照护服务托位500个,开展胃肠癌联合筛查1万例以上。",
        "实施农村公路大中修100公里,新增公交线路3条,优化调整公交线路20条。"]
    assert [w.code for w in document.warnings if w.code == "cell_displaced"] == []


def test_a_heading_column_s_sentence_is_still_warned_out_of_place(tmp_path):
    # quiet: a column labelled with a heading's word (领域) holding a sentence is a cell out of place, not a task
    text = ("序号 | 领域 | 具体举措 | 责任单位 |\n"
            "1 | 推进政务服务改革,全面提升办事效率。 | 推行一网通办。 | 区政务服务中心 |\n")
    document = read_text(tmp_path, text)
    assert [(m.text, owners(m)) for m in document.measures] == [("推行一网通办。", [("区政务服务中心", "lead")])]
    assert [w.message for w in document.warnings if w.code == "cell_displaced"] == [
        "heading column holds a sentence: 推进政务服务改革,全面提升办事效率。…"]


def _merged_task_table(folder, label: str, task: str):
    """A DOCX table whose ``label`` column's cell, holding ``task``, is merged down beside two rows' measures."""
    import docx

    document = docx.Document()
    document.add_paragraph("某区2023年重点工作任务分解表")
    table = document.add_table(rows=3, cols=4)
    for column, value in enumerate(["序号", label, "具体措施", "责任单位"]):
        table.cell(0, column).text = value
    table.cell(1, 1).merge(table.cell(2, 1)).text = task
    for row, cells in ((1, ["1", "推行一网通办。", "区政务服务中心"]), (2, ["2", "推行容缺受理。", "区市场监管局"])):
        for column, value in zip((0, 2, 3), cells):
            table.cell(row, column).text = value
    path = folder / "plan.docx"
    document.save(path)
    return read_document(path)


def test_a_task_column_s_sentence_merged_down_opens_each_row_s_measure_beside_it(tmp_path):
    # was: only the first row's measure opened with it, the second's lost it with nothing said
    document = _merged_task_table(tmp_path, "重点工作", "优化营商环境,提升服务效能。")
    assert [m.text for m in document.measures] == [
        "优化营商环境,提升服务效能。\n推行一网通办。", "优化营商环境,提升服务效能。\n推行容缺受理。"]


def test_a_heading_column_s_sentence_merged_down_opens_no_measure(tmp_path):
    # quiet: a heading's column (领域) holding a sentence is a cell out of place, warned, on every row it spans
    document = _merged_task_table(tmp_path, "领域", "优化营商环境,提升服务效能。")
    assert [m.text for m in document.measures] == ["推行一网通办。", "推行容缺受理。"]
    assert [w.code for w in document.warnings if w.code == "cell_displaced"] == ["cell_displaced"]


# --- round 26's leftovers: a table one cell a line numbered anew under each heading ---------------------------------

_CELLS_HEADER = "序号\n重点工作任务\n主要责任单位\n协同配合单位\n"
_FIRST_PART = ("一、主要预期目标\n1\n固定资产投资增长7.5%左右。\n区发改委\n区工信局、区住建局\n"
               "2\n社会消费品零售总额增长6%。\n区商务局\n区统计局\n")
_SECOND_PART = "二、民生实事\n1\n新建口袋公园10个。\n区住建局\n各街道\n2\n新增托位500个。\n区卫健委\n各乡镇\n"


def _measures(tmp_path, text: str) -> list[tuple[int | None, list[str], str]]:
    return [(m.number, m.heading_path, m.text) for m in read_text(tmp_path, text).measures]


_ALL = [(1, ["主要预期目标"], "固定资产投资增长7.5%左右。"), (2, ["主要预期目标"], "社会消费品零售总额增长6%。"),
        (1, ["民生实事"], "新建口袋公园10个。"), (2, ["民生实事"], "新增托位500个。")]


def test_rows_numbered_anew_under_the_next_heading_go_on_with_the_table(tmp_path):
    # was: the table ended at 二、民生实事, its rows 1 and 2 lost with nothing said
    assert _measures(tmp_path, _CELLS_HEADER + _FIRST_PART + _SECOND_PART) == _ALL


def test_rows_numbered_anew_after_a_page_s_number_and_a_heading_go_on_with_the_table(tmp_path):
    # was: lost too, the page's number (- 3 -) before the heading read as what ends the table
    assert _measures(tmp_path, _CELLS_HEADER + _FIRST_PART + "- 3 -\n" + _SECOND_PART) == _ALL


def test_a_second_table_printing_its_header_under_a_heading_is_no_row_of_the_first(tmp_path):
    # quiet: a table of its own prints its header before its first row: the first table ends at the heading
    second = "二、民生实事\n" + _CELLS_HEADER + _SECOND_PART.split("\n", 1)[1]
    grid = read_text_layout(_CELLS_HEADER + _FIRST_PART + second, "page.txt").grids[0]
    assert [row.cells[0].text for row in grid.rows] == ["序号", "一、主要预期目标", "1", "2"]


def test_rows_restarting_under_a_title_are_no_rows_of_the_table(tmp_path):
    # quiet: an appendix's title (no numbered heading) before the restart says another list begins
    appendix = "附件2\n" + _SECOND_PART.split("\n", 1)[1]
    grid = read_text_layout(_CELLS_HEADER + _FIRST_PART + appendix, "page.txt").grids[0]
    assert [row.cells[0].text for row in grid.rows] == ["序号", "一、主要预期目标", "1", "2"]


# --- round 26's leftovers: a piped ledger whose 工作任务 cell is merged down its rows (广东, prose-blind26) ---------

GUANGDONG = FIXTURES / "prose-blind26" / "guangdong-2021-province-health-commission-open-government-ledger-piped-responsible-divisions-cut.txt"


def test_rows_a_merged_group_cell_shortens_are_placed_past_the_group_s_column():
    # was: rows 2–4 and 6–8 read one column left, their 完成时限 as their owners (长期推进 cut to 长期) and no
    # heading; 细化分工 (each row's own task) is the text column now, 工作任务 the heading column grouping the rows
    measures = read_document(GUANGDONG).measures
    assert [(m.number, m.heading_path[0], m.responsibility, m.deadline) for m in measures] == [
        (1, "做好常态化疫情防控信息发布", "应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实", "长期推进"),
        (2, "做好常态化疫情防控信息发布", "疾控处", "长期推进"),
        (3, "做好常态化疫情防控信息发布", "宣传处会办公室", "2021年8月前"),
        (4, "做好常态化疫情防控信息发布", "规划信息处(爱卫办)", "长期推进"),
        (5, "常规政务公开事项", "政法处", "长期推进"),
        (6, "常规政务公开事项", "财务处", "2021年2月公布预算信息,2021年8月公布上年度决算信息"),
        (7, "常规政务公开事项", "政法处", "长期推进"),
        (8, "常规政务公开事项", "办公室", "长期推进")]


def test_a_row_printing_its_own_group_and_no_deadline_is_placed_as_printed(tmp_path):
    # quiet: the row's cells fit their columns one after the other (its group, its task, its bodies), its
    # 完成时限 left blank: no cell is merged from above
    text = ("序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 |\n"
            "1 | 做好疫情信息发布 | 发布权威信息 | 疾控处 | 长期推进 |\n"
            "2 | 常规政务公开事项 | 强化执法信息公开 | 政法处 |\n")
    measures = read_text(tmp_path, text).measures
    assert [(m.heading_path, m.text, m.responsibility, m.deadline) for m in measures] == [
        (["做好疫情信息发布"], "发布权威信息", "疾控处", "长期推进"), (["常规政务公开事项"], "强化执法信息公开", "政法处", None)]


def test_a_row_printing_its_own_group_and_task_and_no_owner_is_not_placed_past_its_group(tmp_path):
    # quiet: placed past its group's column, 强化执法信息公开 (its task) would fall under 责任处室, a cell naming no
    # body under the bodies' column: the row prints its own group (was: its group read as its task, its task as
    # its owners)
    text = ("序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 |\n"
            "1 | 做好疫情信息发布 | 发布权威信息 | 疾控处 | 长期推进 |\n"
            "2 | 常规政务公开事项 | 强化执法信息公开 | 2021年8月前 |\n")
    measures = read_text(tmp_path, text).measures
    assert [(m.heading_path, m.text) for m in measures] == [
        (["做好疫情信息发布"], "发布权威信息"), (["常规政务公开事项"], "强化执法信息公开")]


def test_a_row_a_merged_group_cell_shortens_whose_owner_prints_another_name_is_placed_past_it(tmp_path):
    # a body's other name in brackets after it (规划信息处(爱卫办)) is a body under 责任处室
    text = ("序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 |\n"
            "1 | 做好疫情信息发布 | 发布权威信息 | 疾控处 | 长期推进 |\n"
            "2 | 做好健康广东行动的信息发布 | 规划信息处(爱卫办) | 长期推进 |\n")
    measures = read_text(tmp_path, text).measures
    assert [(m.heading_path, m.text, m.responsibility, m.deadline) for m in measures] == [
        (["做好疫情信息发布"], "发布权威信息", "疾控处", "长期推进"),
        (["做好疫情信息发布"], "做好健康广东行动的信息发布", "规划信息处(爱卫办)", "长期推进")]

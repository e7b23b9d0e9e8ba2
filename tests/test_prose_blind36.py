"""The prose36 blind round (tests/fixtures/prose-blind36/KEY.md and key.toml, written before the reader ran): eight
pages of kinds earlier rounds hold few of (a 林区's news of its plan, a 镇's report and plan, a 镇's news on a mirror
glossing pinyin, a city bureau forwarding its region's plan to two 旗, a district committee's task table marking its
lead with *, a city's action plan on a news app closing its items on lead-only brackets, a county report dated 2003
on a wiki mirror, a county gazette's issue over a 办法 in articles), read as the key says, and the fault of kind the
round found:

- a title quoting a title that quotes another, the inner 〈〉 printed by a web copy as ASCII angle brackets
  (关于转发…《关于印发<内蒙古自治区…实施方案>的通知》的通知), read as no title line: each ``<…>`` inside one 《…》
  opening as a title does and holding Chinese text read as its 〈〉 now, where all the citation's brackets are such
  (pilotplans/parsers/titles.py ``_nested_read``).

Left (KEY.md, docs/reading.md): 闵行's table printed one cell a run of lines, a bare ``|`` line between cells, its
category cell merged down, its lead starred — refused; 神农架's and 清油河's places, named only in a news story's prose.
"""

from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, owners, page_metadata, refusal_cause

BLIND = FIXTURES / "prose-blind36"
MINHANG = BLIND / "minhang-2023-district-agriculture-committee-rural-revitalization-task-table-cell-per-line-starred-lead-town-column-no-title-cut.txt"
XIAN = BLIND / "xian-2019-city-rural-revitalization-three-year-action-plan-news-app-copy-lead-only-brackets-cut.txt"
TONGLIAO = BLIND / "tongliao-2023-city-bureau-forwarding-region-plan-to-banner-bureaus-association-site-no-owners-cut.txt"
SHEXIAN = BLIND / "shexian-2023-county-government-gazette-issue-contents-dates-run-together-measures-articles-cut.txt"
WEIZHUANG = BLIND / "weizhuang-2019-town-government-work-report-and-plan-county-portal-no-tasks.txt"
NOT_FOUND = "no task table or task list found"
NO_HEADER = f"{NOT_FOUND} (no header row with 序号/具体举措/责任分工 or similar, and no numbered item naming its 责任单位/牵头单位)"
# each refused page and the cause it is refused for, exactly: a user reads why, and what to look for instead
REFUSED = {
    "weizhuang-2019-town-government-work-report-and-plan-county-portal-no-tasks.txt":
        f"{NOT_FOUND}: the page is a speech or address to a meeting (opening `各位代表:`), not a plan of measures with"
        " their owners — find the plan or task list that puts what it announces into effect and read that",
    # its title read from the wiki mirror's infobox since mend37 (…政府工作報告): refused as a titled work report is
    # (muchuan's and tongwei's, prose-blind34), not for want of a header
    "faku-2004-county-government-work-report-traditional-wiki-mirror-infobox-no-tasks.txt":
        f"{NOT_FOUND}: a report on the progress of a plan, not the plan itself — read the plan it reports on",
    "tongliao-2023-city-bureau-forwarding-region-plan-to-banner-bureaus-association-site-no-owners-cut.txt":
        f"{NOT_FOUND}: the notice issuing 《关于印发<内蒙古自治区2023年国家农业产业强镇建设项目实施方案的>通知》 ends"
        " before the plan's text — the page is cut: find the page or attachment that holds the plan",
    "shennongjia-2021-forest-district-forest-chief-plan-news-report-no-tasks.txt":
        f"{NOT_FOUND}: a news report about 《神农架林区关于全面推行林长制的实施方案》, not the plan itself — find the"
        " plan's own notice and read that",
    "shexian-2023-county-government-gazette-issue-contents-dates-run-together-measures-articles-cut.txt":
        f"{NOT_FOUND}: 《歙县政府投资项目管理办法》 is a 办法, a document of rules, not a plan of measures with their"
        " owners — pilotplans reads task plans",
    "qingyouhe-2015-town-responsibility-list-news-traditional-pinyin-glossed-mirror-no-tasks.txt": NO_HEADER,
}
FORWARDING = "关于转发自治区农牧厅财政厅《关于印发<内蒙古自治区2023年国家农业产业强镇建设项目实施方案>的通知》的通知"
UNDER = ("科左后旗农牧局、财政局,库伦旗农牧和科技局、财政局:", "现将自治区农牧厅 财政厅的通知转发给你们,请认真抓好落实。")


# --- the round's reading ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", REFUSED)
def test_a_page_holding_no_task_list_is_refused_for_its_cause(name):
    # the cause as printed, 通辽's citation as its page prints it (实施方案的>通知: the copy's, not the reader's)
    assert refusal_cause(BLIND / name) == REFUSED[name]


def test_a_refused_page_is_one_error_line_naming_the_file_and_its_cause():
    path = TONGLIAO
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert (result.exit_code, result.stderr) == (1, f"error: {path}: {REFUSED[path.name]}\n")


def test_a_news_app_s_copy_of_a_plan_closing_its_item_on_a_lead_only_bracket_is_read():
    # 1.优化城乡结构布局 / its paragraph …(牵头单位:市资源规划局、市发改委、市住建局); item 2 cut before its owners
    first = read_document(XIAN).measures[0]
    assert (first.number, first.heading_path) == (1, ["主要工作和目标任务", "实施城乡空间优化行动"])
    assert owners(first) == [("市资源规划局", "lead"), ("市发改委", "lead"), ("市住建局", "lead")]


def test_a_town_s_report_and_plan_reads_its_title_and_government():
    meta = page_metadata(WEIZHUANG)
    assert (meta.title, meta.issuer, meta.level) == ("魏庄镇2018年政府工作报告和2019年工作计划", "魏庄镇人民政府", "township")


def test_a_gazette_issue_reads_its_first_notice_and_the_portal_s_date_never_a_date_run_together():
    # the signature's 20231128 (its 年月日 lost) is no date read; the portal's 发文日期 2023-11-30 is
    meta = page_metadata(SHEXIAN)
    assert (meta.title, meta.issuer, meta.date, meta.region) == (
        "歙县人民政府办公室关于印发《歙县政府投资项目管理办法》的通知", "歙县人民政府办公室", date(2023, 11, 30), "歙县")


def test_a_table_one_cell_a_run_of_lines_between_bare_bars_is_refused():
    # left: 闵行's cells each over one or more lines, a bare | line between them, the category merged down its rows
    # and the lead starred; no reader tells its rows, and nothing is read rather than misplaced
    assert refusal_cause(MINHANG) == NO_HEADER


# --- a nested title's marks printed as ASCII angle brackets ---------------------------------------------------------

def test_a_nested_title_s_ascii_angle_brackets_read_as_its_marks():
    # fires: 通辽's notice forwarding its region's notice, whose plan's title a web copy nested in <> for 〈〉
    meta = page_metadata(TONGLIAO)
    assert (meta.title, meta.doc_no) == (FORWARDING, "通农牧发〔2023〕241号")


def test_a_nested_title_s_angle_brackets_on_a_line_of_lines():
    assert lines_metadata("通农牧发〔2023〕241号", FORWARDING, *UNDER).title == FORWARDING


def test_angle_brackets_outside_a_quoted_title_make_no_title_line():
    # quiet: <…> standing for the outer 《》 (no 《》 around it) is no nesting the rule reads
    assert lines_metadata("关于印发<内蒙古自治区国家农业产业强镇建设项目实施方案>的通知", *UNDER).title is None


def test_two_nested_titles_in_ascii_angle_brackets_read_as_their_marks():
    # fires: a notice issuing two plans, cited with both inner titles in <> (the citation 长沙's page prints,
    # prose-blind15), forwarded; kept as printed
    line = ("关于转发《湖南省教育厅等九部门关于印发<湖南省学前教育发展提升行动计划(2022—2025年)>和"
            "<湖南省县域普通高中发展提升行动计划(2022—2025年)>的通知》的通知")
    assert lines_metadata(line, *UNDER).title == line


def test_a_nested_title_opening_on_a_quoted_word_in_ascii_angle_brackets_reads_as_its_marks():
    # fires: the inner title opens on “十四五” (教育部's citation as 长沙's page prints it, prose-blind15)
    line = "关于转发《教育部等九部门关于印发<“十四五”学前教育发展提升行动计划>的通知》的通知"
    assert lines_metadata(line, *UNDER).title == line


def test_a_nested_title_opening_on_its_year_in_ascii_angle_brackets_reads_as_its_marks():
    line = "关于转发《关于印发<2023年全区农村牧区工作要点>的通知》的通知"
    assert lines_metadata(line, *UNDER).title == line


def test_a_lone_angle_bracket_inside_a_quoted_title_makes_no_title_line():
    # quiet: a comparison or a bracket the copy lost its mate of is no nested title's marks
    assert lines_metadata("关于转发《关于印发<农业产业强镇建设项目实施方案的通知》的通知", *UNDER).title is None


def test_a_markup_tag_beside_a_nested_title_makes_no_title_line():
    # quiet: one <…> a nested title, the other a tag (<br>): the citation's brackets are not all a title's marks
    assert lines_metadata("关于转发《关于印发<甲乡村振兴实施方案>和<br>乙方案的通知》的通知", *UNDER).title is None


def test_a_bare_number_in_ascii_angle_brackets_inside_a_quoted_title_makes_no_title_line():
    # quiet: <35> (a figure, no title's words) is no nested title
    assert lines_metadata("关于转发《关于大气颗粒物浓度<35>的通知》的通知", *UNDER).title is None


def test_a_markup_tag_inside_a_quoted_title_makes_no_title_line():
    # quiet: a page's markup left in the text (<br>) is no title's marks, whatever 《》 stands around it
    assert lines_metadata("关于转发《关于印发<br>农业产业强镇建设项目实施方案的通知》的通知", *UNDER).title is None

"""The prose36 blind round (tests/fixtures/prose-blind36/KEY.md and key.toml, written before the reader ran): eight
pages of kinds earlier rounds hold few of (a 林区's news of its plan, a 镇's report and plan, a 镇's news on a mirror
glossing pinyin, a city bureau forwarding its region's plan to two 旗, a district committee's task table marking its
lead with *, a city's action plan on a news app closing its items on lead-only brackets, a county report dated 2003
on a wiki mirror, a county gazette's issue over a 办法 in articles), read as the key says, and the fault of kind the
round found:

- a title quoting a title that quotes another, the inner 〈〉 printed by a web copy as ASCII angle brackets
  (关于转发…《关于印发<内蒙古自治区…实施方案>的通知》的通知), read as no title line: ``<>`` inside one 《…》 holding
  Chinese text read as its 〈〉 now (pilotplans/parsers/titles.py ``_NESTED_ASCII``).

Left (KEY.md, docs/reading.md): 闵行's table printed one cell a run of lines, a bare ``|`` line between cells, its
category cell merged down, its lead starred — refused; 神农架's and 清油河's places, named only in a news story's prose.
"""

from __future__ import annotations

from datetime import date

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, owners, page_metadata, refusal_cause

BLIND = FIXTURES / "prose-blind36"
MINHANG = BLIND / "minhang-2023-district-agriculture-committee-rural-revitalization-task-table-cell-per-line-starred-lead-town-column-no-title-cut.txt"
XIAN = BLIND / "xian-2019-city-rural-revitalization-three-year-action-plan-news-app-copy-lead-only-brackets-cut.txt"
TONGLIAO = BLIND / "tongliao-2023-city-bureau-forwarding-region-plan-to-banner-bureaus-association-site-no-owners-cut.txt"
SHEXIAN = BLIND / "shexian-2023-county-government-gazette-issue-contents-dates-run-together-measures-articles-cut.txt"
WEIZHUANG = BLIND / "weizhuang-2019-town-government-work-report-and-plan-county-portal-no-tasks.txt"
REFUSED = [BLIND / name for name in (
    "weizhuang-2019-town-government-work-report-and-plan-county-portal-no-tasks.txt",
    "faku-2004-county-government-work-report-traditional-wiki-mirror-infobox-no-tasks.txt",
    "tongliao-2023-city-bureau-forwarding-region-plan-to-banner-bureaus-association-site-no-owners-cut.txt",
    "shennongjia-2021-forest-district-forest-chief-plan-news-report-no-tasks.txt",
    "shexian-2023-county-government-gazette-issue-contents-dates-run-together-measures-articles-cut.txt",
    "qingyouhe-2015-town-responsibility-list-news-traditional-pinyin-glossed-mirror-no-tasks.txt",
)]
FORWARDING = "关于转发自治区农牧厅财政厅《关于印发<内蒙古自治区2023年国家农业产业强镇建设项目实施方案>的通知》的通知"
UNDER = ("科左后旗农牧局、财政局,库伦旗农牧和科技局、财政局:", "现将自治区农牧厅 财政厅的通知转发给你们,请认真抓好落实。")


# --- the round's reading ----------------------------------------------------------------------------------------

def test_pages_naming_no_task_s_owner_are_refused():
    assert [bool(refusal_cause(path)) for path in REFUSED] == [True] * len(REFUSED)


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
    assert "no task table or task list found" in refusal_cause(MINHANG)


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


def test_a_markup_tag_inside_a_quoted_title_makes_no_title_line():
    # quiet: a page's markup left in the text (<br>) is no title's marks, whatever 《》 stands around it
    assert lines_metadata("关于转发《关于印发<br>农业产业强镇建设项目实施方案的通知》的通知", *UNDER).title is None

"""Shapes of real published pages met in the tenth round of unseen pages (SOURCES.md, tenth round): public notices
(公示) putting a list up for objections, refused with the generic line before, and a meeting's report named by the law
it studied before its business."""

from __future__ import annotations

from pilotplans.parsers.interpret.refusal import _cited, vocabulary
from tests.conftest import FIXTURES
from tests.page_metadata import refusal_cause, text_refusal_cause

PAGES = FIXTURES / "unseen-pages"
PUBLIC_NOTICE = ("no task table or task list found: the page is a public notice (公示) putting a list or a result up "
                 "for objections, not a plan of measures with their owners — pilotplans reads task plans")


def test_a_public_notice_putting_a_list_up_for_objections_is_named_one():
    # 深圳's 菜篮子基地 list: 现将…初选名单(见附件)进行公示 … 对公示名单持有异议的…, signed by the bureau; the generic
    # line before
    assert refusal_cause(PAGES / "public-notice-list-for-objections.txt") == PUBLIC_NOTICE


def test_a_public_notice_under_a_policy_site_s_fields_is_named_one():
    # 无锡's 老字号 list under 發布時間 / 政策級別 / 發文部門 rows: 現將擬認定的…單位進行公示 / 公示期為…如有異議
    assert refusal_cause(PAGES / "public-notice-under-policy-fields.txt") == PUBLIC_NOTICE


def test_a_news_report_recounting_a_public_notice_is_no_public_notice():
    # 郑州's news: 商务部公示商品市场优化升级专项行动试点评审结果 — no objection the page takes
    assert refusal_cause(FIXTURES / "prose-blind14/zhengzhou-2023-city-news-pilot-appraised.txt") == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_plan_whose_measures_put_a_list_up_for_objections_is_no_public_notice(tmp_path):
    # a plan's measures may ask for a list to be 公示 and objections taken: its measures make it a plan's page
    text = ("某市老字号认定工作方案\n"
            "一、主要任务\n"
            "1.组织申报。现将申报条件予以公示,各区商务部门组织企业申报。\n"
            "2.评审公示。专家评审后公示拟认定名单,公示期为7个工作日,如有异议由市商务局受理。\n")
    assert "public notice" not in text_refusal_cause(tmp_path, text)


# --- a meeting's report naming what it studied before its business: 会前学习了《…法》,讨论了《…》 ----------------------

def test_a_meeting_s_report_is_about_what_it_discussed_not_the_law_it_studied_first():
    # 清水's 常务会议: 会前学习了《中华人民共和国环境保护法》,讨论了《政府工作报告(草案)》…; it was refused as a news
    # report about the law
    assert refusal_cause(PAGES / "meeting-report-studying-a-law-first.txt") == (
        "no task table or task list found: a news report about 《政府工作报告(草案)》, not the plan itself — find the "
        "plan's own notice and read that")


def test_a_name_studied_is_no_plan_of_the_line():
    assert _cited(vocabulary(), "会前学习了《中华人民共和国环境保护法》。") is None


def test_a_name_after_the_clause_of_study_ends_is_the_line_s_plan():
    # the comma ends what was studied: the name the next clause gives is the line's own
    assert _cited(vocabulary(), "会议学习了《甲法》,审议通过了《某县乙实施方案》。") == "某县乙实施方案"

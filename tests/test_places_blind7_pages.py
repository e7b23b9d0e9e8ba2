"""Places blind round 7 (tests/fixtures/places-blind7, keyed in key.toml before the reader ran): the rules its
pages showed, each with a case where it stays quiet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind7"


# --- a site's headline naming the issuer short gives way to the head naming it in full ------------------------------

def test_the_head_naming_its_issuer_in_full_is_the_title_under_a_short_headline():
    # before: 市政府关于同意建立浦锦街道办事处的批复, issuer 市政府 (the site's headline over the 文号 and the head)
    found = page_metadata(ROUND / "shanghai-2015-municipality-reply-to-district-on-street-office.txt")
    assert (found.title, found.issuer, found.region) == ("上海市人民政府关于同意建立浦锦街道办事处的批复", "上海市人民政府", "上海")


def test_a_site_s_lines_over_a_head_naming_its_place_are_no_issuer():
    # quiet: the headline names its issuer's place itself; the site's name and column over the head join nothing
    found = page_metadata(ROUND / "suining-2019-city-flood-headquarters-office-letter-on-bureau-site.txt")
    assert (found.title, found.issuer) == (
        "遂宁市人民政府防汛抗旱指挥部办公室关于征求《遂宁市防汛应急预案(征求意见稿)》修改意见的函", "遂宁市人民政府防汛抗旱指挥部办公室")


# --- the notice issuing the headline's plan is the page's title ------------------------------------------------------

def test_the_notice_issuing_the_plan_a_headline_names_is_the_title():
    # before: 溫州市教育強市建設實施意見 (a wiki's article name over its summary, attribute rows and the notice)
    found = page_metadata(ROUND / "wenzhou-2006-city-party-and-government-offices-wiki-traditional-attribute-rows.txt")
    # (the gap its title line prints between the two offices kept since places-blind19, as a simplified line's is)
    assert found.title == "溫州市委辦公室 溫州市政府辦公室關於印發《溫州市教育強市建設實施意見》的通知"
    assert (found.doc_no, found.date, found.region) == ("溫委辦〔2006〕47號", dt.date(2006, 7, 6), "温州")


def test_a_notice_cited_in_a_sentence_leaves_the_plan_s_title():
    # quiet: 关于印发…的通知 inside a sentence, over no address line, is cited
    found = lines_metadata("数字经济发展实施方案", "根据某某市人民政府办公室关于印发数字经济发展实施方案的通知", "要求，制定本细则。",
                           "一、总体要求")
    assert found.title == "数字经济发展实施方案"


# --- a maker dating its document by the month --------------------------------------------------------------------------

def test_a_name_over_a_month_is_the_maker_and_the_page_s_day_no_date():
    # before: no issuer, and 2021-09-29 (the page's 发布日期) as the outline's date, though it prints 二〇二一年八月
    found = page_metadata(ROUND / "haibin-2021-binhai-street-office-outline-title-split-month-date.txt")
    assert (found.issuer, found.date, found.date_published) == ("天津市滨海新区海滨街道办事处", None, False)
    assert (found.level, found.region) == ("township", "滨海新区")  # the street office's own (county before the township level)


def test_a_month_under_a_sentence_names_no_maker():
    # quiet: a month under the plan's last sentence (no body's name over it) gives no issuer
    found = lines_metadata("数字经济发展实施方案", "一、总体要求", "本方案自印发之日起施行。", "2021年8月")
    assert found.issuer is None


def test_a_task_table_s_owner_over_its_deadline_month_is_no_maker():
    # quiet: a task table printed a cell a line (责任单位 / 完成时限: 市发展和改革委员会 / 2022年12月) under the plan's
    # first sentence is no cover; the page's 发布日期 still dates the plan
    found = lines_metadata("某市推进数字经济发展三年行动方案", "发布日期：2022-03-15", "为推进数字经济发展，制定本方案。",
                           "一、主要任务", "责任单位", "完成时限", "市发展和改革委员会", "2022年12月")
    assert (found.issuer, found.date, found.date_published) == (None, dt.date(2022, 3, 15), True)


# --- a government's work report: its title, its delivery date, the government its speaker represents ------------------

def test_a_work_report_s_headline_and_delivery_line_give_its_title_date_and_place():
    # before: no title (工作报告 no kind of title), the page's 发布日期 2022-06-02 as its date, no place
    found = page_metadata(ROUND / "binhai-2012-tianjin-new-area-work-report-published-ten-years-on.txt")
    assert (found.title, found.date, found.date_published) == ("2012年政府工作报告", dt.date(2012, 2, 1), False)
    assert (found.issuer, found.level, found.region) == ("滨海新区人民政府", "county", "滨海新区")


def test_a_work_report_s_delivery_line_under_its_head_dates_it():
    # the report's own head (政 府 工 作 报 告), nearer its delivery line than the site's headline (2019年政府工作报告) over
    # it, is its title since places19 (places-blind17's 城关区; this round's key takes either)
    found = page_metadata(ROUND / "chaoyang-2019-beijing-district-work-report-date-row-source-office.txt")
    assert (found.title, found.date) == ("政府工作报告", dt.date(2019, 1, 8))


def test_a_report_is_the_government_s_its_speaker_represents():
    # before: no issuer, level or place (the 来源 row names 区政府办公室 only); 朝阳区 is 北京's and 长春's and the page
    # names neither city: the district as written, as 朝阳区人民政府关于… reads
    found = page_metadata(ROUND / "chaoyang-2019-beijing-district-work-report-date-row-source-office.txt")
    assert (found.issuer, found.level, found.region) == ("朝阳区人民政府", "county", "朝阳区")


def test_a_signed_notice_keeps_its_signature_over_a_speaker_it_quotes():
    # quiet: the signature names the issuer; a speaker quoted in its text does not
    found = lines_metadata("关于学习贯彻区人代会精神的通知", "各街道办事处：",
                           "区长在报告中说：“现在，我代表朝阳区人民政府，向大会报告工作。”现将有关事项通知如下。",
                           "北京市朝阳区人民政府办公室", "2019年1月20日")
    assert found.issuer == "北京市朝阳区人民政府办公室"


def test_a_report_on_progress_is_no_title_of_its_kind():
    # quiet: only 工作报告 names a report of its own kind; a report on a plan's progress ends 情况报告
    found = lines_metadata("关于2023年重点工作推进情况的报告", "各位代表：", "现将有关情况报告如下。")
    assert found.title is None


def test_a_title_wrapped_after_work_report_goes_on():
    # quiet: 工作报告 closing a line with no delivery line under it is no report's headline; a plan's title on the
    # report's tasks goes on below it
    found = lines_metadata("某某市2023年政府工作报告", "重点任务分工方案", "为落实目标任务，制定本方案。", "一、扩大有效需求")
    assert found.title == "某某市2023年政府工作报告重点任务分工方案"


def test_a_site_s_column_named_work_report_is_no_title_over_a_notice():
    # quiet: a site's column (政府工作报告) over a notice's head is no report's headline
    found = lines_metadata("政府工作报告", "某某市人民政府办公室关于印发2023年政府工作报告重点任务分工的通知", "各区人民政府，市政府各部门：",
                           "现将有关事项通知如下。", "某某市人民政府办公室", "2023年2月1日")
    assert found.title == "某某市人民政府办公室关于印发2023年政府工作报告重点任务分工的通知"


# --- an addressee line opening with the leagues and cities ------------------------------------------------------------

def test_a_notice_addressed_to_the_leagues_and_cities_is_their_province_s():
    # before: no level and no place (no title, no issuer; 内计价字 alone names no level)
    found = page_metadata(ROUND / "neimenggu-2001-region-price-bureau-law-site-number-row-only.txt")
    assert (found.level, found.region, found.region_named_in) == ("provincial", "内蒙古", "addressee")


def test_a_league_s_notice_to_its_banners_names_no_province():
    # quiet: a league addresses its banners and departments, not the leagues
    found = lines_metadata("关于做好价格文件报送工作的通知", "各旗县市物价局，盟直各部门：", "现将有关事项通知如下：", "一、按月报送。")
    assert found.region is None

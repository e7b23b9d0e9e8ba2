"""The prose35 blind round (tests/fixtures/prose-blind35/KEY.md and key.toml, written before the reader ran): eight
pages of kinds earlier rounds hold few of (two 街道 of 直辖市 districts, a 开发区 committee's key work on a document
site, a 2005 city division cut in its first owner line, a 2006 province's opinions cut before its tasks, a sample
site's 牵头/配合 brackets with masked years, a news copy of a province's opinions, a 2007 county work report), read as
the key says, and the faults of kind the round found:

- a body's year's ideas (椿树街道2021年度工作思路) read no title: 思路 after a year's 工作 is a document's kind now
  (pilotplans/parsers/titles.py ``_TITLE_KINDS``).
- a news lead under the page's chrome (headline, posting time, 分享:) saying a body 出台《X》,全文如下 — its dateline
  naming its reporter in brackets (长城网·冀云客户端讯(记者 贾宏博)) — gave neither the title X nor its issuers
  (pilotplans/parsers/metadata.py ``_REPORTED``, ``_lead_lines``, ``_DATED_LEAD_ENDS``).
- a work report's speaker's line under its delivery line (泾县人民政府县长  张 平) names the government whose report it
  is; the portal's 发布机构 row (泾县人民政府(办公室)) gave its office (metadata.py ``_speaker_line_government``).
"""

from __future__ import annotations

from datetime import date

import pytest

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, owners, page_metadata, refusal_cause

BLIND = FIXTURES / "prose-blind35"
SANMENXIA = BLIND / "sanmenxia-2005-city-office-report-key-work-division-notice-law-site-owners-in-closing-you-line-cut.txt"
YULIN = BLIND / "yulin-20xx-city-high-tech-zone-plan-sample-site-masked-years-lead-and-assist-brackets-cut.txt"
CHUNSHU = BLIND / "chunshu-2021-subdistrict-work-ideas-district-portal-first-second-points-no-owners-cut.txt"
HEBEI = BLIND / "hebei-2022-province-party-and-government-rural-revitalization-opinions-news-copy-no-owners-cut.txt"
JINGXIAN = BLIND / "jingxian-2007-county-government-work-report-portal-info-table-no-tasks.txt"
YUZHONG = FIXTURES / "unseen-pages" / "news-aside-over-plan-title.txt"
CHROME = ("首页 > 政务公开", "我市出台乡村振兴实施方案", "2022-04-07 10:34:55", "分享:")
DELIVERY = "——2007年2月8日在泾县第十五届人民代表大会第一次会议上"
REFUSED = [BLIND / name for name in (
    "anhui-2006-province-key-work-arrangement-opinions-law-site-leaders-and-units-announced-cut-before-tasks.txt",
    "chunshu-2021-subdistrict-work-ideas-district-portal-first-second-points-no-owners-cut.txt",
    "wanli-2021-subdistrict-work-plan-district-portal-source-line-no-owners-cut.txt",
    "hebei-2022-province-party-and-government-rural-revitalization-opinions-news-copy-no-owners-cut.txt",
    "kaifaqu-20xx-development-zone-committee-key-work-document-site-title-word-per-line-masked-no-owners-cut.txt",
    "jingxian-2007-county-government-work-report-portal-info-table-no-tasks.txt",
)]


# --- the round's reading ----------------------------------------------------------------------------------------

def test_pages_naming_no_task_s_owner_are_refused():
    assert [bool(refusal_cause(path)) for path in REFUSED] == [True] * len(REFUSED)


def test_a_sample_site_s_lead_and_assist_brackets_are_read():
    # (一)…(牵头单位:玉林高新区管委、市科技局;配合单位:市发展改革委、工业和信息化局、…,市税务局等)
    first = read_document(YULIN).measures[0]
    assert (first.number, first.heading_path) == (1, ["积极创建国家级、自治区级高新区"])
    assert owners(first)[:3] == [("玉林高新区管委", "lead"), ("市科技局", "lead"), ("市发展改革委", "assist")]


def test_a_division_cut_in_its_first_owner_line_before_the_role_is_refused_as_cut():
    # `由市发改委、商务局、政府国` closes the page: the verb saying what they do (负责, 牵头…配合) is lost, and no
    # whole line of the page shows how its owner lines go on, so no role is read (the key's 1 measure is left)
    assert "the page is cut" in refusal_cause(SANMENXIA)


# --- a body's year's ideas --------------------------------------------------------------------------------------

def test_a_year_s_work_ideas_is_a_title():
    meta = page_metadata(CHUNSHU)
    assert (meta.title, meta.level) == ("椿树街道2021年度工作思路", None)


def test_work_ideas_without_a_year_are_no_title():
    # quiet: a sentence's 理清工作思路 (no year before 工作) ends no title
    assert lines_metadata("进一步理清工作思路", "一是进一步落实管党治党责任。").title is None


# --- a news lead under the page's chrome ------------------------------------------------------------------------

def test_a_news_lead_under_the_page_s_chrome_gives_the_title_and_its_issuers():
    meta = page_metadata(HEBEI)
    assert (meta.title, meta.issuer, meta.level) == (
        "关于做好2022年全面推进乡村振兴重点工作的实施意见", "河北省委、省政府", "provincial")


def test_a_lead_under_a_line_holding_a_sentence_is_no_news_lead():
    # quiet: the page's text has begun (a sentence on its second line): a later line saying 出台《…》 is no lead
    meta = lines_metadata("长城网 > 文明河北", "近年来,我省持续推进乡村振兴。", "2022-04-07 10:34:55", "分享:",
                          "长城网·冀云客户端讯(记者 贾宏博)2022年1月25日,河北省委、省政府出台《关于做好乡村振兴重点工作的实施意见》,全文如下。")
    assert (meta.title, meta.issuer) == (None, None)


def test_a_dated_lead_going_on_to_narrate_is_no_report_of_the_page():
    # quiet: a plan's background dated by its day, going on with what came of it, reports no document the page prints
    meta = lines_metadata("2022年1月25日,河北省委、省政府出台《关于做好乡村振兴重点工作的实施意见》,全省乡村振兴工作全面铺开。",
                          "一、全力抓好粮食生产")
    assert (meta.title, meta.issuer) == (None, None)


def test_a_lead_under_chrome_citing_the_title_the_page_prints_gives_its_issuer():
    # 渝中区's news copy: five target lines over 近日,渝中区人民政府办公室发布《2023年区政府工作报告重点工作目标任务分解》
    # 方案…, the plan printed below under that very title
    meta = page_metadata(YUZHONG)
    assert (meta.title, meta.issuer, meta.region) == (
        "2023年区政府工作报告重点工作目标任务分解", "渝中区人民政府办公室", "渝中区")


def test_a_forwarding_notice_s_sentence_citing_its_superior_s_plan_is_no_news_lead():
    # quiet: a city's notice forwarding the province's plan (no title line read): the province issued nothing printed here
    meta = lines_metadata("XX市人民政府办公室", "X政办发〔2022〕1号", "各区县人民政府,市政府各部门:",
                          "近日,省政府办公厅印发《关于加快推进乡村振兴的实施意见》,现转发给你们,请认真贯彻执行。",
                          "一、总体要求")
    assert (meta.title, meta.issuer) == (None, None)


def test_a_lead_under_chrome_citing_the_plan_the_page_s_plan_implements_names_no_issuer():
    # quiet: the story cites the State Council's opinions, then the city's own plan: 国务院 issued nothing printed here
    meta = lines_metadata(*CHROME, "近日,国务院印发《关于做好2022年全面推进乡村振兴重点工作的意见》。",
                          "为贯彻落实上述意见,市政府办公室制定了《XX市乡村振兴实施方案》。", "一、总体要求")
    assert meta.issuer is None


def test_a_lead_under_chrome_citing_a_summary_s_plan_names_no_title_or_issuer():
    # quiet: the body publishing a summary (…发布《…》解读) is no issuer of the plan, whose title the page never prints
    meta = lines_metadata("首页 > 解读", "一图读懂", "2022-04-07 10:34:55", "分享:",
                          "近日,县融媒体中心发布《XX县乡村振兴实施方案》解读。", "一、总体要求")
    assert (meta.title, meta.issuer) == (None, None)


# --- a work report's speaker's line -----------------------------------------------------------------------------

def test_a_report_s_speaker_line_names_its_government_over_the_site_s_publisher():
    meta = page_metadata(JINGXIAN)
    assert (meta.title, meta.issuer, meta.date, meta.level, meta.region) == (
        "2007年政府工作报告", "泾县人民政府", date(2007, 2, 8), "county", "泾县")


def test_a_speaker_line_under_no_delivery_line_names_no_issuer():
    # quiet: the government and its head named on a line of their own, no ——…会议上 line over them
    assert lines_metadata("2007年政府工作报告", "泾县人民政府县长  张 平", "一、过去四年政府工作回顾").issuer is None


def test_a_speaker_line_naming_no_place_names_no_issuer():
    # quiet: 县人民政府县长 (the government by its level word alone) names no government a reader can place
    assert lines_metadata("2007年政府工作报告", "——2007年2月8日在县第十五届人民代表大会第一次会议上",
                          "县人民政府县长  张 平", "一、过去四年政府工作回顾").issuer is None


def test_a_speaker_line_under_a_speech_s_title_names_no_issuer():
    # quiet: a speech (…上的讲话) is no work report: its speaker's government issues nothing here
    assert lines_metadata("在全县经济工作会议上的讲话", "——2007年2月8日在泾县第十五届人民代表大会第一次会议上",
                          "泾县人民政府县长  张 平", "同志们:").issuer is None


@pytest.mark.parametrize("post", ["副县长", "代县长", "秘书长", "书记", "区长"])
def test_a_speaker_line_naming_no_head_of_its_government_names_no_issuer(post):
    # quiet: a deputy, an acting head, the secretary-general, a party post, a head of another level (泾县's is 县长)
    assert lines_metadata("2007年政府工作报告", DELIVERY, f"泾县人民政府{post}  张 平", "各位代表:").issuer is None


@pytest.mark.parametrize("title", ["泾县人民代表大会常务委员会工作报告", "泾县人民法院工作报告"])
def test_a_government_head_s_line_under_another_body_s_work_report_names_no_issuer(title):
    # quiet: a standing committee's or a court's work report is no government's, whoever's line stands under it
    assert lines_metadata(title, DELIVERY, "泾县人民政府县长  张 平", "各位代表:").issuer is None


def test_an_autonomous_region_s_chairman_heads_its_government():
    # fires: an autonomous region's government is headed by its 主席, not a 区长
    assert lines_metadata("政府工作报告", "——2007年1月20日在内蒙古自治区第十届人民代表大会第五次会议上",
                          "内蒙古自治区人民政府主席  杨 晶", "各位代表:").issuer == "内蒙古自治区人民政府"

"""Places blind round 8 (tests/fixtures/places-blind8, keyed in key.toml before the reader ran): the rules its
pages showed, each with a case where it stays quiet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind8"


# --- provisions (规定) are a kind of document a title ends with ----------------------------------------------------

def test_a_code_of_provisions_is_a_title():
    # before: no title (规定 no kind of title), so no place either
    found = page_metadata(ROUND / "baishan-1997-city-order-rules-province-before-city-law-site.txt")
    assert (found.title, found.region) == ("白山市清真食品生产经营管理暂行规定", "白山")


def test_a_sentence_ending_with_provisions_is_no_title():
    # quiet: 规定 ends a code's title only under the word making it one (管理, 暂行, 若干, 实施, 补充, 试行, 的)
    assert lines_metadata("一、总体要求", "严格执行国家有关规定", "二、主要任务").title is None


def test_a_law_site_s_category_ending_with_provisions_is_no_title():
    # quiet: a law site's 【法规类别】 row (机关工作综合规定) over the notice's own head
    found = lines_metadata("【法规类别】 机关工作综合规定", "某某市人民政府关于印发2009年主要目标任务分解的通知",
                           "各县、区人民政府：", "现将有关事项通知如下。")
    assert found.title == "某某市人民政府关于印发2009年主要目标任务分解的通知"


def test_a_provisions_title_of_the_form_about_is_read():
    found = lines_metadata("国务院关于职工工作时间的规定", "第一条 为了合理安排职工的工作和休息时间，制定本规定。")
    assert (found.title, found.issuer) == ("国务院关于职工工作时间的规定", "国务院")


# --- a government's rules under its order's number: the government printed over them is their maker -------------------

def test_the_government_over_rules_its_order_issues_is_their_maker():
    # before: issuer 市长王纯 (the mayor signing over the date)
    found = page_metadata(ROUND / "baishan-1997-city-order-rules-province-before-city-law-site.txt")
    assert (found.issuer, found.doc_no, found.level) == ("吉林省白山市人民政府", "白山政令[1997]3号", "municipal")


def test_an_order_s_number_and_date_in_one_bracket_under_the_title():
    # before: no 文号, no date and no issuer ((山东省人民政府令第6号 1990年6月29日) read as nothing)
    found = page_metadata(ROUND / "shandong-1990-province-order-rules-number-and-date-in-brackets-law-site.txt")
    assert (found.doc_no, found.date, found.issuer) == ("山东省人民政府令第6号", dt.date(1990, 6, 29), "山东省人民政府")


def test_a_government_over_rules_without_an_order_is_a_site_s_banner():
    # quiet: no order's number in the head, the government over a code of rules names no maker (a site's banner as
    # often: 杭州市人民政府 over measures its departments made)
    found = lines_metadata("杭州市人民政府", "杭州市某某管理办法", "第一条 为加强管理，根据有关法律，制定本办法。")
    assert found.issuer is None


def test_an_order_s_bracket_below_the_head_is_no_number_of_the_page():
    # quiet: an order cited in brackets under the first article is no 文号 or date of the page
    found = lines_metadata("某某市管理办法", "第一条 为加强管理，制定本办法。", "（某某市人民政府令第3号 2001年5月1日）")
    assert (found.doc_no, found.date) == (None, None)


# --- a leader's post signing over the date is a person, no issuer ------------------------------------------------------

def test_a_mayor_signing_over_the_date_is_no_issuer():
    found = lines_metadata("某某市某某管理规定", "《某某市某某管理规定》已经市政府常务会议通过，现予发布施行。", "市 长 张 三",
                           "一九九七年七月十六日")
    assert (found.issuer, found.date) == (None, dt.date(1997, 7, 16))


def test_a_body_named_after_a_post_signs():
    # quiet: a body's name opening with a post's word is longer than a person's name after it
    found = lines_metadata("关于做好某某工作的通知", "各区人民政府：", "现将有关事项通知如下。", "市长公开电话办公室",
                           "2023年1月5日")
    assert found.issuer == "市长公开电话办公室"


# --- bodies listed with 、 on one signature line sign together ---------------------------------------------------------

def test_bodies_listed_on_the_signature_line_are_the_issuers():
    # before: no issuer, level or place (the signature's 、 read as no name)
    found = page_metadata(ROUND / "beijing-2026-commission-and-zhongguancun-committee-joint-comment-notice.txt")
    assert (found.issuer, found.level, found.region) == (
        "北京市科学技术委员会、中关村科技园区管理委员会", "municipal", "北京")


def test_a_sentence_listing_bodies_over_the_date_is_no_signature():
    # quiet: a list of bodies with what they do is a sentence, no line of names
    found = lines_metadata("关于做好某某工作的通知", "各区人民政府：", "现将有关事项通知如下。", "市发展改革委、市财政局按职责分工负责",
                           "2023年1月1日")
    assert found.issuer is None


# --- a body's name may list in its bracket what it also stands for ---------------------------------------------------

def test_an_office_naming_its_zones_in_a_bracket_signs_beside_the_district_s_office():
    # before: no issuer, level or place, and the title without its issuers (温州湾新区(高新区、经开区)党政办公室: the 、
    # inside its bracket made it no name)
    found = page_metadata(ROUND / "longwan-2025-district-and-new-area-party-government-offices-joint.txt")
    assert found.issuer == "温州市龙湾区人民政府办公室、温州湾新区(高新区、经开区)党政办公室"
    assert found.title.startswith("温州市龙湾区人民政府办公室温州湾新区(高新区、经开区)党政办公室关于印发")
    assert (found.level, found.region) == ("county", "龙湾区")


def test_a_name_with_a_list_in_its_bracket_is_one_signer():
    # quiet: the 、 inside the bracket parts no two bodies
    found = lines_metadata("关于做好某某工作的通知", "各街道办事处：", "现将有关事项通知如下。", "温州湾新区(高新区、经开区)党政办公室",
                           "2025年3月4日")
    assert found.issuer == "温州湾新区(高新区、经开区)党政办公室"


# --- an information table's 内容概述 row is one of its rows ----------------------------------------------------------------

def test_an_information_table_with_a_summary_row_names_the_publisher():
    # before: the table's 内容概述 row, a label the reader did not know, made it no information table: no 发布机构, and
    # 省政府 (the title's short form) placed nothing
    found = page_metadata(ROUND / "jiangsu-2004-province-redistricting-yancheng-county-to-district-info-table.txt")
    assert (found.level, found.region, found.doc_no, found.date) == (
        "provincial", "江苏", "苏政发〔2004〕9号", dt.date(2004, 1, 20))


# --- review: near misses of the round's rules ------------------------------------------------------------------------

def test_a_sentence_ending_with_the_provisions_of_something_is_no_title():
    # quiet: 的规定 ends a code's title only after 关于 (关于…的规定); 依照…的规定 is a sentence's end
    assert lines_metadata("一、总体要求", "严格执行本办法的规定", "二、主要任务").title is None
    assert lines_metadata("一、总体要求", "依照《中华人民共和国行政许可法》的规定", "二、主要任务").title is None


def test_provisions_on_some_questions_are_a_title():
    # fires: …若干问题的规定 (no 关于) is a code's title
    found = lines_metadata("江苏省实施《中华人民共和国某某法》若干问题的规定", "第一条 为了实施某某法，制定本规定。")
    assert found.title == "江苏省实施《中华人民共和国某某法》若干问题的规定"


def test_a_body_whose_name_opens_with_a_post_and_ends_as_a_body_signs():
    # quiet: 市长办公室 and 局长办公会议 are bodies (a body's ending after the post), no person signing
    for body in ("市长办公室", "局长办公会议"):
        found = lines_metadata("关于做好某某工作的通知", "各区人民政府：", "现将有关事项通知如下。", body, "2023年1月5日")
        assert found.issuer == body


def test_another_place_s_government_over_ordered_rules_is_a_banner():
    # quiet: a province's (or another city's) government over a city's rules under the city's order names no maker: the
    # order's number names it in full (沈阳市人民政府令, meta43), never the banner
    for banner in ("辽宁省人民政府", "大连市人民政府"):
        found = lines_metadata(banner, "沈阳市某某管理办法", "沈阳市人民政府令第3号", "第一条 为加强管理，制定本办法。")
        assert (found.issuer, found.region) == ("沈阳市人民政府", "沈阳")
    # fires: the city's own government over its rules
    found = lines_metadata("沈阳市人民政府", "沈阳市某某管理办法", "沈阳市人民政府令第3号", "第一条 为加强管理，制定本办法。")
    assert (found.issuer, found.region) == ("沈阳市人民政府", "沈阳")


def test_an_order_s_bracket_under_the_title_is_no_part_of_it():
    # before: the title ran on into the bracket (沈阳市某某管理办法（沈阳市人民政府令第3号）)
    found = lines_metadata("沈阳市某某管理办法", "（沈阳市人民政府令第3号）", "第一条 为加强管理，制定本办法。")
    assert (found.title, found.doc_no) == ("沈阳市某某管理办法", "沈阳市人民政府令第3号")
    # quiet: a qualifier in brackets still ends the title
    assert lines_metadata("沈阳市某某管理办法", "（试行）", "第一条 为加强管理，制定本办法。").title == "沈阳市某某管理办法（试行）"


def test_a_post_after_its_place_or_level_signs_as_a_person():
    # before: issuer 自治区主席乌力吉 (内蒙古 1997, a law site: 内蒙古自治区人民政府令 / 第82号 / … / 自治区主席 乌力吉 / date)
    for post in ("自治区主席 乌力吉", "内蒙古自治区主席 乌力吉", "沈阳市市长 张三"):
        found = lines_metadata("某某实施办法", "《某某实施办法》已经人民政府常务会议通过，现予发布施行。", post, "1997年7月23日")
        assert (found.issuer, found.date) == (None, dt.date(1997, 7, 23))
    # quiet: a body opening with its place signs (沈阳市市长公开电话办公室)
    found = lines_metadata("关于做好某某工作的通知", "各区人民政府：", "现将有关事项通知如下。", "沈阳市市长公开电话办公室",
                           "2023年1月5日")
    assert found.issuer == "沈阳市市长公开电话办公室"

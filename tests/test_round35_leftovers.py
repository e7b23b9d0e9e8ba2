"""The reading leftovers of round 35 and the one-line copies (stop 56, mend36), each with the page where the rule fires
and a written near miss where it must stay quiet:

- a 街道's page titled after its district written alone (普陀区万里街道2021年工作计划) is that district's township page,
  placed in the district where one place bears its name, or, among namesakes (上海's 普陀区 and 舟山's), in the one
  lying in the place the page's 来源 line names (来源: 上海普陀); unplaced where nothing chooses
  (pilotplans/normalizers/township.py ``county_before_township``, metadata.py ``_source_place``).
- a news lead dating the issuing by its day (2022年1月25日,河北省委、省政府出台《X》,全文如下。 over X) dates the document;
  a lead dated by its month, or a day given to something else (a meeting), dates nothing (metadata.py ``_reported``).
- a one-line copy's head: a whole title, its 文号 and a date of the number's year a space apart, run into the text
  (浙江's 2009 opinions: metadata.py ``_TITLE_NUMBER_DATE``); a document site's shared file name closed by its plan's
  span of years, its brackets lost (沈阳's …实施方案2023-2025年.docx: titles.py ``_BARE_YEAR_SPAN``).
"""

from __future__ import annotations

from datetime import date

from pilotplans.parsers.titles import shared_file_name
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, page_metadata

WANLI = FIXTURES / "prose-blind35" / "wanli-2021-subdistrict-work-plan-district-portal-source-line-no-owners-cut.txt"
HEBEI = FIXTURES / "prose-blind35" / "hebei-2022-province-party-and-government-rural-revitalization-opinions-news-copy-no-owners-cut.txt"
SHENYANG = FIXTURES / "one-line-copies35" / "shenyang-2023-city-service-opening-plan-draft-document-site-one-line-page-chunks-cut-before-measures.txt"
ZHEJIANG = FIXTURES / "one-line-copies35" / "zhejiang-2009-province-opinions-tax-site-one-line-no-markers-no-owners-cut.txt"

WANLI_TITLE = "普陀区万里街道2021年工作计划"
WANLI_TEXT = "2021年是实施“十四五”规划的开局之年,也是万里街道完成第二轮社区规划的收官之年,做好今年工作意义重大。"
CHROME = ("长城网 > 文明河北 > 五大创建", "河北省委省政府出台实施意见:做好2022年全面推进乡村振兴重点工作",
          "2022-04-07 10:34:55 作者:贾宏博 来源: 长城网", "分享:")
OPINIONS = "关于做好2022年全面推进乡村振兴重点工作的实施意见"
ZHEJIANG_TITLE = "浙江省人民政府贯彻国务院关于进一步推进长江三角洲地区改革开放和经济社会发展指导意见的实施意见"


# --- a street's page titled after its district ------------------------------------------------------------------

def test_a_street_s_page_titled_after_a_namesake_district_is_placed_by_its_source_line():
    # 普陀区 is 上海's and 舟山's: `2021年02月26日 来源: 上海普陀` names 上海, so 上海's
    meta = page_metadata(WANLI)
    assert (meta.title, meta.level, meta.region) == (WANLI_TITLE, "township", "上海市普陀区")


def test_another_street_s_page_of_the_same_site_is_placed_by_its_source_line():
    # a second real page of the family, its head as printed (http://www.shpt.gov.cn/csjd/gljhgh-ghjhzhzwzfwj2021/
    # 20221206/877221.html, the pages corpus): 长寿路街道 under 来源: 上海普陀
    meta = lines_metadata("普陀区长寿路街道2022年工作计划", "2022年06月10日 来源: 上海普陀", "一、聚焦重点,深化基层党建全域提升",
                          "深入贯彻“十四五”,强化党建引领。")
    assert (meta.level, meta.region) == ("township", "上海市普陀区")


def test_a_source_line_naming_the_other_namesake_s_city_places_the_page_there():
    meta = lines_metadata(WANLI_TITLE, "2021年02月26日 来源: 舟山普陀", WANLI_TEXT)
    assert (meta.level, meta.region) == ("township", "舟山市普陀区")


def test_a_street_s_page_titled_after_a_namesake_district_with_no_chooser_stays_unplaced():
    # quiet: nothing on the page says which 普陀区 — a township's page still, its place unread
    meta = lines_metadata(WANLI_TITLE, "2021年02月26日", WANLI_TEXT)
    assert (meta.level, meta.region) == ("township", None)


def test_a_source_naming_no_place_of_either_namesake_chooses_none():
    # quiet: a news site's 来源 naming 北京 lies over neither 普陀区
    meta = lines_metadata(WANLI_TITLE, "2021年02月26日 来源: 北京日报", WANLI_TEXT)
    assert (meta.level, meta.region) == ("township", None)


def test_a_street_s_page_titled_after_a_district_one_place_bears_is_placed_there():
    meta = lines_metadata("静安区万里街道2021年工作计划", "2021年02月26日", WANLI_TEXT)
    assert (meta.level, meta.region) == ("township", "静安区")


def test_a_district_s_page_on_its_streets_is_no_street_s_page():
    # quiet: 各街道 is every street of the district, no township of its own name
    meta = lines_metadata("鼓楼区各街道2021年工作计划", "2021年02月26日 来源: 南京鼓楼", WANLI_TEXT)
    assert (meta.level, meta.region) == (None, None)


def test_a_district_s_paper_issuing_its_street_s_plan_is_no_street_s_page():
    # quiet: 关于印发 before the street is the district's own paper about it (plan_titles.toml wrapping_opens), no
    # township named 关于印发万里 — the page reads neither a township's level nor a district
    meta = lines_metadata("普陀区关于印发万里街道2021年工作计划的通知", "2021年02月26日 来源: 上海普陀", WANLI_TEXT)
    assert (meta.level, meta.region) == (None, None)


def test_a_source_line_naming_the_province_alone_chooses_the_namesake_lying_in_it():
    # 来源: 上海 names the place holding one of the two 普陀区 (上海's), as 上海普陀 does
    meta = lines_metadata(WANLI_TITLE, "2021年02月26日 来源: 上海", WANLI_TEXT)
    assert (meta.level, meta.region) == ("township", "上海市普陀区")


def test_a_source_line_opening_with_a_news_site_chooses_none():
    # quiet: 人民网-上海频道 opens with the site's name, no place; the channel's 上海 is not read
    meta = lines_metadata(WANLI_TITLE, "2021年02月26日 来源: 人民网-上海频道", WANLI_TEXT)
    assert (meta.level, meta.region) == ("township", None)


def test_a_source_line_naming_the_namesake_district_alone_chooses_none():
    # quiet: 普陀区融媒体中心 names 普陀区 itself, which both namesakes bear
    meta = lines_metadata(WANLI_TITLE, "2021年02月26日 来源: 普陀区融媒体中心", WANLI_TEXT)
    assert (meta.level, meta.region) == ("township", None)


def test_a_credit_s_source_label_chooses_none():
    # quiet: 资料来源 credits a figure's data, no source of the page's own (read_info_line reads no row of it either)
    meta = lines_metadata(WANLI_TITLE, "2021年02月26日 资料来源: 上海交通大学课题组", WANLI_TEXT)
    assert (meta.level, meta.region) == ("township", None)


# --- a news lead's day ------------------------------------------------------------------------------------------

def test_a_news_lead_dating_the_issuing_by_its_day_dates_the_document():
    # 2022年1月25日,河北省委、省政府出台《…》,全文如下。 — not the page's posting time 2022-04-07
    meta = page_metadata(HEBEI)
    assert (meta.title, meta.date) == (OPINIONS, date(2022, 1, 25))


def test_a_news_lead_dated_by_its_month_dates_nothing():
    meta = lines_metadata(*CHROME, f"长城网讯 2022年1月,河北省委、省政府出台《{OPINIONS}》,全文如下。", "一、全力抓好粮食生产")
    assert (meta.title, meta.date) == (OPINIONS, None)


def test_a_meeting_s_day_in_a_lead_is_no_issuing_day():
    # quiet: the day is the meeting's, the issuing said 近日
    meta = lines_metadata(*CHROME, f"长城网讯 河北省委、省政府近日出台《{OPINIONS}》,全文如下。2022年1月25日,省委常委会议审议通过。",
                          "一、全力抓好粮食生产")
    assert (meta.title, meta.date) == (OPINIONS, None)


def test_a_lead_dating_a_meeting_on_another_document_reports_nothing():
    # quiet: 召开常委会议,审议《…》 is no issuing: no title, no date from the lead
    meta = lines_metadata(*CHROME, f"长城网讯 2022年1月25日,河北省委召开常委会议,审议《{OPINIONS}》,全文如下。", "一、全力抓好粮食生产")
    assert (meta.title, meta.date) == (None, None)


def test_a_meeting_s_day_adopting_the_document_is_no_issuing_day():
    # quiet: 审议通过 is the meeting's adoption, no issuing (a notice is dated by its issuing, whatever meeting adopted
    # it: dates.py read_adopted_date) — the lead reports no issuing, so no title and no date from it
    meta = lines_metadata(*CHROME, f"长城网讯 2022年1月25日,省委常委会议审议通过《{OPINIONS}》,全文如下。", "一、全力抓好粮食生产")
    assert (meta.title, meta.date) == (None, None)


# --- one-line copies' heads -------------------------------------------------------------------------------------

def test_a_title_its_number_and_its_date_run_into_one_line_are_read():
    meta = page_metadata(ZHEJIANG)
    assert (meta.title, meta.doc_no, meta.issuer, meta.date, meta.level, meta.region) == (
        ZHEJIANG_TITLE, "浙政发[2009]69号", "浙江省人民政府", date(2009, 11, 3), "provincial", "浙江")


def test_a_date_of_another_year_after_the_number_is_no_head_of_the_document():
    # quiet: 浙政发[2009]69号 2010-01-05 — no date of the number's: the line's run is not read as the head
    meta = lines_metadata(f"{ZHEJIANG_TITLE} 浙政发[2009]69号 2010-01-05 为贯彻…精神,现结合我省实际,提出以下实施意见。")
    assert (meta.title, meta.date) == (None, None)


def test_a_sentence_citing_a_title_its_number_and_date_runs_no_title_of_its_own():
    # quiet: 根据… opens a sentence citing another's document
    meta = lines_metadata("根据浙江省人民政府关于进一步推进长江三角洲地区改革开放的实施意见 浙政发[2009]69号 2009-11-03 要求,"
                          "现结合我市实际,提出以下意见。")
    assert (meta.title, meta.doc_no, meta.date) == (None, None, None)


def test_a_shared_file_s_name_closed_by_its_plan_s_years_is_the_title():
    meta = page_metadata(SHENYANG)
    assert (meta.title, meta.level, meta.region) == ("沈阳市服务业扩大开放综合试点实施方案2023-2025年", "municipal", "沈阳")


def test_a_shared_file_s_name_closed_by_a_single_year_is_no_title():
    # quiet: 2023 alone after 实施方案 is no plan's span of years (a user's name for the file)
    assert shared_file_name("《某某市服务业扩大开放综合试点实施方案2023.docx》由会员分享,可在线阅读") is None


def test_a_shared_file_s_name_closed_by_a_span_with_a_copy_number_is_no_title():
    # quiet: a download's copy number after the years is still the user's name for the file
    assert shared_file_name("《某某市服务业扩大开放综合试点实施方案2023-2025年(1).docx》由会员分享") is None


def test_a_line_listing_titles_with_their_numbers_and_dates_gives_no_head():
    # quiet: a table of contents on one line — another title and its 文号 follow the first's date
    meta = lines_metadata(f"{ZHEJIANG_TITLE} 浙政发[2009]69号 2009-11-03 浙江省人民政府关于加快发展服务业的若干意见 "
                          "浙政发[2009]70号 2009-11-05")
    assert (meta.title, meta.doc_no, meta.date) == (None, None, None)


def test_lines_listing_a_title_its_number_and_date_each_give_no_head():
    # quiet: a list of documents one a line, none of them the page's own
    meta = lines_metadata(f"{ZHEJIANG_TITLE} 浙政发[2009]69号 2009-11-03",
                          "浙江省人民政府关于加快发展服务业的若干意见 浙政发[2009]70号 2009-11-05",
                          "浙江省人民政府关于促进中小企业发展的意见 浙政发[2009]71号 2009-11-20")
    assert (meta.title, meta.doc_no, meta.date) == (None, None, None)


def test_an_item_of_a_numbered_list_citing_a_title_its_number_and_date_gives_no_head():
    # quiet: 一、 opens an item of a list, no document's head
    meta = lines_metadata(f"一、{ZHEJIANG_TITLE} 浙政发[2009]69号 2009-11-03 为贯彻…精神,现结合我省实际,提出以下实施意见。")
    assert (meta.title, meta.doc_no, meta.date) == (None, None, None)


SHENYANG_SHARED = ("《沈阳市服务业扩大开放综合试点实施方案2023-2025年.docx》由会员分享,可在线阅读,更多相关"
                   "《沈阳市服务业扩大开放综合试点实施方案2023-2025年.docx(25页珍藏版)》请在第一文库网上搜索。")


def test_a_shared_file_s_name_gives_way_to_the_notice_an_information_row_names():
    # the file's name is the last resort: the page's 名称 row names the notice issuing the plan
    meta = lines_metadata(SHENYANG_SHARED, "名称: 沈阳市人民政府关于印发沈阳市服务业扩大开放综合试点实施方案(2023-2025年)的通知",
                          "一、总体要求")
    assert (meta.title, meta.issuer) == (
        "沈阳市人民政府关于印发沈阳市服务业扩大开放综合试点实施方案(2023-2025年)的通知", "沈阳市人民政府")


def test_a_shared_file_s_name_gives_way_to_the_plan_a_news_lead_reports():
    meta = lines_metadata(SHENYANG_SHARED, "近日,沈阳市人民政府印发《沈阳市服务业扩大开放综合试点实施方案(2023-2025年)》,全文如下。",
                          "一、总体要求")
    assert (meta.title, meta.issuer) == ("沈阳市服务业扩大开放综合试点实施方案(2023-2025年)", "沈阳市人民政府")


def test_a_shared_file_s_name_closed_by_a_report_s_years_is_no_title():
    # quiet: a work summary's years (…工作总结2021-2022年) close no plan's title
    assert shared_file_name("《某某街道工作总结2021-2022年.docx》由会员分享,可在线阅读") is None

"""Places blind round 21 (tests/fixtures/places-blind21, keyed in key.toml before the reader ran): the rules its misses
showed, each with a case where it stays quiet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pilotplans.normalizers.township import dated_township_signs
from pilotplans.parsers.metadata import _year_s_work
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind21"
ROUND18 = Path(__file__).parent / "fixtures" / "places-blind18"

_BAIYANG = "白杨街道2022年工作总结及2023年工作思路"


# --- a body's year's summary and its next year's 思路, titled by its name ---------------------------------------------

def test_a_street_s_summary_and_next_year_s_approach_titles_the_page_at_the_township_level():
    # before: no title and no level (工作思路 closed no year's work title; the source row's 白杨街道 kept the title's
    # township rule from naming the level); the other district its text names (3·5上城疫情) places nothing
    found = page_metadata(ROUND / "baiyang-2022-street-work-summary-district-portal-other-district-named.txt")
    assert (found.title, found.issuer, found.level, found.region) == (_BAIYANG, "白杨街道", "township", None)


def test_a_year_s_approach_naming_no_body_is_no_body_s_year_s_work():
    # quiet: 2023年工作思路 names no body before its year (whether it titles a page is titles.py's _TITLE_KINDS' to say)
    assert (_year_s_work("2023年工作思路"), _year_s_work(_BAIYANG)) == (False, True)


def test_the_street_the_title_opens_with_signs_it_by_its_name_alone():
    assert dated_township_signs(_BAIYANG, "白杨街道") is True


def test_another_body_named_as_the_source_does_not_sign_as_the_title_s_street():
    # quiet: the district's government over its street's summary, or the street's office (a body read otherwise)
    assert (dated_township_signs(_BAIYANG, "钱塘区人民政府"), dated_township_signs(_BAIYANG, "白杨街道办事处"),
            dated_township_signs("2022年工作总结", "白杨街道")) == (False, False, False)


# --- a township's own body naming no county, on a page naming its namesake county twice ---------------------------------

_TOWN_REPORT = ("政府工作报告", "——在伊金霍洛镇第四届人民代表大会第三次会议上", "各位代表:",
                "现在,我代表伊金霍洛镇人民政府向大会报告工作,请予审议。", "在旗委、政府以及镇党委的坚强领导下,全镇经济稳步增长。")


def test_a_town_s_report_on_its_namesake_banner_s_portal_is_placed_in_the_banner():
    # before: township, no region (the speaker's 伊金霍洛镇人民政府 names no county; the portal's rows were never read)
    found = page_metadata(ROUND / "yijinhuoluo-2023-town-named-as-its-banner-work-report-banner-portal.txt")
    assert (found.issuer, found.date, found.level, found.region) == (
        "伊金霍洛镇人民政府", dt.date(2023, 4, 20), "township", "伊金霍洛旗")


def test_a_town_s_report_naming_its_namesake_banner_once_stays_unplaced():
    # quiet: one naming is a mention, as a county's news names a township once
    found = lines_metadata("伊金霍洛旗人民政府欢迎您!", *_TOWN_REPORT)
    assert (found.level, found.region) == ("township", None)


def test_a_town_s_report_naming_a_neighbour_county_its_road_runs_to_twice_stays_unplaced():
    # quiet: 木洞镇 (巴南区) and 长寿区 in one sentence, 长寿区 twice: a neighbour, not a namesake county
    found = lines_metadata("政府工作报告", "——在木洞镇第十八届人民代表大会第三次会议上", "各位代表:",
                           "现在,我代表木洞镇人民政府向大会报告工作,请予审议。", "木洞镇至长寿区的公路全线贯通。",
                           "全镇与长寿区的交通更加便捷,长寿区客商纷纷来投资。")
    assert (found.issuer, found.level, found.region) == ("木洞镇人民政府", "township", None)


def test_a_town_bearing_another_province_s_county_name_stays_unplaced():
    # quiet: 南漳镇 of 长子 (山西) never prints 南漳县 (湖北), so no county is named for it
    found = page_metadata(ROUND18 / "nanzhang-zhen-2023-township-work-plan-rows-county-portal.txt")
    assert (found.issuer, found.level, found.region) == ("南漳镇人民政府", "township", None)


# --- a report's head run into its undated delivery line on the site's headline --------------------------------------------

_DELIVERY_AND_SPEAKER = ("——在伊金霍洛镇第四届人民代表大会第三次会议上", "(2023年4月20日)", "各位代表、同志们:",
                         "现在,我代表伊金霍洛镇人民政府向大会报告工作,请予审议。")


def test_a_report_s_head_run_into_its_undated_delivery_line_is_the_title():
    # before: no title (政府工作报告(草案)在…会议上 closed as no title does)
    found = page_metadata(ROUND / "yijinhuoluo-2023-town-named-as-its-banner-work-report-banner-portal.txt")
    assert found.title == "政府工作报告(草案)"


def test_a_speech_s_head_going_on_past_the_session_is_no_report_s_title():
    # quiet: …会议上的说明 is a statement made at the session, not the report's head run into its delivery line
    found = lines_metadata("政府工作报告在镇第四届人民代表大会第三次会议上的说明", *_DELIVERY_AND_SPEAKER)
    assert found.title is None


# --- a news page speaking as 我省, naming two provinces: no rule (r_places22's review took speaking_province back) -------

def test_a_province_s_news_of_its_delegation_to_the_host_province_stays_unplaced():
    # quiet (the key's 青海 left a miss): 我省 names no province, and a provincial paper names its own province in full as
    # seldom as a third one (率我省党政代表团赴青海省考察…四川省企业家 would be 四川's by "the other province named")
    found = page_metadata(ROUND / "qinghai-2023-province-commission-news-delegation-to-host-province.txt")
    assert (found.level, found.region) == (None, None)


def test_a_partner_s_news_saying_wo_sheng_and_wo_wei_stays_unplaced():
    # quiet (the key's 黑龙江 left a miss): 在我省与广东省对口合作框架下 and 我委 are a city's news's words too
    found = page_metadata(ROUND / "heilongjiang-2017-province-commission-news-city-visits-partner-city.txt")
    assert (found.level, found.region) == (None, None)


def test_a_province_s_news_naming_the_host_and_a_third_province_is_placed_in_neither():
    # quiet: 甘肃's news (its own province never named in full) of a visit to 青海 meeting 四川's businessmen
    found = lines_metadata("5月30日,省委书记率我省党政代表团赴青海省考察。", "考察期间,代表团会见了在青海投资的四川省企业家代表。",
                           "省发展改革委将跟踪落实两省合作事项。")
    assert (found.level, found.region) == (None, None)


# --- leftover of round 18: a report's speaker greeting its visitors for the county's Party committee and government ------

_GREETING = ("情况汇报", "尊敬的各位领导:", "今天市验收组莅临我县检查验收,{speaker}向各位领导表示热烈的欢迎!")


def test_a_speaker_greeting_visitors_for_the_county_s_committee_and_government_names_the_report_s_makers():
    # before: no issuer, level or place (the speaker's 我谨代表…、伊川县人民政 府, listed and broken by a space, unread)
    found = page_metadata(ROUND18 / "yichuan-20xx-county-inspection-report-spaced-huibao-knowledge-site.txt")
    assert (found.issuer, found.level, found.region) == ("中国共产党伊川县委、伊川县人民政府", "county", "伊川县")


def test_a_speaker_greeting_for_the_people_and_a_government_named_by_its_level_word_names_no_maker():
    # quiet: 全县人民 is no body, and 县人民政府 names no place
    found = lines_metadata(*_GREETING[:2], _GREETING[2].format(speaker="我谨代表全县人民、县人民政府,"))
    assert (found.issuer, found.level, found.region) == (None, None, None)


def test_a_speaker_greeting_for_level_words_alone_names_no_maker():
    # quiet: 县委、县人民政府 — a committee and a government named by their level word, no place
    found = lines_metadata(*_GREETING[:2], _GREETING[2].format(speaker="我谨代表县委、县人民政府,"))
    assert (found.issuer, found.level, found.region) == (None, None, None)


def test_a_guest_s_greeting_a_news_item_reports_names_no_maker():
    # quiet: 伊川's news quoting 嵩县's head (在致辞中说:我谨代表…嵩县…): the speaker's bodies are not the page's makers
    found = lines_metadata("伊川县举行2023年招商引资推介会", "5月20日,伊川县2023年招商引资推介会在县城举行。",
                           "嵩县县长在致辞中说:我谨代表中国共产党嵩县县委、嵩县人民政府,向推介会的成功举办表示祝贺!")
    assert (found.issuer, found.region) == (None, None)


def test_a_speaker_for_two_counties_bodies_places_the_report_in_neither():
    # quiet: 伊川县's committee beside 嵩县's government: two places, none taken
    found = lines_metadata(*_GREETING[:2], _GREETING[2].format(speaker="我谨代表中国共产党伊川县委、嵩县人民政府,"))
    assert (found.issuer, found.level, found.region) == ("中国共产党伊川县委、嵩县人民政府", "county", None)

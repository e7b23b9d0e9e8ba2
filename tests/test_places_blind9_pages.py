"""Places blind round 9 (tests/fixtures/places-blind9, keyed in key.toml before the reader ran): the rules its
pages showed, each with a case where it stays quiet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pilotplans.parsers.metadata import level_of
from pilotplans.parsers.titles import without_issue_note
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind9"
NOTICE = ("各区人民政府：", "现将有关事项通知如下。")


# --- a title's issuer carrying out another body's document before 关于 --------------------------------------------------

def test_the_issuer_is_the_body_before_the_word_carrying_out_another_s_document():
    # before: issuer 市政府贯彻国务院 (silent wrong output: two bodies and a verb read as one name)
    found = page_metadata(ROUND / "shanghai-2009-municipal-government-title-without-place-policy-site.txt")
    assert found.issuer == "市政府"


def test_a_province_carrying_out_the_state_council_s_opinion_is_the_issuer():
    found = lines_metadata("湖北省人民政府贯彻落实国务院关于某某工作意见的实施意见", *NOTICE)
    assert (found.issuer, found.level, found.region) == ("湖北省人民政府", "provincial", "湖北")


def test_a_body_named_after_what_it_carries_out_is_one_body():
    # quiet: 执行局 and 督查落实办公室 are bodies' names, 指挥中心 no body issuing documents carried out
    for body in ("市中级人民法院执行局", "市法院执行指挥中心", "市政府督查落实办公室"):
        assert lines_metadata(f"{body}关于做好某某工作的通知", *NOTICE).issuer == body


def test_a_county_carrying_out_its_party_committee_s_document_names_no_county():
    # before: region 县人民政府执行县 (the title's opening read as a county's name up to the second 县: silent wrong
    # output), the issuer already split by the carrying-out word
    found = lines_metadata("县人民政府执行县委关于某某工作的通知", *NOTICE)
    assert (found.issuer, found.level, found.region) == ("县人民政府", "county", None)


def test_a_banner_carrying_out_its_party_committee_s_document_is_the_issuer():
    # before: issuer 旗人民政府贯彻旗委 (旗, a county's level word, not read as opening a body's name)
    found = lines_metadata("旗人民政府贯彻旗委关于某某工作的通知", *NOTICE)
    assert (found.issuer, found.level) == ("旗人民政府", "county")


def test_a_province_carrying_out_the_party_centre_s_document_is_the_issuer():
    # before: issuer 省委省政府贯彻落实党中央国务院, region 省委 (a committee's level word read as a province's name)
    found = lines_metadata("省委省政府贯彻落实党中央国务院关于某某工作的意见", *NOTICE)
    assert (found.issuer, found.level, found.region) == ("省委省政府", "provincial", None)


def test_a_committee_named_by_its_level_word_names_no_place():
    # before: region 市委 (silent wrong output, older than the branch); the level its word gives stands
    found = lines_metadata("市委市政府贯彻落实中央关于某某工作的意见", *NOTICE)
    assert (found.level, found.region) == ("municipal", None)


def test_a_committee_named_after_its_city_places_it():
    # quiet: 中共惠州市委… names 惠州
    found = lines_metadata("中共惠州市委惠州市人民政府贯彻落实中央关于某某工作的意见", *NOTICE)
    assert (found.level, found.region) == ("municipal", "惠州")


def test_a_county_named_in_full_carrying_out_its_city_s_document_keeps_its_place():
    # quiet: 长丰县 is a county's name, the title's place as before
    found = lines_metadata("长丰县人民政府贯彻落实市政府关于某某工作的通知", *NOTICE)
    assert (found.issuer, found.level, found.region) == ("长丰县人民政府", "county", "长丰县")


# --- a province's or a municipality's 简称 opening a government's 文号 --------------------------------------------------

def test_a_municipality_s_abbreviation_places_its_government_named_bare():
    # before: no region (沪 is a municipality's 简称; only cities' and counties' were read)
    found = page_metadata(ROUND / "shanghai-2009-municipal-government-title-without-place-policy-site.txt")
    assert (found.doc_no, found.level, found.region) == ("沪府发〔2009〕25号", "municipal", "上海")


def test_a_province_s_abbreviation_places_its_government_named_bare():
    found = lines_metadata("省人民政府关于做好某某工作的通知", "粤府〔2020〕3号", "各市人民政府：", "现将有关事项通知如下。")
    assert (found.level, found.region) == ("provincial", "广东")


def test_a_province_s_abbreviation_places_no_city_s_government():
    # quiet: 市人民政府 over 粤府: a province's series under a city's word — the levels disagree
    found = lines_metadata("市人民政府关于做好某某工作的通知", "粤府〔2020〕3号", *NOTICE)
    assert (found.level, found.region) == ("municipal", None)


# --- a 文号 opening with its city's whole name ------------------------------------------------------------------------

def test_a_city_s_whole_name_opening_its_government_s_number_places_the_bare_office():
    # before: no region (鄂州政办发: the series read only by its first character, 鄂, 湖北's 简称 and 鄂州's first)
    found = page_metadata(ROUND / "ezhou-2010-city-office-bare-issuer-under-other-town-headline.txt")
    assert (found.issuer, found.doc_no, found.level, found.region) == (
        "市人民政府办公室", "鄂州政办发〔2010〕16号", "municipal", "鄂州")


def test_a_name_several_places_bear_opening_the_number_places_nothing():
    # quiet: 朝阳 is a city's (辽宁) and two districts' (北京, 长春)
    found = lines_metadata("市人民政府办公室关于做好某某工作的通知", "朝阳政办发〔2020〕1号", *NOTICE)
    assert found.region is None


def test_a_province_s_abbreviation_before_its_office_s_series_is_no_city_s_name():
    # quiet: 鄂政办发 is 湖北's office's series; a city's office over it is placed by nothing
    found = lines_metadata("市人民政府办公室关于做好某某工作的通知", "鄂政办发〔2020〕1号", *NOTICE)
    assert found.region is None


# --- the State Council signing with the state's name -------------------------------------------------------------------

def test_the_state_council_signing_with_the_state_s_name_is_national():
    # before: no level (中华人民共和国国务院, the signature naming the title's 国务院 in full, said no level)
    found = page_metadata(ROUND / "wanxian-1992-state-council-reply-prefecture-to-city-renamed-since-wiki.txt")
    assert (found.issuer, found.level, found.region) == ("国务院", "national", None)


def test_a_ministry_signing_with_the_state_s_name_is_national():
    assert level_of("中华人民共和国商务部") == "national"


def test_the_state_s_name_before_a_place_s_office_says_no_central_body():
    # quiet: 中华人民共和国广州海关 is a place's customs office, as 广州海关 is
    assert level_of("中华人民共和国广州海关") == level_of("广州海关")


# --- a 文号 printed after the page's whole title on its line -----------------------------------------------------------

def test_a_number_after_the_page_s_whole_title_on_a_summary_line_is_its_own():
    # before: no 文号 (国务院关于…的批复 国函〔1992〕194号 中华人民共和国国务院 1992年12月11日: a wiki's summary line)
    found = page_metadata(ROUND / "wanxian-1992-state-council-reply-prefecture-to-city-renamed-since-wiki.txt")
    assert (found.doc_no, found.date) == ("国函〔1992〕194号", dt.date(1992, 12, 11))


def test_a_number_after_another_document_s_title_is_cited():
    # quiet: the line names another reply than the page's: its number is that reply's
    found = lines_metadata("国务院关于同意某某省撤销某某地区设立地级某某市的批复",
                           "国务院关于同意某某省撤销另一地区设立地级另一市的批复 国函〔1992〕195号 中华人民共和国国务院 1992年12月1日",
                           "某某省人民政府：", "你省《关于撤销某某地区设立地级某某市的请示》（某政发〔1992〕75号）收悉。同意你省撤销某某地区。",
                           "中华人民共和国国务院", "一九九二年十二月十一日")
    assert (found.doc_no, found.level) == (None, "national")


# --- a gazette's issue note after a title ------------------------------------------------------------------------------

def test_an_issue_s_year_and_number_after_a_title_is_no_part_of_it():
    # before: the title read with (2000年32號), a gazette's note after the headline
    found = page_metadata(ROUND / "xinzhou-2000-state-council-reply-traditional-pinyin-gazette-note.txt")
    assert (found.title, found.doc_no, found.level) == (
        "國務院關于同意山西省撤銷忻州地區設立地級忻州市的批復", "國函〔2000〕70號", "national")


def test_a_title_s_own_year_in_brackets_stays():
    # quiet: a qualifier of years or a trial (no issue's number) is the title's
    for title in ("某某区加快打造一流营商环境行动方案(2026年)", "某某市促进消费若干措施（2023—2025年）", "某某市管理办法(试行)"):
        assert without_issue_note(title) == title


# --- bodies a title lists with 、 before 关于 ---------------------------------------------------------------------------

def test_a_party_committee_and_a_government_listed_before_about_are_the_issuers():
    # before: no issuer (the 、 between 中共惠州市委 and 惠州市人民政府 made the title's opening no name)
    found = page_metadata(ROUND / "huizhou-2010-party-committee-and-government-joint-decision-law-rows.txt")
    assert (found.issuer, found.level, found.region) == ("中共惠州市委、惠州市人民政府", "municipal", "惠州")


def test_places_listed_before_about_are_no_issuers():
    # quiet: 北京、天津 are places, no bodies
    found = lines_metadata("北京、天津关于深化某某合作的通知", *NOTICE)
    assert found.issuer is None


# --- a title leaving its kind unsaid after the document it forwards --------------------------------------------------

def test_a_title_forwarding_a_notice_without_its_own_kind_is_read():
    # before: no title (关于转发《…的紧急通知》 ended with 》, no kind of document)
    found = page_metadata(ROUND / "tongyuan-2009-township-forwards-national-notice-letter-o-date.txt")
    assert (found.title, found.doc_no, found.date) == (
        "关于转发《国家森林防火指挥部关于做好2009年元旦春节期间森林防火工作的紧急通知》", "通政〔2009〕3号", dt.date(2009, 1, 9))


def test_a_sentence_forwarding_a_notice_is_no_title():
    # quiet: the notice's sentence passing the document on opens with no 关于转发
    found = lines_metadata("现将《国家森林防火指挥部关于做好森林防火工作的紧急通知》转发给你们", "请认真执行。")
    assert found.title is None


# --- a red head naming the signing body in full -----------------------------------------------------------------------

def test_a_township_s_red_head_places_its_notice_in_its_county_level_city():
    # before: no level or place (the township signs 通源乡人民政府; its red head, 嵊州市通源乡人民政府文件, was not read
    # as that body named in full); its level is the township's own (read county before the township level existed)
    found = page_metadata(ROUND / "tongyuan-2009-township-forwards-national-notice-letter-o-date.txt")
    assert (found.issuer, found.level, found.region) == ("通源乡人民政府", "township", "嵊州")


def test_a_red_head_naming_another_body_than_signs_places_nothing():
    # quiet: 嵊州市人民政府文件 over 通源乡人民政府 does not name the signing body
    found = lines_metadata("嵊州市人民政府文件", "通政〔2009〕3号", "关于做好某某工作的通知", "各行政村：", "现将有关事项通知如下。",
                           "通源乡人民政府", "二〇〇九年一月九日")
    # the township signing is the document's level (no level was read before the township level existed), its place
    # still none
    assert (found.level, found.region) == ("township", None)


# --- a plan titled after its county under a notice naming no issuer ---------------------------------------------------

def test_a_plan_titled_after_its_district_places_a_notice_printing_no_issuer():
    # before: no level or place (the copy opens at the addressees; 閔行區… is the plan's title under the notice)
    found = page_metadata(ROUND / "minhang-2026-district-notice-traditional-pinyin-no-head.txt")
    assert (found.issuer, found.date, found.level, found.region) == (None, dt.date(2026, 1, 23), "county", "闵行区")


def test_a_plan_titled_after_a_district_several_cities_bear_places_nothing():
    # quiet: 鼓楼区 is 南京's, 福州's, 开封's and 徐州's (the page speaking as a district, 区政府各委、办、局, as 闵行's does)
    found = lines_metadata("各镇人民政府、街道办事处，区政府各委、办、局：", "现将《鼓楼区加快某某行动方案》印发给你们。", "2026年1月23日",
                           "鼓楼区加快某某行动方案", "一、总体要求")
    assert (found.level, found.region) == (None, None)


def test_a_plan_titled_after_a_district_placed_only_where_its_page_speaks_as_that_district():
    # fires: the page names its bodies by the district's kind word alone (区政府各委、办、局, 区发改局)
    found = lines_metadata("区政府各委、办、局：", "现将《沙河口区科技创新实施方案》印发给你们。",
                           "沙河口区科技创新实施方案", "一、工作任务", "（一）加快推进。（区发改局）")
    assert (found.level, found.region) == ("county", "沙河口区")


def test_a_city_s_plan_for_its_old_town_is_no_district_s():
    # quiet: 老城区 (洛阳's), 古城区 (丽江's), 矿区 and 东区 are also common words for a part of a town — before, a
    # page printing only such a title and speaking as no county was placed there (silent wrong output)
    for title in ("老城区有机更新实施方案", "古城区保护利用实施方案", "矿区生态修复实施方案", "东区改造工作方案"):
        found = lines_metadata(title, "为推进有关工作，制定本方案。", "一、工作目标", "（一）加快推进。（各区政府）")
        assert (found.level, found.region) == (None, None), title


def test_a_plan_titled_after_a_district_on_a_page_speaking_as_a_city_places_nothing():
    # quiet: 我市 says the page is a city's plan, whatever district its title opens with
    found = lines_metadata("老城区有机更新实施方案", "为推进我市城市更新，制定本方案。", "一、工作目标",
                           "（一）加快推进。（区政府、市住建局）")
    assert (found.level, found.region) == (None, None)


# --- a sentence citing a document by its title and number ------------------------------------------------------------

def test_a_number_a_sentence_cites_after_a_title_is_not_the_document_s():
    # before: 文号 国发〔2016〕76号 (the sentence's opening read as a title run into its own number: silent wrong output)
    found = lines_metadata("某某市人民政府关于做好某某工作的通知",
                           "根据国务院关于某某工作的通知 国发〔2016〕76号要求，现通知如下。")
    assert (found.issuer, found.doc_no) == ("某某市人民政府", None)


def test_a_title_run_into_its_own_number_is_still_read():
    # quiet: a page that lost its line breaks prints its own title and 文号 run together, then its addressees
    found = lines_metadata("西安市人民政府办公厅关于印发某某方案的通知市政办函〔2024〕26号各区、县人民政府：",
                           "现将有关事项通知如下。")
    assert found.doc_no == "市政办函〔2024〕26号"


def test_a_district_s_plan_following_its_city_s_arrangements_is_still_placed():
    # fires: 全市统一部署 is the city's arrangement a district follows, no city speaking of itself
    found = lines_metadata("区政府各委、办、局：", "按照全市统一部署，现将《沙河口区科技创新实施方案》印发给你们。",
                           "沙河口区科技创新实施方案", "一、工作任务")
    assert (found.level, found.region) == ("county", "沙河口区")

"""Places blind round 14 (tests/fixtures/places-blind14, keyed in key.toml before the reader ran) and the leftovers of
round 13 the brief named: the rules they showed, each with a case where it stays quiet."""

from __future__ import annotations

from pathlib import Path

from pilotplans.normalizers.place import county_of_township_text, partner_places, visited_places
from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.township import township_after_county_titled
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind14"

_REPORT_OPENING = ("各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议。")


# --- a special economic zone is its city's whole ----------------------------------------------------------------------

def test_a_special_economic_zone_s_report_is_its_city_s():
    # before: county, region 深圳经济特区 — the older county match took X经济特区 before 政府 for a district
    found = lines_metadata("2021年深圳经济特区政府工作报告", *_REPORT_OPENING)
    assert (found.level, found.region) == ("municipal", "深圳")


def test_a_province_s_special_economic_zone_is_the_province_s():
    found = lines_metadata("2020年海南经济特区政府工作报告", "各位代表：", "现在，我代表省人民政府，向大会报告工作。")
    assert (found.level, found.region) == ("provincial", "海南")


def test_a_district_of_a_special_economic_zone_s_city_stays_a_district():
    # quiet: 罗湖区 is a district, and 六枝特区 a special district (a county's level), no economic zone
    found = lines_metadata("2021年深圳市罗湖区政府工作报告", "各位代表：", "现在，我代表区人民政府，向大会报告工作。")
    assert (found.level, found.region) == ("county", "罗湖区")
    found = lines_metadata("2020年六枝特区政府工作报告", "各位代表：", "现在，我代表特区人民政府，向大会报告工作。")
    assert (found.level, found.region) == ("county", "六枝特区")


def test_an_economic_zone_of_no_place_names_none():
    # quiet: 某某 is no place, so its zone names none
    found = lines_metadata("2021年某某经济特区政府工作报告", *_REPORT_OPENING)
    assert (found.level, found.region) == (None, None)


# --- a place visited is no place of the page -----------------------------------------------------------------------------

def test_a_place_listed_after_a_visit_s_opening_is_visited():
    gazetteer = load_registry().gazetteer
    found = visited_places("组织干部赴奉化区、余姚市参观学习", gazetteer)
    assert [place.written for _, place in found] == ["奉化区", "余姚市"]
    assert [place.written for _, place in partner_places("前往深圳调研", gazetteer)] == ["深圳"]


def test_coming_to_a_place_is_no_visit():
    # quiet: 到 is no visit's opening — others come to the page's own place by it (吸引…到厦门从事商务、交流 in 厦门's own
    # table, which read no place once 到 opened a visit), and 到2025年 opens a target
    gazetteer = load_registry().gazetteer
    assert visited_places("吸引境外专业人士到厦门从事商务、交流", gazetteer) == []
    assert visited_places("到2025年安吉县建成学习型城市", gazetteer) == []


def test_a_township_is_not_placed_in_a_county_it_visits():
    # before: 安吉县 — the one county the township's page named in full, under 全县
    texts = ["全镇上下在县委、县政府的坚强领导下。",
             "3月，组织各村党支部书记赴安吉县考察学习美丽乡村建设经验，在全县考核中名列前茅。"]
    assert county_of_township_text(texts, load_registry().gazetteer) is None


def test_a_township_naming_its_own_county_beside_one_it_visits_is_its_own_county_s():
    # the visit passed over, the county the page names as its own still places it (as with no visit at all)
    texts = ["全镇上下在武义县委、县政府的坚强领导下。",
             "3月，组织各村党支部书记赴安吉县考察学习，在全县考核中名列前茅。"]
    found = county_of_township_text(texts, load_registry().gazetteer)
    assert found is not None and found[1].name == "武义县"


def test_a_partner_county_still_places_no_township():
    # quiet: a partner (与安吉县签订合作协议) is no visit, and the page stays unplaced as before
    texts = ["全镇上下在武义县委、县政府的坚强领导下。", "与安吉县签订合作协议，在全县考核中名列前茅。"]
    assert county_of_township_text(texts, load_registry().gazetteer) is None


# --- a work report's headline with its copy's marks --------------------------------------------------------------------

def test_a_banner_s_report_headlined_with_its_province_in_brackets_and_whole_text_mark_is_the_banner_s():
    # before: no title, level or place — (全文) after 工作报告 and (内蒙古), the province by its short name, before the year
    found = page_metadata(ROUND / "sunitezuoqi-2022-banner-work-report-copy-site.txt")
    assert (found.title, found.level, found.region) == ("(内蒙古)2022年苏尼特左旗人民政府工作报告(全文)", "county", "苏尼特左旗")


def test_a_report_headline_closed_by_its_whole_text_mark_is_the_title():
    found = lines_metadata("2022年苏尼特左旗人民政府工作报告(全文)", "各位代表:", "现在,我代表旗人民政府,向大会报告工作,请予审议。")
    assert (found.title, found.region) == ("2022年苏尼特左旗人民政府工作报告(全文)", "苏尼特左旗")


def test_a_bracket_naming_no_province_before_a_title_names_none():
    # quiet: (北京) before a title naming no place is a site's tag; (试行) no province at all
    assert lines_metadata("(北京)关于印发方案的通知").region is None
    assert lines_metadata("(试行)南宁市关于印发方案的通知").title == "(试行)南宁市关于印发方案的通知"


# --- a street's own plan titled after its district ----------------------------------------------------------------------

def test_a_street_s_outline_titled_after_its_district_is_the_street_s():
    # before: county — the title's 天津市滨海新区 read, the street after it (新河街道) passed over
    found = page_metadata(ROUND / "xinhe-2021-municipality-new-area-street-outline-street-pages.txt")
    assert (found.level, found.region) == ("township", "滨海新区")


def test_a_district_s_own_outline_stays_the_district_s():
    # quiet: no township's word after the district
    found = lines_metadata("天津市滨海新区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要")
    assert (found.level, found.region) == ("county", "滨海新区")


def test_a_county_s_townships_together_or_a_sort_of_town_after_it_are_no_township_s_paper():
    # quiet: 各乡镇 (a collective) and 特色小镇 (a sort of town) name no one township
    assert lines_metadata("武义县各乡镇2016年工作要点").level != "township"
    assert lines_metadata("武义县特色小镇2018年工作要点").level != "township"


# --- a news headline's body --------------------------------------------------------------------------------------------

def test_a_news_page_is_placed_by_the_body_its_headline_opens_with_and_its_text_names_again():
    # before: no level or place — the department (中共四川省委组织部) touring three of its cities (赴自贡、宜宾、泸州)
    found = page_metadata(ROUND / "sichuan-2005-provincial-party-department-study-tour-news.txt")
    assert (found.level, found.region, found.region_named_in) == ("provincial", "四川", "headline")
    assert (found.title, found.issuer) == (None, None)


def test_a_body_s_name_the_text_never_names_again_places_nothing():
    # quiet: a banner over a page (四川省教育厅门户网站) whose text never speaks of 省教育厅
    found = lines_metadata("四川省教育厅门户网站", "近日，某校组织学生开展暑期社会实践活动。", "活动取得良好效果。")
    assert (found.level, found.region) == (None, None)


def test_a_headline_body_places_a_city_s_news_at_its_level():
    found = lines_metadata("长春市发展和改革委员会召开园区循环化改造工作推进会", "会上，市发展和改革委员会通报了各开发区工作进展。")
    assert (found.level, found.region) == ("municipal", "长春")


# --- a state-level new area's page by its text -------------------------------------------------------------------------

def test_a_page_naming_a_state_level_new_area_alone_and_speaking_as_the_new_area_is_its():
    # before: no level or place — 云南滇中新区 and 滇中新区 named, 新区党工委、管委会 and 新区上下 speaking, no head
    found = page_metadata(ROUND / "dianzhong-2023-new-area-streets-founded-news-forum.txt")
    assert (found.level, found.region, found.region_named_in) == ("municipal", "滇中新区", "text")


def test_a_new_area_named_without_speaking_as_one_places_nothing():
    # quiet: 滇中新区 named twice, never 新区 alone: a page about the new area, not the new area's own
    found = lines_metadata("据悉，滇中新区建设取得新进展。", "目前滇中新区企业增至100家。")
    assert (found.level, found.region) == (None, None)


def test_a_copy_s_bracketed_headline_over_the_report_s_own_head_is_no_title():
    # quiet: 东城区2015年政府工作报告(完整) over the report's own head run into its first paragraph (政府工作报告——2015年…)
    found = page_metadata(ROUND.parent / "places-blind13" / "dongcheng-2015-municipality-district-work-report-essay-site.txt")
    assert found.title == "政府工作报告"


def test_a_headline_body_named_again_only_by_its_bare_office_places_nothing():
    # quiet: a county's news of the provincial department's visit names only 县委组织部 again — 委组织部 without 省 is
    # the county's own department, not 省委组织部 (read 江苏, provincial, before the level word was required)
    found = lines_metadata("中共江苏省委组织部调研组来我县调研基层党建工作",
                           "近日，调研组一行在县委组织部负责同志陪同下，深入乡镇和村开展调研。",
                           "县委组织部汇报了全县基层党建工作情况。")
    assert (found.level, found.region) == (None, None)


def test_a_city_s_banner_over_a_district_s_government_places_nothing():
    # quiet: 北京市人民政府门户网站 over 区人民政府…: 人民政府 named again, 市人民政府 never (read 北京, provincial, before)
    found = lines_metadata("北京市人民政府门户网站", "区人民政府召开常务会议。", "会议研究了有关事项。")
    assert (found.level, found.region) == (None, None)


def test_a_county_s_paper_on_its_model_towns_is_no_township_s():
    # before: True — 示范镇 (the sort of town a county names its model towns by) read as one township's name and word
    assert township_after_county_titled("长沙县示范镇2023年建设工作要点", load_registry().gazetteer) is False


def test_one_township_titled_after_its_county_and_dated_is_the_township_s():
    # quiet: 易俗河镇, one township's own name before its word and year
    assert township_after_county_titled("湘潭县易俗河镇2023年工作总结", load_registry().gazetteer) is True


def test_a_headline_of_a_body_come_to_the_page_s_own_county_places_nothing():
    # before: 江苏, provincial — the department named again (省委组织部) on a county's news of its visit 来我县
    found = lines_metadata("中共江苏省委组织部调研组来我县调研基层党建工作",
                           "近日，省委组织部调研组一行深入乡镇和村开展调研。", "县委组织部汇报了全县基层党建工作情况。")
    assert (found.level, found.region) == (None, None)


def test_a_headline_of_a_province_s_body_speaking_of_its_province_still_places_it():
    # quiet: 我省 is the body's own province
    found = lines_metadata("四川省教育厅召开我省高校毕业生就业工作会议", "会上，省教育厅通报了全省就业工作进展。")
    assert (found.level, found.region) == ("provincial", "四川")


def test_a_headline_of_a_body_come_to_a_named_place_places_nothing():
    # before: 四川, provincial — the department named again (省教育厅) on 安州区's news of its visit (到…调研)
    found = lines_metadata("四川省教育厅调研组到绵阳市安州区调研职业教育工作",
                           "近日，省教育厅调研组一行深入安州区职业学校开展调研。", "区教育局汇报了全区职业教育工作情况。")
    assert (found.level, found.region) == (None, None)


def test_a_headline_of_a_body_going_to_no_named_place_still_places_it():
    # quiet: 到基层 names no place — the department's own news of its officials' work
    found = lines_metadata("四川省教育厅党组成员到基层调研职业教育工作", "会上，省教育厅通报了全省职业教育工作进展。")
    assert (found.level, found.region) == ("provincial", "四川")


def test_a_headline_of_a_body_come_to_a_county_of_a_short_name_places_nothing():
    # a real county's news (寿县: 省教育厅到寿县炎刘镇学校调研指导工作, its body's province written out): 寿县 is a place
    # named_places leaves to its context; before: 安徽, provincial
    found = lines_metadata("安徽省教育厅到寿县炎刘镇学校调研指导工作",
                           "5月15日上午，省教育厅发展规划处负责人在寿县县委常委陪同下到炎刘镇吴桥小学调研指导工作。",
                           "省教育厅领导走进了教室、图书室和学生食堂。")
    assert (found.level, found.region) == (None, None)

"""Places blind round 13 (tests/fixtures/places-blind13, keyed in key.toml before the reader ran) and the leftovers of
round 12 the brief named: the rules they showed, each with a case where it stays quiet."""

from __future__ import annotations

from pathlib import Path

from pilotplans.normalizers.place import named_places
from pilotplans.normalizers.registry import load_registry
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind13"
ROUND12 = Path(__file__).parent / "fixtures" / "places-blind12"


# --- a division's name written right after a place it does not lie in ------------------------------------------------

def test_a_division_written_right_after_a_city_it_does_not_lie_in_is_no_place_named():
    # before: 伊宁市, then 东城区 — 北京's, the one division the gazetteer holds by that name
    found = named_places("伊宁市东城区经济社会发展管理委员会揭牌成立", load_registry().gazetteer)
    assert [(p.written, p.region_id) for p in found] == [("伊宁市", "654002")]


def test_a_division_written_right_after_its_own_municipality_is_named():
    # quiet: 北京市东城区 is 北京's 东城区
    found = named_places("北京市东城区人民政府", load_registry().gazetteer)
    assert [(p.written, p.region_id) for p in found] == [("东城区", "110101")]


def test_two_divisions_of_one_city_run_together_are_both_named():
    # quiet: 玄武区 right after 鼓楼区 is no division written after a city it does not lie in — both are 南京's
    found = named_places("南京市鼓楼区玄武区人民政府", load_registry().gazetteer)
    assert [(p.written, p.region_id) for p in found] == [("鼓楼区", "320106"), ("玄武区", "320102")]


def test_two_county_level_cities_of_one_city_run_together_are_both_named():
    # quiet (review of places14): 义乌市 is no province or prefecture city but ends with 市 as 伊宁市 does; 东阳市 right
    # after it is its sibling under 金华, not a part of 义乌市 — dropping it dropped 东阳市 from the whole page
    found = named_places("义乌市东阳市联合开展市场采购贸易试点", load_registry().gazetteer)
    assert [(p.written, p.region_id) for p in found] == [("义乌市", "330782"), ("东阳市", "330783")]


def test_a_district_of_another_city_written_after_a_county_level_city_is_no_place_named():
    # the rule still fires for a county-level city before a division of another city (伊宁市's own 东城区 shape)
    found = named_places("义乌市玄武区", load_registry().gazetteer)
    assert [(p.written, p.region_id) for p in found] == [("义乌市", "330782")]


def test_a_page_naming_a_county_level_city_s_area_after_it_is_that_city_s():
    # before: no level or place — 伊宁市 named four times, 东城区 (written after it once, alone after that) read as
    # 北京's: two cities, none taken; the area is 伊宁市's, the page that county-level city's
    found = page_metadata(ROUND12 / "yining-2012-county-city-area-committee-news-traditional.txt")
    assert (found.level, found.region, found.region_named_in) == ("county", "伊宁市", "text")


# --- a division's government named by its kind's word alone -------------------------------------------------------------

def test_a_forest_district_s_government_named_by_its_kind_alone_names_no_place():
    # before: region 林区 (read as a place named 林 of the kind 区) — silent wrong output; 林区人民政府 is the forest
    # district's government written as a district writes 区人民政府: a county's level, no place
    found = lines_metadata("各位代表：", "现在，我代表林区人民政府向大会报告工作，请予审议。")
    assert (found.level, found.region) == ("county", None)


def test_a_forest_district_s_government_named_in_full_names_it():
    # quiet: 神农架林区人民政府 names 神农架林区
    found = lines_metadata("神农架林区人民政府关于印发2020年重点工作任务分工的通知")
    assert (found.level, found.region) == ("county", "神农架林区")


# --- a title opening with its year ---------------------------------------------------------------------------------------

def test_a_work_report_titled_with_its_year_before_its_place_is_that_place_s():
    # before: county, region 林区 (the speaker's 林区人民政府); the title 2020年神农架林区政府工作报告 names the
    # forest district after its year
    found = page_metadata(ROUND / "shennongjia-2020-forest-district-work-report-forum.txt")
    assert (found.level, found.region) == ("county", "神农架林区")


def test_a_title_opening_with_its_year_and_a_township_s_word_names_no_place():
    # quiet: after the year, 乡政府 names a township's government by its word, no place
    found = lines_metadata("2015年乡政府工作计划", "全乡上下要紧紧围绕县委、县政府的部署。")
    assert (found.level, found.region) == ("township", None)


# --- a street speaking of itself by its word cut to 街 ------------------------------------------------------------------

def test_a_title_naming_a_street_office_by_its_word_over_a_page_speaking_as_its_street_reads_township():
    # before: no level — a street speaks of itself as 全街 (its word cut to 街, as in its 文号 series: 海滨街发) as
    # often as 全街道; only 全街道 was read
    found = lines_metadata("街道办事处2016年工作计划", "2016年，全街完成固定资产投资10亿元。")
    assert (found.issuer, found.level, found.region) == (None, "township", None)


def test_a_street_office_s_title_over_a_page_speaking_of_streets_and_towns_together_reads_no_township():
    # quiet: 全街镇 is a city's or a district's word for all its streets and towns, no one street speaking
    found = lines_metadata("街道办事处2016年工作计划", "2016年，全街镇完成固定资产投资10亿元。")
    assert (found.issuer, found.level) == (None, None)


# --- a district aided by another city ------------------------------------------------------------------------------------

def test_a_plan_titled_after_a_district_its_text_names_as_aided_by_another_city_stays_that_district_s():
    # before: no place — 广州 named twice in a sentence of aid (广州市对我区帮扶资金…，广州市企业落户…) read as where the
    # district lies, and 广州 having districts of its own, nothing was taken: the aid rule threw away the place the
    # title names of itself
    found = lines_metadata("七星关区2020年工作计划", "2020年，广州市对我区帮扶资金3000万元，广州市企业落户10家。",
                           "全区要加强东西部协作。")
    assert (found.level, found.region) == ("county", "七星关区")


def test_a_city_named_beside_its_own_legal_aid_service_is_where_the_page_lies():
    # before (review of places14): county 西区 (攀枝花's) — 法律援助 (legal aid, the city's own service) read as a word of
    # aid between places, so the sentence naming 中山 was passed over and 中山's street area read as 攀枝花's district
    found = lines_metadata("西区2016年工作计划", "从省内和中山形势看，中山空前崛起，我区要落实中山市法律援助工作。",
                           "全区要加强协作。")
    assert (found.level, found.region) == ("township", "中山")


def test_a_plan_titled_after_a_district_its_text_places_in_another_city_outside_any_aid_is_placed_nowhere():
    # quiet: the same city named twice with no word of aid is where the page speaks of itself as lying
    found = lines_metadata("七星关区2020年工作计划", "2020年，从广州形势看，广州市企业落户10家。", "全区要加强协作。")
    assert (found.level, found.region) == (None, None)


# --- a township's page naming its county -----------------------------------------------------------------------------

def test_a_township_s_plan_naming_one_county_in_full_is_placed_in_that_county():
    # before: township, no place — 武乡's 乡 (2015年乡政府工作计划 over 全乡, 全县) names 武乡县 in full once (a company
    # named after it) and 武乡 in 建设武乡东部一流强乡; the county its text names is the one it lies in
    found = page_metadata(ROUND12 / "wuxiang-2015-township-work-plan-name-starred-essay-site.txt")
    assert (found.level, found.region, found.region_named_in) == ("township", "武乡县", "text")


def test_a_township_s_plan_naming_two_counties_is_placed_nowhere():
    # quiet: a neighbouring county named beside it — whose township it is the text does not say
    found = lines_metadata("2015年乡政府工作计划", "全乡要围绕全县发展战略，东邻襄垣县。", "引进武乡县扬德煤层气利用有限公司项目。")
    assert (found.level, found.region) == ("township", None)


def test_a_township_s_plan_naming_a_county_only_as_its_partner_is_placed_nowhere():
    # before (review of places14): 安吉县, the township's partner (与…合作), read as the county it lies in
    found = lines_metadata("2015年乡政府工作计划", "全乡要围绕全县发展战略。", "与安吉县签订合作协议。")
    assert (found.level, found.region) == ("township", None)


def test_a_township_s_plan_naming_a_district_only_as_aiding_it_is_placed_nowhere():
    # before (review of places14): 嘉定区, named in a sentence of aid (placing.toml aid), read as the district the town
    # lies in — the aid list the branch added for titles' districts was not used for a township's county
    found = lines_metadata("2015年镇政府工作计划", "全镇要围绕全区发展战略。", "争取嘉定区帮扶资金100万元。")
    assert (found.level, found.region) == ("township", None)


def test_a_township_s_plan_naming_its_county_outside_aid_beside_an_aid_sentence_is_placed_in_it():
    # quiet: the aid sentence is passed over, the county named elsewhere still places the township
    found = lines_metadata("2015年乡政府工作计划", "全乡要围绕全县发展战略。", "引进武乡县扬德煤层气利用有限公司项目。",
                           "争取东西部协作资金100万元。")
    assert (found.level, found.region) == ("township", "武乡县")


def test_a_township_s_plan_naming_a_county_whose_kind_it_never_speaks_of_is_placed_nowhere():
    # quiet (found with the street's title below): 冶金作为老城区 — 老城区 is 洛阳's district and any city's old town; a
    # page never speaking of a 区 of its own (全区, 本区) names no county by it
    found = lines_metadata("冶金街道2016年工作计划", "冶金街道要以区两会精神为指导。", "冶金作为老城区，基础设施老化。")
    assert (found.level, found.region) == ("township", None)


# --- a township's paper titled with its name and its year ------------------------------------------------------------

def test_a_title_opening_with_a_street_s_name_and_its_year_over_a_page_naming_it_reads_township():
    # before: no level — 冶金街道2016年工作计划 over 冶金街道要…, 冶金作为老城区 (a prefecture city's district's street, its
    # district unnamed, places-blind13); a township's own paper named by its name as one named by its word alone is
    found = page_metadata(ROUND / "yejin-2016-street-office-work-plan-district-portal.txt")
    assert (found.title, found.level, found.region) == ("冶金街道2016年工作计划", "township", None)


def test_a_title_opening_with_a_city_s_name_ending_with_a_township_s_word_reads_no_township():
    # quiet: 景德镇 is a city whose name closes with 镇
    found = lines_metadata("景德镇2016年工作计划", "景德镇要以市两会精神为指导。")
    assert (found.level, found.region) == (None, None)


def test_a_title_opening_with_a_sort_of_town_and_a_year_reads_no_township():
    # before (review of places14): township — 特色小镇 is a sort of town (a county's or a city's projects), no one
    # township's name, as 乡镇 is every township (township.toml sort_endings)
    found = lines_metadata("特色小镇2018年工作要点", "特色小镇建设要加快推进。")
    assert found.level is None


def test_a_title_opening_with_a_characteristic_town_project_s_name_and_a_year_reads_no_township():
    # before (review of places14): township — 梦想小镇, a 小镇 project's name, is no township
    found = lines_metadata("梦想小镇2018年工作总结", "梦想小镇建设要加快推进。")
    assert found.level is None


def test_a_title_opening_with_a_town_named_after_a_market_and_a_year_reads_township():
    # quiet: 新集镇 is one town's name (X集镇, many in 苏北 and 皖北), no sort of town
    found = lines_metadata("新集镇2016年工作计划", "新集镇要以县两会精神为指导。")
    assert (found.level, found.region) == ("township", None)


def test_a_title_opening_with_townships_together_and_a_year_reads_no_township():
    # quiet: 乡镇 is every township of a county, no one township's name
    found = lines_metadata("乡镇2016年工作计划", "乡镇要以县两会精神为指导。")
    assert found.level is None


def test_a_title_opening_with_its_year_before_words_naming_no_place_reads_no_place_from_them():
    # quiet (found by bench/metadata_dump.py): 2022年第八次县政府常务会议… read region 第八次县 — silent wrong output; the
    # year is passed over only before a place the gazetteer knows
    found = lines_metadata("2022年第八次县政府常务会议确定事项落实情况的通报", "各乡镇人民政府，县政府各部门：")
    assert (found.level, found.region) == (None, None)


# --- a zone named by its city and its type alone --------------------------------------------------------------------------

PROSE26 = Path(__file__).parent / "fixtures" / "prose-blind26"


def test_a_headless_page_of_a_zone_named_by_its_city_and_type_speaking_as_its_area_is_the_city_s():
    # before: no place — 辽源经济开发区 written once (its name after its city's is a type's form alone, 经济开发区, so
    # 开发区 alone names no zone: 32448773) under 全区经济总体保持平稳; the zone speaking as its area names its city again,
    # as 新站高新区 does 合肥 by its own name (prose-blind26)
    found = page_metadata(PROSE26 / "liaoyuan-2019-development-zone-year-end-meeting-news-no-tasks.txt")
    assert (found.level, found.region, found.region_named_in) == ("municipal", "辽源", "text")


def test_a_zone_named_by_its_city_and_type_on_a_page_never_speaking_as_an_area_names_no_city():
    # quiet: 辽源经济开发区 once, the page speaking of no 区 of its own
    found = lines_metadata("2月15日上午，辽源经济开发区召开2018年度工作总结大会。", "开发区各项工作实现了平稳发展。")
    assert (found.level, found.region) == (None, None)


def test_a_district_s_page_naming_its_city_s_zone_once_is_no_zone_s():
    # before (review of places14): municipal 辽源 — a district's news (全区) naming its city's zone once as what it
    # supports read as the zone speaking; a zone speaks of itself by its type's word alone too (开发区深入学习…)
    found = lines_metadata("2月15日上午，全区经济工作会议召开。", "会议指出，要支持辽源经济开发区加快发展。", "全区上下要凝心聚力。")
    assert (found.level, found.region) == (None, None)


def test_a_zone_named_by_its_city_and_type_speaking_by_its_type_s_word_and_as_its_area_is_the_city_s():
    # the rule still fires where the zone speaks of itself by its type's word alone (开发区) and as its area (全区)
    found = lines_metadata("2月15日上午，辽源经济开发区召开2018年度工作总结大会。", "开发区各项工作实现了平稳发展，全区经济总体保持平稳。")
    assert (found.level, found.region) == ("municipal", "辽源")

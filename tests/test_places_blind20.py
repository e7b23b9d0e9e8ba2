"""Places blind round 20 (tests/fixtures/places-blind20, keyed in key.toml before the reader ran): the rules its misses
showed, each with a case where it stays quiet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pilotplans.normalizers.delivery_place import place_of_adoption, place_of_delivery
from pilotplans.normalizers.registry import load_registry
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind20"
ROUND15 = Path(__file__).parent / "fixtures" / "prose-blind15"

_OPINION = "关于完善“府院联动”机制的意见的通知"


# --- a work report's delivery line broken after the congress's name ---------------------------------------------------

def test_a_delivery_line_broken_after_the_congress_s_name_places_the_district():
    # before: level and place none (the place was read run on into the session, 哈尔滨市平房区第十六届, no division)
    found = page_metadata(ROUND / "pingfang-2020-sub-provincial-city-district-work-report-source-row.txt")
    assert (found.title, found.date, found.level, found.region) == ("政府工作报告", dt.date(2020, 1, 3), "county", "平房区")


def test_a_line_going_on_past_the_congress_s_name_is_no_delivery_line():
    # quiet: a news sentence naming the congress and going on places nothing
    gazetteer = load_registry().gazetteer
    assert place_of_delivery(["2020年1月3日在哈尔滨市平房区第十六届人民代表大会上，区长宋博岩作政府工作报告"], gazetteer) is None


def test_a_delivery_line_whole_on_one_line_reads_as_before():
    gazetteer = load_registry().gazetteer
    found = place_of_delivery(["——2010年12月28日在乌海市海南区第八届人民代表大会第四次会议上"], gazetteer)
    assert found is not None and (found[0], found[1].name, found[1].region_id) == ("乌海市海南区", "海南区", "150303")


# --- joint makers a gap apart on the first line of a title wrapped over two ---------------------------------------------

def test_joint_makers_a_gap_apart_on_a_wrapped_title_s_first_line_are_listed():
    # before: issuer 鹤岗市人民政府鹤岗市中级人民法院 (the two names run together, no body bears it)
    found = page_metadata(ROUND / "hegang-2025-city-government-and-court-joint-notice-title-two-lines.txt")
    assert (found.title, found.issuer, found.level, found.region) == (
        "鹤岗市人民政府 鹤岗市中级人民法院印发" + _OPINION, "鹤岗市人民政府、鹤岗市中级人民法院", "municipal", "鹤岗")


def test_one_maker_on_a_wrapped_title_s_first_line_is_the_issuer_alone():
    # quiet: one body before 印发 is one issuer, and the title reads as printed
    found = lines_metadata("鹤政发〔2025〕4号", "鹤岗市人民政府印发", _OPINION, "各县(区)人民政府,市政府各部门:",
                           "现将《关于完善“府院联动”机制的意见》印发给你们,请认真贯彻执行。", "鹤岗市人民政府", "2025年4月30日")
    assert (found.title, found.issuer) == ("鹤岗市人民政府印发" + _OPINION, "鹤岗市人民政府")


# --- a headline naming the plan in 《》 over the notice issuing it ------------------------------------------------------

def test_a_headline_naming_the_plan_in_brackets_over_the_issuing_notice_is_no_title():
    # before: title 若羌縣加快發展保障性租賃住房的實施方案 (the headline, unwrapped from its 《》)
    found = page_metadata(ROUND / "ruoqiang-2022-prefecture-county-office-notice-traditional-pinyin-glossed.txt")
    assert (found.title, found.issuer, found.doc_no, found.level, found.region) == (
        "關于印發《若羌縣關于加快發展保障性租賃住房的實施方案》的通知", "若羌縣人民政府辦公室", "若政辦發〔2022〕31號",
        "county", "若羌县")


def test_a_headline_in_brackets_over_the_addressees_is_the_title_still():
    # quiet: 成都's notice in 《》 over the site's row and its addressees is the title
    found = page_metadata(ROUND15 / "chengdu-2001-city-traditional-notice-setting-a-reporting-system.txt")
    assert found.title == "成都市人民政府辦公廳關于建立政府工作落實情況報告制度的通知"


def test_a_headline_that_is_the_notice_s_own_title_in_brackets_is_the_title_still():
    # quiet: the headline in 《》 is the notice's title whole, its maker too, over its 文号 and the notice's line printed
    # without the maker (places21 took the shorter line, the maker lost from the title)
    found = lines_metadata("《长沙市人民政府关于印发〈长沙市促进消费实施方案〉的通知》", "长政发〔2022〕5号",
                           "关于印发《长沙市促进消费实施方案》的通知", "各区县(市)人民政府,市直机关各单位:",
                           "现将《长沙市促进消费实施方案》印发给你们,请认真贯彻执行。", "长沙市人民政府", "2022年3月1日")
    assert (found.title, found.issuer, found.doc_no) == (
        "长沙市人民政府关于印发〈长沙市促进消费实施方案〉的通知", "长沙市人民政府", "长政发〔2022〕5号")


# --- a decision placed by its adoption line ----------------------------------------------------------------------------

def test_an_adoption_line_places_a_page_printing_no_head_at_its_congress_s_province():
    # before: level and place none (the decision about 哈尔滨新区 names no maker but in its adoption line)
    found = page_metadata(ROUND / "heilongjiang-2019-province-congress-new-area-decision-traditional-no-title.txt")
    assert (found.title, found.issuer, found.date, found.level, found.region, found.region_named_in) == (
        None, None, dt.date(2019, 4, 26), "provincial", "黑龙江", "adoption")


def test_an_adoption_line_naming_no_division_whole_places_nothing():
    # quiet: a kind word alone (区第十三届…), and a meeting line with no 通过 (no adoption)
    gazetteer = load_registry().gazetteer
    assert place_of_adoption(["(2019年4月26日区第十三届人民代表大会常务委员会第十一次会议通过)"], gazetteer) is None
    assert place_of_adoption(["(2019年4月26日黑龙江省第十三届人民代表大会常务委员会第十一次会议)"], gazetteer) is None


# --- leftover of round 18, left: a zone titled by its type's word, naming one city once -------------------------------

ROUND18 = Path(__file__).parent / "fixtures" / "places-blind18"
_REPORT = "2022年经济社会发展总体情况和2023年工作打算汇报"
_LEAD = "今年以来,在市委市政府坚强领导下,{}深入贯彻落实党的二十大精神,经济社会保持良好发展势头。"
_ONCE = "神剑新材料和鑫科铜业入围2022年国家级制造业单项冠军企业,有效助力芜湖市在该项工作中实现“零”的突破。"


def test_a_zone_titled_by_its_type_s_word_naming_its_city_once_stays_unplaced():
    # 芜湖's 经开区 names 芜湖市 once, in a sentence of its firms' results: one naming is no host (places21 placed it;
    # reverted in review, since a zone's report names a city it serves, trades with or meets in as often)
    found = page_metadata(ROUND18 / "wuhu-2022-development-zone-report-title-ends-huibao-essay-site.txt")
    assert (found.title, found.level, found.region) == ("经开区" + _REPORT, None, None)


def test_a_zone_s_report_naming_once_a_city_it_serves_places_nothing():
    # a zone's report naming another city once (the metropolitan area it serves, the city its investors come from, the
    # city hosting a forum): placed there by places21's `_zone_titled` (合肥, 深圳, 武汉); none of them is the zone's host
    for sentence in ("经开区坚持服务合肥都市圈建设。", "开发区成功引进深圳企业3家,总投资20亿元。",
                     "经开区在武汉举办的全国开发区论坛上作交流发言。"):
        found = lines_metadata("经开区" + _REPORT, _LEAD.format("经开区"), sentence)
        assert (found.level, found.region) == (None, None)


def test_a_district_s_report_naming_a_city_once_stays_unplaced():
    # quiet: a title opening with the district's word (区…), no zone's, names no host; one naming still places nothing
    found = lines_metadata("区" + _REPORT, _LEAD.format("全区"), _ONCE)
    assert (found.level, found.region) == (None, None)


def test_a_zone_s_report_naming_two_cities_stays_unplaced():
    # quiet: the zone's title, but its text names another city beside 芜湖 (whose zone it is the text does not say)
    found = lines_metadata("经开区" + _REPORT, _LEAD.format("经开区"), _ONCE, "合肥市奇瑞新能源汽车项目签约落地。")
    assert (found.level, found.region) == (None, None)


# --- leftover of round 17: a township's county named only by its short name ---------------------------------------------

ROUND17 = Path(__file__).parent / "fixtures" / "places-blind17"
_MASKED = "一、xx畲族乡情概况我乡地处{0}西南部,乡域面积178平方公里。我乡是革命老区乡。是{0}唯一的少数民族乡。"
_CITY = "全乡现有毛竹林面积13万亩,是三明最大的毛竹大乡。我乡将继续发展毛竹产业。"


def test_a_township_s_county_named_by_its_short_name_within_the_city_it_names_places_it():
    # before: township, no place (宁化 printed short only, 三明 once)
    found = page_metadata(ROUND17 / "ninghua-2019-she-ethnic-township-progress-report-doc-site.txt")
    assert (found.title, found.level, found.region, found.region_named_in) == (
        "民族乡工作进展情况汇报", "township", "宁化县", "text")


def test_a_short_name_several_divisions_bear_places_nothing():
    # quiet: 长安 is two districts' short name (西安's and 石家庄's); the page names 西安 in full, still none is told
    found = lines_metadata("乡工作进展情况汇报", _MASKED.format("长安"), _CITY.replace("三明", "西安"))
    assert (found.level, found.region) == ("township", None)


def test_a_county_s_short_name_outside_the_city_the_page_names_is_a_word():
    # quiet: 资源 is a 广西 county's short name, and a word; a 三明 township's page writing it places nothing
    found = lines_metadata("乡工作进展情况汇报", _MASKED.format("资源"), _CITY)
    assert (found.level, found.region) == ("township", None)


def test_a_county_s_short_name_that_is_a_word_inside_the_city_the_page_names_places_nothing():
    # quiet: 大田 (a 三明 county) written twice as a farming word, 合作 (a 甘南 city) in 合作社, 东方 (a 海南 city) as a
    # word — each inside the place the page names in full, none written as where the township lies (places21 placed
    # them at 大田县, 合作市, 东方市)
    for lines in (("一、乡情概况我乡大田作物以水稻为主,乡域面积178平方公里。我乡推广大田种植新技术。", "全乡是三明最大的毛竹大乡。"),
                  ("一、乡情概况我乡发展农民专业合作社12家,乡域面积178平方公里。我乡合作社带动农户增收。", "全乡是甘南州最大的牧业乡。"),
                  ("一、乡情概况我乡弘扬东方文化,乡域面积178平方公里。东方红水库位于我乡。", "全乡是海南省最大的槟榔种植乡。")):
        found = lines_metadata("乡工作进展情况汇报", *lines)
        assert (found.level, found.region) == ("township", None)


def test_a_county_s_short_name_written_as_where_the_township_lies_places_it():
    # fires: 大田 written once as where the township lies (位于大田东部), and once more, inside 三明
    found = lines_metadata("乡工作进展情况汇报", "一、乡情概况我乡位于大田东部,乡域面积178平方公里。我乡是革命老区乡。是大田最大的茶叶乡。",
                           "全乡是三明最大的茶叶大乡。")
    assert (found.level, found.region) == ("township", "大田县")

"""Regions read wrong on real pages, each mended for its kind (places12), with a case where each rule stays quiet:
an autonomous prefecture, a league or a 地区 addressing its own departments (州直各委) speaks for the one place of its
kind its text names; a province's page whose head names it by its word alone (省政府关于…) is the one province its text
names, twice at least, and no other."""

from __future__ import annotations

from pathlib import Path

from tests.page_metadata import lines_metadata, page_metadata

FIXTURES = Path(__file__).parent / "fixtures"
TO_PREFECTURE_S_OWN = "各县(市)人民政府,州直各委、办、局,开发区管委会:"


# --- a prefecture addressing its own departments by its kind word ----------------------------------------------------

def test_an_autonomous_prefecture_addressing_its_own_departments_is_the_one_it_names():
    # before: no level or place (迪庆 and 我州 in the text only; 云南, its province, named beside it)
    found = page_metadata(FIXTURES / "prose-blind24/diqing-2021-autonomous-prefecture-plan-addressees-then-aims-no-head-no-tasks-cut.txt")
    assert (found.level, found.region) == ("municipal", "迪庆")


def test_a_league_addressing_its_own_departments_is_the_one_it_names():
    found = lines_metadata("各旗县市人民政府,盟直各部门:", "结合我盟实际,制定本方案。", "一、总体要求",
                           "推动兴安盟高质量发展。")
    assert (found.level, found.region) == ("municipal", "兴安")  # a region written by its short form


def test_a_prefecture_s_own_departments_under_a_text_naming_two_of_its_kind_name_none():
    # quiet: 迪庆 and 大理 are both autonomous prefectures: which speaks the text does not say (学习大理 would be
    # another place's, read as none already)
    found = lines_metadata(TO_PREFECTURE_S_OWN, "结合我州实际,提出以下方案。", "一、指导思想",
                           "推动迪庆、大理建设成为示范区。")
    assert (found.level, found.region) == (None, None)


def test_a_prefecture_s_own_departments_under_a_city_ending_with_its_word_name_none():
    # quiet: 州直 is an autonomous prefecture's word; 广州, a city whose name ends with 州, is no place of that kind
    found = lines_metadata(TO_PREFECTURE_S_OWN, "提出以下方案。", "一、指导思想", "推动广州建设成为示范区。")
    assert (found.level, found.region) == (None, None)


# --- a province's page naming its province in its text only ----------------------------------------------------------

def test_a_province_s_page_naming_no_place_in_its_head_is_the_one_province_its_text_names():
    # before: provincial, no place (省政府關于… on a news copy; 江蘇 four times in the text, in traditional characters)
    found = page_metadata(FIXTURES / "prose-blind23/jiangsu-2023-province-construction-opinion-glossed-traditional-news-copy-cut.txt")
    assert (found.issuer, found.level, found.region) == ("省政府", "provincial", "江苏")


def test_a_province_s_page_naming_its_province_once_names_none():
    # quiet: one mention may be a place the opinion speaks of, not its own
    found = lines_metadata("省政府关于促进建筑业高质量发展的意见", "为推动建筑业转型升级,提升“江苏建造”品牌,现提出如下意见。",
                           "一、指导思想")
    assert (found.level, found.region) == ("provincial", None)


def test_a_province_s_page_naming_two_provinces_names_none():
    # quiet: 江苏 twice, but 浙江 too: the text names places of two provinces
    found = lines_metadata("省政府关于促进建筑业高质量发展的意见", "提升“江苏建造”品牌,学习浙江经验,现提出如下意见。",
                           "一、指导思想", "谱写新江苏现代化建设新篇章。")
    assert (found.level, found.region) == ("provincial", None)


def test_a_city_s_page_is_no_province_s_by_its_text():
    # quiet: 市政府 speaks at a city's level: the province its text names twice is not its place
    found = lines_metadata("市政府关于促进建筑业高质量发展的意见", "提升“江苏建造”品牌,现提出如下意见。", "一、指导思想",
                           "谱写新江苏现代化建设新篇章。")
    assert (found.level, found.region) == ("municipal", None)


def test_a_prefecture_s_region_addressing_its_own_departments_as_di_zhi_is_the_one_it_names():
    # 地直各部门: a 地区 (喀什地区, 阿里地区) writes its own departments by 地 alone, as often as by 地区直属
    found = lines_metadata("各县(市)人民政府,地直各部门:", "结合实际,制定本方案。", "一、总体要求", "推动喀什地区高质量发展。")
    assert (found.level, found.region) == ("municipal", "喀什")


def test_di_zhi_under_a_text_naming_a_city_names_none():
    # quiet: 地直 is a 地区's word; a city (喀什市 is a county-level one, 乌鲁木齐 a prefecture-level one) is none
    found = lines_metadata("各县(市)人民政府,地直各部门:", "结合实际,制定本方案。", "一、总体要求", "推动乌鲁木齐高质量发展。")
    assert (found.level, found.region) == (None, None)

"""What round 30 taught, each rule with the case it fires on and a near miss it must leave alone. The names are
quoted from the pages the key cites: the 成都经济区 2015 plan (川办函〔2015〕160号: 责任单位：绵阳市人民政府、省国防科工办), 邓州's
addressees (邓政办〔2020〕42号: 各乡镇人民政府、街区办事处), and 两江新区's own notice (渝两江管发〔2023〕10号: 两江新区管委会); the
round's brief gave 中新（重庆）、中韩产业园管委会 (a 重庆 cell naming the China–Singapore and China–Korea parks);
成都 names its street blocks 街区 (特色街区, its 美丽街区 campaign: 成都商报 2023-06-21), which are no subdistricts."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

SICHUAN = make_context(region="四川省", level="provincial", date=dt.date(2015, 9, 1))
MIANYANG = make_context(region="绵阳市", level="municipal", date=dt.date(2020, 1, 1))
CHENGDU = make_context(region="成都市", level="municipal", date=dt.date(2023, 6, 21))
DENGZHOU = make_context(region="邓州市", level="municipal", date=dt.date(2020, 10, 30))
CHONGQING = make_context(region="重庆市", level="municipal", date=dt.date(2023, 3, 23))


def test_a_province_s_defence_industry_office_by_its_short_form():
    found = resolve_body("省国防科工办", SICHUAN)
    assert (found.id, found.name, found.counterpart_id) == (
        "510000-defense_industry_office", "四川省国防科学技术工业办公室", "sastind")


def test_a_province_s_defence_industry_office_by_its_full_name():
    assert resolve_body("四川省国防科学技术工业办公室", SICHUAN).id == "510000-defense_industry_office"


def test_a_defence_industry_city_s_office():
    assert resolve_body("市国防科工办", MIANYANG).id == "510700-defense_industry_office"


def test_the_national_administration_and_the_mobilisation_office_stay_their_own():
    assert resolve_body("国防科工局", SICHUAN).id == "sastind"
    assert resolve_body("省国防动员办", SICHUAN).id == "510000-defense_mobilization_office"


def test_no_county_has_a_defence_industry_office():
    assert resolve_body("县国防科工办", MIANYANG).id is None


def test_a_street_block_s_committee_is_no_subdistricts_set():
    # 街 + 区 read as two level words: every city's and county's zone committees under 成都
    assert resolve_body("街区管委会", CHENGDU).id is None


def test_street_blocks_alone_are_no_places():
    assert resolve_body("各街区", CHENGDU).id is None


def test_街区_before_the_office_word_still_names_the_subdistricts():
    assert resolve_body("街区办事处", DENGZHOU).id == "411381-subordinate-subdistrict_office"
    assert resolve_body("各乡镇人民政府、街区办事处", DENGZHOU).id == "411381-subordinate-people_government"


def test_a_marker_before_another_province_s_new_area_names_no_body():
    found = resolve_body("省两江新区管委会", SICHUAN)
    assert found.id is None
    assert "两江新区 is an area of 重庆市, none of 四川省's" in " ".join(found.notes)


def test_a_marker_before_the_province_s_own_new_area_names_it():
    assert resolve_body("省天府新区管委会", SICHUAN).id == "510100-tianfu-new_area_committee"


def test_the_new_area_in_its_own_place_and_unmarked_elsewhere_as_before():
    assert resolve_body("市两江新区管委会", CHONGQING).id == "500000-liangjiang-new_area_committee"
    assert resolve_body("两江新区管委会", SICHUAN).id == "500000-liangjiang-new_area_committee"


def _read(cell: str, context) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.reads_as, resolve_body(m.name, context).id)
            for m in parse_cell(cell, "responsibility", prose=True)]


def test_a_name_with_its_host_in_brackets_shares_the_area_word_of_the_committee_after_it():
    # the round's brief (重庆): 中新 was read alone, naming nothing, its bracket dropped
    assert _read("中新（重庆）、中韩产业园管委会", CHONGQING) == [
        ("中新", "中新（重庆）产业园管委会", "500000-zone_committee-中新产业园"),
        ("中韩产业园管委会", None, "500000-zone_committee-中韩产业园")]


def test_a_zone_named_by_its_place_lends_no_area_word():
    # 重庆高新区 is 重庆's zone by a zone form: no 中新（重庆）新区管委会
    assert _read("中新（重庆）、重庆高新区管委会", CHONGQING) == [
        ("中新", None, None), ("重庆高新区管委会", None, "500000-hightech_zone_committee")]


def test_a_body_with_its_second_name_in_brackets_takes_no_area_word():
    assert _read("市商务委（市口岸物流办）、中韩产业园管委会", CHONGQING) == [
        ("市商务委（市口岸物流办）", None, "500000-commerce_bureau"),
        ("中韩产业园管委会", None, "500000-zone_committee-中韩产业园")]


NANJING = make_context(region="南京市", level="municipal", date=dt.date(2021, 8, 9))
MEISHAN = make_context(region="眉山市", level="municipal", date=dt.date(2023, 1, 1))


def test_a_city_s_marker_before_its_province_s_new_area_is_no_other_place_s():
    # 江北新区 lies in 南京 (苏政办发〔2021〕43号: 位于南京市长江以北), the gazetteer listing it under 江苏 alone; 市江北新区
    # in 南京's plan was read as an area of another place and left unread
    found = resolve_body("市江北新区管委会", NANJING)
    assert (found.id, found.name) == ("320100-zone_committee-江北新区", "南京市江北新区管理委员会")
    assert not any("none of" in note for note in found.notes)


def test_a_city_s_marker_before_a_new_area_of_its_province_it_shares_is_no_other_place_s():
    # 天府新区 spans 成都 and 眉山 (its 眉山 part has a committee of its own)
    assert resolve_body("市天府新区管委会", MEISHAN).id == "511400-zone_committee-天府新区"


def test_a_city_s_marker_before_another_province_s_new_area_still_names_no_body():
    found = resolve_body("市天府新区管委会", CHONGQING)
    assert found.id is None
    assert "天府新区 is an area of 四川省, none of 重庆市's" in " ".join(found.notes)


TIANJIN = make_context(region="天津市", level="municipal", date=dt.date(2023, 1, 1))
JILIN = make_context(region="吉林省", level="provincial", date=dt.date(2021, 1, 1))


def test_a_host_of_another_province_in_brackets_names_no_body_of_the_plan_s_place():
    # the bracket rule made 中新（天津）产业园管委会 of a 重庆 cell, then read as 重庆's park, its host dropped
    assert _read("中新（天津）、中韩产业园管委会", CHONGQING) == [
        ("中新", "中新（天津）产业园管委会", None),
        ("中韩产业园管委会", None, "500000-zone_committee-中韩产业园")]
    found = resolve_body("中新（重庆）产业园管委会", TIANJIN)
    assert (found.id, found.notes) == (None, (
        "中新（重庆）产业园管委会 writes 重庆 inside the name, a place of 重庆市, not of the document's province: the "
        "body is left unread",))


def test_a_host_of_the_plan_s_own_province_in_brackets_is_read_in_its_province():
    # round 31: the bracket's 长春, a city under the plan's 吉林, places the zone (220000's own zone before)
    assert resolve_body("中韩（长春）国际合作示范区管委会", JILIN).id == "220100-zone_committee-中韩国际合作示范区"
    assert resolve_body("中新（天津）产业园管委会", TIANJIN).id == "120000-zone_committee-中新产业园"


def test_街区_after_another_level_word_is_one_of_the_run_s_tiers():
    # 邓州 has 28 乡镇(街、区) (its own page); its plans name them 各乡镇、街区 as they bracket them 各乡镇（街区）
    assert resolve_body("各乡镇、街区", DENGZHOU).id == "subordinate-localities"
    assert resolve_body("各乡镇（街区）", DENGZHOU).id == "subordinate-localities"


def test_街区_opening_a_run_still_names_no_tier():
    assert resolve_body("各街区、乡镇", DENGZHOU).id is None
    assert resolve_body("各街区", CHENGDU).id is None


def test_a_company_with_its_place_in_brackets_lends_no_park():
    # the bracket rule made 华为（重庆）产业园管委会 of this cell, read as 500000-zone_committee-华为产业园: a park invented
    assert _read("华为（重庆）、中德产业园管委会", CHONGQING) == [
        ("华为", None, None), ("中德产业园管委会", None, "500000-zone_committee-中德产业园")]
    assert _read("招商局（重庆）、中韩产业园管委会", CHONGQING)[0] == ("招商局", None, None)


def test_a_name_not_written_as_the_committee_s_own_words_takes_no_area_word():
    # 国际物流 is no country pair: 中新（重庆） beside it names no 中新（重庆）产业园
    assert _read("中新（重庆）、国际物流产业园管委会", CHONGQING)[0] == ("中新", None, None)

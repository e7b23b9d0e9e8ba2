"""What round 30 taught, each rule with the case it fires on and a near miss it must leave alone. The names are
quoted from the pages the key cites: the 成都经济区 2015 plan (川办函〔2015〕160号: 责任单位：绵阳市人民政府、省国防科工办), 邓州's
addressees (邓政办〔2020〕42号: 各乡镇人民政府、街区办事处), and 两江新区's own notice (渝两江管发〔2023〕10号: 两江新区管委会);
成都 names its street blocks 街区 (特色街区, its 美丽街区 campaign: 成都商报 2023-06-21), which are no subdistricts."""

from __future__ import annotations

import datetime as dt

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

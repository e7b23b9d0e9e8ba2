"""What batch 29 of the unseen key (bench/unseen_bodies/key.tsv, round 29) taught, each rule with the case it fires on
and a near miss it must leave alone. The names are quoted from the pages the key cites: 邻水县's addressees
(scls.gov.cn, 邻府办函〔2022〕7号: 各镇人民政府，广安高新区、川渝合作高滩园区管委会，县级各部门、中省市驻邻单位), the 成都经济区
2015 plan (川办函〔2015〕160号: 责任单位：省天府新区管委会办公室), 彭水's 2024 plan for geological hazards (由县和乡镇人民政府
（街道办事处）、县级有关部门、有关单位采取相应的处置措施), 邓州's addressees (邓政办〔2020〕42号: 各乡镇人民政府、街区办事处)
and 新疆's 2015 plan (此项工作由自治区政府投资建设项目代建管理局负责牵头)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

LINSHUI = make_context(region="邻水县", level="municipal", date=dt.date(2022, 3, 25))
GUANG_AN = make_context(region="广安市", level="municipal", date=dt.date(2022, 3, 25))
SICHUAN = make_context(region="四川省", level="provincial", date=dt.date(2015, 9, 1))
PENGSHUI = make_context(region="彭水苗族土家族自治县", level="municipal", date=dt.date(2024, 9, 19))
DENGZHOU = make_context(region="邓州市", level="municipal", date=dt.date(2020, 10, 30))
XINJIANG = make_context(region="新疆维吾尔自治区", level="provincial", date=dt.date(2015, 4, 27))
JINING = make_context(region="济宁市", level="municipal", date=dt.date(2021, 7, 19))


def _read(cell: str, context) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.reads_as, resolve_body(m.name, context).id)
            for m in parse_cell(cell, "responsibility", prose=True)]


def test_an_area_named_by_words_of_its_own_takes_no_place_from_the_item_before():
    # 广安 from 广安高新区 made the park 广安川渝合作高滩园区, 广安市's (511600-zone_committee-川渝合作高滩园区)
    assert _read("广安高新区、川渝合作高滩园区管委会", LINSHUI) == [
        ("广安高新区", "广安高新区管委会", "511600-hightech_zone_committee"),
        ("川渝合作高滩园区管委会", None, "511623-zone_committee-川渝合作高滩园区")]


def test_a_sort_of_area_by_its_level_word_still_takes_the_place_before_it():
    assert _read("广安市发改委、工业园区管委会", GUANG_AN)[1] == (
        "工业园区管委会", "广安市工业园区管委会", "511600-zone_committee-工业园区")
    assert _read("广安市发改委、高新区管委会", GUANG_AN)[1] == (
        "高新区管委会", "广安市高新区管委会", "511600-hightech_zone_committee")


def test_a_level_marker_before_a_new_area_s_name_names_that_area():
    found = resolve_body("省天府新区管委会办公室", SICHUAN)
    assert (found.id, found.name) == ("510100-tianfu-new_area_committee-office", "四川天府新区管理委员会办公室")
    assert resolve_body("省天府新区管委会", SICHUAN).id == "510100-tianfu-new_area_committee"


def test_a_level_marker_before_a_zone_form_alone_is_the_place_s_zone_as_before():
    assert resolve_body("市高新区管委会", JINING).id == "370871-hightech_zone_committee"
    assert resolve_body("省发展改革委", SICHUAN).id == "510000-development_reform_commission"


def test_the_units_of_three_higher_tiers_stationed_in_a_county():
    assert resolve_body("中省市驻邻单位", LINSHUI).id == "stationed-units"
    assert resolve_body("中、省、市驻邻单位", LINSHUI).id == "stationed-units"


def test_tiers_out_of_their_order_name_no_stationed_units():
    assert resolve_body("中省驻邻单位", LINSHUI).id == "stationed-units"
    assert resolve_body("中市省驻邻单位", LINSHUI).id is None


def test_a_level_marker_alone_shares_the_government_after_the_next_tier_s_word():
    # 县 was left a bare marker, no body
    assert _read("县和乡镇人民政府（街道办事处）", PENGSHUI) == [
        ("县", "县人民政府", "500243-people_government"),
        ("乡镇人民政府", None, "500243-subordinate-people_government")]
    assert _read("市和县人民政府", PENGSHUI)[0] == ("市", "市人民政府", "500000-people_government")


def test_level_words_alone_share_nothing():
    assert _read("县和乡镇", PENGSHUI) == [("县", None, None), ("乡镇", None, "subordinate-localities")]
    assert _read("县委和县政府", PENGSHUI) == [
        ("县委", None, "500243-party_committee"), ("县政府", None, "500243-people_government")]


def test_a_city_s_subdistricts_called_街区_by_their_offices():
    assert resolve_body("各乡镇人民政府、街区办事处", DENGZHOU).id == "411381-subordinate-people_government"
    assert resolve_body("街区办事处", DENGZHOU).id == "411381-subordinate-subdistrict_office"


def test_the_street_offices_by_their_usual_word_as_before():
    assert resolve_body("各乡镇人民政府、街道办事处", DENGZHOU).id == "411381-subordinate-people_government"
    assert resolve_body("历史文化街区管委会", DENGZHOU).id is None


def test_a_bureau_having_government_projects_built_by_agents():
    found = resolve_body("自治区政府投资建设项目代建管理局", XINJIANG)
    assert (found.id, found.name, found.counterpart_id) == (
        "650000-public_project_agency_bureau", "新疆维吾尔自治区政府投资建设项目代建管理局", "ndrc")


def test_an_agents_bureau_naming_no_government_projects_and_the_centre_stay_as_they_were():
    assert resolve_body("自治区代建管理局", XINJIANG).id is None
    assert resolve_body("自治区政府投资项目建设管理中心", XINJIANG).id == "650000-public_project_center"


def test_a_level_marker_alone_shares_what_follows_a_phrase_of_tiers():
    # review of round 29: 区县政府 was read as 区 + 县政府, so 市 became 市县政府, the counties' governments
    # (511600-subordinate-people_government), not the city's own
    assert _read("市、区县政府", GUANG_AN)[0] == ("市", "市政府", "511600-people_government")
    assert _read("县、乡镇党委", LINSHUI)[0] == ("县", "县党委", "511623-party_committee")


def test_a_level_marker_before_a_word_its_level_opens_shares_nothing():
    assert _read("省、市场监管局", SICHUAN)[0] == ("省", None, None)
    assert _read("市、县市场监管局", GUANG_AN)[0] == ("市", "市市场监管局", "511600-market_regulation_bureau")


def test_an_area_named_by_words_of_its_own_still_takes_the_place_of_a_place_s_body_before_it():
    # review of round 29: after a city's or a county's department the park is that place's, as before the round —
    # read alone it became the province's (510000-zone_committee-协兴园区) or the city's (511600-…-高滩园区)
    assert _read("广安市发改委、协兴园区管委会", SICHUAN)[1] == (
        "协兴园区管委会", "广安市协兴园区管委会", "511600-zone_committee-协兴园区")
    assert _read("邻水县发改局、高滩园区管委会", GUANG_AN)[1] == (
        "高滩园区管委会", "邻水县高滩园区管委会", "511623-zone_committee-高滩园区")


def test_an_area_named_by_words_of_its_own_after_an_area_s_committee_takes_no_place_either():
    assert _read("广安高新区管委会、川渝合作高滩园区管委会", LINSHUI)[1] == (
        "川渝合作高滩园区管委会", None, "511623-zone_committee-川渝合作高滩园区")

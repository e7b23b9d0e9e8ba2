"""Local bodies read as [place][marker][委][人民政府][stem][office], vertical systems, courts,
committees of functional areas, second names in brackets, and counterparts that did not yet exist."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

HANGZHOU = make_context(region="杭州", level="municipal", date=dt.date(2021, 3, 1))
WUHAN = make_context(region="武汉", level="municipal", date=dt.date(2021, 3, 1))
WUHAN_2025 = make_context(region="武汉", level="municipal", date=dt.date(2025, 3, 1))
QINGDAO = make_context(region="青岛", level="municipal", date=dt.date(2021, 3, 1))
NANJING = make_context(region="南京", level="municipal")
FUZHOU = make_context(region="福州", level="municipal")


@pytest.mark.parametrize(("written", "context", "expected"), [
    # official full name, standard short form, common abbreviation: one body
    ("杭州市发展和改革委员会", HANGZHOU, "330100-development_reform_commission"),
    ("市发展改革委", HANGZHOU, "330100-development_reform_commission"),
    ("市发改委", HANGZHOU, "330100-development_reform_commission"),
    ("杭州市人力资源和社会保障局", HANGZHOU, "330100-human_resources_social_security_bureau"),
    ("市人力资源社会保障局", HANGZHOU, "330100-human_resources_social_security_bureau"),
    ("市住房城乡建设局", HANGZHOU, "330100-housing_construction_bureau"),
    ("市卫生健康委", HANGZHOU, "330100-health_commission"),
    ("市工业和信息化局", HANGZHOU, "330100-industry_information_bureau"),
    ("市文化和旅游局", HANGZHOU, "330100-culture_tourism_bureau"),
    ("市自然资源和规划局", HANGZHOU, "330100-natural_resources_bureau"),
    ("浙江省商务厅", HANGZHOU, "330000-commerce_bureau"),
    ("省商务厅", HANGZHOU, "330000-commerce_bureau"),
    # a county-level unit's bodies, and a place inside a place
    ("西湖区商务局", HANGZHOU, "330106-commerce_bureau"),
    ("杭州市西湖区人民政府", HANGZHOU, "330106-people_government"),
    ("建德市政府", HANGZHOU, "330182-people_government"),
    ("淳安县人民政府", HANGZHOU, "330127-people_government"),
    ("陵水县政府", HANGZHOU, "469028-people_government"),
    # Party departments, with and without 中共
    ("中共杭州市委宣传部", HANGZHOU, "330100-party_publicity_department"),
    ("杭州市委宣传部", HANGZHOU, "330100-party_publicity_department"),
    ("市委网信办", HANGZHOU, "330100-party_cyberspace_office"),
    ("浙江省委外办", HANGZHOU, "330000-party_foreign_affairs_office"),
    ("市委", HANGZHOU, "330100-party_committee"),
    # government offices with 人民政府/政府 between the place and the stem
    ("市政府外办", HANGZHOU, "330100-foreign_affairs_office"),
    ("杭州市人民政府国有资产监督管理委员会", HANGZHOU, "330100-state_assets_commission"),
    # a name several places bear is settled by the document's region
    ("鼓楼区政府", NANJING, "320106-people_government"),
    ("鼓楼区政府", FUZHOU, "350102-people_government"),
    # vertical systems
    ("青岛海关", QINGDAO, "370200-customs_district"),
    ("黄岛海关", QINGDAO, "370211-customs_district"),
    ("青岛海事局", QINGDAO, "370200-maritime_bureau"),
    ("民航青岛监管局", QINGDAO, "370200-caac_safety_bureau"),
    ("青岛出入境边防检查站", QINGDAO, "370200-border_inspection_post"),
    ("烟台银保监分局", QINGDAO, "370600-cbirc_bureau"),
    ("国家金融监督管理总局烟台监管分局", QINGDAO, "370600-nfra_bureau"),
    ("外汇局青岛市中心支局", QINGDAO, "370200-safe_branch"),
    ("国家税务总局黄岛区税务局", QINGDAO, "370211-tax_bureau"),
    ("区税务局", make_context(region="黄岛区", level="county"), "370211-tax_bureau"),
    ("中国信保青岛分公司", QINGDAO, "370200-sinosure_branch"),
    ("人行青岛市分行", WUHAN_2025, "370200-pboc_branch_2023"),
    # courts, procuratorates, arbitration
    ("山东省高级人民法院", QINGDAO, "370000-high_court"),
    ("青岛市中级人民法院", QINGDAO, "370200-intermediate_court"),
    ("黄岛区人民法院", QINGDAO, "370211-basic_court"),
    ("青岛海事法院", QINGDAO, "370200-maritime_court"),
    ("市人民检察院", QINGDAO, "370200-procuratorate"),
    ("青岛仲裁委", QINGDAO, "370200-arbitration_commission"),
    # committees of functional areas
    ("青岛西海岸新区管委会", QINGDAO, "370200-west-coast-new_area_committee"),
    ("青岛高新区管委会", QINGDAO, "370200-hightech_zone_committee"),
    ("经开区管委会", QINGDAO, "370200-development_zone_committee"),
    ("青岛前湾综合保税区管委会", QINGDAO, "370200-bonded_zone_committee-前湾"),
    ("综保区管委会", QINGDAO, "370200-bonded_zone_committee"),
    ("长春净月高新区管委会", QINGDAO, "220172-hightech_zone_committee"),
])
def test_local_names(written, context, expected):
    assert resolve_body(written, context).id == expected


@pytest.mark.parametrize(("written", "region"), [
    ("民航华北地区管理局", "110000"), ("中国民用航空华北地区管理局", "110000"),
    ("民航东北地区管理局", "210100"), ("中国民用航空东北地区管理局", "210100"),
    ("民航华东地区管理局", "310000"), ("中国民用航空华东地区管理局", "310000"),
    ("民航中南地区管理局", "440100"), ("中国民用航空中南地区管理局", "440100"),
    ("民航西南地区管理局", "510100"), ("中国民用航空西南地区管理局", "510100"),
    ("民航西北地区管理局", "610100"), ("中国民用航空西北地区管理局", "610100"),
    ("民航新疆管理局", "650100"), ("中国民用航空新疆管理局", "650100"),
])
def test_the_seven_civil_aviation_regional_administrations(written, region):
    found = resolve_body(written)
    assert (found.id, found.counterpart_id) == (f"{region}-caac_regional_administration", "caac")


def test_a_maritime_bureau_answers_to_the_maritime_administration_of_mot():
    assert resolve_body("交通运输部海事局").id == resolve_body("海事局").id == "msa"
    assert resolve_body("浙江海事局", HANGZHOU).counterpart_id == "msa"


def test_the_party_centre():
    assert resolve_body("党中央").id == "cpc-central"


def test_a_body_with_a_second_name_in_brackets_answers_to_both_counterparts():
    found = resolve_body("市市场监督管理局（市知识产权局）", HANGZHOU)
    assert (found.id, found.counterparts) == ("330100-market_regulation_bureau", ("samr", "cnipa"))
    assert found.notes[-1] == "also named 杭州市知识产权局: one body with two names"


def test_a_second_name_in_angle_brackets_is_read_as_in_round_ones():
    found = resolve_body("市市场监督管理局〈市知识产权局〉", HANGZHOU)
    assert (found.id, found.counterparts) == ("330100-market_regulation_bureau", ("samr", "cnipa"))
    assert found.notes[-1] == "also named 杭州市知识产权局: one body with two names"


def test_a_bracket_inside_a_name_is_read_around():
    found = resolve_body("杭州高新开发区（滨江）管委会", HANGZHOU)
    assert (found.id, found.notes[-1]) == ("330100-hightech_zone_committee", "bracketed inside the name: 滨江")


def test_a_city_body_without_a_central_twin_gets_the_closest_stated():
    found = resolve_body("市行政审批局", WUHAN)
    assert (found.id, found.counterpart_id, found.counterpart_basis) == (
        "420100-administrative_approval_bureau", "gov-office", "closest")
    assert found.notes[-1].startswith("counterpart is the closest central body: no central twin")


def test_a_counterpart_set_up_after_the_document_is_not_given():
    before = resolve_body("市大数据局", WUHAN)
    after = resolve_body("市大数据局", WUHAN_2025)
    assert (before.id, before.counterparts) == ("420100-big_data_bureau", ())
    assert before.notes[-1] == "no counterpart at the document's date: 数据局 set up later"
    assert after.counterparts == ("nda",)


def test_a_former_name_resolves_to_the_division_that_took_it_over():
    found = resolve_body("萧山市政府", HANGZHOU)
    assert (found.id, found.flags) == ("330109-people_government", ("old_name",))
    assert found.notes[0] == "萧山市 is a former name of 萧山区 (changed 2001)"


def test_a_bare_marker_means_the_documents_own_place():
    county = make_context(region="建德市", level="county")
    district = make_context(region="330106", level="county")  # 西湖区 of 杭州 (南昌 has one too)
    assert resolve_body("市商务局", county).id == "330182-commerce_bureau"  # a county-level city's own plan
    assert resolve_body("市商务局", district).id == "330100-commerce_bureau"  # a district's city
    assert resolve_body("区政府", district).id == "330106-people_government"


def test_a_district_government_in_a_citys_plan_without_its_name_stays_unresolved():
    found = resolve_body("区政府", HANGZHOU)
    assert found.id is None


def test_an_unknown_local_body_gets_the_nearest_titles_of_the_documents_region():
    found = resolve_body("市行政审批服务中心局", WUHAN)
    assert found.id is None
    assert "武汉市行政审批服务局" in found.suggestions


@pytest.mark.parametrize(("written", "expected"), [
    ("市商务主管部门", "330100-commerce_bureau"),
    ("省商务主管部门", "330000-commerce_bureau"),
    ("市市场监管部门", "330100-market_regulation_bureau"),
    ("市数据管理部门", "330100-big_data_bureau"),
])
def test_the_department_in_charge_of_a_stem_is_that_kinds_body(written, expected):
    assert resolve_body(written, HANGZHOU).id == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("各市、县人民政府", "330100-subordinate-people_government"),
    ("各县（市、区）住房城乡建设局", "330100-subordinate-housing_construction_bureau"),
    ("各区县市场监管局", "330100-subordinate-market_regulation_bureau"),
    ("市县发展改革部门", "330100-subordinate-development_reform_commission"),
])
def test_places_under_the_region_before_a_kinds_name_are_that_kinds_bodies_there(written, expected):
    found = resolve_body(written, HANGZHOU)
    assert (found.id, found.collective) == (expected, True)


def test_an_area_named_after_the_places_under_the_region_is_one_of_them():
    found = resolve_body("各市〔州〕、贵安新区数据管理部门", make_context(region="贵州", level="provincial"))
    assert (found.id, found.name, found.collective) == (
        "520000-subordinate-big_data_bureau", "贵州省各市〔州〕、贵安新区数据管理部门", True)


@pytest.mark.parametrize(("written", "area"), [("各市〔州〕、贵安新区数据管理部门", "贵安新区"), ("各县、某某新区人民政府", "某某新区")])
def test_an_area_not_under_the_region_makes_no_collective_of_it(written, area):
    found = resolve_body(written, HANGZHOU)
    assert (found.id, found.notes) == (None, (f"{area}: not a place under 杭州市, whose bodies the phrase names",))


@pytest.mark.parametrize("written", ["市商务局", "区政府", "西湖区人民政府", "各界人士", "县城商务局"])
def test_a_name_without_places_under_the_region_is_no_collective(written):
    assert resolve_body(written, HANGZHOU).collective is False


def test_a_name_in_traditional_characters_resolves_as_in_simplified_ones():
    assert resolve_body("市商務局", HANGZHOU).id == resolve_body("市商务局", HANGZHOU).id == "330100-commerce_bureau"
    assert resolve_body("各縣市區政府", HANGZHOU).id == "330100-subordinate-people_government"


@pytest.mark.parametrize("written", ["市区商务局", "市区政府"])
def test_a_former_name_made_of_level_words_names_no_place(written):
    # 市区 was the name of 濮阳's 华龙区 until 2002; in a Hangzhou plan it is the city and its districts
    assert not resolve_body(written, HANGZHOU).id.startswith("410902")


def test_a_place_still_goes_by_a_real_former_name():
    found = resolve_body("萧山市人民政府", HANGZHOU)
    assert (found.id, "old_name" in found.flags) == ("330109-people_government", True)

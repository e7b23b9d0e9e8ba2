"""Resolving written names of bodies and places: central, local (any city's), collective, and lists of places."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body, resolve_regions

FIXTURES = Path(__file__).parent / "fixtures"

NATIONAL_2020 = make_context(date=dt.date(2020, 8, 2), programme="service-trade", round=2020)
XIAMEN = make_context(region="厦门", level="municipal", programme="service-trade", round=2020)
HAINAN = make_context(region="海南", level="provincial", date=dt.date(2020, 11, 6), programme="service-trade", round=2020)
QINGDAO = make_context(region="青岛", level="municipal", date=dt.date(2021, 3, 1))
CHENGDU = make_context(region="成都", level="municipal", date=dt.date(2021, 3, 1))
SICHUAN = make_context(region="四川", level="provincial", date=dt.date(2021, 3, 1))
BEIJING = make_context(region="北京", level="provincial", date=dt.date(2021, 3, 1))

SAMPLE_CONTEXTS = {"national2020": NATIONAL_2020, "xiamen": XIAMEN, "hainan": HAINAN}


def _sample_rows() -> list[dict[str, str]]:
    with open(FIXTURES / "departments.sample.tsv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.mark.parametrize("row", _sample_rows(), ids=lambda row: row["mention"])
def test_every_hand_checked_department_row(row):
    resolution = resolve_body(row["mention"], SAMPLE_CONTEXTS[row["source"]])
    assert resolution.name == row["canonical"]
    assert resolution.level == row["level"]
    assert (resolution.counterpart_name or "") == row["national_counterpart"]


def test_two_local_insurance_regulators_share_their_central_counterpart():
    xiamen = resolve_body("厦门银保监局", XIAMEN)
    hainan = resolve_body("海南银保监局", HAINAN)
    assert (xiamen.id, hainan.id) == ("350200-cbirc_bureau", "460000-cbirc_bureau")
    assert xiamen.counterpart_id == hainan.counterpart_id == "cbirc"


def test_a_short_form_takes_its_city_from_the_document():
    in_xiamen = resolve_body("市商务局", XIAMEN)
    in_qingdao = resolve_body("市商务局", QINGDAO)
    assert (in_xiamen.id, in_xiamen.name, in_xiamen.counterpart_name) == ("350200-commerce_bureau", "厦门市商务局", "商务部")
    assert (in_qingdao.id, in_qingdao.name, in_qingdao.counterpart_name) == ("370200-commerce_bureau", "青岛市商务局", "商务部")
    assert in_qingdao.via == "short_form"


def test_abbreviated_provincial_department_in_hainan():
    resolution = resolve_body("省资规厅", HAINAN)
    assert (resolution.id, resolution.name, resolution.level) == ("460000-natural_resources_bureau", "海南省自然资源和规划厅", "provincial")
    assert resolution.flags == ("abbreviation",)


def test_a_short_form_without_the_documents_region_stays_unresolved():
    resolution = resolve_body("市商务局", NATIONAL_2020)
    assert (resolution.raw, resolution.id) == ("市商务局", None)
    assert "leaves its place out" in resolution.notes[0]


def test_a_city_form_in_a_provincial_document_stays_unresolved():
    assert resolve_body("市委宣传部", HAINAN).id is None


@pytest.mark.parametrize(
    ("written", "context", "expected"),
    [
        # Another city's plan: bodies named with their place.
        ("青岛海关", QINGDAO, ("370200-customs_district", "青岛海关", "municipal", "海关总署")),
        ("人民银行成都分行营业管理部", CHENGDU, ("510000-pboc_branch", "中国人民银行成都分行营业管理部", "provincial", "人民银行")),
        ("四川银保监局", CHENGDU, ("510000-cbirc_bureau", "中国银行保险监督管理委员会四川监管局", "provincial", "银保监会")),
        ("成都市商务局", CHENGDU, ("510100-commerce_bureau", "成都市商务局", "municipal", "商务部")),
        ("济南市市场监督管理局", QINGDAO, ("370100-market_regulation_bureau", "济南市市场监督管理局", "municipal", "市场监管总局")),
        ("宁波海关", QINGDAO, ("330200-customs_district", "宁波海关", "municipal", "海关总署")),
        ("深圳证监局", QINGDAO, ("440300-csrc_bureau", "中国证券监督管理委员会深圳监管局", "municipal", "证监会")),
        ("国家外汇管理局浙江省分局", QINGDAO, ("330000-safe_branch", "国家外汇管理局浙江省分局", "provincial", "外汇局")),
        ("人行苏州中心支行", QINGDAO, ("320500-pboc_branch", "中国人民银行苏州市中心支行", "municipal", "人民银行")),
        ("中国人民银行杭州中心支行", QINGDAO, ("330000-pboc_branch", "中国人民银行杭州中心支行", "provincial", "人民银行")),
        ("中国人民银行营业管理部", BEIJING, ("110000-pboc_branch", "中国人民银行营业管理部", "provincial", "人民银行")),
        ("国家税务总局青岛市税务局", QINGDAO, ("370200-tax_bureau", "国家税务总局青岛市税务局", "municipal", "税务总局")),
        ("上海市商务委员会", QINGDAO, ("310000-commerce_bureau", "上海市商务委员会", "provincial", "商务部")),
        ("广东省商务厅", QINGDAO, ("440000-commerce_bureau", "广东省商务厅", "provincial", "商务部")),
        ("江苏省人民政府", QINGDAO, ("320000-people_government", "江苏省人民政府", "provincial", "国务院")),
        ("重庆两江新区管委会", QINGDAO, ("500000-liangjiang-new_area_committee", "重庆两江新区管理委员会", "municipal", "发展改革委")),
        ("中国（山东）自由贸易试验区青岛片区管理委员会", QINGDAO,
         ("370200-free_trade_zone_committee", "中国（山东）自由贸易试验区青岛片区管理委员会", "municipal", "商务部")),
        ("民航青岛安全监督管理局", QINGDAO, ("370200-caac_safety_bureau", "中国民用航空青岛安全监督管理局", "municipal", "民航局")),
        ("青岛边检总站", QINGDAO, ("370200-border_inspection_station", "青岛出入境边防检查总站", "municipal", "移民局")),
        # Another city's plan: short forms placed by the document.
        ("市住建局", QINGDAO, ("370200-housing_construction_bureau", "青岛市住房和城乡建设局", "municipal", "住房城乡建设部")),
        ("市交通局", QINGDAO, ("370200-transport_bureau", "青岛市交通运输局", "municipal", "交通运输部")),
        ("市交通运输局", QINGDAO, ("370200-transport_bureau", "青岛市交通运输局", "municipal", "交通运输部")),
        ("市水务局", QINGDAO, ("370200-water_resources_bureau", "青岛市水务局", "municipal", "水利部")),
        ("市民政局", QINGDAO, ("370200-civil_affairs_bureau", "青岛市民政局", "municipal", "民政部")),
        ("市自然资源局", QINGDAO, ("370200-natural_resources_bureau", "青岛市自然资源和规划局", "municipal", "自然资源部")),
        ("市生态环境局", QINGDAO, ("370200-ecology_environment_bureau", "青岛市生态环境局", "municipal", "生态环境部")),
        ("市农业农村局", QINGDAO, ("370200-agriculture_rural_bureau", "青岛市农业农村局", "municipal", "农业农村部")),
        ("市市场监督管理局", QINGDAO, ("370200-market_regulation_bureau", "青岛市市场监督管理局", "municipal", "市场监管总局")),
        ("市知识产权局", QINGDAO, ("370200-intellectual_property_bureau", "青岛市知识产权局", "municipal", "知识产权局")),
        ("市国资委", QINGDAO, ("370200-state_assets_commission", "青岛市人民政府国有资产监督管理委员会", "municipal", "国资委")),
        ("市委统战部", QINGDAO, ("370200-party_united_front_department", "中共青岛市委统一战线工作部", "municipal", "中央统战部")),
        ("市委组织部", QINGDAO, ("370200-party_organization_department", "中共青岛市委组织部", "municipal", "中央组织部")),
        ("市委外办", QINGDAO, ("370200-party_foreign_affairs_office", "中共青岛市委外事工作委员会办公室", "municipal", "中央外办")),
        ("市中院", QINGDAO, ("370200-intermediate_court", "青岛市中级人民法院", "municipal", "最高人民法院")),
        ("市贸促会", QINGDAO, ("370200-trade_promotion_council", "中国国际贸易促进委员会青岛市委员会", "municipal", "中国贸促会")),
        ("市邮政管理局", QINGDAO, ("370200-postal_administration", "青岛市邮政管理局", "municipal", "邮政局")),
        ("高新区管委会", QINGDAO, ("370200-hightech_zone_committee", "青岛高新技术产业开发区管理委员会", "municipal", "科技部")),
        ("省政府", QINGDAO, ("370000-people_government", "山东省人民政府", "provincial", "国务院")),
        ("省民政厅", CHENGDU, ("510000-civil_affairs_bureau", "四川省民政厅", "provincial", "民政部")),
        ("省自然资源厅", CHENGDU, ("510000-natural_resources_bureau", "四川省自然资源厅", "provincial", "自然资源部")),
        ("省生态环境厅", CHENGDU, ("510000-ecology_environment_bureau", "四川省生态环境厅", "provincial", "生态环境部")),
        ("省交通运输厅", CHENGDU, ("510000-transport_bureau", "四川省交通运输厅", "provincial", "交通运输部")),
        ("省水利厅", CHENGDU, ("510000-water_resources_bureau", "四川省水利厅", "provincial", "水利部")),
        ("省农业农村厅", CHENGDU, ("510000-agriculture_rural_bureau", "四川省农业农村厅", "provincial", "农业农村部")),
        ("省文旅厅", CHENGDU, ("510000-culture_tourism_bureau", "四川省文化和旅游厅", "provincial", "文化和旅游部")),
        ("省药监局", CHENGDU, ("510000-drug_administration", "四川省药品监督管理局", "provincial", "药监局")),
        ("省统计局", CHENGDU, ("510000-statistics_bureau", "四川省统计局", "provincial", "统计局")),
        ("省体育局", CHENGDU, ("510000-sports_bureau", "四川省体育局", "provincial", "体育总局")),
        ("省外办", CHENGDU, ("510000-foreign_affairs_office", "四川省人民政府外事办公室", "provincial", "外交部")),
        ("省委人才发展局", SICHUAN, ("510000-party_talent_bureau", "中共四川省委人才发展局", "provincial", "中央组织部")),
        ("水利", SICHUAN, ("510000-water_resources_bureau", "四川省水利厅", "provincial", "水利部")),
        ("省水务厅", HAINAN, ("460000-water_resources_bureau", "海南省水务厅", "provincial", "水利部")),
        ("市商务局", BEIJING, ("110000-commerce_bureau", "北京市商务局", "provincial", "商务部")),
    ],
)
def test_local_bodies_of_any_city(written, context, expected):
    resolution = resolve_body(written, context)
    assert (resolution.id, resolution.name, resolution.level, resolution.counterpart_name) == expected


def test_a_branch_named_by_its_city_and_one_named_by_its_province_are_different_bodies():
    assert resolve_body("人行厦门中心支行", XIAMEN).id == "350200-pboc_branch"
    assert resolve_body("人行海口中心支行", HAINAN).id == "460000-pboc_branch"


@pytest.mark.parametrize(
    ("written", "expected_id", "expected_name", "written_id"),
    [
        ("海南银保监局", "460000-nfra_bureau", "国家金融监督管理总局海南监管局", "460000-cbirc_bureau"),
        ("人行海口中心支行", "460000-pboc_branch_2023", "中国人民银行海南省分行", "460000-pboc_branch"),
    ],
)
def test_a_reorganised_branch_resolves_to_its_successor_after_the_reform(written, expected_id, expected_name, written_id):
    resolution = resolve_body(written, make_context(region="海南", level="provincial", date=dt.date(2024, 3, 1)))
    assert (resolution.id, resolution.name, resolution.written_id) == (expected_id, expected_name, written_id)
    assert resolution.is_old_name


def test_the_new_branch_names_resolve_directly():
    assert resolve_body("国家金融监督管理总局四川监管局", CHENGDU).id == "510000-nfra_bureau"
    assert resolve_body("中国人民银行四川省分行", CHENGDU).id == "510000-pboc_branch_2023"


def test_a_body_named_before_it_existed_is_flagged():
    resolution = resolve_body("金融监管总局", NATIONAL_2020)
    assert (resolution.id, resolution.flags) == ("nfra", ("anachronism",))


def test_an_old_name_in_a_2020_plan_resolves_to_the_body_meant():
    resolution = resolve_body("交通部", XIAMEN)
    assert (resolution.id, resolution.name, resolution.written_id, resolution.flags) == ("mot", "交通运输部", "mocomm", ("old_name",))


def test_collective_phrases_resolve_to_collectives():
    related = resolve_body("有关部门和单位", NATIONAL_2020)
    subordinate = resolve_body("各市县教育局", HAINAN)
    assert (related.id, related.level, related.collective) == ("related-departments", "other", True)
    assert (subordinate.id, subordinate.name, subordinate.counterpart_name) == (
        "460000-subordinate-education_bureau", "海南省各市县教育局", "教育部")


def test_a_joint_bodys_office_with_its_host_in_brackets():
    resolution = resolve_body("国务院服务贸易发展部际联席会议办公室（商务部）", NATIONAL_2020)
    assert (resolution.id, resolution.notes) == ("sts-jc-office", ("bracketed after the name: 商务部",))


def test_an_unknown_name_keeps_its_wording_and_gets_suggestions():
    resolution = resolve_body("商务布", NATIONAL_2020)
    assert (resolution.raw, resolution.id, resolution.name) == ("商务布", None, None)
    assert "商务部" in resolution.suggestions


# Places ---------------------------------------------------------------------------------------

MEASURE_95 = ("中央宣传部、体育总局、商务部等支持和指导；北京、天津、上海、海南、大连、青岛、深圳、厦门、青岛、大连、青岛、"
              "深圳、西安等试点地区负责推进")


def test_national_measure_95_lists_areas_with_duplicates():
    scope = resolve_regions(MEASURE_95, "service-trade-2020")
    assert scope.kind == "listed"
    assert scope.areas == ("110000", "120000", "310000", "460000", "210200", "370200", "440300", "350200", "610100")
    assert scope.duplicates == (("大连", 2), ("青岛", 3), ("深圳", 2))
    assert scope.open_list is True
    assert scope.outside_round == ()


def test_pilot_areas_means_every_area_of_the_round():
    scope = resolve_regions("试点地区负责推进", 2020)
    assert scope.kind == "all"
    assert len(scope.areas) == 28
    assert scope.areas[:4] == ("110000", "120000", "310000", "500000")


def test_pilot_areas_of_the_2022_service_opening_round_are_its_six_cities_in_the_approval_s_order():
    # 沈阳市、南京市、杭州市、武汉市、广州市、成都市 (国务院关于同意在沈阳等6个城市开展服务业扩大开放综合试点的批复)
    for round_ in ("service-opening-2022", 2022):
        scope = resolve_regions("各试点地区负责推进", round_)
        assert (scope.kind, scope.areas) == ("all", ("210100", "320100", "330100", "420100", "440100", "510100"))


def test_a_place_outside_the_2022_round_is_told_as_outside_it():
    scope = resolve_regions("沈阳、天津负责推进", "service-opening-2022")
    assert (scope.areas, scope.outside_round) == (("210100", "120000"), ("120000",))


def test_qualified_pilot_areas_are_unnamed():
    scope = resolve_regions("具备条件的试点地区负责推进", 2020)
    assert (scope.kind, scope.areas, scope.phrases) == ("qualified", (), ("具备条件的试点地区",))


def test_host_provinces_and_every_pilot_area():
    scope = resolve_regions("有关省（自治区、直辖市）和各试点地区负责推进", 2020)
    assert scope.kind == "all"
    assert scope.phrases == ("有关省（自治区、直辖市）", "各试点地区")


def test_no_place_at_all():
    assert resolve_regions("商务部牵头推进", 2020).kind == "none"


@pytest.mark.parametrize(
    ("written", "members"),
    [
        ("京津冀", ("110000", "120000", "130000")),
        ("长江三角洲", ("310000", "320000", "330000", "340000")),
        ("珠三角九市", ("440100", "440300", "440400", "440600", "441300", "441900", "442000", "440700", "441200")),
    ],
)
def test_group_names_expand_to_their_members(written, members):
    scope = resolve_regions(written)
    assert (scope.kind, scope.areas) == ("listed", members)


def test_a_group_name_gives_the_rounds_areas_within_it():
    scope = resolve_regions("京津冀、长三角", 2020)
    assert scope.groups == ("jingjinji", "yangtze-delta")
    assert dict(scope.group_pilot_areas) == {
        "jingjinji": ("110000", "120000", "130100", "133100"),
        "yangtze-delta": ("310000", "320100", "330100", "340100", "320500"),
    }


def test_2025_candidates_among_a_list_with_a_duplicate():
    text = "重庆及天津、上海、重庆、海南、沈阳、南京、杭州、广州、成都中有意愿的其他省市"
    scope = resolve_regions(text, "service-opening-2025")
    assert scope.kind == "qualified"
    assert scope.areas == ("500000", "120000", "310000", "460000", "210100", "320100", "330100", "440100", "510100")
    assert scope.duplicates == (("重庆", 2),)
    assert scope.notes == ("中有意愿的其他省市",)


def test_a_place_with_a_bracketed_remark():
    scope = resolve_regions("重庆（涪陵区等21个市辖区）、深圳负责推进", 2020)
    assert (scope.areas, scope.notes) == (("500000", "440300"), ("涪陵区等21个市辖区",))


def test_an_area_outside_the_round_is_reported():
    scope = resolve_regions("北京、青岛负责推进", 2018)
    assert scope.outside_round == ("370200",)


@pytest.mark.parametrize(("written", "name"), [
    ("人民银行青岛市中心支行", "中国人民银行青岛市中心支行"),
    ("人行青岛市中心支行", "中国人民银行青岛市中心支行"),
    ("青岛市地方金融监管局", "青岛市地方金融监督管理局"),
    ("市地方金融监管局", "青岛市地方金融监督管理局"),
    ("市金融局", "青岛市地方金融监督管理局"),
    ("市金融办", "青岛市地方金融监督管理局"),
    ("青岛市金融局", "青岛市地方金融监督管理局"),
    ("青岛市金融办", "青岛市地方金融监督管理局"),
    ("山东省地方金融监管局", "山东省地方金融监督管理局"),
    ("省地方金融监管局", "山东省地方金融监督管理局"),
    ("山东省金融办", "山东省地方金融监督管理局"),
    ("省金融办", "山东省地方金融监督管理局"),
])
def test_other_forms_of_local_bodies(written, name):
    region = "山东" if written.startswith(("山东", "省")) else "青岛"
    level = "provincial" if region == "山东" else "municipal"
    assert resolve_body(written, make_context(region=region, level=level)).name == name


@pytest.mark.parametrize("written", ["各区（市）政府", "各区市政府", "各县（市、区）政府", "各县（市）政府", "各县区政府", "各区县政府"])
def test_subordinate_governments_are_a_collective_of_the_region(written):
    found = resolve_body(written, make_context(region="青岛", level="municipal"))
    assert found.id == "370200-subordinate-people_government"


# make_context read a round itself, apart from pilot_round: given 2020 with service-opening (2020 being
# service-trade's year) it took service-trade-2020, whose 28 areas a caller not asking pilot_round first got silently.
def test_a_context_given_a_year_of_another_programme_s_round_has_no_round():
    context = make_context(region="重庆", level="provincial", programme="service-opening", round=2020)
    assert (context.region, context.round, context.round_year) == ("500000", None, None)


def test_a_context_given_a_year_of_its_programme_s_round_has_that_round():
    context = make_context(level="central", programme="service-opening", round=2022)
    assert (context.round, context.round_year) == ("service-opening-2022", 2022)


def test_a_name_read_only_for_what_it_resolves_to_gets_no_suggestions():
    # a caller asking only what a name stands for (the owners' tiers of a plan) spares the registry's fuzzy search
    assert resolve_body("市商务局", suggest=False).suggestions == ()


def test_a_name_left_unresolved_for_a_user_still_gets_the_nearest_names():
    assert resolve_body("市商务局").suggestions != ()

"""The naming rules that make a local body's other written forms, and the bodies named after a place
that is no division: a conjunction left out or its parts swapped, a municipality's commissions, a
stem clipped before 委, subordinate customs named after a port, the central bank's regional
branches, committees of areas nobody lists, numbered and specialised courts, bodies set up for a task and named after it. Each rule with a case
where it fires and one where it must stay quiet."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

NANJING = make_context(region="南京", level="municipal", date=dt.date(2021, 2, 26))
XIAN = make_context(region="西安", level="municipal", date=dt.date(2021, 3, 8))
CHANGSHA = make_context(region="长沙", level="municipal", date=dt.date(2021, 5, 17))
CHONGQING = make_context(region="重庆", level="provincial", date=dt.date(2025, 6, 10))
BEIJING = make_context(region="北京", level="provincial", date=dt.date(2021, 6, 1))
SHANGHAI = make_context(region="上海", level="provincial", date=dt.date(2021, 6, 1))
TIANJIN = make_context(region="天津", level="provincial", date=dt.date(2021, 6, 1))


def _id(written: str, context=NANJING) -> str | None:
    return resolve_body(written, context).id


# Stems: a conjunction left out, the conjoined parts swapped, a commission, a stem clipped before 委


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("市规划自然资源局", CHONGQING, "500000-natural_resources_bureau"),  # 规划和自然资源: 和 left out
    ("市自然资源规划局", CHANGSHA, "430100-natural_resources_bureau"),  # 自然资源和规划: 和 left out
    ("市规划自然资源委", BEIJING, "110000-natural_resources_bureau"),  # the parts swapped, a commission
    ("市经济信息委", CHONGQING, "500000-industry_information_bureau"),  # 经济和信息化委员会: 和 out, 化 clipped
    ("市住房城乡建委", CHONGQING, "500000-housing_construction_bureau"),  # 住房和城乡建设委员会: 设 clipped
    ("市教委", CHONGQING, "500000-education_bureau"),  # 教育委员会
    ("市文化旅游委", CHONGQING, "500000-culture_tourism_bureau"),  # 文化和旅游发展委员会, written short
    ("市商务委", CHONGQING, "500000-commerce_bureau"),
    ("市交委", BEIJING, "110000-transport_bureau"),
])
def test_a_stems_derived_forms_name_its_kind(written, context, expected):
    assert _id(written, context) == expected


def test_a_commission_form_names_a_citys_department_too():
    """市商务委 in a city's plan is its commerce department (a commission before the 2018 reform)."""
    assert _id("市商务委", NANJING) == _id("市商务局", NANJING) == "320100-commerce_bureau"


def test_a_stem_is_clipped_only_before_its_kinds_own_office_word():
    """民委 is the ethnic-affairs commission's short name: civil affairs (民政局) was never a 委, so
    no 民政委 clipped to 民委 stands against it."""
    assert _id("市民委") == _id("市民宗委") == "320100-ethnic_religious_affairs_commission"


@pytest.mark.parametrize("written", ["市审委", "市金委", "市税委", "市海委", "市外部门", "市建部门"])
def test_clipped_and_one_character_forms_no_body_is_called_stay_unresolved(written):
    assert _id(written) is None


def test_a_clipped_form_that_is_another_word_is_not_made():
    """工委 (a Party working committee) is not the 工信 commission clipped."""
    assert _id("新区工委") is None
    assert _id("市工信委") == "320100-industry_information_bureau"


# Subordinate customs named after a place that is no division


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("金陵海关", NANJING, "320100-subordinate_customs-金陵"),
    ("新生圩海关", NANJING, "320100-subordinate_customs-新生圩"),
    ("两路寸滩海关", CHONGQING, "500000-subordinate_customs-两路寸滩"),
    ("西安咸阳国际机场海关", XIAN, "610100-subordinate_customs-咸阳国际机场"),
    # 机场 alone names nothing; the district the name opens with places no customs of its own: it is
    # 北京's, the same body 北京大兴机场海关 names (a county has no subordinate customs)
    ("大兴机场海关", BEIJING, "110000-subordinate_customs-大兴机场"),
    ("北京大兴机场海关", BEIJING, "110000-subordinate_customs-大兴机场"),
])
def test_a_subordinate_customs_named_after_a_port(written, context, expected):
    found = resolve_body(written, context)
    assert (found.id, found.counterpart_id) == (expected, "gacc")


def test_a_port_customs_written_with_or_without_its_city_is_one_body():
    assert _id("长沙黄花机场海关", CHANGSHA) == _id("黄花机场海关", CHANGSHA) == "430100-subordinate_customs-黄花机场"


def test_two_subordinate_customs_of_one_city_are_different_bodies():
    assert _id("金陵海关") != _id("新生圩海关")


def test_a_capitals_customs_district_is_still_its_provinces():
    assert _id("南京海关") == "320000-customs_district"


@pytest.mark.parametrize("written", ["各海关", "有关海关", "直属海关", "中国海关", "属地海关"])
def test_words_that_name_no_place_make_no_customs(written):
    assert _id(written) is None


def test_a_customs_named_after_no_division_needs_the_documents_place():
    assert resolve_body("金陵海关").id is None


# The central bank's branches before and after the 2023 reform


def test_a_regional_branch_of_the_central_bank_before_the_reform():
    found = resolve_body("人民银行南京分行", NANJING)
    assert (found.id, found.name, found.counterpart_id) == ("320100-pboc_regional_branch", "中国人民银行南京分行", "pboc")
    assert _id("人民银行西安分行", XIAN) == "610100-pboc_regional_branch"
    assert _id("人民银行上海总部", SHANGHAI) == _id("中国人民银行上海总部", SHANGHAI) == "310000-pboc_regional_branch"


def test_a_regional_branchs_business_department_serves_its_host_province():
    assert _id("人民银行南京分行营业管理部") == "320000-pboc_branch"


def test_a_city_that_hosted_no_regional_branch_has_none():
    assert _id("人民银行杭州分行", make_context(region="杭州", level="municipal")) is None


def test_a_commercial_banks_branch_is_no_body():
    assert _id("中国银行南京分行") is None
    assert _id("工商银行南京分行") is None


def test_the_provincial_branch_after_the_reform():
    assert _id("人民银行江苏省分行", make_context(region="南京", level="municipal", date=dt.date(2024, 6, 1))) \
        == "320000-pboc_branch_2023"


def test_the_central_banks_business_department_and_the_foreign_exchange_department_of_a_municipality():
    assert _id("人民银行营业管理部", BEIJING) == "110000-pboc_branch"
    assert _id("人民银行重庆营业管理部", make_context(region="重庆", date=dt.date(2021, 6, 1))) == "500000-pboc_branch"
    assert _id("国家外汇管理局北京外汇管理部", BEIJING) == "110000-safe_branch"


# Government services, data, housing security


@pytest.mark.parametrize("written", ["市政务办", "市政务服务管理办公室", "市政务服务局"])
def test_the_government_services_office(written):
    found = resolve_body(written, NANJING)
    assert (found.id, found.counterpart_id, found.counterpart_basis) == (
        "320100-government_services_office", "gov-office", "closest")


def test_an_approval_bureau_is_not_the_government_services_office():
    assert _id("市行政审批服务局", XIAN) == "610100-administrative_approval_bureau"


def test_a_government_services_bureau_that_also_manages_data_is_a_data_bureau():
    assert _id("市政务服务数据管理局", make_context(region="深圳", level="municipal")) == "440300-big_data_bureau"
    assert _id("市大数据资源管理局", XIAN) == "610100-big_data_bureau"


@pytest.mark.parametrize(("written", "context"), [("市房产局", NANJING), ("市住房保障房管局", make_context(region="武汉"))])
def test_a_housing_security_bureau(written, context):
    found = resolve_body(written, context)
    assert (found.id.split("-", 1)[1], found.counterpart_id) == ("housing_security_bureau", "mohurd")


# Committees of areas nobody lists


def test_a_development_area_in_no_national_list_is_its_hosts():
    found = resolve_body("曲江新区管委会", XIAN)
    assert (found.id, found.name, found.counterparts) == ("610100-zone_committee-曲江新区", "西安市曲江新区管理委员会", ())
    assert _id("西安曲江新区管委会", XIAN) == found.id


def test_an_area_written_with_its_host_and_without_is_one_body():
    assert _id("西安国际港务区管委会", XIAN) == _id("国际港务区管委会", XIAN) == "610100-zone_committee-国际港务区"


def test_two_areas_of_one_host_are_different_bodies():
    assert _id("航天基地管委会", XIAN) != _id("航空基地管委会", XIAN)


def test_a_zone_of_a_known_type_named_after_no_division():
    found = resolve_body("西永综保区管委会", CHONGQING)
    assert (found.id, found.counterpart_id) == ("500000-bonded_zone_committee-西永", "gacc")
    assert _id("长沙黄花综合保税区管委会", CHANGSHA) == "430100-bonded_zone_committee-黄花"


def test_a_zone_named_after_a_generic_word_keeps_its_host_in_the_name():
    assert _id("天津港保税区管委会", TIANJIN) == "120000-bonded_zone_committee-天津港"


def test_a_hosts_own_zone_under_a_label_is_the_hosts_zone():
    assert _id("西部科学城重庆高新区管委会", CHONGQING) == _id("重庆高新区管委会", CHONGQING) \
        == "500000-hightech_zone_committee"


def test_a_development_zone_written_as_its_district_and_kaifaqu():
    assert _id("江宁开发区管委会") == "320115-development_zone_committee"


@pytest.mark.parametrize("written", [
    "江苏自贸区南京片区管委会", "江苏自贸试验区南京片区管委会", "中国（江苏）自由贸易试验区南京片区管委会", "自贸试验区南京片区管委会",
])
def test_a_free_trade_area_written_with_the_zone_system_abbreviated(written):
    assert _id(written) == "320100-free_trade_zone_committee"


def test_a_free_trade_zone_named_by_its_place_alone():
    assert _id("上海自贸试验区管委会", SHANGHAI) == "310000-free_trade_zone_committee"
    assert _id("临港新片区管委会", SHANGHAI) == "310000-free_trade_zone_committee-临港"


@pytest.mark.parametrize("written", ["园区管委会", "新区管委会"])
def test_an_area_word_alone_is_no_committee(written):
    assert _id(written) is None


@pytest.mark.parametrize("written", ["各开发区管委会", "有关园区管委会", "各园区、开发区管委会"])
def test_every_development_areas_committee_is_a_collective(written):
    found = resolve_body(written, XIAN)
    assert (found.id, found.collective) == ("610100-subordinate-zone_committee", True)


# Bodies set up for a task (议事协调机构) and their offices, named after the task

XIANYANG = make_context(region="咸阳", level="municipal", date=dt.date(2022, 6, 1))


def test_a_leading_groups_office_is_named_after_its_task():
    found = resolve_body("市行政审批制度改革工作领导小组办公室", XIANYANG)  # 咸阳 2022 "放管服" work points
    assert (found.id, found.name, found.counterparts) == (
        "610400-task_group_office-行政审批制度改革领导小组", "咸阳市行政审批制度改革工作领导小组办公室", ())


def test_a_task_written_with_and_without_its_closing_gongzuo_is_one_body():
    assert _id("市行政审批制度改革领导小组办公室", XIANYANG) == _id("咸阳市行政审批制度改革工作领导小组办公室", XIANYANG) \
        == "610400-task_group_office-行政审批制度改革领导小组"


def test_a_group_its_office_and_a_conference_on_one_task_are_different_bodies():
    assert [_id(w, XIANYANG) for w in ("市优化营商环境工作领导小组", "市优化营商环境工作领导小组办公室", "市优化营商环境联席会议办公室")] \
        == ["610400-task_group-优化营商环境领导小组", "610400-task_group_office-优化营商环境领导小组",
            "610400-task_group_office-优化营商环境联席会议"]


def test_the_party_committees_task_group_is_named_after_its_task_without_its_wei():
    # 市委外事工作领导小组办公室: 委 says whose group it is; the id names the task alone
    found = resolve_body("市委外事工作领导小组办公室", XIANYANG)
    assert (found.id, found.name) == ("610400-task_group_office-外事领导小组", "咸阳市委外事工作领导小组办公室")
    assert _id("市委全面深化改革领导小组", XIANYANG) == "610400-task_group-全面深化改革领导小组"


def test_a_task_may_hold_a_term_in_quotes():
    # the quotes are how the term is written, no part of the id: the group written without them is the same
    assert _id("市推进政府职能转变和“放管服”改革协调小组办公室", XIANYANG) \
        == _id("市推进政府职能转变和放管服改革协调小组办公室", XIANYANG) \
        == "610400-task_group_office-推进政府职能转变和放管服改革协调小组"
    found = resolve_body("市推进政府职能转变和“放管服”改革协调小组办公室", XIANYANG)
    assert found.name == "咸阳市推进政府职能转变和“放管服”改革协调小组办公室"


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("南京市自由贸易试验区工作领导小组办公室", NANJING, "320100-free_trade_zone_office"),
    ("市委全面深化改革委员会办公室", XIANYANG, "610400-party_reform_office"),
    ("市农村工作领导小组办公室", XIANYANG, "610400-party_rural_work_office"),
    ("市服务贸易创新发展试点联席会议办公室", NANJING, "320100-service_trade_conference_office"),
])
def test_a_leading_groups_office_of_a_kind_of_its_own_is_that_kind(written, context, expected):
    assert _id(written, context) == expected


@pytest.mark.parametrize("written", ["领导小组办公室", "有关领导小组办公室", "相关联席会议办公室", "各县区领导小组办公室"])
def test_a_group_word_without_a_task_is_no_body(written):
    assert _id(written, XIANYANG) is None


@pytest.mark.parametrize("written", ["国务院推进政府职能转变和“放管服”改革协调小组办公室", "全国深化“放管服”改革协调小组办公室"])
def test_the_nations_group_named_in_a_local_plan_is_no_body_of_the_plans_place(written):
    # no place or marker before it: not 咸阳's group, whatever the plan's place
    assert _id(written, XIANYANG) is None


# Courts


def test_numbered_intermediate_courts_are_different_bodies():
    assert _id("北京市第一中级人民法院", BEIJING) == _id("市一中院", BEIJING) == "110000-intermediate_court-第一"
    assert _id("市第四中级人民法院", BEIJING) == "110000-intermediate_court-第四"
    assert _id("市中级人民法院") == "320100-intermediate_court"


def test_specialised_courts_of_one_city_are_different_bodies():
    found = {_id(name, SHANGHAI) for name in ("上海海事法院", "上海金融法院", "上海知识产权法院")}
    assert found == {"310000-maritime_court", "310000-financial_court", "310000-ip_court"}


def test_a_high_court_written_short():
    assert _id("市高法院", CHONGQING) == "500000-high_court"


# What is no body


@pytest.mark.parametrize("written", ["南京大学", "东南大学", "南京银行", "南京港集团", "南京市人民医院", "中国移动南京分公司"])
def test_organisations_that_are_no_bodies_stay_unresolved(written):
    assert _id(written) is None

"""Bodies that plans of the north-west, north-east and south-west name and that no kind held: the
local offices and bureaus the 2018 reforms merged away (法制办, 地税局, 国税局), the railway
bureaus and the railway groups they became, the policy banks' branches, and the county bureau of
culture, tourism and sport. Each cell is quoted from a published plan (named beside it)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

YUNNAN_2017 = make_context(region="云南", level="provincial", date=dt.date(2017, 2, 1))
XINING_2017 = make_context(region="西宁市", level="municipal", date=dt.date(2017, 11, 24))
XINING_2021 = make_context(region="西宁市", level="municipal", date=dt.date(2021, 1, 1))
NEIMENGGU_2014 = make_context(region="内蒙古", level="provincial", date=dt.date(2014, 10, 24))
NEIMENGGU_2022 = make_context(region="内蒙古", level="provincial", date=dt.date(2022, 7, 27))
HEZHOU_2023 = make_context(region="贺州市", level="municipal", date=dt.date(2023, 11, 5))
YANTIAN_2023 = make_context(region="盐田区", level="municipal", date=dt.date(2023, 3, 10))
LISHAN = make_context(region="立山区", level="municipal", date=dt.date(2023, 3, 28))
NATIONAL = make_context(level="central", date=dt.date(2020, 10, 30))


def _read(cell: str, context) -> list[tuple[str | None, str | None]]:
    return [(resolve_body(m.name, context).id, m.role) for m in parse_cell(cell, "responsibility", prose=True)]


def test_a_provincial_list_with_the_local_tax_bureau_and_the_policy_banks_branches():
    # 云南省人民政府关于进一步促进全省经济持续平稳发展的意见 (2017), item 一: 地税局 shares 省 with the
    # departments before it; the two banks' provincial branches assist
    assert _read("省发展改革委、财政厅牵头；省工业和信息化委、国土资源厅、环境保护厅、住房城乡建设厅、林业厅、"
                 "水利厅、地税局，国家开发银行云南省分行、农业发展银行云南省分行，各州、市人民政府配合", YUNNAN_2017) == [
        ("530000-development_reform_commission", "lead"), ("530000-finance_bureau", "lead"),
        ("530000-industry_information_bureau", "assist"), ("530000-land_resources_bureau_former", "assist"),
        ("530000-environmental_protection_bureau_former", "assist"), ("530000-housing_construction_bureau", "assist"),
        ("530000-forestry_bureau", "assist"), ("530000-water_resources_bureau", "assist"),
        ("530000-local_tax_bureau_former", "assist"), ("530000-cdb_branch", "assist"),
        ("530000-adbc_branch", "assist"), ("530000-subordinate-people_government", "assist")]


def test_the_state_and_local_tax_bureaus_are_the_merged_tax_bureau_in_a_plan_after_2018():
    kunming_2020 = make_context(region="昆明市", level="municipal", date=dt.date(2020, 2, 1))
    for written in ("市地税局", "市国税局", "市地方税务局"):
        found = resolve_body(written, kunming_2020)
        assert (found.id, found.is_old_name) == ("530100-tax_bureau", True)
    assert resolve_body("省国税局", YUNNAN_2017).name == "云南省国家税务局"


def test_the_tax_administration_and_its_bureaus_keep_their_own_reading():
    assert resolve_body("国家税务总局", NATIONAL).id == "sta"
    assert resolve_body("国家税务总局云南省税务局", YUNNAN_2017).id == "530000-tax_bureau"
    # with no place to stand for, the old short forms name no body
    assert resolve_body("国税局", NATIONAL).id is None
    assert resolve_body("地税局", NATIONAL).id is None


def test_the_policy_banks_are_told_from_the_commercial_banks():
    assert resolve_body("中国农业发展银行富宁县支行", YUNNAN_2017).id == "532628-adbc_branch"
    assert resolve_body("中国进出口银行云南省分行", YUNNAN_2017).id == "530000-eximbank_branch"
    assert resolve_body("国开行", NATIONAL).id == "cdb"
    assert resolve_body("农发行云南分行", YUNNAN_2017).id == "530000-adbc_branch"
    # the agricultural bank (a commercial bank) is no policy bank's branch
    assert resolve_body("中国农业银行云南省分行", YUNNAN_2017).id is None
    assert resolve_body("农业银行云南省分行", YUNNAN_2017).id is None


def test_a_city_list_with_the_government_legal_affairs_office():
    # 加快西宁市流通业发展实施意见 (2017), task 1
    assert _read("牵头单位：市商务局  责任单位：市编办、市发改委、市法制办、各区县政府", XINING_2017) == [
        ("630100-commerce_bureau", "lead"), ("630100-party_establishment_office", "carry_out"),
        ("630100-development_reform_commission", "carry_out"), ("630100-legal_affairs_office_former", "carry_out"),
        ("630100-subordinate-people_government", "carry_out")]
    assert resolve_body("市政府法制办", XINING_2017).name == "西宁市人民政府法制办公室"


def test_the_legal_affairs_office_is_the_justice_bureau_after_the_reform():
    found = resolve_body("市法制办", XINING_2021)
    assert (found.id, found.is_old_name) == ("630100-justice_bureau", True)
    # the State Council's office itself: its own body before the reform, the justice ministry after it
    assert resolve_body("国务院法制办公室", make_context(level="central", date=dt.date(2017, 6, 1))).id == "slao"
    assert resolve_body("国务院法制办公室", NATIONAL).id == "moj"


def test_the_people_s_congress_legal_committee_is_no_legal_affairs_office():
    # 法制委 is the congress's 法制委员会, not the government's office
    assert resolve_body("市法制委", XINING_2017).id is None
    assert resolve_body("市法制委员会", XINING_2017).id is None


def test_a_railway_bureau_assisting_an_autonomous_region_s_department():
    # 《内蒙古自治区深化与蒙古国全面合作规划纲要》重点工作分工方案 (2014), task (一)
    assert _read("自治区发展改革委牵头，呼和浩特铁路局配合", NEIMENGGU_2014) == [
        ("150000-development_reform_commission", "lead"), ("150100-railway_bureau_former", "assist")]


def test_a_railway_bureau_named_after_2017_is_the_railway_group():
    # 关于推进落实“十四五”口岸发展规划任务分工的具体措施 (内蒙古 2022), addressed to
    # 呼和浩特铁路局、哈尔滨铁路局、沈阳铁路局
    found = [resolve_body(name, NEIMENGGU_2022) for name in ("呼和浩特铁路局", "哈尔滨铁路局", "沈阳铁路局")]
    assert [(f.id, f.is_old_name) for f in found] == [
        ("150100-railway_group", True), ("230100-railway_group", True), ("210100-railway_group", True)]
    # 《中国(贺州)跨境电子商务综合试验区实施方案》 (桂政办函〔2023〕45号), addressee
    assert resolve_body("中国铁路南宁局集团有限公司", HEZHOU_2023).id == "450100-railway_group"


def test_what_no_railway_group_is_keeps_its_own_reading():
    assert resolve_body("国家铁路局", NATIONAL).id == "nra"
    # the regulator's regional office, and a city that hosts no railway group
    assert resolve_body("沈阳铁路监督管理局", NEIMENGGU_2022).id is None
    assert resolve_body("包头铁路局", NEIMENGGU_2014).id is None


def test_a_district_bureau_of_culture_broadcasting_tourism_and_sport():
    # 深圳市盐田区关于持续优化营商环境支持市场主体更好发展的若干措施 (2023), measure (一)
    assert resolve_body("区文化广电旅游体育局", YANTIAN_2023).id == "440308-culture_tourism_bureau"
    assert resolve_body("区文广旅体局", YANTIAN_2023).id == "440308-culture_tourism_bureau"


def test_a_bureau_of_sport_alone_stays_the_sports_bureau():
    assert resolve_body("区体育局", YANTIAN_2023).id == "440308-sports_bureau"


def test_the_market_regulation_bureau_s_short_form_claims_no_other_market_body():
    # 市场局 is the bureau's shortest form (立山区 2023); a centre that runs marketplaces is no regulator,
    # and the national administration keeps its own reading in a district's plan
    assert resolve_body("区市场服务中心", LISHAN).id is None
    assert resolve_body("市场监管总局", LISHAN).id == "samr"


def test_the_task_forces_of_a_district_named_together_are_a_collective():
    # 鞍山市立山区 2023 (鞍立政发〔2023〕2号), item 1: 责任单位:立山经济开发区,全区经济运行各专班 — 全区 is the
    # item's own opening, so it takes no 立山 from the zone before it
    mentions = parse_cell("牵头单位:区发改局；责任单位:立山经济开发区,全区经济运行各专班", "responsibility", prose=True)
    assert [(m.name, resolve_body(m.name, LISHAN).id, m.role) for m in mentions] == [
        ("区发改局", "210304-development_reform_commission", "lead"),
        ("立山经济开发区", "210304-development_zone_committee", "carry_out"),
        ("全区经济运行各专班", "task-groups", "carry_out")]
    assert resolve_body("各工作专班", LISHAN).id == "task-groups"


def test_one_task_force_stays_a_task_group_and_its_members_no_task_force():
    assert resolve_body("区经济运行工作专班", LISHAN).id == "210304-task_group-经济运行工作专班"
    assert resolve_body("各专班成员单位", LISHAN).id is None


HEILONGJIANG_2015 = make_context(region="黑龙江", level="provincial", date=dt.date(2015, 6, 1))


def test_places_in_traditional_characters_share_the_government_after_them():
    # 黑龍江省促進經濟穩增長的若干措施, measure 3 as a traditional-character copy prints it: the
    # governments of 哈尔滨, 黑河 and 绥芬河, not the two cities and a government
    mentions = parse_cell("哈爾濱機場擴建指揮部、哈爾濱、黑河、綏芬河市政府、省農墾總局負責", "responsibility", prose=True)
    assert [resolve_body(m.name, HEILONGJIANG_2015).id for m in mentions if m.side == "body"][1:4] == [
        "230100-people_government", "231100-people_government", "231081-people_government"]


def test_places_in_traditional_characters_before_a_body_of_no_place_stay_places():
    mentions = parse_cell("哈爾濱、黑河、省農墾總局負責", "responsibility", prose=True)
    assert [(m.text, m.side) for m in mentions] == [("哈爾濱", "region"), ("黑河", "region"), ("省農墾總局", "body")]

"""Bodies district and county plans name that the registry's kinds did not read: a city body's office
in one of the city's districts, the offices and members of a place's task groups, the places under a
district, the office of the Party committee's commission for law-based governance, the investment
bureau's and the central bank's shortest forms. Each cell is quoted from a published plan (named
beside it), and each rule has a name it must leave alone."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

YANTIAN = make_context(region="盐田区", level="municipal", date=dt.date(2023, 3, 10))
XIALU = make_context(region="下陆区", level="municipal", date=dt.date(2020, 6, 28))
GANGCHENG = make_context(region="钢城区", level="municipal", date=dt.date(2021, 4, 10))
MULAN = make_context(region="木兰县", level="municipal", date=dt.date(2019, 7, 16))
XIAN = make_context(region="西安", level="municipal", date=dt.date(2024, 4, 12))
CHUZHOU = make_context(region="滁州", level="municipal", date=dt.date(2020, 2, 3))


def _read(cell: str, context) -> list[tuple[str | None, str | None]]:
    found = [resolve_body(m.name, context) for m in parse_cell(cell, "responsibility", prose=True, label="责任单位")]
    return [(r.id, r.name) for r in found]


# A city body's office in one of the city's districts -----------------------------------------


def test_a_city_bureaus_office_in_a_district_is_the_districts_body_of_the_bureaus_kind():
    # 深圳市盐田区 2023, 持续优化营商环境支持市场主体更好发展的若干措施: 责任单位:市规划和自然资源局盐田管理局、…
    assert _read("市规划和自然资源局盐田管理局、区前期办、区城市更新和土地整备局", YANTIAN)[0] == (
        "440308-natural_resources_bureau", "深圳市规划和自然资源局盐田管理局")


def test_a_city_bureaus_office_in_another_of_its_districts_and_a_police_branch():
    assert [resolve_body(n, YANTIAN).id for n in ("深圳市生态环境局福田管理局", "市公安局南山分局")] == [
        "440304-ecology_environment_bureau", "440305-public_security_bureau"]


def test_the_market_regulation_bureaus_office_in_a_district_is_its_supervision_bureau():
    assert resolve_body("深圳市市场监督管理局福田监管局", YANTIAN).id == "440304-market_regulation_bureau"


def test_a_city_regulator_ending_in_its_word_is_no_office_in_a_district():
    assert [(resolve_body(n, YANTIAN).id, resolve_body(n, YANTIAN).name) for n in ("市市场监管局", "市金融监管局")] == [
        ("440300-market_regulation_bureau", "深圳市市场监督管理局"),
        ("440300-local_financial_regulation_bureau", "深圳市地方金融监督管理局")]


def test_an_office_named_after_a_district_of_another_city_or_no_district_stays_unread():
    # 天河 is 广州's; 中英街 (盐田区 2023: 中英街管理局) is a street, no division
    assert [resolve_body(n, YANTIAN).id for n in ("深圳市生态环境局天河管理局", "中英街管理局")] == [None, None]


# Task groups: a campaign's office, the members of a group --------------------------------------


def test_a_campaigns_short_form_before_ban_is_the_office_of_its_task_group():
    # 黄石市下陆区 2020, 区政府重点工作责任分解: 牵头单位:区卫健局、区创文办
    assert _read("区卫健局、区创文办", XIALU)[1] == (
        "420204-task_group_office-创建文明城市领导小组", "下陆区创建文明城市工作领导小组办公室")


def test_a_campaigns_short_form_and_its_full_topic_name_one_group():
    written = ["区创文工作领导小组", "区创建文明城市工作领导小组", "区创卫办"]
    assert [resolve_body(n, XIALU).id for n in written] == [
        "420204-task_group-创建文明城市领导小组", "420204-task_group-创建文明城市领导小组",
        "420204-task_group_office-创建卫生城市领导小组"]


def test_a_campaigns_short_form_before_no_office_or_group_word_stays_unread():
    assert [resolve_body(n, XIALU).id for n in ("区创文中心", "区创文")] == [None, None]


def test_the_members_of_a_places_task_groups_are_a_collective():
    # 下陆区 2020: 责任单位:区疫情防控指挥部成员单位、区创文工作领导小组成员单位、各街办(新区)
    assert _read("区疫情防控指挥部成员单位、区创文工作领导小组成员单位、各街办(新区)", XIALU) == [
        ("task-group-members", "本级议事协调机构成员单位"), ("task-group-members", "本级议事协调机构成员单位"),
        ("subordinate-localities", "街道、乡镇")]


def test_the_members_of_a_group_named_without_the_places_marker_are_not_the_places():
    assert resolve_body("国务院疫情防控指挥部成员单位", XIALU).id is None


def test_a_body_joined_to_a_groups_members_stays_a_list_of_two():
    # 国务院 2020 task table: …银保监会、证监会及联席会议其他成员单位共同负责
    national = make_context(level="central", date=dt.date(2020, 8, 2))
    assert _read("人民银行、证监会及联席会议其他成员单位", national) == [
        ("pboc", "人民银行"), ("csrc", "证监会"), ("member-units", "联席会议成员单位")]


# The places under a district -----------------------------------------------------------------


def test_the_places_under_a_district_are_named_for_a_district():
    # 济南市钢城区 2021, 深化“放管服”改革优化营商环境重点任务分工方案: 责任单位:区政府有关部门,各街道(功能区)
    assert _read("区政府有关部门,各街道(功能区)", GANGCHENG)[-1] == ("subordinate-localities", "街道、乡镇")


def test_the_places_under_a_city_keep_their_name():
    assert (resolve_body("各区县", XIAN).id, resolve_body("各区县", XIAN).name) == ("subordinate-localities", "市县")


# The Party committee's commission for law-based governance --------------------------------------


def test_the_office_of_the_commission_for_law_based_governance():
    # 木兰县优化营商环境工作方案 2019: (总牵头单位:县委依法治县委员会办公室)
    assert _read("县委依法治县委员会办公室", MULAN) == [
        ("230127-party_law_governance_office", "中共木兰县委全面依法治县委员会办公室")]


def test_the_commissions_office_of_other_levels_names_their_level_word():
    found = resolve_body("区委依法治区办", XIALU)
    assert (found.id, found.name) == ("420204-party_law_governance_office", "中共下陆区委全面依法治区委员会办公室")
    assert resolve_body("市委全面依法治市委员会办公室", XIAN).name == "中共西安市委全面依法治市委员会办公室"


def test_the_level_word_inside_the_office_s_name_names_its_tier():
    # 依法治县办 is a county's office, 依法治市办 a city's: written without a marker in a plan of another
    # tier it is not that plan's office (no reading rather than a guess at which county or city)
    assert resolve_body("依法治县办", XIAN).id is None
    assert resolve_body("依法治市办", XIALU).id is None
    found = resolve_body("依法治区办", XIALU)
    assert (found.id, found.name) == ("420204-party_law_governance_office", "中共下陆区委全面依法治区委员会办公室")


def test_the_commission_itself_is_not_its_office():
    # the Party committee's commission, kept by its name (test_bodies_parts_of_a_body), never its office's kind
    found = resolve_body("县委依法治县委员会", MULAN)
    assert (found.id, found.kind) == ("230127-party_committee-commission-依法治县委员会", "commission")


# Shortest forms: the investment bureau, the central bank's branch ----------------------------------


def test_tou_zi_ju_is_the_investment_promotion_bureau_under_its_official_title():
    # 西安 2024, 强化项目服务保障优化营商环境工作方案: 责任单位:市市场监管局、市投资局、市财政局等市级相关单位
    assert _read("市市场监管局、市投资局", XIAN)[1] == ("610100-investment_promotion_bureau", "西安市投资合作局")


def test_tou_zi_is_no_stem_before_a_generic_office():
    # 投资主管部门 is the development and reform commission's function, not the investment bureau's
    assert resolve_body("市投资主管部门", XIAN).id is None


def test_ren_hang_after_a_level_marker_is_the_central_banks_branch_in_the_place():
    # 滁州 2020, 市政府重点工作及责任分解: 协同责任单位:市税务局、滁州海关、市人行、滁州经开区管委会…
    assert _read("市税务局、滁州海关、市人行", CHUZHOU)[2] == ("341100-pboc_branch", "中国人民银行滁州市中心支行")
    assert resolve_body("市人民银行", CHUZHOU).id == "341100-pboc_branch"


def test_ren_hang_alone_stays_the_central_bank():
    assert resolve_body("人行", CHUZHOU).id == "pboc"


def test_a_task_groups_members_named_after_a_common_noun_opening_with_a_level_word_are_not_the_places():
    # 市场, 区域 and 省际 open the group's topic, not the place's level: such a group is named without
    # the place's marker, as 国务院疫情防控指挥部成员单位 is, and is not the place's own
    for name in ("市场监管联席会议成员单位", "区域协调发展领导小组成员单位", "省际协作联席会议成员单位"):
        assert resolve_body(name, XIALU).id != "task-group-members", name


QINGSHEN_2019 = make_context(region="青神县", level="municipal", date=dt.date(2019, 7, 31))
YIJIANG_2023 = make_context(region="弋江区", level="municipal", date=dt.date(2023, 10, 24))
DONGYANG_2023 = make_context(region="东阳市", level="municipal", date=dt.date(2023, 3, 13))


def test_a_committee_s_short_name_before_its_member_units_is_the_plan_s_task_group():
    # 青神县 2019 (县食安委成员单位); 安委会 and 残工委 as counties write theirs
    for name in ("县食安委成员单位", "青神县食安委成员单位", "县安委会成员单位", "县残工委成员单位"):
        assert resolve_body(name, QINGSHEN_2019).id == "task-group-members", name


def test_a_group_named_without_its_place_is_the_plan_s_own():
    # 东阳市促进残疾人就业行动实施方案 2023 (残疾人工作委员会成员单位); 弋江区食品安全委员会工作规则 2023
    assert resolve_body("残疾人工作委员会成员单位", DONGYANG_2023).id == "task-group-members"
    assert resolve_body("食安委各成员单位", YIJIANG_2023).id == "task-group-members"


def test_the_party_committee_or_the_nation_s_group_before_member_units_is_no_task_group_of_the_plan():
    # 县委 alone is the Party committee; 国务院…, 全国… and a quantifier's group are not the plan's own
    for name in ("县委成员单位", "国务院食品安全委员会成员单位", "全国爱卫会成员单位", "有关领导小组成员单位"):
        assert resolve_body(name, QINGSHEN_2019).id is None, name


def test_a_committee_s_short_name_of_one_topic_character_without_its_place_is_the_plan_s_own():
    # 安委会 (安全生产委员会), 环委会 (环境保护委员会): written after the level word they were read (县安委会成员单位),
    # without it not, a topic of one character too few for the name alone
    assert resolve_body("安委会成员单位", YIJIANG_2023).id == "task-group-members"
    assert resolve_body("环委会各成员单位", YIJIANG_2023).id == "task-group-members"


def test_a_party_committee_s_word_of_one_character_before_member_units_is_no_task_group():
    # 党委会 is the Party committee meeting, 党委, 纪委 Party organs: none a task group's members
    for name in ("党委会成员单位", "党委成员单位", "纪委成员单位"):
        assert resolve_body(name, YIJIANG_2023).id is None, name

"""What round 45's rosters taught: pages listing one place's bodies whole, quoted in bench/unseen_bodies/rosters.tsv
before the tool read them. 嘉善县's deputy head's division of work (js-2012, 2010-2013, traditional characters) writes
its food and drug bureau 縣食品藥品監督局, without 管理; the kind's stems now hold 食品药品监督. The near misses are the
same field's units that are no bureau (a station, a testing institute, a squad) and a post written after the bureau."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

JIASHAN_2012 = make_context(region="嘉善县", level="county", date=dt.date(2012, 1, 1))
ZHEJIANG_2012 = make_context(region="浙江省", level="provincial", date=dt.date(2012, 1, 1))


def test_a_county_s_food_and_drug_bureau_written_without_guanli_is_the_bureau():
    found = resolve_body("縣食品藥品監督局", JIASHAN_2012)
    assert (found.id, found.name) == ("330421-food_drug_administration_former", "嘉善县食品药品监督管理局")


def test_a_province_s_food_and_drug_bureau_written_without_guanli_is_the_province_s():
    assert resolve_body("省食品药品监督局", ZHEJIANG_2012).id == "330000-food_drug_administration_former"


def test_a_city_named_before_the_short_form_is_that_city_s_bureau():
    assert resolve_body("嘉兴市食品药品监督局", ZHEJIANG_2012).id == "330400-food_drug_administration_former"


def test_the_full_name_still_reads_as_before():
    assert resolve_body("县食品药品监督管理局", JIASHAN_2012).id == "330421-food_drug_administration_former"


def test_a_food_and_drug_station_is_no_bureau():
    assert resolve_body("县食品药品监督所", JIASHAN_2012).id is None


def test_a_food_and_drug_testing_institute_is_no_bureau():
    assert resolve_body("县食品药品监督检验所", JIASHAN_2012).id is None


def test_a_food_and_drug_inspection_squad_is_no_bureau():
    assert resolve_body("县食品药品监督稽查大队", JIASHAN_2012).id is None


def test_a_post_written_after_the_short_form_is_no_body():
    assert resolve_body("县食品药品监督局局长", JIASHAN_2012).id is None



def test_the_food_and_drug_administration_committee_is_no_bureau():
    assert resolve_body("县食品药品监督管理委员会", JIASHAN_2012).id is None


def test_the_food_safety_committee_is_no_bureau():
    assert resolve_body("县食品安全委员会", JIASHAN_2012).id is None


def test_the_market_regulation_bureau_is_unaffected_by_the_short_stem():
    assert resolve_body("县市场监督管理局", JIASHAN_2012).id == "330421-market_regulation_bureau"

# 前郭尔罗斯蒙古族自治县's page on its ethnic and religious affairs bureau (qg-2010) names the bureau's earlier form,
# 縣民族事務委員會: the department in full without 宗教 (民委 written out) is the same kind's, titled as written.
QIANGUO_2010 = make_context(region="前郭尔罗斯蒙古族自治县", level="county", date=dt.date(2010, 1, 1))
INNER_MONGOLIA_2020 = make_context(region="内蒙古自治区", level="provincial", date=dt.date(2020, 5, 18))


def test_a_county_s_ethnic_affairs_commission_is_its_ethnic_affairs_department_titled_as_written():
    found = resolve_body("縣民族事務委員會", QIANGUO_2010)
    assert (found.id, found.name) == ("220721-ethnic_religious_affairs_commission", "前郭尔罗斯蒙古族自治县民族事务委员会")


def test_an_autonomous_region_s_ethnic_affairs_commission_is_titled_without_religion():
    found = resolve_body("自治区民族事务委员会", INNER_MONGOLIA_2020)
    assert (found.id, found.name) == ("150000-ethnic_religious_affairs_commission", "内蒙古自治区民族事务委员会")


def test_the_full_name_with_religion_keeps_the_kind_s_title():
    found = resolve_body("县民族宗教事务局", QIANGUO_2010)
    assert found.name == "前郭尔罗斯蒙古族自治县民族宗教事务局"


def test_the_congress_s_ethnic_affairs_committee_stays_the_congress_s():
    assert resolve_body("县人大常委会民族事务委员会", QIANGUO_2010).id == "220721-people_congress-committee-民族事务委员会"


def test_the_state_commission_stays_central():
    assert resolve_body("国家民族事务委员会", QIANGUO_2010).id == "neac"


def test_a_post_written_after_the_commission_is_no_body():
    assert resolve_body("县民族事务委员会主任", QIANGUO_2010).id is None


def test_an_ethnic_affairs_service_centre_is_no_department():
    assert resolve_body("县民族事务服务中心", QIANGUO_2010).id is None


# 离石区's page lists its government's departments under one heading, bare (信访局, 统计局 among them). Alone, a bare
# 统计局 or 信访局 in a local plan is the State bureau's short form (local plans quote national task tables); in the
# list of the district's own bureaus it stands in, it is the district's. rosters.tsv keys the list as one cell.
LISHI_2024 = make_context(region="离石区", level="county", date=dt.date(2024, 1, 1))


def _list_ids(cell: str, context) -> list[str | None]:
    from pilotplans.normalizers.links import parse_cell
    from pilotplans.normalizers.responsibility import leading_bodies_shared

    mentions = leading_bodies_shared(parse_cell(cell, "responsibility", prose=True, label="责任单位"), context)
    return [resolve_body(m.name, context).id for m in mentions]


def test_bare_state_bureau_short_forms_in_a_district_s_own_list_are_the_district_s():
    assert _list_ids("审计局、市场监督管理局、信访局、统计局", LISHI_2024) == [
        "141102-audit_bureau", "141102-market_regulation_bureau", "141102-petition_bureau", "141102-statistics_bureau"]


def test_a_bare_state_bureau_short_form_beside_a_ministry_stays_the_state_s():
    assert _list_ids("国家发展改革委、统计局、信访局", LISHI_2024) == ["ndrc", "nbs", "gjxfj"]


def test_the_congress_s_ethnic_overseas_chinese_and_foreign_affairs_committee_stays_the_congress_s():
    assert resolve_body("县人大民族侨务外事委员会", QIANGUO_2010).id == "220721-people_congress-committee-民族侨务外事委员会"


def test_the_political_consultative_conference_s_ethnic_and_religious_committee_is_no_department():
    assert resolve_body("县政协民族和宗教委员会", QIANGUO_2010).id is None


def test_the_ethnic_affairs_commission_s_office_is_the_department_s_own_office():
    found = resolve_body("县民族事务委员会办公室", QIANGUO_2010)
    assert (found.id, found.name) == ("220721-ethnic_religious_affairs_commission-office", "前郭尔罗斯蒙古族自治县民族事务委员会办公室")


def test_an_ethnic_affairs_bureau_is_the_department_titled_as_written():
    found = resolve_body("县民族事务局", QIANGUO_2010)
    assert (found.id, found.name) == ("220721-ethnic_religious_affairs_commission", "前郭尔罗斯蒙古族自治县民族事务局")

"""A zone the division code table lists with its province's name and then its host's before its own (安徽芜湖三山经济
开发区, 河北唐山芦台经济开发区) is written without the province's name (三山经开区管委会: 芜湖's 2024 notices): its committee
is the listed zone's, by the zone's own code, as 芜湖经开区 gets 340271's. A zone whose name opens with its host's, which
is also its province's (吉林经济开发区 of 吉林市), keeps its name whole."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

WUHU = make_context(region="芜湖市", level="municipal", date=dt.date(2024, 1, 1))
TANGSHAN = make_context(region="唐山市", level="municipal", date=dt.date(2024, 1, 1))
JILIN_CITY = make_context(region="吉林市", level="municipal", date=dt.date(2024, 1, 1))


@pytest.mark.parametrize("written", ["三山经开区管委会", "三山经济开发区管理委员会", "芜湖三山经济开发区管委会"])
def test_the_zone_written_without_its_province_s_name_is_the_listed_zone_s_committee(written):
    found = resolve_body(written, WUHU)
    assert (found.id, found.name) == ("340272-development_zone_committee", "安徽芜湖三山经济开发区管理委员会"), written


def test_a_zone_of_another_host_written_without_its_province_s_name_is_its_committee_too():
    assert resolve_body("芦台经济开发区管委会", TANGSHAN).id == "130271-development_zone_committee"


def test_the_type_word_alone_still_names_none_of_the_host_s_two_zones():
    assert resolve_body("经开区管委会", WUHU).id is None


def test_a_zone_named_after_a_host_that_shares_its_province_s_name_keeps_its_name():
    assert resolve_body("经开区管委会", JILIN_CITY).id == "220271-development_zone_committee"


CHANGCHUN = make_context(region="长春市", level="municipal", date=dt.date(2024, 1, 1))


@pytest.mark.parametrize("context", [JILIN_CITY, CHANGCHUN])
def test_a_zone_named_after_a_city_that_bears_its_province_s_name_is_the_city_s(context):
    # the code table lists development zones under cities only: 吉林经开区 is the city 吉林's (220271), no zone of the
    # province 吉林's (it read as 220000-development_zone_committee, a body no code names)
    found = resolve_body("吉林经开区管委会", context)
    assert (found.id, found.name) == ("220271-development_zone_committee", "吉林经济开发区管理委员会")


def test_a_province_s_own_area_is_read_as_the_province_s_zone_not_a_city_s():
    # an area of the province itself (长白山保护开发区) is no zone the code table lists under a city
    assert resolve_body("长白山管委会", make_context(region="吉林省", level="provincial", date=dt.date(2023, 2, 23))).id \
        == "220000-zone_committee-长白山保护开发区"


QINHUANGDAO = make_context(region="秦皇岛市", level="municipal", date=dt.date(2024, 1, 1))


@pytest.mark.parametrize("written", ["海港经开区管委会", "海港经济开发区管委会"])
def test_a_listed_zone_named_as_another_city_s_district_is_the_document_s_zone(written):
    # 海港 is 秦皇岛's 海港区 too; in 唐山's plan the zone the code table lists under 唐山 (河北唐山海港经济开发区) is meant
    found = resolve_body(written, TANGSHAN)
    assert (found.id, found.name) == ("130274-development_zone_committee", "河北唐山海港经济开发区管理委员会"), written


def test_the_district_s_zone_in_its_own_city_s_plan_and_its_other_bodies_keep_their_reading():
    assert resolve_body("海港经开区管委会", QINHUANGDAO).id == "130302-development_zone_committee"
    assert resolve_body("海港区商务局", TANGSHAN).id == "130302-commerce_bureau"

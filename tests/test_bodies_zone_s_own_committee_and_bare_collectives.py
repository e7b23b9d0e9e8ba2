"""A zone's own notice writes its committee with the zone's word 区 (区管委会: 新乡高新区 2020, 新开〔2020〕28号,
addressed to 区管委会、驻区各单位、各部门): the zone's committee itself. Only the committee: a zone has no district's
people's government or Party committee, so 区人民政府 and 区委 in its plan stay unread. The same notice's 各部门, and a
district's 辖区各有关单位 (兴宁区 2020, 南兴府办函〔2020〕58号), are collectives read by kind."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

XINXIANG_HIGHTECH = make_context(region="新乡高新区", level="municipal", date=dt.date(2020, 3, 31))
XINXIANG_DEVELOPMENT = make_context(region="新乡经济技术开发区", level="municipal", date=dt.date(2020, 3, 31))
XINXIANG = make_context(region="新乡市", level="municipal", date=dt.date(2020, 3, 31))
XINGNING = make_context(region="兴宁区", level="municipal", date=dt.date(2020, 9, 1))


@pytest.mark.parametrize("written", ["区管委会", "区管理委员会"])
def test_a_zone_s_committee_written_with_its_own_word_qu_in_its_plan_is_the_zone_s_committee(written):
    assert resolve_body(written, XINXIANG_HIGHTECH).id == "410771-hightech_zone_committee"


def test_a_development_zone_s_committee_written_with_qu_is_that_zone_s_of_its_kind():
    assert resolve_body("区管委会", XINXIANG_DEVELOPMENT).id == "410772-development_zone_committee"


@pytest.mark.parametrize("written", ["区人民政府", "区委", "区财政局"])
def test_a_zone_s_plan_reads_no_district_s_government_party_committee_or_bureau_from_qu(written):
    assert resolve_body(written, XINXIANG_HIGHTECH).id is None


def test_qu_guanweihui_in_a_city_s_plan_names_no_zone():
    assert resolve_body("区管委会", XINXIANG).id is None


def test_ge_bumen_alone_is_the_issuer_s_departments():
    found = resolve_body("各部门", XINXIANG_HIGHTECH)
    assert (found.id, found.collective) == ("direct-units", True)


@pytest.mark.parametrize("written", ["辖区各有关单位", "辖区内各单位"])
def test_the_units_in_the_territory_are_a_collective(written):
    found = resolve_body(written, XINGNING)
    assert (found.id, found.collective) == ("related-departments", True)


@pytest.mark.parametrize("written", ["辖区", "各地区各部门", "各级政府各部门"])
def test_the_territory_alone_or_every_place_s_departments_name_no_collective_of_the_plan(written):
    assert resolve_body(written, XINGNING).id is None


@pytest.mark.parametrize("region", ["河南省", "洛阳市"])
def test_a_province_s_museum_institute_titled_with_the_province_s_full_name_is_the_province_s(region):
    # 河南省博物院 (the 博物院 is titled 河南博物院; written with 省 in plans): the province's direct unit by kind, in
    # the province's plan and in a city's of it
    context = make_context(region=region, level="municipal", date=dt.date(2023, 3, 31))
    assert resolve_body("河南省博物院", context).id == "410000-museum_institute"


WEIFANG = make_context(region="潍坊市", level="municipal", date=dt.date(2024, 5, 13))


def test_a_quantifier_before_a_zone_word_names_no_zone_called_so():
    # 市各开发区管委会 was read as the committee of a development zone called 各, a silent wrong body
    assert resolve_body("市各开发区管委会", WEIFANG).id is None


def test_the_city_s_own_zones_committees_are_the_committees_of_its_zones():
    # 市属各开发区管委会 (潍坊 2024, 潍政字〔2024〕12号: the city's zones' committees, none named), once read as the
    # committee of a zone called 属各: the collective of the zones' committees, as 各开发区管委会 is
    found = resolve_body("市属各开发区管委会", WEIFANG)
    assert (found.id, found.collective) == ("370700-subordinate-zone_committee", True)


def test_a_zone_named_before_its_word_is_still_that_zone_s_committee():
    assert resolve_body("滨海开发区管委会", WEIFANG).id == "370772-development_zone_committee"
    found = resolve_body("各开发区管委会", WEIFANG)
    assert (found.id, found.collective) == ("370700-subordinate-zone_committee", True)


@pytest.mark.parametrize("written", ["各高等院校", "各高校", "有关高校"])
def test_the_universities_after_a_quantifier_are_a_collective(written):
    # 各高等院校 among the addressees of 潍坊 2024 and 福建 2021 (blind batch 12): unresolved
    found = resolve_body(written, WEIFANG)
    assert (found.id, found.collective) == ("universities", True)


@pytest.mark.parametrize("written", ["高校", "高等院校", "各大企业"])
def test_the_word_for_universities_alone_or_the_enterprises_name_no_collective(written):
    assert resolve_body(written, WEIFANG).id is None

"""万盛经济技术开发区 is governed as a district by 重庆's own dispatched committee (since 2012, when 万盛区 and 綦江县 had
been abolished for 綦江区 and the area), over towns both code tables count in 綦江区: no division, no listed zone. Its
committee is the municipality's in any plan of 重庆, as 长白山保护开发区's is 吉林's (province_areas) — read as 綦江区's
own zone in 綦江区's plan and as 重庆's in 重庆's, one committee had two ids — and written with any form of its zone type
(万盛经开区). The other areas of 重庆, the former district's name and the plans of other provinces are as before."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

QIJIANG = make_context(region="綦江区", level="municipal", date=dt.date(2024, 1, 1))
CHONGQING = make_context(region="重庆市", level="provincial", date=dt.date(2024, 1, 1))
CHENGDU = make_context(region="成都市", level="municipal", date=dt.date(2024, 1, 1))
WANSHENG = "500000-zone_committee-万盛经济技术开发区"


@pytest.mark.parametrize("context", [QIJIANG, CHONGQING])
@pytest.mark.parametrize("written", ["万盛经开区管委会", "重庆市万盛经济技术开发区管理委员会", "万盛管委会"])
def test_the_area_s_committee_is_the_municipality_s_in_any_of_its_plans(written, context):
    found = resolve_body(written, context)
    assert (found.id, found.name) == (WANSHENG, "重庆市万盛经济技术开发区管理委员会")


def test_the_area_named_where_a_body_is_stands_for_its_committee():
    assert resolve_body("万盛经开区", QIJIANG).id == WANSHENG


def test_in_another_province_s_plan_the_committee_is_no_body_of_its():
    assert resolve_body("万盛经开区管委会", CHENGDU).id is None


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("万盛区", QIJIANG, "500110"), ("两江新区管委会", CHONGQING, "500000-liangjiang-new_area_committee"),
    ("重庆高新区管委会", CHONGQING, "500000-hightech_zone_committee"),
    ("綦江工业园区管委会", QIJIANG, "500110-zone_committee-工业园区")])
def test_the_former_district_and_the_municipality_s_other_areas_are_as_before(written, context, expected):
    assert resolve_body(written, context).id == expected


def test_a_park_named_after_the_area_in_a_neighbour_s_plan_is_no_park_of_the_neighbour():
    # 万盛工业园区管委会 in 綦江区's plan: 万盛 is 重庆's area beside 綦江区, so the park is the area's or one named after it,
    # which the name does not tell — it was read as 綦江区's own park (500110-zone_committee-万盛工业园区)
    found = resolve_body("万盛工业园区管委会", QIJIANG)
    assert (found.id, found.kind) == (None, "zone_committee")
    assert found.notes[-1] == ("万盛工业园区 opens with 万盛, the name of 万盛经济技术开发区 without its area word: that "
                               "area's committee or another zone named after it, which the name does not tell")


@pytest.mark.parametrize(("written", "context"), [
    ("万盛高新区管委会", CHENGDU), ("万盛工业园区管委会", CHENGDU),
    ("长白山高新区管委会", make_context(region="辽宁省", level="provincial", date=dt.date(2024, 1, 1)))])
def test_a_zone_named_after_the_area_in_another_province_s_plan_is_no_body_of_its(written, context):
    # outside the area's province neither its committee nor a zone of the plan's place: no kind, no note of the area
    found = resolve_body(written, context)
    assert (found.id, found.kind, found.notes) == (None, None, ())


def test_a_zone_named_after_the_area_in_its_province_s_plan_is_still_unread_with_its_note():
    found = resolve_body("万盛高新区管委会", CHONGQING)
    assert (found.id, found.kind) == (None, "zone_committee")
    assert found.notes[-1].startswith("万盛高新区 opens with 万盛, the name of 万盛经济技术开发区")

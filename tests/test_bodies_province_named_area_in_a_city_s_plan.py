"""A province's name before an area named after no place says which province set the area up, not whose body its
committee is: 贵阳's plans list 贵州双龙航空港经济区管委会 among the committees of the zones the city runs (筑府办发〔2018〕10号,
筑府发〔2023〕13号), as 安徽 opens 安徽太湖经济开发区, 太湖县's zone. In the province's own plan, another province's and a
county's (the area lies in more than one county) the committee stays the province's, as before."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

GUIYANG_2018 = make_context(region="贵阳市", level="municipal", date=dt.date(2018, 7, 7))


@pytest.mark.parametrize("written", ["贵州双龙航空港经济区管委会", "贵州省双龙航空港经济区管委会", "双龙航空港经济区管委会"])
def test_an_area_after_the_province_s_name_is_the_city_s_in_the_city_s_plan(written):
    found = resolve_body(written, GUIYANG_2018)
    assert (found.id, found.name) == ("520100-zone_committee-双龙航空港经济区", "贵阳市双龙航空港经济区管理委员会")


@pytest.mark.parametrize("region, level", [("贵州省", "provincial"), ("长沙市", "municipal"), ("南明区", "municipal")])
def test_elsewhere_the_area_after_the_province_s_name_stays_the_province_s(region, level):
    context = make_context(region=region, level=level, date=dt.date(2018, 7, 7))
    assert resolve_body("贵州双龙航空港经济区管委会", context).id == "520000-zone_committee-双龙航空港经济区"


@pytest.mark.parametrize("region, written, expected", [
    ("遵义市", "贵州双龙航空港经济区管委会", "520000-zone_committee-双龙航空港经济区"),
    ("六盘水市", "贵州双龙航空港经济区管委会", "520000-zone_committee-双龙航空港经济区"),
    ("南宁市", "广西北部湾经济区管委会", "450000-zone_committee-北部湾经济区"),
    ("北海市", "广西北部湾经济区管委会", "450000-zone_committee-北部湾经济区"),
    ("青岛市", "山东半岛蓝色经济区管委会", "370000-zone_committee-半岛蓝色经济区"),
])
def test_in_a_city_that_runs_no_such_area_it_stays_the_province_s(region, written, expected):
    # the province's name tells no city: 双龙 is 贵阳's, no other city's of 贵州; 北部湾经济区 and 半岛蓝色经济区 span
    # several cities, the province's areas
    context = make_context(region=region, level="municipal", date=dt.date(2018, 7, 7))
    assert resolve_body(written, context).id == expected


def test_a_province_governed_area_stays_the_province_s_in_a_city_s_plan():
    context = make_context(region="吉林市", level="municipal", date=dt.date(2023, 7, 7))
    assert resolve_body("吉林省长白山保护开发区管理委员会", context).id == "220000-zone_committee-长白山保护开发区"


def test_a_new_area_listed_with_its_host_keeps_its_own_committee():
    context = make_context(region="遵义市", level="municipal", date=dt.date(2018, 7, 7))
    assert resolve_body("贵州贵安新区管委会", context).id == "520100-guian-new_area_committee"

"""Bodies as pages of places no other test uses write them (bench/unseen_bodies/key.tsv quotes them with
their source): a customs named after a division's railway station, an area named after a county under its
host city, a city's court by its short name, a border station's title after its system's name, the Corps'
division-cities. Each fires where the page's name needs it and stays quiet where another reading is right."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

MANZHOULI = make_context(region="满洲里市", level="municipal", date=dt.date(2024, 1, 9))
JUNGAR = make_context(region="准格尔旗", level="municipal", date=dt.date(2022, 7, 14))
ORDOS = make_context(region="鄂尔多斯市", level="municipal", date=dt.date(2022, 7, 14))
XIAN = make_context(region="西安市", level="municipal", date=dt.date(2022, 7, 1))


def test_a_customs_named_after_a_division_s_railway_station_keeps_the_division_in_its_name():
    # 满洲里车站海关 (内蒙古商报 2024): the station (车站) of 满洲里, as 大兴机场海关 is the airport's
    found = resolve_body("满洲里车站海关", MANZHOULI)
    assert (found.id, found.name) == ("150700-subordinate_customs-满洲里车站", "满洲里车站海关")


def test_a_station_customs_without_a_division_and_the_division_s_own_customs_stay_as_they_were():
    assert resolve_body("车站海关", MANZHOULI).id == "150700-subordinate_customs-车站"
    assert resolve_body("满洲里海关", MANZHOULI).id == "150781-customs_district"


def test_an_area_named_after_a_county_under_its_host_city_is_the_county_s():
    # the same page (准格尔旗 2022) writes 准格尔经济开发区管委会 and 内蒙古鄂尔多斯准格尔经济开发区管理委员会
    for context in (JUNGAR, ORDOS):
        for written in ("内蒙古鄂尔多斯准格尔经济开发区管理委员会", "鄂尔多斯准格尔经济开发区管委会", "准格尔经济开发区管委会"):
            assert resolve_body(written, context).id == "150622-development_zone_committee", written


def test_an_area_named_after_no_county_stays_its_host_city_s():
    assert resolve_body("鄂尔多斯大路煤化工基地管理委员会", JUNGAR).id == "150600-zone_committee-大路煤化工基地"
    assert resolve_body("西安曲江新区管委会", XIAN).id == "610100-zone_committee-曲江新区"
    assert resolve_body("西安高新区管委会", XIAN).id == "610100-hightech_zone_committee"

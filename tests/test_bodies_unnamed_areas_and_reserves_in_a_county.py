"""Round 25's leftovers on areas, each read silently before bodies26. A level word before a sort of area no place names
one area by (areas_not_named_by_level in regions.toml: a scenic area or a nature reserve is named after a feature, 开发园区
is every sort of zone and park together) names no area's committee, as it names no administration: 县风景名胜区管委会 in a
county's plan and 市开发园区管委会 in a city's are unread with a note (they read as the place's own area called 风景名胜区,
开发园区); a park named after its place (市产业园区, 县示范区) and the set of every county's areas (县风景名胜区管委会 in a
city's plan) are as before. A nature reserve lies in a county (county_area_words): written after no place in a city's or a
province's own plan it is not read as that place's area (雾灵山自然保护区管理局 read as 承德市's; it lies in 兴隆县, and
河北's forestry department runs it); in a county's plan, or after the city's name, it is as before."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

XINGLONG = make_context(region="兴隆县", level="county", date=dt.date(2022, 1, 1))
CHENGDE = make_context(region="承德市", level="municipal", date=dt.date(2022, 1, 1))
TAIHU = make_context(region="太湖县", level="county", date=dt.date(2019, 1, 17))
QINXIAN = make_context(region="沁县", level="county", date=dt.date(2022, 1, 1))
YULIN = make_context(region="玉林市", level="municipal", date=dt.date(2024, 3, 22))
NOTE = " names the committee of an area it does not name: no one body"


@pytest.mark.parametrize(("written", "context"), [("县风景名胜区管委会", XINGLONG), ("县景区管委会", XINGLONG),
                                                  ("县自然保护区管委会", XINGLONG), ("市开发园区管委会", YULIN)])
def test_a_committee_after_the_place_s_level_word_and_an_area_word_no_place_names_an_area_by_is_unread(written, context):
    found = resolve_body(written, context)
    assert (found.id, found.notes) == (None, (written + NOTE,))


def test_a_scenic_area_named_after_its_feature_after_the_level_word_stays_the_county_s():
    found = resolve_body("县花亭湖风景名胜区管委会", TAIHU)
    assert (found.id, found.name) == ("340825-zone_committee-花亭湖风景名胜区", "太湖县花亭湖风景名胜区管理委员会")


def test_a_park_named_by_the_level_word_stays_the_place_s_own():
    assert resolve_body("县示范区管委会", QINXIAN).id == "140430-zone_committee-示范区"


def test_a_county_s_scenic_areas_in_a_city_s_plan_stay_every_county_s():
    found = resolve_body("县风景名胜区管委会", CHENGDE)
    assert (found.id, found.collective) == ("130800-subordinate-zone_committee", True)


def test_a_reserve_named_after_no_place_in_a_city_s_plan_is_not_read_as_the_city_s():
    found = resolve_body("雾灵山自然保护区管理局", CHENGDE)
    assert (found.id, found.notes[-1]) == (None, "雾灵山自然保护区: a 自然保护区 lies in a county and is run by the "
                                                 "province, the county or a city, which its name does not give; not "
                                                 "read as 承德市's")


def test_a_reserve_in_a_county_s_plan_is_the_county_s():
    found = resolve_body("雾灵山自然保护区管理局", XINGLONG)
    assert (found.id, found.name) == ("130822-zone_committee-雾灵山自然保护区", "兴隆县雾灵山自然保护区管理局")


def test_a_scenic_area_named_after_no_place_in_a_city_s_plan_stays_the_city_s():
    # a scenic area is run by the place that set it up, a city as often as a county (赛里木湖风景名胜区, 博州's)
    assert resolve_body("雾灵山风景名胜区管委会", CHENGDE).id == "130800-zone_committee-雾灵山风景名胜区"
